package dev.prism.core.text;

import dev.prism.core.model.Bullet;
import dev.prism.core.model.Entry;
import dev.prism.core.model.Field;
import dev.prism.core.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What an entry says about the work, as the person wrote it: its bullets and the sentences of its
 * description. Whether a template draws a glyph before a line is the template's choice; the same
 * sentence is a bullet in one rendering of a resume and a description paragraph in another, so both
 * are judged alike. A description paragraph is its lines joined where a sentence runs on from one
 * line to the next; short lines (a team's name, a web address, "Highlights") are no statements.
 */
public final class Statements {
  /** Fewer words than this say no piece of work: a department, a place, a label. */
  static final int MIN_WORDS = 6;

  private Statements() {}

  /** The entry's bullets and description paragraphs, in text order. */
  public static List<Bullet> of(Entry entry, String text) {
    List<Bullet> out = new ArrayList<>(entry.bullets());
    StringBuilder paragraph = null;
    int from = 0;
    int to = 0;
    for (Field f : entry.lines()) {
      String v = f.value().strip();
      if (v.isEmpty()) {
        continue;
      }
      if (paragraph != null && runsOn(paragraph, v, text, to, f.span().offset())) {
        paragraph.append(' ').append(v);
        to = f.span().end();
        continue;
      }
      add(out, paragraph, from, to);
      paragraph = new StringBuilder(v);
      from = f.span().offset();
      to = f.span().end();
    }
    add(out, paragraph, from, to);
    out.sort(Comparator.comparingInt(b -> b.span().offset()));
    return out;
  }

  /** A line continues the paragraph when the paragraph's sentence is unfinished and the line follows it directly. */
  private static boolean runsOn(StringBuilder paragraph, String next, String text, int end, int start) {
    char last = paragraph.charAt(paragraph.length() - 1);
    if (last == '.' || last == '!' || last == '?' || last == ':' || start < end) {
      return false;
    }
    for (int i = end; i < start && i < text.length(); i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    char first = next.charAt(0);
    return Character.isLowerCase(first) || Character.isDigit(first) || last == ',';
  }

  private static void add(List<Bullet> out, StringBuilder paragraph, int from, int to) {
    if (paragraph == null || Headings.isSubLabel(paragraph.toString())) {
      return;
    }
    String v = paragraph.toString();
    int words = Whitespace.splitLength(v);
    boolean prose = v.chars().anyMatch(Character::isLowerCase);
    if (words >= MIN_WORDS && prose) {
      out.add(new Bullet(v, Span.between(from, to)));
    }
  }
}
