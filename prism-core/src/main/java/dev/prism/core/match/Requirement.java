package dev.prism.core.match;

import dev.prism.core.model.Span;
import dev.prism.core.vocab.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One thing a job description asks for, with the sentence it came from: a single term, or a group
 * of alternatives that any member meets ("Java, Go, or similar", "cloud platforms (AWS, GCP,
 * Azure)").
 *
 * @param name how the requirement is shown: the canonical name, or "Kubernetes or ECS" for choices
 * @param anyOf the terms that satisfy it; the job said "X or Y", so any one will do
 * @param sentence the job description's sentence, whitespace collapsed
 * @param span where the sentence stands in {@link JobDescription#text()}
 * @param written where each member of {@code anyOf} is written in the posting, in the same order:
 *     the posting's own spelling ("Golang", "Postgres"); {@link Span#EMPTY} where it is not known
 */
public record Requirement(String name, List<Term> anyOf, Importance importance, JobSection section, String sentence, Span span,
    List<Span> written) {
  private static final java.util.Set<String> PLAIN = java.util.Set.of("practice", "architecture", "performance");

  public Requirement {
    Objects.requireNonNull(name, "name");
    anyOf = List.copyOf(anyOf);
    Objects.requireNonNull(importance, "importance");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(span, "span");
    written = List.copyOf(written);
    if (anyOf.isEmpty()) {
      throw new IllegalArgumentException("a requirement needs at least one term");
    }
    if (written.size() != anyOf.size()) {
      throw new IllegalArgumentException("one written span per term: " + written.size() + " for " + anyOf.size());
    }
  }

  /** A requirement whose spellings are not known (a JSON job's own keywords). */
  public Requirement(String name, List<Term> anyOf, Importance importance, JobSection section, String sentence, Span span) {
    this(name, anyOf, importance, section, sentence, span, anyOf.stream().map(t -> Span.EMPTY).toList());
  }

  /** 3 for a must-have, 1 for a nice-to-have: a missing must-have costs three times as much. */
  public int weight() {
    return importance == Importance.REQUIRED ? 3 : 1;
  }

  /** True when any member will do. */
  public boolean isGroup() {
    return anyOf.size() > 1;
  }

  /**
   * The name as the person should read it: each member in the posting's own spelling beside the
   * canonical one when they differ by more than case ("Go (Golang) or Java").
   *
   * @param text the posting's text, {@link JobDescription#text()}
   */
  public String shown(String text) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < anyOf.size(); i++) {
      names.add(asWritten(anyOf.get(i).canonical(), written.get(i), text));
    }
    return String.join(" or ", names);
  }

  /**
   * {@link #shown} for the middle of a sentence: in the case the posting wrote it, so "code review"
   * stays lower case where the posting wrote "code reviews", and "Jenkins" keeps its capital.
   */
  public String inProse(String text) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < anyOf.size(); i++) {
      String name = asWritten(anyOf.get(i).canonical(), written.get(i), text);
      Span w = written.get(i);
      boolean lower = w.length() > 0 && w.end() <= text.length() && Character.isLowerCase(text.charAt(w.offset()));
      // A sentence's first word has its capital from the sentence: "Unit testing with JUnit" names
      // unit testing. Only for a practice's plain words; "GitHub Actions" and "Jenkins" keep theirs.
      boolean plain = PLAIN.contains(anyOf.get(i).category()) && name.indexOf(' ') > 0
          && name.substring(1).chars().noneMatch(Character::isUpperCase);
      lower |= plain && w.offset() == span.offset();
      boolean acronym = name.length() > 1 && Character.isUpperCase(name.charAt(1));
      if (lower && !acronym) {
        name = Character.toLowerCase(name.charAt(0)) + name.substring(1);
      }
      names.add(name);
    }
    return String.join(" or ", names);
  }

  static String asWritten(String canonical, Span span, String text) {
    if (span.length() == 0 || span.end() > text.length()) {
      return canonical;
    }
    String own = span.of(text).replaceAll("\\s+", " ").strip();
    String a = own.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}+#]", "");
    String b = canonical.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}+#]", "");
    // Plurals and hyphens are no other spelling: "microservice" is Microservices as written.
    // Nor is the name with a word around it: "on-call rotation" is On-call as written.
    if (a.contains(b) || (a + "s").equals(b)) {
      return canonical;
    }
    return canonical + " (" + own + ")";
  }
}
