package dev.prism.core.bullet;

import dev.prism.core.vocab.Mention;
import dev.prism.core.vocab.Technologies;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a rewrite must do, as checks the tests and the evaluation share: keep every number and
 * technology of the original, and be more than the original with [placeholders] appended.
 */
public final class RewriteCheck {
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
  static final Pattern PLACEHOLDER = Pattern.compile("\\[[^\\]]*\\]");
  // Compiled once: String.replaceAll compiles its pattern on every call.
  static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private RewriteCheck() {}

  /** Numbers and technologies of {@code original} that {@code rewrite} no longer holds. */
  public static List<String> lostFacts(String original, String rewrite) {
    List<String> lost = new ArrayList<>();
    Set<String> had = numbers(rewrite);
    for (String n : numbers(original)) {
      if (!had.contains(n)) {
        lost.add(n);
      }
    }
    Set<String> tech = technologies(rewrite);
    for (String t : technologies(original)) {
      if (!tech.contains(t)) {
        lost.add(t);
      }
    }
    return lost;
  }

  /**
   * Whether the rewrite is the original sentence unchanged, or with only placeholders appended at
   * its end: the words before the first [bracket] are all of the original's, in order, and nothing
   * but placeholders and punctuation follows. A placeholder set inside the sentence, where the
   * missing part belongs, is a change of structure, not an appendix.
   */
  public static boolean appendedOnly(String original, String rewrite) {
    int bracket = rewrite.indexOf('[');
    String head = bracket < 0 ? rewrite : rewrite.substring(0, bracket);
    String tail = bracket < 0 ? "" : rewrite.substring(bracket);
    // Most rewrites hold no placeholder: nothing follows, and nothing is left to clear.
    return slotsOnly(tail) && normal(head).equals(normal(original));
  }

  /**
   * {@code normal(PLACEHOLDER.matcher(tail).replaceAll(" ")).isEmpty()} by a walk: no letter or
   * number outside the [placeholders]. Every rewrite's tail is asked, and the replacement and the
   * normal form were built only to be found empty (RewriteCheckTailTest holds it to the pattern).
   */
  static boolean slotsOnly(String tail) {
    for (int i = 0; i < tail.length(); ) {
      if (tail.charAt(i) == '[') {
        int close = tail.indexOf(']', i + 1);
        if (close >= 0) {
          i = close + 1;
          continue;
        }
      }
      int cp = tail.codePointAt(i);
      if (letterOrNumber(Character.toLowerCase(cp))) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /** Numbers as written, digits and inner separators: "2,400", "99.9". */
  public static Set<String> numbers(String s) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = NUMBER.matcher(s);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  static Set<String> technologies(String s) {
    Set<String> out = new LinkedHashSet<>();
    for (Mention m : Technologies.matcher().find(s)) {
      out.add(m.term().canonical());
    }
    return out;
  }

  /**
   * {@code NOT_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip()} by a loop: the
   * letters and numbers of the lower case, each run of anything else between them one space. Every
   * rewrite is checked so, twice over, and the pattern's replacement copied the text through a
   * matcher at every run. {@code RewriteNormalTest} holds it to the pattern.
   */
  static String normal(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length());
    boolean gap = false;
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      i += Character.charCount(cp);
      if (letterOrNumber(cp)) {
        if (gap && out.length() > 0) {
          out.append(' ');
        }
        out.appendCodePoint(cp);
        gap = false;
      } else {
        gap = true;
      }
    }
    return out.toString();
  }

  /** The characters of {@code [\p{L}\p{N}]}. */
  private static boolean letterOrNumber(int cp) {
    if (Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }
}
