package dev.prism.ingest;

import static dev.prism.core.report.JsonResumeText.dateRange;
import static dev.prism.core.report.JsonResumeText.join;
import static dev.prism.core.report.JsonResumeText.monthYear;
import static dev.prism.core.report.JsonResumeText.text;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.prism.core.ingest.ResumeReader;
import dev.prism.core.ingest.UnreadableInputException;
import dev.prism.core.ingest.UnreadableInputException.Problem;
import dev.prism.core.model.Extraction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * JSON Resume (jsonresume.org schema 1.0). The document is laid out as a plain-text resume, in the
 * order a recruiter reads one, so that it goes through the same segmentation as every other format
 * and spans point at readable text. A round-trip test keeps layout and segmenter in step.
 */
public final class JsonResumeReader implements ResumeReader {
  /** Made on the first JSON read: a mapper costs tens of milliseconds of a cold start that reads PDFs. */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  @Override
  public String format() {
    return "json-resume";
  }

  @Override
  public boolean accepts(String fileName, byte[] head) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".json");
  }

  @Override
  public Extraction read(byte[] bytes) throws UnreadableInputException {
    String source = TextDecoding.decode(bytes);
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(source);
    } catch (JacksonException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new UnreadableInputException(Problem.CORRUPT, "malformed JSON" + where + "; check the file with a JSON validator");
    }
    if (ResumeMatcherShape.matches(root)) {
      root = ResumeMatcherShape.toJsonResume(root);
    }
    return new Extraction(layout(root), format(), 0, List.of(), List.of()).withEstimatedPages();
  }

  /** Lays a JSON Resume object out as text. Also used to print example resumes. */
  public static String layout(JsonNode root) throws UnreadableInputException {
    if (root == null || !root.isObject()) {
      throw new UnreadableInputException(Problem.CORRUPT, "a JSON Resume must be a JSON object with fields such as basics and work");
    }
    StringBuilder out = new StringBuilder();
    JsonNode basics = root.path("basics");
    line(out, text(basics, "name"));
    line(out, text(basics, "label"));
    List<String> contact = new ArrayList<>();
    contact.add(text(basics, "email"));
    contact.add(text(basics, "phone"));
    JsonNode loc = basics.path("location");
    contact.add(join(", ", text(loc, "city"), text(loc, "region").isEmpty() ? text(loc, "countryCode") : text(loc, "region")));
    contact.add(text(basics, "url"));
    for (JsonNode p : basics.path("profiles")) {
      contact.add(text(p, "url").isEmpty() ? join(": ", text(p, "network"), text(p, "username")) : text(p, "url"));
    }
    line(out, join(" | ", contact.toArray(String[]::new)));

    String summary = text(basics, "summary");
    if (!summary.isEmpty()) {
      heading(out, "SUMMARY");
      line(out, summary);
    }
    section(out, "EXPERIENCE", root.path("work"), "position", "name");
    section(out, "VOLUNTEERING", root.path("volunteer"), "position", "organization");
    section(out, "PROJECTS", root.path("projects"), "name", "entity");
    if (root.path("education").size() > 0) {
      heading(out, "EDUCATION");
      for (JsonNode e : root.path("education")) {
        String degree = join(" in ", text(e, "studyType"), text(e, "area"));
        line(out, join(" | ", degree, text(e, "institution")) + dates(e));
        for (JsonNode c : e.path("courses")) {
          line(out, "- " + c.asText(""));
        }
      }
    }
    if (root.path("skills").size() > 0) {
      heading(out, "SKILLS");
      for (JsonNode s : root.path("skills")) {
        List<String> kws = new ArrayList<>();
        s.path("keywords").forEach(k -> kws.add(k.asText("")));
        String name = text(s, "name");
        line(out, kws.isEmpty() ? name : (name.isEmpty() ? "" : name + ": ") + String.join(", ", kws));
      }
    }
    simple(out, "CERTIFICATIONS", root.path("certificates"), "name", "issuer", "date");
    simple(out, "AWARDS", root.path("awards"), "title", "awarder", "date");
    simple(out, "PUBLICATIONS", root.path("publications"), "name", "publisher", "releaseDate");
    if (root.path("languages").size() > 0) {
      heading(out, "LANGUAGES");
      for (JsonNode l : root.path("languages")) {
        line(out, join(": ", text(l, "language"), text(l, "fluency")));
      }
    }
    if (root.path("interests").size() > 0) {
      heading(out, "INTERESTS");
      for (JsonNode i : root.path("interests")) {
        line(out, text(i, "name"));
      }
    }
    String text = out.toString().strip();
    if (text.isEmpty()) {
      throw new UnreadableInputException(Problem.EMPTY, "the JSON has no resume fields (basics, work, education, skills)");
    }
    return text + "\n";
  }

  private static void section(StringBuilder out, String heading, JsonNode items, String titleField, String orgField) {
    if (items.size() == 0) {
      return;
    }
    heading(out, heading);
    for (JsonNode w : items) {
      out.append('\n');
      line(out, join(" | ", text(w, titleField), text(w, orgField), text(w, "location")) + dates(w));
      String desc = text(w, "summary").isEmpty() ? text(w, "description") : text(w, "summary");
      if (!desc.isEmpty()) {
        line(out, desc);
      }
      for (JsonNode h : w.path("highlights")) {
        line(out, "- " + h.asText("").strip());
      }
    }
  }

  /** A section of named items; the schema names a publication's date "releaseDate", others "date". */
  private static void simple(StringBuilder out, String heading, JsonNode items, String titleField, String byField,
      String dateField) {
    if (items.size() == 0) {
      return;
    }
    heading(out, heading);
    for (JsonNode c : items) {
      String date = monthYear(text(c, dateField));
      line(out, join(" | ", text(c, titleField), text(c, byField)) + (date.isEmpty() ? "" : "    " + date));
      String summary = text(c, "summary");
      if (!summary.isEmpty()) {
        line(out, summary);
      }
    }
  }

  private static String dates(JsonNode n) {
    String range = dateRange(n);
    return range.isEmpty() ? "" : "    " + range;
  }

  private static void heading(StringBuilder out, String h) {
    out.append('\n').append(h).append('\n');
  }

  private static void line(StringBuilder out, String s) {
    String t = s.strip().replace('\n', ' ').replace('\r', ' ');
    if (!t.isEmpty()) {
      out.append(t).append('\n');
    }
  }


}
