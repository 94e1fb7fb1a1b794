package dev.prism.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a comment or review may say, and under which name. Lengths count characters as a person
 * does (code points, after NFC), not UTF-16 units. Text that reorders what follows it (bidirectional
 * overrides and isolates) is refused: "invoice\u202Efdp.exe" shows as "invoiceexe.pdf". Names are
 * letters, digits and a little punctuation, and none that passes for the site or its moderators
 * ({@code reserved-names.txt}).
 */
final class TextRules {
  private static final List<String> WHOLE = new ArrayList<>();
  private static final List<String> ANYWHERE = new ArrayList<>();

  static {
    try (InputStream in = TextRules.class.getResourceAsStream("reserved-names.txt")) {
      if (in == null) {
        throw new IllegalStateException("reserved-names.txt is missing");
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("#")) {
          continue;
        }
        if (l.startsWith("~")) {
          ANYWHERE.add(fold(l.substring(1)));
        } else {
          WHOLE.add(fold(l));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private TextRules() {}

  /** The text, stripped and in NFC, or a 400 naming {@code field}. */
  static String body(String field, String value, int maxChars) {
    if (value == null || value.isBlank()) {
      throw ApiProblem.badRequest(field, "'" + field + "' must not be empty");
    }
    String v = Normalizer.normalize(value.strip().replace("\r\n", "\n"), Normalizer.Form.NFC);
    int chars = v.codePointCount(0, v.length());
    if (chars > maxChars) {
      throw ApiProblem.badRequest(field, "'" + field + "' is " + chars + " characters; the limit is " + maxChars);
    }
    for (int i = 0; i < v.length(); ) {
      int c = v.codePointAt(i);
      if (reorders(c)) {
        throw ApiProblem.badRequest(field, "'" + field + "' contains a character that reorders the text after it (U+"
            + String.format("%04X", c) + ")");
      }
      if (Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t') {
        throw ApiProblem.badRequest(field, "'" + field + "' contains a control character");
      }
      i += Character.charCount(c);
    }
    return v;
  }

  /** The author name as shown: "Anonymous" when none is given. */
  static String author(String value, int maxChars) {
    if (value == null || value.isBlank()) {
      return "Anonymous";
    }
    String v = Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
    int chars = v.codePointCount(0, v.length());
    if (chars > maxChars) {
      throw ApiProblem.badRequest("author", "'author' is " + chars + " characters; the limit is " + maxChars);
    }
    if (!v.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
        || Character.getType(c) == Character.COMBINING_SPACING_MARK || " .'\u2019-_".indexOf(c) >= 0)) {
      throw ApiProblem.badRequest("author", "a name may hold letters, digits, spaces and . ' - _ only");
    }
    String folded = fold(v);
    if (WHOLE.contains(folded) || ANYWHERE.stream().anyMatch(folded::contains)) {
      throw ApiProblem.badRequest("author", "'" + v + "' is kept for the site's own team; choose another name");
    }
    return v;
  }

  private static boolean reorders(int c) {
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x061C || c == 0x200E || c == 0x200F;
  }

  private static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
  }
}
