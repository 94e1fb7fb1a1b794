package dev.prism.core.model;

import java.util.Objects;

/**
 * A start and end as written on a resume. {@code end} is null when the range is open ("Present") or
 * when the resume gave a single date; {@code present} tells the two apart.
 */
public record DateRange(PartialDate start, PartialDate end, boolean present, Span span) {
  public DateRange {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(span, "span");
    if (present && end != null) {
      throw new IllegalArgumentException("an open range has no end date");
    }
  }

  /** A single date ("Summer 2017", "Mar 2021", "2019"): one point, neither a range nor open. */
  public boolean single() {
    return end == null && !present;
  }

  /** The first month the range covers ({@link PartialDate#monthIndex}): a year alone from its January. */
  public int firstMonth() {
    return start.monthIndex(false);
  }

  /**
   * The last month the range covers ({@link PartialDate#monthIndex}): its end, or its start when it
   * is a single date, a year alone to its December; an open range runs on without end.
   */
  public int lastMonth() {
    return present ? Integer.MAX_VALUE : (end != null ? end : start).monthIndex(true);
  }

  /** Length in months, with "Present" counted up to {@code today}. A single date counts as 0. */
  public int months(PartialDate today) {
    PartialDate to = present ? today : end;
    if (to == null) {
      return 0;
    }
    return Math.max(0, to.monthIndex(true) - start.monthIndex(false) + 1);
  }
}
