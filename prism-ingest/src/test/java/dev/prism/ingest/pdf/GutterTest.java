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

  /** A run of glyphs as a page drew it: {@code text} spread evenly from {@code left} to {@code right} on baseline {@code y}. */
  private static void run(List<Glyph> out, String text, float y, float left, float right, float size) {
    float width = (right - left) / text.length();
    for (int i = 0; i < text.length(); i++) {
      out.add(new Glyph(String.valueOf(text.charAt(i)), left + width * i, y, width, size * 0.6f, size, false));
    }
  }

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

  @Test
  void aSparseSidebarOfChipsKeepsItsGutterWhereAWiderBandRunsThroughTheChips() {
    // A theme's second page as drawn: the main column to x 347, a sidebar of hobbies from x 373
    // (three headings, nine rows of small chips, up to three a row, each behind an icon). A row
    // in twelve may cross a gutter, so the chips' scattered right-hand part looks as clear as
    // the true gutter, and wider; read at that band, the page is one column and main lines run
    // on into the chips beside them.
    // The main column's lines: baseline, left and right edges, then the lengths of their words.
    float[][] lines = {
      {39.0f, 55.7f, 324.8f, 6, 7, 4, 3, 9, 4, 2, 7, 4, 11, 3, 7},
      {49.5f, 55.7f, 320.5f, 8, 10, 5, 2, 6, 10, 4, 3, 3, 3, 13},
      {68.3f, 55.7f, 334.8f, 12, 4, 8, 9, 3, 9, 10, 2, 8, 9},
      {78.8f, 55.7f, 321.4f, 3, 9, 15, 7, 3, 8, 12, 9, 4},
      {89.3f, 55.7f, 197.4f, 7, 4, 8, 10, 3, 6},
      {107.3f, 55.7f, 323.4f, 8, 3, 9, 1, 6, 11, 4, 11, 4, 10},
      {118.5f, 55.7f, 328.4f, 8, 14, 3, 11, 10, 8, 8, 9, 3},
      {129.0f, 55.7f, 236.5f, 8, 8, 8, 6, 8, 4, 8},
      {147.0f, 55.7f, 321.4f, 8, 6, 8, 2, 6, 8, 12, 3, 10, 5},
      {157.5f, 55.7f, 327.6f, 4, 7, 4, 3, 12, 11, 3, 9, 6, 7, 2, 5},
      {168.8f, 55.7f, 147.0f, 7, 7, 3, 7},
      {186.8f, 55.7f, 330.2f, 2, 1, 10, 7, 7, 11, 13, 3, 11, 2, 9},
      {197.3f, 55.7f, 313.8f, 3, 8, 9, 9, 2, 5, 15, 14, 3},
      {207.8f, 55.7f, 82.9f, 8},
      {258.8f, 46.0f, 56.7f, 2},
      {258.8f, 293.0f, 346.7f, 9, 2},
      {269.3f, 46.0f, 103.2f, 1, 14},
      {279.0f, 46.0f, 149.1f, 7, 4, 1, 8, 4},
      {306.8f, 44.4f, 211.5f, 9, 9, 7, 1, 7},
      {321.0f, 44.4f, 80.5f, 10},
      {339.0f, 55.7f, 312.2f, 8, 3, 11, 2, 7, 3, 9, 9, 2, 9},
      {350.3f, 55.7f, 336.7f, 9, 6, 12, 7, 3, 9, 9, 8, 7, 3, 2},
      {360.8f, 55.7f, 180.9f, 9, 5, 10, 9},
      {378.8f, 55.7f, 319.4f, 7, 3, 8, 8, 13, 7, 9, 3, 9},
      {389.3f, 55.7f, 327.3f, 9, 11, 3, 7, 3, 9, 16, 7, 10},
      {400.5f, 55.7f, 227.9f, 8, 3, 7, 7, 5, 3, 11},
      {418.5f, 55.7f, 312.7f, 7, 3, 12, 7, 11, 7, 5, 11, 3},
      {429.0f, 55.7f, 311.4f, 8, 10, 2, 3, 8, 13, 9, 3, 9, 5},
      {439.5f, 55.7f, 334.6f, 10, 6, 7, 6, 3, 10, 8, 8, 3, 7, 4},
      {450.8f, 55.7f, 162.6f, 7, 10, 3, 10},
      {501.0f, 46.0f, 117.3f, 4, 11},
      {501.0f, 305.3f, 346.7f, 7, 2},
      {511.5f, 46.0f, 125.3f, 1, 20},
      {522.0f, 46.0f, 149.1f, 7, 4, 1, 8, 4},
      {549.0f, 44.4f, 181.1f, 9, 9, 5, 1, 4},
      {564.0f, 44.4f, 80.5f, 10},
      {582.0f, 55.7f, 303.3f, 9, 10, 8, 4, 14, 3, 9, 8},
      {592.5f, 55.7f, 314.1f, 12, 8, 3, 7, 10, 8, 3, 12, 8},
      {603.0f, 55.7f, 218.9f, 8, 15, 2, 3, 9, 5},
      {621.8f, 55.7f, 294.4f, 9, 12, 3, 8, 2, 3, 9, 3, 10},
      {632.3f, 55.7f, 312.6f, 15, 2, 9, 9, 6, 12, 7, 3, 7},
      {642.8f, 55.7f, 308.4f, 13, 8, 8, 8, 10, 3, 9, 9},
      {660.8f, 55.7f, 335.4f, 8, 3, 11, 11, 12, 4, 3, 5, 8, 6},
      {672.0f, 55.7f, 338.0f, 8, 4, 8, 8, 6, 3, 8, 15, 4, 3, 8},
      {682.5f, 55.7f, 136.5f, 12, 3, 6},
      {700.5f, 55.7f, 314.0f, 5, 6, 8, 3, 4, 1, 12, 4, 7, 6, 3, 9},
      {711.0f, 55.7f, 326.4f, 6, 3, 9, 13, 6, 7, 10, 6, 3, 1, 4},
      {722.3f, 55.7f, 260.1f, 13, 2, 4, 6, 12, 3, 13}
    };
    // The sidebar's runs of glyphs between spaces: baseline, left, right, type size, glyphs.
    float[][] chips = {
      {37.5f, 372.9f, 383.6f, 10.7f, 1},
      {37.5f, 386.4f, 441.8f, 10.7f, 9},
      {59.3f, 380.4f, 392.0f, 7.8f, 3},
      {59.3f, 394.1f, 399.9f, 7.8f, 1},
      {59.3f, 401.9f, 424.0f, 7.8f, 5},
      {108.8f, 380.4f, 414.7f, 7.8f, 10},
      {158.3f, 380.4f, 419.3f, 7.8f, 9},
      {194.3f, 380.4f, 423.4f, 7.8f, 10},
      {75.0f, 391.6f, 407.4f, 6.1f, 5},
      {75.0f, 424.2f, 439.2f, 6.1f, 5},
      {75.0f, 440.8f, 464.8f, 6.1f, 7},
      {75.0f, 481.7f, 515.0f, 6.1f, 10},
      {75.0f, 516.6f, 526.2f, 6.1f, 3},
      {88.5f, 391.6f, 430.6f, 6.1f, 11},
      {124.5f, 391.6f, 406.2f, 6.1f, 4},
      {124.5f, 407.8f, 434.0f, 6.1f, 8},
      {124.5f, 435.6f, 460.7f, 6.1f, 7},
      {124.5f, 477.6f, 505.6f, 6.1f, 9},
      {138.0f, 391.6f, 418.1f, 6.1f, 7},
      {138.0f, 419.7f, 423.1f, 6.1f, 1},
      {138.0f, 424.6f, 444.1f, 6.1f, 6},
      {174.0f, 391.6f, 411.1f, 6.1f, 5},
      {174.0f, 412.6f, 438.9f, 6.1f, 8},
      {174.0f, 455.7f, 471.0f, 6.1f, 5},
      {174.0f, 472.5f, 486.5f, 6.1f, 4},
      {174.0f, 503.3f, 518.6f, 6.1f, 4},
      {174.0f, 520.2f, 542.2f, 6.1f, 7},
      {210.0f, 391.6f, 408.3f, 6.1f, 4},
      {210.0f, 425.2f, 431.4f, 6.1f, 2},
      {210.0f, 432.9f, 436.3f, 6.1f, 1},
      {210.0f, 437.8f, 450.4f, 6.1f, 3},
      {223.5f, 391.6f, 424.7f, 6.1f, 10},
      {223.5f, 426.3f, 429.6f, 6.1f, 1},
      {223.5f, 431.2f, 449.5f, 6.1f, 5},
      {223.5f, 451.0f, 480.4f, 6.1f, 9}
    };
    List<Glyph> g = new ArrayList<>();
    for (float[] line : lines) {
      StringBuilder text = new StringBuilder();
      for (int w = 3; w < line.length; w++) {
        text.append(w > 3 ? " " : "").append("m".repeat((int) line[w]));
      }
      run(g, text.toString(), line[0], line[1], line[2], 9.8f);
    }
    for (float[] chip : chips) {
      run(g, "s".repeat((int) chip[4]), chip[0], chip[1], chip[2], chip[3]);
    }
    PageLayout.Result r = PageLayout.layout(g, 612, 1);
    assertThat(r.kind()).isEqualTo(PageLayout.Kind.COLUMNS);
    assertThat(r.lines()).filteredOn(l -> l.text().startsWith("m")).allSatisfy(l -> assertThat(l.text()).doesNotContain("s"));
  }

  @Test
  void listGlyphsSetApartFromTheirItemsMakeNoColumn() {
    // A word processor's page of lists with a wide hanging indent, as drawn (baseline, left,
    // right, characters, and 1 for a "•", 2 for a nested item's "–"): each "•" at x 84, its item
    // at x 108, headings from x 72. The band between the glyphs and their items is clear down the
    // page, but glyphs alone are no text: the page is one column and each item keeps its glyph.
    float[][] runs = {
      {113.5f, 296.1f, 316.2f, 2, 0},
      {140.8f, 72.1f, 195.8f, 23, 0},
      {167.4f, 72.1f, 129.9f, 9, 0},
      {183.5f, 84.1f, 89.4f, 1, 1},
      {183.5f, 108.1f, 468.1f, 74, 0},
      {199.1f, 84.1f, 89.4f, 1, 1},
      {199.1f, 108.1f, 378.8f, 54, 0},
      {214.7f, 84.1f, 89.4f, 1, 1},
      {214.7f, 108.1f, 449.0f, 69, 0},
      {230.3f, 84.1f, 89.4f, 1, 1},
      {230.3f, 108.1f, 502.6f, 80, 0},
      {244.1f, 108.1f, 174.9f, 13, 0},
      {259.7f, 84.1f, 89.4f, 1, 1},
      {259.7f, 108.1f, 526.5f, 84, 0},
      {275.3f, 84.1f, 89.4f, 1, 1},
      {275.3f, 108.1f, 471.9f, 75, 0},
      {301.9f, 72.1f, 171.0f, 15, 0},
      {318.0f, 84.1f, 89.4f, 1, 1},
      {318.0f, 108.1f, 283.0f, 35, 0},
      {333.6f, 120.1f, 126.1f, 1, 2},
      {333.6f, 144.1f, 358.9f, 41, 0},
      {349.2f, 84.1f, 89.4f, 1, 1},
      {349.2f, 108.1f, 351.4f, 49, 0},
      {364.8f, 120.1f, 126.1f, 1, 2},
      {364.8f, 144.1f, 358.9f, 41, 0},
      {380.4f, 120.1f, 126.1f, 1, 2},
      {380.4f, 144.1f, 535.4f, 76, 0},
      {394.2f, 144.1f, 396.3f, 54, 0},
      {409.8f, 84.1f, 89.4f, 1, 1},
      {409.8f, 108.1f, 292.5f, 38, 0},
      {425.4f, 120.1f, 126.1f, 1, 2},
      {425.4f, 144.1f, 382.3f, 43, 0},
      {441.0f, 120.1f, 126.1f, 1, 2},
      {441.0f, 144.1f, 529.5f, 78, 0},
      {454.8f, 144.1f, 520.9f, 76, 0},
      {468.6f, 144.1f, 210.3f, 12, 0},
      {484.2f, 84.1f, 89.4f, 1, 1},
      {484.2f, 108.1f, 263.0f, 33, 0},
      {499.8f, 120.1f, 126.1f, 1, 2},
      {499.8f, 144.1f, 222.7f, 14, 0},
      {515.4f, 120.1f, 126.1f, 1, 2},
      {515.4f, 144.1f, 480.3f, 66, 0},
      {529.2f, 144.1f, 206.3f, 13, 0},
      {544.8f, 84.1f, 89.4f, 1, 1},
      {544.8f, 108.1f, 347.8f, 48, 0},
      {560.4f, 120.1f, 126.1f, 1, 2},
      {560.4f, 144.1f, 523.1f, 74, 0},
      {576.0f, 120.1f, 126.1f, 1, 2},
      {576.0f, 144.1f, 535.6f, 78, 0},
      {589.8f, 144.1f, 479.3f, 69, 0},
      {605.4f, 84.1f, 89.4f, 1, 1},
      {605.4f, 108.1f, 521.5f, 86, 0},
      {621.0f, 120.1f, 126.1f, 1, 2},
      {621.0f, 144.1f, 309.1f, 29, 0},
      {636.6f, 120.1f, 126.1f, 1, 2},
      {636.6f, 144.1f, 509.6f, 72, 0},
      {650.4f, 144.1f, 431.2f, 55, 0},
      {677.0f, 72.1f, 101.3f, 6, 0},
      {693.1f, 84.1f, 89.4f, 1, 1},
      {693.1f, 108.1f, 159.6f, 9, 0},
      {708.7f, 120.1f, 126.1f, 1, 2},
      {708.7f, 144.1f, 224.9f, 15, 0}
    };
    List<Glyph> g = new ArrayList<>();
    for (float[] r : runs) {
      run(g, r[4] == 1 ? "\u2022" : r[4] == 2 ? "\u2013" : "w".repeat((int) r[3]), r[0], r[1], r[2], 10);
    }
    PageLayout.Result r = PageLayout.layout(g, 612, 0);
    assertThat(r.kind()).isEqualTo(PageLayout.Kind.SINGLE);
    assertThat(r.lines()).noneMatch(l -> l.text().strip().equals("\u2022"));
  }

  /**
   * A rail theme's page: each job's dates in a strip left of the gutter, on the row of the job's
   * header; with {@code awards}, the strip's foot holds awards whose names wrap over rows of
   * their own beside nothing under the row that names who gave them, as the page after a theme's
   * first does.
   */
  private static List<Glyph> datedPage(boolean awards) {
    List<Glyph> g = new ArrayList<>();
    float y = 60;
    for (int job = 0; job < 4; job++) {
      set(g, "2019-0" + (job + 1) + "-01 to 2020-0" + (job + 1) + "-30", 60, y);
      set(g, "Developer at Globex number " + job, 212, y);
      for (int line = 0; line < 4; line++) {
        y += 12;
        set(g, "Built-the-service-" + job + "-" + line + " and ran it", 227, y);
      }
      y += 24;
    }
    if (awards) {
      for (int award = 0; award < 3; award++) {
        // Who gave it beside its first row, as the theme sets an award's awarder.
        set(g, "Awarded by Globex", 212, y);
        set(g, "Recognition", 60, y);
        set(g, "Award of the", 60, y + 10);
        set(g, "year number " + award, 60, y + 20);
        set(g, "2021-03-0" + (award + 1), 60, y + 30);
        y += 48;
      }
    }
    return g;
  }

  @Test
  void aPageSetAsTheRailBeforeItIsReadAsARail() {
    PageLayout.Result first = PageLayout.layout(datedPage(false), 612, 0);
    assertThat(first.kind()).isEqualTo(PageLayout.Kind.RAIL);
    // Alone, the second page's strip holds more rows of its own than a rail's: a sidebar.
    assertThat(PageLayout.layout(datedPage(true), 612, 1).kind()).isEqualTo(PageLayout.Kind.COLUMNS);
    // After the first, at the same gutter, with its dates beside the jobs they date: a rail, and
    // each job's dates are read beside its header.
    PageLayout.Result second = PageLayout.layout(datedPage(true), 612, 1, first);
    assertThat(second.kind()).isEqualTo(PageLayout.Kind.RAIL);
    List<String> texts = second.lines().stream().map(l -> l.text().strip()).toList();
    assertThat(texts.indexOf("Developer at Globex number 1")).isEqualTo(texts.indexOf("2019-02-01 to 2020-02-30") + 1);
    // A sidebar page before it lends nothing.
    PageLayout.Result sidebar = PageLayout.layout(datedPage(true), 612, 0);
    assertThat(PageLayout.layout(datedPage(true), 612, 1, sidebar).kind()).isEqualTo(PageLayout.Kind.COLUMNS);
    // Nor does a rail before a page whose strip runs on as a list (a skill a row): a sidebar, though
    // a few of its dates happen to stand beside the main column's rows.
    List<Glyph> skills = datedPage(false);
    for (int k = 0; k < 8; k++) {
      set(skills, "Skill-" + k, 60, 500 + 12 * k);
    }
    assertThat(PageLayout.layout(skills, 612, 1).kind()).isEqualTo(PageLayout.Kind.COLUMNS);
    assertThat(PageLayout.layout(skills, 612, 1, first).kind()).isEqualTo(PageLayout.Kind.COLUMNS);
  }
}
