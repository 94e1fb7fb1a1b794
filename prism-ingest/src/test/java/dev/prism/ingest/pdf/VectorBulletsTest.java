package dev.prism.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prism.core.model.Extraction;
import dev.prism.core.model.Mark;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** List markers painted as shapes (as Chromium paints a {@code <ul>} disc) become bullets. */
class VectorBulletsTest {
  private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

  /** One shape to draw: a disc or a square of side {@code size} with its left edge at {@code x}. */
  record Shape(float x, float baseline, float size, boolean disc, boolean stroked) {
    Shape(float x, float baseline, float size, boolean disc) {
      this(x, baseline, size, disc, false);
    }
  }

  @Test
  void discsSplitOneLineItemsThatWouldOtherwiseReadAsOne() throws Exception {
    String text = read(List.of(new Shape(80, 150, 3.5f, true), new Shape(80, 164, 3.5f, true)),
        "Cut p99 latency of the orders API from 480 ms to 120 ms with a Redis cache in front of it",
        "Led the migration of 14 services to Kafka");
    assertThat(text).contains("• Cut p99 latency").contains("• Led the migration");
  }

  @Test
  void squaresCountToo() throws Exception {
    String text = read(List.of(new Shape(80, 150, 3f, false), new Shape(80, 164, 3f, false)),
        "Cut p99 latency of the orders API from 480 ms to 120 ms with a Redis cache in front of it",
        "Led the migration of 14 services to Kafka");
    assertThat(text).contains("• Led the migration");
  }

  /**
   * A nested item's marker is a circle Chromium strokes ("◦"): further in than the page's filled
   * discs it is a bullet; with no filled marker beside it, a small ring is a decoration.
   */
  @Test
  void strokedCirclesNestedUnderDiscsCountToo() throws Exception {
    String text = read(List.of(new Shape(76, 150, 3.5f, true), new Shape(82, 164, 3.5f, true, true)),
        "Lead API development for the new box office platform",
        "Designed a consistent API for the frontend application");
    assertThat(text).contains("• Lead API development").contains("• Designed a consistent API");
    String rings = read(List.of(new Shape(80, 150, 3.5f, true, true), new Shape(80, 164, 3.5f, true, true)),
        "Lead API development for the new box office platform",
        "Designed a consistent API for the frontend application");
    assertThat(rings).doesNotContain("•");
  }

  @Test
  void shapesThatAreNotMarkersAreIgnored() throws Exception {
    // Too big for the text beside it (an icon or a photo frame), far from any text, or behind the text.
    String text = read(List.of(new Shape(74, 152, 9f, false), new Shape(400, 300, 3.5f, true), new Shape(100, 164, 3.5f, true)),
        "Cut p99 latency of the orders API from 480 ms to 120 ms with a Redis cache in front of it",
        "Led the migration of 14 services to Kafka");
    assertThat(text).doesNotContain("•");
  }

  @Test
  void markLeadsOnlyTheNearestTextOnItsLine() {
    Glyph word = new Glyph("L", 90, 164, 6, 8, 10, false);
    Glyph far = new Glyph("x", 300, 164, 6, 8, 10, false);
    VectorBullets.Mark disc = new VectorBullets.Mark(83, 158, 3.5f, 3.5f);
    assertThat(VectorBullets.bulletFor(disc, List.of(far, word))).isEqualTo(new Glyph("•", 83, 164, 3.5f, 8, 10, false));
    VectorBullets.Mark above = new VectorBullets.Mark(83, 140, 3.5f, 3.5f);
    assertThat(VectorBullets.bulletFor(above, List.of(word))).isNull();
  }

  /** Two lines of text at x = 88, baselines 150 and 164 (from the top), plus the shapes. */
  private static String read(List<Shape> shapes, String first, String second) throws Exception {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      doc.addPage(page);
      float h = PDRectangle.LETTER.getHeight();
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        text(cs, 72, 60, 18, "Jordan Lee");
        text(cs, 72, 80, 10, "jordan.lee@example.com");
        text(cs, 72, 115, 12, "EXPERIENCE");
        text(cs, 72, 135, 10, "Backend Engineer, Acme Corp, 2020 - 2023");
        text(cs, 88, 150, 10, first);
        text(cs, 88, 164, 10, second);
        for (Shape s : shapes) {
          // Centred on the x-height of the line, as browsers place markers.
          float cx = s.x() + s.size() / 2;
          float cy = h - (s.baseline() - 3.5f);
          if (s.disc()) {
            disc(cs, cx, cy, s.size() / 2);
          } else {
            cs.addRect(s.x(), cy - s.size() / 2, s.size(), s.size());
          }
          if (s.stroked()) {
            cs.stroke();
          } else {
            cs.fill();
          }
        }
      }
      doc.save(out);
      // Bullets leave the text as line hints; mark the lines that carry one with "• ".
      Extraction x = new PdfReader().read(out.toByteArray());
      StringBuilder marked = new StringBuilder(x.text());
      List<Integer> bulleted = x.layout().lines().stream().filter(l -> l.has(Mark.LIST_ITEM)).map(l -> l.span().offset()).sorted().toList();
      for (int i = bulleted.size() - 1; i >= 0; i--) {
        marked.insert(bulleted.get(i), "• ");
      }
      return marked.toString();
    }
  }

  private static void text(PDPageContentStream cs, float x, float top, float size, String s) throws Exception {
    cs.beginText();
    cs.setFont(FONT, size);
    cs.newLineAtOffset(x, PDRectangle.LETTER.getHeight() - top);
    cs.showText(s);
    cs.endText();
  }

  /** A circle from four Bézier quarters. */
  private static void disc(PDPageContentStream cs, float cx, float cy, float r) throws Exception {
    float k = 0.5523f * r;
    cs.moveTo(cx + r, cy);
    cs.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
    cs.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
    cs.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
    cs.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
    cs.closePath();
  }
}
