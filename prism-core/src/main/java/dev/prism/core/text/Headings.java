package dev.prism.core.text;

import dev.prism.core.model.SectionKind;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Maps heading wordings ("Work History", "TECHNICAL SKILLS:", "## Projects") to section kinds. */
public final class Headings {
  private static final Map<String, SectionKind> VARIANTS = new HashMap<>();
  // Headings over contact details ("Contact", "Get in touch"): a sidebar's block of them is no
  // section, and its lines go to the contact parser.
  private static final Set<String> CONTACT = new HashSet<>();
  // Headings over lists of items ("Languages", "Interests"), not entries.
  private static final Set<String> LISTS = new HashSet<>();
  private static final int MAX_WORDS = 6;
  private static final Pattern ANY_DIGIT = Pattern.compile(".*\\d.*");
  private static final Pattern SPACE_RUN = Pattern.compile("\\s+");

  static {
    for (Map.Entry<String, List<String>> e : ResourceLists.read(Headings.class, "headings.txt").entrySet()) {
      if (e.getKey().equals("contact") || e.getKey().equals("list")) {
        Set<String> set = e.getKey().equals("contact") ? CONTACT : LISTS;
        e.getValue().forEach(v -> set.add(normalize(v)));
        continue;
      }
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
    if (words.length > MAX_WORDS || hasDigit(trimmed) || !headingCase(trimmed)) {
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

  /** Whether the line is a heading over contact details: "Contact", "CONTACT INFO:", "Get in touch". */
  public static boolean isContact(String line) {
    return among(CONTACT, line);
  }

  /** Whether the line is a heading over lists of items: "Languages", "Hobbies & Interests". */
  public static boolean isList(String line) {
    return among(LISTS, line);
  }

  private static boolean among(Set<String> wordings, String line) {
    String trimmed = Inline.clean(line);
    return trimmed.length() <= 60 && !trimmed.contains("@") && wordings.contains(normalize(trimmed));
  }

  /** Headings are in capitals or title case; a sentence fragment is not. */
  private static boolean headingCase(String s) {
    if (Inline.isCaps(s)) {
      return true;
    }
    for (String w : SPACE_RUN.split(s)) {
      if (w.length() > 3 && Character.isLowerCase(w.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** Like {@code s.matches(".*\\d.*")}; the regex runs only when there is a digit at all. */
  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        // The regex also needs the line to hold no line terminator.
        return ANY_DIGIT.matcher(s).matches();
      }
    }
    return false;
  }

  /** Lower case letters only, one space between words: "TECHNICAL SKILLS:" reads "technical skills". */
  static String normalize(String s) {
    String t = s.toLowerCase(Locale.ROOT).replace("&", " and ");
    // Anything but a letter separates words; runs of separators become one space, none at the ends.
    StringBuilder b = new StringBuilder(t.length());
    boolean gap = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (!Character.isLetter(c)) {
        gap = true;
        continue;
      }
      if (gap && b.length() > 0) {
        b.append(' ');
      }
      b.append(c);
      gap = false;
    }
    String out = b.toString();
    // Letter-spaced headings: "e x p e r i e n c e".
    if (letterSpaced(out)) {
      out = out.replace(" ", "");
    }
    return out;
  }

  /** Single letters between single spaces, at least two of them: what {@code (?:\p{L} )+\p{L}} matches here. */
  private static boolean letterSpaced(String s) {
    if (s.length() < 3 || s.length() % 2 == 0) {
      return false;
    }
    for (int i = 1; i < s.length(); i += 2) {
      if (s.charAt(i) != ' ') {
        return false;
      }
    }
    // Even places hold letters: normalize leaves only letters and single spaces inside.
    return true;
  }
}
