package dev.prism.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where a page parts its columns: a band clear of text down the page. A band of 5 pt parts them
 * alone; one of 4 pt only where the main column starts flush against it, row after row (Deedy's
 * ragged sidebar set tight against the main column).
 */
class GutterTest {
  private static final float EDGE = 214;

  /** A row's glyphs: each character 5 pt wide, from {@code x}. */
  private static void set(List<Glyph> out, String text, float x, float y) {
    for (int i = 0; i < text.length(); i++) {
      out.add(new Glyph(String.valueOf(text.charAt(i)), x + 5 * i, y, 5, 7, 10, false));
    }
  }

  /**
   * Twelve rows: a ragged sidebar (every fourth row runs to its edge), the main column at {@code
   * starts[i]}, one word a row, so that no spaces line up into a band of their own.
   */
  private static List<Glyph> page(float[] starts) {
    List<Glyph> g = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      float y = 100 + 14 * i;
      String side = "Skill-number-" + i + "-with-a-tail";
      set(g, side, i % 4 == 2 ? EDGE - 5 * side.length() : 75, y);
      set(g, "Built-the-service-number-" + i + "-for-the-team", starts[i], y);
    }
    return g;
  }

  @Test
  void aNarrowBandWithTheMainColumnFlushAgainstItPartsColumns() {
    float[] flush = new float[12];
    java.util.Arrays.fill(flush, 218.5f);
    // Parted, the strip beside the main column is read apart from it (here, row by row, as a rail).
    assertThat(PageLayout.layout(page(flush), 612, 0).kind()).isNotEqualTo(PageLayout.Kind.SINGLE);
  }

  @Test
  void aNarrowBandWithoutAFlushEdgePartsNothing() {
    // The band is as narrow where three rows start against it, but the others start further on:
    // no edge the rows share, so no gutter at 4 pt.
    float[] few = new float[12];
    for (int i = 0; i < 12; i++) {
      few[i] = i < 3 ? 218.5f : 224.5f;
    }
    assertThat(PageLayout.layout(page(few), 612, 0).kind()).isEqualTo(PageLayout.Kind.SINGLE);
  }

  @Test
  void ofTwoGuttersNearlyAsWideTheOneNoRowCrossesPartsTheColumns() {
    // A sidebar, a rail of years and the main text: the band between sidebar and rail (45 pt) is
    // clear; the one between rail and text (50 pt) is crossed by the main text's two headings,
    // set from the rail's edge. The rail belongs with the text.
    List<Glyph> g = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      float y = 100 + 14 * i;
      set(g, "Side-panel-entry-number-" + (100 + i), 20, y);
      if (i % 12 == 0) {
        set(g, "Section-heading-" + i, 200, y);
      } else {
        if (i % 4 == 1) {
          set(g, "2020", 200, y);
        }
        set(g, "Built-the-service-number-" + i, 270, y);
      }
    }
    List<TextLine> lines = PageLayout.layout(g, 612, 0).lines();
    int side = lines.stream().filter(l -> l.text().startsWith("Side-panel")).findFirst().orElseThrow().column();
    assertThat(lines.stream().filter(l -> l.text().startsWith("2020")).map(TextLine::column).distinct().toList())
        .doesNotContain(side);
    assertThat(lines.stream().filter(l -> l.text().startsWith("Section-heading")).map(TextLine::column).distinct().toList())
        .doesNotContain(side);
  }
}
