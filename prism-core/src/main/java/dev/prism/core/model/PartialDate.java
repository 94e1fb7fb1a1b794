package dev.prism.core.model;

/**
 * A date as resumes write them: a year, optionally a month. {@code month} is 1-12, or 0 when the
 * resume gave only a year (or a season, which is mapped to its first month).
 */
public record PartialDate(int year, int month) implements Comparable<PartialDate> {
  public PartialDate {
    if (year < 1900 || year > 2200) {
      throw new IllegalArgumentException("year out of range: " + year);
    }
    if (month < 0 || month > 12) {
      throw new IllegalArgumentException("month out of range: " + month);
    }
  }

  /** Months since year 0, taking a missing month as the middle of the year. */
  public int monthIndex(boolean asEnd) {
    int m = month == 0 ? (asEnd ? 12 : 1) : month;
    return year * 12 + (m - 1);
  }

  /** ISO-8601 form used by JSON Resume: "2021-03" or "2021". */
  public String iso() {
    // The year has four digits (see the constructor); the month is padded to two.
    return month == 0 ? Integer.toString(year) : year + (month < 10 ? "-0" : "-") + month;
  }

  @Override
  public int compareTo(PartialDate o) {
    return Integer.compare(monthIndex(false), o.monthIndex(false));
  }
}
