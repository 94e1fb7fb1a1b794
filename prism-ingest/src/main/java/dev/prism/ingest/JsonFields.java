package dev.prism.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** What the JSON shapes mapped onto JSON Resume ({@link FreshShape}, {@link ResumeMatcherShape}) share. */
final class JsonFields {
  private JsonFields() {}

  /** Copies a field's text to {@code as}, when it is a value with text; a list, an object or blank is left out. */
  static void copy(JsonNode from, String field, ObjectNode to, String as) {
    JsonNode v = from.path(field);
    if (v.isValueNode() && !v.asText().isBlank()) {
      to.put(as, v.asText());
    }
  }
}
