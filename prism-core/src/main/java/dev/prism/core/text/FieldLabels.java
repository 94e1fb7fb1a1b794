package dev.prism.core.text;

import dev.prism.core.lexicon.FieldLabelWords;
import dev.prism.core.lexicon.FieldLabelWords.Field;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Labels that name the field of an entry's header the rest of the line fills: "Position: Web
 * programmer", "**Company:** Globex", "Time period: 2019 - 2021". Where a resume labels its
 * headers so, the labels say for certain what the words after them are; the words are in
 * {@code lexicon/entry-words.txt} ({@code field-label-*}, read through {@link FieldLabelWords}); a
 * {@link Field#DATES} label fills no part (the dates are read as dates).
 */
final class FieldLabels {
  /** Where a label ends in a line or a cell, and which field it names. */
  record Found(Field field, int end) {}

  // Emphasis may open before the label and close before or after its colon: "**Company:** Globex",
  // "*Company*: Globex". At most four words of letters, so no sentence reads as a label.
  private static final Pattern LABEL =
      Pattern.compile("^[*_\\s]*(\\p{L}+(?:[ -]\\p{L}+){0,3})[*_]*\\s*:[*_]*\\s*");

  private FieldLabels() {}

  /**
   * The label that opens {@code text} from {@code from} (a line's or a cell's start), up to {@code to},
   * or null: one of the known labels and a colon, with a value after it.
   */
  static Found at(CharSequence text, int from, int to) {
    // Every cell of every header line is asked, and few hold a colon, without which the pattern
    // cannot match: a scan for it is cheaper than the pattern's first tries.
    if (!hasColon(text, from, to)) {
      return null;
    }
    Matcher m = LABEL.matcher(text).region(from, to);
    if (!m.lookingAt() || m.end() >= to) {
      return null;
    }
    Field f = FieldLabelWords.named(m.group(1));
    return f == null ? null : new Found(f, m.end());
  }

  private static boolean hasColon(CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == ':') {
        return true;
      }
    }
    return false;
  }

  /** The label that opens a line's content, or null. */
  static Found of(Line line) {
    String c = line.content();
    return c.indexOf(':') < 0 ? null : at(c, 0, c.length());
  }
}
