package dev.prism.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a row of glyphs drops before its words are read: the dots of a leader (a rule drawn with
 * dots), a footnote's mark after a word, and a space glyph drawn inside a letter. Dots typed in the
 * text, an exponent and the spaces between words stay.
 */
class DroppedGlyphsTest {
  @Test
  void spacedDotsInARunOfFiveOrMoreGoAndTouchingDotsStay() {
    List<Glyph> row = new ArrayList<>();
    float x = word(row, "Engineer", 10);
    x = dots(row, x + 2, 12, 2f);
    x = word(row, "2024", x + 2);
    // Typed in the text: the dots touch each other.
    x = word(row, "and", x + 3);
    dots(row, x, 4, 0f);
    PageLayout.dropLeaders(row);
    assertThat(text(row)).isEqualTo("Engineer2024and....");
  }

  @Test
  void manyShortLeadersInOneRowAllGo() {
    // A hostile row of short leaders between letters: every one goes (PageLayout copies the row
    // once rather than cutting each out in place, which made such a row quadratic).
    List<Glyph> row = new ArrayList<>();
    float x = 0;
    StringBuilder letters = new StringBuilder();
    for (int k = 0; k < 20_000; k++) {
      x = word(row, "x", x);
      x = dots(row, x + 2, 5, 2f);
      letters.append('x');
    }
    PageLayout.dropLeaders(row);
    assertThat(text(row)).isEqualTo(letters.toString());
  }

  @Test
  void fourSpacedDotsAreNoLeader() {
    List<Glyph> row = new ArrayList<>();
    float x = word(row, "Note", 0);
    dots(row, x + 2, 4, 2f);
    PageLayout.dropLeaders(row);
    assertThat(text(row)).isEqualTo("Note....");
  }

  @Test
  void aRaisedSmallDigitAfterALetterGoesAndOneAfterADigitStays() {
    List<Glyph> row = new ArrayList<>();
    float x = word(row, "Acme", 0);
    x = mark(row, "1", x);
    x = word(row, "10", x + 4);
    mark(row, "6", x);
    PageLayout.dropNoteMarks(row);
    assertThat(text(row)).isEqualTo("Acme106");
  }

  @Test
  void aRowOfManyMarksLosesThemAllInOnePass() {
    // A hostile row: a mark after every letter, all of them gone.
    List<Glyph> row = new ArrayList<>();
    float x = 0;
    for (int k = 0; k < 50_000; k++) {
      x = word(row, "a", x);
      x = mark(row, "2", x);
    }
    PageLayout.dropNoteMarks(row);
    assertThat(text(row)).isEqualTo("a".repeat(50_000));
  }

  @Test
  void aSpaceDrawnInsideALetterGoesAndOneAfterItStays() {
    // Text of a picture a few points off the row left a space glyph over the first letter: read as
    // a word break it cut the name in two.
    List<Glyph> row = new ArrayList<>();
    float x = word(row, "Ada", 0);
    row.add(new Glyph(" ", 3, 95, 0, 1, 1, false));
    row.add(new Glyph(" ", x, 100, 3, 10, 12, false));
    word(row, "Lovelace", x + 3);
    row.sort(java.util.Comparator.comparingDouble(Glyph::x));
    PageLayout.dropCoveredSpaces(row);
    assertThat(PageLayout.words(row)).isEqualTo("Ada Lovelace");
    assertThat(row).hasSize("AdaLovelace".length() + 1);
  }

  private static String text(List<Glyph> row) {
    StringBuilder b = new StringBuilder();
    row.forEach(g -> b.append(g.text()));
    return b.toString();
  }

  /** Letters of 6 points' advance from {@code x}; where the next glyph may start. */
  private static float word(List<Glyph> row, String w, float x) {
    for (char c : w.toCharArray()) {
      row.add(new Glyph(String.valueOf(c), x, 100, 6, 10, 12, false));
      x += 6;
    }
    return x;
  }

  /** {@code n} dots 2 points wide, {@code gap} apart, from {@code x}; where the next glyph may start. */
  private static float dots(List<Glyph> row, float x, int n, float gap) {
    for (int k = 0; k < n; k++) {
      row.add(new Glyph(".", x, 100, 2, 2, 8, false));
      x += 2 + gap;
    }
    return x;
  }

  /** A digit at 7 points raised 4 points, touching the glyph before; where the next may start. */
  private static float mark(List<Glyph> row, String d, float x) {
    row.add(new Glyph(d, x, 96, 4, 6, 7, false));
    return x + 4;
  }
}
