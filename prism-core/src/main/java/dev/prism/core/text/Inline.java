package dev.prism.core.text;

import java.util.regex.Pattern;

/** Inline clean-up shared by the parsers: Markdown emphasis, links, stray decoration. */
final class Inline {
  private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]]*)]\\(([^)]*)\\)");
  // "[Globex][globex]": the address is given by a definition further down.
  private static final Pattern MD_REFERENCE_LINK = Pattern.compile("\\[([^\\]]*)]\\[[^\\]]*]");
  private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|`)");
  private static final Pattern HASHES = Pattern.compile("^#+\\s*");
  static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u200b]+");

  private Inline() {}

  /** The text a person reads: Markdown link text kept (inline or by reference), emphasis and heading marks dropped. */
  static String clean(String s) {
    // This runs on nearly every line, and most lines have nothing to clean: each regex runs only
    // when the character it needs is there.
    String t = s;
    if (t.indexOf('[') >= 0) {
      t = MD_LINK.matcher(t).replaceAll("$1");
      t = MD_REFERENCE_LINK.matcher(t).replaceAll("$1");
    }
    if (t.startsWith("#")) {
      t = HASHES.matcher(t).replaceFirst("");
    }
    if (t.indexOf('*') >= 0 || t.indexOf('`') >= 0 || t.contains("__")) {
      t = EMPHASIS.matcher(t).replaceAll("");
    }
    if (hasSpacesToCollapse(t)) {
      t = collapseSpaces(t);
    }
    return t.trim();
  }

  /**
   * {@code SPACES.matcher(t).replaceAll(" ")} by a loop: every run of white space (the regex
   * class {@code \s}, no-break space, zero-width space) becomes one plain space. PDF lines often
   * hold a double space, so this runs on many lines, and the regex's matcher cost more than the work.
   */
  static String collapseSpaces(String t) {
    StringBuilder out = new StringBuilder(t.length());
    boolean inRun = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Whitespace.isRegexSpace(c) || c == '\u00a0' || c == '\u200b') {
        if (!inRun) {
          out.append(' ');
          inRun = true;
        }
      } else {
        out.append(c);
        inRun = false;
      }
    }
    return out.toString();
  }

  /** Whether {@link #SPACES} would change {@code t}: white space other than a single plain space. */
  static boolean hasSpacesToCollapse(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      // Nearly every character is above the space: one test, then the two wide white spaces.
      if (c > ' ') {
        if (c == '\u00a0' || c == '\u200b') {
          return true;
        }
      } else if (c == ' ') {
        if (i + 1 < t.length() && t.charAt(i + 1) == ' ') {
          return true;
        }
      } else if (c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r') {
        return true;
      }
    }
    return false;
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
