package dev.prism.core.text;

/**
 * Chinese and Japanese resumes write their punctuation in full width: "（2017年11月 ～ 至今）",
 * "2022 ~ 現在：エンジニア", "Globex｜2019". Segmentation reads those marks as the ASCII ones they
 * stand for (Unicode's compatibility mapping of the full-width forms), one character for one, so
 * every span stays where it was. Full-width letters and digits are left as written.
 */
final class Fullwidth {
  private static final char IDEOGRAPHIC_SPACE = '\u3000';

  private Fullwidth() {}

  /** The text with each full-width punctuation mark as its ASCII form and the ideographic space as a space. */
  static String fold(String text) {
    char[] out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char folded = fold(c);
      if (folded != c) {
        if (out == null) {
          out = text.toCharArray();
        }
        out[i] = folded;
      }
    }
    return out == null ? text : new String(out);
  }

  private static char fold(char c) {
    if (c == IDEOGRAPHIC_SPACE) {
      return ' ';
    }
    if (c < '\uFF01' || c > '\uFF5E') {
      return c;
    }
    char ascii = (char) (c - 0xFEE0);
    return Character.isLetterOrDigit(ascii) ? c : ascii;
  }
}
