package dev.prism.core.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.prism.core.role.Level;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The example resumes, one per level, kept as JSON Resume documents in {@code examples/LEVEL.json}
 * on the class path. Their notes (who the example is for, what it does not show, when to use it)
 * live in the same file under {@code meta.prism}, so a person who copies the file keeps them.
 *
 * <p>Loaded and validated once; a broken file fails with the file and field named.
 */
public final class Examples {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Examples() {}

  /** Thrown for an example file that is not a valid example. */
  public static final class InvalidExampleException extends RuntimeException {
    public InvalidExampleException(String message) {
      super(message);
    }
  }

  private static final class Holder {
    static final List<Example> ALL = loadAll();
  }

  /** All examples, junior first. */
  public static List<Example> all() {
    return Holder.ALL;
  }

  /** The example for a level. Every level has one. */
  public static Example get(Level level) {
    return Holder.ALL.get(level.ordinal());
  }

  /** The example for a level id ("junior", "mid", "senior", "staff"), if the id is a level. */
  public static Optional<Example> byId(String levelId) {
    return Level.byId(levelId).map(Examples::get);
  }

  /** Reads one example file; {@code file} names it in errors. */
  public static Example load(String file, InputStream in) {
    JsonNode root;
    try {
      root = JSON.readTree(in);
    } catch (IOException e) {
      throw new InvalidExampleException(file + ": not valid JSON: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
    }
    if (root == null || !root.isObject()) {
      throw new InvalidExampleException(file + ": expected a JSON Resume object");
    }
    JsonNode meta = root.path("meta").path("prism");
    String levelId = text(file, meta, "meta.prism.level");
    Level level = Level.byId(levelId).orElseThrow(
        () -> new InvalidExampleException(file + ": meta.prism.level: unknown level '" + levelId + "'; use junior, mid, senior or staff"));
    if (!root.path("basics").path("name").isTextual() || root.path("work").isEmpty()) {
      throw new InvalidExampleException(file + ": basics.name and work: an example needs a name and experience");
    }
    return new Example(level, text(file, meta, "meta.prism.title"), text(file, meta, "meta.prism.forWhom"),
        text(file, meta, "meta.prism.doesNotShow"), text(file, meta, "meta.prism.whenToUse"), root);
  }

  private static String text(String file, JsonNode meta, String path) {
    JsonNode v = meta.get(path.substring(path.lastIndexOf('.') + 1));
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw new InvalidExampleException(file + ": " + path + ": missing or empty");
    }
    return v.asText().trim();
  }

  private static List<Example> loadAll() {
    List<Example> out = new ArrayList<>();
    for (Level l : Level.values()) {
      String file = "examples/" + l.id() + ".json";
      try (InputStream in = Examples.class.getResourceAsStream("/" + file)) {
        if (in == null) {
          throw new InvalidExampleException(file + ": missing from the class path");
        }
        Example e = load(file, in);
        if (e.level() != l) {
          throw new InvalidExampleException(file + ": meta.prism.level: says " + e.level().id() + ", expected " + l.id());
        }
        out.add(e);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return List.copyOf(out);
  }
}
