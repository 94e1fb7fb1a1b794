package dev.prism.ingest;

import static dev.prism.core.report.JsonResumeText.dateRange;
import static dev.prism.core.report.JsonResumeText.join;
import static dev.prism.core.report.JsonResumeText.monthYear;
import static dev.prism.core.report.JsonResumeText.text;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.prism.core.ingest.ResumeReader;
import dev.prism.core.ingest.UnreadableInputException;
import dev.prism.core.ingest.UnreadableInputException.Problem;
import dev.prism.core.model.Claim;
import dev.prism.core.model.Claim.ContactField;
import dev.prism.core.model.Extraction;
import dev.prism.core.model.Layout;
import dev.prism.core.model.SectionKind;
import dev.prism.core.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * JSON Resume (jsonresume.org schema 1.0, and the older keys still common: {@code company} for a
 * job's {@code name}, {@code website} for {@code url}), and two other shapes mapped onto it: FRESH
 * ({@link FreshShape}) and a resume builder's export ({@link ResumeMatcherShape}). The document is laid out as a plain-text
 * resume, in the order a recruiter reads one, so that spans point at readable text; and every field
 * the document gives is claimed over its span (a section's kind, a job's position, employer,
 * location and dates, the contact details), so the segmenter takes them as they are instead of
 * guessing them back from the layout.
 */
public final class JsonResumeReader implements ResumeReader {
  /**
   * Made on the first JSON read: a mapper costs tens of milliseconds of a cold start that reads
   * PDFs. A comma after an array's or an object's last item, as people leave one when they edit
   * their resume by hand, is read past: the resume means no more than without it.
   */
  private static final class Json {
    static final ObjectMapper MAPPER = JsonMapper.builder().enable(JsonReadFeature.ALLOW_TRAILING_COMMA).build();
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
    } else if (FreshShape.matches(root)) {
      root = FreshShape.toJsonResume(root);
    }
    Doc doc = lay(root);
    return new Extraction(doc.text(), format(), 0, new Layout(List.of(), doc.claims), List.of()).withEstimatedPages();
  }

  /** Lays a JSON Resume object out as text. Also used to print example resumes. */
  public static String layout(JsonNode root) throws UnreadableInputException {
    return lay(root).text();
  }

  private static Doc lay(JsonNode root) throws UnreadableInputException {
    if (root == null || !root.isObject()) {
      throw new UnreadableInputException(Problem.CORRUPT, "a JSON Resume must be a JSON object with fields such as basics and work");
    }
    Doc out = new Doc();
    JsonNode basics = root.path("basics");
    out.claimed(text(basics, "name"), ContactField.NAME);
    out.end();
    out.claimed(text(basics, "label"), ContactField.HEADLINE);
    out.end();
    JsonNode loc = basics.path("location");
    String place = join(", ", text(loc, "city"), text(loc, "region").isEmpty() ? text(loc, "countryCode") : text(loc, "region"));
    out.items(" | ", new String[] {text(basics, "email"), text(basics, "phone"), place, or(text(basics, "url"), text(basics, "website"))},
        new ContactField[] {ContactField.EMAIL, ContactField.PHONE, ContactField.LOCATION, ContactField.LINK});
    for (JsonNode p : basics.path("profiles")) {
      String link = or(text(p, "url"), join(": ", text(p, "network"), text(p, "username")));
      if (!link.isEmpty()) {
        out.sep(" | ");
        out.claimed(link, ContactField.LINK);
      }
    }
    out.end();

    String summary = or(text(basics, "summary"), text(root, "summary"));
    if (!summary.isEmpty()) {
      out.heading("SUMMARY", SectionKind.SUMMARY);
      out.line(summary);
    }
    entries(out, "EXPERIENCE", SectionKind.EXPERIENCE, root.path("work"), "position", "name", "company");
    entries(out, "VOLUNTEERING", SectionKind.OTHER, root.path("volunteer"), "position", "organization", "company");
    entries(out, "PROJECTS", SectionKind.PROJECTS, root.path("projects"), "name", "entity", "organization");
    if (root.path("education").size() > 0) {
      out.heading("EDUCATION", SectionKind.EDUCATION);
      for (JsonNode e : root.path("education")) {
        out.blank();
        String degree = join(" in ", text(e, "studyType"), text(e, "area"));
        out.entry(SectionKind.EDUCATION, degree, text(e, "institution"), "", dateRange(e), () -> {
          for (JsonNode c : e.path("courses")) {
            out.line("- " + c.asText(""));
          }
        });
      }
    }
    if (root.path("skills").size() > 0) {
      out.heading("SKILLS", SectionKind.SKILLS);
      for (JsonNode s : root.path("skills")) {
        List<String> kws = new ArrayList<>();
        s.path("keywords").forEach(k -> kws.add(k.asText("")));
        String name = text(s, "name");
        out.line(kws.isEmpty() ? name : (name.isEmpty() ? "" : name + ": ") + String.join(", ", kws));
      }
    }
    simple(out, "CERTIFICATIONS", SectionKind.CERTIFICATIONS, root.path("certificates"), "name", "issuer", "date");
    simple(out, "AWARDS", SectionKind.AWARDS, root.path("awards"), "title", "awarder", "date");
    simple(out, "PUBLICATIONS", SectionKind.PUBLICATIONS, root.path("publications"), "name", "publisher", "releaseDate");
    if (root.path("languages").size() > 0) {
      out.heading("LANGUAGES", SectionKind.OTHER);
      for (JsonNode l : root.path("languages")) {
        out.line(join(": ", text(l, "language"), text(l, "fluency")));
      }
    }
    if (root.path("interests").size() > 0) {
      out.heading("INTERESTS", SectionKind.OTHER);
      for (JsonNode i : root.path("interests")) {
        out.line(text(i, "name"));
      }
    }
    if (out.text().isBlank()) {
      throw new UnreadableInputException(Problem.EMPTY, "the JSON has no resume fields (basics, work, education, skills)");
    }
    return out;
  }

  private static String or(String a, String b) {
    return a.isEmpty() ? b : a;
  }

  /** Jobs, volunteering, projects: a header line of title, organisation, location and dates; description; highlights. */
  private static void entries(Doc out, String heading, SectionKind kind, JsonNode items, String titleField, String orgField,
      String olderOrgField) {
    if (items.size() == 0) {
      return;
    }
    out.heading(heading, kind);
    for (JsonNode w : items) {
      out.blank();
      String org = or(text(w, orgField), text(w, olderOrgField));
      out.entry(kind, text(w, titleField), org, text(w, "location"), dateRange(w), () -> {
        String desc = text(w, "summary").isEmpty() ? text(w, "description") : text(w, "summary");
        if (!desc.isEmpty()) {
          out.line(desc);
        }
        for (JsonNode h : w.path("highlights")) {
          out.line("- " + h.asText("").strip());
        }
      });
    }
  }

  /** A section of named items; the schema names a publication's date "releaseDate", others "date". */
  private static void simple(Doc out, String heading, SectionKind kind, JsonNode items, String titleField, String byField,
      String dateField) {
    if (items.size() == 0) {
      return;
    }
    out.heading(heading, kind);
    for (JsonNode c : items) {
      String date = monthYear(text(c, dateField));
      out.entry(kind, text(c, titleField), text(c, byField), "", date, () -> {
        String summary = text(c, "summary");
        if (!summary.isEmpty()) {
          out.line(summary);
        }
      });
    }
  }

  /** The text being laid out, and the claims over it. */
  private static final class Doc {
    final StringBuilder text = new StringBuilder();
    final List<Claim> claims = new ArrayList<>();

    String text() {
      String t = text.toString();
      return t.isBlank() ? "" : t;
    }

    void heading(String h, SectionKind kind) {
      blank();
      claims.add(new Claim.Heading(new Span(text.length(), h.length()), kind));
      text.append(h).append('\n');
    }

    /** A blank line, unless the text is empty or already ends with one. */
    void blank() {
      int n = text.length();
      if (n > 0 && !(n >= 2 && text.charAt(n - 1) == '\n' && text.charAt(n - 2) == '\n')) {
        text.append('\n');
      }
    }

    void line(String s) {
      String t = clean(s);
      if (!t.isEmpty()) {
        text.append(t).append('\n');
      }
    }

    /** Ends the current line, if anything was written on it. */
    void end() {
      if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
        text.append('\n');
      }
    }

    void sep(String s) {
      if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
        text.append(s);
      }
    }

    /** Writes a value and claims it as a contact detail. */
    void claimed(String value, ContactField field) {
      String t = clean(value);
      if (t.isEmpty()) {
        return;
      }
      claims.add(new Claim.Contact(new Span(text.length(), t.length()), field));
      text.append(t);
    }

    void items(String sep, String[] values, ContactField[] fields) {
      for (int i = 0; i < values.length; i++) {
        if (!clean(values[i]).isEmpty()) {
          sep(sep);
          claimed(values[i], fields[i]);
        }
      }
    }

    /** One claimed entry: its header line of fields, then whatever {@code body} writes. */
    void entry(SectionKind kind, String title, String org, String location, String dates, Runnable body) {
      int start = text.length();
      Span[] spans = new Span[4];
      String[] values = {title, org, location};
      for (int i = 0; i < values.length; i++) {
        String v = clean(values[i]);
        if (!v.isEmpty()) {
          sep(" | ");
          spans[i] = new Span(text.length(), v.length());
          text.append(v);
        }
      }
      String d = clean(dates);
      if (!d.isEmpty()) {
        sep("    ");
        spans[3] = new Span(text.length(), d.length());
        text.append(d);
      }
      if (text.length() == start) {
        return;
      }
      text.append('\n');
      body.run();
      int end = text.length() > 0 && text.charAt(text.length() - 1) == '\n' ? text.length() - 1 : text.length();
      claims.add(new Claim.Entry(Span.between(start, end), kind, spans[0], spans[1], spans[2], spans[3]));
    }

    private static String clean(String s) {
      return s == null ? "" : s.strip().replace('\n', ' ').replace('\r', ' ');
    }
  }
}
