package dev.prism.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontFactory;
import org.apache.pdfbox.pdmodel.font.PDTrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

/**
 * Composite fonts loaded without their TrueType file must read exactly like the full font, fall
 * back to it for characters only its cmap knows, and be left alone when anything is unusual; fonts
 * a PDF does not embed are stood in for by PDFBox's bundled font, never a font of this computer.
 */
class CompositeFontsTest {
  private static final String LINE = "Jordan Lee – Senior Backend Engineer, café • 2021";
  private static final String BUNDLED = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

  @Test
  void lightFontMeasuresAndDecodesLikeTheFullFont() throws Exception {
    COSDictionary dict = fontDictionary(pdfWithCompositeFont(font -> {}));
    PDFont light = TextOnlyFonts.load(dict);
    PDFont full = PDFontFactory.createFont(dict);
    assertInstanceOf(PDType0Font.class, light, "the shortcut applies to a composite TrueType font with /ToUnicode");
    assertEquals(full.getName(), light.getName());
    assertEquals(full.getBoundingBox().toString(), light.getBoundingBox().toString());
    assertEquals(full.getFontDescriptor().getCapHeight(), light.getFontDescriptor().getCapHeight());
    int mapped = 0;
    for (int code = 0; code < 3000; code++) {
      assertEquals(full.getWidth(code), light.getWidth(code), "width of code " + code);
      assertEquals(full.getDisplacement(code).getX(), light.getDisplacement(code).getX(), "advance of code " + code);
      String text = light.toUnicode(code);
      if (text != null) {
        assertEquals(full.toUnicode(code), text, "character of code " + code);
        mapped++;
      }
    }
    assertTrue(mapped >= 20, "the subset's /ToUnicode map covers the line's characters: " + mapped);
    assertTrue(new PdfReader().read(pdfWithCompositeFont(font -> {})).text().contains(LINE));
  }

  @Test
  void charactersTheToUnicodeMapLeavesOutComeFromTheFullFont() throws Exception {
    // Embedded whole: PDFBox's subsets carry no cmap to fall back on.
    byte[] pdf = pdfWithCompositeFont(false, font -> font.setItem(COSName.TO_UNICODE, unrelatedToUnicodeMap()));
    PDFont light = TextOnlyFonts.load(fontDictionary(pdf));
    assertNotNull(light);
    assertNull(light.toUnicode(code(pdf, "J")), "the light font alone knows no character for a code the map leaves out");
    String text = new PdfReader().read(pdf).text();
    assertTrue(text.contains(LINE), "the full font's cmap supplies every character: " + text);
  }

  @Test
  void unusualCompositeFontsKeepTheirFontFile() throws Exception {
    assertNull(load(font -> font.removeItem(COSName.TO_UNICODE)), "no /ToUnicode: characters come from the font's cmap");
    assertNull(load(font -> font.setItem(COSName.ENCODING, COSName.IDENTITY_V)), "vertical writing measures with the font");
    assertNull(load(font -> descriptor(font).setItem(COSName.FONT_BBOX, zeros())), "the glyph height would come from the font");
    assertNull(load(font -> descriptor(font).setItem(COSName.FONT_FILE2, stream("OTTO and then CFF outlines"))),
        "an OpenType file under a TrueType name is read another way");
    assertNull(load(font -> descriptor(font).removeItem(COSName.FONT_FILE2)), "not embedded");
  }

  @Test
  void damagedCompositeFontsNeverBreakTheRead() throws Exception {
    java.util.Random random = new java.util.Random(11);
    for (int i = 0; i < 30; i++) {
      byte[] junk = new byte[random.nextInt(3000)];
      random.nextBytes(junk);
      if (i % 3 == 0 && junk.length >= 4) {
        junk[0] = 0; // a TrueType signature in front of garbage
        junk[1] = 1;
        junk[2] = 0;
        junk[3] = 0;
      }
      byte[] pdf = pdfWithCompositeFont(font -> descriptor(font).setItem(COSName.FONT_FILE2, stream(junk)));
      TextOnlyFonts.load(fontDictionary(pdf)); // null or a font, never an exception
      assertTrue(new PdfReader().read(pdf).text().contains("Jordan"), "the text comes from /ToUnicode and /W");
    }
  }

  @Test
  void fontsNotEmbeddedAreStoodInForByTheBundledFontOnly() throws Exception {
    new PdfReader(); // applies PdfBoxSettings
    assertInstanceOf(PdfBoxSettings.class, FontMappers.instance());
    COSDictionary missing = new COSDictionary();
    missing.setItem(COSName.TYPE, COSName.FONT);
    missing.setItem(COSName.SUBTYPE, COSName.TRUE_TYPE);
    // A font many machines have installed (this one has DejaVu): PDFBox's own mapper would hand
    // over the system's copy where there is one; the bundled font stands in regardless.
    missing.setName(COSName.BASE_FONT, "DejaVuSans");
    missing.setItem(COSName.ENCODING, COSName.WIN_ANSI_ENCODING);
    assertEquals("LiberationSans", new PDTrueTypeFont(missing).getTrueTypeFont().getName());
  }

  private static PDFont load(Consumer<COSDictionary> edit) throws IOException {
    return TextOnlyFonts.load(fontDictionary(pdfWithCompositeFont(edit)));
  }

  /** A one-page PDF showing {@link #LINE} in PDFBox's bundled font (a subset of it), edited by {@code edit}. */
  private static byte[] pdfWithCompositeFont(Consumer<COSDictionary> edit) throws IOException {
    return pdfWithCompositeFont(true, edit);
  }

  private static byte[] pdfWithCompositeFont(boolean subset, Consumer<COSDictionary> edit) throws IOException {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream();
        InputStream ttf = CompositeFontsTest.class.getResourceAsStream(BUNDLED)) {
      FontPdf.pageWithLine(doc, PDType0Font.load(doc, ttf, subset), LINE);
      doc.save(out); // subsets the font and writes its /ToUnicode map
      try (PDDocument saved = Loader.loadPDF(out.toByteArray()); ByteArrayOutputStream edited = new ByteArrayOutputStream()) {
        COSDictionary dict = fontDictionary(saved);
        edit.accept(dict);
        saved.save(edited);
        return edited.toByteArray();
      }
    }
  }

  private static COSDictionary fontDictionary(byte[] pdf) throws IOException {
    return fontDictionary(Loader.loadPDF(pdf));
  }

  private static COSDictionary fontDictionary(PDDocument doc) {
    var resources = doc.getPage(0).getResources();
    COSName name = resources.getFontNames().iterator().next();
    return (COSDictionary) resources.getCOSObject().getCOSDictionary(COSName.FONT).getDictionaryObject(name);
  }

  private static COSDictionary descriptor(COSDictionary font) {
    COSDictionary descendant = (COSDictionary) font.getCOSArray(COSName.DESCENDANT_FONTS).getObject(0);
    return descendant.getCOSDictionary(COSName.FONT_DESC);
  }

  /** The code the saved font draws a character with, as the full font reads it back. */
  private static int code(byte[] pdf, String character) throws IOException {
    PDFont full = PDFontFactory.createFont(fontDictionary(pdf));
    for (int code = 0; code < 3000; code++) {
      if (character.equals(full.toUnicode(code))) {
        return code;
      }
    }
    throw new AssertionError("no code for " + character);
  }

  private static COSArray zeros() {
    COSArray a = new COSArray();
    for (int i = 0; i < 4; i++) {
      a.add(COSInteger.ZERO);
    }
    return a;
  }

  /**
   * A well-formed /ToUnicode map whose one mapping is for a code the page never uses. (A map with
   * no mappings at all PDFBox replaces with the identity.)
   */
  private static COSStream unrelatedToUnicodeMap() {
    return stream("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CMapName /Prism-Unrelated def\n"
        + "/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
        + "1 beginbfchar\n<FFFE> <0078>\nendbfchar\nendcmap\n"
        + "CMapName currentdict /CMap defineresource pop\nend\nend\n");
  }

  private static COSStream stream(String text) {
    return stream(text.getBytes(StandardCharsets.US_ASCII));
  }

  private static COSStream stream(byte[] bytes) {
    COSStream s = new COSStream();
    try (OutputStream out = s.createOutputStream(COSName.FLATE_DECODE)) {
      out.write(bytes);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return s;
  }
}
