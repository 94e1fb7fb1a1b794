package dev.prism.core.text;

import dev.prism.core.lexicon.Glyphs;
import dev.prism.core.lexicon.Lexicon;
import dev.prism.core.model.Entry;
import dev.prism.core.model.Extraction;
import dev.prism.core.model.Field;
import dev.prism.core.model.ParseWarning;
import dev.prism.core.model.Reading;
import dev.prism.core.model.Resume;
import dev.prism.core.model.Section;
import dev.prism.core.model.SectionKind;
import dev.prism.core.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The last pass: how far the reading itself can be trusted. A reading that went wrong has tell-tale
 * shapes, whatever the file: no job in a document full of dates, more jobs than its pages could
 * hold, jobs of one word, dates read as employers, words glued together where a PDF had no space
 * glyphs, text the reader could not map or could not reach. Each lowers the confidence and says so;
 * below {@link Reading#TRUSTED} the report tells the person the score may not be fair.
 */
public final class ReadingCheck {
  // Compiled once: String.split, matches and replaceAll compile their regex on every call.
  static final Pattern DATE_GAPS = Pattern.compile("[\\s" + Glyphs.dashClass() + "]+");
  private static final Map<String, Integer> LOST = lost();

  private ReadingCheck() {}

  public static Reading assess(Extraction x, Segmentation segmentation) {
    Resume r = segmentation.resume();
    double penalty = 0;
    List<ParseWarning> problems = new ArrayList<>();
    for (ParseWarning w : x.warnings()) {
      Integer lost = LOST.get(w.code().toLowerCase(Locale.ROOT));
      if (lost != null) {
        penalty += lost / 100.0;
        problems.add(new ParseWarning(w.code(), w.message()));
      }
    }
    List<Entry> jobs = r.sections(SectionKind.EXPERIENCE).flatMap(s -> s.entries().stream())
        .filter(e -> e.title() != null || e.organization() != null).toList();
    int dated = datedLines(segmentation);
    if (jobs.isEmpty() && dated >= 4) {
      penalty += 0.4;
      problems.add(problem("NO_JOBS_READ", "No job could be read, although the file holds " + dated
          + " dates; its headings or layout may hide the work history"));
    }
    int pages = Math.max(1, x.pages());
    if (jobs.size() > 12 && jobs.size() > 7 * pages) {
      penalty += 0.35;
      problems.add(problem("TOO_MANY_JOBS", jobs.size() + " jobs were read on " + pages + (pages == 1 ? " page" : " pages")
          + ", more than fit there; lists or a sidebar were probably read as jobs"));
    }
    int odd = 0;
    for (Entry e : jobs) {
      if (dateAsName(e.title()) || dateAsName(e.organization()) || oneWord(e) && e.dates() == null && e.bullets().isEmpty()) {
        odd++;
      }
    }
    if (odd >= 2 && odd * 3 >= jobs.size()) {
      penalty += 0.3;
      problems.add(problem("ODD_JOBS", odd + " of " + jobs.size() + " jobs read have a date or a single word for a title or employer"));
    }
    double glued = gluedShare(x.text());
    if (glued > 0.03) {
      penalty += Math.min(0.5, glued * 8);
      problems.add(problem("GLUED_WORDS", "Many words run together (" + Math.round(glued * 100)
          + "% of them), as when a PDF draws no spaces; the words may not be found"));
    }
    if (r.contact().name() == null && r.contact().email() == null && !x.text().isBlank()) {
      penalty += 0.15;
      problems.add(problem("NO_CONTACT_READ", "Neither a name nor an email address could be read"));
    }
    double confidence = Math.max(0, Math.min(1, 1 - penalty));
    return new Reading(Math.round(confidence * 100) / 100.0, problems);
  }

  private static ParseWarning problem(String code, String message) {
    return new ParseWarning(code, message);
  }

  /**
   * Lines that hold a date outside education, projects, certificates, awards and publications:
   * what a work history is made of. A student's dated degrees and projects are no missing jobs.
   * The segmentation parsed every line's dates already; they are counted, not parsed again.
   */
  private static int datedLines(Segmentation segmentation) {
    List<Span> elsewhere = new ArrayList<>();
    for (Section s : segmentation.resume().sections()) {
      if (s.kind() != SectionKind.EXPERIENCE && s.kind() != SectionKind.SUMMARY && s.kind() != SectionKind.OTHER) {
        elsewhere.add(s.span());
      }
    }
    int n = 0;
    for (int at : segmentation.datedLines()) {
      if (elsewhere.stream().noneMatch(sp -> sp.offset() <= at && at < sp.end())) {
        n++;
      }
    }
    return n;
  }

  /** A field that is a date or part of one: a month, a year, "Present". */
  static boolean dateAsName(Field f) {
    if (f == null) {
      return false;
    }
    return everyWord(f.value().strip(), DateParser::isDateWord);
  }

  /**
   * Whether {@code test} holds for each non-empty piece of {@code DATE_GAPS.split(v)}, by a walk
   * that stops at the first it fails: asked of every entry's title and employer, whose first word
   * is most often no date's, where the split cut the whole value first (DateGapsTest holds the walk
   * to the split).
   */
  static boolean everyWord(String v, java.util.function.Predicate<String> test) {
    int at = 0;
    while (at < v.length()) {
      while (at < v.length() && dateGap(v.charAt(at))) {
        at++;
      }
      int from = at;
      while (at < v.length() && !dateGap(v.charAt(at))) {
        at++;
      }
      if (at > from && !test.test(v.substring(from, at))) {
        return false;
      }
    }
    return true;
  }

  /** A character of {@link #DATE_GAPS}'s class: white space (the regex class {@code \s}) or a dash. */
  private static boolean dateGap(char c) {
    return Whitespace.isRegexSpace(c) || Glyphs.isDash(c);
  }

  private static boolean oneWord(Entry e) {
    String t = e.title() == null ? "" : e.title().value();
    String o = e.organization() == null ? "" : e.organization().value();
    return Whitespace.splitLength((t + " " + o).strip()) <= 1;
  }

  /** The fewest letters a word run together can have (with many capitals inside). */
  private static final int MIN_GLUED_LETTERS = 14;

  /**
   * The share of words that are long runs of letters with no space, as text drawn without spaces
   * gives. A run in a script written without spaces between words (Chinese, Japanese, Thai…) is
   * how that script is written, not text that lost its spaces.
   */
  static double gluedShare(String text) {
    int words = 0;
    int glued = 0;
    // A plain scan rather than split and matches: this runs over the whole text of every check,
    // and a regex per word (compiled anew by String.matches) cost a twentieth of a warm check.
    int at = 0;
    int n = text.length();
    while (at < n) {
      while (at < n && isSplitSpace(text.charAt(at))) {
        at++;
      }
      int from = at;
      while (at < n && !isSplitSpace(text.charAt(at))) {
        at++;
      }
      if (at == from) {
        continue;
      }
      words++;
      // A word of fewer characters than the shortest glued one (14 letters) is none: most words are
      // counted without copying or reading them again.
      if (at - from < MIN_GLUED_LETTERS) {
        continue;
      }
      String w = text.substring(from, at);
      // Addresses, paths and identifiers run together by nature.
      if (runsTogether(w)) {
        continue;
      }
      int letters = 0;
      int changes = 0;
      boolean lower = false;
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        if (writtenWithoutSpaces(c)) {
          letters = 0;
          break;
        }
        if (Character.isLetter(c)) {
          letters++;
          boolean l = Character.isLowerCase(c);
          if (i > 0 && lower && !l) {
            changes++;
          }
          lower = l;
        }
      }
      // "Builtabillingservicein" or "BuiltABillingService": longer than words run, or many capitals inside.
      if (letters >= 22 || letters >= MIN_GLUED_LETTERS && changes >= 3) {
        glued++;
      }
    }
    return words < 40 ? 0 : (double) glued / words;
  }

  private static boolean writtenWithoutSpaces(char c) {
    if (c < 0x0E00) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI
        || script == Character.UnicodeScript.LAO || script == Character.UnicodeScript.KHMER
        || script == Character.UnicodeScript.MYANMAR || script == Character.UnicodeScript.TIBETAN;
  }

  /** White space as {@code \\s} matches it: space, tab, line feed, vertical tab, form feed, carriage return. */
  private static boolean isSplitSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * A character of {@code /@._:%-} or an ASCII digit: a word with one is an address, a path or an
   * identifier. As the regex {@code .*[/@._:%\d-].*} this replaces read it, a word broken by a line
   * separator (U+0085, U+2028, U+2029; a word holds no line feed or carriage return) is none.
   */
  static boolean runsTogether(String w) {
    boolean found = false;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return false;
      }
      found |= c >= '0' && c <= '9' || "/@._:%-".indexOf(c) >= 0;
    }
    return found;
  }

  private static Map<String, Integer> lost() {
    Map<String, Integer> out = new HashMap<>();
    for (String item : Lexicon.list("reading.txt", "lost-text")) {
      String[] kv = item.trim().split("\\s+");
      out.put(kv[0], Integer.parseInt(kv[1]));
    }
    return out;
  }
}
