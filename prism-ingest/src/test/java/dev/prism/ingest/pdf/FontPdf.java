package dev.prism.ingest.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * One-page PDFs whose text is written as raw character codes in fonts the test controls: an
 * embedded Type 1 font with glyph names of the test's choosing, an optional /ToUnicode map, and
 * widths per code. Writing codes rather than strings is the point: it lets a test draw a glyph
 * whose name or character map says "ﬁ", U+FFFD or nothing at all, which no text API would emit.
 */
final class FontPdf {
  /**
   * A font resource name and what to show in it, at x/y (top-left based) and size: raw codes, or
   * text that the font's own encoder turns into codes.
   */
  private record Run(String font, float x, float y, float size, byte[] codes, String text) {}

  private final Map<String, FontSpec> fonts = new TreeMap<>();
  private final List<Run> runs = new ArrayList<>();

  private interface FontSpec {}

  private record Type1Spec(Map<Integer, String> encoding, Map<Integer, String> toUnicode, Map<Integer, Integer> widths)
      implements FontSpec {}

  private record Type0Spec(boolean mapped, String baseFont) implements FontSpec {}

  private record HelveticaSpec() implements FontSpec {}

  private record Type3Spec(java.util.Set<Integer> codes) implements FontSpec {}

  /**
   * An embedded Type 1 font whose built-in encoding maps codes to glyph names; {@code toUnicode}
   * (may be empty) becomes a /ToUnicode CMap of single-byte codes to UTF-16 strings, and
   * {@code widths} overrides the 500-unit advance of chosen codes.
   */
  FontPdf type1(String name, Map<Integer, String> encoding, Map<Integer, String> toUnicode, Map<Integer, Integer> widths) {
    fonts.put(name, new Type1Spec(encoding, toUnicode, widths));
    return this;
  }

  /**
   * Liberation Sans embedded whole as a composite (Identity-H) font. Unless {@code mapped}, it
   * loses both ways back to characters: its /ToUnicode, and the Unicode 'cmap' table of the
   * embedded program (which PDFBox would otherwise read backwards), as in subset fonts some
   * producers write.
   */
  FontPdf type0(String name, boolean mapped) {
    fonts.put(name, new Type0Spec(mapped, null));
    return this;
  }

  /**
   * The same unmapped composite font under another name ({@code baseFont}, as "FontAwesome5Free-
   * Regular"): an icon font whose glyphs no reader can turn into characters.
   */
  FontPdf type0Named(String name, String baseFont) {
    fonts.put(name, new Type0Spec(false, baseFont));
    return this;
  }

  /**
   * A Type 3 font as pdfTeX writes TeX's bitmap fonts: each glyph (a filled square here) named
   * after its code ("a21"), no /ToUnicode, nothing that names the font or its encoding.
   */
  FontPdf type3(String name, java.util.Set<Integer> codes) {
    fonts.put(name, new Type3Spec(codes));
    return this;
  }

  /** Standard Helvetica, whose text always reads back. */
  FontPdf helvetica(String name) {
    fonts.put(name, new HelveticaSpec());
    return this;
  }

  FontPdf show(String font, float x, float y, float size, byte[] codes) {
    runs.add(new Run(font, x, y, size, codes, null));
    return this;
  }

  /** Text encoded by the font itself (Helvetica's WinAnsi, the Type 0 font's glyph ids). */
  FontPdf text(String font, float x, float y, float size, String text) {
    runs.add(new Run(font, x, y, size, null, text));
    return this;
  }

  /** Codes from a mix of ASCII strings (their bytes) and integers (one raw code each). */
  static byte[] codes(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object p : parts) {
      if (p instanceof Integer code) {
        out.write(code);
      } else {
        out.writeBytes(p.toString().getBytes(StandardCharsets.US_ASCII));
      }
    }
    return out.toByteArray();
  }

  /** Adobe glyph names for the printable ASCII a resume needs, at their ASCII codes. */
  static Map<Integer, String> asciiNames() {
    Map<Integer, String> names = new TreeMap<>();
    for (char c = 'a'; c <= 'z'; c++) {
      names.put((int) c, String.valueOf(c));
      names.put((int) Character.toUpperCase(c), String.valueOf(Character.toUpperCase(c)));
    }
    String[] digits = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
    for (int d = 0; d < 10; d++) {
      names.put('0' + d, digits[d]);
    }
    names.put((int) ' ', "space");
    names.put((int) '.', "period");
    names.put((int) ',', "comma");
    names.put((int) '-', "hyphen");
    names.put((int) '@', "at");
    names.put((int) '|', "bar");
    return names;
  }

  byte[] build() {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      doc.addPage(page);
      PDResources resources = new PDResources();
      Map<String, PDFont> loaded = new TreeMap<>();
      Map<String, COSName> names = new TreeMap<>();
      for (var e : fonts.entrySet()) {
        PDFont font = load(doc, e.getValue());
        loaded.put(e.getKey(), font);
        names.put(e.getKey(), resources.add(font));
      }
      page.setResources(resources);
      ByteArrayOutputStream content = new ByteArrayOutputStream();
      for (Run r : runs) {
        PDFont font = loaded.get(r.font());
        byte[] codes = r.text() != null ? font.encode(r.text()) : r.codes();
        ascii(content, "BT /" + names.get(r.font()).getName() + " " + r.size() + " Tf " + r.x() + " " + (792 - r.y()) + " Td <");
        for (byte b : codes) {
          ascii(content, String.format("%02X", b & 0xff));
        }
        ascii(content, "> Tj ET\n");
      }
      page.setContents(new PDStream(doc, new ByteArrayInputStream(content.toByteArray())));
      // Edits after the fonts are in place: PDFBox writes /Encoding, /Widths and /ToUnicode itself.
      for (var e : fonts.entrySet()) {
        edit(doc, loaded.get(e.getKey()), e.getValue());
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PDFont load(PDDocument doc, FontSpec spec) throws IOException {
    if (spec instanceof Type3Spec t) {
      COSDictionary font = new COSDictionary();
      font.setItem(COSName.TYPE, COSName.FONT);
      font.setItem(COSName.SUBTYPE, COSName.getPDFName("Type3"));
      COSArray matrix = new COSArray();
      for (float f : new float[] {0.001f, 0, 0, 0.001f, 0, 0}) {
        matrix.add(new org.apache.pdfbox.cos.COSFloat(f));
      }
      font.setItem(COSName.FONT_MATRIX, matrix);
      COSArray bbox = new COSArray();
      for (int v : new int[] {0, 0, 500, 700}) {
        bbox.add(COSInteger.get(v));
      }
      font.setItem(COSName.FONT_BBOX, bbox);
      COSArray differences = new COSArray();
      COSDictionary procs = new COSDictionary();
      COSArray widths = new COSArray();
      for (int code = 0; code < 256; code++) {
        widths.add(COSInteger.get(t.codes().contains(code) ? 500 : 0));
        if (t.codes().contains(code)) {
          differences.add(COSInteger.get(code));
          differences.add(COSName.getPDFName("a" + code));
          COSStream glyph = doc.getDocument().createCOSStream();
          try (OutputStream out = glyph.createOutputStream()) {
            out.write("500 0 0 0 450 650 d1 50 0 400 650 re f".getBytes(StandardCharsets.US_ASCII));
          }
          procs.setItem(COSName.getPDFName("a" + code), glyph);
        }
      }
      COSDictionary encoding = new COSDictionary();
      encoding.setItem(COSName.TYPE, COSName.ENCODING);
      encoding.setItem(COSName.DIFFERENCES, differences);
      font.setItem(COSName.ENCODING, encoding);
      font.setItem(COSName.CHAR_PROCS, procs);
      font.setInt(COSName.FIRST_CHAR, 0);
      font.setInt(COSName.LAST_CHAR, 255);
      font.setItem(COSName.WIDTHS, widths);
      return new org.apache.pdfbox.pdmodel.font.PDType3Font(font);
    }
    if (spec instanceof Type1Spec t) {
      return new PDType1Font(doc, new ByteArrayInputStream(Type1FontProgram.pfb("PrismGlyphs", t.encoding(), 500)));
    }
    if (spec instanceof Type0Spec) {
      try (InputStream ttf = PDFont.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
        return PDType0Font.load(doc, ttf, false);
      }
    }
    return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  }

  private static void edit(PDDocument doc, PDFont font, FontSpec spec) throws IOException {
    var dict = font.getCOSObject();
    if (spec instanceof Type0Spec t && t.baseFont() != null) {
      dict.setName(COSName.BASE_FONT, t.baseFont() + "-Identity-H");
      ((COSDictionary) dict.getCOSArray(COSName.DESCENDANT_FONTS).getObject(0)).setName(COSName.BASE_FONT, t.baseFont());
    }
    if (spec instanceof Type0Spec t && !t.mapped()) {
      dict.removeItem(COSName.TO_UNICODE);
      COSDictionary descriptor = ((COSDictionary) dict.getCOSArray(COSName.DESCENDANT_FONTS).getObject(0))
          .getCOSDictionary(COSName.FONT_DESC);
      byte[] program;
      try (InputStream in = descriptor.getCOSStream(COSName.FONT_FILE2).createInputStream()) {
        program = in.readAllBytes();
      }
      COSStream file = doc.getDocument().createCOSStream();
      try (OutputStream out = file.createOutputStream(COSName.FLATE_DECODE)) {
        out.write(withoutCmap(program));
      }
      descriptor.setItem(COSName.FONT_FILE2, file);
    }
    if (!(spec instanceof Type1Spec t)) {
      return;
    }
    // The font's own encoding, not the one PDFBox derived from it, names the glyphs.
    dict.removeItem(COSName.ENCODING);
    COSArray widths = new COSArray();
    for (int code = 0; code < 256; code++) {
      widths.add(COSInteger.get(t.widths().getOrDefault(code, 500)));
    }
    dict.setInt(COSName.FIRST_CHAR, 0);
    dict.setInt(COSName.LAST_CHAR, 255);
    dict.setItem(COSName.WIDTHS, widths);
    if (!t.toUnicode().isEmpty()) {
      COSStream cmap = doc.getDocument().createCOSStream();
      try (OutputStream out = cmap.createOutputStream()) {
        out.write(toUnicodeCMap(t.toUnicode()).getBytes(StandardCharsets.US_ASCII));
      }
      dict.setItem(COSName.TO_UNICODE, cmap);
    }
  }

  /** The TrueType program with its 'cmap' table renamed, so that no reader finds it. */
  private static byte[] withoutCmap(byte[] ttf) {
    byte[] out = ttf.clone();
    int tables = ((out[4] & 0xff) << 8) | (out[5] & 0xff);
    for (int i = 0; i < tables; i++) {
      int at = 12 + 16 * i;
      if (new String(out, at, 4, StandardCharsets.US_ASCII).equals("cmap")) {
        out[at + 3] = 'x';
        return out;
      }
    }
    throw new IllegalStateException("no cmap table");
  }

  /** A /ToUnicode CMap for one-byte codes: each code to the UTF-16BE of its string (several characters allowed). */
  static String toUnicodeCMap(Map<Integer, String> map) {
    StringBuilder b = new StringBuilder()
        .append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
        .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
        .append("/CMapName /Prism-Test-UCS def\n/CMapType 2 def\n")
        .append("1 begincodespacerange\n<00> <FF>\nendcodespacerange\n")
        .append(map.size()).append(" beginbfchar\n");
    map.forEach((code, text) -> {
      b.append(String.format("<%02X> <", code));
      for (char c : text.toCharArray()) {
        b.append(String.format("%04X", (int) c));
      }
      b.append(">\n");
    });
    return b.append("endbfchar\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").toString();
  }

  private static void ascii(ByteArrayOutputStream out, String s) {
    out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
  }

  /** Adds a Letter page to {@code doc} that shows {@code text} in {@code font}, 11 pt, one line. */
  static void pageWithLine(PDDocument doc, PDFont font, String text) throws IOException {
    PDPage page = new PDPage(PDRectangle.LETTER);
    doc.addPage(page);
    try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
      cs.beginText();
      cs.setFont(font, 11);
      cs.newLineAtOffset(72, 700);
      cs.showText(text);
      cs.endText();
    }
  }
}
