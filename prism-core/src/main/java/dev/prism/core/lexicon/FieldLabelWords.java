package dev.prism.core.lexicon;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The labels that name a field of an entry's header ({@code entry-words.txt}, {@code field-label-*}):
 * "Position", "Company", "Place", "Time period". One copy for the segmenter, which reads them before
 * a colon ("Company: Globex"), and the Markdown reader, which reads them and a few more
 * ({@code column-label-*}) as a table's column names ("| Company | Role | Dates |").
 */
public final class FieldLabelWords {
  /** The field a label names. */
  public enum Field {
    TITLE,
    ORGANIZATION,
    LOCATION,
    DATES
  }

  /** The labels a form sets in a cell of its own ("Name and address of employer"). */
  private static final Map<String, Field> FORM = labels("form-label-", Map.of());
  private static final Map<String, Field> LABELS = labels("field-label-", FORM);
  private static final Map<String, Field> COLUMNS = labels("column-label-", LABELS);

  private FieldLabelWords() {}

  private static Map<String, Field> labels(String key, Map<String, Field> more) {
    Map<String, Field> out = new HashMap<>(more);
    for (Field f : Field.values()) {
      for (String w : Lexicon.list("entry-words.txt", key + f.name().toLowerCase(Locale.ROOT))) {
        out.put(fold(w), f);
      }
    }
    return Map.copyOf(out);
  }

  /** The field a label before a colon names ("Company:"), whatever its case; null for no label. */
  public static Field named(String label) {
    return LABELS.get(fold(label.toLowerCase(Locale.ROOT)));
  }

  private static final Set<String> DETAILS = folded(Lexicon.list("entry-words.txt", "detail-label"));
  /** The labels of contact items, the person's name and personal details, as a form sets them in a cell of their own. */
  private static final Set<String> CONTACT = contactLabels();
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static Set<String> contactLabels() {
    Set<String> out = new HashSet<>();
    for (String key : new String[] {"label", "name-label", "given-name-label", "family-name-label", "personal-label"}) {
      out.addAll(Lexicon.list("contact-words.txt", key));
    }
    return folded(out);
  }

  private static Set<String> folded(java.util.Collection<String> labels) {
    Set<String> out = new HashSet<>();
    for (String l : labels) {
      out.add(fold(l));
    }
    return Set.copyOf(out);
  }

  /**
   * A label without its accents: authors and fonts set them loosely ("Principali attivitá" for
   * "attività"), and a label is known by its words. Both the lists and the text asked are folded.
   */
  private static String fold(String label) {
    return Lexicon.withoutAccents(label);
  }

  /**
   * A label as the lists hold it: without emphasis marks, a closing colon or runs of spaces, with
   * straight apostrophes, in lower case, its accents folded.
   */
  private static String normal(String label) {
    int a = 0;
    int b = label.length();
    while (a < b && (Character.isWhitespace(label.charAt(a)) || label.charAt(a) == '*' || label.charAt(a) == '_')) {
      a++;
    }
    while (b > a && (Character.isWhitespace(label.charAt(b - 1)) || "*_:".indexOf(label.charAt(b - 1)) >= 0)) {
      b--;
    }
    // A typeset apostrophe is the lists' straight one ("Nome e tipo d’organizzazione").
    return fold(SPACES.matcher(label.substring(a, b)).replaceAll(" ").replace('\u2019', '\'').toLowerCase(Locale.ROOT));
  }

  /**
   * The longest label of any list, with room for emphasis marks, a colon and doubled spaces: a
   * longer cell is no label, and is not normalised at all (every cell of every line is asked).
   */
  private static final int LONGEST = longest() + 8;

  private static int longest() {
    int n = 0;
    for (String l : FORM.keySet()) {
      n = Math.max(n, l.length());
    }
    for (Set<String> set : List.of(DETAILS, CONTACT)) {
      for (String l : set) {
        n = Math.max(n, l.length());
      }
    }
    return n;
  }

  /** The field a form's label set in a cell of its own names ("Occupation or position held"); null for none. */
  public static Field formField(String cell) {
    return cell.length() > LONGEST ? null : FORM.get(normal(cell));
  }

  /** The labels of an entry's details ("GPA", "Minor", "Type of business or sector"), lower-cased. */
  public static Set<String> detailLabels() {
    return Lexicon.set("entry-words.txt", "detail-label");
  }

  /** Whether a form's label in a cell of its own labels a detail of an entry ("Type of business or sector"). */
  public static boolean isDetail(String cell) {
    return cell.length() <= LONGEST && DETAILS.contains(normal(cell));
  }

  /** Whether a label names a contact item, the person's name or a personal detail ("Email", "Nationality"). */
  public static boolean isContactLabel(String label) {
    return label.length() <= LONGEST && CONTACT.contains(normal(label));
  }

  /**
   * Whether a form-like CV's label names a field or a detail of an entry ("Occupation or position
   * held", "Type of business or sector"), a contact item or the person's name ("Name", "Email"), so
   * that its value is set beside it: a reader that draws the label apart (a PDF's label rail)
   * keeps the two on one line.
   */
  public static boolean isFormLabel(String label) {
    if (label.length() > LONGEST) {
      return false;
    }
    String l = normal(label);
    return FORM.containsKey(l) || DETAILS.contains(l) || CONTACT.contains(l);
  }

  /** The field a table's column name names ("Company", "School", "Year"); null for none. */
  public static Field column(String name) {
    return COLUMNS.get(fold(name.toLowerCase(Locale.ROOT)));
  }
}
