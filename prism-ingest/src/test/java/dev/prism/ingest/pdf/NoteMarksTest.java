package dev.prism.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A footnote's mark after a word goes; an exponent after a digit stays. */
class NoteMarksTest {
  @Test
  void aRaisedSmallDigitAfterALetterGoesAndOneAfterADigitStays() {
    List<Glyph> row = new ArrayList<>();
    float x = letters(row, "Acme", 0);
    x = mark(row, "1", x);
    x = letters(row, "10", x + 4);
    mark(row, "6", x);
    PageLayout.dropNoteMarks(row);
    assertThat(text(row)).isEqualTo("Acme106");
  }

  @Test
  void aRowOfManyMarksLosesThemAllInOnePass() {
    // A hostile row: a mark after every letter, each cut out without shifting the rest each time.
    List<Glyph> row = new ArrayList<>();
    float x = 0;
    for (int k = 0; k < 50_000; k++) {
      x = letters(row, "a", x);
      x = mark(row, "2", x);
    }
    PageLayout.dropNoteMarks(row);
    assertThat(text(row)).isEqualTo("a".repeat(50_000));
  }

  private static String text(List<Glyph> row) {
    StringBuilder b = new StringBuilder();
    row.forEach(g -> b.append(g.text()));
    return b.toString();
  }

  /** Letters of 6 points' advance at 12 points on the baseline y = 100; where the next may start. */
  private static float letters(List<Glyph> row, String w, float x) {
    for (char c : w.toCharArray()) {
      row.add(new Glyph(String.valueOf(c), x, 100, 6, 10, 12, false));
      x += 6;
    }
    return x;
  }

  /** A digit at 7 points raised 4 points, touching the glyph before; where the next may start. */
  private static float mark(List<Glyph> row, String d, float x) {
    row.add(new Glyph(d, x, 96, 4, 6, 7, false));
    return x + 4;
  }
}
