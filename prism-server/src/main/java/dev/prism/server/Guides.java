package dev.prism.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The guides (the API calls them articles), written by the project as HTML fragments under
 * {@code guides/} and listed in {@code guides/index.txt} as {@code slug | title | summary}. They are
 * our own text, so their HTML is trusted; comments under them never are.
 */
final class Guides {
  /** One guide. */
  record Guide(String slug, String title, String summary, String html) {
    Guide {
      Objects.requireNonNull(slug, "slug");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(summary, "summary");
      Objects.requireNonNull(html, "html");
      if (!slug.matches("[a-z0-9-]+")) {
        throw new IllegalArgumentException("guide slug must be lowercase words joined by '-': " + slug);
      }
    }
  }

  private final List<Guide> all;

  Guides(List<Guide> all) {
    this.all = List.copyOf(all);
  }

  static Guides builtIn() {
    List<Guide> out = new ArrayList<>();
    for (String line : resource("guides/index.txt").split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\\|", 3);
      if (parts.length != 3) {
        throw new IllegalStateException("guides/index.txt: expected 'slug | title | summary' in: " + line);
      }
      String slug = parts[0].trim();
      out.add(new Guide(slug, parts[1].trim(), parts[2].trim(), resource("guides/" + slug + ".html")));
    }
    return new Guides(out);
  }

  List<Guide> all() {
    return all;
  }

  Optional<Guide> get(String slug) {
    return all.stream().filter(g -> g.slug().equals(slug)).findFirst();
  }

  private static String resource(String path) {
    try (InputStream in = Guides.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
