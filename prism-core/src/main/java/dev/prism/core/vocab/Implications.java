package dev.prism.core.vocab;

import dev.prism.core.model.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a resume implies without naming it ({@code implications.tsv}): Spring Boot is Spring,
 * PostgreSQL a relational database, failover high availability, four event-driven services
 * microservices. Every implied term keeps the words that imply it, so a match can show them.
 */
public final class Implications {
  /** A number of two or more, in digits or words, or a word for "more than one". */
  private static final String COUNT = "(?:[2-9]|[1-9]\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
      + "a dozen|dozens of|several|multiple|many|numerous|a few)";
  private static final Implications STANDARD = load(Technologies.jobMatcher(), "implications.tsv");

  /** A term implied, and the mention of what implies it. */
  public record Implied(Term term, Mention source) {}

  private final Map<Term, Set<Term>> implies;
  private final List<Counted> counted;

  private record Counted(Term term, Pattern pattern) {}

  private Implications(Map<Term, Set<Term>> implies, List<Counted> counted) {
    this.implies = implies;
    this.counted = List.copyOf(counted);
  }

  public static Implications standard() {
    return STANDARD;
  }

  /** The terms {@code t} implies, followed through ("Hibernate" gives JPA, Java EE, Java). */
  public Set<Term> of(Term t) {
    Set<Term> out = new LinkedHashSet<>();
    Deque<Term> todo = new ArrayDeque<>(implies.getOrDefault(t, Set.of()));
    while (!todo.isEmpty()) {
      Term next = todo.poll();
      if (!next.equals(t) && out.add(next)) {
        todo.addAll(implies.getOrDefault(next, Set.of()));
      }
    }
    return out;
  }

  /**
   * Everything {@code mentions} imply, each with its source; and the terms a count implies within
   * {@code [from, to)} of {@code text} ("twelve services" gives Microservices, the phrase its source).
   */
  public List<Implied> implied(List<Mention> mentions, String text, int from, int to) {
    List<Implied> out = new ArrayList<>();
    for (Mention m : mentions) {
      for (Term t : of(m.term())) {
        out.add(new Implied(t, m));
      }
    }
    if (!counted.isEmpty() && to > from) {
      for (Counted c : counted) {
        Matcher x = c.pattern().matcher(text).region(from, to);
        while (x.find()) {
          Mention phrase = new Mention(new Term(x.group(), "count", List.of(), false), Span.between(x.start(), x.end()));
          out.add(new Implied(c.term(), phrase));
          of(c.term()).forEach(t -> out.add(new Implied(t, phrase)));
        }
      }
    }
    return out;
  }

  static Implications load(TermMatcher vocabulary, String resource) {
    Map<String, Term> byName = new HashMap<>();
    vocabulary.terms().forEach(t -> byName.put(t.canonical().toLowerCase(java.util.Locale.ROOT), t));
    Map<Term, Set<Term>> implies = new HashMap<>();
    List<Counted> counted = new ArrayList<>();
    String text;
    try (InputStream in = Implications.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int n = 0;
    for (String line : text.split("\n")) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      if (cols.length != 2) {
        throw new IllegalStateException(resource + ":" + n + ": expected 'implied term<TAB>implied by, ...'");
      }
      Term implied = term(byName, cols[0].trim(), resource, n);
      for (String by : cols[1].split(",")) {
        String name = by.trim();
        if (name.startsWith("{count} ")) {
          String word = Pattern.quote(name.substring("{count} ".length()));
          counted.add(new Counted(implied, Pattern.compile("(?i)\\b" + COUNT + "\\s+(?:[\\w-]+\\s+){0,2}?" + word + "\\b")));
        } else if (!name.isEmpty()) {
          implies.computeIfAbsent(term(byName, name, resource, n), k -> new LinkedHashSet<>()).add(implied);
        }
      }
    }
    return new Implications(implies, counted);
  }

  private static Term term(Map<String, Term> byName, String name, String resource, int line) {
    Term t = byName.get(name.toLowerCase(java.util.Locale.ROOT));
    if (t == null) {
      throw new IllegalStateException(resource + ":" + line + ": '" + name + "' is no term of the vocabulary");
    }
    return t;
  }
}
