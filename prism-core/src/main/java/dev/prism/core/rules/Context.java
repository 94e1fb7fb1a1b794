package dev.prism.core.rules;

import dev.prism.core.bullet.BulletAnalysis;
import dev.prism.core.level.LevelEstimate;
import dev.prism.core.model.Bullet;
import dev.prism.core.model.Extraction;
import dev.prism.core.model.Field;
import dev.prism.core.model.Resume;
import dev.prism.core.model.Section;
import dev.prism.core.model.SectionKind;
import dev.prism.core.model.Span;
import dev.prism.core.role.Level;
import dev.prism.core.role.Role;
import dev.prism.core.vocab.Mention;
import dev.prism.core.vocab.Tokens;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Everything a rule may look at, computed once per check: the text, its structure, the analysed
 * work bullets, the role and the levels. Rules read it and never change it.
 *
 * @param words the extraction's whole text split into words once, for rules that search all of it
 *     and for ranges of it ({@link Tokens#range})
 * @param target the level asked for, or null when the person gave none (rules then use the
 *     estimated level)
 * @param skills technologies listed in the skills section, as mentions into the text
 * @param shownTech technologies named anywhere in experience and project entries (headers, "Tech
 *     stack:" lines, bullets), as mentions into the text: what the resume shows in use
 * @param gaps what the judged level expects that the resume does not show ({@link LevelGaps#details}),
 *     read alike by the level-gap rule and the report
 */
public record Context(
    Extraction extraction,
    Tokens words,
    Resume resume,
    Role role,
    Level target,
    LevelEstimate estimate,
    List<AnalyzedBullet> bullets,
    List<Mention> skills,
    List<Mention> shownTech,
    List<LevelGaps.Gap> gaps) {

  public Context {
    Objects.requireNonNull(extraction, "extraction");
    Objects.requireNonNull(words, "words");
    if (!words.text().equals(extraction.text())) {
      throw new IllegalArgumentException("words must split the extraction's text");
    }
    Objects.requireNonNull(resume, "resume");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(estimate, "estimate");
    bullets = List.copyOf(bullets);
    skills = List.copyOf(skills);
    shownTech = List.copyOf(shownTech);
    gaps = List.copyOf(gaps);
  }

  /** A work bullet (experience or projects) with its analysis; {@code entry} indexes its section's entries. */
  public record AnalyzedBullet(String id, Bullet bullet, SectionKind section, int entry, BulletAnalysis analysis) {}

  public String text() {
    return extraction.text();
  }

  /** The level the resume is judged against: the target if given, else the estimate. */
  public Level level() {
    return target != null ? target : estimate.level();
  }

  /**
   * Where a finding about something missing points: the experience heading (that is where it
   * belongs), else the first heading, else the first line.
   */
  public Span anchor() {
    for (SectionKind k : List.of(SectionKind.EXPERIENCE, SectionKind.PROJECTS)) {
      for (Section s : resume.sections()) {
        if (s.kind() == k && s.heading() != null) {
          return s.heading().span();
        }
      }
    }
    for (Section s : resume.sections()) {
      if (s.heading() != null) {
        return s.heading().span();
      }
    }
    String t = text();
    int start = 0;
    while (start < t.length() && Character.isWhitespace(t.charAt(start))) {
      start++;
    }
    int end = t.indexOf('\n', start);
    return Span.between(start, end < 0 ? t.length() : end);
  }

  /** The span of the skills heading, or the anchor. */
  public Span skillsAnchor() {
    return resume.sections(SectionKind.SKILLS).map(Section::heading).filter(Objects::nonNull).map(Field::span)
        .findFirst().orElse(anchor());
  }

  /**
   * The span in the text of a piece of a bullet given relative to the bullet's cleaned text. Markdown
   * emphasis can make the two differ; then the piece is searched for in the bullet's own text.
   */
  public Span within(AnalyzedBullet b, Span relative) {
    Span bs = b.bullet().span();
    String raw = bs.of(text());
    String piece = relative.of(b.bullet().text());
    if (raw.equals(b.bullet().text())) {
      return new Span(bs.offset() + relative.offset(), relative.length());
    }
    int at = raw.toLowerCase(Locale.ROOT).indexOf(piece.toLowerCase(Locale.ROOT));
    return at >= 0 ? new Span(bs.offset() + at, piece.length()) : bs;
  }
}
