package dev.prism.core.match;

import dev.prism.core.model.Bullet;
import dev.prism.core.model.Entry;
import dev.prism.core.model.Field;
import dev.prism.core.model.Resume;
import dev.prism.core.model.Section;
import dev.prism.core.model.SectionKind;
import dev.prism.core.model.SkillGroup;
import dev.prism.core.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tailors a resume to the job it was matched against. It only reorders and restates what the resume
 * says: a tailored resume that claimed one new fact would be worse than none, so every added word is
 * a title, employer or skill name taken from the resume itself.
 */
public final class Tailor {
  private static final int SUMMARY_SKILLS = 5;
  private static final Set<String> NOT_SKILLS = Set.of("performance", "practice");

  private Tailor() {}

  public static Tailoring tailor(Match m) {
    Map<Bullet, Integer> relevance = new HashMap<>();
    m.bullets().forEach(b -> relevance.put(b.bullet(), b.relevance()));

    // Job-relevant terms the work shows, most weighty first; of those, the ones no skills list names.
    List<TermMatch> shown = new ArrayList<>();
    for (TermMatch t : concat(m.required(), m.preferred())) {
      if (t.coverage() instanceof Coverage.Shown) {
        shown.add(t);
      }
    }
    Set<String> listed = new LinkedHashSet<>();
    for (TermMatch t : concat(m.required(), m.preferred())) {
      if (t.coverage() instanceof Coverage.Listed l && l.place() == Coverage.Place.SKILLS) {
        listed.add(t.matched());
      }
    }
    Set<String> listedNames = new LinkedHashSet<>();
    m.resume().listedSkills().forEach(f -> listedNames.add(f.value().toLowerCase(java.util.Locale.ROOT)));
    List<Field> surfaced = new ArrayList<>();
    for (TermMatch t : shown) {
      if (!listed.contains(t.matched()) && !listedNames.contains(t.matched().toLowerCase(java.util.Locale.ROOT))
          && !t.requirement().anyOf().get(0).category().equals("practice")) {
        // The skill's own words as the resume wrote them: the evidence span.
        surfaced.add(new Field(t.matched(), t.coverage().evidence()));
      }
    }

    String summary = summary(m, shown);
    List<Section> sections = new ArrayList<>();
    sections.add(new Section(SectionKind.SUMMARY, null,
        List.of(new Entry(null, null, null, null, List.of(), summaryLines(m.resume(), summary), Span.EMPTY)), List.of(), Span.EMPTY));
    boolean skillsDone = false;
    for (Section s : m.resume().sections()) {
      switch (s.kind()) {
        case SUMMARY -> { }
        case SKILLS -> {
          List<SkillGroup> groups = new ArrayList<>(s.skills());
          if (!skillsDone && !surfaced.isEmpty()) {
            groups.add(0, new SkillGroup(new Field("Shown in experience", Span.EMPTY), surfaced));
          }
          skillsDone = true;
          sections.add(new Section(s.kind(), s.heading(), s.entries(), groups, s.span()));
        }
        default -> sections.add(s.kind().describesWork() ? reorder(s, relevance) : s);
      }
    }
    if (!skillsDone && !surfaced.isEmpty()) {
      sections.add(new Section(SectionKind.SKILLS, null, List.of(),
          List.of(new SkillGroup(new Field("Shown in experience", Span.EMPTY), surfaced)), Span.EMPTY));
    }
    Resume tailored = new Resume(m.resume().contact(), sections);
    return new Tailoring(tailored, m.text(), summary, surfaced.stream().map(Field::value).toList(), toAdd(m));
  }

  /** The new lead sentence first, then the person's own summary as they wrote it. */
  private static List<Field> summaryLines(Resume r, String summary) {
    List<Field> lines = new ArrayList<>();
    lines.add(new Field(summary, Span.EMPTY));
    r.sections(SectionKind.SUMMARY).flatMap(s -> s.entries().stream()).forEach(e -> lines.addAll(e.lines()));
    return lines;
  }

  private static Section reorder(Section s, Map<Bullet, Integer> relevance) {
    List<Entry> entries = new ArrayList<>();
    for (Entry e : s.entries()) {
      List<Bullet> bullets = new ArrayList<>(e.bullets());
      // Stable: bullets that prove as much keep the order their author chose.
      bullets.sort(Comparator.comparingInt((Bullet b) -> relevance.getOrDefault(b, 0)).reversed());
      entries.add(new Entry(e.title(), e.organization(), e.location(), e.dates(), bullets, e.lines(), e.span()));
    }
    return new Section(s.kind(), s.heading(), entries, s.skills(), s.span());
  }

  private static String summary(Match m, List<TermMatch> shown) {
    Entry recent = m.resume().sections(SectionKind.EXPERIENCE).flatMap(s -> s.entries().stream())
        .filter(e -> e.title() != null).findFirst().orElse(null);
    StringBuilder b = new StringBuilder();
    if (recent != null) {
      b.append(recent.title().value());
      if (recent.organization() != null) {
        b.append(" at ").append(recent.organization().value());
      }
    } else {
      b.append("Engineer");
    }
    List<String> names = namedSkills(shown).stream().limit(SUMMARY_SKILLS).toList();
    if (!names.isEmpty()) {
      b.append(", with hands-on work in ").append(list(names)).append(", as the experience below shows");
    }
    return b.append('.').toString();
  }

  /**
   * The names of shown terms a person would call skills, in the order given: "Throughput" or
   * "Mentoring" are things a bullet proves, not things to name in a sentence about one's skills.
   */
  public static List<String> namedSkills(List<TermMatch> terms) {
    return terms.stream().filter(t -> t.coverage() instanceof Coverage.Shown)
        .filter(t -> !NOT_SKILLS.contains(t.requirement().anyOf().get(0).category()))
        .map(TermMatch::matched).distinct().toList();
  }

  /** "A, B and C". */
  public static String list(List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }

  /**
   * What the person should add themselves. Missing terms that come from one sentence of the job
   * description share one line, so a long requirement is quoted once, not once per term.
   */
  private static List<String> toAdd(Match m) {
    java.util.Map<String, List<TermMatch>> missingBySentence = new java.util.LinkedHashMap<>();
    List<String> listed = new ArrayList<>();
    for (TermMatch t : concat(m.required(), m.preferred())) {
      Requirement r = t.requirement();
      if (!t.found()) {
        missingBySentence.computeIfAbsent(r.sentence(), k -> new ArrayList<>()).add(t);
      } else if (t.coverage() instanceof Coverage.Listed l) {
        listed.add(t.matched() + " appears only in your " + l.place().id() + "; add it to the bullet where you used it, with the result. "
            + (r.importance() == Importance.REQUIRED ? "The job requires it." : "The job lists it as a plus."));
      }
    }
    List<String> out = new ArrayList<>();
    missingBySentence.forEach((sentence, terms) -> {
      Requirement r = terms.get(0).requirement();
      String names = list(terms.stream().map(t -> t.requirement().name()).toList());
      String need = r.importance() == Importance.REQUIRED ? "The job requires" : "The job lists as a plus";
      out.add("If you have worked with " + names + ", add a bullet that shows it: what you built or ran, and what changed. "
          + need + ": \"" + sentence + "\"");
    });
    out.addAll(listed);
    return out;
  }

  private static List<TermMatch> concat(List<TermMatch> a, List<TermMatch> b) {
    List<TermMatch> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
