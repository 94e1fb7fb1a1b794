package dev.prism.core.text;

/**
 * Word counts as {@code s.split("\\s+").length} gives them, without compiling a regex on every call:
 * counting words is done for most lines of every resume.
 */
public final class Whitespace {
  private Whitespace() {}

  /** Exactly {@code s.split("\\s+").length}, edge cases included. */
  public static int splitLength(String s) {
    if (s.isEmpty()) {
      // No match: split returns the input itself.
      return 1;
    }
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); i++) {
      boolean space = isRegexSpace(s.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    if (words == 0) {
      // Only white space: every piece is empty, and split drops trailing empty pieces.
      return 0;
    }
    // White space at the start leaves an empty first piece, which split keeps.
    return isRegexSpace(s.charAt(0)) ? words + 1 : words;
  }

  /** The characters of the regex class {@code \s}: ASCII white space only. */
  public static boolean isRegexSpace(char c) {
    // Nearly every character is above the space: one comparison answers for them.
    return c <= ' ' && (c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r');
  }
}
