package dev.prism.core;

import dev.prism.core.bullet.BulletAnalysis;
import dev.prism.core.bullet.BulletAnalyzer;
import dev.prism.core.level.LevelEstimate;
import dev.prism.core.level.LevelEstimator;
import dev.prism.core.match.JobDescription;
import dev.prism.core.match.JobMatcher;
import dev.prism.core.match.Match;
import dev.prism.core.model.Bullet;
import dev.prism.core.model.Entry;
import dev.prism.core.model.Extraction;
import dev.prism.core.model.Field;
import dev.prism.core.model.ParseWarning;
import dev.prism.core.model.Reading;
import dev.prism.core.model.Resume;
import dev.prism.core.model.Section;
import dev.prism.core.model.SectionKind;
import dev.prism.core.report.Report;
import dev.prism.core.role.Level;
import dev.prism.core.role.Role;
import dev.prism.core.role.Role.LevelProfile;
import dev.prism.core.role.Roles;
import dev.prism.core.rules.Context;
import dev.prism.core.rules.Context.AnalyzedBullet;
import dev.prism.core.rules.Finding;
import dev.prism.core.rules.LevelGaps;
import dev.prism.core.rules.Rules;
import dev.prism.core.score.Scorecard;
import dev.prism.core.text.Headings;
import dev.prism.core.text.ReadingCheck;
import dev.prism.core.text.Segmentation;
import dev.prism.core.text.Segmenter;
import dev.prism.core.text.Statements;
import dev.prism.core.vocab.Mention;
import dev.prism.core.vocab.Technologies;
import dev.prism.core.vocab.Tokens;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The engine's one entry point, used alike by the CLI, the server and tests: extracted text in,
 * report out. Stateless and thread-safe; a check does no I/O.
 */
public final class Prism {
  /** Engine version, reported with every result. */
  public static final String VERSION = "0.1.0";

  private final Roles roles;

  public Prism(Roles roles) {
    this.roles = Objects.requireNonNull(roles, "roles");
  }

  public static Prism standard() {
    return new Prism(Roles.builtIn());
  }

  public Roles roles() {
    return roles;
  }

  public Role role(String id) {
    return roles.get(id).orElseThrow(() -> new UnknownRoleException(
        "role: unknown role '" + id + "'; known roles: " + String.join(", ", roles.all().stream().map(Role::id).toList())));
  }

  /** Analyses one bullet on its own. */
  public BulletAnalysis bullet(String text, String roleId) {
    return BulletAnalyzer.analyze(text, role(roleId));
  }

  /**
   * Reads a resume against a job description: required and preferred coverage, where each term is
   * shown, the match rate and the level fit. Use {@link dev.prism.core.match.JobDescriptions} to read
   * the job.
   */
  public Match match(Report report, JobDescription job) {
    // The check already segmented the resume and estimated its level: reuse both.
    return JobMatcher.match(report.resume(), report.text(), job, report.level(), report.role());
  }

  /** Matches without a full check, for callers that need only the match. */
  public Match match(Extraction extraction, JobDescription job, CheckOptions options) {
    Role role = role(options.role());
    Resume resume = Segmenter.segment(extraction);
    LevelEstimate estimate = LevelEstimator.estimate(resume, extraction.text(), extraction.layout().written(), role, options.today());
    return JobMatcher.match(resume, extraction.text(), job, estimate, role);
  }

  public Report check(Extraction extraction, CheckOptions options) {
    Role role = role(options.role());
    Segmentation segmentation = Segmenter.read(extraction);
    Resume resume = segmentation.resume();
    String text = extraction.text();
    // The whole text split into words once: the entries, the skills, the level's lines and the rules
    // that search the whole text read ranges of it instead of splitting their parts again.
    Tokens words = Tokens.of(text);

    List<AnalyzedBullet> bullets = new ArrayList<>();
    List<Mention> shownTech = new ArrayList<>();
    for (Section s : resume.sections()) {
      if (!s.kind().describesWork()) {
        continue;
      }
      for (int e = 0; e < s.entries().size(); e++) {
        Entry entry = s.entries().get(e);
        // Every technology the entry names counts as shown: its header, its "Tech stack:" line, its bullets.
        shownTech.addAll(Technologies.matcher().find(words.range(entry.span().offset(), entry.span().end())));
        // Its bullets and the sentences of its description: templates differ in which they draw.
        for (Bullet b : Statements.of(entry, text)) {
          BulletAnalysis a = BulletAnalyzer.analyze(b.text(), role);
          // A list of tools or a heading under a position is no bullet: it is not judged as one.
          if (a.features().kind() == BulletAnalysis.Kind.BULLET) {
            bullets.add(new AnalyzedBullet("b" + (bullets.size() + 1), b, s.kind(), e, a));
          }
        }
      }
    }
    List<Mention> skills = new ArrayList<>();
    for (Field f : resume.listedSkills()) {
      skills.addAll(Technologies.matcher().find(words.range(f.span().offset(), f.span().end())));
    }
    LevelEstimate estimate = LevelEstimator.estimate(resume, words, extraction.layout().written(), role, options.today());
    Level judged = options.target() != null ? options.target() : estimate.level();
    List<LevelGaps.Gap> gaps = LevelGaps.details(resume, words, role, judged, estimate);
    Context context = new Context(extraction, words, resume, role, options.target(), estimate, bullets, skills, shownTech, gaps);

    List<Finding> findings = new ArrayList<>(Rules.run(context));
    // Text order; the sort is stable, so findings at one place keep rule order.
    findings.sort(Comparator.comparingInt(f -> f.span().offset()));
    Scorecard scorecard = Scorecard.of(role, findings);
    Reading reading = ReadingCheck.assess(extraction, segmentation);
    List<ParseWarning> warnings = warnings(extraction, resume, context);
    if (!reading.trusted()) {
      warnings.add(0, uncertain(reading));
    }
    return new Report(extraction, resume, role, scorecard, estimate, options.target(), LevelGaps.of(context), gaps,
        bullets, findings, warnings, reading);
  }

  /** What the report says when the reading cannot be trusted: what went wrong, and that the score may not be fair. */
  private static ParseWarning uncertain(Reading reading) {
    List<String> what = reading.problems().stream().map(ParseWarning::message).toList();
    return new ParseWarning("READING_UNCERTAIN", "Parts of this file could not be read reliably: " + String.join("; ", what)
        + ". The score may not be fair to the resume; a DOCX, a text export or a PDF from another editor may read better");
  }

  /** The reader's warnings, plus those only the engine can tell: odd headings, length for the level. */
  private static List<ParseWarning> warnings(Extraction x, Resume resume, Context c) {
    List<ParseWarning> out = new ArrayList<>(x.warnings());
    // Headings of no scored kind that no list knows either: "Languages" or "Volunteering" are
    // common wordings every system files, "Side Quests" is not.
    List<String> odd = resume.sections().stream().filter(s -> s.kind() == SectionKind.OTHER && s.heading() != null)
        .map(s -> s.heading().value()).filter(h -> !Headings.isStandard(h)).toList();
    boolean noExperience = !resume.has(SectionKind.EXPERIENCE) && !resume.has(SectionKind.PROJECTS);
    if (noExperience && !resume.sections().isEmpty() || odd.size() >= 2) {
      out.add(new ParseWarning("NONSTANDARD_HEADINGS",
          (noExperience ? "No experience section was recognised" : "Headings not every system recognises: " + String.join(", ", odd))
              + "; use standard headings (Experience, Projects, Skills, Education) so applicant-tracking systems file your content correctly"));
    }
    LevelProfile p = c.role().level(c.level());
    // The score judges length by content (LengthRule); the printed count is the template's doing
    // as much as the writer's, so it is said here, apart from the score.
    String limit = p.maxPages() + (p.maxPages() == 1 ? " page" : " pages");
    if (x.pages() > p.maxPages() && x.contentPages() <= p.maxPages()) {
      out.add(new ParseWarning("TOO_LONG_FOR_LEVEL",
          "Prints on " + x.pages() + " pages, though its " + x.words() + " words would fit on " + limit
              + " at a usual density: the template's type, spacing or columns spread it out, and screeners see "
              + x.pages() + " pages"));
    } else if (x.pages() > p.maxPages()) {
      out.add(new ParseWarning("TOO_LONG_FOR_LEVEL",
          x.pages() + " pages for a " + p.name().toLowerCase(Locale.ROOT) + " resume; keep it to " + limit
              + ", since screeners rarely read further"));
    }
    return out;
  }
}
