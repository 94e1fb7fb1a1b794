package dev.prism.ingest;

import static dev.prism.ingest.JsonFields.copy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * FRESH, the resume schema of FluentCV and HackMyResume (a top-level {@code name}, {@code info},
 * {@code contact}, and sections that keep their items in {@code history}: {@code employment},
 * {@code education}, {@code service}). It is mapped onto JSON Resume, field by field, so that one
 * layout and one set of claims serve both: a FRESH job's {@code employer} is a JSON Resume job's
 * {@code name}, its {@code start} and {@code end} the {@code startDate} and {@code endDate}.
 */
final class FreshShape {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private FreshShape() {}

  /**
   * Whether the document is FRESH: its {@code meta.format} says so, or, with no JSON Resume
   * {@code basics}, its jobs or schools are kept in a {@code history} list.
   */
  static boolean matches(JsonNode root) {
    if (!root.isObject() || root.has("basics")) {
      return false;
    }
    return root.path("meta").path("format").asText("").toUpperCase(java.util.Locale.ROOT).startsWith("FRESH")
        || root.path("employment").path("history").isArray() || root.path("education").path("history").isArray();
  }

  static ObjectNode toJsonResume(JsonNode root) {
    ObjectNode out = F.objectNode();
    ObjectNode basics = out.putObject("basics");
    copy(root, "name", basics, "name");
    JsonNode info = root.path("info");
    copy(info, "label", basics, "label");
    copy(info, "brief", basics, "summary");
    JsonNode contact = root.path("contact");
    copy(contact, "email", basics, "email");
    copy(contact, "phone", basics, "phone");
    copy(contact, "website", basics, "url");
    JsonNode loc = root.path("location");
    if (loc.isObject()) {
      ObjectNode l = basics.putObject("location");
      copy(loc, "city", l, "city");
      copy(loc, "region", l, "region");
      copy(loc, "country", l, "countryCode");
    }
    ArrayNode profiles = basics.putArray("profiles");
    for (JsonNode s : root.path("social")) {
      ObjectNode p = profiles.addObject();
      copy(s, "network", p, "network");
      copy(s, "user", p, "username");
      copy(s, "url", p, "url");
    }
    posts(root.path("employment").path("history"), out.putArray("work"), "employer", "name");
    posts(root.path("service").path("history"), out.putArray("volunteer"), "organization", "organization");
    ArrayNode projects = out.putArray("projects");
    for (JsonNode p : root.path("projects")) {
      ObjectNode o = projects.addObject();
      copy(p, "title", o, "name");
      copy(p, "name", o, "name");
      dates(p, o);
      copy(p, "summary", o, "summary");
      o.set("highlights", texts(p.path("highlights")));
    }
    ArrayNode education = out.putArray("education");
    for (JsonNode e : root.path("education").path("history")) {
      ObjectNode o = education.addObject();
      copy(e, "institution", o, "institution");
      copy(e, "area", o, "area");
      copy(e, "studyType", o, "studyType");
      if (!o.has("studyType")) {
        copy(e, "title", o, "studyType");
      }
      dates(e, o);
    }
    ArrayNode skills = out.putArray("skills");
    for (JsonNode set : root.path("skills").path("sets")) {
      ObjectNode o = skills.addObject();
      copy(set, "name", o, "name");
      o.set("keywords", texts(set.path("skills")));
    }
    for (JsonNode s : root.path("skills").path("list")) {
      copy(s, "name", skills.addObject(), "name");
    }
    ArrayNode languages = out.putArray("languages");
    for (JsonNode l : root.path("languages")) {
      ObjectNode o = languages.addObject();
      copy(l, "language", o, "language");
      copy(l, "level", o, "fluency");
    }
    ArrayNode interests = out.putArray("interests");
    for (JsonNode i : root.path("interests")) {
      copy(i, "name", interests.addObject(), "name");
    }
    return out;
  }

  /** Jobs or service: position, organisation, place, dates, summary and highlights. */
  private static void posts(JsonNode history, ArrayNode into, String orgField, String as) {
    for (JsonNode w : history) {
      ObjectNode o = into.addObject();
      copy(w, "position", o, "position");
      copy(w, orgField, o, as);
      copy(w, "location", o, "location");
      copy(w, "url", o, "url");
      dates(w, o);
      copy(w, "summary", o, "summary");
      o.set("highlights", texts(w.path("highlights")));
    }
  }

  /** FRESH's {@code start} and {@code end}, written as JSON Resume writes them. */
  private static void dates(JsonNode from, ObjectNode to) {
    copy(from, "start", to, "startDate");
    copy(from, "end", to, "endDate");
  }

  private static ArrayNode texts(JsonNode items) {
    ArrayNode a = F.arrayNode();
    if (items.isArray()) {
      items.forEach(i -> {
        if (i.isValueNode() && !i.asText().isBlank()) {
          a.add(i.asText());
        }
      });
    }
    return a;
  }
}
