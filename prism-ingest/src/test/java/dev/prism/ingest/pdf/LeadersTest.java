package dev.prism.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which dots of a row are a leader (a rule drawn with dots) and go, and which are text and stay. */
class LeadersTest {
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
    // A hostile row of short leaders between letters: every leader goes, in one pass over the row.
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
}
