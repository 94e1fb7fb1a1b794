package dev.prism.core.text;

import dev.prism.core.lexicon.Glyphs;
import dev.prism.core.lexicon.Lexicon;
import dev.prism.core.model.DateRange;
import dev.prism.core.model.PartialDate;
import dev.prism.core.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds date ranges the way resumes write them. Every month name, open-end word, range word and
 * date form comes from {@code lexicon/dates.txt}: a form is a template there ("MONTH YYYY",
 * "MM/YYYY", "YYYY MONTH", "MONTH 'YY"), compiled here into the one pattern that finds ranges and
 * the patterns that read each date.
 */
public final class DateParser {
  private static final String FILE = "dates.txt";
  private static final Map<String, Integer> MONTHS = new HashMap<>();
  private static final Map<String, Integer> SEASONS = new HashMap<>();

  static {
    Map<String, List<String>> lists = Lexicon.lists(FILE);
    for (int month = 1; month <= 12; month++) {
      for (String name : Lexicon.list(FILE, String.valueOf(month))) {
        MONTHS.put(name, month);
      }
    }
    for (Map.Entry<String, List<String>> e : lists.entrySet()) {
      if (e.getKey().startsWith("season-")) {
        int month = Integer.parseInt(e.getKey().substring("season-".length()));
        e.getValue().forEach(s -> SEASONS.put(s, month));
      }
    }
  }

  /**
   * A date form of {@code dates.txt}: its whole-date pattern, the same without groups for the range
   * pattern, and whether it opens with a number (a year, month or day in digits), so that it can
   * match only a text whose first character is an ASCII digit. A bare form is read only in a range
   * and is two numbers joined by a dash ("MM-YY"), as counts and grades are written: see {@link
   * Parsed}. {@code marks} are the template's characters that have no case ("/" and "-" of
   * "YYYY/MM-DD", "年"): the pattern matches each only as it is, so a text without one of them is
   * no date of the form, and the form's pattern is not tried on it. {@code digitNever}: the form
   * cannot match a text whose first character is a digit (it opens with a name or a mark), so it is
   * not tried on one.
   */
  private record Form(String template, Pattern whole, String inRange, boolean rangeOnly, boolean bare, boolean digitFirst,
      boolean digitNever, String marks) {
    Form {
      Objects.requireNonNull(template);
      Objects.requireNonNull(whole);
      Objects.requireNonNull(inRange);
      Objects.requireNonNull(marks);
    }

    /**
     * Whether the form's pattern could match {@code text}, stripped: a form that opens with a number
     * matches only a text that opens with a digit, and one that opens with a name or a mark only a
     * text that does not; and the text must hold the form's marks. Asked of every date found, often
     * a year alone ("2019"), which would try most forms.
     */
    boolean mayMatch(String text) {
      boolean digit = !text.isEmpty() && isDigit(text.charAt(0));
      return (digit ? !digitNever : !digitFirst) && marksIn(text);
    }

    /** Whether {@code text} holds every mark of the form: see above. */
    private boolean marksIn(String text) {
      for (int i = 0; i < marks.length(); i++) {
        if (text.indexOf(marks.charAt(i)) < 0) {
          return false;
        }
      }
      return true;
    }
  }

  /** The parts a form template is made of, in the order they are tried. */
  private static final List<String> TOKENS = List.of("YYYY", "MONTH", "SEASON", "QUARTER", "YY", "MM", "DD");
  private static final List<Form> FORMS = new ArrayList<>();

  static {
    for (String t : Lexicon.list(FILE, "form")) {
      FORMS.add(compile(t, false));
    }
    for (String t : Lexicon.list(FILE, "range-form")) {
      FORMS.add(compile(t, true));
    }
  }

  private static final String OPEN_END = alternatives(Lexicon.list(FILE, "present"));
  private static final Pattern OPEN_END_WORD = Pattern.compile(OPEN_END, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final String DASH = dash(Lexicon.list(FILE, "range-word"), Lexicon.list(FILE, "spaced-range-word"));
  private static final String OPEN_START = alternatives(Lexicon.list(FILE, "open-start"));
  /** The end in brackets after a start, after a range's word: "Sep 2019 (until 2021)". */
  private static final Pattern BRACKETED_END = Pattern.compile("\\s*\\(\\s*(?:"
      + alternatives(Lexicon.list(FILE, "range-word")) + ")\\s*([^()\\n]{2,20})\\)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** The open end in brackets after a start, as a template prints its second date: "Jun 2022 (to Present)". */
  private static final Pattern BRACKETED_OPEN_END = Pattern.compile("\\s*\\(\\s*(?:" + DASH + ")?(?:" + OPEN_END + ")\\s*\\)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** A word that opens a range with an end, right before its first date: "from " in "from 2014 to 2018". */
  private static final Pattern CLOSED_START_BEFORE = Pattern.compile(
      "(?<![\\p{L}\\d])(?:" + alternatives(Lexicon.list(FILE, "closed-start")) + ")\\s+$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  static final Pattern RANGE;
  /** A bracket and only the words a date may open with after it: see brokenDateStart. */
  private static final Pattern DATE_LEAD_IN = Pattern.compile("\\((?:\\s*(?:" + alternatives(MONTHS.keySet()) + "|"
      + alternatives(SEASONS.keySet()) + "|" + OPEN_START + "|" + alternatives(Lexicon.list(FILE, "closed-start")) + "|"
      + alternatives(Lexicon.list(FILE, "before-year-after-season")) + ")\\.?)+\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** A season's name right before a school year ("Summer of 2000/2001"), which the year's range takes in. */
  private static final Pattern SEASON_BEFORE = Pattern.compile("(?<![\\p{L}\\d])(?:" + alternatives(SEASONS.keySet()) + ")\\s+(?:(?:"
      + alternatives(Lexicon.list(FILE, "before-year-after-season")) + ")\\s+)?$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** Two years joined by a school year's mark: see schoolYears. Not inside a longer token ("1.2000/2001.3"). */
  private static final Pattern SCHOOL_YEAR = Pattern.compile("(?<![\\p{L}\\d]|[\\p{L}\\d][./-])((?:19|20)\\d\\d)(?:"
      + alternatives(Lexicon.list(FILE, "school-year-mark")) + ")((?:19|20)?\\d\\d)(?![\\p{L}\\d]|[./-]\\d)");
  /**
   * A month's or season's name and a range's dash right before a date: "June - " in "June -
   * August 2017"; a slash ("Jan/" in "Jan/Feb 2008", "Winter/" in "Winter/Spring 2007"); or a word
   * that joins two dates ("May & " in "May & September 2023"): two months of one year, read as the
   * stretch from the first to the last.
   */
  private static final Pattern LONE_MONTH_BEFORE = Pattern.compile(
      "(?<![\\p{L}\\d])(" + alternatives(MONTHS.keySet()) + "|" + alternatives(SEASONS.keySet()) + ")\\.?(?:"
          + DASH + "|\\s*[&/]\\s*|\\s+(?:"
          + alternatives(Lexicon.list(FILE, "joiner")) + ")\\s+)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /**
   * A month's number and a range's dash before a date with its month ("08-09/2012"), or two month
   * numbers and a dash before a bare year ("08–09 2012"): a range within that year, as French and
   * Spanish resumes write a short post. Two digits each, so "3-6 2012" stays a count; only where a
   * field opens (the line's start, a gap, a bracket or a separator), so "Grades 09-12 2012" holds
   * none; and not before a month joined to its year by a hyphen: "01-06-2015" is a day.
   */
  private static final Pattern MONTH_NUMBERS_BEFORE = Pattern.compile(
      "(?:^|(?<=[\\t(,;|·•–—]|\\s\\s|\\s-)\\s?)(0[1-9]|1[0-2])" + DASH + "(?:(0[1-9]|1[0-2])[ /.])?$");
  /** Where a date read only within a range may end after an opener: the line's end, a gap or a separator. */
  private static final Pattern ENDS_FIELD = Pattern.compile("\\s*$|\\s*[,;()\\[\\]|·•–—]|\\s+-\\s|\\s{2,}|\\t");
  /**
   * An open end and a range's dash right before a date, and nothing before them in their line or
   * cell: "Present – " in "Present – Feb 2019". After other words the word is a label's ("Graduation
   * date - May 2017", "Current – 2019" after a name), no open end.
   */
  private static final Pattern OPEN_END_BEFORE = Pattern.compile(
      "(?:(?<![\\s\\S])|(?<=\\t|\\s\\s))\\s*(" + OPEN_END + ")" + DASH + "$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /**
   * Whether an open end without a dash before it is a word that says so whole: "ongoing",
   * "present", "now". A short abbreviation there ("Dec 2018 ⇥ ACT", a state's code; "nu", "ora")
   * may be anything.
   */
  private static boolean spokenOpenEnd(String word) {
    String w = word.strip();
    return w.length() > 3 || w.equalsIgnoreCase("now");
  }

  /** An open end after a space and nothing else: " ongoing" in "2024-02 ongoing". */
  private static final Pattern SPACED_OPEN_END = Pattern.compile("[ \\t]+(?:" + OPEN_END + ")(?![\\p{L}\\d])",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** The last two digits of a range's end year, against its dash: "–21" in "2019–21". */
  private static final Pattern SHORT_END_YEAR = Pattern.compile("[-–—](\\d{2})(?=\\s*$|\\s*[,;)\\]|·•]|\\s{2,}|\\t)");
  /** Two digits of a year and an apostrophe after them: "10'". */
  private static final Pattern APOSTROPHE_YEAR = Pattern.compile("\\d{2}['’]");
  /** The most years a range written "2019–21" may span: a century's turn is no such range. */
  private static final int MAX_SHORT_SPAN = 20;
  /**
   * A dash with nothing after it but the end of the line or a gap (or a closing bracket: "2016 –"
   * in a cell of its own, as a template prints an empty end), or an ellipsis,
   * after a dash or not, before the line's end or a gap ("2011 ...", "11/2014-…", then the role
   * in a cell of its own); or a dash glued to the date with words after it ("05/2012- Globex", a
   * rail's date run into its line), but for words that lead to the range's other end ("2016- mid
   * 2018").
   */
  private static final Pattern OPEN_DASH = Pattern.compile("\\s*(?:(?:" + alternatives(Lexicon.list(FILE, "open-dash"))
      + ")+\\s*\\)?(?:\\s*$|(?=\\s{2,}|\\t))|(?:(?:" + alternatives(Lexicon.list(FILE, "open-dash")) + ")\\s*)?(?:"
      + alternatives(Lexicon.list(FILE, "open-ellipsis")) + ")(?:\\s*\\))?(?=\\s*$|\\s{2,}|\\t))"
      + "|(?:" + alternatives(Lexicon.list(FILE, "open-dash")) + ")(?=[ \\t]+\\p{L})(?![ \\t]+(?:\\S+[ \\t]+){0,2}(?:19|20)\\d\\d)");

  static {
    StringBuilder any = new StringBuilder("(?:");
    for (int i = 0; i < FORMS.size(); i++) {
      any.append(i == 0 ? "" : "|").append(FORMS.get(i).inRange());
    }
    any.append(')');
    RANGE = Pattern.compile(
        // Not inside a longer token: "TASC.2023.3340648" (a DOI) or "v2.2019" hold no date.
        // Nor after a word and a hyphen: "Carve-out 2019" or "Opt-out 2020" holds no October;
        // after a month's or season's name and a hyphen or slash it may ("Sep-Dec 2019",
        // "Jan/Feb 2008", "Winter/Spring 2007": see LONE_MONTH_BEFORE). A capitalised word right
        // after a lower-case letter opens one ("Night AuditorMay 2018 - May 2019": a title and its
        // dates a page set apart, run together when copied), case told apart whatever the flags.
        // A stray full stop may close the start before the dash ("May 2025. – Dec. 2025"). The
        // same run-together closes one: a capitalised word right after its last year or open end
        // ("March 2022 - CurrentShift Supervisor", "June 2018 - September 2018Warehouse Clerk").
        "(?:(?<![\\p{L}\\d]|[\\p{L}\\d][./]|\\p{L}-)|(?-i:(?<=\\p{Ll})(?=\\p{Lu}\\p{Ll}))|(?<=(?:^|[^\\p{L}])(?:" + alternatives(MONTHS.keySet())
            + "|" + alternatives(SEASONS.keySet()) + ")\\.?[-/]))(?:(" + OPEN_START + ")\\s+)?(" + any + ")(?:\\.?" + DASH + "(" + any + "|" + OPEN_END
            + "|\\[(?:" + OPEN_END + ")]|\\((?:" + OPEN_END + ")\\)))?(?:(?![\\p{L}\\d]|[./]\\d)|(?-i:(?<=[\\p{Ll}\\d])(?=\\p{Lu}\\p{Ll})))",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /**
   * What a date range can open with, as the range pattern's case-insensitive matching folds a
   * character: any ASCII digit (see opensAt), the first character of every form that opens with a
   * one-character literal ({@code single}), and the words a range opens with: the month names,
   * seasons and open-start words, and the literal words that open forms ("mid", "end", "début").
   * Null when a form opens with white space, which could start anywhere.
   */
  private static final Openers OPENERS = openers();

  /**
   * @param single characters that open a range on their own (folded)
   * @param pairs the first two characters of the words a range opens with, folded, each as
   *     {@code first << 16 | second}, sorted: most words of a line start with a letter some month
   *     starts with ("a", "scalable", "for"), and only the second one tells them from a month
   * @param words for each pair, the words (folded, up to their first space) that open with it:
   *     many words share a month's first two letters ("made", "design", "support", "with"), and
   *     the rest of the name tells them apart before the pattern is tried
   */
  private record Openers(Set<Character> single, int[] pairs, String[][] words) {
    Openers {
      single = Set.copyOf(single);
      pairs = pairs.clone();
      words = words.clone();
    }
  }

  private DateParser() {}

  /**
   * The first date range in {@code line}, preferring a range with an end over a lone date. Spans are
   * shifted by {@code base}, the line's offset in the whole text.
   */
  public static Optional<DateRange> find(String line, int base) {
    DateRange single = null;
    for (DateRange d : all(line, base)) {
      if (!d.single()) {
        return Optional.of(d);
      }
      if (single == null) {
        single = d;
      }
    }
    return Optional.ofNullable(single);
  }

  /**
   * The open ends of {@code dates.txt} ("Present", "heute", "至今") as one group of a regular
   * expression, for other passes to build their own date shapes from the same words. Compile it
   * case-insensitive with Unicode case.
   */
  public static String openEndAlternatives() {
    return OPEN_END;
  }

  /** An open end as a word of a longer text: "2019 – Present", "(current)". */
  private static final Pattern OPEN_END_INSIDE = Pattern.compile("(?<![\\p{L}\\d])(?:" + OPEN_END + ")(?![\\p{L}\\d])",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** The first word of each open end, in lower case: a text holding none of them holds no open end. */
  private static final Set<String> OPEN_END_FIRST_WORDS = Lexicon.list(FILE, "present").stream()
      .map(w -> w.toLowerCase(Locale.ROOT).split("[^\\p{L}]+", 2)[0]).collect(java.util.stream.Collectors.toUnmodifiableSet());

  /**
   * Whether an open end stands in the text as a word of its own ("2019 – Present"). Asked of every
   * run of a page's layout: a text none of whose words opens an open end is passed over without
   * the pattern, which tries every word of the list at every position; a text in a script written
   * without spaces is always asked of the pattern.
   */
  public static boolean mentionsOpenEnd(String text) {
    int i = 0;
    int n = text.length();
    boolean screened = false;
    while (i < n) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) {
        i++;
        continue;
      }
      if (c >= 0x2E80) {
        screened = true;
        break;
      }
      int start = i;
      while (i < n && Character.isLetter(text.charAt(i))) {
        i++;
      }
      if (OPEN_END_FIRST_WORDS.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
        screened = true;
        break;
      }
    }
    return screened && OPEN_END_INSIDE.matcher(text).find();
  }

  /** Whether the text is an open end and nothing else: "Present", "Current", "now". */
  public static boolean isOpenEnd(String text) {
    return OPEN_END_WORD.matcher(text.strip()).matches();
  }

  /**
   * Where a date's opening words stand at the end of {@code text} in a bracket the line leaves
   * open, the rest of the date wrapped onto the next line: "(Summer of" of "State University
   * (Summer of" over "2000/2001)". The bracket's offset, or -1 where the text does not so end.
   */
  static int brokenDateStart(String text) {
    int open = text.lastIndexOf('(');
    return open >= 0 && DATE_LEAD_IN.matcher(text).region(open, text.length()).matches() ? open : -1;
  }

  /** Whether the text is a range's joining word or dash and nothing else: "to", "–", "bis". */
  public static boolean isRangeWord(String text) {
    String t = text.strip();
    return !t.isEmpty() && RANGE_WORDS.contains(t.toLowerCase(Locale.ROOT));
  }

  private static final Set<String> RANGE_WORDS = Set.copyOf(Lexicon.list(FILE, "range-word"));

  private static final Set<String> CLAUSE_LEADS = Set.copyOf(Lexicon.list(FILE, "clause-lead"));

  /** Whether {@code word} leads a date inside a sentence ("effective February 2015"): see dates.txt, clause-lead. */
  static boolean leadsClause(String word) {
    return CLAUSE_LEADS.contains(word.strip().toLowerCase(Locale.ROOT));
  }

  /** Whether {@code word} is a month's name or abbreviation ("October", "Okt.", "janv."). */
  public static boolean isMonth(String word) {
    return MONTHS.containsKey(stripDot(word.strip().toLowerCase(Locale.ROOT)));
  }

  /**
   * Whether a word is one a date is written with: a month, digits ("2016", "09/2014", "'19"), an
   * open end, a range's joining word, or a word that opens a range ("Since", "from", "bis").
   * "Since September" over "2016" in a narrow column is then one date wrapped, not a label.
   */
  public static boolean isDateWord(String word) {
    String w = word.strip().toLowerCase(Locale.ROOT);
    if (w.isEmpty()) {
      return false;
    }
    if (w.chars().anyMatch(Character::isDigit)) {
      return w.chars().allMatch(c -> Character.isDigit(c) || "/.-–'’,()".indexOf(c) >= 0);
    }
    String bare = WORD_PUNCTUATION.matcher(w).replaceAll("");
    return isMonth(bare) || DATE_WORDS.contains(bare) || RANGE_WORDS.contains(bare);
  }

  /** Brackets before a word and punctuation after it: "(Since", "September,". */
  private static final Pattern WORD_PUNCTUATION = Pattern.compile("^[(\\[]+|[),.;:\\]]+$");

  /** The words of the open ends, the range words and the range openers, each word on its own. */
  private static final Set<String> DATE_WORDS;

  static {
    Set<String> words = new HashSet<>();
    for (String list : List.of("present", "open-start", "closed-start")) {
      for (String phrase : Lexicon.list(FILE, list)) {
        words.addAll(List.of(phrase.toLowerCase(Locale.ROOT).split("\\s+")));
      }
    }
    DATE_WORDS = Set.copyOf(words);
  }

  /** How much of a line's end is looked at for a closing range: a range and its punctuation. */
  private static final int RANGE_TAIL = 64;

  /**
   * Whether a line ends with a date range ("… : juillet 2018 - mars 2019", "… 2021 – Present"),
   * trailing blanks and punctuation aside: an entry's header, whose description starts on the
   * next line even where a reader would run the two together.
   */
  public static boolean endsInRange(CharSequence line) {
    int end = line.length();
    while (end > 0 && (Character.isWhitespace(line.charAt(end - 1)) || ".,;:)".indexOf(line.charAt(end - 1)) >= 0)) {
      end--;
    }
    String tail = line.subSequence(Math.max(0, end - RANGE_TAIL), end).toString();
    for (DateRange d : all(tail, 0)) {
      if (!d.single() && d.span().end() >= tail.length() - 1) {
        return true;
      }
    }
    return false;
  }

  /** Every date and date range in {@code line}, in order. */
  public static List<DateRange> all(String line, int base) {
    List<DateRange> found = ranges(line, base);
    for (DateRange d : found) {
      if (!d.single() && !slashRangeHolds(line, d, base)) {
        // Read again with the spaced slashes as list marks, of the same length so spans hold.
        found = ranges(SPACED_SLASH.matcher(line).replaceAll(" ; "), base);
        break;
      }
    }
    return withoutAsides(line, found, base);
  }

  /** Words that open an aside about who owns a name now ("acquired by", "now part of"). */
  private static final List<String> OWNER_ASIDES = Lexicon.list("entry-words.txt", "owner-aside");

  /**
   * The dates without a single date inside brackets that open with an aside about who owns the
   * name before them now: "Globex (acquired by Initech in 2025)". The year is the owner's story,
   * not the entry's. "(formerly Hooli, 2016)" or "(contracted to Initech in 2018)" may date the
   * job itself: their years stay.
   */
  private static List<DateRange> withoutAsides(String line, List<DateRange> found, int base) {
    if (found.isEmpty() || line.indexOf('(') < 0) {
      return found;
    }
    List<DateRange> out = new ArrayList<>(found.size());
    for (DateRange d : found) {
      int at = d.span().offset() - base;
      int open = line.lastIndexOf('(', at);
      int close = open < 0 ? -1 : line.indexOf(')', open);
      boolean inside = d.single() && open >= 0 && line.lastIndexOf(')', at) < open && (close < 0 || close >= d.span().end() - base);
      if (!(inside && opensAside(line.substring(open + 1)))) {
        out.add(d);
      }
    }
    return out.size() == found.size() ? found : List.copyOf(out);
  }

  /** Opens with a word of an owner's aside, in lower case ("acquired by …", "now part of …"). */
  private static boolean opensAside(String v) {
    String s = v.stripLeading();
    if (s.isEmpty() || !Character.isLowerCase(s.charAt(0))) {
      return false;
    }
    for (String w : OWNER_ASIDES) {
      if (s.startsWith(w) && s.length() > w.length() && !Character.isLetterOrDigit(s.charAt(w.length()))) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern SPACED_SLASH = Pattern.compile(" / ");
  private static final Pattern NUMERIC_MONTH = Pattern.compile("\\d{1,4}[-./]\\d{1,4}");
  private static final Pattern LETTER = Pattern.compile("\\p{L}");

  /**
   * A spaced slash parts a range only between months written in digits ("2021-10 / 2022-06"), or
   * before an open end ("2022-07 / 現在"). Between years or seasons it lists dates: "Summer 2018 /
   * Summer 2019" are two summers, "2014 / 2015 – 2017 / 2018" two academic years.
   */
  private static boolean slashRangeHolds(String line, DateRange d, int base) {
    int from = Math.max(0, d.span().offset() - base);
    int to = Math.min(line.length(), d.span().end() - base);
    String t = line.substring(from, to);
    int slash = t.indexOf(" / ");
    if (slash < 0) {
      return true;
    }
    String left = t.substring(0, slash);
    String right = t.substring(slash + 3);
    boolean leftMonth = NUMERIC_MONTH.matcher(left).find() && !LETTER.matcher(left).find();
    boolean rightOk = LETTER.matcher(right).find() ? !HAS_DIGIT_ANYWHERE.matcher(right).find()
        : NUMERIC_MONTH.matcher(right).find();
    return leftMonth && rightOk;
  }

  private static final Pattern HAS_DIGIT_ANYWHERE = Pattern.compile("\\d");

  /**
   * The range pattern's matcher, one per thread, made once: asked of every line that may hold a
   * date, and a matcher of a pattern this size is costly to make. Used within one call of ranges
   * only, which calls nothing that uses it; its bounds are set before each search there.
   */
  private static final ThreadLocal<Matcher> RANGE_MATCHER = ThreadLocal.withInitial(() -> RANGE.matcher(""));

  private static List<DateRange> ranges(String line, int base) {
    if (!mayHoldDate(line)) {
      return List.of();
    }
    List<DateRange> out = new ArrayList<>();
    // Ranges read from a short end year ("2019–21"), which give way to a full range on the line.
    List<DateRange> shortRanges = new ArrayList<>(0);
    Matcher m = RANGE_MATCHER.get().reset(line);
    int n = line.length();
    // The range pattern is tried only where a range can open (see opensAt) rather than by find() at
    // every position: most words of a line cannot start one, and trying the pattern's month names
    // at each of them was most of the cost of segmenting a resume. Where find() would look next,
    // this looks next; the result is the same.
    int from = 0;
    // After "2019 - 2017" the search goes on from the second date in a region whose start the
    // pattern cannot see behind, as find() in a region does: that one search is left to find().
    int reopened = -1;
    while (true) {
      int matchedAt = -1;
      if (reopened >= 0) {
        m.useTransparentBounds(false).useAnchoringBounds(true).region(reopened, n);
        reopened = -1;
        if (!m.find()) {
          break;
        }
      } else {
        int at = from;
        while (at < n && !opensAt(line, at)) {
          at++;
        }
        if (at >= n) {
          break;
        }
        // Transparent bounds: the pattern's look-behind sees the text before the region, as in find();
        // and "^" in it is the line's start, not the region's ("Sep-Dec 2019" opening the line).
        m.useTransparentBounds(true).useAnchoringBounds(false).region(at, n);
        if (!m.lookingAt()) {
          from = at + 1;
          continue;
        }
        matchedAt = at;
      }
      // Where the match starts. After a look-behind that reached back past the region's start (a
      // month's name and hyphen before it: "Sep-Dec 2019" at the line's start), Matcher.start()
      // reports the look-behind's start, not the region's; a match of lookingAt() starts where
      // the region does.
      int mStart = matchedAt >= 0 ? matchedAt : m.start();
      from = m.end();
      Parsed start = parseOne(m.group(2));
      if (start == null) {
        continue;
      }
      Span span = new Span(base + mStart, m.end() - mStart);
      String endText = m.group(3);
      if (endText == null && mStart > 0 && Character.isLetter(line.charAt(mStart - 1))) {
        // At a seam where two words ran together only a whole range is read ("Teaching
        // AssistantJanuary 2020 - June 2020"): "Launched PayMay 2021" names a product. The search
        // goes on past the seam.
        from = mStart + 1;
        continue;
      }
      if (endText == null) {
        // A form read only within a range ("03/23") is one after a word that opens a range
        // still running ("seit 03/23"), where the field ends with it: "Since Jul 23 we shipped"
        // holds a day.
        if (start.rangeOnly() && (m.group(1) == null || !ENDS_FIELD.matcher(line).region(m.end(), line.length()).lookingAt())) {
          continue;
        }
        // "2019–21": a year range whose end gives only its last two digits, set right against
        // the dash (with spaces, "2019 - 20 engineers" would read as a range).
        // Only where a separator, a gap or the line's end follows ("2012-25 engineers" is no
        // range), not after a colon ("ISO 27001:2013-17"), and only while no full range is on the line.
        Matcher shortEnd = SHORT_END_YEAR.matcher(line).region(m.end(), line.length());
        if (m.group(1) == null && start.date().month() == 0 && shortEnd.lookingAt()
            && (mStart == 0 || line.charAt(mStart - 1) != ':')) {
          int year = start.date().year() / 100 * 100 + Integer.parseInt(shortEnd.group(1));
          if (year > start.date().year() && year - start.date().year() <= MAX_SHORT_SPAN) {
            out.add(new DateRange(start.date(), new PartialDate(year, 0), false, Span.between(base + mStart, base + shortEnd.end())));
            shortRanges.add(out.get(out.size() - 1));
            from = shortEnd.end();
            continue;
          }
        }
        // "June - August 2017", "Nov – Feb 2016": a month without its year before the dash takes
        // the year of the date after it, or the year before when it comes later in the year.
        Matcher lone = LONE_MONTH_BEFORE.matcher(line).region(0, mStart);
        // The pattern matches names case-insensitively, so a letter such as the long s ("ſept")
        // or the dotted capital I ("APRİL") matches where the lower-cased name is no key: the name
        // is looked up folded as the match folded it (see named).
        Integer lonely = m.group(1) == null && start.date().month() > 0 && lone.find()
            ? monthOrSeason(stripDot(lone.group(1))) : null;
        if (lonely != null) {
          int month = lonely;
          int year = month <= start.date().month() ? start.date().year() : start.date().year() - 1;
          out.add(new DateRange(new PartialDate(year, month), start.date(), false, Span.between(base + lone.start(1), base + m.end())));
          continue;
        }
        Matcher numbers = m.group(1) == null ? MONTH_NUMBERS_BEFORE.matcher(line).region(0, mStart) : null;
        if (numbers != null && numbers.find() && (numbers.group(2) == null) == (start.date().month() > 0)
            && (numbers.group(2) != null || m.group(2).indexOf('-') < 0)) {
          int first = Integer.parseInt(numbers.group(1));
          int last = numbers.group(2) == null ? start.date().month() : Integer.parseInt(numbers.group(2));
          if (first <= last) {
            int year = start.date().year();
            out.add(new DateRange(new PartialDate(year, first), new PartialDate(year, last), false,
                Span.between(base + numbers.start(1), base + m.end())));
            continue;
          }
        }
        // "Present – Feb 2019": an open end before the start, as a template that prints the end
        // above the start hands them over, is the range still running from that start.
        // Not where a date found before ends after the open end's start ("2019 - Present–2019":
        // the first range holds that "Present").
        int taken = out.isEmpty() ? 0 : out.get(out.size() - 1).span().end() - base;
        Matcher openBefore = m.group(1) == null && taken <= mStart ? OPEN_END_BEFORE.matcher(line)
            .useTransparentBounds(true).region(taken, mStart) : null;
        if (openBefore != null && openBefore.find()) {
          out.add(new DateRange(start.date(), null, true, Span.between(base + openBefore.start(1), base + m.end())));
          continue;
        }
        // "since 07/2022" is a range still running, and so is "2021-03-15 —" with nothing after
        // its dash, as themes print an empty end date.
        Matcher open = OPEN_DASH.matcher(line).region(m.end(), line.length());
        if (!open.lookingAt()) {
          open = BRACKETED_OPEN_END.matcher(line).region(m.end(), line.length());
        }
        if (open.lookingAt()) {
          out.add(new DateRange(start.date(), null, true, Span.between(base + mStart, base + open.end())));
          continue;
        }
        // "2024-02 ongoing", "Jan 2020 present": the open end right after the start with no dash,
        // the date opening its field and the open end closing it.
        Matcher spaced = SPACED_OPEN_END.matcher(line).region(m.end(), line.length());
        if (m.group(1) == null && spaced.lookingAt() && spokenOpenEnd(line.substring(m.end(), spaced.end())) && fieldOpensAt(line, mStart)
            && ENDS_FIELD.matcher(line).region(spaced.end(), line.length()).lookingAt()) {
          out.add(new DateRange(start.date(), null, true, Span.between(base + mStart, base + spaced.end())));
          continue;
        }
        // "Sep 2019 (until 2021)": the end in brackets after the start, with a range's word.
        Matcher closed = BRACKETED_END.matcher(line).region(m.end(), line.length());
        Parsed end = closed.lookingAt() ? parseOne(closed.group(1)) : null;
        if (end != null && !end.rangeOnly() && end.date().compareTo(start.date()) > 0) {
          out.add(new DateRange(start.date(), end.date(), false, Span.between(base + mStart, base + closed.end())));
          from = closed.end();
          continue;
        }
        out.add(new DateRange(start.date(), null, m.group(1) != null, span));
        continue;
      }
      if (m.group(1) == null) {
        Matcher opener = CLOSED_START_BEFORE.matcher(line).useTransparentBounds(true).region(Math.max(0, mStart - 8), mStart);
        if (opener.find()) {
          span = Span.between(base + opener.start(), base + m.end());
        }
      }
      // "10'–2015", "09'–Now": a year written with its apostrophe after it stands against a full
      // year or an open end, never another such ("20'–40' containers" are lengths), and gives way
      // to a full range on the line as a short end year does.
      boolean apostropheYear = APOSTROPHE_YEAR.matcher(m.group(2)).matches();
      if (apostropheYear && APOSTROPHE_YEAR.matcher(endText.strip()).matches()) {
        continue;
      }
      // "April 2015 - [Present]": the open end may stand in brackets.
      DateRange range = null;
      if (OPEN_END_WORD.matcher(unbracketed(endText)).matches()) {
        range = new DateRange(start.date(), null, true, span);
      } else {
        Parsed end = parseOne(endText);
        if (end != null && end.bare() != start.bare()) {
          // A bare date and one of another form make no range (see Parsed); the date after the
          // dash may start one of its own.
          if (!start.rangeOnly()) {
            out.add(new DateRange(start.date(), null, false, new Span(base + m.start(2), m.end(2) - m.start(2))));
          }
          reopened = m.end(2);
          continue;
        }
        if (end != null && end.date().compareTo(start.date()) >= 0) {
          range = new DateRange(start.date(), end.date(), false, span);
        } else if (end != null && !end.rangeOnly() && !start.rangeOnly() && end.date().month() > 0
            && start.date().month() > 0) {
          // "Jan 2019 – Sep 2018": written newest first, as a template that prints the end above
          // the start hands them over; the range is the same. Years alone are not turned round:
          // "2019 - 2017 - 2020" is a year, then a range.
          range = new DateRange(end.date(), start.date(), false, span);
        }
      }
      if (range != null) {
        out.add(range);
        if (apostropheYear) {
          shortRanges.add(range);
        }
      } else if (!start.rangeOnly()) {
        // "2019 - 2017" is no range; the first date still stands, the second is matched again.
        out.add(new DateRange(start.date(), null, false, new Span(base + m.start(2), m.end(2) - m.start(2))));
        reopened = m.end(2);
      }
    }
    if (!shortRanges.isEmpty() && out.stream().anyMatch(r -> !shortRanges.contains(r) && (r.end() != null || r.present()))) {
      out.removeAll(shortRanges);
    }
    schoolYears(line, base, out);
    return out.size() == 2 ? stacked(out, line, base) : out;
  }

  /**
   * "2000/2001", "2019/20": two years that follow each other, joined by a mark of
   * {@code school-year-mark} with no space, are a school or academic year, and the range of the
   * two. The range pattern reads neither year there (a slash against a digit is inside a date);
   * years further apart so joined ("Windows Server 2003/2008") are versions, no dates, and so are
   * years inside a phrase ("SQL Server 2016/2017 clusters"): a school year stands as a field of its
   * own. A season before them is the range's ("Summer of 2000/2001"). Added in the line's order
   * among the ranges found.
   */
  private static void schoolYears(String line, int base, List<DateRange> out) {
    // Asked of every line with a date: most hold no mark that joins a school year's two years.
    if (line.length() < 7 || !holdsSchoolYearMark(line)) {
      return;
    }
    Matcher y = SCHOOL_YEAR.matcher(line);
    while (y.find()) {
      int first = Integer.parseInt(y.group(1));
      int second = Integer.parseInt(y.group(2));
      if (y.group(2).length() == 2) {
        second += first / 100 * 100;
      }
      if (second != first + 1) {
        continue;
      }
      Matcher season = SEASON_BEFORE.matcher(line).region(Math.max(0, y.start() - 16), y.start());
      int from = season.find() ? season.start() : y.start();
      if (!fieldOpensAt(line, from) || !ENDS_FIELD.matcher(line).region(y.end(), line.length()).lookingAt()) {
        // "SQL Server 2016/2017 clusters", "2019/2020: led the rewrite": versions, or a date that
        // opens a sentence; a school year stands as a field of its own.
        continue;
      }
      Span span = Span.between(base + from, base + y.end());
      if (out.stream().anyMatch(r -> r.span().offset() < span.end() && span.offset() < r.span().end())) {
        continue;
      }
      int at = 0;
      while (at < out.size() && out.get(at).span().offset() < span.offset()) {
        at++;
      }
      out.add(at, new DateRange(new PartialDate(first, 0), new PartialDate(second, 0), false, span));
    }
  }

  private static final List<String> SCHOOL_YEAR_MARKS = Lexicon.list(FILE, "school-year-mark");

  /**
   * Whether {@code line} holds the first character of a mark of {@code school-year-mark}, which
   * SCHOOL_YEAR matches as it is (a space in a mark as any white space: such a mark is let through).
   */
  private static boolean holdsSchoolYearMark(String line) {
    for (String mark : SCHOOL_YEAR_MARKS) {
      if (mark.isEmpty() || Character.isWhitespace(mark.charAt(0)) || line.indexOf(mark.charAt(0)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a field may open at {@code at}: the line's start, a gap before it, or an opening
   * bracket, a comma, a colon, a dash or a drawn separator (the lexicon's glyphs) before it.
   */
  private static boolean fieldOpensAt(String line, int at) {
    String before = line.substring(0, at);
    String stripped = before.stripTrailing();
    if (stripped.isEmpty() || before.endsWith("  ") || before.endsWith("\t")) {
      return true;
    }
    int c = stripped.codePointBefore(stripped.length());
    return c == '(' || c == '[' || c == ',' || c == ':' || Glyphs.isDash(c) || Glyphs.isFieldSeparator(c);
  }

  /**
   * "03.2021 11.2021": a start and an end a rail stacked over each other (moderncv's
   * "03.2021\\11.2021"), or parted by an arrow glyph extraction dropped ("2007 ➠ 2013"), which
   * come out with a space and no dash between them. Two dates alone on their line, or parted by
   * one space and alone in their cell (a run between gaps), the second no earlier, are one range;
   * two dates in two cells of a longer line ("AWS Architect ⇥ 2019 ⇥ 2022", issued and expiring)
   * are not.
   */
  private static List<DateRange> stacked(List<DateRange> two, String line, int base) {
    DateRange a = two.get(0);
    DateRange b = two.get(1);
    if (a.end() != null || a.present() || b.end() != null || b.present() || b.start().compareTo(a.start()) < 0) {
      return two;
    }
    int from = a.span().offset() - base;
    int between = a.span().end() - base;
    int to = b.span().offset() - base;
    int end = b.span().end() - base;
    if (from < 0 || end > line.length() || !line.substring(between, to).isBlank()) {
      return two;
    }
    // Alone on their line, any space may part them ("2023-01-03  2025-10-16", the dash drawn as a
    // rule); beside other cells, only one.
    boolean alone = line.substring(0, from).isBlank() && line.substring(end).isBlank();
    if (!alone && (!SINGLE_SPACE.matcher(line.substring(between, to)).matches() || !cellEdge(line, from, true)
        || !cellEdge(line, end, false))) {
      return two;
    }
    return List.of(new DateRange(a.start(), b.start(), false, Span.between(a.span().offset(), b.span().end())));
  }

  /** Whether {@code at} is where a cell starts ({@code start}) or ends: the line's edge, or a gap of two spaces or a tab. */
  private static boolean cellEdge(String line, int at, boolean start) {
    String side = start ? line.substring(0, at) : line.substring(at);
    if (side.isBlank()) {
      return true;
    }
    return start ? side.endsWith("  ") || side.endsWith("\t") : side.startsWith("  ") || side.startsWith("\t");
  }

  private static final Pattern SINGLE_SPACE = Pattern.compile("[ \u00a0]");

  private static String unbracketed(String v) {
    boolean wrapped = v.length() >= 2 && (v.charAt(0) == '[' && v.endsWith("]") || v.charAt(0) == '(' && v.endsWith(")"));
    return wrapped ? v.substring(1, v.length() - 1) : v;
  }

  /**
   * Whether a range may start at {@code at}: not right after a letter or digit (the pattern's
   * look-behind rules that out) but for a capital after a lower-case letter (a seam where two
   * words ran together), at a digit or a character {@link #OPENERS} holds alone, or at the first
   * two characters of a word it can open with.
   */
  static boolean opensAt(String line, int at) {
    if (at > 0) {
      char before = line.charAt(at - 1);
      if (isDigit(before) || Character.isLetter(before)
          && !(Character.isLowerCase(before) && Character.isUpperCase(line.charAt(at)))) {
        return false;
      }
    }
    char c = line.charAt(at);
    if (OPENERS == null || isDigit(c)) {
      return true;
    }
    // The pattern takes a character as it is or folded (see fold), so both are looked up.
    char f = fold(c);
    if (OPENERS.single().contains(c) || OPENERS.single().contains(f)) {
      return true;
    }
    if (at + 1 >= line.length()) {
      return false;
    }
    char d = line.charAt(at + 1);
    char g = fold(d);
    return opensWord(line, at, c, d) || opensWord(line, at, c, g) || opensWord(line, at, f, d) || opensWord(line, at, f, g);
  }

  /** Whether a word of {@link #OPENERS} opening with these two characters stands at {@code at}. */
  private static boolean opensWord(String line, int at, char first, char second) {
    int k = Arrays.binarySearch(OPENERS.pairs(), first << 16 | second);
    if (k < 0) {
      return false;
    }
    for (String w : OPENERS.words()[k]) {
      if (restMatches(line, at, w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the characters of {@code word} after its first two stand at {@code at}, each as it is
   * or folded, as the pattern compares them. A surrogate in the line is let through: the pattern
   * compares code points there.
   */
  private static boolean restMatches(String line, int at, String word) {
    if (at + word.length() > line.length()) {
      return false;
    }
    for (int j = 2; j < word.length(); j++) {
      char x = line.charAt(at + j);
      if (Character.isSurrogate(x)) {
        return true;
      }
      char w = word.charAt(j);
      if (w != x && w != fold(x)) {
        return false;
      }
    }
    return true;
  }

  /** A character as the pattern's case-insensitive Unicode matching folds it, on both sides of a comparison. */
  private static char fold(char c) {
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  private static Openers openers() {
    Set<Character> single = new HashSet<>();
    List<String> words = new ArrayList<>(MONTHS.keySet());
    words.addAll(SEASONS.keySet());
    words.addAll(Lexicon.list(FILE, "open-start"));
    List<String> templates = new ArrayList<>(Lexicon.list(FILE, "form"));
    templates.addAll(Lexicon.list(FILE, "range-form"));
    for (String t : templates) {
      // The first token as compile reads it: a month or season opens with its words, added above;
      // a year, month or day number with a digit; a quarter with its "q"; else the literal
      // characters up to the first space or token ("mid" of "mid YYYY", "'" of "'YY").
      String first = TOKENS.stream().filter(t.toUpperCase(Locale.ROOT)::startsWith).findFirst().orElse(null);
      if (first == null) {
        if (t.charAt(0) == ' ') {
          return null;
        }
        words.add(literalLead(t));
      } else if (first.equals("QUARTER")) {
        single.add('q');
      }
    }
    Map<Integer, List<String>> byPair = new HashMap<>();
    for (String w : words) {
      // Up to the first space, which the pattern matches as any run of white space; a surrogate
      // ends it too (the pattern compares code points), its characters before it still compared.
      int end = 0;
      while (end < w.length() && w.charAt(end) != ' ' && (end < 2 || !Character.isSurrogate(w.charAt(end)))) {
        end++;
      }
      // A word of one letter, or one whose second character is a space, opens alone.
      if (end < 2) {
        single.add(fold(w.charAt(0)));
        continue;
      }
      StringBuilder folded = new StringBuilder(end);
      for (int j = 0; j < end; j++) {
        folded.append(fold(w.charAt(j)));
      }
      byPair.computeIfAbsent(folded.charAt(0) << 16 | folded.charAt(1), k -> new ArrayList<>()).add(folded.toString());
    }
    int[] pairs = byPair.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    String[][] grouped = new String[pairs.length][];
    for (int k = 0; k < pairs.length; k++) {
      grouped[k] = byPair.get(pairs[k]).toArray(String[]::new);
    }
    return new Openers(single, pairs, grouped);
  }

  /**
   * The literal characters a form opens with, up to its first space or token: "mid-" of
   * "mid-YYYY", "end" of "end of YYYY". Where upper case changes the template's length (compile
   * reads tokens in the upper case), only its first character.
   */
  private static String literalLead(String template) {
    String t = template.toUpperCase(Locale.ROOT);
    if (t.length() != template.length()) {
      return template.substring(0, 1);
    }
    int end = 0;
    while (end < t.length() && t.charAt(end) != ' ' && !startsToken(t, end)) {
      end++;
    }
    return template.substring(0, end);
  }

  private static boolean startsToken(String upperTemplate, int at) {
    for (String k : TOKENS) {
      if (upperTemplate.startsWith(k, at)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The marks between a month's number and a year's two digits in the forms ("/" of "MM/YY", "-"
   * of "MM-YY"): two digits after one, with a digit before it, may be a year.
   */
  private static final String MONTH_YEAR_MARKS = monthYearMarks();

  private static String monthYearMarks() {
    StringBuilder marks = new StringBuilder();
    for (String t : Lexicon.list(FILE, "form")) {
      monthYearMark(t, marks);
    }
    for (String t : Lexicon.list(FILE, "range-form")) {
      monthYearMark(t, marks);
    }
    return marks.toString();
  }

  private static void monthYearMark(String template, StringBuilder marks) {
    String t = template.toUpperCase(Locale.ROOT);
    String mark = t.length() == 5 && t.startsWith("MM") && t.endsWith("YY") ? numbersJoinedBy(t) : null;
    if (mark != null) {
      marks.append(mark);
    }
  }

  /**
   * Whether {@code s} may hold a date at all: every form has digits. Most lines of a resume hold
   * none, and the range pattern is the costly part.
   */
  static boolean mayHoldDate(String s) {
    // Every form has a year: four digits from 1950 to 2099, or two digits after an apostrophe
    // ("’17") or before one ("10'"), after "MM/" or "MM-" ("06/15", "03-16") or after a month's name ("Jul 23",
    // "Abril/19"). Bullets are full of other
    // numbers ("50%", "p95", "200m"), which this look at the runs of digits passes over.
    int i = 0;
    int n = s.length();
    while (i < n) {
      if (!isDigit(s.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
      }
      int len = i - start;
      if (len == 4 && (s.startsWith("19", start) && s.charAt(start + 2) >= '5' || s.startsWith("20", start))) {
        return true;
      }
      if (len == 2 && i < n && (s.charAt(i) == '\'' || s.charAt(i) == '’')) {
        return true;
      }
      if (len == 2 && start > 0) {
        char before = s.charAt(start - 1);
        if (before == '\'' || before == '’' || before == '‘' || MONTH_YEAR_MARKS.indexOf(before) >= 0 && start >= 2 && isDigit(s.charAt(start - 2))
            || monthBefore(s, before == '/' ? start - 1 : start)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the word before {@code end} (white space and a comma between skipped) is a month's name. */
  private static boolean monthBefore(String s, int end) {
    int e = end;
    while (e > 0 && (Character.isWhitespace(s.charAt(e - 1)) || s.charAt(e - 1) == ',')) {
      e--;
    }
    int b = e;
    while (b > 0 && (Character.isLetter(s.charAt(b - 1)) || s.charAt(b - 1) == '.')) {
      b--;
    }
    // A full stop before the month ends the word before it (".Jan00", "st.Jan 19"): only the one
    // after it belongs to the month ("Jan.").
    while (b < e && s.charAt(b) == '.') {
      b++;
    }
    if (b < e && isMonth(s.substring(b, e))) {
      return true;
    }
    // A month's name run on from the word before it at a change of case ("InternMay 19"), as
    // the range pattern reads it too.
    for (int k = e - 1; k > b; k--) {
      if (Character.isUpperCase(s.charAt(k)) && Character.isLowerCase(s.charAt(k - 1))) {
        return isMonth(s.substring(k, e));
      }
    }
    return false;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * One date read, and how: a date of a bare form ("03-16") ends a range only with another such
   * date or an open end ("03-16 - Now", "09-13 - 03-14"), and another form's date ends none it
   * starts: in "Grades 6-12 – Sep 2018" the grades are no June 2012. A slash is no count's mark:
   * "01/20 - 2021" and "Mar 2016 – 08/19" are ranges.
   */
  private record Parsed(PartialDate date, boolean rangeOnly, boolean bare) {}

  /** One date as the forms read it; null when none does. */
  static PartialDate parse(String text) {
    Parsed p = parseOne(text);
    return p == null ? null : p.date();
  }

  private static Parsed parseOne(String text) {
    String t = text.strip();
    for (Form f : FORMS) {
      if (!f.mayMatch(t)) {
        continue;
      }
      Matcher m = f.whole().matcher(t);
      if (!m.matches()) {
        continue;
      }
      int year = -1;
      int month = 0;
      String y = group(m, "y");
      String yy = group(m, "yy");
      if (y != null) {
        year = Integer.parseInt(y);
      } else if (yy != null) {
        // Two digits: the 2000s up to 49, the 1900s from 50 (a resume's dates span a working life).
        int two = Integer.parseInt(yy);
        year = two <= 49 ? 2000 + two : 1900 + two;
      }
      if (year < 0) {
        continue;
      }
      String name = group(m, "m");
      String season = group(m, "s");
      String mm = group(m, "mm");
      String q = group(m, "q");
      if (name != null) {
        Integer known = named(MONTHS, stripDot(name));
        if (known == null) {
          continue;
        }
        month = known;
      } else if (season != null) {
        Integer known = named(SEASONS, season);
        if (known == null) {
          continue;
        }
        month = known;
      } else if (mm != null) {
        month = Integer.parseInt(mm);
      } else if (q != null) {
        month = (Integer.parseInt(q) - 1) * 3 + 1;
      }
      if (year < 1900 || year > 2200 || month < 0 || month > 12) {
        continue;
      }
      return new Parsed(new PartialDate(year, month), f.rangeOnly(), f.bare());
    }
    return null;
  }

  private static String group(Matcher m, String name) {
    try {
      return m.group(name);
    } catch (IllegalArgumentException e) {
      return null; // the form has no such part
    }
  }

  /** The month a month's or season's name stands for, or null. */
  private static Integer monthOrSeason(String name) {
    Integer month = named(MONTHS, name);
    return month != null ? month : named(SEASONS, name);
  }

  /** A name as the pattern matched it, each letter folded as the match did ("ſept", "APRİL"). */
  private static Integer named(Map<String, Integer> names, String name) {
    Integer known = names.get(name.toLowerCase(Locale.ROOT));
    if (known != null) {
      return known;
    }
    StringBuilder f = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      f.append(fold(name.charAt(i)));
    }
    return names.get(f.toString());
  }

  /** The whole-date patterns of the forms that open with a number (for DigitFirstFormsTest). */
  static List<Pattern> digitFirstForms() {
    return FORMS.stream().filter(Form::digitFirst).map(Form::whole).toList();
  }

  /** The whole-date patterns of the forms parse does not try on {@code text}, stripped (for FastPathTest). */
  static List<Pattern> formsNotTriedOn(String text) {
    return FORMS.stream().filter(f -> !f.mayMatch(text)).map(Form::whole).toList();
  }

  private static String stripDot(String s) {
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  /**
   * A template of {@code dates.txt} as two regexes: one reading a date whole, with named groups,
   * and one without groups to stand inside the range pattern.
   */
  private static Form compile(String template, boolean rangeOnly) {
    StringBuilder named = new StringBuilder();
    StringBuilder plain = new StringBuilder();
    StringBuilder marks = new StringBuilder();
    int i = 0;
    String t = template.toUpperCase(Locale.ROOT);
    while (i < t.length()) {
      String token = null;
      for (String k : TOKENS) {
        if (t.startsWith(k, i)) {
          token = k;
          break;
        }
      }
      if (token == null) {
        char c = template.charAt(i);
        // After a number, one space at most on each side of an optional comma ("6 Mar 2018"): two
        // spaces or a tab part a line's cells, and a day or a month's number runs across none
        // ("Engineer 2 ⇥ Jul 2016" holds no 2 July). After a word any white space will do ("Jan
        // 2019" typed with two spaces).
        boolean afterNumber = i > 0 && Character.isLetter(t.charAt(i - 1)) && (t.startsWith("DD", i - 2) || t.startsWith("MM", i - 2)
            || t.startsWith("YY", i - 2) && !t.startsWith("YYYY", Math.max(0, i - 4)));
        // White space is taken possessively and in one way only: a long run of spaces where no
        // date follows fails at once instead of being split every way ("Jan" and 2,000 spaces).
        String part = c != ' ' ? Pattern.quote(String.valueOf(c)) : afterNumber ? "(?:\\p{Zs}?,\\p{Zs}?|\\p{Zs}?)" : "\\s*+(?:,\\s*+)?";
        if (c != ' ' && !Character.isDigit(c) && Character.toUpperCase(c) == c && Character.toLowerCase(c) == c
            && marks.indexOf(String.valueOf(c)) < 0) {
          marks.append(c);
        }
        named.append(part);
        plain.append(part);
        i++;
        continue;
      }
      String[] regex = switch (token) {
        case "YYYY" -> new String[] {"y", "(?:19[5-9]\\d|20\\d\\d)"};
        case "YY" -> new String[] {"yy", "\\d\\d"};
        case "MONTH" -> new String[] {"m", alternatives(MONTHS.keySet()) + "\\.?"};
        case "SEASON" -> new String[] {"s", alternatives(SEASONS.keySet())};
        case "QUARTER" -> new String[] {"q", "[1-4]"};
        case "MM" -> new String[] {"mm", "(?:0?[1-9]|1[0-2])"};
        default -> new String[] {null, "(?:0?[1-9]|[12]\\d|3[01])"};
      };
      String prefix = token.equals("QUARTER") ? "q" : "";
      named.append(prefix).append(regex[0] == null ? regex[1] : "(?<" + regex[0] + ">" + regex[1] + ")");
      plain.append(prefix).append(regex[1]);
      i += token.length();
    }
    // Digits may not go on where a form ends: "2019-12" is no "YYYY" followed by "-12".
    String guard = template.endsWith("MM") || template.endsWith("DD") || template.endsWith("YY") ? "(?!\\d)" : "";
    // A form read only in a range, its numbers joined by a mark ("MM-YY", "MM/YY"), is no piece of
    // a longer date joined by that mark: "01-06-2015" holds no "01-06", "04-11-1990" no "11-19".
    String lead = "";
    String mark = rangeOnly ? numbersJoinedBy(t) : null;
    if (mark != null) {
      String quoted = Pattern.quote(mark);
      lead = "(?<!\\d)(?<!\\d" + quoted + ")";
      guard += "(?!" + quoted + "\\d)";
    }
    return new Form(template, Pattern.compile(named.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
        lead + plain + guard, rangeOnly, mark != null && Glyphs.isDash(mark.charAt(0)),
        t.startsWith("YY") || t.startsWith("MM") || t.startsWith("DD"), digitNever(template), marks.toString());
  }

  /**
   * Whether no text that opens with a digit can match the template: it opens with a month's or
   * season's name none of which opens with a digit, with a quarter's "q", or with a literal
   * character that is no digit and no space (a space matches nothing at all, then the digit).
   */
  private static boolean digitNever(String template) {
    String t = template.toUpperCase(Locale.ROOT);
    if (t.startsWith("MONTH")) {
      return MONTHS.keySet().stream().noneMatch(DateParser::opensWithDigit);
    }
    if (t.startsWith("SEASON")) {
      return SEASONS.keySet().stream().noneMatch(DateParser::opensWithDigit);
    }
    if (t.startsWith("QUARTER")) {
      return true;
    }
    char c = template.charAt(0);
    return !startsToken(t, 0) && !Character.isDigit(c) && !Character.isWhitespace(c) && !Character.isSpaceChar(c);
  }

  private static boolean opensWithDigit(String name) {
    return name.isEmpty() || Character.isDigit(name.charAt(0));
  }

  /** The mark between a form's two numbers ("-" of "MM-YY"), or null for a form not made so. */
  private static String numbersJoinedBy(String template) {
    boolean numberFirst = template.startsWith("MM") || template.startsWith("DD") || template.startsWith("YY");
    boolean numberLast = template.endsWith("MM") || template.endsWith("DD") || template.endsWith("YY");
    if (!numberFirst || !numberLast || template.length() < 5) {
      return null;
    }
    char c = template.charAt(2);
    return Character.isLetterOrDigit(c) || Character.isWhitespace(c) ? null : String.valueOf(c);
  }

  /** What stands between two dates: a run of dash characters, or a word with white space around it. */
  private static String dash(List<String> words, List<String> spacedMarks) {
    List<String> chars = new ArrayList<>();
    List<String> spelled = new ArrayList<>();
    for (String w : words) {
      // Marks ("–", "->", "→") stand against the dates or apart from them; words need spaces.
      if (w.chars().noneMatch(Character::isLetter)) {
        chars.add(Pattern.quote(w));
      } else {
        spelled.add(w);
      }
    }
    // Emphasis may close before the dash and open after it ("*Mar 2016* – *Dec 2018*", or a
    // Markdown resume's HTML styling, which its reader turns into emphasis). A word may follow the
    // dash and say the same ("2019 – bis heute", "maio 2025 - até o momento").
    // Each run of white space is taken possessively and in one way only, so a run of spaces after a
    // dash with no date after it fails in linear time ("Jan 2019 -" and 2,000 spaces had taken
    // seconds, every split of the run tried against every form).
    return "(?:\\s*+(?:[*_]++\\s*+)?(?:" + String.join("|", chars) + ")++\\s*+(?:" + alternatives(spelled)
        + "\\s++)?(?:[*_]++\\s*+)?|\\s++" + alternatives(spelled) + "\\s++|\\s++" + alternatives(spacedMarks) + "\\s++)";
  }

  /**
   * A non-capturing group of the words, longest first, each quoted. Plain literals in a group do
   * not backtrack beyond trying the next word.
   *
   * <p>The words are grouped by their first character, folded as the case-insensitive patterns
   * fold it, each group in the place of its first word and its words in their order; a group whose
   * words share their first character has it written once before them ("j(?:anuary|an|…)"). A
   * character can match the first characters of one group only, so the first word that matches
   * is the same as in the flat list, but a place where no month opens now fails at a dozen
   * first characters instead of at every one of ninety names, in each of the five month forms of
   * the range pattern. Words that open with white space or half a surrogate pair keep the flat
   * list.
   */
  static String alternatives(Collection<String> words) {
    List<String> sorted = new ArrayList<>(words);
    sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    Map<Character, List<String>> groups = new LinkedHashMap<>();
    for (String w : sorted) {
      if (w.isEmpty() || Character.isWhitespace(w.charAt(0)) || Character.isSurrogate(w.charAt(0))) {
        return "(?:" + String.join("|", sorted.stream().map(DateParser::quoted).toList()) + ")";
      }
      groups.computeIfAbsent(fold(w.charAt(0)), k -> new ArrayList<>()).add(w);
    }
    StringBuilder b = new StringBuilder("(?:");
    for (List<String> group : groups.values()) {
      if (b.length() > 3) {
        b.append('|');
      }
      char first = group.get(0).charAt(0);
      if (group.size() > 1 && group.stream().allMatch(w -> w.charAt(0) == first)) {
        b.append(quoted(String.valueOf(first))).append("(?:");
        b.append(String.join("|", group.stream().map(w -> quoted(w.substring(1))).toList()));
        b.append(')');
      } else {
        b.append(String.join("|", group.stream().map(DateParser::quoted).toList()));
      }
    }
    return b.append(')').toString();
  }

  /** A word as a literal, any space in it standing for a run of white space. */
  private static String quoted(String w) {
    return Pattern.quote(w).replace(" ", "\\E\\s+\\Q");
  }
}
