package dev.prism.core.level;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A resume's experience as a timeline: every position classified, the month the resume was
 * written, and the professional years that follow from them (full-time, freelance or contract and
 * founder ranges merged, so that overlaps count once).
 *
 * @param years professional years, or null when no counted position has dates
 * @param stated a figure the resume states about itself, or null
 * @param student why the resume reads as a student's or a new graduate's, or null when it does not
 */
public record Timeline(List<Position> positions, DocumentDate asOf, Double years, StatedYears stated, String student) {
  public Timeline {
    positions = List.copyOf(positions);
    Objects.requireNonNull(asOf, "asOf");
  }

  /** Whether the stated figure agrees with the dates, within a year or a fifth; null when either is missing. */
  public Boolean statedAgrees() {
    if (stated == null || years == null) {
      return null;
    }
    double slack = Math.max(1.0, stated.years() * 0.2);
    return stated.atLeast() ? years + slack >= stated.years() : Math.abs(years - stated.years()) <= slack;
  }

  /** The positions whose months make the professional years, for people: "Backend Engineer, Acme (full-time, 26 months)". */
  public List<String> counted() {
    List<String> out = new ArrayList<>();
    for (Position p : positions) {
      if (counts(p)) {
        out.add(p.name() + " (" + p.kind().label() + ", " + months(p.months()) + ")");
      }
    }
    return out;
  }

  /** How many positions {@link #counted} lists, without writing them out. */
  public int countedSize() {
    int n = 0;
    for (Position p : positions) {
      if (counts(p)) {
        n++;
      }
    }
    return n;
  }

  private static boolean counts(Position p) {
    return p.kind().counts() && p.dated() && p.months() > 0;
  }

  /** The positions left out of the professional years, each with why. */
  public List<String> notCounted() {
    List<String> out = new ArrayList<>();
    for (Position p : positions) {
      if (p.kind() == PositionKind.EDUCATION) {
        continue;
      }
      if (!p.kind().counts()) {
        out.add(p.name() + " (" + p.kind().label() + ", " + p.decidedBy() + (p.dated() ? ", " + months(p.months()) : "") + ")");
      } else if (!p.dated() || p.months() == 0) {
        out.add(p.name() + " (" + p.kind().label() + ", no date range to count)");
      }
    }
    return out;
  }

  static String months(int m) {
    if (m < 24) {
      return m + (m == 1 ? " month" : " months");
    }
    return oneDecimal(m / 12.0) + " years";
  }

  /**
   * {@code String.format(Locale.ROOT, "%.1f", v)}: the shortest decimal form of {@code v} rounded
   * half up to one place, as the formatter rounds. Evidence lines are written on every check, and
   * the formatter parsing its pattern each time cost more than the rest of the line.
   */
  static String oneDecimal(double v) {
    // The professional years are rounded to tenths already: such a value is written from its whole
    // number of tenths, as the decimal that names it is "whole.tenth" (a BigDecimal of a double
    // goes through its shortest decimal string, which cost as much as the rest of the line).
    long tenths = Math.round(v * 10);
    if (tenths >= 0 && tenths < 1_000_000 && tenths / 10.0 == v) {
      return tenths / 10 + "." + tenths % 10;
    }
    return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).toPlainString();
  }
}
