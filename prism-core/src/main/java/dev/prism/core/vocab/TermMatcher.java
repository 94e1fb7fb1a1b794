package dev.prism.core.vocab;

import dev.prism.core.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds terms in text as whole words, longest match first, in one pass over the words: no "Go" in
 * "Google", no "Terraform" in "platform", "Postgres" and "PostgreSQL" alike, plurals folded
 * ("microservices" finds "microservice").
 *
 * <p>Why not one big regular expression: an alternation of hundreds of aliases is tried at every
 * position and costs milliseconds per resume; a hash lookup per word costs microseconds.
 */
public final class TermMatcher {
  private static final int MAX_WORDS = 5;

  private final Map<String, Term> exact = new HashMap<>();
  private final Map<String, Term> folded = new HashMap<>();
  private final List<Term> terms;

  public TermMatcher(List<Term> terms) {
    this.terms = List.copyOf(terms);
    for (Term t : this.terms) {
      add(t, t.canonical());
      for (String a : t.aliases()) {
        add(t, a);
      }
    }
  }

  public List<Term> terms() {
    return terms;
  }

  private void add(Term t, String name) {
    String key = key(name);
    if (key.isEmpty()) {
      return;
    }
    if (t.caseSensitive()) {
      exact.putIfAbsent(name.trim().replaceAll("\\s+", " "), t);
    } else {
      folded.putIfAbsent(key, t);
    }
  }

  /** Every mention in {@code text}, in order, none overlapping. */
  public List<Mention> find(String text) {
    return find(text, 0, text.length());
  }

  /** Mentions within {@code [from, to)} of {@code text}; spans are offsets into the whole text. */
  public List<Mention> find(String text, int from, int to) {
    List<int[]> words = Words.split(text, from, to);
    List<Mention> out = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      int matched = 0;
      Term hit = null;
      for (int n = Math.min(MAX_WORDS, words.size() - i); n >= 1 && hit == null; n--) {
        // Words joined across a line break or punctuation other than a space do not form a phrase.
        if (n > 1 && !adjacent(text, words, i, n)) {
          continue;
        }
        String surface = text.substring(words.get(i)[0], words.get(i + n - 1)[1]);
        hit = lookup(surface);
        if (hit != null) {
          matched = n;
        }
      }
      if (hit != null) {
        out.add(new Mention(hit, Span.between(words.get(i)[0], words.get(i + matched - 1)[1])));
        i += matched;
      } else {
        i++;
      }
    }
    return out;
  }

  private static boolean adjacent(String text, List<int[]> words, int i, int n) {
    for (int k = i; k < i + n - 1; k++) {
      String gap = text.substring(words.get(k)[1], words.get(k + 1)[0]);
      if (!gap.equals(" ") && !gap.equals("-")) {
        return false;
      }
    }
    return true;
  }

  private Term lookup(String surface) {
    // A possessive names the thing itself: "Kafka's consumer groups".
    if (surface.endsWith("'s") || surface.endsWith("\u2019s")) {
      surface = surface.substring(0, surface.length() - 2);
    }
    String spaced = surface.replaceAll("[\\s-]+", " ");
    Term t = exact.get(spaced);
    if (t == null && spaced.length() > 3 && spaced.endsWith("s")) {
      // Plurals of names matched as written: "Lambdas", "Spring Boot services" stays whole.
      t = exact.get(spaced.substring(0, spaced.length() - 1));
    }
    if (t != null) {
      return t;
    }
    String k = key(surface);
    t = folded.get(k);
    if (t == null && k.length() > 3 && k.endsWith("s")) {
      t = folded.get(k.endsWith("ies") ? k.substring(0, k.length() - 3) + "y"
          : k.endsWith("es") && folded.containsKey(k.substring(0, k.length() - 2)) ? k.substring(0, k.length() - 2)
          : k.substring(0, k.length() - 1));
    }
    return t;
  }

  /** Lower case, hyphens and runs of space as one space: "Event-Driven" and "event driven" alike. */
  static String key(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", " ").trim();
  }
}
