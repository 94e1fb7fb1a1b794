package dev.prism.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The guides (the API calls them articles), written by the project as HTML fragments under
 * {@code guides/} and listed in {@code guides/index.txt} as
 * {@code slug | title | summary | last updated | related slugs}. They are our own text, so their
 * HTML is trusted; comments under them never are.
 */
final class Guides {
  /** Words a person reads in a minute, for the read time shown beside each guide. */
  static final int WORDS_PER_MINUTE = 220;

  /** One guide. */
  record Guide(String slug, String title, String summary, LocalDate updated, List<String> related, String html) {
    Guide {
      Objects.requireNonNull(slug, "slug");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(summary, "summary");
      Objects.requireNonNull(updated, "updated");
      Objects.requireNonNull(html, "html");
      related = List.copyOf(related);
      if (!slug.matches("[a-z0-9-]+")) {
        throw new IllegalArgumentException("guide slug must be lowercase words joined by '-': " + slug);
      }
    }

    /** Whole minutes to read the summary and body, at least one. */
    int readMinutes() {
      String words = (summary + " " + html.replaceAll("<[^>]*>", " ")).strip();
      int n = words.isEmpty() ? 0 : words.split("\\s+").length;
      return Math.max(1, (n + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }
  }

  private final List<Guide> all;

  Guides(List<Guide> all) {
    this.all = List.copyOf(all);
    for (Guide g : all) {
      for (String r : g.related()) {
        if (get(r).isEmpty() || r.equals(g.slug())) {
          throw new IllegalStateException("guides/index.txt: " + g.slug() + " lists '" + r + "' as related, which is not another guide");
        }
      }
    }
  }

  static Guides builtIn() {
    List<Guide> out = new ArrayList<>();
    for (String line : resource("guides/index.txt").split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\\|", 5);
      if (parts.length != 5) {
        throw new IllegalStateException("guides/index.txt: expected 'slug | title | summary | updated | related' in: " + line);
      }
      String slug = parts[0].trim();
      LocalDate updated;
      try {
        updated = LocalDate.parse(parts[3].trim());
      } catch (DateTimeParseException e) {
        throw new IllegalStateException("guides/index.txt: " + slug + ": updated must be a date like 2026-12-01", e);
      }
      List<String> related = parts[4].isBlank() ? List.of() : List.of(parts[4].trim().split("\\s*,\\s*"));
      out.add(new Guide(slug, parts[1].trim(), parts[2].trim(), updated, related, resource("guides/" + slug + ".html")));
    }
    return new Guides(out);
  }

  List<Guide> all() {
    return all;
  }

  Optional<Guide> get(String slug) {
    return all.stream().filter(g -> g.slug().equals(slug)).findFirst();
  }

  static String resource(String path) {
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
