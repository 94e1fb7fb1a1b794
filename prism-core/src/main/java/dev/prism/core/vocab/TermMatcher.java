package dev.prism.core.vocab;

import dev.prism.core.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
  // First words of the multi-word names, each with the most words of a name it starts: most words
  // start none, and then only the one-word lookup is worth doing; a word that starts only
  // two-word names needs only the two-word key built, not keys of every length up to the longest.
  private final Map<String, Integer> exactFirst = new HashMap<>();
  private final Map<String, Integer> foldedFirst = new HashMap<>();
  // Every plural form of a folded name, with the term the plural rules in lookup find for it. A
  // word that is not here is no plural of any name, so lookup need not build and try its stems.
  private final Map<String, Term> foldedPlurals = new HashMap<>();
  // Every word, in lower case, at which a mention can start (the lower case of every key a lookup
  // tries for one word or for the first word of a phrase), as a Bloom filter: two bits per word,
  // set once and only read after. Most words of a text start none, and two bit tests then replace
  // the three or four hash lookups below; callers run dozens of word lists over the same words, and
  // those lookups, cache misses into large tables, were most of the cost of a check's vocabulary
  // matching. A word it lets through by chance is looked up as before, so nothing is lost. Both
  // bits of a word lie in one long (a blocked filter): one memory read per word and list, where
  // two bits anywhere in the array cost two, each likely a cache miss after a PDF was read.
  private final long[] startBits;
  private final int startShift;
  private final List<Term> terms;

  public TermMatcher(List<Term> terms) {
    this.terms = List.copyOf(terms);
    for (Term t : this.terms) {
      add(t, t.canonical());
      for (String a : t.aliases()) {
        add(t, a);
      }
    }
    for (String key : folded.keySet()) {
      plural(key + "s");
      plural(key + "es");
      if (key.endsWith("y")) {
        plural(key.substring(0, key.length() - 1) + "ies");
      }
    }
    Set<String> starts = new HashSet<>(folded.keySet());
    starts.addAll(foldedFirst.keySet());
    starts.addAll(foldedPlurals.keySet());
    for (String key : exact.keySet()) {
      // The name and its plural, bare and before a possessive's "'s": lowering a word can depend
      // on what follows it (a Greek final sigma), so each form is lowered as the word would be.
      for (String form : List.of(key, key + "s")) {
        starts.add(form.toLowerCase(Locale.ROOT));
        String possessive = (form + "'s").toLowerCase(Locale.ROOT);
        starts.add(possessive.substring(0, possessive.length() - 2));
      }
    }
    for (String first : exactFirst.keySet()) {
      starts.add(first.toLowerCase(Locale.ROOT));
    }
    // About 32 bits a word: a word that starts nothing gets through one time in a hundred or so.
    // At least two longs, so that the shift below stays under 32.
    int bits = Integer.highestOneBit(Math.max(64, starts.size() * 32 - 1)) << 1;
    startShift = 32 - Integer.numberOfTrailingZeros(bits / 64);
    startBits = new long[bits / 64];
    for (String w : starts) {
      int h = w.hashCode();
      startBits[block(h)] |= bits(h);
    }
  }

  // The long a word's bits lie in: a multiplicative hash of String's hash, its high bits kept by
  // the shift.
  private int block(int hash) {
    return (hash * 0x9E3779B9) >>> startShift;
  }

  // The word's two bits in its long, from two six-bit slices of a second multiplicative hash.
  private static long bits(int hash) {
    int g = hash * 0x85EBCA6B + 0x27D4EB2F;
    return 1L << (g >>> 26) | 1L << (g >>> 20);
  }

  private void plural(String word) {
    Term t = singular(word);
    if (t != null) {
      foldedPlurals.putIfAbsent(word, t);
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
    // Only the name itself is matched as written ("Go", not "go"); an alias such as "golang" is no
    // common word, so "Golang" and "golang" both count.
    if (t.caseSensitive() && name.equals(t.canonical())) {
      String k = name.trim().replaceAll("[\\s-]+", " ");
      exact.putIfAbsent(k, t);
      phrase(k, exactFirst);
    } else {
      folded.putIfAbsent(key, t);
      phrase(key, foldedFirst);
    }
  }

  private static void phrase(String key, Map<String, Integer> firsts) {
    int space = key.indexOf(' ');
    if (space > 0) {
      firsts.merge(key.substring(0, space), key.split(" ").length, Math::max);
    }
  }

  /** Every mention in {@code text}, in order, none overlapping. */
  public List<Mention> find(String text) {
    return find(text, 0, text.length());
  }

  /** Mentions within {@code [from, to)} of {@code text}; spans are offsets into the whole text. */
  public List<Mention> find(String text, int from, int to) {
    return find(Tokens.of(text, from, to));
  }

  /**
   * Mentions in text already split into words. Callers that look for several vocabularies in one
   * text (a bullet against a dozen word lists) split it once and pass the same {@link Tokens}.
   */
  public List<Mention> find(Tokens tokens) {
    String text = tokens.text();
    List<int[]> words = tokens.words();
    String[] exactWords = tokens.exact();
    String[] lowerWords = tokens.lower();
    int[] hashes = tokens.hashes();
    int n = words.size();
    List<Mention> out = new ArrayList<>();
    // Made at the first phrase tried: most texts hold none a list can start, and a call per line or
    // per bullet for each of dozens of word lists made two builders each time.
    StringBuilder exactKey = null;
    StringBuilder lowerKey = null;
    int i = 0;
    while (i < n) {
      if (!mayStart(lowerWords[i], hashes[i])) {
        if (tokens.slashed()) {
          slashParts(exactWords[i], lowerWords[i], words.get(i)[0], out);
        }
        i++;
        continue;
      }
      int matched = 0;
      Term hit = null;
      // Most lists have no phrases matched as written, many none at all: an empty map is not asked.
      int phraseWords = foldedFirst.isEmpty() ? 1 : foldedFirst.getOrDefault(lowerWords[i], 1);
      if (!exactFirst.isEmpty()) {
        phraseWords = Math.max(phraseWords, exactFirst.getOrDefault(exactWords[i], 1));
      }
      int maxLen = Math.min(Math.min(MAX_WORDS, phraseWords), n - i);
      for (int len = maxLen; len >= 1 && hit == null; len--) {
        if (len == 1) {
          hit = lookup(exactWords[i], lowerWords[i]);
          matched = hit == null ? 0 : 1;
          break;
        }
        // Words joined across a line break or punctuation other than a space do not form a phrase.
        if (len > 1 && !adjacent(text, words, i, len)) {
          continue;
        }
        if (exactKey == null) {
          exactKey = new StringBuilder();
          lowerKey = new StringBuilder();
        }
        exactKey.setLength(0);
        lowerKey.setLength(0);
        for (int k = i; k < i + len; k++) {
          if (k > i) {
            exactKey.append(' ');
            lowerKey.append(' ');
          }
          exactKey.append(exactWords[k]);
          lowerKey.append(lowerWords[k]);
        }
        hit = lookup(exactKey.toString(), lowerKey.toString());
        if (hit != null) {
          matched = len;
        }
      }
      if (hit != null) {
        out.add(new Mention(hit, Span.between(words.get(i)[0], words.get(i + matched - 1)[1])));
        i += matched;
      } else if (tokens.slashed()) {
        slashParts(exactWords[i], lowerWords[i], words.get(i)[0], out);
        i++;
      } else {
        i++;
      }
    }
    return out;
  }

  /**
   * "C/C++" or "HTML/CSS" is kept as one word so that "CI/CD" and "TCP/IP" can be names; when the
   * whole is no name, each part between slashes that is one counts on its own.
   */
  private void slashParts(String word, String lower, int start, List<Mention> out) {
    if (word.indexOf('/') < 0) {
      return;
    }
    // Every word list is run over the same words, and addresses ("github.com/jdoe/ledger") are full
    // of slashes: each part is first tested against the filter, as whole words are, and only a part
    // it lets through is looked up. An ASCII word lowers letter by letter, so its parts' lower case
    // is cut from the word's; any other is lowered part by part, as before.
    boolean ascii = true;
    for (int k = 0; k < word.length() && ascii; k++) {
      ascii = word.charAt(k) < 0x80;
    }
    int s = 0;
    for (int k = 0; k <= word.length(); k++) {
      if (k == word.length() || word.charAt(k) == '/') {
        if (k > s) {
          String lowerPart = ascii ? lower.substring(s, k) : word.substring(s, k).toLowerCase(Locale.ROOT);
          Term t = mayStart(lowerPart, lowerPart.hashCode()) ? lookup(word.substring(s, k), lowerPart) : null;
          if (t != null) {
            out.add(new Mention(t, Span.between(start + s, start + k)));
          }
        }
        s = k + 1;
      }
    }
  }

  /**
   * Whether a mention may start at a word of this lower case (and its hash code): false only when neither the word nor,
   * for a possessive, the word without its "'s" is any key {@link #lookup} or a phrase could try.
   */
  private boolean mayStart(String lower, int hash) {
    return inStarts(hash) || lower.endsWith("'s") && inStarts(withoutPossessive(hash));
  }

  /** The inverse of 31 * 31 modulo 2^32: String's hash code multiplies by 31 at each character. */
  private static final int INVERSE_31_SQUARED = 0xCC520C41;

  /**
   * The hash code of a word without its last two characters "'s", from the hash code of the whole:
   * String's hash of {@code w + "'s"} is {@code (hash(w) * 31 + '\'') * 31 + 's'}, so it is undone
   * exactly. Every word list's filter asks it of each possessive, and cutting the word and hashing
   * the piece for each list cost more than the filter itself.
   */
  static int withoutPossessive(int hash) {
    return (hash - '\'' * 31 - 's') * INVERSE_31_SQUARED;
  }

  /** Whether the filter holds a word of this hash code. */
  private boolean inStarts(int h) {
    long b = bits(h);
    return (startBits[block(h)] & b) == b;
  }

  private static boolean adjacent(String text, List<int[]> words, int i, int n) {
    for (int k = i; k < i + n - 1; k++) {
      int gapStart = words.get(k)[1];
      int gapEnd = words.get(k + 1)[0];
      if (gapEnd - gapStart != 1) {
        return false;
      }
      char c = text.charAt(gapStart);
      if (c != ' ' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private Term lookup(String exactKey, String k) {
    // A possessive names the thing itself: "Kafka's consumer groups".
    if (exactKey.endsWith("'s")) {
      exactKey = exactKey.substring(0, exactKey.length() - 2);
      k = k.substring(0, k.length() - 2);
    }
    // Most word lists have no names matched as written; then there is nothing to look up.
    if (!exact.isEmpty()) {
      Term t = exact.get(exactKey);
      if (t == null && exactKey.length() > 3 && exactKey.charAt(exactKey.length() - 1) == 's') {
        // Plurals of names matched as written: "Lambdas".
        t = exact.get(exactKey.substring(0, exactKey.length() - 1));
      }
      if (t != null) {
        return t;
      }
    }
    Term t = folded.get(k);
    if (t == null && k.length() > 3 && k.charAt(k.length() - 1) == 's') {
      t = foldedPlurals.get(k);
    }
    return t;
  }

  /** The term a plural names, by the folded name of its singular: "microservices", "proxies". */
  private Term singular(String k) {
    Term t = null;
    if (k.length() > 3 && k.charAt(k.length() - 1) == 's') {
      if (k.endsWith("ies")) {
        t = folded.get(k.substring(0, k.length() - 3) + "y");
      }
      if (t == null && k.endsWith("es")) {
        t = folded.get(k.substring(0, k.length() - 2));
      }
      if (t == null) {
        t = folded.get(k.substring(0, k.length() - 1));
      }
    }
    return t;
  }

  /** Lower case, hyphens and runs of space as one space: "Event-Driven" and "event driven" alike. */
  static String key(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", " ").trim();
  }
}
