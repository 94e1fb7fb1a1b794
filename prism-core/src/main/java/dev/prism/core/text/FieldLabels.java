package dev.prism.core.text;

import dev.prism.core.lexicon.FieldLabelWords;
import dev.prism.core.lexicon.FieldLabelWords.Field;
import dev.prism.core.model.Span;
import java.util.List;
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
  /**
   * Where a label ends in a line or a cell, and which field it names; {@code cell} where the label
   * is a cell of its own, as a form-like CV sets it, rather than words before a colon.
   */
  record Found(Field field, int end, boolean cell) {}

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
    return f == null ? null : new Found(f, m.end(), false);
  }

  private static boolean hasColon(CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == ':') {
        return true;
      }
    }
    return false;
  }

  /**
   * The field a whole cell names as a form's label ("Name and address of employer ⇥ Globex", as a
   * form-like CV such as Europass sets each label in a cell of its own before its value), or null.
   */
  static Field cell(CharSequence text, int from, int to) {
    return FieldLabelWords.formField(text.subSequence(from, to).toString());
  }

  /**
   * The field a whole cell names in a form whose other labels stand in cells of their own: a form's
   * label, or a field's label without its colon ("Company ⇥ Globex" beside "Position held ⇥ …").
   */
  static Field inForm(CharSequence text, int from, int to) {
    Field f = cell(text, from, to);
    if (f != null) {
      return f;
    }
    // As a form sets it: emphasis and a colon around the word say nothing more ("**Company:**").
    String word = Inline.clean(text.subSequence(from, to).toString()).strip();
    return FieldLabelWords.named(word.endsWith(":") ? word.substring(0, word.length() - 1).strip() : word);
  }

  /**
   * The label that opens a line's content, or null: a label and a colon, or a first cell that is
   * all label with more cells after it (the label's end is then where the next cell starts).
   */
  static Found of(Line line) {
    String c = line.content();
    if (c.indexOf(':') >= 0) {
      Found f = at(c, 0, c.length());
      if (f != null) {
        return f;
      }
    }
    List<Span> cells = line.cells();
    if (cells.size() < 2) {
      return null;
    }
    int base = line.contentStart();
    Field f = cell(c, cells.get(0).offset() - base, cells.get(0).end() - base);
    return f == null ? null : new Found(f, cells.get(1).offset() - base, true);
  }
}
