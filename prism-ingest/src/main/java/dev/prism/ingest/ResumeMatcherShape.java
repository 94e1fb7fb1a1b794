package dev.prism.ingest;

import static dev.prism.ingest.JsonFields.copy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.prism.core.model.DateRange;
import dev.prism.core.text.DateParser;
import java.util.Optional;

/**
 * Another JSON shape resumes come in (personalInfo, workExperience, personalProjects, additional),
 * as exported by some open-source resume builders. It is mapped onto JSON Resume so that one
 * layout serves both.
 */
final class ResumeMatcherShape {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private ResumeMatcherShape() {}

  static boolean matches(JsonNode root) {
    return root.isObject() && (root.has("personalInfo") || root.has("workExperience")) && !root.has("basics");
  }

  static ObjectNode toJsonResume(JsonNode root) {
    ObjectNode out = F.objectNode();
    JsonNode p = root.path("personalInfo");
    ObjectNode basics = out.putObject("basics");
    copy(p, "name", basics, "name");
    copy(p, "title", basics, "label");
    copy(p, "email", basics, "email");
    copy(p, "phone", basics, "phone");
    if (p.path("location").isTextual()) {
      basics.putObject("location").put("city", p.path("location").asText());
    }
    ArrayNode profiles = basics.putArray("profiles");
    for (String link : new String[] {"website", "linkedin", "github"}) {
      if (p.path(link).isTextual() && !p.path(link).asText().isBlank()) {
        profiles.addObject().put("url", p.path(link).asText());
      }
    }
    copy(root, "summary", basics, "summary");

    ArrayNode work = out.putArray("work");
    for (JsonNode w : root.path("workExperience")) {
      ObjectNode o = work.addObject();
      copy(w, "company", o, "name");
      copy(w, "title", o, "position");
      copy(w, "location", o, "location");
      dates(w, o);
      o.set("highlights", lines(w.path("description")));
    }
    ArrayNode projects = out.putArray("projects");
    for (JsonNode pr : root.path("personalProjects")) {
      ObjectNode o = projects.addObject();
      copy(pr, "name", o, "name");
      copy(pr, "role", o, "entity");
      dates(pr, o);
      o.set("highlights", lines(pr.path("description")));
    }
    ArrayNode education = out.putArray("education");
    for (JsonNode e : root.path("education")) {
      ObjectNode o = education.addObject();
      copy(e, "institution", o, "institution");
      copy(e, "degree", o, "studyType");
      dates(e, o);
    }
    JsonNode add = root.path("additional");
    ArrayNode skills = out.putArray("skills");
    if (add.path("technicalSkills").isArray()) {
      skills.addObject().put("name", "Technical skills").set("keywords", add.path("technicalSkills").deepCopy());
    }
    ArrayNode languages = out.putArray("languages");
    add.path("languages").forEach(l -> languages.addObject().put("language", l.asText("")));
    ArrayNode certificates = out.putArray("certificates");
    add.path("certificationsTraining").forEach(c -> certificates.addObject().put("name", c.asText("")));
    ArrayNode awards = out.putArray("awards");
    add.path("awards").forEach(a -> awards.addObject().put("title", a.asText("")));
    return out;
  }

  /** "Jan 2021 - Present" becomes startDate 2021-01 and no end date. */
  private static void dates(JsonNode from, ObjectNode to) {
    JsonNode years = from.path("years");
    if (!years.isTextual()) {
      return;
    }
    Optional<DateRange> d = DateParser.find(years.asText(), 0);
    if (d.isEmpty()) {
      return;
    }
    to.put("startDate", d.get().start().iso());
    if (d.get().end() != null) {
      to.put("endDate", d.get().end().iso());
    } else if (!d.get().present()) {
      to.put("endDate", d.get().start().iso());
    }
  }

  private static ArrayNode lines(JsonNode description) {
    ArrayNode a = F.arrayNode();
    if (description.isArray()) {
      description.forEach(d -> a.add(d.asText("")));
    } else if (description.isTextual()) {
      a.add(description.asText());
    }
    return a;
  }
}
