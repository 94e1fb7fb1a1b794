package dev.prism.core.vocab;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The technology vocabulary ({@code technologies.tsv}), loaded once. */
public final class Technologies {
  private static final TermMatcher MATCHER = new TermMatcher(load("technologies.tsv"));

  private Technologies() {}

  public static TermMatcher matcher() {
    return MATCHER;
  }

  static List<Term> load(String resource) {
    List<Term> terms = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    try (InputStream in = Technologies.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int n = 0;
      for (String line; (line = r.readLine()) != null; ) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        if (cols.length < 2 || cols[0].isBlank() || cols[1].isBlank()) {
          throw new IllegalStateException(resource + ":" + n + ": expected 'name<TAB>category<TAB>aliases<TAB>flags'");
        }
        if (!seen.add(cols[0].toLowerCase())) {
          throw new IllegalStateException(resource + ":" + n + ": '" + cols[0] + "' is listed twice");
        }
        List<String> aliases = cols.length > 2 && !cols[2].isBlank()
            ? Arrays.stream(cols[2].split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList()
            : List.of();
        boolean cs = cols.length > 3 && cols[3].trim().equals("cs");
        terms.add(new Term(cols[0].trim(), cols[1].trim(), aliases, cs));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }
}
