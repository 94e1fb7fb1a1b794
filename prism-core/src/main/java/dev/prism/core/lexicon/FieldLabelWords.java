package dev.prism.core.lexicon;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The labels that name a field of an entry's header ({@code entry-words.txt}, {@code field-label-*}):
 * "Position", "Company", "Place", "Time period". One copy for the segmenter, which reads them before
 * a colon ("Company: Globex"), and the Markdown reader, which reads them as a table's column names
 * ("| Company | Role | Dates |").
 */
public final class FieldLabelWords {
  /** The field a label names. */
  public enum Field {
    TITLE,
    ORGANIZATION,
    LOCATION,
    DATES
  }

  private static final Map<String, Field> LABELS = labels();

  private FieldLabelWords() {}

  private static Map<String, Field> labels() {
    Map<String, Field> out = new HashMap<>();
    for (Field f : Field.values()) {
      for (String w : Lexicon.list("entry-words.txt", "field-label-" + f.name().toLowerCase(Locale.ROOT))) {
        out.put(w, f);
      }
    }
    return Map.copyOf(out);
  }

  /** The field {@code label} names, whatever its case; null for no label. */
  public static Field named(String label) {
    return LABELS.get(label.toLowerCase(Locale.ROOT));
  }
}
