package dev.prism.core.examples;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Examples as JSON for APIs ({@code GET /api/v1/examples} and {@code /examples/{level}}). Built
 * field by field so that the field order is fixed here.
 */
public final class ExampleJson {
  private ExampleJson() {}

  /** What a list shows: the level, the person's name and the notes, without the resume. */
  public static ObjectNode summary(Example e) {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("level", e.level().id());
    n.put("title", e.title());
    n.put("name", e.name());
    n.put("forWhom", e.forWhom());
    n.put("doesNotShow", e.doesNotShow());
    n.put("whenToUse", e.whenToUse());
    return n;
  }

  /** The summary plus the JSON Resume document itself, under {@code resume}. */
  public static ObjectNode full(Example e) {
    ObjectNode n = summary(e);
    n.set("resume", e.resume());
    return n;
  }
}
