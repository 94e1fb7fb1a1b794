package dev.prism.core.bullet;

import dev.prism.core.bullet.BulletAnalysis.Lead;
import dev.prism.core.role.Dimension;
import dev.prism.core.text.Literals;
import dev.prism.core.text.ResourceLists;
import dev.prism.core.text.Whitespace;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drafts a stronger version of a bullet by restructuring it: the person's action first (a verb in
 * the past, in place of a duty, a presence, a noun or a title), then the object and how it was
 * done, then the result. It drops filler and duty words, keeps every number and technology of the
 * original, and marks in [brackets] only what is truly missing: the person's own part when the
 * bullet hides it, the method when none is named, the size of a vague result, the result when there
 * is none. It never writes a digit.
 */
final class Rewriter {
  private static final Map<String, List<String>> WORDS = ResourceLists.read(Rewriter.class, "words.txt");
  private static final Map<String, String> NOMINAL = pairs("nominal-verbs");
  private static final Map<String, String> ROLE_VERBS = pairs("role-verbs");
  private static final Map<String, String> IRREGULAR = pairs("irregular-verbs");

  // The clean-ups every bullet that is not strong goes through, in this order (see Pass).
  static final Pass FILLER = Pass.of(List.copyOf(Lexicon.FILLER_ADVERBS), "\\b\\s*", "");
  static final Pass USING = Pass.of(List.of("leveraging", "utilising", "utilizing", "making use of"), "\\b", "using");
  static final Pass IN_ORDER_TO = Pass.of(List.of("in order to"), "\\b", "to");
  static final Pass VAGUE_COUNT =
      Pass.of(List.of("several", "many", "numerous", "some", "a few", "a lot of", "lots of"), "\\s+(?=\\p{L})", "[N] ");
  static final Pass VAGUE_KIND = Pass.of(List.of("various", "a variety of", "different"), "\\s+(?=\\p{L})", "[which] ");
  static final Pattern ETC = Pattern.compile("(?i),?\\s*\\betc\\b\\.*(?:\\.\\.)?");
  static final Pass VAGUE_THING = Pass.of(List.of("stuff", "things"), "\\b", "[what exactly]");
  /** A later sentence that only names tools: "Utilized Go, gRPC and Boost." */
  private static final Pattern TOOL_SENTENCE =
      Pattern.compile("(?i)(?:^|(?<=[.;]\\s))(?:primarily |mainly |also )?(?:utili[sz]ed|used|using|leveraged|tech(?:nologies|nology| stack)?:|stack:|tools:|built with|written in|[\\w ]{0,30} (?:was|were) (?:written|built|developed|implemented) (?:in|with|using))\\s+([^.;]+)[.;]?\\s*$");
  /** "The platform was built using X" read back into the active voice. */
  private static final Pattern PASSIVE_LEAD =
      Pattern.compile("(?i)^(?:the |a |an |our |my )?(.{2,60}?)\\s+(?:was|were|has been|have been|is|are)\\s+(\\w+ed|built|written|made|run|set up|rebuilt)\\b\\s*(.*)$");
  private static final Pattern FILLER_PHRASE =
      Pattern.compile("(?i)^(?:" + String.join("|", WORDS.get("filler-phrases").stream().map(Pattern::quote).toList()) + ")\\s+");
  /** Where a result clause starts: ", cutting", ", resulting in", " which", ", so". */
  private static final Pattern RESULT_START =
      Pattern.compile("(?i)(?:,\\s+(?:and\\s+)?(?:\\w+ing\\b|resulting|leading|which|so\\b|now\\b)|\\s+(?:resulting in|leading to|which|that (?:improved|cut|reduced|increased|saved)"
              + "|enabling|allowing|reducing|cutting|increasing|improving|saving|eliminating|removing|letting)\\b)");
  /** A bullet that opens with its result: "Reduced X by 30% by adding Y". */
  private static final Pattern RESULT_FIRST = Pattern.compile("(?i)^(.+?)\\s+(?:by|through)\\s+(\\w+ing)\\b\\s*(.*)$");
  private static final Set<String> CHANGE_LEADS = Set.copyOf(WORDS.get("result-first-verbs"));

  /**
   * "Reduced fraud losses by $20M by adding checks" puts the result before the action: the
   * rewrite puts the action first ("Added checks, reducing fraud losses by $20M"). Without a "by"
   * clause the action is what is missing, and it is asked for in front of the result.
   */
  private static String resultFirst(BulletReading r) {
    if (r.leadStart >= r.n || r.topic || !CHANGE_LEADS.contains(r.lower[r.leadStart])) {
      return null;
    }
    String lead = r.lower[r.leadStart];
    String rest = stripStop(from(r, r.leadStart + 1));
    Matcher m = RESULT_FIRST.matcher(rest);
    String out;
    if (m.matches() && m.group(3).length() > 2) {
      out = past(m.group(2)) + " " + clean(m.group(3)) + ", " + gerund(lead) + " " + clean(m.group(1));
    } else if (m.matches()) {
      return null;
    } else {
      out = "[What you changed, and how], " + gerund(lead) + " " + clean(rest);
    }
    if (!r.concreteOutcome()) {
      out += r.vagueOutcome ? " [by how much: from X to Y]" : " [from X to Y]";
    }
    return capitalise(SPACES.matcher(out).replaceAll(" ").strip()) + ".";
  }

  private static final Pattern AND_NOUN = Pattern.compile("(?i)^and (\\w+)\\s+(?:of\\s+)?");
  private static final Pattern NOUN_OF = Pattern.compile("(?i)^(?:the |a |an )?(\\w+)\\s+(?:of|for|on)\\s+");
  private static final Pattern FIRST_WORD = Pattern.compile("^(\\W*)(\\w+)");
  private static final Pattern TEAM_WITH = Pattern.compile("(?i)(?:(?:the|my|our|a)\\s+team\\s+)?(?:with|on|in|to)\\s+");

  /** A purpose: "to" and a verb, after the object. */
  private static final Pattern PURPOSE = Pattern.compile("(?i)(?:,\\s*|\\s)(?:in order )?to (\\w+)\\b");
  /** "Used X to build Y" as "Built Y with X". */
  private static final Pattern USED_TO = Pattern.compile("(?i)^(.{2,80}?)\\s+to\\s+(\\w+)\\s+(.*)$");
  // Compiled once: String.replaceFirst and replaceAll compile their pattern on every call.
  private static final Pattern LEADING_STOPS = Pattern.compile("^[\\s,;:.—–-]+");
  private static final Pattern PREPOSITION = Pattern.compile("(?i)^(?:of|for|on|in|at|to)\\s+");
  private static final Pattern TRAILING_STOPS = Pattern.compile("[.;,\\s]+$");
  /** A sentence that reports the result of the one before: "This improved build speed by 15%". */
  private static final Pattern THIS_RESULT = Pattern.compile("(?:^|(?<=[.;]\\s))(?:This|It|These|That)\\s+(\\w+ed|cut|grew|sped|brought)\\b\\s*");
  static final Pattern SPACES = Pattern.compile("\\s{2,}");
  /** A space before punctuation, but not before ".NET" or ".js". */
  static final Pattern SPACE_BEFORE_PUNCT = Pattern.compile("\\s+([,;)]|\\.(?=\\s|$))");

  private Rewriter() {}

  private static Map<String, String> pairs(String list) {
    Map<String, String> out = new HashMap<>();
    for (String item : WORDS.get(list)) {
      int gt = item.indexOf('>');
      if (gt <= 0) {
        throw new IllegalStateException("words.txt: " + list + ": expected 'noun>verb', got " + item);
      }
      out.put(item.substring(0, gt).trim(), item.substring(gt + 1).trim());
    }
    return Map.copyOf(out);
  }

  static String rewrite(BulletReading r, Set<Dimension> dims) {
    String padded = FILLER_PHRASE.matcher(r.text).replaceFirst("");
    if (!padded.equals(r.text) && !padded.isBlank()) {
      // "Took initiative to reduce errors" is "Reduced errors": read the bullet again without the padding.
      Matcher first = FIRST_WORD.matcher(padded);
      if (first.find() && isBase(first.group(2))) {
        padded = first.group(1) + past(first.group(2)) + padded.substring(first.end());
      }
      return rewrite(BulletReading.of(padded), dims);
    }
    String inverted = resultFirst(r);
    if (inverted != null) {
      return inverted;
    }
    String t = r.text;
    if (r.n == 0) {
      return "[What you built or changed], [how], [with what result].";
    }
    String label = "";
    if (r.topic && r.leadStart > 0) {
      label = t.substring(0, r.tokens.words().get(r.leadStart)[0]).strip();
    }
    String mark = "";
    String verb;
    String rest = from(r, r.bodyStart);
    String role = "";
    String lw = r.leadStart < r.n ? r.lower[r.leadStart] : "";
    switch (r.lead) {
      case STRONG, ACTION, MINOR -> verb = r.tokens.exact()[r.leadStart];
      case ROUTINE -> {
        verb = r.tokens.exact()[r.leadStart];
        Matcher m = USED_TO.matcher(rest);
        if (USE_VERBS.contains(lw) && m.matches() && isBase(m.group(2))) {
          // "Used Java to create a simulator" is "Created a simulator with Java".
          verb = past(m.group(2));
          rest = stripStop(m.group(3)) + " with " + m.group(1);
        }
      }
      case PRESENT -> verb = past(lw);
      case GERUND -> verb = past(lw);
      case NOUN -> {
        verb = NOMINAL.getOrDefault(lw, null);
        if (verb == null) {
          verb = "[Action verb]";
          rest = from(r, r.leadStart);
        } else {
          rest = dropPreposition(rest);
          // "Design and implementation of": both nouns become verbs.
          Matcher and = AND_NOUN.matcher(rest);
          if (and.find() && NOMINAL.containsKey(and.group(1).toLowerCase(Locale.ROOT))) {
            verb = verb + " and " + NOMINAL.get(and.group(1).toLowerCase(Locale.ROOT));
            rest = rest.substring(and.end());
          }
        }
      }
      case ROLE -> {
        String phrase = t.substring(r.tokens.words().get(r.leadStart)[0], r.tokens.words().get(r.bodyStart - 1)[1]);
        String noun = r.lower[r.bodyStart - 1];
        verb = ROLE_VERBS.getOrDefault(noun, "[Action verb]");
        role = " as " + lowerFirst(phrase);
        rest = dropPreposition(rest);
      }
      case PRESENCE, DUTY -> {
        // "Helped the team with X" is about X.
        Matcher team = TEAM_WITH.matcher(rest);
        int skip = 0;
        if (team.lookingAt()) {
          rest = rest.substring(team.end());
          skip = BulletReading.of(team.group()).n;
        }
        String first = r.bodyStart + skip < r.n ? r.lower[r.bodyStart + skip] : "";
        boolean helped = lw.startsWith("help") || lw.startsWith("assist") || lw.startsWith("contribut") || lw.startsWith("support")
            || lw.startsWith("collaborat") || lw.equals("part") || lw.equals("member") || lw.equals("one");
        mark = helped ? "[Your own part:] " : "";
        if (first.length() > 5 && first.endsWith("ing")) {
          verb = past(first);
          rest = from(r, r.bodyStart + skip + 1);
        } else if (lw.startsWith("help") && isBase(first)) {
          verb = past(first);
          rest = from(r, r.bodyStart + skip + 1);
          mark = "[Your own part:] ";
        } else {
          Matcher nom = NOUN_OF.matcher(rest);
          if (nom.find() && NOMINAL.containsKey(nom.group(1).toLowerCase(Locale.ROOT))) {
            verb = NOMINAL.get(nom.group(1).toLowerCase(Locale.ROOT));
            rest = rest.substring(nom.end());
          } else {
            verb = "[What you did: built, designed, fixed...]";
            mark = "";
          }
        }
      }
      case SELF -> {
        verb = "[What you built or changed, and how],";
        rest = (AWARD_VERBS.contains(lw) ? "earning " : "after "
            + gerund(lw) + " ") + rest;
      }
      default -> {
        Matcher p = PASSIVE_LEAD.matcher(stripStop(t));
        if (p.matches() && !p.group(2).equalsIgnoreCase("used")) {
          verb = capitalise(p.group(2));
          rest = "the " + lowerFirst(p.group(1)) + " " + p.group(3);
        } else {
          verb = "[What you did: built, designed, fixed...]";
          rest = lowerFirst(t);
        }
      }
    }
    rest = stripStop(rest);
    // Tools named in a sentence of their own join the action as its method.
    String method = "";
    Matcher tools = TOOL_SENTENCE.matcher(rest);
    if (tools.find() && tools.start() > 0) {
      method = " with " + tools.group(1).strip();
      rest = rest.substring(0, tools.start()).strip();
      rest = stripStop(rest);
    }
    // A sentence that reports the result of the last ("This improved X by 15%") becomes its clause.
    Matcher thisResult = THIS_RESULT.matcher(rest);
    String result = "";
    if (thisResult.find() && thisResult.start() > 0) {
      result = ", " + gerund(thisResult.group(1)) + " " + stripStop(rest.substring(thisResult.end()));
      rest = stripStop(rest.substring(0, thisResult.start()));
    }
    rest = clean(rest);
    method = clean(method);
    result = clean(result);
    // A stated purpose ("to let technicians track the generators") is the outcome the work was
    // for: it becomes the result clause, which then asks for its size.
    boolean purposeAsResult = false;
    if (result.isEmpty() && !r.concreteOutcome()) {
      Matcher purpose = PURPOSE.matcher(rest);
      if (purpose.find() && purpose.start() > 0 && purposeVerb(purpose.group(1))) {
        result = ", " + gerundOf(purpose.group(1)) + rest.substring(purpose.end(1));
        rest = rest.substring(0, purpose.start()).strip();
        purposeAsResult = true;
      }
    }
    StringBuilder out = new StringBuilder();
    if (!label.isEmpty()) {
      out.append(label).append(' ');
    }
    out.append(mark).append(verb).append(' ').append(rest).append(method).append(role);
    if (r.settingEnd > 0) {
      // "As an engineer on the storage team, I built X" keeps its setting, after the act.
      String setting = t.substring(0, r.tokens.words().get(r.settingEnd)[0]).strip();
      out.append(", ").append(lowerFirst(setting.endsWith(",") ? setting.substring(0, setting.length() - 1) : setting));
    }
    boolean hasMethod = r.hasMethod() || !r.tech.isEmpty();
    if (!hasMethod) {
      out.append(" with [technique or technology]");
    } else if (r.concreteOutcome() && r.instrumentTech == 0 && r.techniques == 0 && !r.methodClause && result.isEmpty()) {
      // A result with no "how": the method belongs between the action and its result.
      Matcher at = RESULT_START.matcher(out);
      if (at.find()) {
        out.insert(at.start(), " [how: the technique or change you made]");
      } else {
        out.append(" [how: the technique or change you made]");
      }
    }
    out.append(result);
    if (purposeAsResult) {
      out.append(" [for how many, and what it saved: time, cost or errors, from X to Y]");
    } else if (!r.concreteOutcome()) {
      out.append(r.vagueOutcome ? " [by how much: from X to Y]" : r.metricVanity > 0
          ? " [and the engineering result behind it: latency, throughput, cost or time saved]"
          : resultClause(r, verb.toLowerCase(Locale.ROOT), dims));
    }
    if (r.activityCounts > 0) {
      out.append(" [what those changed for users or the system]");
    }
    String s = finish(out.toString());
    if (RewriteCheck.appendedOnly(r.text, s)) {
      // Nothing to restructure and nothing plainly missing: ask for what the model found thin,
      // where it belongs in the sentence (scale after the object, effect after the first clause).
      String slot = r.scope == 0 && r.sizeCounts == 0 && !r.adoption ? " [at what scale: users, requests or data]"
          : " [and what it changed for users or the business]";
      Matcher at = (r.scope == 0 && r.sizeCounts == 0 ? OBJECT_END : CLAUSE_END).matcher(s);
      if (at.find() && at.start() > 0 && at.start() < s.length() - 1) {
        s = finish(s.substring(0, at.start()) + slot + s.substring(at.start()));
      }
    }
    return s;
  }

  /** Where the object ends: before its method ("using", "with", "via") or the first comma. */
  private static final Pattern OBJECT_END = Pattern.compile("(?i)(?=\\s+(?:using|with|via|in|on|through|based on|that|which)\\s)|(?=,)");
  /** Where the first clause ends: a semicolon, a full stop inside, or the start of a result clause. */
  private static final Pattern CLAUSE_END = Pattern.compile("(?=;)|(?=\\.\\s)|(?=,\\s+\\w+ing\\b)|(?=\\s+thus\\b)|(?=\\s+that\\s)");

  /**
   * A look-ahead at the first letters of {@code words}, or nothing when one opens with anything but
   * an ASCII letter (a class could then not be written plainly; the pattern works without it).
   */
  private static String opening(Collection<String> words) {
    StringBuilder b = new StringBuilder();
    for (String w : words) {
      char c = w.isEmpty() ? ' ' : w.charAt(0);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
        return "";
      }
      if (b.indexOf(String.valueOf(c)) < 0) {
        b.append(c);
      }
    }
    return b.length() == 0 ? "" : "(?=[" + b + "])";
  }

  private static String finish(String raw) {
    // Each pattern runs only where the characters it needs are there: most drafts have neither.
    String s = spaceRun(raw) ? SPACES.matcher(raw).replaceAll(" ") : raw;
    s = (spaceBeforeStop(s) ? SPACE_BEFORE_PUNCT.matcher(s).replaceAll("$1") : s).strip();
    s = s.replace(",,", ",").replace(", ,", ",");
    s = capitalise(s);
    return s.endsWith(".") ? s : s + ".";
  }

  /** Whether {@link #SPACES} can match: two white space characters of {@code \s} in a row. */
  static boolean spaceRun(String s) {
    for (int i = 0; i + 1 < s.length(); i++) {
      if (Whitespace.isRegexSpace(s.charAt(i)) && Whitespace.isRegexSpace(s.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@link #SPACE_BEFORE_PUNCT} can match: white space right before ',', ';', ')' or '.'. */
  static boolean spaceBeforeStop(String s) {
    for (int i = 0; i + 1 < s.length(); i++) {
      char next = s.charAt(i + 1);
      if (Whitespace.isRegexSpace(s.charAt(i)) && (next == ',' || next == ';' || next == ')' || next == '.')) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@link #ETC} can match: "etc" in any ASCII case, as the pattern folds it. */
  static boolean holdsEtc(String s) {
    return ETC_SCREEN.foundIn(s);
  }

  private static final Literals ETC_SCREEN = Literals.of("etc");
  private static final String ETC_FOR = " [and what else]";

  /** The words of all six clean-up passes: most drafts hold none, and one scan then stands for six. */
  private static final Literals ANY_PASS =
      Literals.union(FILLER.screen(), USING.screen(), IN_ORDER_TO.screen(), VAGUE_COUNT.screen(), VAGUE_KIND.screen(), VAGUE_THING.screen());

  /** Filler and vague words out; "leveraging" as "using"; vague counts and kinds marked. */
  static String clean(String s) {
    if (!ANY_PASS.foundIn(s)) {
      // No pass changes s; only "etc" can, and what it puts in holds none of the passes' words.
      return holdsEtc(s) ? ETC.matcher(s).replaceAll(ETC_FOR) : s;
    }
    s = FILLER.apply(s);
    s = USING.apply(s);
    s = IN_ORDER_TO.apply(s);
    s = VAGUE_COUNT.apply(s);
    s = VAGUE_KIND.apply(s);
    if (holdsEtc(s)) {
      s = ETC.matcher(s).replaceAll(ETC_FOR);
    }
    return VAGUE_THING.apply(s);
  }

  /**
   * One clean-up: any of {@code words} as a whole word, then {@code tail}, replaced. The pattern
   * and its screen come from the same words; the look-ahead at their first letters turns most
   * positions away before the word boundary and the alternatives are tried, and the screen skips
   * the pattern where none of the words is in the text at all, as in most bullets.
   */
  record Pass(Pattern pattern, Literals screen, String replacement) {
    Pass {
      Objects.requireNonNull(pattern);
      Objects.requireNonNull(screen);
      Objects.requireNonNull(replacement);
    }

    static Pass of(List<String> words, String tail, String replacement) {
      return new Pass(Pattern.compile("(?i)" + opening(words) + "\\b(?:" + String.join("|", words) + ")" + tail),
          Literals.of(words), replacement);
    }

    String apply(String s) {
      return screen.foundIn(s) ? pattern.matcher(s).replaceAll(replacement) : s;
    }
  }

  /**
   * The text from word {@code word} to the end, with what stands between it and the word before
   * ("$" of "$20M", an opening quote), so that nothing of the original is lost.
   */
  private static String from(BulletReading r, int word) {
    if (word >= r.n) {
      return "";
    }
    int start = word == 0 ? 0 : r.tokens.words().get(word - 1)[1];
    return LEADING_STOPS.matcher(r.text.substring(start)).replaceFirst("");
  }

  private static String dropPreposition(String rest) {
    return PREPOSITION.matcher(rest).replaceFirst("");
  }

  private static String stripStop(String s) {
    return TRAILING_STOPS.matcher(s.strip()).replaceAll("");
  }

  private static boolean isBase(String w) {
    String l = w.toLowerCase(Locale.ROOT);
    return IRREGULAR.containsKey(l) || BulletReading.isPastVerb(l + "ed") && Lexicon.STRONG_VERBS.contains(l + "ed")
        || Lexicon.STRONG_VERBS.contains(l + "d") || Lexicon.MINOR_VERBS.contains(l + "ed") || Lexicon.MINOR_VERBS.contains(l + "d")
        || Lexicon.ROUTINE_VERBS.contains(l + "ed") || Lexicon.ROUTINE_VERBS.contains(l + "d");
  }

  /** The past tense of a base verb, a gerund or a third-person form: "develop", "developing", "develops". */
  static String past(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith("ing") && w.length() > 5) {
      String stem = w.substring(0, w.length() - 3);
      for (String base : List.of(stem, stem + "e", stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
          ? stem.substring(0, stem.length() - 1) : stem)) {
        if (IRREGULAR.containsKey(base)) {
          return capitalise(IRREGULAR.get(base));
        }
        if (known(base + "ed") || known(base + "d")) {
          return capitalise(known(base + "ed") ? base + "ed" : base + "d");
        }
      }
      return capitalise(stem.endsWith("e") ? stem + "d" : stem + "ed");
    }
    if (IRREGULAR.containsKey(w)) {
      return capitalise(IRREGULAR.get(w));
    }
    if (!known(w + "ed") && !known(w + "d") && w.endsWith("s") && !w.endsWith("ss")) {
      w = w.endsWith("es") && known(w.substring(0, w.length() - 2) + "ed") ? w.substring(0, w.length() - 2) : w.substring(0, w.length() - 1);
      if (IRREGULAR.containsKey(w)) {
        return capitalise(IRREGULAR.get(w));
      }
    }
    if (w.endsWith("y") && w.length() > 2 && "aeiou".indexOf(w.charAt(w.length() - 2)) < 0) {
      return capitalise(w.substring(0, w.length() - 1) + "ied");
    }
    return capitalise(w.endsWith("e") ? w + "d" : w + "ed");
  }

  private static boolean known(String past) {
    return Lexicon.STRONG_VERBS.contains(past) || Lexicon.MINOR_VERBS.contains(past) || Lexicon.ROUTINE_VERBS.contains(past);
  }

  private static final Set<String> USE_VERBS = Set.copyOf(WORDS.get("use-verbs"));
  private static final Set<String> AWARD_VERBS = Set.copyOf(WORDS.get("award-verbs"));
  private static final Set<String> NOT_VERBS = Set.copyOf(WORDS.get("not-purpose-verbs"));

  /** "to enable", "to track": a lower-case word after "to" that is a verb, not a noun ("to production"). */
  private static boolean purposeVerb(String w) {
    return w.length() >= 3 && Character.isLowerCase(w.charAt(0)) && !NOT_VERBS.contains(w) && !Character.isDigit(w.charAt(0))
        && (isBase(w) || !w.endsWith("s") && !w.endsWith("ed") && !w.endsWith("ing") && !w.endsWith("tion"));
  }

  /** "enable" as "enabling", "let" as "letting". */
  private static String gerundOf(String base) {
    String b = base.toLowerCase(Locale.ROOT);
    if (b.endsWith("ie")) {
      return b.substring(0, b.length() - 2) + "ying";
    }
    if (b.endsWith("e") && !b.endsWith("ee")) {
      return b.substring(0, b.length() - 1) + "ing";
    }
    boolean cvc = b.length() >= 3 && "aeiou".indexOf(b.charAt(b.length() - 2)) >= 0 && "aeiouwxy".indexOf(b.charAt(b.length() - 1)) < 0
        && "aeiou".indexOf(b.charAt(b.length() - 3)) < 0 && b.length() <= 4;
    return cvc ? b + b.charAt(b.length() - 1) + "ing" : b + "ing";
  }

  /** "improved" as "improving", for a result clause. */
  private static String gerund(String pastVerb) {
    String w = pastVerb.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, String> e : IRREGULAR.entrySet()) {
      if (e.getValue().equals(w)) {
        String b = e.getKey();
        return (b.endsWith("e") && !b.endsWith("ee") ? b.substring(0, b.length() - 1) : b) + "ing";
      }
    }
    if (w.endsWith("ied")) {
      return w.substring(0, w.length() - 3) + "ying";
    }
    if (w.endsWith("ed")) {
      String stem = w.substring(0, w.length() - 2);
      if (known(stem + "e" + "d") && !known(stem + "ed")) {
        return stem + "ing";
      }
      return stem + "ing";
    }
    return w + "ing";
  }

  /**
   * The result clause a bullet with no outcome is missing, shaped by what the bullet is about: the
   * clause's verb fits the action ("cutting" after a migration, "saving" after automation, "used
   * by" after building), and only the facts are placeholders.
   */
  private static String resultClause(BulletReading r, String verb, Set<Dimension> dims) {
    if (dims.contains(Dimension.PERFORMANCE)) {
      return ", bringing [p95 latency or throughput] from [X] to [Y]";
    }
    if (dims.contains(Dimension.STORAGE)) {
      return ", bringing [query time, load or storage cost] from [X] to [Y]";
    }
    if (dims.contains(Dimension.RELIABILITY)) {
      return ", bringing [incidents, errors or recovery time] from [X] to [Y]";
    }
    if (verb.startsWith("automat") || verb.startsWith("script") || verb.startsWith("streamlin")) {
      return ", saving [N] hours a [week] of [which manual work]";
    }
    if (verb.startsWith("migrat") || verb.startsWith("refactor") || verb.startsWith("rewr") || verb.startsWith("modern")
        || verb.startsWith("optimi") || verb.startsWith("improv") || verb.startsWith("convert") || verb.startsWith("port")) {
      return ", cutting [cost, latency or errors] from [X] to [Y]";
    }
    if (verb.startsWith("fix") || verb.startsWith("resolv") || verb.startsWith("debug") || verb.startsWith("troubl")) {
      return ", ending [which failures] for [N] [users or requests]";
    }
    if (r.leadership || verb.startsWith("coordinat") || verb.startsWith("manag") || verb.startsWith("mentor")) {
      return ", delivering [what the team shipped] [and what it changed, with a number]";
    }
    if (dims.contains(Dimension.SERVICE_DESIGN)) {
      return ", now serving [N] [requests or users] for [what they do with it]";
    }
    return ", now used by [N] [users or teams] to [what it lets them do, or the time or cost it saves]";
  }

  private static String capitalise(String s) {
    return s.isEmpty() || !Character.isLowerCase(s.charAt(0)) ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String lowerFirst(String s) {
    boolean acronym = s.length() > 1 && Character.isUpperCase(s.charAt(1));
    return s.isEmpty() || acronym ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
