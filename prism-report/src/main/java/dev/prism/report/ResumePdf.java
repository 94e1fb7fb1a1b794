package dev.prism.report;

import static dev.prism.core.report.JsonResumeText.dateRange;
import static dev.prism.core.report.JsonResumeText.join;
import static dev.prism.core.report.JsonResumeText.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON Resume laid out as a plain one-column PDF: name, contact line, then summary, experience,
 * projects, education and skills with standard headings. Plain on purpose: it is what
 * applicant-tracking systems read best, and it is what Prism's example resumes are downloaded as.
 */
public final class ResumePdf {
  private ResumePdf() {}

  public static byte[] render(JsonNode resume) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
    PdfReport.htmlToPdf(html(resume), out);
    return out.toByteArray();
  }

  static String html(JsonNode r) {
    StringBuilder h = new StringBuilder(4096);
    JsonNode b = r.path("basics");
    h.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"/><title>")
        .append(e(text(b, "name"))).append("</title><style>")
        .append("body{font-family:'DejaVu Sans',sans-serif;font-size:10pt;margin:0;color:#111}")
        .append("h1{font-size:18pt;margin:0}h2{font-size:11pt;border-bottom:1px solid #999;margin:12pt 0 4pt;text-transform:uppercase}")
        .append("p{margin:2pt 0}ul{margin:2pt 0 6pt 14pt;padding:0}li{margin:1pt 0}.head{font-weight:bold}.when{float:right}")
        .append("@page{size:A4;margin:16mm}</style></head><body>");
    h.append("<h1>").append(e(text(b, "name"))).append("</h1>");
    if (!text(b, "label").isEmpty()) {
      h.append("<p>").append(e(text(b, "label"))).append("</p>");
    }
    List<String> contact = new ArrayList<>();
    for (String f : List.of("email", "phone", "url")) {
      if (!text(b, f).isEmpty()) {
        contact.add(text(b, f));
      }
    }
    String city = join(", ", text(b.path("location"), "city"), text(b.path("location"), "region"));
    if (!city.isEmpty()) {
      contact.add(city);
    }
    b.path("profiles").forEach(p -> contact.add(text(p, "url")));
    h.append("<p>").append(e(String.join(" | ", contact.stream().filter(c -> !c.isEmpty()).toList()))).append("</p>");
    if (!text(b, "summary").isEmpty()) {
      h.append("<h2>Summary</h2><p>").append(e(text(b, "summary"))).append("</p>");
    }
    entries(h, "Experience", r.path("work"), "position", "name");
    entries(h, "Projects", r.path("projects"), "name", "entity");
    if (r.path("education").size() > 0) {
      h.append("<h2>Education</h2>");
      for (JsonNode ed : r.path("education")) {
        h.append("<p><span class=\"when\">").append(e(dateRange(ed))).append("</span><span class=\"head\">")
            .append(e(join(" in ", text(ed, "studyType"), text(ed, "area")))).append("</span> | ")
            .append(e(text(ed, "institution"))).append("</p>");
      }
    }
    if (r.path("skills").size() > 0) {
      h.append("<h2>Skills</h2>");
      for (JsonNode s : r.path("skills")) {
        List<String> kws = new ArrayList<>();
        s.path("keywords").forEach(k -> kws.add(k.asText("")));
        h.append("<p><span class=\"head\">").append(e(text(s, "name"))).append(":</span> ")
            .append(e(String.join(", ", kws))).append("</p>");
      }
    }
    return h.append("</body></html>").toString();
  }

  private static void entries(StringBuilder h, String heading, JsonNode items, String title, String org) {
    if (items.size() == 0) {
      return;
    }
    h.append("<h2>").append(heading).append("</h2>");
    for (JsonNode w : items) {
      h.append("<p><span class=\"when\">").append(e(dateRange(w))).append("</span><span class=\"head\">")
          .append(e(text(w, title))).append("</span>");
      String where = join(", ", text(w, org), text(w, "location"));
      if (!where.isEmpty()) {
        h.append(" | ").append(e(where));
      }
      h.append("</p>");
      if (!text(w, "summary").isEmpty() || !text(w, "description").isEmpty()) {
        h.append("<p>").append(e(text(w, "summary").isEmpty() ? text(w, "description") : text(w, "summary"))).append("</p>");
      }
      if (w.path("highlights").size() > 0) {
        h.append("<ul>");
        w.path("highlights").forEach(x -> h.append("<li>").append(e(x.asText(""))).append("</li>"));
        h.append("</ul>");
      }
    }
  }





  private static String e(String s) {
    return HtmlReport.escape(s);
  }
}
