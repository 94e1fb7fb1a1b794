package dev.prism.core.letter;

import dev.prism.core.bullet.BulletAnalyzer;
import dev.prism.core.bullet.BulletLabel;
import dev.prism.core.match.BulletMatch;
import dev.prism.core.match.Match;
import dev.prism.core.match.Requirement;
import dev.prism.core.match.Tailor;
import dev.prism.core.match.TermMatch;
import dev.prism.core.model.Entry;
import dev.prism.core.model.SectionKind;
import dev.prism.core.vocab.Technologies;
import dev.prism.core.vocab.Term;
import dev.prism.core.vocab.TermMatcher;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes cover letters from a {@link Match}. The letter is built around the job's top requirements:
 * it names them, and for each cites the resume bullet that best meets it, restated in the first
 * person; so two postings that ask for different things get different letters. Every claim is one of
 * the resume's own bullets; the rest is the tone's wording ({@code tones.properties}), which states
 * no fact. Bullets with clichés ({@code cliches.txt}) or judged weak are passed over.
 */
public final class CoverLetters {
  private static final Properties TONES = tones();
  private static final TermMatcher CLICHES = loadCliches();
  private static final int MAX_ITEMS = 3;
  private static final int SKILLS = 3;
  private static final int ASKS = 3;
  /** Irregular past tenses that open bullets; regular ones end in "ed". */
  private static final Set<String> PAST = Set.of("built", "led", "ran", "wrote", "made", "drove", "grew", "cut", "took", "set",
      "brought", "won", "began", "kept", "shipped", "rebuilt", "rewrote", "taught", "held", "gave", "found", "spun", "broke",
      "split", "sped", "overhauled", "put");
  /** A list mark inside a bullet: a PDF reader joined two bullets into one; the letter cites the first. */
  private static final Pattern JOINED = Pattern.compile("\\s+[•▪●◦‣∙·]\\s+");

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
    String role = m.job().title() == null ? TONES.getProperty("role.unknown") : m.job().title();
    Map<BulletMatch, Requirement> picks = pick(m);
    Entry recent = m.resume().sections(SectionKind.EXPERIENCE).flatMap(s -> s.entries().stream())
        .filter(e -> e.title() != null && e.organization() != null).findFirst().orElse(null);
    // Only skills the most recent position's own bullets show: the opening sentence names that
    // employer, so a skill used elsewhere would be a false attribution.
    List<String> skills = recent == null ? List.of() : Tailor.namedSkills(m.required(), m.text()).stream()
        .filter(skill -> recent.bullets().stream().anyMatch(b -> mentions(b.text(), skill)))
        .limit(SKILLS).toList();
    String asks = Tailor.list(asks(m));

    String p = tone.id() + ".";
    String c = company == null ? ".noCompany" : "";
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(fill(TONES.getProperty(p + "greeting" + c), company, role, asks, recent, skills));
    boolean full = recent != null && !skills.isEmpty();
    paragraphs.add(fill(TONES.getProperty(p + (full ? "opening" : "opening.noSkills")), company, role, asks, recent, skills));
    if (!picks.isEmpty()) {
      // One line per achievement: each bullet stays a sentence of its own, never run into the next.
      StringBuilder evidence = new StringBuilder(TONES.getProperty(p + "evidence"));
      picks.forEach((b, r) -> evidence.append('\n').append(TONES.getProperty(p + (r == null ? "item" : "item.meets"))
          .replace("{requirement}", r == null ? "" : r.inProse(m.job().text()))
          .replace("{sentence}", sentence(m, b))));
      paragraphs.add(evidence.toString());
    }
    // Without achievements to point back to, the closing must not speak of "these projects".
    paragraphs.add(fill(TONES.getProperty(p + (picks.isEmpty() ? "closing.noEvidence" : "closing") + c), company, role, asks, recent,
        skills));
    String name = m.resume().contact().name() == null ? "" : "\n" + m.resume().contact().name().value();
    paragraphs.add(TONES.getProperty(p + "signoff") + name);
    return new CoverLetter(tone, company, m.job().title(), paragraphs, picks.keySet().stream().map(b -> b.bullet().span()).toList());
  }

  /** The job's top requirements, as the posting spells them: required ones first, in its order. */
  private static List<String> asks(Match m) {
    List<TermMatch> top = new ArrayList<>(m.required());
    if (top.isEmpty()) {
      top.addAll(m.preferred());
    }
    return top.stream().map(t -> t.requirement().inProse(m.job().text())).distinct().limit(ASKS).toList();
  }

  /**
   * For each of the job's requirements in order of weight and then of the posting, the strongest
   * bullet that meets it and is not cited yet; two or three in all. When too few bullets meet any,
   * the strongest others fill in, cited without a requirement.
   */
  private static Map<BulletMatch, Requirement> pick(Match m) {
    List<BulletMatch> candidates = new ArrayList<>(m.bullets().stream()
        .filter(b -> CLICHES.find(b.bullet().text()).isEmpty()).toList());
    // Each bullet analysed once, not once per comparison; a weak bullet is no achievement to cite.
    Map<BulletMatch, Integer> strength = new HashMap<>();
    candidates.forEach(b -> strength.put(b, BulletAnalyzer.analyze(first(b.bullet().text()), null).strength()));
    candidates.removeIf(b -> BulletLabel.of(strength.get(b)) == BulletLabel.WEAK);
    candidates.sort(Comparator.comparingInt((BulletMatch b) -> strength.get(b)).reversed());

    List<Requirement> wanted = new ArrayList<>(m.job().requirements());
    wanted.sort(Comparator.comparingInt(Requirement::weight).reversed());
    Map<BulletMatch, Requirement> out = new LinkedHashMap<>();
    for (Requirement r : wanted) {
      if (out.size() == MAX_ITEMS) {
        break;
      }
      for (BulletMatch b : candidates) {
        if (!out.containsKey(b) && b.meets().contains(r)) {
          out.put(b, r);
          break;
        }
      }
    }
    for (BulletMatch b : candidates) {
      if (out.size() >= 2) {
        break;
      }
      out.putIfAbsent(b, null);
    }
    return out;
  }

  private static boolean mentions(String text, String skill) {
    String s = skill.toLowerCase(Locale.ROOT);
    return text.toLowerCase(Locale.ROOT).contains(s) || Technologies.jobMatcher().find(text).stream()
        .anyMatch(x -> x.term().canonical().equalsIgnoreCase(skill));
  }

  /** A bullet's own text, cut where a second bullet a reader joined to it begins. */
  private static String first(String bullet) {
    return JOINED.split(bullet.strip(), 2)[0];
  }

  /** "Cut p99 latency from 900 to 200 ms" at Acme becomes "At Acme, I cut p99 latency from 900 to 200 ms." */
  private static String sentence(Match m, BulletMatch b) {
    String t = first(b.bullet().text()).replaceAll("\\s+", " ").replaceAll("[.;,\\s]+$", "");
    String firstWord = t.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
    Entry e = entry(m, b);
    boolean past = firstWord.endsWith("ed") || PAST.contains(firstWord);
    String key = "cite." + (past ? "past" : "other") + (e == null || e.organization() == null ? ".noEmployer" : "");
    String action = past ? Character.toLowerCase(t.charAt(0)) + t.substring(1) : t;
    String s = TONES.getProperty(key).replace("{employer}", e == null || e.organization() == null ? "" : e.organization().value())
        .replace("{action}", action);
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static Entry entry(Match m, BulletMatch b) {
    List<Entry> entries = m.resume().sections(b.section()).flatMap(s -> s.entries().stream())
        .filter(e -> e.bullets().contains(b.bullet())).toList();
    return entries.isEmpty() ? null : entries.get(0);
  }

  private static String fill(String template, String company, String role, String asks, Entry recent, List<String> skills) {
    return template
        .replace("{company}", company == null ? "" : company)
        .replace("{role}", role)
        .replace("{asks}", asks)
        .replace("{title}", recent == null ? "" : recent.title().value())
        .replace("{employer}", recent == null ? "" : recent.organization().value())
        .replace("{skills}", Tailor.list(skills));
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
