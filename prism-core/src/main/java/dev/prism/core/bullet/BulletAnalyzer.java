package dev.prism.core.bullet;

import dev.prism.core.bullet.BulletAnalysis.Features;
import dev.prism.core.bullet.BulletAnalysis.Opener;
import dev.prism.core.model.Span;
import dev.prism.core.role.Dimension;
import dev.prism.core.role.Role;
import dev.prism.core.text.ResourceLists;
import dev.prism.core.vocab.Mention;
import dev.prism.core.vocab.Technologies;
import dev.prism.core.vocab.Term;
import dev.prism.core.vocab.TermMatcher;
import dev.prism.core.vocab.Tokens;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Judges one bullet on contribution, method, scope and outcome, not on digits alone: "Fixed 120
 * bugs" counts activity and stays weak; "Designed the event pipeline that every new service now
 * follows" names an owned design and its reach and reads strong without a number.
 *
 * <p>The strength is a sum of named signals (see {@link #strength}), so that every reason shown to
 * the person is one of the terms of that sum. Word lists live in {@code words.txt} beside this class.
 */
public final class BulletAnalyzer {

  private static final Map<String, List<String>> WORDS = ResourceLists.read(BulletAnalyzer.class, "words.txt");
  private static final Set<String> STRONG_OPENERS = Set.copyOf(WORDS.get("strong-openers"));
  private static final Set<String> WEAK_OPENERS = Set.copyOf(WORDS.get("weak-openers"));
  private static final Set<String> IRREGULAR_PAST = Set.copyOf(WORDS.get("irregular-past"));
  private static final TermMatcher WEAK_PHRASES = matcher("weak-phrases");
  private static final TermMatcher CHANGES = matcher("outcome-changes");
  private static final TermMatcher EFFECTS = matcher("outcome-effects");
  private static final TermMatcher METHODS = matcher("methods");
  private static final TermMatcher SCOPE = matcher("scope");
  private static final TermMatcher LEADERSHIP = matcher("leadership");
  private static final Set<String> ACTIVITY = Set.copyOf(WORDS.get("activity-nouns"));
  private static final Set<String> PRONOUNS = Set.of("i", "we", "my", "our");

  private static final String NUM = "\\d+(?:[.,]\\d+)?";
  /** A number in a unit that measures a result: time, rate, ratio, money, scale. */
  static final Pattern RESULT_NUMBER =
      Pattern.compile(
          "(?i)(?:[$€£]\\s?" + NUM + "\\s?[kmb]?\\b"
              + "|(?<![\\w.])" + NUM + "\\s?(?:%|percent\\b|x\\b|×"
              + "|ms\\b|µs\\b|us\\b|s\\b|sec\\b|secs\\b|seconds\\b|mins?\\b|minutes\\b|hrs?\\b|hours\\b"
              + "|req/s|requests?/s|rps\\b|qps\\b|tps\\b|ops/s"
              + "|[kmb]\\b|[kmb]\\+|k?b/s|[kmgt]b\\b|million\\b|billion\\b|thousand\\b)"
              + "|(?<![\\w.])" + NUM + "[kmb]?\\+?\\s+(?:\\w+\\s+){0,2}(?:per|a|an|each)\\s+(?:second|minute|hour|day|week|month|quarter|year)\\b"
              + "|(?<![\\w.])99(?:\\.9+)%?)");
  static final Pattern BEFORE_AFTER =
      Pattern.compile(
          "(?i)(?:from\\s+[$€£]?" + NUM + "[^\\s]*\\s+(?:\\S+\\s+){0,3}?to\\s+(?:under\\s+|below\\s+|over\\s+)?[$€£]?" + NUM
              + "|" + NUM + "\\S*\\s*(?:→|->|=>|⇒)\\s*" + NUM
              + "|from\\s+(?:seconds|minutes|hours|days|weeks|months)\\s+to\\s+(?:milliseconds|seconds|minutes|hours|days|weeks))");
  static final Pattern ANY_NUMBER = Pattern.compile("(?<![\\w.])(\\d+(?:[.,]\\d+)?)([kmbKMB]?)(\\+?)");
  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");
  private static final Pattern FIRST_PERSON = Pattern.compile("(?:^|\\W)(?:I|me|my|we|our|My|We|Our)(?=\\W|$)");
  private static final Pattern PASSIVE =
      Pattern.compile("(?i)\\b(?:was|were|been|being|is|are|got)\\s+(?:\\w+ly\\s+)?(?:\\w+ed|built|made|done|given|taken|written|run|set|shown|chosen)\\b");
  static final Pattern RESULT_CLAUSE =
      Pattern.compile("(?:,|;|—|–)\\s+(?:and\\s+)?(?:\\w+ing)\\b(?<!during|including|using|working|ensuring)|\\b(?:that|which)\\s+(?:now\\s+)?\\w+(?:s|ed)\\b(?<!was|has|is)");
  static final Pattern BY_GERUND = Pattern.compile("(?i)\\b(?:by|through)\\s+(?:\\w+ing)\\b");
  static final Pattern SCOPE_COUNT =
      Pattern.compile("(?i)(?<![\\w.])\\d+\\+?\\s+(?:\\w+\\s+){0,2}(?:services|microservices|clusters|nodes|regions|teams|engineers|countries|tenants|data ?centers|markets|languages|consumers|partners)\\b");
  static final Pattern TEAM_OF = Pattern.compile(".*\\bteam of \\d+.*");
  static final Pattern LISTED_CONTEXT =
      Pattern.compile("(?i)^(?:knowledge of|familiar(?:ity)? with|exposure to|experience (?:with|in)|used|using|worked with|proficient in|skilled in|understanding of)\\b");

  private BulletAnalyzer() {}

  private static TermMatcher matcher(String list) {
    List<Term> terms = new ArrayList<>();
    for (String w : WORDS.get(list)) {
      terms.add(new Term(w, list, List.of(), false));
    }
    return new TermMatcher(terms);
  }

  public static BulletAnalysis analyze(String text, Role role) {
    String t = text.strip();
    List<String> words = words(t);
    int wordCount = words.size();

    // The opener is the first word once a pronoun is set aside: "I led" opens with "led".
    int first = 0;
    if (!words.isEmpty() && PRONOUNS.contains(words.get(0).toLowerCase(Locale.ROOT))) {
      first = 1;
    }
    String openerWord = first < words.size() ? words.get(first).toLowerCase(Locale.ROOT) : "";
    Opener opener = openerWord.isEmpty() ? Opener.NONE
        : WEAK_OPENERS.contains(openerWord) ? Opener.WEAK
        : STRONG_OPENERS.contains(openerWord) ? Opener.STRONG
        : openerWord.endsWith("ed") || IRREGULAR_PAST.contains(openerWord) ? Opener.NEUTRAL : Opener.NONE;

    Tokens tokens = Tokens.of(t);
    // Each regex below is tried at every place in the bullet. Cheap exact tests skip the ones that
    // cannot match: every number pattern needs a digit, and the case-blind patterns need their
    // words in the lower-cased text.
    boolean digits = hasDigit(t);
    String lower = t.toLowerCase(Locale.ROOT);
    List<Mention> weak = WEAK_PHRASES.find(tokens);
    boolean resultMetric = digits && RESULT_NUMBER.matcher(t).find();
    boolean beforeAfter = (digits || lower.contains("from")) && BEFORE_AFTER.matcher(t).find();
    boolean changeVerb = after(CHANGES.find(tokens), t, 1);
    // Outcome clauses: an effect word ("eliminating", "so that", "now"), "[result] by [method]",
    // a participle after a comma ("…, closing the last plaintext traffic") or a relative clause
    // saying what the thing does for others ("…, which made refunds auditable").
    boolean effect = after(EFFECTS.find(tokens), t, 2)
        || wordCount >= 8 && ((lower.contains("by") || lower.contains("through")) && BY_GERUND.matcher(t).find()
            || mayHoldResultClause(t) && RESULT_CLAUSE.matcher(t).find());
    boolean outcome = effect || changeVerb && (resultMetric || beforeAfter);
    // Anchored at the start: lookingAt finds what find would, without trying every later place.
    boolean listed = LISTED_CONTEXT.matcher(t).lookingAt();
    List<Mention> techMentions = Technologies.matcher().find(tokens);
    Set<String> tech = new LinkedHashSet<>();
    for (Mention m : techMentions) {
      tech.add(m.term().canonical());
    }
    boolean method = wordCount >= 8 && (!METHODS.find(tokens).isEmpty() || !tech.isEmpty() && !listed);
    boolean scope = !SCOPE.find(tokens).isEmpty() || digits && SCOPE_COUNT.matcher(t).find();
    boolean leadership = !LEADERSHIP.find(tokens).isEmpty();
    boolean activity = activityCount(t) && !resultMetric && !beforeAfter;
    boolean firstPerson = FIRST_PERSON.matcher(t).find();
    boolean passive = PASSIVE.matcher(t).find();

    Features f = new Features(opener, wordCount, resultMetric, beforeAfter, outcome, method, scope, leadership,
        activity, firstPerson, passive, weak.size(), listed ? 0 : tech.size());
    List<String> reasons = new ArrayList<>();
    int strength = strength(f, changeVerb, reasons, openerWord);
    BulletLabel label = BulletLabel.of(strength);

    Set<Dimension> dims = EnumSet.noneOf(Dimension.class);
    if (role != null) {
      for (Role.DimensionProfile d : role.dimensions().values()) {
        boolean byTerm = !d.terms().find(tokens).isEmpty();
        boolean byTech = techMentions.stream().anyMatch(m -> d.categories().contains(m.term().category()));
        if (byTerm || byTech) {
          dims.add(d.dimension());
        }
      }
    }
    Span weakSpan = weakLead(t, weak, opener, first);
    String suggestion = label == BulletLabel.STRONG ? null : Rewriter.rewrite(t, f, weakSpan, dims);
    return new BulletAnalysis(t, strength, label, reasons, suggestion, f, weakSpan, dims, List.copyOf(tech));
  }

  /**
   * The sum behind a bullet's strength. Each term that applies adds a reason, so that the person
   * sees why the bullet scored as it did.
   */
  static int strength(Features f, boolean changeVerb, List<String> reasons, String openerWord) {
    int s = 35;
    switch (f.opener()) {
      case STRONG -> s += 15;
      case WEAK -> {
        s -= 15;
        reasons.add("opens with \"" + openerWord + "\", which describes presence or duty, not what you did");
      }
      case NONE -> {
        s -= 5;
        reasons.add("does not open with an action verb");
      }
      case NEUTRAL -> s += 5;
    }
    if (f.weakPhrases() > 0) {
      int extra = f.opener() == Opener.WEAK ? f.weakPhrases() - 1 : f.weakPhrases();
      s -= Math.min(16, 8 * Math.max(0, extra));
      if (extra > 0) {
        reasons.add("vague wording (\"helped\", \"various\", \"some\"...) hides your part and the size of it");
      }
    }
    int outcome = 0;
    if (f.resultMetric()) {
      outcome += 18;
    }
    if (f.beforeAfter()) {
      outcome += 10;
    }
    if (f.outcomeClause()) {
      outcome += 15;
    } else if (changeVerb) {
      outcome += 5;
    }
    s += Math.min(30, outcome);
    if (f.resultMetric() || f.beforeAfter()) {
      reasons.add(f.beforeAfter() ? "shows a measured before and after" : "quantifies the result");
    } else if (f.outcomeClause()) {
      reasons.add("names what changed because of the work");
    } else {
      reasons.add("no result: say what changed, ideally with a number (latency, throughput, cost, errors)");
    }
    if (f.method()) {
      s += 8;
    } else if (f.words() >= 5) {
      reasons.add("does not say how: the technique or technology you used");
    }
    if (f.scope()) {
      s += 7;
      reasons.add("shows the scale or reach of the work");
    }
    if (f.leadership()) {
      s += 7;
      reasons.add("shows ownership or leadership");
    }
    s += Math.min(6, 3 * f.technologies());
    if (f.words() < 5) {
      s -= 20;
      reasons.add("too short to show contribution, method or result");
    } else if (f.words() < 8) {
      s -= 8;
      reasons.add("short: there is room for how and with what result");
    } else if (f.words() <= 40) {
      s += 5;
    } else {
      s -= 10;
      reasons.add("long: over 40 words; split it or cut to the result");
    }
    if (f.activityCount()) {
      s -= 12;
      reasons.add("the number counts activity (tickets, meetings, hours), not a result");
    }
    if (f.firstPerson()) {
      s -= 5;
      reasons.add("uses the first person; resumes drop \"I\" and \"we\"");
    }
    if (f.passive()) {
      s -= 5;
      reasons.add("passive voice hides who did the work");
    }
    // A task with no outcome is at best fair, however well it names its tools: strength is about
    // what changed. Reach plus leadership ("Led four teams across the company") is the exception.
    boolean anyOutcome = f.resultMetric() || f.beforeAfter() || f.outcomeClause();
    if (!anyOutcome && !(f.scope() && f.leadership())) {
      s = Math.min(s, BulletLabel.STRONG_FROM - 5);
    }
    return Math.max(0, Math.min(100, s));
  }

  /** Whether any mention stands at or after word {@code minWord} (not the opener itself). */
  private static boolean after(List<Mention> mentions, String t, int minWord) {
    for (Mention m : mentions) {
      if (wordIndex(t, m.span().offset()) >= minWord) {
        return true;
      }
    }
    return false;
  }

  private static int wordIndex(String t, int offset) {
    Matcher m = WORD.matcher(t);
    int i = 0;
    while (m.find() && m.start() < offset) {
      i++;
    }
    return i;
  }

  /** A number (under a thousand, no K/M) in front of an activity noun: "85 tickets", "team of 8". */
  static boolean activityCount(String t) {
    // Both forms hold a number.
    if (!hasDigit(t)) {
      return false;
    }
    String lower = t.toLowerCase(Locale.ROOT);
    if (lower.contains("team of ") && TEAM_OF.matcher(lower).matches()) {
      return true;
    }
    Matcher m = ANY_NUMBER.matcher(t);
    while (m.find()) {
      if (!m.group(2).isEmpty()) {
        continue;
      }
      double v;
      try {
        v = Double.parseDouble(m.group(1).replace(",", ""));
      } catch (NumberFormatException e) {
        continue;
      }
      if (v >= 1000) {
        continue;
      }
      List<String> next = words(t.substring(m.end()));
      for (int i = 0; i < Math.min(3, next.size()); i++) {
        String w = next.get(i).toLowerCase(Locale.ROOT);
        if (ACTIVITY.contains(w)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether {@code t} holds an ASCII digit, which {@code \d} in every number pattern needs. */
  static boolean hasDigit(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) >= '0' && t.charAt(i) <= '9') {
        return true;
      }
    }
    return false;
  }

  /** {@link #RESULT_CLAUSE} opens with a comma, semicolon or dash, or with "that" or "which". */
  static boolean mayHoldResultClause(String t) {
    return t.indexOf(',') >= 0 || t.indexOf(';') >= 0 || t.indexOf('—') >= 0 || t.indexOf('–') >= 0
        || t.contains("that") || t.contains("which");
  }

  /** The weak lead phrase (or opener) as a span of the bullet text, for findings and rewrites. */
  private static Span weakLead(String t, List<Mention> weak, Opener opener, int firstWord) {
    for (Mention m : weak) {
      if (wordIndex(t, m.span().offset()) <= firstWord) {
        return m.span();
      }
    }
    if (opener == Opener.WEAK) {
      Matcher m = WORD.matcher(t);
      for (int i = 0; m.find(); i++) {
        if (i == firstWord) {
          return Span.between(m.start(), m.end());
        }
      }
    }
    return null;
  }

  /** Words with surrounding punctuation trimmed; "/" separates words. No regex: this runs per bullet. */
  static List<String> words(String t) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = t.length();
    while (i < n) {
      while (i < n && (Character.isWhitespace(t.charAt(i)) || t.charAt(i) == '/')) {
        i++;
      }
      int start = i;
      while (i < n && !Character.isWhitespace(t.charAt(i)) && t.charAt(i) != '/') {
        i++;
      }
      int a = start;
      int b = i;
      while (a < b && !keepsFront(t.charAt(a))) {
        a++;
      }
      while (b > a && !keepsBack(t.charAt(b - 1))) {
        b--;
      }
      if (b > a) {
        out.add(t.substring(a, b));
      }
    }
    return out;
  }

  private static boolean keepsFront(char c) {
    return Character.isLetterOrDigit(c) || c == '$' || c == '€' || c == '£';
  }

  private static boolean keepsBack(char c) {
    return Character.isLetterOrDigit(c) || c == '%' || c == '+';
  }
}
