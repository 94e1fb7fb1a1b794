package dev.prism.core.examples;

import com.fasterxml.jackson.databind.JsonNode;
import dev.prism.core.role.Level;
import java.util.Objects;

/**
 * One example resume shipped with Prism: a fictional person at one level, written for the project,
 * with the notes that tell a reader whether to start from it.
 *
 * @param level the level the resume is written for, and that Prism reads it as
 * @param title a short name for the example
 * @param forWhom who the example is for
 * @param doesNotShow what a resume at this level need not show, so readers do not copy gaps as goals
 * @param whenToUse when to start from it
 * @param resume the resume as a JSON Resume document, {@code meta.prism} included; read-only by
 *     contract: callers get it through {@link #resume()}, which hands out a copy
 */
public record Example(Level level, String title, String forWhom, String doesNotShow, String whenToUse, JsonNode resume) {
  public Example {
    Objects.requireNonNull(level, "level");
    requireText(title, "title");
    requireText(forWhom, "forWhom");
    requireText(doesNotShow, "doesNotShow");
    requireText(whenToUse, "whenToUse");
    Objects.requireNonNull(resume, "resume");
    // Jackson trees are mutable; keep a private copy so no caller can change the shipped example.
    resume = resume.deepCopy();
  }

  /** A copy of the JSON Resume document, safe to change. */
  @Override
  public JsonNode resume() {
    return resume.deepCopy();
  }

  /** The person's name, from {@code basics.name}. */
  public String name() {
    return resume.path("basics").path("name").asText("");
  }

  private static void requireText(String s, String field) {
    if (s == null || s.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
  }
}
