package dev.prism.ingest.docx;

import dev.prism.core.lexicon.NameWords;
import dev.prism.core.text.Headings;
import java.util.regex.Pattern;

/** A person's name by its shape, as the DOCX reader needs to tell one: in a title, a heading, a header. */
public final class Names {
  /** Where the name part of a line ends: a tab or wide spacing (a tab stop), or a separator such as "|". */
  private static final Pattern NAME_PART_END = Pattern.compile("\t|\\s{2,}|\\s*[|•·]\\s*|\\s[-–—]\\s");
  private static final Pattern NAME_WORD = Pattern.compile("\\p{L}[\\p{L}'’.-]*");

  private Names() {}

  /**
   * Two to four capitalised words of letters (a particle such as "van" or "de" may be lower case),
   * short, and none of them a word that names a document, a role or a section rather than a person.
   */
  public static boolean nameLike(String s) {
    if (s.length() > 40 || Headings.kindOf(s).isPresent()) {
      return false;
    }
    String[] words = s.split(" ");
    if (words.length < 2 || words.length > 4) {
      return false;
    }
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      boolean capitalised = !w.isEmpty() && Character.isUpperCase(w.charAt(0));
      boolean particle = i > 0 && i < words.length - 1 && NameWords.isParticle(w);
      if (!NAME_WORD.matcher(w).matches() || !(capitalised || particle) || NameWords.isNotName(w)) {
        return false;
      }
    }
    return true;
  }

  /** The part of a line before any tab stop or separator: "Jordan Lee" of "Jordan Lee | Resume". */
  static String firstPart(String line) {
    return NAME_PART_END.split(line.strip(), 2)[0].strip();
  }

  /**
   * Whether a document's first line may be the person's name where nothing else offers one: one to
   * five words of letters, most capitalised, no section heading. A body that starts with a contact
   * line, a sentence or a heading does not.
   */
  static boolean mayBeName(String line) {
    String part = firstPart(line);
    if (part.isEmpty() || part.length() > 60 || Headings.kindOf(part).isPresent() || Headings.isContact(part)) {
      return false;
    }
    String[] words = part.split("\\s+");
    if (words.length > 5) {
      return false;
    }
    int capitalised = 0;
    for (String w : words) {
      if (!NAME_WORD.matcher(w).matches()) {
        return false;
      }
      capitalised += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
    }
    return capitalised >= words.length - 1;
  }

  /** Whether a name holds a word that names a document or a role ("Resume", "Engineer"). */
  static boolean hasNotNameWord(String s) {
    return NameWords.hasNotNameWord(s);
  }
}
