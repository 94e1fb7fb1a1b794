package dev.prism.core.bullet;

import dev.prism.core.bullet.BulletAnalysis.Kind;
import dev.prism.core.bullet.BulletAnalysis.Lead;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Weighs a {@link BulletReading} into a strength: an ordinal logistic model whose weights are
 * learned from labelled bullets ({@code prism eval bullets --train}) and kept in {@code model.tsv}
 * beside this class. The score is the sum of weight times feature; two learned cut points split
 * it into weak, fair and strong, and the strength maps the first cut point to
 * {@link BulletLabel#WEAK_BELOW} and the second to {@link BulletLabel#STRONG_FROM}.
 *
 * <p>Beside the structural features the model weighs words: each word of the bullet and the word it
 * opens with may carry a small learned weight ({@code word:} and {@code opens:} lines of the model
 * file). Training only weighs words that occur in the bullets of several different people, under a
 * strong penalty, so that a word counts for what it says about bullets in general and the model
 * cannot learn one person's resume.
 *
 * <p>The reasons shown with a verdict are the messages of the features that moved the score most,
 * in the direction they moved it ({@code reasons.tsv}): what decided the verdict is what is said.
 */
public final class BulletModel {

  /** The features, in the order of the model file. Each is a general property of a bullet. */
  public static final List<String> FEATURES =
      List.of(
          "lead.strong", "lead.action", "lead.minor", "lead.routine", "lead.present", "lead.gerund", "lead.noun",
          "lead.role", "lead.presence", "lead.duty", "lead.self", "lead.other", "topic", "filler",
          "kind.list", "kind.heading", "kind.glued", "verbs.several",
          "tech.any", "tech.instrument", "tech.many", "tech.tail", "tech.heavy",
          "method.technique", "method.clause", "method.none", "purpose",
          "outcome.backend", "outcome.vanity", "outcome.unclear", "outcome.before-after", "outcome.effect",
          "outcome.adoption", "outcome.vague", "outcome.none", "outcome.helped", "outcome.hedged", "outcome.credited",
          "count.activity", "count.size", "count.vanity", "lead.people",
          "scope", "scope.wide", "leadership", "buzzwords", "vague", "first-person", "passive",
          "len.tiny", "len.short", "len.long", "len.very-long", "sentences.many",
          "core.full", "core.action-method", "core.action-outcome", "core.bare",
          "object.generic", "names", "outcome.several", "duty.substance", "presence.substance", "words.log",
          "lead.ongoing-strong", "core.empty");

  /** Loaded on first use, so that training can run while the shipped file lags behind the features. */
  private static final class Standard {
    static final BulletModel MODEL = load();
  }

  /** The prefixes of word weights in the model file: any word of the bullet, and the word it opens with. */
  public static final String WORD = "word:";
  public static final String OPENS = "opens:";

  /**
   * A bullet as the model reads it: its structural features in {@link #FEATURES} order, its distinct
   * words (lower case, no figures) and the word its action opens with ("" when there is none).
   */
  public record Input(double[] x, List<String> words, String opens) {
    public Input {
      Objects.requireNonNull(x, "x");
      if (x.length != FEATURES.size()) {
        throw new IllegalArgumentException("expected " + FEATURES.size() + " features, got " + x.length);
      }
      words = List.copyOf(words);
      Objects.requireNonNull(opens, "opens");
    }
  }

  private final double[] weights;
  private final double cut1;
  private final double cut2;
  /** Learned weights of words ({@link #WORD}) and opening words ({@link #OPENS}), keyed by the word. */
  private final Map<String, Double> words;
  private final Map<String, Double> opens;
  // The same weights in hash maps, for the lookups of every bullet's words: the sorted maps above
  // keep the order the model is written in, and a lookup in them compares strings down a tree of
  // thousands of words (a sixth of the bullet model's time in a warm check).
  private final Map<String, Double> wordWeights;
  private final Map<String, Double> openWeights;
  private final Map<String, String[]> reasons;

  /**
   * @param weights one per {@link #FEATURES}
   * @param cut1 the score below which a bullet is weak
   * @param cut2 the score from which a bullet is strong; above {@code cut1}
   */
  public BulletModel(double[] weights, double cut1, double cut2) {
    this(weights, cut1, cut2, Map.of(), Map.of());
  }

  /**
   * @param words the weight of each word, keyed by the word in lower case
   * @param opens the weight of each opening word
   */
  public BulletModel(double[] weights, double cut1, double cut2, Map<String, Double> words, Map<String, Double> opens) {
    this(weights, cut1, cut2, words, opens, readReasons());
  }

  private BulletModel(double[] weights, double cut1, double cut2, Map<String, Double> words, Map<String, Double> opens,
      Map<String, String[]> reasons) {
    if (weights.length != FEATURES.size()) {
      throw new IllegalArgumentException("expected " + FEATURES.size() + " weights, got " + weights.length);
    }
    if (!(cut2 > cut1)) {
      throw new IllegalArgumentException("cut points out of order: " + cut1 + ", " + cut2);
    }
    this.weights = weights.clone();
    this.cut1 = cut1;
    this.cut2 = cut2;
    this.words = new TreeMap<>(words);
    this.opens = new TreeMap<>(opens);
    this.wordWeights = new HashMap<>(this.words);
    this.openWeights = new HashMap<>(this.opens);
    this.reasons = reasons;
  }

  /** The model that ships with Prism. */
  public static BulletModel standard() {
    return Standard.MODEL;
  }

  public double[] weights() {
    return weights.clone();
  }

  public double cut1() {
    return cut1;
  }

  public double cut2() {
    return cut2;
  }

  /** The word weights, sorted by word. */
  public Map<String, Double> words() {
    return Collections.unmodifiableMap(words);
  }

  /** The opening-word weights, sorted by word. */
  public Map<String, Double> opens() {
    return Collections.unmodifiableMap(opens);
  }

  /** A bullet text as the model reads it. */
  public static Input input(String bullet) {
    return input(BulletReading.of(bullet));
  }

  static Input input(BulletReading r) {
    // Words with a digit are figures ("40%", "2x"), which the structural features already read.
    Set<String> distinct = new LinkedHashSet<>();
    for (String w : r.lower) {
      if (isWord(w)) {
        distinct.add(w);
      }
    }
    String open = r.leadStart < r.n && isWord(r.lower[r.leadStart]) ? r.lower[r.leadStart] : "";
    return new Input(features(r), List.copyOf(distinct), open);
  }

  /** A word the model may weigh: two letters or more, no figure. */
  private static boolean isWord(String w) {
    if (w.length() < 2) {
      return false;
    }
    boolean letter = false;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isDigit(c)) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter;
  }

  /** The feature vector of a bullet text, in {@link #FEATURES} order. */
  public static double[] features(String bullet) {
    return features(BulletReading.of(bullet));
  }

  static double[] features(BulletReading r) {
    double[] x = new double[FEATURES.size()];
    int i = 0;
    for (Lead l : Lead.values()) {
      x[i++] = r.act == l ? 1 : 0;
    }
    x[i++] = b(r.topic);
    x[i++] = b(r.filler);
    x[i++] = b(r.kind == Kind.TECH_LIST);
    x[i++] = b(r.kind == Kind.HEADING);
    x[i++] = b(r.kind == Kind.GLUED);
    x[i++] = b(r.actionVerbs >= 2);
    x[i++] = b(!r.tech.isEmpty());
    x[i++] = b(r.instrumentTech > 0);
    x[i++] = b(r.tech.size() >= 3);
    x[i++] = b(r.techTail);
    x[i++] = b(r.techShare >= 0.4);
    x[i++] = b(r.techniques > 0);
    x[i++] = b(r.methodClause);
    x[i++] = b(!r.hasMethod());
    x[i++] = b(r.purpose);
    boolean concrete = r.concreteOutcome();
    x[i++] = b(r.metricBackend > 0);
    x[i++] = b(r.metricVanity > 0 && r.metricBackend == 0);
    x[i++] = b(r.metricUnclear > 0 && r.metricBackend == 0);
    x[i++] = b(r.beforeAfter);
    x[i++] = b(r.effect);
    x[i++] = b(r.adoption);
    x[i++] = b(r.vagueOutcome && !concrete);
    x[i++] = b(!concrete && !r.vagueOutcome && r.metricVanity == 0);
    x[i++] = b(r.helpedOutcome);
    x[i++] = b(r.hedged);
    x[i++] = b(concrete && r.ownAction() && r.hasMethod());
    x[i++] = b(r.activityCounts > 0);
    x[i++] = b(r.sizeCounts > 0);
    x[i++] = b(r.vanityCounts > 0);
    x[i++] = b(r.peopleLed > 0);
    x[i++] = b(r.scope >= 1);
    x[i++] = b(r.scope >= 2);
    x[i++] = b(r.leadership);
    x[i++] = Math.min(3, r.buzzwords) / 3.0;
    x[i++] = Math.min(3, r.vague) / 3.0;
    x[i++] = b(r.firstPerson);
    x[i++] = b(r.passive);
    int w = r.words();
    x[i++] = b(w < 5);
    x[i++] = b(w >= 5 && w < 8);
    x[i++] = b(w > 30 && w <= 50);
    x[i++] = b(w > 50);
    x[i++] = b(r.sentences >= 3);
    boolean own = r.ownAction() || r.topic;
    x[i++] = b(own && r.hasMethod() && concrete);
    x[i++] = b(own && r.hasMethod() && !concrete);
    x[i++] = b(own && !r.hasMethod() && concrete);
    x[i++] = b(own && !r.hasMethod() && !concrete);
    x[i++] = b(r.genericObject);
    x[i++] = Math.min(3, r.names) / 3.0;
    x[i++] = b(r.metricBackend + r.metricUnclear + (r.beforeAfter ? 1 : 0) + (r.effect ? 1 : 0) >= 2);
    boolean substance = r.hasMethod() || r.scope > 0 || r.names > 0 || !r.tech.isEmpty();
    x[i++] = b(!own && r.lead != Lead.PRESENCE && r.lead != Lead.DUTY && r.lead != Lead.SELF && substance);
    x[i++] = b((r.lead == Lead.PRESENCE || r.lead == Lead.DUTY) && (!r.tech.isEmpty() || r.names >= 2));
    x[i++] = Math.log(1 + w) / Math.log(64);
    x[i++] = b(r.ongoingStrong);
    x[i++] = b(own && !r.hasMethod() && !concrete && r.scope == 0 && r.names == 0 && !r.purpose);
    if (i != x.length) {
      throw new IllegalStateException("feature count mismatch: " + i + " of " + x.length);
    }
    return x;
  }

  private static double b(boolean v) {
    return v ? 1 : 0;
  }

  /** The raw score: weights times features. */
  public double score(double[] x) {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s += weights[i] * x[i];
    }
    return s;
  }

  /** The raw score of a bullet: its features' and its words' weights. */
  public double score(Input in) {
    double s = score(in.x());
    for (String w : in.words()) {
      s += wordWeights.getOrDefault(w, 0.0);
    }
    return s + openWeights.getOrDefault(in.opens(), 0.0);
  }

  /** The highest strength a line that is no bullet (a list of tools, a heading) can get. */
  public static final int NOT_A_BULLET = 20;
  private static final int LIST = FEATURES.indexOf("kind.list");
  private static final int HEADING = FEATURES.indexOf("kind.heading");

  /**
   * The strength of a feature vector: its score on the 0-100 scale, except that a line that is no
   * bullet (a list of technologies, a heading) shows no work whatever its words add up to.
   */
  public int strength(Input in) {
    int s = strength(score(in));
    return notABullet(in.x()) ? Math.min(s, NOT_A_BULLET) : s;
  }

  static boolean notABullet(double[] x) {
    return x[LIST] > 0 || x[HEADING] > 0;
  }

  /** The score on the 0-100 strength scale, cut points at 40 and 60. */
  public int strength(double score) {
    double mid = (cut1 + cut2) / 2;
    double scaled = 50 + (score - mid) * (BulletLabel.STRONG_FROM - BulletLabel.WEAK_BELOW) / (cut2 - cut1);
    long r = Math.round(scaled);
    return (int) Math.max(0, Math.min(100, r));
  }

  /** The label of a score: the label of its strength, so that the two never disagree. */
  public BulletLabel label(double score) {
    return BulletLabel.of(strength(score));
  }

  /**
   * The messages of the features and words that moved the score most, largest first; each in the
   * direction it moved it. At most {@code max}.
   */
  public List<String> reasons(Input in, int max) {
    // Only what moved the score takes part: a dozen features and a few words at most.
    double[] x = in.x();
    List<Contribution> active = new ArrayList<>();
    for (int i = 0; i < x.length; i++) {
      add(active, FEATURES.get(i), null, weights[i] * x[i]);
    }
    for (String w : in.words()) {
      add(active, "word", w, wordWeights.getOrDefault(w, 0.0));
    }
    add(active, "opens", in.opens(), openWeights.getOrDefault(in.opens(), 0.0));
    // A bullet short of strong is told first what held it back; a strong one what carried it.
    boolean strong = label(score(in)) == BulletLabel.STRONG;
    active.sort(Comparator.comparingInt((Contribution c) -> (c.value() > 0) == strong ? 0 : 1)
        .thenComparingDouble(c -> -Math.abs(c.value())).thenComparing(Contribution::feature)
        .thenComparing(c -> c.word() == null ? "" : c.word()));
    List<String> out = new ArrayList<>();
    for (Contribution c : active) {
      if (out.size() >= max) {
        break;
      }
      // A function word ("the", "to") moves a score as any word does, but naming it tells nothing.
      String[] m = c.word() != null && Lexicon.FUNCTION_WORDS.contains(c.word()) ? null : reasons.get(c.feature());
      String msg = m == null ? null : c.value() > 0 ? m[0] : m[1];
      if (msg != null && c.word() != null) {
        msg = msg.replace("%s", c.word());
      }
      if (msg != null && !msg.isEmpty() && !out.contains(msg)) {
        out.add(msg);
      }
    }
    return out;
  }

  /** What one feature, or one word ({@code feature} "word" or "opens"), added to a score. */
  private record Contribution(String feature, String word, double value) {}

  private static void add(List<Contribution> active, String feature, String word, double value) {
    if (Math.abs(value) >= 0.05) {
      active.add(new Contribution(feature, word, value));
    }
  }

  /** The model as the TSV file it is kept in. */
  public String toTsv(String header) {
    StringBuilder b = new StringBuilder();
    for (String line : header.split("\n")) {
      b.append("# ").append(line).append('\n');
    }
    b.append("cut1\t").append(fmt(cut1)).append('\n');
    b.append("cut2\t").append(fmt(cut2)).append('\n');
    for (int i = 0; i < weights.length; i++) {
      b.append(FEATURES.get(i)).append('\t').append(fmt(weights[i])).append('\n');
    }
    opens.forEach((w, v) -> b.append(OPENS).append(w).append('\t').append(fmt(v)).append('\n'));
    words.forEach((w, v) -> b.append(WORD).append(w).append('\t').append(fmt(v)).append('\n'));
    return b.toString();
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }

  /** Reads a model file; every feature must be there, and nothing else. */
  public static BulletModel parse(String tsv, String source) {
    Map<String, Double> values = new LinkedHashMap<>();
    Map<String, Double> words = new TreeMap<>();
    Map<String, Double> opens = new TreeMap<>();
    int lineNo = 0;
    for (String line : tsv.split("\n")) {
      lineNo++;
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      String[] cols = l.split("\t");
      if (cols.length != 2) {
        throw new IllegalStateException(source + ":" + lineNo + ": expected 'name TAB weight'");
      }
      double v;
      try {
        v = Double.parseDouble(cols[1]);
      } catch (NumberFormatException e) {
        throw new IllegalStateException(source + ":" + lineNo + ": not a number: " + cols[1]);
      }
      if (!Double.isFinite(v)) {
        throw new IllegalStateException(source + ":" + lineNo + ": not a finite number: " + cols[1]);
      }
      if (cols[0].startsWith(WORD) && cols[0].length() > WORD.length()) {
        words.put(cols[0].substring(WORD.length()), v);
      } else if (cols[0].startsWith(OPENS) && cols[0].length() > OPENS.length()) {
        opens.put(cols[0].substring(OPENS.length()), v);
      } else {
        values.put(cols[0], v);
      }
    }
    double[] w = new double[FEATURES.size()];
    for (int i = 0; i < w.length; i++) {
      Double v = values.remove(FEATURES.get(i));
      if (v == null) {
        throw new IllegalStateException(source + ": no weight for feature " + FEATURES.get(i));
      }
      w[i] = v;
    }
    Double c1 = values.remove("cut1");
    Double c2 = values.remove("cut2");
    if (c1 == null || c2 == null) {
      throw new IllegalStateException(source + ": cut1 and cut2 are required");
    }
    if (!values.isEmpty()) {
      throw new IllegalStateException(source + ": unknown features " + values.keySet());
    }
    return new BulletModel(w, c1, c2, words, opens);
  }

  private static BulletModel load() {
    return parse(resource("model.tsv"), "model.tsv");
  }

  private static String resource(String name) {
    try (InputStream in = BulletModel.class.getResourceAsStream(name)) {
      Objects.requireNonNull(in, "missing resource " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** "feature TAB message when it raises the score TAB message when it lowers it". */
  private static Map<String, String[]> readReasons() {
    Map<String, String[]> out = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        Objects.requireNonNull(BulletModel.class.getResourceAsStream("reasons.tsv"), "missing reasons.tsv"), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        if (cols.length != 3 || !FEATURES.contains(cols[0]) && !cols[0].equals("word") && !cols[0].equals("opens")) {
          throw new IllegalStateException("reasons.tsv: bad line: " + line);
        }
        out.put(cols[0], new String[] {cols[1].strip(), cols[2].strip()});
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(out);
  }
}
