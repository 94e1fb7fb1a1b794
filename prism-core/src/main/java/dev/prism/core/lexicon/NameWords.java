package dev.prism.core.lexicon;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of {@code names.txt} that tell a person's name from what only has its shape: the
 * particles a name holds in lower case, and the words no name holds. One copy for the segmenter's
 * contact block and the DOCX reader's title and header lines.
 */
public final class NameWords {
  private static final Set<String> PARTICLES = Lexicon.set("names.txt", "particle");
  private static final Set<String> NOT_NAME = Lexicon.set("names.txt", "not-name");
  private static final Pattern TRAILING_STOPS = Pattern.compile("[.,]+$");

  private NameWords() {}

  /** A particle written in lower case inside a name: "van", "de", "bin". */
  public static boolean isParticle(String word) {
    return PARTICLES.contains(word);
  }

  /**
   * Whether a line has a person's name's shape: two to four capitalised words parted by single
   * spaces, with lower-case particles between them ("Jordan Lee", "Ana de la Cruz"). The shape
   * only: the words themselves are not checked (see {@link #isNotName}).
   */
  public static boolean personShaped(String s) {
    String[] words = s.split(" ", -1);
    int capitalised = 0;
    for (int k = 0; k < words.length; k++) {
      if (k > 0 && k < words.length - 1 && isParticle(words[k])) {
        continue;
      }
      if (!CAPITALISED_WORD.matcher(words[k]).matches()) {
        return false;
      }
      capitalised++;
    }
    return capitalised >= 2 && capitalised <= 4;
  }

  private static final Pattern CAPITALISED_WORD = Pattern.compile("\\p{Lu}[\\p{L}.'-]*");

  /**
   * A word with a name's shape that no person's name holds, whatever its case and any full stop or
   * comma after it: "Resume", "CV.", "Engineer".
   */
  public static boolean isNotName(String word) {
    return NOT_NAME.contains(TRAILING_STOPS.matcher(word.toLowerCase(Locale.ROOT)).replaceAll(""));
  }

  /** Whether any word of {@code s} is {@link #isNotName}. */
  public static boolean hasNotNameWord(String s) {
    for (String w : s.split("\\s+")) {
      if (isNotName(w)) {
        return true;
      }
    }
    return false;
  }
}
