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
import java.util.Locale;
import java.util.Set;

/**
 * The technology vocabulary ({@code technologies.tsv}) and the ways of working job descriptions ask
 * for ({@code practices.tsv}), loaded once.
 */
public final class Technologies {
  private static final List<Term> TECHNOLOGIES = load("technologies.tsv");
  private static final TermMatcher MATCHER = new TermMatcher(TECHNOLOGIES);
  private static final TermMatcher JOB_MATCHER = new TermMatcher(merge(TECHNOLOGIES, load("practices.tsv")));

  private static final java.util.Set<Term> TECHNOLOGY_SET = java.util.Set.copyOf(TECHNOLOGIES);

  private Technologies() {}

  /** True for a technology ({@code technologies.tsv}), false for a practice or any other word list's term. */
  public static boolean isTechnology(Term t) {
    return TECHNOLOGY_SET.contains(t);
  }

  /** Technologies only: what a skills section lists and a bullet names. */
  public static TermMatcher matcher() {
    return MATCHER;
  }

  /**
   * Technologies and practices ("mentoring", "on-call", "design documents"): everything a job
   * description can require and a resume can show.
   */
  public static TermMatcher jobMatcher() {
    return JOB_MATCHER;
  }

  /** Both lists as one; a name or alias claimed by two terms is a data error, since the matcher could only pick one. */
  static List<Term> merge(List<Term> a, List<Term> b) {
    List<Term> all = new ArrayList<>(a);
    all.addAll(b);
    // Case-sensitive names live in their own map in the matcher, so "Go" and "go" do not collide.
    java.util.Map<String, Term> names = new java.util.HashMap<>();
    List<String> clashes = new ArrayList<>();
    for (Term t : all) {
      List<String> own = new ArrayList<>();
      own.add(t.canonical());
      own.addAll(t.aliases());
      for (String n : own) {
        String key = (t.caseSensitive() && n.equals(t.canonical()) ? "cs:" + n.trim() : TermMatcher.key(n));
        Term before = names.putIfAbsent(key, t);
        if (before != null && before != t) {
          clashes.add("'" + n + "' (" + before.canonical() + ", " + t.canonical() + ")");
        }
      }
    }
    if (!clashes.isEmpty()) {
      throw new IllegalStateException("vocabulary: names claimed by two terms: " + String.join("; ", clashes));
    }
    return all;
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
        if (!seen.add(cols[0].toLowerCase(Locale.ROOT))) {
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
