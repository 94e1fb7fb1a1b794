package dev.prism.core.examples;

import static dev.prism.core.report.JsonResumeText.dateRange;
import static dev.prism.core.report.JsonResumeText.join;
import static dev.prism.core.report.JsonResumeText.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a JSON Resume document as Markdown in the layout Prism's Markdown reader expects (name as
 * the title, {@code ##} sections, {@code ###} entries, dates on their own line, {@code -} bullets),
 * so that a person can start from an example in Markdown and check it as they edit.
 */
public final class ResumeMarkdown {
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
    entries(out, "Experience", root.path("work"), "position", "name");
    // An edited resume downloaded from the page keeps its projects; examples have none.
    entries(out, "Projects", root.path("projects"), "name", "entity");
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
        out.append(join(" | ", join(" ", text(e, "studyType"), text(e, "area")), text(e, "institution"), dateRange(e))).append("\n");
      }
    }
    return out.toString();
  }

  private static void entries(StringBuilder out, String heading, JsonNode items, String title, String org) {
    if (items.isEmpty()) {
      return;
    }
    out.append("\n## ").append(heading).append("\n");
    for (JsonNode w : items) {
      out.append("\n### ").append(join(" | ", text(w, title), text(w, org), text(w, "location"))).append("\n");
      String dates = dateRange(w);
      if (!dates.isEmpty()) {
        out.append(dates).append("\n");
      }
      out.append("\n");
      for (JsonNode h : w.path("highlights")) {
        out.append("- ").append(h.asText("")).append("\n");
      }
    }
  }



}
