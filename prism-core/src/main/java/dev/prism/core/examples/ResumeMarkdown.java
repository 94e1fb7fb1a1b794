package dev.prism.core.examples;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a JSON Resume document as Markdown in the layout Prism's Markdown reader expects (name as
 * the title, {@code ##} sections, {@code ###} entries, dates on their own line, {@code -} bullets),
 * so that a person can start from an example in Markdown and check it as they edit.
 */
public final class ResumeMarkdown {
  private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

  private ResumeMarkdown() {}

  public static String render(JsonNode root) {
    StringBuilder out = new StringBuilder();
    JsonNode basics = root.path("basics");
    out.append("# ").append(text(basics, "name")).append("\n\n");
    List<String> contact = new ArrayList<>();
    contact.add(text(basics, "email"));
    contact.add(text(basics, "phone"));
    JsonNode loc = basics.path("location");
    contact.add(join(", ", text(loc, "city"), text(loc, "region").isEmpty() ? text(loc, "countryCode") : text(loc, "region")));
    for (JsonNode p : basics.path("profiles")) {
      contact.add(text(p, "url"));
    }
    out.append(join(" | ", contact.toArray(String[]::new))).append("\n");
    if (!text(basics, "summary").isEmpty()) {
      out.append("\n## Summary\n\n").append(text(basics, "summary")).append("\n");
    }
    if (!root.path("work").isEmpty()) {
      out.append("\n## Experience\n");
      for (JsonNode w : root.path("work")) {
        out.append("\n### ").append(join(" | ", text(w, "position"), text(w, "name"), text(w, "location"))).append("\n");
        out.append(dates(w)).append("\n\n");
        for (JsonNode h : w.path("highlights")) {
          out.append("- ").append(h.asText("")).append("\n");
        }
      }
    }
    if (!root.path("skills").isEmpty()) {
      out.append("\n## Skills\n\n");
      for (JsonNode s : root.path("skills")) {
        List<String> kws = new ArrayList<>();
        s.path("keywords").forEach(k -> kws.add(k.asText("")));
        out.append("- **").append(text(s, "name")).append(":** ").append(String.join(", ", kws)).append("\n");
      }
    }
    if (!root.path("education").isEmpty()) {
      out.append("\n## Education\n\n");
      for (JsonNode e : root.path("education")) {
        out.append(join(" | ", join(" ", text(e, "studyType"), text(e, "area")), text(e, "institution"), dates(e))).append("\n");
      }
    }
    return out.toString();
  }

  private static String dates(JsonNode n) {
    String end = text(n, "endDate");
    return month(text(n, "startDate")) + " – " + (end.isEmpty() ? "Present" : month(end));
  }

  /** "2024-06" as "Jun 2024"; anything else as written. */
  private static String month(String iso) {
    if (iso.matches("\\d{4}-\\d{2}(-\\d{2})?")) {
      int m = Integer.parseInt(iso.substring(5, 7));
      if (m >= 1 && m <= 12) {
        return MONTHS[m - 1] + " " + iso.substring(0, 4);
      }
    }
    return iso;
  }

  private static String text(JsonNode n, String field) {
    return n.path(field).asText("").trim();
  }

  private static String join(String sep, String... parts) {
    List<String> kept = new ArrayList<>();
    for (String p : parts) {
      if (p != null && !p.isBlank()) {
        kept.add(p);
      }
    }
    return String.join(sep, kept);
  }
}
