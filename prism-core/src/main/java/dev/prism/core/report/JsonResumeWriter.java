package dev.prism.core.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.prism.core.model.Bullet;
import dev.prism.core.model.Contact;
import dev.prism.core.model.DateRange;
import dev.prism.core.model.Entry;
import dev.prism.core.model.Field;
import dev.prism.core.model.Resume;
import dev.prism.core.model.Section;
import dev.prism.core.model.SectionKind;
import dev.prism.core.model.SkillGroup;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A {@link Resume} as a JSON Resume document (basics, work, projects, education, skills, ...). */
public final class JsonResumeWriter {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  // The degree ends at a space, a comma or the end, so that "B.S." keeps its last full stop. A
  // spelled-out degree takes its "of ..." up to "in" or a comma: "Bachelor of Music, Composition".
  private static final Pattern DEGREE =
      Pattern.compile("(?i)^((?:bachelor|master|associate|doctor)(?:'s)?(?:\\s+degree)?(?:\\s+of\\s+[^,]+?(?=\\s+in\\s|,|$))?|ph\\.?d\\.?|b\\.?sc?\\.?|m\\.?sc?\\.?|b\\.?a\\.?|m\\.?a\\.?|b\\.?eng\\.?|m\\.?eng\\.?|b\\.?tech\\.?|m\\.?tech\\.?|mba|diploma)(?=[\\s,]|$)[\\s,]*(?:(?:in|of)\\s+)?(.*)$");

  private JsonResumeWriter() {}

  public static ObjectNode write(Resume r) {
    ObjectNode root = F.objectNode();
    root.set("basics", basics(r.contact(), r));
    ArrayNode work = F.arrayNode();
    ArrayNode projects = F.arrayNode();
    ArrayNode education = F.arrayNode();
    ArrayNode skills = F.arrayNode();
    ArrayNode certificates = F.arrayNode();
    ArrayNode awards = F.arrayNode();
    ArrayNode publications = F.arrayNode();
    for (Section s : r.sections()) {
      switch (s.kind()) {
        case EXPERIENCE -> s.entries().forEach(e -> work.add(work(e)));
        case PROJECTS -> s.entries().forEach(e -> projects.add(project(e)));
        case EDUCATION -> s.entries().forEach(e -> education.add(education(e)));
        case SKILLS -> s.skills().forEach(g -> skills.add(skill(g)));
        case CERTIFICATIONS -> s.entries().forEach(e -> named(certificates, e, CERTIFICATE));
        case AWARDS -> s.entries().forEach(e -> named(awards, e, AWARD));
        case PUBLICATIONS -> s.entries().forEach(e -> named(publications, e, PUBLICATION));
        case SUMMARY, OTHER -> { }
      }
    }
    root.set("work", work);
    root.set("projects", projects);
    root.set("education", education);
    root.set("skills", skills);
    if (!certificates.isEmpty()) {
      root.set("certificates", certificates);
    }
    if (!awards.isEmpty()) {
      root.set("awards", awards);
    }
    if (!publications.isEmpty()) {
      root.set("publications", publications);
    }
    return root;
  }

  private static ObjectNode basics(Contact c, Resume r) {
    ObjectNode b = F.objectNode();
    put(b, "name", c.name());
    put(b, "email", c.email());
    put(b, "phone", c.phone());
    String summary = String.join(" ", r.sections(SectionKind.SUMMARY).flatMap(s -> s.entries().stream())
        .flatMap(e -> e.lines().stream()).map(Field::value).toList());
    if (!summary.isEmpty()) {
      b.put("summary", summary);
    }
    if (c.location() != null) {
      ObjectNode loc = b.putObject("location");
      String[] parts = c.location().value().split(",\\s*", 2);
      loc.put("city", parts[0]);
      if (parts.length > 1) {
        loc.put("region", parts[1]);
      }
    }
    ArrayNode profiles = F.arrayNode();
    for (Field l : c.links()) {
      ObjectNode p = profiles.addObject();
      p.put("network", network(l.value()));
      p.put("url", l.value().matches("(?i)^https?://.*") ? l.value() : "https://" + l.value());
    }
    b.set("profiles", profiles);
    return b;
  }

  static String network(String url) {
    String u = url.toLowerCase(Locale.ROOT);
    for (String n : List.of("linkedin", "github", "gitlab", "stackoverflow", "twitter", "medium", "bitbucket")) {
      if (u.contains(n + ".")) {
        return n.equals("linkedin") ? "LinkedIn" : n.equals("github") ? "GitHub" : n.equals("gitlab") ? "GitLab"
            : Character.toUpperCase(n.charAt(0)) + n.substring(1);
      }
    }
    return "Website";
  }

  private static ObjectNode work(Entry e) {
    ObjectNode w = F.objectNode();
    put(w, "name", e.organization());
    put(w, "position", e.title());
    put(w, "location", e.location());
    dates(w, e.dates());
    if (!e.lines().isEmpty()) {
      w.put("summary", String.join(" ", e.lines().stream().map(Field::value).toList()));
    }
    w.set("highlights", highlights(e.bullets()));
    return w;
  }

  private static ObjectNode project(Entry e) {
    ObjectNode p = F.objectNode();
    put(p, "name", e.title());
    // JSON Resume's "entity": whom the project was for or with (a client, a school, a club).
    put(p, "entity", e.organization());
    if (!e.lines().isEmpty()) {
      p.put("description", String.join(" ", e.lines().stream().map(Field::value).toList()));
    }
    dates(p, e.dates());
    p.set("highlights", highlights(e.bullets()));
    return p;
  }

  private static ObjectNode education(Entry e) {
    ObjectNode ed = F.objectNode();
    put(ed, "institution", e.organization());
    if (e.title() != null) {
      Matcher m = DEGREE.matcher(e.title().value());
      if (m.matches()) {
        ed.put("studyType", m.group(1).trim());
        if (!m.group(2).isBlank()) {
          ed.put("area", m.group(2).trim());
        }
      } else {
        ed.put("area", e.title().value());
      }
    }
    dates(ed, e.dates());
    return ed;
  }

  private static ObjectNode skill(SkillGroup g) {
    ObjectNode s = F.objectNode();
    s.put("name", g.label() == null ? "Skills" : g.label().value());
    ArrayNode kw = s.putArray("keywords");
    g.skills().forEach(f -> kw.add(f.value()));
    return s;
  }

  /**
   * The JSON Resume field names of a section of named items: what names the item, who gave or
   * published it, its date, and whether the schema has a summary for its description lines.
   */
  private record Named(String name, String by, String date, boolean summary) {}

  private static final Named CERTIFICATE = new Named("name", "issuer", "date", false);
  private static final Named AWARD = new Named("title", "awarder", "date", true);
  private static final Named PUBLICATION = new Named("name", "publisher", "releaseDate", true);

  private static void named(ArrayNode out, Entry e, Named fields) {
    // A section written as a plain list ("- AWS Certified Developer, 2022") has no header: each
    // bullet is an item of its own, not the description of one nameless item.
    if (e.title() == null && e.organization() == null && !e.bullets().isEmpty()) {
      e.bullets().forEach(b -> out.addObject().put(fields.name(), b.text()));
      return;
    }
    ObjectNode n = out.addObject();
    put(n, fields.name(), e.title());
    put(n, fields.by(), e.organization());
    if (e.dates() != null) {
      n.put(fields.date(), e.dates().start().iso());
    }
    if (fields.summary() && !e.lines().isEmpty()) {
      n.put("summary", String.join(" ", e.lines().stream().map(Field::value).toList()));
    }
  }

  private static ArrayNode highlights(List<Bullet> bullets) {
    ArrayNode a = F.arrayNode();
    bullets.forEach(b -> a.add(b.text()));
    return a;
  }

  private static void dates(ObjectNode n, DateRange d) {
    if (d == null) {
      return;
    }
    n.put("startDate", d.start().iso());
    // JSON Resume reads a missing endDate as "still there" (JsonResumeText writes it "Present"): a
    // single date ("Summer 2017", "Mar 2021", "2019") is a range of one point, start and end alike.
    if (d.end() != null || d.single()) {
      n.put("endDate", (d.single() ? d.start() : d.end()).iso());
    }
  }

  private static void put(ObjectNode n, String key, Field f) {
    if (f != null) {
      n.put(key, f.value());
    }
  }
}
