package dev.prism.ingest.pdf;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects every glyph of every page with its position and font, leaving layout to {@link
 * PageLayout}. PDFTextStripper's own ordering interleaves columns line by line, which is what a
 * resume reader must avoid, so only its glyph decoding is used.
 */
final class GlyphCollector extends PDFTextStripper {

  /** Thrown to stop collecting: the reader was cancelled or the document holds too much text. */
  static final class Stop extends RuntimeException {
    final boolean cancelled;

    Stop(boolean cancelled) {
      super(null, null, false, false);
      this.cancelled = cancelled;
    }
  }

  private final int maxGlyphs;
  private final Map<PDFont, Boolean> boldFonts = new IdentityHashMap<>();
  final List<List<Glyph>> pages = new ArrayList<>();
  final List<float[]> pageSizes = new ArrayList<>();
  private List<Glyph> current = new ArrayList<>();
  private int total;
  /** Content-stream operators PDFBox could not apply. */
  int damaged;
  /** Glyphs that decoded to nothing usable: private-use code points, U+FFFD, control characters. */
  int unreadable;

  GlyphCollector(int maxGlyphs) {
    this.maxGlyphs = maxGlyphs;
    setSortByPosition(false);
  }

  @Override
  protected void startPage(PDPage page) throws IOException {
    if (Thread.currentThread().isInterrupted()) {
      throw new Stop(true);
    }
    current = new ArrayList<>();
    var box = page.getCropBox();
    int rotation = page.getRotation();
    boolean turned = rotation == 90 || rotation == 270;
    pageSizes.add(new float[] {turned ? box.getHeight() : box.getWidth(), turned ? box.getWidth() : box.getHeight()});
  }

  @Override
  protected void endPage(PDPage page) {
    pages.add(current);
  }

  /**
   * A damaged operator (too few operands, a missing resource) costs a few glyphs, not the resume.
   * PDFBox would log each one as an error with its stack trace; the reader only counts them, and
   * gives up on a content stream that is mostly damage.
   */
  @Override
  protected void operatorException(Operator operator, List<COSBase> operands, IOException e) throws IOException {
    if (++damaged > 5_000) {
      throw new IOException("too many damaged operators", e);
    }
  }

  @Override
  protected void processTextPosition(TextPosition t) {
    if ((++total & 1023) == 0 && Thread.currentThread().isInterrupted()) {
      throw new Stop(true);
    }
    if (total > maxGlyphs) {
      throw new Stop(false);
    }
    // Rotated text (a vertical label in a margin) has no place in the reading order.
    if (t.getDir() != 0f) {
      return;
    }
    String text = normalize(t.getUnicode());
    if (text == null) {
      unreadable++;
      return;
    }
    if (text.isEmpty()) {
      return;
    }
    float x = t.getXDirAdj();
    float y = t.getYDirAdj();
    float w = Math.max(0f, t.getWidthDirAdj());
    if (!Float.isFinite(x) || !Float.isFinite(y) || !Float.isFinite(w)) {
      return;
    }
    // Fake bold: the same glyph drawn twice, a hair apart.
    for (int i = current.size() - 1; i >= 0 && i >= current.size() - 3; i--) {
      Glyph g = current.get(i);
      if (g.text().equals(text) && Math.abs(g.x() - x) < Math.max(0.5f, w * 0.3f) && Math.abs(g.y() - y) < 0.5f) {
        return;
      }
    }
    // The rendering matrix's vertical scale is the size on the page. getFontSizeInPt() rounds the
    // font size first, and Word and Skia write a font size of 1 scaled by the matrix.
    float size = t.getTextMatrix().getScalingFactorY();
    if (!(size > 0.5f) || size > 200f) {
      size = t.getFontSizeInPt();
    }
    if (!(size > 0.5f) || size > 200f) {
      size = Math.max(1f, t.getHeightDir());
    }
    current.add(new Glyph(text, x, y, w, Math.max(0f, t.getHeightDir()), size, bold(t.getFont())));
  }

  /**
   * The glyph's text made plain: ligatures and full-width forms decomposed; empty for a mark that
   * carries no text (a soft hyphen, a zero-width space), which is no sign of a bad font; null when
   * the font gave nothing a reader could use. Private-use code points are kept (as U+E000) because
   * symbol fonts draw list bullets with them; the layout decides whether one is a bullet.
   */
  private String normalize(String unicode) {
    if (unicode == null || unicode.isEmpty()) {
      return null;
    }
    StringBuilder b = new StringBuilder(unicode.length());
    for (int i = 0; i < unicode.length(); i++) {
      char c = unicode.charAt(i);
      if (c >= '\ue000' && c <= '\uf8ff') {
        b.append('\ue000');
      } else if (c == '\t' || c == '\r' || c == '\n') {
        // Word's space glyph maps to tab, carriage return, space and no-break space at once.
        b.append(' ');
      } else if (c == '\ufffd' || c < 0x20 || (c >= 0x7f && c < 0xa0)) {
        return null;
      } else if ((c >= '\ufb00' && c <= '\ufb4f') || (c >= '\uff01' && c <= '\uffee')) {
        // NFKC only where it is safe: ligatures and full-width letters. Applied everywhere it would
        // also rewrite superscripts, fractions and symbols a person meant.
        b.append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC));
      } else if (c == '\u00a0' || c == '\u2002' || c == '\u2003' || c == '\u2009' || c == '\u202f') {
        b.append(' ');
      } else if (c == '\u2010' || c == '\u2011') {
        // Word maps its hyphen to "-" plus U+2010; one hyphen is enough.
        if (b.length() == 0 || b.charAt(b.length() - 1) != '-') {
          b.append('-');
        }
      } else if (c == '\u00ad' || c == '\u200b' || c == '\ufeff') {
        // soft hyphens and zero-width marks carry no text
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private boolean bold(PDFont font) {
    if (font == null) {
      return false;
    }
    return boldFonts.computeIfAbsent(font, GlyphCollector::isBold);
  }

  private static boolean isBold(PDFont font) {
    String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
    if (name.contains("bold") || name.contains("black") || name.contains("heavy") || name.contains("semibold")
        || name.contains("demi") || name.contains("cmbx") || name.contains("sfbx") || name.endsWith(",b") || name.matches(".*[-+]b[dx]?$")) {
      return true;
    }
    PDFontDescriptor d = font.getFontDescriptor();
    return d != null && (d.isForceBold() || d.getFontWeight() >= 600f);
  }
}
