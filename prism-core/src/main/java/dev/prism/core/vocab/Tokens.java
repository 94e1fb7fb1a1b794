package dev.prism.core.vocab;

import java.util.List;
import java.util.Locale;

/**
 * A text split into words once, as written and in lower case, for {@link TermMatcher#find(Tokens)}.
 * The arrays are not copied: a {@code Tokens} is made and read within one analysis.
 *
 * @param words start and end offsets of each word in {@code text}
 * @param slashed whether any word holds a slash: {@link TermMatcher} looks inside such words for
 *     names ("Java/Kotlin"), and every word list is run over the same words, so this is found once
 */
public record Tokens(String text, List<int[]> words, String[] exact, String[] lower, boolean slashed) {

  public static Tokens of(String text) {
    return of(text, 0, text.length());
  }

  public static Tokens of(String text, int from, int to) {
    List<int[]> words = Words.split(text, from, to);
    String[] exact = new String[words.size()];
    String[] lower = new String[words.size()];
    boolean slashed = false;
    for (int k = 0; k < exact.length; k++) {
      exact[k] = text.substring(words.get(k)[0], words.get(k)[1]);
      lower[k] = exact[k].toLowerCase(Locale.ROOT);
      slashed |= exact[k].indexOf('/') >= 0;
    }
    return new Tokens(text, List.copyOf(words), exact, lower, slashed);
  }
}
