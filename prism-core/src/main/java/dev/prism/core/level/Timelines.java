package dev.prism.core.level;

import dev.prism.core.lexicon.Lexicon;
import dev.prism.core.model.DateRange;
import dev.prism.core.model.Entry;
import dev.prism.core.model.Field;
import dev.prism.core.model.PartialDate;
import dev.prism.core.model.Resume;
import dev.prism.core.model.Section;
import dev.prism.core.model.SectionKind;
import dev.prism.core.model.Span;
import dev.prism.core.text.DateParser;
import dev.prism.core.text.ResourceLists;
import dev.prism.core.text.Whitespace;
import dev.prism.core.vocab.Mention;
import dev.prism.core.vocab.Term;
import dev.prism.core.vocab.TermMatcher;
import dev.prism.core.vocab.Tokens;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a resume's {@link Timeline}. Every word that decides a kind, dates a document or marks a
 * student is in {@code level/timeline.txt}.
 */
public final class Timelines {
  private static final Map<String, List<String>> WORDS = ResourceLists.read(Timelines.class, "/dev/prism/core/level/timeline.txt");
  /** The kinds a title, employer or line can name, in the order they are tried. */
  private static final Map<PositionKind, TermMatcher> KINDS = new LinkedHashMap<>();
  private static final Map<PositionKind, TermMatcher> HEADINGS = new LinkedHashMap<>();
  private static final TermMatcher UPDATED = matcher("updated");
  private static final TermMatcher STUDENT = matcher("student");
  private static final TermMatcher EXPERIENCE = matcher("stated-experience");
  private static final Map<String, Integer> NUMBERS = new HashMap<>();
  private static final Pattern STATED;
  /** A description line longer than this is running text, where "interns" or "contract" says nothing of the entry. */
  private static final int SHORT_LINE_WORDS = 6;

  static {
    for (PositionKind k : List.of(PositionKind.INTERNSHIP, PositionKind.ASSISTANTSHIP, PositionKind.CLUB, PositionKind.VOLUNTEER,
        PositionKind.PART_TIME, PositionKind.FOUNDER, PositionKind.FREELANCE, PositionKind.FULL_TIME)) {
      // Clubs and volunteering are the segmentation's lists too (it moves such entries out of the
      // work sections): one copy, in the lexicon.
      boolean shared = k == PositionKind.CLUB || k == PositionKind.VOLUNTEER;
      KINDS.put(k, matcher(k.id(), shared ? Lexicon.list("entry-words.txt", k.id()) : list(k.id())));
    }
    for (PositionKind k : List.of(PositionKind.INTERNSHIP, PositionKind.ASSISTANTSHIP, PositionKind.VOLUNTEER, PositionKind.CLUB)) {
      HEADINGS.put(k, matcher("heading-" + k.id()));
    }
    for (String pair : list("numbers")) {
      String[] kv = pair.split("=");
      NUMBERS.put(kv[0].trim(), Integer.parseInt(kv[1].trim()));
    }
    String numbers = String.join("|", NUMBERS.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList());
    String units = String.join("|", list("stated-unit").stream().map(Pattern::quote).toList());
    // "6+ years", "6 + yrs", "over six years", "10 plus years": the number, a minimum marker, the unit.
    STATED = Pattern.compile("(?<![\\p{L}\\d.])(over |more than |at least |nearly |almost )?(\\d{1,2}(?:\\.\\d)?|" + numbers
        + ")\\s*(\\+|plus)?\\s*(?:" + units + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  private Timelines() {}

  private static List<String> list(String key) {
    List<String> l = WORDS.get(key);
    if (l == null) {
      throw new IllegalStateException("level/timeline.txt: no list '" + key + "'");
    }
    return l;
  }

  private static TermMatcher matcher(String key) {
    return matcher(key, list(key));
  }

  private static TermMatcher matcher(String key, List<String> words) {
    return new TermMatcher(words.stream().map(w -> new Term(w, key, List.of(), false)).toList());
  }

  /**
   * The timeline of a segmented resume.
   *
   * @param written the month the file says it was written, or null
   * @param today the month a check runs in, for resumes that carry no date at all
   */
  public static Timeline of(Resume resume, String text, PartialDate written, PartialDate today) {
    DocumentDate asOf = asOf(resume, text, written, today);
    int asOfEnd = end(asOf.month());
    List<Position> positions = new ArrayList<>();
    for (Section s : resume.sections()) {
      PositionKind sectionKind = switch (s.kind()) {
        case EXPERIENCE -> PositionKind.FULL_TIME;
        case EDUCATION -> PositionKind.EDUCATION;
        case OTHER -> headingKind(s);
        default -> null;
      };
      if (sectionKind == null) {
        continue;
      }
      for (Entry e : s.entries()) {
        if (e.title() == null && e.organization() == null && e.dates() == null) {
          continue;
        }
        String[] kind = sectionKind == PositionKind.EDUCATION ? new String[] {"education", "in an education section"} : classify(e, s);
        PositionKind k = kind == null ? sectionKind : PositionKind.valueOf(kind[0].toUpperCase(Locale.ROOT).replace('-', '_'));
        String why = kind == null ? "a dated job in an experience section" : kind[1];
        int[] months = months(e.dates(), asOfEnd);
        positions.add(new Position(value(e.title()), value(e.organization()), e.span(), e.dates(), k, why, months[0], months[1]));
      }
    }
    Integer merged = mergedMonths(positions);
    Double years = merged == null ? null : Math.round(merged / 12.0 * 10) / 10.0;
    return new Timeline(positions, asOf, years, stated(resume, text), student(resume, text, positions, asOf, years));
  }

  /** The kind an OTHER section's heading gives its entries ("Volunteering"), or null when it names none. */
  private static PositionKind headingKind(Section s) {
    if (s.heading() == null) {
      return null;
    }
    // Each kind's list runs over the same words: the heading is split once.
    Tokens heading = Tokens.of(s.heading().value());
    for (Map.Entry<PositionKind, TermMatcher> h : HEADINGS.entrySet()) {
      if (!h.getValue().find(heading).isEmpty()) {
        return h.getKey();
      }
    }
    return null;
  }

  /** The kind of an experience entry and the words that decided it, or null when nothing names one. */
  private static String[] classify(Entry e, Section s) {
    List<String[]> places = new ArrayList<>();
    if (e.title() != null) {
      places.add(new String[] {e.title().value(), "the title"});
    }
    if (e.organization() != null) {
      places.add(new String[] {e.organization().value(), "the employer"});
    }
    // The short lines right under the header ("Part-time", "Globex · Internship"), before the
    // first bullet and up to the first longer line: further down, a short line is a project's name
    // or a label inside the description ("Charging station demonstrator" over what was built),
    // which says nothing of the post.
    int firstBullet = e.bullets().isEmpty() ? Integer.MAX_VALUE : e.bullets().get(0).span().offset();
    for (Field line : e.lines()) {
      if (line.span().offset() > firstBullet || Whitespace.splitLength(line.value().strip()) > SHORT_LINE_WORDS) {
        break;
      }
      places.add(new String[] {line.value(), "the line under it"});
    }
    for (String[] place : places) {
      Tokens words = Tokens.of(place[0]);
      for (Map.Entry<PositionKind, TermMatcher> k : KINDS.entrySet()) {
        List<Mention> found = k.getValue().find(words);
        if (!found.isEmpty()) {
          return new String[] {k.getKey().id(), "\"" + found.get(0).span().of(place[0]) + "\" in " + place[1]};
        }
      }
    }
    if (s.heading() != null) {
      Tokens heading = Tokens.of(s.heading().value());
      for (Map.Entry<PositionKind, TermMatcher> h : HEADINGS.entrySet()) {
        List<Mention> found = h.getValue().find(heading);
        if (!found.isEmpty()) {
          return new String[] {h.getKey().id(), "under the heading \"" + s.heading().value().strip() + "\""};
        }
      }
    }
    return null;
  }

  /**
   * The months a range covers, as {from, to} month indexes, or {−1, −1}. A year without a month
   * stands for its middle, so "2019 – 2020" is twelve months, not twenty-four; a range within one
   * year given only as years ("2016 – 2016") is taken as half a year.
   */
  public static int[] months(DateRange d, int asOfEnd) {
    if (d == null || d.single()) {
      return new int[] {-1, -1};
    }
    int from = start(d.start());
    int to = d.present() ? asOfEnd : end(d.end());
    if (!d.present() && d.start().month() == 0 && d.end().month() == 0 && d.start().year() == d.end().year()) {
      to = from + 6;
      from -= 3;
      to -= 3;
    }
    if (to < from) {
      return new int[] {-1, -1};
    }
    return new int[] {from, to};
  }

  /** The first month a date stands for: its month, or the middle of its year. */
  public static int start(PartialDate d) {
    return d.year() * 12 + (d.month() == 0 ? 6 : d.month() - 1);
  }

  /** The month after the last a date stands for as an end: the month after its own, or the middle of its year. */
  public static int end(PartialDate d) {
    return d.year() * 12 + (d.month() == 0 ? 6 : d.month());
  }

  /** Months of the counted positions, overlaps merged; null when none has dates. */
  private static Integer mergedMonths(List<Position> positions) {
    List<int[]> ranges = new ArrayList<>();
    for (Position p : positions) {
      if (p.kind().counts() && p.dated()) {
        ranges.add(new int[] {p.from(), p.to()});
      }
    }
    return merge(ranges);
  }

  /** Total length of ranges {from, to}, overlaps counted once; null for no ranges. */
  public static Integer merge(List<int[]> ranges) {
    if (ranges.isEmpty()) {
      return null;
    }
    List<int[]> sorted = new ArrayList<>(ranges);
    sorted.sort(Comparator.comparingInt(r -> r[0]));
    int months = 0;
    int from = sorted.get(0)[0];
    int to = sorted.get(0)[1];
    for (int[] r : sorted) {
      if (r[0] > to) {
        months += to - from;
        from = r[0];
        to = r[1];
      } else {
        to = Math.max(to, r[1]);
      }
    }
    return months + to - from;
  }

  /**
   * The month the resume was written: the file's date, else a dated "updated" line, else the latest
   * date it prints (up to today) when that comes after every running position's start, else today.
   * A file date earlier than a date the resume prints is a template's or a copy's, and yields to it.
   */
  static DocumentDate asOf(Resume resume, String text, PartialDate written, PartialDate today) {
    PartialDate latest = null;
    PartialDate latestEducation = null;
    for (Section s : resume.sections()) {
      for (Entry e : s.entries()) {
        DateRange d = e.dates();
        if (d == null) {
          continue;
        }
        for (PartialDate p : new PartialDate[] {d.start(), d.end()}) {
          if (p == null || p.compareTo(today) > 0) {
            continue;
          }
          if (s.kind() == SectionKind.EDUCATION) {
            latestEducation = later(latestEducation, p);
          } else {
            latest = later(latest, p);
          }
        }
      }
    }
    if (written != null && written.compareTo(today) <= 0) {
      return new DocumentDate(latest != null && latest.compareTo(written) > 0 ? latest : written, DocumentDate.Source.METADATA);
    }
    PartialDate updated = updatedLine(text, today);
    if (updated != null) {
      return new DocumentDate(later(updated, latest), DocumentDate.Source.UPDATED_LINE);
    }
    // The latest date printed dates the document only when it comes after the start of every
    // position still running: a running job's own start says nothing of how long it has run.
    PartialDate printed = later(latest, latestEducation);
    PartialDate running = latestRunningStart(resume);
    if (printed != null && (running == null || printed.compareTo(running) > 0)) {
      return new DocumentDate(printed, DocumentDate.Source.LATEST_PRINTED);
    }
    return new DocumentDate(today, DocumentDate.Source.TODAY);
  }

  /** The latest start of a range that runs to "Present", outside education; null when none runs. */
  private static PartialDate latestRunningStart(Resume resume) {
    PartialDate out = null;
    for (Section s : resume.sections()) {
      if (s.kind() == SectionKind.EDUCATION) {
        continue;
      }
      for (Entry e : s.entries()) {
        if (e.dates() != null && e.dates().present()) {
          out = later(out, e.dates().start());
        }
      }
    }
    return out;
  }

  private static PartialDate later(PartialDate a, PartialDate b) {
    return a == null ? b : b == null ? a : (b.compareTo(a) > 0 ? b : a);
  }

  /** The date on a short line that says it dates the document ("Last updated: March 2021"). */
  private static PartialDate updatedLine(String text, PartialDate today) {
    int at = 0;
    for (String line : text.split("\n", -1)) {
      int base = at;
      at += line.length() + 1;
      if (line.isBlank() || Whitespace.splitLength(line.strip()) > 8 || UPDATED.find(line).isEmpty()) {
        continue;
      }
      var d = DateParser.find(line, base);
      if (d.isPresent()) {
        PartialDate p = d.get().end() != null ? d.get().end() : d.get().start();
        if (p.compareTo(today) <= 0) {
          return p;
        }
      }
    }
    return null;
  }

  /** A figure of experience stated in the summary or the lines before the first heading. */
  static StatedYears stated(Resume resume, String text) {
    for (Section s : resume.sections()) {
      if (s.kind() != SectionKind.SUMMARY && s.heading() != null) {
        continue;
      }
      Span span = s.span();
      Matcher m = STATED.matcher(text).region(span.offset(), Math.min(text.length(), span.end()));
      while (m.find()) {
        int after = Math.min(Math.min(text.length(), span.end()), m.end() + 60);
        if (EXPERIENCE.find(text, m.end(), after).isEmpty()) {
          continue;
        }
        String n = m.group(2).toLowerCase(Locale.ROOT);
        double years = NUMBERS.containsKey(n) ? NUMBERS.get(n) : Double.parseDouble(n);
        if (years < 1 || years > 50) {
          continue;
        }
        boolean atLeast = m.group(3) != null || (m.group(1) != null && !m.group(1).startsWith("n") && !m.group(1).startsWith("a"));
        return new StatedYears(years, atLeast, text.substring(m.start(), m.end()).strip(), Span.between(m.start(), m.end()));
      }
    }
    return null;
  }

  /**
   * Why the resume reads as a student's or a new graduate's, or null. A student: a degree still
   * running at the resume's date, or the resume says so in its summary, headline or an education
   * entry that has not ended. A new graduate: a degree finished within the year before an exact
   * document date, with under two professional years.
   */
  private static String student(Resume resume, String text, List<Position> positions, DocumentDate asOf, Double years) {
    int now = end(asOf.month());
    int latestJobStart = -1;
    for (Position p : positions) {
      if (p.kind() != PositionKind.EDUCATION && p.dated()) {
        latestJobStart = Math.max(latestJobStart, p.from());
      }
    }
    for (Position p : positions) {
      if (p.kind() != PositionKind.EDUCATION || p.dates() == null) {
        continue;
      }
      DateRange d = p.dates();
      PartialDate last = d.present() ? null : d.end() != null ? d.end() : d.start();
      String what = p.name();
      if (d.present()) {
        return what + " is still running";
      }
      int ends = end(last);
      if (ends > now && asOf.exact()) {
        return what + " ends " + last.iso() + ", after the resume's date (" + asOf.month().iso() + ")";
      }
      if (!asOf.exact() && ends > now - 1 && start(last) > latestJobStart && d.end() != null) {
        return what + " ends " + last.iso() + ", after every position listed";
      }
      if (asOf.exact() && ends <= now && ends > now - 12 && (years == null || years < 2)) {
        return "new graduate: " + what + " ended " + last.iso() + ", within the year before the resume's date";
      }
    }
    for (Section s : resume.sections()) {
      boolean summary = s.kind() == SectionKind.SUMMARY || s.heading() == null;
      if (summary) {
        List<Mention> m = STUDENT.find(text, s.span().offset(), Math.min(text.length(), s.span().end()));
        if (!m.isEmpty()) {
          return "\"" + m.get(0).span().of(text) + "\" in the " + (s.heading() == null ? "headline" : "summary");
        }
      } else if (s.kind() == SectionKind.EDUCATION) {
        for (Entry e : s.entries()) {
          boolean ended = e.dates() != null && !e.dates().present() && end(e.dates().end() != null ? e.dates().end() : e.dates().start()) <= now - 12;
          List<Mention> m = STUDENT.find(text, e.span().offset(), Math.min(text.length(), e.span().end()));
          if (!ended && !m.isEmpty()) {
            return "\"" + m.get(0).span().of(text) + "\" in the education section";
          }
        }
      }
    }
    return null;
  }

  private static String value(Field f) {
    return f == null ? null : f.value();
  }
}
