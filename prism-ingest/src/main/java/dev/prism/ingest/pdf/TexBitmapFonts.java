package dev.prism.ingest.pdf;

import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.font.encoding.Encoding;

/**
 * TeX's bitmap fonts. pdfTeX embeds a font it has only as METAFONT bitmaps as a Type 3 font whose
 * glyphs are named after their codes ("a21") and which has no character map. That happens above
 * all to the EC fonts of the T1 font encoding (fontenc with option T1) where the Type 1 versions (cm-super) are
 * not installed: the Computer Modern fonts of the default OT1 encoding come as Type 1 fonts with
 * every TeX. A reader that takes such a code for the character gets the ASCII letters right, and
 * the Latin-1 half mostly, but loses the en dash of "2019--2021" (code 21 in T1), the quotes, the
 * ligatures and letters such as "ł" and "ś". So a bitmap font that holds letters is read as T1; one
 * without letters is the TS1 companion font, where LaTeX takes {@code \textbullet} from.
 */
final class TexBitmapFonts {
  /** T1 codes 0 to 31: spacing accents (which the layout puts on their letters), quotes, dashes, ligatures. */
  private static final String[] T1_LOW = {
    "`", "\u00b4", "\u02c6", "\u02dc", "\u00a8", "\u02dd", "\u02da", "\u02c7", "\u02d8", "\u00af", "\u02d9", "\u00b8",
    "\u02db", "\u201a", "\u2039", "\u203a", "\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb", "\u2013", "\u2014", "",
    "0", "\u0131", "\u0237", "ff", "fi", "fl", "ffi", "ffl"};
  /** T1 codes 128 to 191, where T1 has the letters of Central European languages instead of Latin-1. */
  private static final String T1_HIGH =
      "ĂĄĆČĎĚĘĞĹĽŁŃŇŊŐŔŘŚŠŞŤŢŰŮŸŹŽŻĲİđ§ăąćčďěęğĺľłńňŋőŕřśšşťţűůÿźžżĳ¡¿£";

  private final Map<PDFont, Boolean> holdsLetters = new IdentityHashMap<>();

  /**
   * What glyph {@code code} of {@code font} reads as, if the font is a TeX bitmap font in T1, or
   * a TS1 one and the code is a symbol a resume uses; otherwise null.
   */
  String text(PDFont font, Encoding encoding, String name, int code) {
    if (!(font instanceof PDType3Font) || !isCodeName(name, code)) {
      return null;
    }
    if (holdsLetters.computeIfAbsent(font, f -> holdsLetters(encoding))) {
      if (code < 32) {
        return T1_LOW[code];
      }
      if (code == 127) {
        return "-";
      }
      if (code >= 128 && code < 192) {
        return String.valueOf(T1_HIGH.charAt(code - 128));
      }
      return switch (code) {
        case 0x60 -> "\u2018";
        case 0xd7 -> "\u0152";
        case 0xdf -> "SS";
        case 0xf7 -> "\u0153";
        case 0xff -> "\u00df";
        // Elsewhere T1 is ASCII and Latin-1: the code is the character, and nothing is lost.
        default -> String.valueOf((char) code);
      };
    }
    return switch (code) {
      case 0x15 -> "\u2013";
      case 0x16 -> "\u2014";
      case 0x84 -> "\u2020";
      case 0x85 -> "\u2021";
      case 0x87 -> "\u2030";
      case 0x88 -> "\u2022";
      case 0x97 -> "\u2122";
      case 0x9e -> "\u25e6";
      case 0xbf -> "\u20ac";
      default -> null;
    };
  }

  /** "a21" for code 21: pdfTeX's name for a bitmap glyph. */
  private static boolean isCodeName(String name, int code) {
    if (name.length() < 2 || name.length() > 4 || name.charAt(0) != 'a') {
      return false;
    }
    int n = 0;
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
      n = n * 10 + (c - '0');
    }
    return n == code;
  }

  private static boolean holdsLetters(Encoding encoding) {
    for (int c = 'A'; c <= 'z'; c++) {
      if (Character.isLetter(c) && isCodeName(encoding.getName(c), c)) {
        return true;
      }
    }
    return false;
  }
}
