package dev.prism.core.bullet;

import dev.prism.core.bullet.BulletAnalysis.Kind;
import dev.prism.core.bullet.BulletAnalysis.Lead;
import dev.prism.core.text.Literals;
import dev.prism.core.text.Statements;
import dev.prism.core.vocab.Mention;
import dev.prism.core.vocab.Technologies;
import dev.prism.core.vocab.Tokens;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One bullet read the way a hiring manager reads it: whose action it is and how it opens, how the
 * work was done (method, technology), what it touched (object, scope), and what came of it (the
 * outcome, its kind, and whether it is credited to the action). Also tells lines that are not
 * bullets at all: a list of technologies, a heading, text run together.
 *
 * <p>This is structure, not a score: {@link BulletModel} weighs these facts with learned weights.
 */
final class BulletReading {

  private static final Set<String> PRONOUNS = Set.copyOf(words("pronoun-openers"));
  private static final Set<String> FIRST_PERSON = Set.copyOf(words("first-person"));
  private static final Set<String> DETERMINERS = Set.copyOf(words("determiners"));
  private static final Set<String> BASE_VERBS = baseVerbs();
  private static final Set<String> ADOPTION = Set.copyOf(words("adoption-nouns"));
  private static final Set<String> PEOPLE = Set.copyOf(words("people-nouns"));
  private static final Set<String> TIME_UNITS = Set.copyOf(words("time-units"));
  private static final Set<String> RATE_UNITS = Set.copyOf(words("rate-units"));
  private static final Set<String> SCALE_WORDS = Set.copyOf(words("scale-words"));
  private static final Set<String> DURATION_LEADS = Set.copyOf(words("duration-leads"));
  private static final Set<String> LINKS = Set.copyOf(words("list-links"));

  // Each pattern below opens with a look-ahead at the characters a match can start with: find() then
  // passes over most positions of a bullet with one test instead of trying every alternative.

  /** A number as written, with its unit or scale right after it. */
  private static final Pattern NUMBER =
      Pattern.compile("(?=[$€£\\d])(?<![\\w.])([$€£]\\s?)?(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(\\s?(?:k|m|b|bn|mm)\\b)?(\\+)?\\s?(%|x\\b|×)?",
          Pattern.CASE_INSENSITIVE);
  static final Pattern BEFORE_AFTER =
      Pattern.compile(
          "(?i)(?=[fsmhdw\\d])(?:from\\s+(?:~|about\\s+|over\\s+|under\\s+)?[$€£]?\\d+(?:[.,]\\d+)?\\S*\\s+(?:\\S+\\s+){0,3}?to\\s+(?:~|under\\s+|below\\s+|over\\s+|less\\s+than\\s+|<\\s?|>\\s?)?[$€£]?\\d+"
              + "|\\d+(?:[.,]\\d+)?\\S*\\s*(?:→|->|=>|⇒)\\s*[$€£]?\\d+"
              + "|\\b(?:seconds|minutes|hours|days|weeks|months|milliseconds)\\s+instead\\s+of\\s+(?:seconds|minutes|hours|days|weeks|months)\\b"
              + "|from\\s+(?:seconds|minutes|hours|days|weeks|months)\\s+to\\s+(?:milliseconds|seconds|minutes|hours|days|weeks))");
  // What BEFORE_AFTER cannot match without: its "from", "instead" or arrow (BeforeAfterScreenTest).
  static final Literals BEFORE_AFTER_WORDS = Literals.of("from", "instead", "→", "->", "=>", "⇒");
  private static final Pattern PASSIVE =
      Pattern.compile("(?i)(?=[wbiag])\\b(?:was|were|been|being|is|are|got)\\s+(?:\\w+ly\\s+)?(?:\\w+ed|built|made|done|given|taken|written|run|set|shown|chosen)\\b");
  static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?;]\\s+(?=[A-Z])");
  private static final Pattern SEPARATOR = Pattern.compile("[,/&+|]\\s*(?:and\\s+|or\\s+)?|and|or|,?\\s*and|,?\\s*or");
  static final Pattern GLUE = Pattern.compile("\\p{Ll}{3,}\\p{Lu}\\p{Ll}{3,}");
  private static final Pattern TAIL_MARKS = Pattern.compile("[\\s.,;)!]");

  final String text;
  final Tokens tokens;
  final String[] lower;
  final int n;
  Kind kind = Kind.BULLET;
  Lead lead = Lead.OTHER;
  String leadWord = "";
  /** Word index where the lead phrase starts and where the content after it starts. */
  int leadStart;
  int bodyStart;
  boolean topic;
  /** The lead a model weighs: the lead, or for "Used Java to create X" the class of "create". */
  Lead act = Lead.OTHER;
  /** The word after a setting clause before the person ("As an engineer on X, I built"), or 0. */
  int settingEnd;
  /** An ongoing or present-tense opening ("Building ...", "Design ...") of a verb that claims the work. */
  boolean ongoingStrong;
  boolean filler;
  int actionVerbs;
  final List<Mention> tech;
  int instrumentTech;
  int techRun;
  boolean techTail;
  double techShare;
  int techniques;
  boolean methodClause;
  /** "using nested queries", "via a leader-elected clock": a means named in words, not as a known technology. */
  boolean namedMeans;
  boolean purpose;
  // Outcome.
  int metricBackend;
  int metricVanity;
  int metricUnclear;
  boolean beforeAfter;
  boolean effect;
  boolean vagueOutcome;
  boolean adoption;
  boolean hedged;
  boolean helpedOutcome;
  // Counts that are not outcomes.
  int activityCounts;
  int sizeCounts;
  int vanityCounts;
  int peopleLed;
  // Reach and manner.
  int scope;
  boolean leadership;
  int buzzwords;
  int vague;
  boolean firstPerson;
  boolean passive;
  int sentences;
  /** The object of the opening verb is a general word ("applications", "features", "bugs"). */
  boolean genericObject;
  /** Names of things (capitalised words inside the bullet that are no technology): a specific object. */
  int names;
  final Set<String> technologies = new LinkedHashSet<>();

  /** Each word class's mentions as word ranges, found once per bullet and read by every feature. */
  private final java.util.IdentityHashMap<dev.prism.core.vocab.TermMatcher, List<int[]>> found = new java.util.IdentityHashMap<>();
  /** Word starts, for mapping offsets to words by binary search. */
  private final int[] starts;
  /**
   * Whether each word is part of a technology's name: worked out once here and read by every
   * feature (the method and manner readings each built the same set of boxed word numbers).
   */
  private final boolean[] techWord;

  private BulletReading(String text) {
    this.text = text;
    this.tokens = Tokens.of(text);
    this.lower = tokens.lower();
    this.n = lower.length;
    this.starts = new int[n];
    for (int i = 0; i < n; i++) {
      starts[i] = tokens.words().get(i)[0];
    }
    this.tech = Technologies.matcher().find(tokens);
    this.techWord = new boolean[n];
    for (Mention m : tech) {
      technologies.add(m.term().canonical());
      int[] r = range(m.span().offset(), m.span().end());
      for (int k = r[0]; k < r[1]; k++) {
        techWord[k] = true;
      }
    }
  }

  /** The mentions of a word class, as word ranges; found once. */
  private List<int[]> at(dev.prism.core.vocab.TermMatcher m) {
    return found.computeIfAbsent(m, x -> {
      List<int[]> out = new ArrayList<>();
      for (Mention mention : x.find(tokens)) {
        out.add(range(mention.span().offset(), mention.span().end()));
      }
      return out;
    });
  }

  /** Whether word {@code k} is part of a mention of the word class. */
  private boolean is(dev.prism.core.vocab.TermMatcher m, int k) {
    for (int[] r : at(m)) {
      if (r[0] <= k && k < r[1]) {
        return true;
      }
    }
    return false;
  }

  /** The first and one-past-last word covering offsets {@code [from, to)}. */
  private int[] range(int from, int to) {
    int lo = 0;
    int hi = n - 1;
    int first = n;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.words().get(mid)[1] > from) {
        first = mid;
        hi = mid - 1;
      } else {
        lo = mid + 1;
      }
    }
    int last = first;
    while (last < n && starts[last] < to) {
      last++;
    }
    return new int[] {Math.min(first, n), Math.max(last, Math.min(first, n))};
  }

  static BulletReading of(String raw) {
    BulletReading r = new BulletReading(raw.strip());
    r.read();
    return r;
  }

  int words() {
    return n;
  }

  boolean ownAction() {
    return switch (lead) {
      case STRONG, ACTION, MINOR, ROUTINE, ROLE -> true;
      case PRESENT, GERUND, NOUN, PRESENCE, DUTY, SELF, OTHER -> false;
    };
  }

  boolean hasMethod() {
    return instrumentTech > 0 || techniques > 0 || methodClause || namedMeans || !tech.isEmpty() && ownAction();
  }

  boolean resultMetric() {
    return metricBackend > 0 || metricVanity > 0 || metricUnclear > 0;
  }

  /** A concrete outcome: a measured figure, a before and after, an effect or adoption. */
  boolean concreteOutcome() {
    return metricBackend > 0 || metricUnclear > 0 || beforeAfter || effect || adoption;
  }

  private void read() {
    if (n == 0) {
      kind = Kind.HEADING;
      return;
    }
    readLead();
    readKind();
    readMethod();
    readNumbers();
    readOutcome();
    readManner();
  }

  // ---------------------------------------------------------------- lead

  private void readLead() {
    int p = 0;
    // "Topic: Designed ..." or "Topic – Designed ...": a short label, then the bullet proper.
    int colon = labelEnd();
    if (colon > 0) {
      int after = skipOpeners(colon);
      if (after < n && (isPastVerb(lower[after]) || BASE_VERBS.contains(lower[after]) || isGerund(lower[after]))) {
        topic = true;
        p = colon;
      }
    }
    if (!topic) {
      settingEnd = clauseBeforeSubject();
      p = Math.max(p, settingEnd);
    }
    p = skipOpeners(p);
    leadStart = p;
    if (p >= n) {
      lead = Lead.OTHER;
      act = lead;
      bodyStart = n;
      return;
    }
    String w = lower[p];
    leadWord = tokens.exact()[p];
    // A verb written with a hyphen ("Load-tested", "Re-architected") is one act, even where the
    // vocabulary also names a practice by it (load testing): the person did it, no tool opens the line.
    if (p + 1 < n && joined(p)) {
      String verb = w + "-" + lower[p + 1];
      Lead hyphened = Lexicon.STRONG_VERBS.contains(verb) ? Lead.STRONG : Lexicon.MINOR_VERBS.contains(verb) ? Lead.MINOR
          : Lexicon.ROUTINE_VERBS.contains(verb) ? Lead.ROUTINE : null;
      if (hyphened != null) {
        lead = hyphened;
        act = lead;
        leadWord = text.substring(tokens.words().get(p)[0], tokens.words().get(p + 1)[1]);
        bodyStart = p + 2;
        return;
      }
    }
    for (Mention m : tech) {
      if (m.span().offset() <= tokens.words().get(p)[0] && m.span().end() > tokens.words().get(p)[0]) {
        // "Spring Boot ...", "Kafka consumers ...": a technology, not a verb, opens the line.
        lead = Lead.OTHER;
        act = lead;
        bodyStart = p;
        return;
      }
    }
    int[] duty = phraseAt(Lexicon.DUTY_LEADS, p);
    int[] presence = phraseAt(Lexicon.PRESENCE_LEADS, p);
    int[] self = phraseAt(Lexicon.SELF_LEADS, p);
    if (duty != null) {
      lead = Lead.DUTY;
      bodyStart = duty[1];
    } else if (presence != null) {
      lead = Lead.PRESENCE;
      bodyStart = presence[1];
    } else if (self != null && !Lexicon.STRONG_VERBS.contains(w)) {
      lead = Lead.SELF;
      bodyStart = self[1];
    } else if (roleAt(p) > 0) {
      lead = Lead.ROLE;
      bodyStart = roleAt(p);
    } else if (Lexicon.STRONG_VERBS.contains(w)) {
      lead = Lead.STRONG;
      bodyStart = p + 1;
    } else if (Lexicon.MINOR_VERBS.contains(w)) {
      lead = Lead.MINOR;
      bodyStart = p + 1;
    } else if (Lexicon.ROUTINE_VERBS.contains(w)) {
      lead = Lead.ROUTINE;
      bodyStart = p + 1;
    } else if (isPastVerb(w)) {
      lead = Lead.ACTION;
      bodyStart = p + 1;
    } else if (BASE_VERBS.contains(w) || w.endsWith("s") && BASE_VERBS.contains(w.substring(0, w.length() - 1))
        || w.endsWith("es") && BASE_VERBS.contains(w.substring(0, w.length() - 2))) {
      lead = Lead.PRESENT;
      bodyStart = p + 1;
    } else if (isGerund(w)) {
      lead = Lead.GERUND;
      bodyStart = p + 1;
    } else if (Lexicon.DUTY_NOUNS.contains(w) || w.endsWith("tion") || w.endsWith("ment") || w.endsWith("ance")) {
      lead = Lead.NOUN;
      bodyStart = p + 1;
    } else {
      lead = Lead.OTHER;
      bodyStart = p;
    }
    act = lead;
    if (lead == Lead.ROUTINE && Lexicon.USE_VERBS.contains(w)) {
      readUse(p);
    }
    if (lead == Lead.GERUND || lead == Lead.PRESENT) {
      ongoingStrong = Lexicon.STRONG_VERBS.contains(Rewriter.past(w).toLowerCase(Locale.ROOT));
    }
  }

  /**
   * "Used Java to create a simulator": the act is the verb after "to", the used technology its
   * means; {@link #act} becomes that verb's class. The lead stays "Used", which the rewrite turns
   * round ("Created a simulator with Java").
   */
  private void readUse(int p) {
    for (int k = p + 1; k + 1 < n && k <= p + 8; k++) {
      if (lower[k].equals("to") && BASE_VERBS.contains(lower[k + 1])) {
        String past = Rewriter.past(lower[k + 1]).toLowerCase(Locale.ROOT);
        act = Lexicon.STRONG_VERBS.contains(past) ? Lead.STRONG : Lexicon.MINOR_VERBS.contains(past) ? Lead.MINOR
            : Lexicon.ROUTINE_VERBS.contains(past) ? Lead.ROUTINE : Lead.ACTION;
        return;
      }
      String between = text.substring(tokens.words().get(k - 1)[1], tokens.words().get(k)[0]);
      if (between.contains(".") || between.contains(";") || between.contains(":")) {
        return; // the sentence ended with no "to" act: the use itself is the act
      }
    }
  }

  /** The word after a short "Topic:" label at the start, or -1. */
  private int labelEnd() {
    int limit = Math.min(n, 7);
    for (int i = 0; i < limit; i++) {
      int end = tokens.words().get(i)[1];
      int next = i + 1 < n ? tokens.words().get(i + 1)[0] : text.length();
      String between = text.substring(end, next);
      if (between.contains(":") || i > 0 && (between.contains(" – ") || between.contains(" — ") || between.contains(" - "))) {
        return i + 1 < n ? i + 1 : -1;
      }
      if (between.contains(",") || between.contains(".")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * "As a developer on the payments team, I built ...", "To stop licence keys being shared, we
   * wrote ...": a setting before the comma, then the person and the act. The word after the comma,
   * or 0 when the bullet opens with its act.
   */
  private int clauseBeforeSubject() {
    for (int k = 1; k + 1 < Math.min(n, 16); k++) {
      String between = text.substring(tokens.words().get(k - 1)[1], tokens.words().get(k)[0]);
      if (between.contains(",") && PRONOUNS.contains(lower[k]) && isPastVerb(lower[k + 1])) {
        return k;
      }
      // "Leading a team of four, rearchitected the payroll store": a participle clause, then the act.
      if (between.contains(",") && isGerund(lower[0]) && (Lexicon.STRONG_VERBS.contains(lower[k]) || Lexicon.MINOR_VERBS.contains(lower[k]))) {
        return k;
      }
      if (between.contains(".") || between.contains(";") || between.contains(":")) {
        return 0;
      }
    }
    return 0;
  }

  /** Past a pronoun ("I", "We") and opening adverbs ("Successfully"). */
  private int skipOpeners(int p) {
    while (p < n) {
      String w = lower[p];
      if (PRONOUNS.contains(w) && p + 1 < n) {
        p++;
      } else if (p + 3 < n && w.endsWith("ly") && lower[p + 1].equals("and") && lower[p + 2].endsWith("ly") && isPastVerb(lower[p + 3])) {
        // "Quickly and reliably shipped": two adverbs before the verb.
        filler = true;
        p += 3;
      } else if (Lexicon.FILLER_ADVERBS.contains(w) || w.endsWith("ly") && w.length() > 4 && p + 1 < n && isPastVerb(lower[p + 1])) {
        filler = true;
        p++;
      } else if (p + 2 < n && joined(p) && lower[p + 1].endsWith("ly") && isPastVerb(lower[p + 2])) {
        // "Single-handedly built": an adverb written with a hyphen.
        filler = true;
        p += 2;
      } else if ((w.equals("also") || w.equals("have") || w.equals("has") || w.equals("had")) && p + 1 < n) {
        p++;
      } else {
        break;
      }
    }
    return p;
  }

  /** Whether word {@code p} and the next are written as one with a hyphen ("single-handedly"). */
  private boolean joined(int p) {
    return text.substring(tokens.words().get(p)[1], tokens.words().get(p + 1)[0]).equals("-");
  }

  /** "[Sole|Lead|Core] developer of", "Architect of", "Technical lead for": the word after, or -1. */
  private int roleAt(int p) {
    int i = p;
    if (lower[i].equals("one") && i + 2 < n && lower[i + 1].equals("of")) {
      i += 2;
      while (i < n && !Lexicon.ROLE_NOUNS.contains(lower[i]) && i < p + 5) {
        i++;
      }
      return i < n && Lexicon.ROLE_NOUNS.contains(lower[i]) ? i + 1 : -1;
    }
    while (i < n && i < p + 3 && (Lexicon.ROLE_CLAIMS.contains(lower[i]) || Lexicon.DUTY_NOUNS.contains(lower[i])
        || techWord[i])) {
      i++;
    }
    if (i < n && Lexicon.ROLE_NOUNS.contains(lower[i]) && !(i == p && lower[i].equals("lead") && i + 1 < n && !isPreposition(lower[i + 1]))) {
      int after = i + 1;
      if (after >= n || isPreposition(lower[after]) || lower[after].equals("and")) {
        return after;
      }
    }
    return -1;
  }

  private static boolean isPreposition(String w) {
    return w.equals("of") || w.equals("for") || w.equals("in") || w.equals("on") || w.equals("at") || w.equals("to");
  }

  private int[] phraseAt(dev.prism.core.vocab.TermMatcher m, int p) {
    for (int[] r : at(m)) {
      if (r[0] == p) {
        return r;
      }
    }
    return null;
  }

  static boolean isPastVerb(String w) {
    return Lexicon.STRONG_VERBS.contains(w) || Lexicon.MINOR_VERBS.contains(w) || Lexicon.ROUTINE_VERBS.contains(w)
        || Lexicon.IRREGULAR_PAST.contains(w) || w.length() > 4 && w.endsWith("ed") && !w.endsWith("eed");
  }

  private static boolean isGerund(String w) {
    return w.length() > 5 && w.endsWith("ing") && !w.equals("during") && !w.equals("including");
  }

  // ---------------------------------------------------------------- kind

  private void readKind() {
    int[] label = phraseAt(Lexicon.LIST_LABELS, 0);
    boolean labelled = label != null && label[1] < n && text.substring(tokens.words().get(label[1] - 1)[1], tokens.words().get(label[1])[0]).contains(":");
    int techWords = 0;
    for (Mention m : tech) {
      int[] r = range(m.span().offset(), m.span().end());
      techWords += r[1] - r[0];
    }
    techShare = (double) techWords / n;
    if (labelled && !topic) {
      kind = Kind.TECH_LIST;
    } else if (techShare >= 0.6 && tech.size() >= 3 && !ownAction()) {
      kind = Kind.TECH_LIST;
    } else if (n <= 3 && !ownAction() && lead != Lead.PRESENT && lead != Lead.GERUND && !text.endsWith(".")) {
      kind = Kind.HEADING;
    } else {
      int glued = 0;
      // Only two glued pairs count, and each holds a lower-case letter right before a capital: with
      // fewer such places (most bullets), the pattern need not run over the text.
      if (lowerBeforeCapital(text, 2)) {
        Matcher g = GLUE.matcher(text);
        while (g.find()) {
          if (Technologies.matcher().find(g.group()).isEmpty()) {
            glued++;
          }
        }
      }
      if (glued >= 2 || n > Statements.GLUED_WORDS) {
        kind = Kind.GLUED;
      }
    }
  }

  /**
   * Whether {@code text} holds at least {@code times} places where a lower-case letter ({@code
   * \p{Ll}}) comes right before a capital ({@code \p{Lu}}), as {@link #GLUE} reads code points.
   */
  static boolean lowerBeforeCapital(String text, int times) {
    int found = 0;
    int prev = -1;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (prev >= 0 && Character.getType(prev) == Character.LOWERCASE_LETTER
          && Character.getType(cp) == Character.UPPERCASE_LETTER && ++found >= times) {
        return true;
      }
      prev = cp;
      i += Character.charCount(cp);
    }
    return false;
  }

  // ---------------------------------------------------------------- method

  private void readMethod() {
    int prevEnd = -1;
    int run = 0;
    int lastTechWord = -1;
    for (Mention m : tech) {
      int[] r = range(m.span().offset(), m.span().end());
      if (instrumentBefore(r[0]) || inParentheses(m.span().offset())) {
        instrumentTech++;
      }
      // A run of technologies with only separators between them: "Go, Redis, MySQL and Kafka".
      if (prevEnd >= 0 && separatorsOnly(prevEnd, m.span().offset())) {
        run++;
      } else {
        run = 1;
      }
      techRun = Math.max(techRun, run);
      prevEnd = m.span().end();
      lastTechWord = r[1];
    }
    if (techRun >= 3 && lastTechWord >= 0) {
      String rest = text.substring(tokens.words().get(lastTechWord - 1)[1]);
      techTail = TAIL_MARKS.matcher(rest).replaceAll("").isEmpty();
    }
    for (int[] r : at(Lexicon.METHODS)) {
      if (!techWord[r[0]] && r[0] >= bodyStart) {
        techniques++;
      }
    }
    // "Batched writes", "Sharded the table": the verb names the technique.
    if (leadStart < n && Lexicon.TECHNIQUE_VERBS.contains(lower[leadStart]) && lead != Lead.PRESENCE && lead != Lead.DUTY) {
      techniques++;
    }
    if (text.contains(", so ") || text.contains("; so ")) {
      effect = true;
    }
    for (int[] m : at(Lexicon.MEANS)) {
      namedMeans |= m[0] >= bodyStart && specificAfter(m[1]);
    }
    for (int i = Math.max(1, bodyStart); i + 1 < n; i++) {
      String w = lower[i];
      if ((w.equals("by") || w.equals("through") || w.equals("via")) && isGerund(lower[i + 1])) {
        methodClause = true;
      }
      if (w.equals("to") && BASE_VERBS.contains(lower[i + 1]) || (w.equals("that") || w.equals("which")) && lower[i + 1].endsWith("s")
          && !lower[i + 1].equals("is") && !lower[i + 1].equals("was")) {
        purpose = true;
      }
    }
  }

  /**
   * Whether a specific thing is named in words within three words from {@code from}: past
   * determiners and technologies (those count as the instrument), a word that is neither general
   * ("solutions", "tools") nor vague nor a buzzword.
   */
  private boolean specificAfter(int from) {
    for (int k = from; k < Math.min(n, from + 3); k++) {
      if (DETERMINERS.contains(lower[k]) || techWord[k]) {
        continue;
      }
      if (!is(Lexicon.GENERIC_OBJECTS, k) && !is(Lexicon.VAGUE, k) && !is(Lexicon.BUZZWORDS, k) && lower[k].length() > 2
          && !hasDigit(lower[k])) {
        return true;
      }
    }
    return false;
  }

  private boolean instrumentBefore(int word) {
    for (int k = word - 1; k >= Math.max(0, word - 3); k--) {
      if (Lexicon.INSTRUMENT.contains(lower[k])) {
        return true;
      }
      if (k < word - 1 && !LINKS.contains(lower[k]) && !techWord[k]) {
        break;
      }
    }
    return false;
  }

  private boolean inParentheses(int offset) {
    int open = text.lastIndexOf('(', offset);
    return open >= 0 && text.indexOf(')', open) > offset - 1 && text.lastIndexOf(')', offset) < open;
  }

  private boolean separatorsOnly(int from, int to) {
    String between = text.substring(from, to).toLowerCase(Locale.ROOT).strip();
    return between.isEmpty() || SEPARATOR.matcher(between).matches();
  }

  // ---------------------------------------------------------------- numbers

  private void readNumbers() {
    if (!hasDigit(text)) {
      return;
    }
    beforeAfter = BEFORE_AFTER_WORDS.foundIn(text) && BEFORE_AFTER.matcher(text).find();
    Set<String> techNames = new HashSet<>();
    for (Mention m : tech) {
      techNames.add(m.span().of(text).toLowerCase(Locale.ROOT));
    }
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      String digits = m.group(2);
      boolean money = m.group(1) != null;
      boolean scale = m.group(3) != null;
      boolean unit = m.group(5) != null;
      int[] at = range(m.start(2), m.end(2));
      int wi = at[0];
      double value = value(digits);
      String before = wi > 0 && wi - 1 < n ? lower[wi - 1] : "";
      if (!money && !unit && !scale && digits.length() == 4 && value >= 1950 && value <= 2035) {
        continue; // a year
      }
      if (!money && !unit && wi > 0 && (techNames.contains(before) || before.equals("v") || before.equals("version"))) {
        continue; // a version: "Java 8", "WCAG 2.1"
      }
      // What follows the number: a unit, a scale word, or the noun it counts.
      int next = nextWordAfter(m.end());
      String w1 = next < n ? lower[next] : "";
      String w2 = next + 1 < n ? lower[next + 1] : "";
      if (money || unit || RATE_UNITS.contains(w1) || w1.equals("percent") || w1.equals("fold")) {
        metric(wi);
      } else if (TIME_UNITS.contains(w1)) {
        boolean perPeriod = w2.equals("per") || w2.equals("a") || w2.equals("each") || w2.equals("every");
        boolean duration = DURATION_LEADS.contains(before) || before.equals("of") || before.equals("~");
        if (perPeriod || !duration) {
          metric(wi);
        }
      } else {
        if (SCALE_WORDS.contains(w1)) {
          next++;
          w1 = w2;
          w2 = next + 1 < n ? lower[next + 1] : "";
        }
        int nounAt = countedNoun(next);
        if (nounAt < 0) {
          continue;
        }
        String noun = lower[nounAt];
        if (perPeriod(nounAt + 1)) {
          metric(wi); // "5,000 rows per second", "100 hours a month"
          continue;
        }
        if (scale && !SCALE_WORDS.contains(noun) && (!is(Lexicon.ACTIVITY_NOUNS, nounAt) || value >= 1000)) {
          sizeCounts++;
          if (ADOPTION.contains(noun)) {
            adoption = true;
          }
        } else if (PEOPLE.contains(noun) && leadsPeople(wi)) {
          peopleLed++;
        } else if (is(Lexicon.VANITY_MEASURES, nounAt)) {
          vanityCounts++;
        } else if (ADOPTION.contains(noun) && !PEOPLE.contains(noun)) {
          sizeCounts++;
          adoption |= servedBy(wi);
        } else if (is(Lexicon.ACTIVITY_NOUNS, nounAt)) {
          activityCounts++;
        } else if (is(Lexicon.SIZE_NOUNS, nounAt)) {
          sizeCounts++;
        }
      }
    }
  }

  private static double value(String digits) {
    try {
      return Double.parseDouble(digits.replace(",", ""));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private int nextWordAfter(int offset) {
    for (int i = 0; i < n; i++) {
      if (tokens.words().get(i)[0] >= offset) {
        return i;
      }
    }
    return n;
  }

  /** The noun a count stands before, allowing two adjectives: "12 new microservices". */
  private int countedNoun(int from) {
    for (int k = from; k < Math.min(n, from + 3); k++) {
      String w = lower[k];
      if (is(Lexicon.SIZE_NOUNS, k) || is(Lexicon.ACTIVITY_NOUNS, k) || is(Lexicon.VANITY_MEASURES, k)
          || ADOPTION.contains(w) || PEOPLE.contains(w)) {
        return k;
      }
      if (w.equals("of") || w.equals("and") || hasDigit(w)) {
        return -1;
      }
    }
    return -1;
  }

  /** "per second", "a month" within three words after {@code from}. */
  private boolean perPeriod(int from) {
    for (int k = from; k < Math.min(n - 1, from + 3); k++) {
      if ((lower[k].equals("per") || lower[k].equals("a") || lower[k].equals("each") || lower[k].equals("every"))
          && TIME_UNITS.contains(lower[k + 1]) || lower[k].equals("daily") || lower[k].equals("monthly") || lower[k].equals("weekly")) {
        return true;
      }
    }
    return false;
  }

  /** "led a team of 6 engineers", "managing 4 developers", "mentored 3 engineers". */
  private boolean leadsPeople(int numberWord) {
    for (int k = Math.max(0, numberWord - 5); k < numberWord; k++) {
      if (is(Lexicon.LEADERSHIP, k) || lower[k].startsWith("manag") || lower[k].startsWith("mentor")
          || lower[k].equals("team") || lower[k].startsWith("hir") || lower[k].startsWith("train") || lower[k].startsWith("coach")) {
        return true;
      }
    }
    return false;
  }

  /** "serving 2M users", "used by 1,000 members", "live with 750+ users". */
  private boolean servedBy(int numberWord) {
    for (int k = Math.max(0, numberWord - 4); k < numberWord; k++) {
      String w = lower[k];
      if (w.startsWith("serv") || w.equals("by") || w.equals("with") || w.startsWith("reach") || w.startsWith("support")
          || w.equals("for") || w.startsWith("onboard") || w.startsWith("grew") || w.startsWith("scal")) {
        return true;
      }
    }
    return false;
  }

  /** A figure that measures a result; its kind comes from the measure words around it. */
  private void metric(int word) {
    int from = clauseStart(word);
    int to = clauseEnd(word);
    boolean vanity = false;
    boolean backend = false;
    for (int[] r : at(Lexicon.VANITY_MEASURES)) {
      if (r[0] >= from && r[0] < to) {
        vanity = true;
      }
    }
    for (int[] r : at(Lexicon.BACKEND_MEASURES)) {
      if (r[0] >= from && r[0] < to) {
        backend = true;
      }
    }
    if (vanity && !backend) {
      metricVanity++;
    } else if (backend) {
      metricBackend++;
    } else {
      metricUnclear++;
    }
  }

  private int clauseStart(int word) {
    for (int k = word; k > 0; k--) {
      String between = text.substring(tokens.words().get(k - 1)[1], tokens.words().get(k)[0]);
      if (between.contains(";") || between.contains(". ") || word - k >= 8) {
        return k;
      }
    }
    return 0;
  }

  private int clauseEnd(int word) {
    for (int k = word; k + 1 < n; k++) {
      String between = text.substring(tokens.words().get(k)[1], tokens.words().get(k + 1)[0]);
      if (between.contains(";") || between.contains(",") || between.contains(". ") || k - word >= 6) {
        return k + 1;
      }
    }
    return n;
  }

  // ---------------------------------------------------------------- outcome

  private void readOutcome() {
    int after = Math.max(bodyStart, leadStart + 1);
    List<int[]> vagueTargets = at(Lexicon.VAGUE_OUTCOMES);
    List<int[]> measures = at(Lexicon.BACKEND_MEASURES);
    for (int[] r : at(Lexicon.EFFECT)) {
      if (r[0] < after) {
        continue;
      }
      if (near(vagueTargets, r[1], 4) && !near(measures, r[1], 4)) {
        vagueOutcome = true;
      } else {
        effect = true;
      }
    }
    for (int[] r : at(Lexicon.CHANGE)) {
      boolean opener = r[0] == leadStart;
      if (!resultMetric() && !beforeAfter && near(vagueTargets, r[1], 4)) {
        vagueOutcome = true;
      }
      if (!opener && r[0] > 0 && (lower[r[0] - 1].equals("helped") || lower[r[0] - 1].equals("help") || lower[r[0] - 1].equals("to")
          && r[0] > 1 && lower[r[0] - 2].startsWith("help"))) {
        helpedOutcome = true;
      }
    }
    if ((lead == Lead.PRESENCE && leadWord.toLowerCase(Locale.ROOT).startsWith("help")) && (resultMetric() || beforeAfter)) {
      helpedOutcome = true;
    }
    for (int[] r : at(Lexicon.HEDGES)) {
      if (resultMetric()) {
        hedged = true;
      }
    }
    if (!at(Lexicon.ADOPTION_PHRASES).isEmpty()) {
      adoption = true;
    }
  }

  private static boolean near(List<int[]> ranges, int from, int within) {
    for (int[] r : ranges) {
      if (r[0] >= from && r[0] < from + within) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- manner

  private void readManner() {
    for (int i = 0; i < n; i++) {
      String w = lower[i];
      if (Lexicon.STRONG_VERBS.contains(w) || Lexicon.MINOR_VERBS.contains(w)) {
        actionVerbs++;
      }
      if (FIRST_PERSON.contains(w) && !tokens.exact()[i].equals("US")) {
        firstPerson = true;
      }
    }
    // The object: the first noun-like word after the lead, past determiners and adjectives.
    int object = objectStart();
    for (int[] g : at(Lexicon.GENERIC_OBJECTS)) {
      if (g[0] >= object && g[0] <= object + 3 && g[1] < n + 1) {
        boolean onlyModifiers = true;
        for (int k = object; k < g[0]; k++) {
          if (techWord[k] || Character.isUpperCase(tokens.exact()[k].charAt(0))) {
            onlyModifiers = false;
          }
        }
        genericObject |= onlyModifiers;
      }
    }
    for (int i = leadStart + 1; i < n; i++) {
      String w = tokens.exact()[i];
      if (!techWord[i] && Character.isUpperCase(w.charAt(0)) && !sentenceStart(i)) {
        names++;
      }
    }
    scope = at(Lexicon.SCOPE).size();
    leadership = !at(Lexicon.LEADERSHIP).isEmpty() || peopleLed > 0;
    buzzwords = at(Lexicon.BUZZWORDS).size();
    vague = at(Lexicon.VAGUE).size();
    passive = PASSIVE.matcher(text).find();
    sentences = 1 + sentenceBreaks(text);
  }

  /**
   * How many times {@link #SENTENCE_BREAK} is found in {@code text}, by a walk: a stop, then white
   * space, then a capital. Every bullet is counted so, and the pattern was tried at every one of its
   * characters (SentenceBreaksTest holds the walk to the pattern).
   */
  static int sentenceBreaks(String text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == ';') {
        int k = i + 1;
        while (k < text.length() && dev.prism.core.text.Whitespace.isRegexSpace(text.charAt(k))) {
          k++;
        }
        if (k > i + 1 && k < text.length() && text.charAt(k) >= 'A' && text.charAt(k) <= 'Z') {
          count++;
          // The next search starts at the capital, as the pattern's does.
          i = k - 1;
        }
      }
    }
    return count;
  }

  /**
   * Where the object of the opening verb starts: past the other verbs joined to it ("Designed and
   * implemented end-to-end solutions", "Built, tested and shipped the app"), so that the object
   * read is what all of them act on.
   */
  private int objectStart() {
    int k = bodyStart;
    while (k > 0 && k + 1 < n && k < bodyStart + 6) {
      boolean comma = text.substring(tokens.words().get(k - 1)[1], tokens.words().get(k)[0]).contains(",");
      if ((lower[k].equals("and") || lower[k].equals("&")) && isPastVerb(lower[k + 1])) {
        k += 2;
      } else if (comma && isPastVerb(lower[k])) {
        k++;
      } else {
        break;
      }
    }
    return k;
  }

  private boolean sentenceStart(int word) {
    String before = text.substring(tokens.words().get(word - 1)[1], tokens.words().get(word)[0]);
    return before.contains(".") || before.contains(":") || before.contains(";") || before.contains("—") || before.contains("(");
  }

  static boolean hasDigit(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  private static List<String> words(String list) {
    return dev.prism.core.text.ResourceLists.read(BulletReading.class, "words.txt").get(list);
  }

  /** Base forms of every known past-tense verb: "design" from "designed", "build" from the list. */
  private static Set<String> baseVerbs() {
    Set<String> past = new HashSet<>();
    past.addAll(Lexicon.STRONG_VERBS);
    past.addAll(Lexicon.MINOR_VERBS);
    past.addAll(Lexicon.ROUTINE_VERBS);
    Set<String> out = new HashSet<>(words("irregular-base"));
    for (String v : past) {
      if (v.contains(" ")) {
        continue;
      }
      if (v.endsWith("ied")) {
        out.add(v.substring(0, v.length() - 3) + "y");
      } else if (v.endsWith("ed")) {
        String stem = v.substring(0, v.length() - 2);
        out.add(stem);
        out.add(stem + "e");
        if (stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)) {
          out.add(stem.substring(0, stem.length() - 1));
        }
      }
    }
    // "used" would make "us" a verb; stems of two letters are no words.
    out.remove("us");
    out.removeIf(s -> s.length() < 3 || DETERMINERS.contains(s));
    return Set.copyOf(out);
  }
}
