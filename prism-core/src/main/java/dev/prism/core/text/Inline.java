package dev.prism.core.text;

import java.util.regex.Pattern;

/** Inline clean-up shared by the parsers: Markdown emphasis, links, stray decoration. */
final class Inline {
  private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]]*)]\\(([^)]*)\\)");
  private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|`)");
  private static final Pattern HASHES = Pattern.compile("^#+\\s*");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u200b]+");

  private Inline() {}

  /** The text a person reads: Markdown link text kept, emphasis and heading marks dropped. */
  static String clean(String s) {
    String t = MD_LINK.matcher(s).replaceAll("$1");
    t = HASHES.matcher(t).replaceFirst("");
    t = EMPHASIS.matcher(t).replaceAll("");
    return SPACES.matcher(t).replaceAll(" ").trim();
  }

  /** All letters upper case, and at least three of them. */
  static boolean isCaps(String s) {
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        if (Character.isLowerCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 3;
  }
}
