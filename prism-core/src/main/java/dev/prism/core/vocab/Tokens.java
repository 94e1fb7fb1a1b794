package dev.prism.core.vocab;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A text split into words once, as written and in lower case, for {@link TermMatcher#find(Tokens)}.
 * The arrays are not copied: a {@code Tokens} is made and read within one analysis.
 *
 * @param words start and end offsets of each word in {@code text}
 * @param hashes the hash code of each lower-case word: every word list's filter asks it of every
 *     word, and reading it from one array spares a visit to each word's string per list
 * @param slashed whether any word holds a slash: {@link TermMatcher} looks inside such words for
 *     names ("Java/Kotlin"), and every word list is run over the same words, so this is found once
 */
public record Tokens(String text, List<int[]> words, String[] exact, String[] lower, int[] hashes, boolean slashed) {
  public Tokens {
    if (exact.length != words.size() || lower.length != words.size() || hashes.length != words.size()) {
      throw new IllegalArgumentException("one exact word, lower-case word and hash per word");
    }
  }

  public static Tokens of(String text) {
    return of(text, 0, text.length());
  }

  public static Tokens of(String text, int from, int to) {
    List<int[]> words = Words.split(text, from, to);
    String[] exact = new String[words.size()];
    String[] lower = new String[words.size()];
    int[] hashes = new int[words.size()];
    boolean slashed = false;
    for (int k = 0; k < exact.length; k++) {
      exact[k] = text.substring(words.get(k)[0], words.get(k)[1]);
      lower[k] = exact[k].toLowerCase(Locale.ROOT);
      hashes[k] = lower[k].hashCode();
      slashed |= exact[k].indexOf('/') >= 0;
    }
    return new Tokens(text, List.copyOf(words), exact, lower, hashes, slashed);
  }

  /**
   * The same as {@code Tokens.of(text(), from, to)} for tokens of a whole text, without splitting
   * and lowering the range's words again when that cannot differ: a check looks for word lists in
   * many ranges of one text (entries, skills, lines), and each range was split anew.
   *
   * <p>A word's end depends on the character after it and a word starting with a dot on the one
   * before, so a range whose edges touch other characters is split on its own, as before. Where
   * white space (or the text's edge) lies on both sides, no word crosses an edge and every test at
   * an edge sees a non-word character either way, so the range's words are exactly the whole
   * text's words inside it.
   */
  public Tokens range(int from, int to) {
    if (from < 0 || to > text.length() || !(from == 0 || Character.isWhitespace(text.charAt(from - 1)))
        || !(to == text.length() || Character.isWhitespace(text.charAt(to)))) {
      return of(text, from, to);
    }
    int first = firstStartingAtOrAfter(from);
    int last = first;
    while (last < words.size() && words.get(last)[1] <= to) {
      last++;
    }
    boolean slash = false;
    for (int k = first; k < last && !slash; k++) {
      slash = exact[k].indexOf('/') >= 0;
    }
    return new Tokens(text, words.subList(first, last), Arrays.copyOfRange(exact, first, last),
        Arrays.copyOfRange(lower, first, last), Arrays.copyOfRange(hashes, first, last), slash);
  }

  /** The index of the first word starting at or after {@code offset}, by binary search. */
  private int firstStartingAtOrAfter(int offset) {
    int lo = 0;
    int hi = words.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (words.get(mid)[0] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
