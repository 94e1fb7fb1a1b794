package dev.prism.core.level;

import dev.prism.core.model.DateRange;
import dev.prism.core.model.Span;
import java.util.Objects;

/**
 * One entry of the experience timeline: an experience entry (or an education or activity entry)
 * with its kind, the words that decided the kind, and the months it covers.
 *
 * @param title the entry's title, or null
 * @param organization the entry's employer or school, or null
 * @param span the entry in the text
 * @param dates its dates as written, or null when undated
 * @param decidedBy why it is of its kind, for people ("\"co-op\" in the title")
 * @param from first month covered, as a month index (year × 12 + month − 1), or −1 when undated
 * @param to the month after the last covered, or −1 when undated; {@code to − from} is its length
 */
public record Position(
    String title, String organization, Span span, DateRange dates, PositionKind kind, String decidedBy, int from, int to) {
  public Position {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(decidedBy, "decidedBy");
    if ((from < 0) != (to < 0) || to < from) {
      throw new IllegalArgumentException("months out of order: " + from + ".." + to);
    }
  }

  public boolean dated() {
    return from >= 0;
  }

  public int months() {
    return dated() ? to - from : 0;
  }

  /** "Software Engineer, Acme" or whichever of the two the resume gave. */
  public String name() {
    if (title != null && organization != null) {
      return title + ", " + organization;
    }
    return title != null ? title : organization != null ? organization : "an untitled entry";
  }
}
