package dev.prism.core.match;

import dev.prism.core.match.Tailoring.Placed;
import dev.prism.core.match.Tailoring.Suggestion;
import dev.prism.core.model.Bullet;
import dev.prism.core.model.Entry;
import dev.prism.core.model.Field;
import dev.prism.core.model.Resume;
import dev.prism.core.model.Section;
import dev.prism.core.model.SectionKind;
import dev.prism.core.model.SkillGroup;
import dev.prism.core.model.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Tailors a resume to the job it was matched against. It only reorders and restates what the resume
 * says: a tailored resume that claimed one new fact would be worse than none, so every added word is
 * a title, employer or skill name taken from the resume, the job's title, or the fixed wording in
 * {@code tailoring.properties}, which states no fact.
 */
public final class Tailor {
  private static final Properties WORDS = words();
  private static final int SUMMARY_SKILLS = 5;
  /** A short list: the few things most worth adding, not the whole posting again. */
  private static final int MAX_TO_ADD = 5;
  private static final Set<String> NOT_SKILLS = Set.of("performance", "practice", "duty", "architecture");

  private Tailor() {}

  public static Tailoring tailor(Match m) {
    Map<Bullet, BulletMatch> byBullet = new HashMap<>();
    m.bullets().forEach(b -> byBullet.put(b.bullet(), b));
    List<TermMatch> all = concat(m.required(), m.preferred());

    // Job terms a bullet shows by name and no skills list names yet: the resume's own words, surfaced.
    Set<String> listed = new LinkedHashSet<>();
    m.resume().listedSkills().forEach(f -> listed.add(f.value().toLowerCase(Locale.ROOT)));
    all.stream().filter(t -> t.coverage() instanceof Coverage.Listed l && l.place() == Coverage.Place.SKILLS)
        .forEach(t -> listed.add(t.matched().toLowerCase(Locale.ROOT)));
    List<Field> surfaced = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (TermMatch t : all) {
      if (t.coverage() instanceof Coverage.Shown s && TECH_CATEGORIES.contains(t.requirement().anyOf().get(0).category())) {
        // The skill by its name ("REST", not the bullet's "REST endpoints"), with the bullet's words as its span.
        String own = s.evidence().of(m.text()).strip();
        if (!listed.contains(t.matched().toLowerCase(Locale.ROOT)) && !listed.contains(own.toLowerCase(Locale.ROOT))
            && seen.add(t.matched())) {
          surfaced.add(new Field(t.matched(), s.evidence()));
        }
      }
    }

    String originalSummary = originalSummary(m.resume());
    String summary = summary(m);
    List<Section> sections = new ArrayList<>();
    List<Placed> placed = new ArrayList<>();
    sections.add(new Section(SectionKind.SUMMARY, null,
        List.of(new Entry(null, null, null, null, List.of(), List.of(new Field(summary, Span.EMPTY)), Span.EMPTY)), List.of(), Span.EMPTY));
    boolean skillsDone = false;
    for (Section s : m.resume().sections()) {
      switch (s.kind()) {
        case SUMMARY -> { }
        case SKILLS -> {
          List<SkillGroup> groups = new ArrayList<>(s.skills());
          if (!skillsDone && !surfaced.isEmpty()) {
            groups.add(0, new SkillGroup(new Field(WORDS.getProperty("skills.heading"), Span.EMPTY), surfaced));
          }
          skillsDone = true;
          sections.add(new Section(s.kind(), s.heading(), s.entries(), groups, s.span()));
        }
        default -> sections.add(s.kind().describesWork() ? reorder(s, byBullet, placed) : s);
      }
    }
    if (!skillsDone && !surfaced.isEmpty()) {
      sections.add(new Section(SectionKind.SKILLS, null, List.of(),
          List.of(new SkillGroup(new Field(WORDS.getProperty("skills.heading"), Span.EMPTY), surfaced)), Span.EMPTY));
    }
    Resume tailored = new Resume(m.resume().contact(), sections);

    List<String> surfacedNames = surfaced.stream().map(Field::value).toList();
    List<String> changes = new ArrayList<>();
    changes.add(WORDS.getProperty(originalSummary == null ? "change.summary.added" : "change.summary.replaced"));
    long moved = placed.stream().filter(Placed::moved).count();
    if (moved > 0) {
      changes.add(WORDS.getProperty("change.reorder").replace("{n}", Long.toString(moved)));
    }
    if (!surfaced.isEmpty()) {
      changes.add(WORDS.getProperty("change.skills").replace("{skills}", list(surfacedNames)));
    }
    return new Tailoring(tailored, m.resume(), m.text(), summary, originalSummary, placed, surfacedNames, toAdd(m), toEvidence(m),
        changes);
  }

  /** Categories a person lists under skills; practices and qualities are shown in bullets, not listed. */
  private static final Set<String> TECH_CATEGORIES = Set.of("language", "framework", "database", "cache", "queue", "search", "cloud",
      "infrastructure", "container", "observability", "api", "testing", "data", "security", "frontend", "mobile", "tool");

  private static String originalSummary(Resume r) {
    List<String> lines = new ArrayList<>();
    r.sections(SectionKind.SUMMARY).flatMap(s -> s.entries().stream()).forEach(e -> {
      e.lines().forEach(l -> lines.add(l.value()));
      e.bullets().forEach(b -> lines.add(b.text()));
    });
    return lines.isEmpty() ? null : String.join(" ", lines);
  }

  /** Bullets that prove more of the job lead their entry; the sort is stable, so ties keep the author's order. */
  private static Section reorder(Section s, Map<Bullet, BulletMatch> byBullet, List<Placed> placed) {
    List<Entry> entries = new ArrayList<>();
    for (int e = 0; e < s.entries().size(); e++) {
      Entry entry = s.entries().get(e);
      List<Bullet> bullets = new ArrayList<>(entry.bullets());
      bullets.sort(Comparator.comparingInt((Bullet b) -> byBullet.containsKey(b) ? byBullet.get(b).relevance() : 0).reversed());
      for (int to = 0; to < bullets.size(); to++) {
        Bullet b = bullets.get(to);
        List<String> meets = byBullet.containsKey(b) ? byBullet.get(b).meets().stream().map(Requirement::name).toList() : List.of();
        placed.add(new Placed(s.kind(), e, b, entry.bullets().indexOf(b), to, meets));
      }
      entries.add(new Entry(entry.title(), entry.organization(), entry.location(), entry.dates(), bullets, entry.lines(), entry.span()));
    }
    return new Section(s.kind(), s.heading(), entries, s.skills(), s.span());
  }

  /** One summary for the role, from the most recent title and employer and the skills the work shows. */
  private static String summary(Match m) {
    Entry recent = m.resume().sections(SectionKind.EXPERIENCE).flatMap(s -> s.entries().stream())
        .filter(e -> e.title() != null).findFirst().orElse(null);
    List<String> names = namedSkills(concat(m.required(), m.preferred()), m.text()).stream().limit(SUMMARY_SKILLS).toList();
    String key = recent == null ? (names.isEmpty() ? "summary.nothing" : "summary.noTitle")
        : names.isEmpty() ? "summary.noSkills" : recent.organization() == null ? "summary.noEmployer" : "summary.full";
    if (key.equals("summary.noSkills") && recent.organization() == null) {
      key = "summary.nothing";
    }
    String role = m.job().title() == null ? WORDS.getProperty("role.unknown") : m.job().title();
    return WORDS.getProperty(key)
        .replace("{title}", recent == null ? "" : recent.title().value())
        .replace("{employer}", recent == null || recent.organization() == null ? "" : recent.organization().value())
        .replace("{skills}", list(names))
        .replace("{role}", role);
  }

  /**
   * The skills the work shows for these terms, by name ("PostgreSQL", or "Spring Boot" where it
   * implies Spring), in the order given: "Throughput" or "Mentoring" are things a bullet proves, not
   * skills to name.
   *
   * @param text the resume text the evidence refers to
   */
  public static List<String> namedSkills(List<TermMatch> terms, String text) {
    List<String> out = new ArrayList<>();
    for (TermMatch t : terms) {
      if (!t.evidenced() || NOT_SKILLS.contains(t.requirement().anyOf().get(0).category())) {
        continue;
      }
      // The skill's name, not the bullet's word for it: "Docker", not "Containerized".
      String own = t.coverage() instanceof Coverage.Implied i ? i.via() : t.matched();
      if (t.coverage() instanceof Coverage.Implied && !isTermName(own)) {
        continue; // "four event-driven services" implies a skill but is no skill's name
      }
      if (!own.isEmpty() && out.stream().noneMatch(o -> o.equalsIgnoreCase(own))) {
        out.add(own);
      }
    }
    return out;
  }

  private static boolean isTermName(String s) {
    List<dev.prism.core.vocab.Mention> ms = dev.prism.core.vocab.Technologies.jobMatcher().find(s);
    return ms.size() == 1 && ms.get(0).span().offset() == 0 && ms.get(0).span().end() == s.length();
  }

  /** "A, B and C". */
  public static String list(List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }

  /**
   * What the person could add: job terms the resume neither names nor implies, required first, at
   * most a few. Terms from one sentence share one line, so a long requirement is quoted once.
   */
  private static List<Suggestion> toAdd(Match m) {
    Map<String, List<TermMatch>> bySentence = new LinkedHashMap<>();
    for (TermMatch t : concat(m.required(), m.preferred())) {
      if (!t.found()) {
        bySentence.computeIfAbsent(t.requirement().importance().id() + "\n" + t.requirement().sentence(), k -> new ArrayList<>()).add(t);
      }
    }
    List<Suggestion> out = new ArrayList<>();
    for (List<TermMatch> terms : bySentence.values()) {
      if (out.size() == MAX_TO_ADD) {
        break;
      }
      Requirement r = terms.get(0).requirement();
      String names = list(terms.stream().map(t -> t.requirement().shown(m.job().text())).toList());
      boolean fromTitle = r.section() == JobSection.INTRO && m.job().title() != null && r.sentence().equals(m.job().title());
      String key = fromTitle ? "add.title" : r.importance() == Importance.REQUIRED ? "add.required" : "add.preferred";
      out.add(new Suggestion(names, r.importance(), fromTitle ? null : r.sentence(),
          WORDS.getProperty(key).replace("{term}", names).replace("{sentence}", r.sentence())));
    }
    return out;
  }

  private static List<Suggestion> toEvidence(Match m) {
    List<Suggestion> out = new ArrayList<>();
    for (TermMatch t : concat(m.required(), m.preferred())) {
      if (t.found() && !t.evidenced()) {
        Requirement r = t.requirement();
        String name = t.coverage() instanceof Coverage.Implied i ? i.via() : t.matched();
        String key = r.importance() == Importance.REQUIRED ? "evidence.required" : "evidence.preferred";
        out.add(new Suggestion(name, r.importance(), r.sentence(),
            WORDS.getProperty(key).replace("{term}", name).replace("{place}", t.coverage().where())));
      }
    }
    return out;
  }

  private static List<TermMatch> concat(List<TermMatch> a, List<TermMatch> b) {
    List<TermMatch> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private static Properties words() {
    Properties p = new Properties();
    try (InputStream in = Tailor.class.getResourceAsStream("tailoring.properties")) {
      if (in == null) {
        throw new IllegalStateException("missing resource tailoring.properties");
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
