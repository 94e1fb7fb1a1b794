package dev.prism.core.text;

import dev.prism.core.model.DateRange;
import dev.prism.core.model.PartialDate;
import dev.prism.core.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds date ranges the way resumes write them: "Mar 2021 – Present", "2019 - 2023", "03/2021 -
 * 06/2022", "Summer 2024", "Q3 2021 – Q1 2023", "Jun 2017 – Feb 2021", "2020-01 to 2021-06", a lone
 * year; and the German and French month names ("März 2021 – heute", "janv. 2020 – présent").
 */
public final class DateParser {

  /** Month names by month number, and the words for an open end: see dates.txt. */
  private static final Map<String, Integer> MONTHS = new HashMap<>();
  private static final List<String> OPEN_ENDS;

  static {
    Map<String, List<String>> lists = ResourceLists.read(DateParser.class, "dates.txt");
    for (int month = 1; month <= 12; month++) {
      for (String name : lists.get(String.valueOf(month))) {
        MONTHS.put(name, month);
      }
    }
    OPEN_ENDS = lists.get("present");
  }

  // Seasons map to the month they usually start in (northern hemisphere, as most resumes mean).
  private static final Map<String, Integer> SEASONS =
      Map.of("spring", 3, "summer", 6, "fall", 9, "autumn", 9, "winter", 12);

  private static final String MONTH = alternatives(MONTHS.keySet()) + "\\.?";
  private static final String SEASON = "(?:spring|summer|fall|autumn|winter)";
  // A quarter ("Q3 2021") maps to its first month.
  private static final String QUARTER = "q[1-4]";
  // mayHoldYear looks for this shape before any regex runs: keep the two in step.
  private static final String YEAR = "(?:19[5-9]\\d|20\\d\\d)";

  /** One date: "Mar 2021", "March, 2021", "Summer 2024", "03/2021", "2021-03", "2021". */
  private static final String DATE =
      "(?:(?:" + MONTH + "|" + SEASON + "|" + QUARTER + ")\\s*,?\\s*" + YEAR
          + "|(?:0?[1-9]|1[0-2])\\s*[/.]\\s*" + YEAR
          + "|" + YEAR + "\\s*[-/.]\\s*(?:0[1-9]|1[0-2])(?![\\d])"
          + "|" + YEAR + ")";

  private static final String OPEN_END = alternatives(OPEN_ENDS);
  private static final Pattern OPEN_END_WORD = Pattern.compile(OPEN_END, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final String DASH = "\\s*(?:-|–|—|‒|―|~|to|until|till|through|thru|bis)\\s*";

  static final Pattern RANGE =
      Pattern.compile(
          // Not inside a longer token: "TASC.2023.3340648" (a DOI) or "v2.2019" hold no date.
          "(?<![\\p{L}\\d]|[\\p{L}\\d][./])(" + DATE + ")(?:" + DASH + "(" + DATE + "|" + OPEN_END + "))?(?![\\p{L}\\d]|[./]\\d)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern PARTS =
      Pattern.compile(
          "(?:(" + MONTH + ")|(" + SEASON + "))\\s*,?\\s*(" + YEAR + ")"
              + "|(0?[1-9]|1[0-2])\\s*[/.]\\s*(" + YEAR + ")"
              + "|(" + YEAR + ")\\s*[-/.]\\s*(0[1-9]|1[0-2])"
              + "|(" + YEAR + ")"
              + "|q([1-4])\\s*,?\\s*(" + YEAR + ")",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private DateParser() {}

  /**
   * A non-capturing group of the words, longest first, each quoted. Plain literals in a group do
   * not backtrack beyond trying the next word.
   */
  private static String alternatives(java.util.Collection<String> words) {
    List<String> sorted = new ArrayList<>(words);
    sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    StringBuilder b = new StringBuilder("(?:");
    for (String w : sorted) {
      if (b.length() > 3) {
        b.append('|');
      }
      b.append(Pattern.quote(w));
    }
    return b.append(')').toString();
  }

  /** The month a name or abbreviation stands for: "Mar", "march", "Okt.", "janv.". */
  private static int month(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".")) {
      n = n.substring(0, n.length() - 1);
    }
    return MONTHS.get(n);
  }

  /**
   * The first date range in {@code line}, preferring a range with an end over a lone date. Spans are
   * shifted by {@code base}, the line's offset in the whole text.
   */
  public static Optional<DateRange> find(String line, int base) {
    if (!mayHoldYear(line)) {
      return Optional.empty();
    }
    Matcher m = RANGE.matcher(line);
    DateRange single = null;
    while (m.find()) {
      PartialDate start = parseOne(m.group(1));
      if (start == null) {
        continue;
      }
      Span span = new Span(base + m.start(), m.end() - m.start());
      String endText = m.group(2);
      if (endText == null) {
        if (single == null) {
          single = new DateRange(start, null, false, span);
        }
        continue;
      }
      if (OPEN_END_WORD.matcher(endText).matches()) {
        return Optional.of(new DateRange(start, null, true, span));
      }
      PartialDate end = parseOne(endText);
      if (end != null && end.compareTo(start) >= 0) {
        return Optional.of(new DateRange(start, end, false, span));
      }
    }
    return Optional.ofNullable(single);
  }

  /**
   * Whether {@code s} holds four characters that {@link #YEAR} matches (1950 to 2099). Every date
   * form has a year; most lines of a resume hold none, and scanning them with {@link #RANGE} is the
   * costly part.
   */
  static boolean mayHoldYear(String s) {
    for (int i = 0; i + 3 < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '1' && s.charAt(i + 1) == '9' && s.charAt(i + 2) >= '5' && s.charAt(i + 2) <= '9' && isDigit(s.charAt(i + 3))
          || c == '2' && s.charAt(i + 1) == '0' && isDigit(s.charAt(i + 2)) && isDigit(s.charAt(i + 3))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static PartialDate parseOne(String text) {
    Matcher m = PARTS.matcher(text.trim());
    if (!m.matches()) {
      return null;
    }
    if (m.group(3) != null) {
      int year = Integer.parseInt(m.group(3));
      int month =
          m.group(1) != null
              ? month(m.group(1))
              : SEASONS.get(m.group(2).toLowerCase(Locale.ROOT));
      return new PartialDate(year, month);
    }
    if (m.group(5) != null) {
      return new PartialDate(Integer.parseInt(m.group(5)), Integer.parseInt(m.group(4)));
    }
    if (m.group(6) != null) {
      return new PartialDate(Integer.parseInt(m.group(6)), Integer.parseInt(m.group(7)));
    }
    if (m.group(8) != null) {
      return new PartialDate(Integer.parseInt(m.group(8)), 0);
    }
    return new PartialDate(Integer.parseInt(m.group(10)), (Integer.parseInt(m.group(9)) - 1) * 3 + 1);
  }
}
