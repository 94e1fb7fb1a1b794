package dev.prism.core.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Characters with a meaning for reading, from {@code glyphs.txt}: list markers, the dashes and the
 * drawn marks that part a line's fields, and the icons that icon fonts put before headings and
 * contact items (private-use code points, or the glyph names such fonts leak as words).
 */
public final class Glyphs {
  private static final String BULLETS = join(Lexicon.list("glyphs.txt", "bullet"));
  private static final String SPACED_BULLETS = join(Lexicon.list("glyphs.txt", "spaced-bullet"));
  private static final String DASHES = join(Lexicon.list("glyphs.txt", "dash"));
  private static final String DASH_CLASS = classOf(DASHES);
  private static final String FIELD_SEPARATORS = join(Lexicon.list("glyphs.txt", "field-separator"));
  private static final String FIELD_SEPARATOR_CLASS = classOf(FIELD_SEPARATORS);
  private static final int[][] ICON_RANGES = ranges(Lexicon.list("glyphs.txt", "icon-range"));
  private static final Set<String> ICON_WORDS = Lexicon.set("glyphs.txt", "icon-word");
  private static final String LINK_MARKS = join(Lexicon.list("glyphs.txt", "link-mark"));
  private static final int[][] PICTOGRAPH_RANGES = ranges(Lexicon.list("glyphs.txt", "pictograph-range"));
  private static final String PICTOGRAPH_CLASS = rangeClass(PICTOGRAPH_RANGES);

  private Glyphs() {}

  /** Every list marker that needs no space after it, as one string ("•●○..."). */
  public static String bullets() {
    return BULLETS;
  }

  /** List markers that are text too ("-", "*", "+"), markers only when a space follows. */
  public static String spacedBullets() {
    return SPACED_BULLETS;
  }

  public static boolean isBullet(int codePoint) {
    return BULLETS.indexOf(codePoint) >= 0;
  }

  public static boolean isSpacedBullet(int codePoint) {
    return SPACED_BULLETS.indexOf(codePoint) >= 0;
  }

  /** A dash of any kind: "-", "–", "—", the minus sign "−" and their likes. */
  public static boolean isDash(int codePoint) {
    return DASHES.indexOf(codePoint) >= 0;
  }

  /**
   * The dashes as the inside of a regex character class ({@code "[" + dashClass() + "]"}), each
   * written as its code point so that none means anything there.
   */
  public static String dashClass() {
    return DASH_CLASS;
  }

  /** A mark drawn between a line's fields: "|", "•", "·" and their likes (not a dash). */
  public static boolean isFieldSeparator(int codePoint) {
    return FIELD_SEPARATORS.indexOf(codePoint) >= 0;
  }

  /** The field separators as the inside of a regex character class, like {@link #dashClass()}. */
  public static String fieldSeparatorClass() {
    return FIELD_SEPARATOR_CLASS;
  }

  private static String classOf(String chars) {
    StringBuilder b = new StringBuilder();
    chars.codePoints().forEach(cp -> b.append("\\x{").append(Integer.toHexString(cp)).append('}'));
    return b.toString();
  }

  /**
   * The pictographs ("📍", "📅", "☎") as the inside of a regex character class: an emoji set
   * before a header's place, date or contact item marks where that field starts.
   */
  public static String pictographClass() {
    return PICTOGRAPH_CLASS;
  }

  private static String rangeClass(int[][] ranges) {
    StringBuilder b = new StringBuilder();
    for (int[] r : ranges) {
      b.append("\\x{").append(Integer.toHexString(r[0])).append("}-\\x{").append(Integer.toHexString(r[1])).append('}');
    }
    return b.toString();
  }

  /** A mark printed after a linked name ("↗"), no part of the name. */
  public static boolean isLinkMark(int codePoint) {
    return LINK_MARKS.indexOf(codePoint) >= 0;
  }

  /** A pictograph, or the mark that asks for one's colourful presentation (U+FE0F). */
  public static boolean isPictograph(int codePoint) {
    return codePoint == 0xFE0F || inRanges(codePoint, PICTOGRAPH_RANGES);
  }

  /** A private-use code point: an icon font's glyph, never text. */
  public static boolean isIcon(int codePoint) {
    return inRanges(codePoint, ICON_RANGES);
  }

  private static boolean inRanges(int codePoint, int[][] ranges) {
    for (int[] r : ranges) {
      if (codePoint >= r[0] && codePoint <= r[1]) {
        return true;
      }
    }
    return false;
  }

  /** A glyph name an icon font leaks as a word ("envelope", "linkedin"), compared lower-case. */
  public static boolean isIconWord(String word) {
    return ICON_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT));
  }

  /** {@code s} without the icons (private-use code points) and symbols before its first letter or digit. */
  public static String stripLeadingIcons(String s) {
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      if (Character.isLetterOrDigit(cp) || cp == '#' || cp == '(' || cp == '+') {
        break;
      }
      i += Character.charCount(cp);
    }
    return s.substring(i);
  }

  private static String join(List<String> items) {
    StringBuilder b = new StringBuilder();
    for (String i : items) {
      if (i.codePointCount(0, i.length()) != 1) {
        throw new IllegalStateException("glyphs.txt: '" + i + "' is not one character");
      }
      b.append(i);
    }
    return b.toString();
  }

  private static int[][] ranges(List<String> items) {
    List<int[]> out = new ArrayList<>();
    for (String r : items) {
      String[] ab = r.split("-");
      if (ab.length != 2) {
        throw new IllegalStateException("glyphs.txt: range '" + r + "' is not 'from-to'");
      }
      out.add(new int[] {Integer.parseInt(ab[0].strip(), 16), Integer.parseInt(ab[1].strip(), 16)});
    }
    return out.toArray(int[][]::new);
  }
}
