package dev.prism.ingest.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.prism.core.level.Timelines;
import dev.prism.core.model.PartialDate;
import dev.prism.core.text.ResourceLists;
import dev.prism.core.vocab.Term;
import dev.prism.core.vocab.TermMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * The professional years a truth file's dated work gives: its full-time jobs (every job whose title
 * or company says no internship, assistantship, student or part-time work, by
 * {@code eval/truth-kinds.txt}), ranges merged, years without a month counted from mid-year, and
 * "present" read as the document's month: the file's own date when its reader gives one that is no
 * earlier than the truth's latest date, else that latest date (work and finished education) when
 * it comes after every running job's start, else today. The same month arithmetic as the
 * engine's ({@link Timelines#start}, {@link Timelines#end}), so that only the reading, the
 * classifying and the merging are measured.
 */
final class LevelTruth {
  private static final TermMatcher NOT_FULL_TIME = new TermMatcher(
      ResourceLists.read(LevelTruth.class, "/dev/prism/ingest/eval/truth-kinds.txt").get("not-full-time").stream()
          .map(w -> new Term(w, "kind", List.of(), false)).toList());

  private LevelTruth() {}

  /** Whether a truth job is full-time professional work. */
  static boolean fullTime(JsonNode job) {
    String words = job.path("title").asText("") + " | " + job.path("company").asText("");
    return NOT_FULL_TIME.find(words).isEmpty();
  }

  /**
   * Professional years from the truth's work, or null when no job has a start date.
   *
   * @param written the document's month as its reader gives it, or null
   * @param today the month the check ran in
   */
  static Double years(JsonNode truth, PartialDate written, PartialDate today) {
    PartialDate latest = null;
    boolean dated = false;
    for (JsonNode w : truth.path("work")) {
      for (String f : new String[] {"start", "end"}) {
        PartialDate d = date(w.path(f).asText(null));
        if (d != null) {
          dated = true;
          latest = latest == null || d.compareTo(latest) > 0 ? d : latest;
        }
      }
    }
    if (!dated) {
      return null;
    }
    PartialDate running = null;
    for (JsonNode w : truth.path("work")) {
      PartialDate start = date(w.path("start").asText(null));
      if (start != null && "present".equalsIgnoreCase(w.path("end").asText(""))) {
        running = running == null || start.compareTo(running) > 0 ? start : running;
      }
    }
    for (JsonNode e : truth.path("education")) {
      PartialDate end = date(e.path("end").asText(null));
      if (end != null && end.compareTo(today) <= 0) {
        latest = end.compareTo(latest) > 0 ? end : latest;
      }
    }
    PartialDate asOf = written != null && written.compareTo(latest) >= 0 ? written
        : running == null || latest.compareTo(running) > 0 ? latest : today;
    List<int[]> ranges = new ArrayList<>();
    for (JsonNode w : truth.path("work")) {
      PartialDate start = date(w.path("start").asText(null));
      String endText = w.path("end").asText(null);
      if (start == null || endText == null || !fullTime(w)) {
        continue;
      }
      boolean present = endText.equalsIgnoreCase("present");
      PartialDate end = present ? asOf : date(endText);
      if (end == null) {
        continue;
      }
      int from = Timelines.start(start);
      int to = Timelines.end(end);
      if (!present && start.month() == 0 && end.month() == 0 && start.year() == end.year()) {
        from -= 3;
        to = from + 6;
      }
      if (to > from) {
        ranges.add(new int[] {from, to});
      }
    }
    Integer months = Timelines.merge(ranges);
    return months == null ? 0.0 : months / 12.0;
  }

  /** "2021-03" or "2021" as a date; anything else none. */
  static PartialDate date(String s) {
    if (s == null || !s.matches("\\d{4}(-\\d{2})?")) {
      return null;
    }
    return new PartialDate(Integer.parseInt(s.substring(0, 4)), s.length() > 4 ? Integer.parseInt(s.substring(5)) : 0);
  }
}
