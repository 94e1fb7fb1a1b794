package dev.prism.ingest.pdf;

import dev.prism.core.lexicon.Lexicon;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.font.encoding.Encoding;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

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
  final List<List<Glyph>> pages = new ArrayList<>();
  final List<float[]> pageSizes = new ArrayList<>();
  private List<Glyph> current = new ArrayList<>();
  private int total;
  /** Content-stream operators PDFBox could not apply. */
  int damaged;
  /**
   * Glyphs whose text is lost: the font gives no character for them (no /ToUnicode entry, no
   * known glyph name) and nothing says they are mere symbols, or it gives only U+FFFD or a control
   * character. Icons (private-use code points, glyphs with names of their own) are not counted:
   * they carry no text to lose, and a resume may have dozens of them (contact icons, rating dots).
   */
  int unreadable;
  private static final GlyphList GLYPH_NAMES = GlyphList.getAdobeGlyphList();
  /** Set while PDFBox shows a glyph of a simple font that maps it to no character: what to read instead. */
  private Unmapped unmapped;

  /**
   * A glyph without a character. PDFBox then reads a simple font's code as if it were the
   * character (right by luck for an ASCII-like encoding, a stray letter for an icon); {@code
   * text} is what this reader takes instead, or null to keep that guess, and {@code lost} whether
   * the glyph counts as unreadable.
   */
  private record Unmapped(String text, boolean lost) {}

  private final VectorBullets vectorBullets = new VectorBullets(this);
  private final TexBitmapFonts texBitmaps = new TexBitmapFonts();

  private final TextOnlyFonts fonts;

  GlyphCollector(int maxGlyphs, TextOnlyFonts fonts) {
    this.maxGlyphs = maxGlyphs;
    this.fonts = fonts;
    setSortByPosition(false);
    vectorBullets.operators().forEach(this::addOperator);
  }

  @Override
  public void processPage(PDPage page) throws IOException {
    List<RandomAccessRead> parts = ReadLimits.decodedContents(page);
    if (parts == null) {
      super.processPage(page);
      return;
    }
    try {
      super.processPage(new DecodedPage(page, parts));
    } finally {
      for (RandomAccessRead part : parts) {
        part.close();
      }
    }
  }

  @Override
  protected void startPage(PDPage page) throws IOException {
    if (Thread.currentThread().isInterrupted()) {
      throw new Stop(true);
    }
    current = new ArrayList<>();
    drawn.clear();
    var box = page.getCropBox();
    int rotation = page.getRotation();
    boolean turned = rotation == 90 || rotation == 270;
    pageSizes.add(new float[] {turned ? box.getHeight() : box.getWidth(), turned ? box.getWidth() : box.getHeight()});
    vectorBullets.startPage(box.getLowerLeftX(), box.getUpperRightY(), rotation == 0);
    cropLeft = box.getLowerLeftX();
    cropTop = box.getUpperRightY();
    upright = rotation == 0;
  }

  /**
   * The glyphs drawn on this page so far by where they stand: a text shadow or an outline drawn as
   * a second run of the same glyphs lands on the first one's places a whole line later, which the
   * look back over the last glyphs (fake bold) does not reach.
   */
  private final GlyphPlaces drawn = new GlyphPlaces();

  /** The page's crop box, as glyph positions are measured from it, and whether the page is upright. */
  private float cropLeft;
  private float cropTop;
  private boolean upright;

  @Override
  protected void endPage(PDPage page) {
    pages.add(vectorBullets.withBullets(current));
  }

  /**
   * A damaged operator (too few operands, a missing resource) costs a few glyphs, not the resume.
   * PDFBox would log each one as an error with its stack trace; the reader only counts them, and
   * gives up on a content stream that is mostly damage.
   */
  private int operators;

  /** Stops between operators once the read is cancelled: a content stream may hold millions. */
  @Override
  protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
    if ((++operators & 255) == 0) {
      ReadLimits.checkpoint();
    }
    super.processOperator(operator, operands);
  }

  @Override
  protected void operatorException(Operator operator, List<COSBase> operands, IOException e) throws IOException {
    if (++damaged > 5_000) {
      throw new IOException("too many damaged operators", e);
    }
  }

  /**
   * Sees each glyph before PDFBox decodes it, to learn whether its font maps it to any character
   * at all: PDFBox silently drops such a glyph of a composite font and guesses one for a simple
   * font, and either way the reader would never know the font was unreadable.
   */
  @Override
  protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) throws IOException {
    if (font == null || font.toUnicode(code, GLYPH_NAMES) != null) {
      super.showGlyph(textRenderingMatrix, font, code, displacement);
      return;
    }
    PDFont full = fonts.full(font);
    if (full != font) {
      // Loaded without its font file, whose cmap may still know this glyph's character.
      showGlyph(textRenderingMatrix, full, code, displacement);
      return;
    }
    if (!(font instanceof PDSimpleFont simple)) {
      tick();
      if (upright && isIconFont(font)) {
        icon(textRenderingMatrix, displacement, font);
      } else {
        unreadable++;
      }
      return;
    }
    unmapped = instead(simple, code);
    try {
      super.showGlyph(textRenderingMatrix, font, code, displacement);
    } finally {
      unmapped = null;
    }
  }

  /**
   * What to read for a simple font's glyph that has no character: the letters of a ligature named
   * by its parts ("f_f_i", as the glyph-naming convention allows); the symbol marker for a glyph
   * with a name of its own ("envelope", "map-marker-alt": an icon, which PDFBox's guess would turn
   * into a stray "#" or "I" in the contact line); otherwise (no name, or a numbered one such as
   * "g17") PDFBox's guess, the best there is, except in TeX's bitmap fonts, whose encoding is
   * known; and TeX's stroke for "ł".
   */
  private Unmapped instead(PDSimpleFont font, int code) {
    Encoding encoding = font.getEncoding();
    String name = encoding == null ? null : encoding.getName(code);
    if (name == null || name.equals(".notdef") || NUMBERED.matcher(name).matches()) {
      String tex = name == null ? null : texBitmaps.text(font, encoding, name, code);
      return tex != null ? new Unmapped(tex, false) : GUESS;
    }
    if (name.equals("suppress")) {
      return STROKE;
    }
    if (name.indexOf('_') < 0) {
      return SYMBOL;
    }
    StringBuilder parts = new StringBuilder();
    for (String part : name.split("_", -1)) {
      String u = part.isEmpty() ? null : GLYPH_NAMES.toUnicode(part);
      if (u == null) {
        return SYMBOL;
      }
      parts.append(u);
    }
    return new Unmapped(parts.toString(), false);
  }

  /** Words in a font's name that make it an icon font (see fonts.txt). */
  private static final List<String> ICON_NAMES = Lexicon.list("fonts.txt", "icon");

  private final Map<PDFont, Boolean> iconFonts = new IdentityHashMap<>();

  private boolean isIconFont(PDFont font) {
    return iconFonts.computeIfAbsent(font, f -> {
      String name = f.getName();
      String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
      return ICON_NAMES.stream().anyMatch(lower::contains);
    });
  }

  /**
   * A glyph of a composite icon font that maps to no character (the circle moderncv sets before
   * each list item from FontAwesome, which XeLaTeX embeds as a composite font): read as the symbol
   * marker, as a simple font's named icon is, where PDFBox would drop it without a trace. Its place
   * is worked out as PDFBox's text stripper does for any glyph: where the text rendering matrix
   * puts it, as wide as its advance.
   */
  private void icon(Matrix textRenderingMatrix, Vector displacement, PDFont font) {
    var state = getGraphicsState();
    float fontSize = state.getTextState().getFontSize();
    float scaling = state.getTextState().getHorizontalScaling() / 100f;
    Matrix next = Matrix.getTranslateInstance(displacement.getX() * fontSize * scaling, 0)
        .multiply(getTextMatrix()).multiply(state.getCurrentTransformationMatrix());
    float x = textRenderingMatrix.getTranslateX() - cropLeft;
    float y = cropTop - textRenderingMatrix.getTranslateY();
    float w = Math.max(0f, next.getTranslateX() - textRenderingMatrix.getTranslateX());
    float size = textRenderingMatrix.getScalingFactorY();
    if (!Float.isFinite(x) || !Float.isFinite(y) || !Float.isFinite(w) || !(size > 0.5f) || size > 200f) {
      return;
    }
    style(font);
    current.add(new Glyph("\ue000", x, y, w, ICON_HEIGHT * size, size, styledBold, styledItalic));
  }

  /** An icon's height, as a share of its size: a capital letter's, about. */
  private static final float ICON_HEIGHT = 0.7f;

  private static final Unmapped GUESS = new Unmapped(null, true);
  /**
   * TeX's OT1 fonts draw "ł" as the stroke glyph "suppress" over an "l", at code 32, where a reader
   * would take a space: read as the combining stroke, which the layout puts on its letter.
   */
  private static final Unmapped STROKE = new Unmapped("\u0337", false);
  private static final Unmapped SYMBOL = new Unmapped("\ue000", false);

  private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile("[A-Za-z]{0,6}[._-]?\\d+");

  private void tick() {
    if ((++total & 1023) == 0 && Thread.currentThread().isInterrupted()) {
      throw new Stop(true);
    }
    if (total > maxGlyphs) {
      throw new Stop(false);
    }
  }

  @Override
  protected void processTextPosition(TextPosition t) {
    tick();
    // Rotated text (a vertical label in a margin) has no place in the reading order.
    if (t.getDir() != 0f) {
      return;
    }
    String text;
    if (unmapped != null && (unmapped == STROKE || !" ".equals(t.getUnicode()))) {
      // Code 32 read as a space is what every reader assumes; anything else is a guess.
      if (unmapped.lost()) {
        unreadable++;
      }
      text = normalize(unmapped.text() != null ? unmapped.text() : t.getUnicode());
      if (text == null) {
        return;
      }
    } else {
      text = normalize(t.getUnicode());
      if (text == null) {
        unreadable++;
        return;
      }
    }
    float x = t.getXDirAdj();
    float y = t.getYDirAdj();
    float w = Math.max(0f, t.getWidthDirAdj());
    if (!Float.isFinite(x) || !Float.isFinite(y) || !Float.isFinite(w)) {
      return;
    }
    if (text.indexOf('\u00ad') >= 0 && !(w > 0f)) {
      // A soft hyphen drawn with no advance marks where a word may break, not where it did.
      text = text.replace("\u00ad", "");
    }
    if (text.isEmpty()) {
      return;
    }
    // Fake bold: the same glyph drawn twice, a hair apart.
    for (int i = current.size() - 1; i >= 0 && i >= current.size() - 3; i--) {
      Glyph g = current.get(i);
      if (g.text().equals(text) && Math.abs(g.x() - x) < Math.max(0.5f, w * 0.3f) && Math.abs(g.y() - y) < 0.5f) {
        return;
      }
    }
    // A shadow: the whole run drawn again on the same places ("RRoobb" read in order of x).
    if (!Glyph.blank(text) && text.equals(drawn.putIfAbsent(x, y, text))) {
      return;
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
    style(t.getFont());
    current.add(new Glyph(text, x, y, w, Math.max(0f, t.getHeightDir()), size, styledBold, styledItalic));
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
    if (unicode.length() == 1 && unicode.charAt(0) >= 0x20 && unicode.charAt(0) < 0x7f) {
      return unicode; // printable ASCII, most glyphs: nothing below would change it
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
      } else if ((c >= '\ufb00' && c <= '\ufb4f') || (c >= '\uff01' && c <= '\uffee')
          || (c >= '\u2e80' && c <= '\u2fdf')) {
        // NFKC only where it is safe: ligatures, full-width letters, and the CJK radicals that
        // fonts name for the ideograph of the same shape ("\u2f42" for "\u6587"; no one writes a
        // radical in a resume). Applied everywhere it would also rewrite superscripts, fractions
        // and symbols a person meant.
        b.append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC));
      } else if (c == '\u00a0' || c == '\u2002' || c == '\u2003' || c == '\u2009' || c == '\u202f') {
        b.append(' ');
      } else if (c == '\u2010' || c == '\u2011') {
        // Word maps its hyphen to "-" plus U+2010; one hyphen is enough.
        if (b.length() == 0 || b.charAt(b.length() - 1) != '-') {
          b.append('-');
        }
      } else if (c == '\u00ad') {
        // A glyph that is a soft hyphen and nothing else is kept for now: drawn at a line's end it
        // is where a word broke, and the lines are joined there without it; one with no width is
        // dropped once the advance is known. Word maps its ordinary hyphen to "-", U+00AD and
        // U+2010 at once; that one is a hyphen.
        if (unicode.length() == 1) {
          b.append(c);
        }
      } else if (c == '\u200b' || c == '\ufeff') {
        // zero-width marks carry no text
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * The last font's weight and slant: runs of glyphs share a font, so most glyphs need no map
   * look-up (which showed up in profiles at a few per cent of a read).
   */
  private PDFont styledFont;
  private boolean styledBold;
  private boolean styledItalic;

  private void style(PDFont font) {
    if (font != styledFont) {
      styledFont = font;
      Style s = font == null ? Style.PLAIN : styles.computeIfAbsent(font, f -> new Style(isBold(f), isItalic(f)));
      styledBold = s.bold();
      styledItalic = s.italic();
    }
  }

  /** A font's weight and slant, worked out once a font: one look-up where a line switches fonts. */
  private record Style(boolean bold, boolean italic) {
    static final Style PLAIN = new Style(false, false);
  }

  private final Map<PDFont, Style> styles = new IdentityHashMap<>();

  // Compiled once: String.matches compiles its expression on every call, once per font and document.
  private static final java.util.regex.Pattern ITALIC_SUFFIX = java.util.regex.Pattern.compile(".*[-+](?:bold)?it$");
  private static final java.util.regex.Pattern BOLD_SUFFIX = java.util.regex.Pattern.compile(".*[-+]b[dx]?$");

  /** The words in a font's name that make it bold, or italic (see fonts.txt). */
  private static final List<String> BOLD_NAMES = Lexicon.list("fonts.txt", "bold");
  private static final List<String> ITALIC_NAMES = Lexicon.list("fonts.txt", "italic");

  private static boolean named(String name, List<String> words) {
    for (String w : words) {
      if (name.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Italic or oblique by the font's name (TeX's names too, see fonts.txt) or its descriptor. */
  static boolean isItalic(PDFont font) {
    String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
    if (named(name, ITALIC_NAMES) || name.endsWith(",i") || name.endsWith(",bi")
        || ITALIC_SUFFIX.matcher(name).matches() || name.endsWith("-bi")) {
      return true;
    }
    PDFontDescriptor d = font.getFontDescriptor();
    return d != null && (d.isItalic() || Math.abs(d.getItalicAngle()) > 1f);
  }

  static boolean isBold(PDFont font) {
    String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
    if (named(name, BOLD_NAMES) || name.endsWith(",b") || BOLD_SUFFIX.matcher(name).matches()) {
      return true;
    }
    PDFontDescriptor d = font.getFontDescriptor();
    return d != null && (d.isForceBold() || d.getFontWeight() >= 600f);
  }
}
