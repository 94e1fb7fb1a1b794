package dev.prism.core.letter;

import dev.prism.core.bullet.BulletAnalyzer;
import dev.prism.core.match.BulletMatch;
import dev.prism.core.match.Match;
import dev.prism.core.model.Entry;
import dev.prism.core.model.SectionKind;
import dev.prism.core.vocab.Term;
import dev.prism.core.vocab.TermMatcher;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * Writes cover letters from a {@link Match}. Every claim in a letter is one of the resume's own
 * bullets, restated in the first person; the rest is the tone's wording ({@code tones.properties}),
 * which states no fact. Bullets with clichés ({@code cliches.txt}) are passed over.
 */
public final class CoverLetters {
  private static final Properties TONES = tones();
  private static final TermMatcher CLICHES = loadCliches();
  private static final int MAX_ITEMS = 3;
  private static final int SKILLS = 3;
  /** Irregular past tenses that open bullets; regular ones end in "ed". */
  private static final Set<String> PAST = Set.of("built", "led", "ran", "wrote", "made", "drove", "grew", "cut", "took", "set",
      "brought", "won", "began", "kept", "shipped", "rebuilt", "rewrote", "taught", "held", "gave", "found", "spun", "broke",
      "split", "sped", "overhauled", "put");

  private CoverLetters() {}

  /** The phrases no letter may contain. */
  public static TermMatcher cliches() {
    return CLICHES;
  }

  private static TermMatcher loadCliches() {
    List<Term> terms = new ArrayList<>();
    read("cliches.txt").lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .forEach(l -> terms.add(new Term(l, "cliche", List.of(), false)));
    return new TermMatcher(terms);
  }

  public static CoverLetter write(Match m, Tone tone) {
    String company = m.job().company();
    String role = m.job().title();
    List<BulletMatch> picks = pick(m);
    Entry recent = m.resume().sections(SectionKind.EXPERIENCE).flatMap(s -> s.entries().stream())
        .filter(e -> e.title() != null && e.organization() != null).findFirst().orElse(null);
    // Only skills the most recent position's own bullets show: the opening sentence names that
    // employer, so a skill used elsewhere would be a false attribution.
    List<String> skills = recent == null ? List.of() : dev.prism.core.match.Tailor.namedSkills(m.required()).stream()
        .filter(skill -> recent.bullets().stream().anyMatch(b -> mentions(b.text(), skill)))
        .limit(SKILLS).toList();

    String p = tone.id() + ".";
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(fill(TONES.getProperty(p + "greeting"), company, role, recent, skills));
    boolean full = recent != null && !skills.isEmpty();
    paragraphs.add(fill(TONES.getProperty(p + (full ? "opening" : "opening.noSkills")), company, role, recent, skills));
    if (!picks.isEmpty()) {
      List<String> items = new ArrayList<>();
      for (BulletMatch b : picks) {
        items.add(TONES.getProperty(p + "item").replace("{sentence}", sentence(m, b)));
      }
      String sep = tone == Tone.DIRECT ? "\n" : " ";
      paragraphs.add(TONES.getProperty(p + "evidence") + (tone == Tone.DIRECT ? "\n" : " ") + String.join(sep, items));
    }
    // Without achievements to point back to, the closing must not speak of "these projects".
    paragraphs.add(fill(TONES.getProperty(p + (picks.isEmpty() ? "closing.noEvidence" : "closing")), company, role, recent, skills));
    String name = m.resume().contact().name() == null ? "" : "\n" + m.resume().contact().name().value();
    paragraphs.add(TONES.getProperty(p + "signoff") + name);
    return new CoverLetter(tone, company, role, paragraphs, picks.stream().map(b -> b.bullet().span()).toList());
  }

  /**
   * The two or three bullets that prove most of what the job asks: by the weight of the requirements
   * they show, then by strength; bullets with no relevance fill in only when too few have some.
   */
  private static List<BulletMatch> pick(Match m) {
    List<BulletMatch> candidates = new ArrayList<>(m.bullets().stream()
        .filter(b -> CLICHES.find(b.bullet().text()).isEmpty()).toList());
    // Each bullet analysed once, not once per comparison; a weak bullet is no achievement to cite.
    java.util.Map<BulletMatch, Integer> strength = new java.util.HashMap<>();
    candidates.forEach(b -> strength.put(b, BulletAnalyzer.analyze(b.bullet().text(), null).strength()));
    candidates.removeIf(b -> dev.prism.core.bullet.BulletLabel.of(strength.get(b)) == dev.prism.core.bullet.BulletLabel.WEAK);
    candidates.sort(Comparator.comparingInt(BulletMatch::relevance).reversed()
        .thenComparing(Comparator.comparingInt((BulletMatch b) -> strength.get(b)).reversed()));
    long relevant = candidates.stream().filter(b -> b.relevance() > 0).count();
    int n = (int) Math.min(candidates.size(), Math.max(2, Math.min(MAX_ITEMS, relevant)));
    return candidates.subList(0, n);
  }

  private static boolean mentions(String text, String skill) {
    return dev.prism.core.vocab.Technologies.jobMatcher().find(text).stream()
        .anyMatch(x -> x.term().canonical().equals(skill));
  }

  /** "Cut p99 latency from 900 to 200 ms" at Acme becomes "At Acme, I cut p99 latency from 900 to 200 ms." */
  private static String sentence(Match m, BulletMatch b) {
    String t = b.bullet().text().strip().replaceAll("[.;,\\s]+$", "");
    String first = t.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
    Entry e = entry(m, b);
    String where = e == null || e.organization() == null ? "" : "At " + e.organization().value() + ", ";
    if (first.endsWith("ed") || PAST.contains(first)) {
      String clause = "I " + Character.toLowerCase(t.charAt(0)) + t.substring(1);
      return (where.isEmpty() ? Character.toUpperCase(clause.charAt(0)) + clause.substring(1) : where + clause) + ".";
    }
    return (where.isEmpty() ? "" : where.replace(", ", ": ")) + t + ".";
  }

  private static Entry entry(Match m, BulletMatch b) {
    List<Entry> entries = m.resume().sections(b.section()).flatMap(s -> s.entries().stream())
        .filter(e -> e.bullets().contains(b.bullet())).toList();
    return entries.isEmpty() ? null : entries.get(0);
  }

  private static String fill(String template, String company, String role, Entry recent, List<String> skills) {
    // Without a company or title from the job, the letter stays generic rather than guessing.
    return template
        .replace("{company} ", company == null ? "" : company + " ")
        .replace("{company}", company == null ? "your company" : company)
        .replace("{role}", role == null ? "backend engineer" : role)
        .replace("{title}", recent == null ? "" : recent.title().value())
        .replace("{employer}", recent == null ? "" : recent.organization().value())
        .replace("{skills}", dev.prism.core.match.Tailor.list(skills));
  }

  private static Properties tones() {
    Properties p = new Properties();
    try {
      p.load(new java.io.StringReader(read("tones.properties")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  private static String read(String name) {
    try (InputStream in = CoverLetters.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
