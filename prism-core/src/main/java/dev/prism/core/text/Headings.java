package dev.prism.core.text;

import dev.prism.core.model.SectionKind;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Maps heading wordings ("Work History", "TECHNICAL SKILLS:", "## Projects") to section kinds. */
public final class Headings {
  private static final Map<String, SectionKind> VARIANTS = new HashMap<>();
  private static final int MAX_WORDS = 6;

  static {
    for (Map.Entry<String, List<String>> e : ResourceLists.read(Headings.class, "headings.txt").entrySet()) {
      SectionKind kind = SectionKind.valueOf(e.getKey().toUpperCase(Locale.ROOT));
      for (String v : e.getValue()) {
        VARIANTS.put(normalize(v), kind);
      }
    }
  }

  private Headings() {}

  /**
   * The kind a line names when it is a heading. A heading is short, has no sentence punctuation and
   * is one of the known variants, or ends with one ("Relevant Professional Experience").
   */
  public static Optional<SectionKind> kindOf(String line) {
    String trimmed = Inline.clean(line);
    if (trimmed.isEmpty() || trimmed.length() > 60 || trimmed.endsWith(".") || trimmed.contains("@")) {
      return Optional.empty();
    }
    String n = normalize(trimmed);
    if (n.isEmpty()) {
      return Optional.empty();
    }
    SectionKind exact = VARIANTS.get(n);
    if (exact != null) {
      return Optional.of(exact);
    }
    String[] words = n.split(" ");
    if (words.length > MAX_WORDS || trimmed.matches(".*\\d.*") || !headingCase(trimmed)) {
      return Optional.empty();
    }
    // A qualified variant: "Relevant Professional Experience", "Selected Open Source Projects".
    for (int i = 1; i < words.length && i <= 2; i++) {
      SectionKind k = VARIANTS.get(String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length)));
      if (k != null) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the line is one of the standard heading wordings itself ("Work Experience",
   * "SKILLS:"), not a qualified one ("Relevant Professional Experience") nor anything else.
   */
  public static boolean isStandard(String line) {
    String trimmed = Inline.clean(line);
    return trimmed.length() <= 60 && VARIANTS.containsKey(normalize(trimmed));
  }

  /** Headings are in capitals or title case; a sentence fragment is not. */
  private static boolean headingCase(String s) {
    if (Inline.isCaps(s)) {
      return true;
    }
    for (String w : s.split("\\s+")) {
      if (w.length() > 3 && Character.isLowerCase(w.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  static String normalize(String s) {
    String t = s.toLowerCase(Locale.ROOT).replace("&", " and ");
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      b.append(Character.isLetter(c) ? c : ' ');
    }
    String out = b.toString().trim().replaceAll("\\s+", " ");
    // Letter-spaced headings: "e x p e r i e n c e".
    if (out.matches("(?:\\p{L} )+\\p{L}")) {
      out = out.replace(" ", "");
    }
    return out;
  }
}
