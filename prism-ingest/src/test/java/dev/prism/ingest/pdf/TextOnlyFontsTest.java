package dev.prism.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.prism.core.model.Extraction;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Random;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontFactory;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.junit.jupiter.api.Test;

/**
 * Embedded Type 1 fonts loaded from their clear-text part only must give text extraction exactly
 * what the full font gives, and anything out of the ordinary must fall back to PDFBox's own loading.
 */
class TextOnlyFontsTest {
  private static final String LINE = "Jordan Lee Senior Backend Engineer";

  @Test
  void lightFontDecodesAndMeasuresEveryCodeLikeTheFullFont() throws Exception {
    COSDictionary font = fontDictionary(pdfWithEmbeddedType1(f -> f.removeItem(COSName.ENCODING)));
    PDFont light = TextOnlyFonts.load(font);
    PDFont full = PDFontFactory.createFont(font);
    assertNotNull(light, "the shortcut applies to a well-formed embedded Type 1 font");
    assertTrue(light.isEmbedded());
    assertEquals(full.getName(), light.getName());
    assertEquals(full.getBoundingBox().toString(), light.getBoundingBox().toString());
    assertEquals(full.getFontDescriptor().getFlags(), light.getFontDescriptor().getFlags());
    for (int code = 0; code < 256; code++) {
      assertEquals(full.toUnicode(code), light.toUnicode(code), "character of code " + code);
      assertEquals(full.getWidth(code), light.getWidth(code), "width of code " + code);
    }
    // Codes 1 to 26 are letters only in this font's own encoding: losing it would lose the text.
    assertEquals("a", light.toUnicode(1));
  }

  @Test
  void readerUsesTheFontsBuiltInEncoding() throws Exception {
    byte[] pdf = pdfWithEmbeddedType1(font -> font.removeItem(COSName.ENCODING));
    Extraction x = new PdfReader().read(pdf);
    assertTrue(x.text().contains(LINE), x.text());
  }

  @Test
  void wrongClearTextLengthFallsBackToPdfBoxRepair() throws Exception {
    byte[] pdf = pdfWithEmbeddedType1(font -> fontFile(font).setInt(COSName.LENGTH1, 40));
    assertNull(TextOnlyFonts.load(fontDictionary(pdf)));
    assertTrue(new PdfReader().read(pdf).text().contains(LINE));
  }

  @Test
  void wholePfbInsideTheStreamFallsBack() throws Exception {
    byte[] program = Type1FontProgram.lettersAtLowCodes("PrismTest", 500);
    byte[] pdf = pdfWithEmbeddedType1(font -> replaceFontFile(font, program, 6, program.length - 6));
    assertNull(TextOnlyFonts.load(fontDictionary(pdf)));
    new PdfReader().read(pdf); // whatever PDFBox makes of it, the reader does not throw
  }

  @Test
  void otherFontsAreLeftToPdfBox() {
    COSDictionary helvetica = new COSDictionary();
    helvetica.setItem(COSName.TYPE, COSName.FONT);
    helvetica.setItem(COSName.SUBTYPE, COSName.TYPE1);
    helvetica.setName(COSName.BASE_FONT, "Helvetica");
    assertNull(TextOnlyFonts.load(helvetica), "no embedded program");
    COSDictionary trueType = new COSDictionary();
    trueType.setItem(COSName.SUBTYPE, COSName.TRUE_TYPE);
    assertNull(TextOnlyFonts.load(trueType));
    assertNull(TextOnlyFonts.load(COSName.FONT), "not a dictionary");
  }

  @Test
  void damagedFontProgramsNeverBreakTheRead() throws Exception {
    Random random = new Random(7);
    for (int i = 0; i < 40; i++) {
      byte[] junk = new byte[random.nextInt(4000)];
      random.nextBytes(junk);
      int length1 = junk.length == 0 ? 0 : random.nextInt(junk.length);
      if (i % 4 == 0 && junk.length > 20) {
        // Plausible clear text that ends in "eexec", followed by garbage.
        byte[] head = "%!PS-AdobeFont-1.0: X\n/FontName /X def\ncurrentfile eexec\n".getBytes();
        System.arraycopy(head, 0, junk, 0, Math.min(head.length, junk.length));
        length1 = Math.min(head.length, junk.length);
      }
      int len1 = length1;
      byte[] pdf = pdfWithEmbeddedType1(font -> replaceFontFile(font, junk, len1, junk.length - len1));
      TextOnlyFonts.load(fontDictionary(pdf)); // null or a font, never an exception
      try {
        new PdfReader().read(pdf);
      } catch (dev.prism.core.ingest.UnreadableInputException e) {
        // a clear refusal is fine; an unchecked exception is not
      }
    }
  }

  /** A one-page PDF showing {@link #LINE} in an embedded Type 1 font, its dictionary edited by {@code edit}. */
  static byte[] pdfWithEmbeddedType1(Consumer<COSDictionary> edit) throws IOException {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType1Font font = new PDType1Font(doc, new ByteArrayInputStream(Type1FontProgram.lettersAtLowCodes("PrismTest", 500)));
      FontPdf.pageWithLine(doc, font, LINE);
      edit.accept(font.getCOSObject());
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static COSDictionary fontDictionary(byte[] pdf) throws IOException {
    PDDocument doc = Loader.loadPDF(pdf);
    var resources = doc.getPage(0).getResources();
    COSName name = resources.getFontNames().iterator().next();
    return (COSDictionary) resources.getCOSObject().getCOSDictionary(COSName.FONT).getDictionaryObject(name);
  }

  private static COSStream fontFile(COSDictionary font) {
    return font.getCOSDictionary(COSName.FONT_DESC).getCOSStream(COSName.FONT_FILE);
  }

  private static void replaceFontFile(COSDictionary font, byte[] bytes, int length1, int length2) {
    COSStream stream = new COSStream();
    try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
      out.write(bytes);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    stream.setInt(COSName.LENGTH1, length1);
    stream.setInt(COSName.LENGTH2, length2);
    stream.setInt(COSName.LENGTH3, 0);
    font.getCOSDictionary(COSName.FONT_DESC).setItem(COSName.FONT_FILE, stream);
  }
}
