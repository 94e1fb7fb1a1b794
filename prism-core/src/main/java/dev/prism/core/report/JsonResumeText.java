package dev.prism.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Small readers of JSON Resume fields shared by everything that lays a JSON Resume out for people:
 * the plain-text layout the JSON Resume reader segments, the Markdown and the PDF of example resumes.
 */
public final class JsonResumeText {
  private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

  private JsonResumeText() {}

  /** A scalar field's text, stripped; "" when absent or not a scalar (a wrongly typed field is skipped). */
  public static String text(JsonNode n, String field) {
    JsonNode v = n.path(field);
    return v.isValueNode() ? v.asText("").strip() : "";
  }

  /** The non-blank parts joined with {@code sep}. */
  public static String join(String sep, String... parts) {
    List<String> kept = new ArrayList<>();
    for (String p : parts) {
      if (p != null && !p.isBlank()) {
        kept.add(p.strip());
      }
    }
    return String.join(sep, kept);
  }

  /** "2019-03-01" or "2019-03" as "Mar 2019"; a lone year or anything else as written. */
  public static String monthYear(String iso) {
    if (iso.matches("\\d{4}-\\d{2}(-\\d{2})?.*")) {
      int month = Integer.parseInt(iso.substring(5, 7));
      if (month >= 1 && month <= 12) {
        return MONTHS[month - 1] + " " + iso.substring(0, 4);
      }
    }
    return iso;
  }

  /**
   * "Mar 2019 – Present" from startDate and endDate; "Jun 2017" alone when they are the same (how
   * {@link JsonResumeWriter} writes a single date); "" when there is no start date.
   */
  public static String dateRange(JsonNode n) {
    String start = text(n, "startDate");
    if (start.isEmpty()) {
      return "";
    }
    String end = text(n, "endDate");
    // "2016-08-24" to "2016-08-24" is one date, as resumes write it ("Aug 2016").
    if (monthYear(end).equals(monthYear(start))) {
      return monthYear(start);
    }
    return monthYear(start) + " – " + (end.isEmpty() ? "Present" : monthYear(end));
  }
}
