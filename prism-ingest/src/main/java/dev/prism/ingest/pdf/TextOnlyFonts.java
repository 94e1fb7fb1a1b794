package dev.prism.ingest.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.InflaterInputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.DefaultResourceCache;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;

/**
 * Loads embedded Type 1 fonts without their glyph programs, for reading text only.
 *
 * <p>PDFBox parses an embedded Type 1 font completely when it meets it: the clear-text part (name,
 * matrix, bounding box, built-in encoding) and the encrypted part, which holds the outline of every
 * glyph and is decrypted glyph by glyph. Text extraction needs only the clear-text part: widths
 * come from the font dictionary's /Widths and characters from /ToUnicode or the encoding. LaTeX
 * resumes embed six to ten such fonts, and profiling the directory check put about a sixth of all
 * its time in decrypting outlines that were never drawn.
 *
 * <p>So this cache hands PDFBox a copy of the font dictionary whose font file keeps the real
 * clear-text part and replaces the encrypted part with a tiny valid one (a single empty glyph).
 * Anything unusual (a whole PFB embedded, lengths that do not line up, a filter other than plain
 * Flate) is left to PDFBox's own loading, as is every other kind of font.
 */
final class TextOnlyFonts extends DefaultResourceCache {
  /** Clear-text parts are a few kilobytes; anything far larger is not a font this shortcut knows. */
  private static final int MAX_CLEAR_TEXT = 256 * 1024;
  static final int EEXEC_KEY = 55665;
  private static final byte[] STUB_PRIVATE_PART = stubPrivatePart();

  @Override
  public PDFont getFont(COSObject indirect) {
    PDFont cached = super.getFont(indirect);
    if (cached != null) {
      return cached;
    }
    PDFont light = load(indirect.getObject());
    if (light != null) {
      put(indirect, light);
    }
    return light;
  }

  /** A Type 1 font made from the font's clear-text part only, or null to let PDFBox load it. */
  static PDFont load(COSBase object) {
    try {
      if (!(object instanceof COSDictionary font)) {
        return null;
      }
      COSName subtype = font.getCOSName(COSName.SUBTYPE);
      if (!COSName.TYPE1.equals(subtype) && !COSName.MM_TYPE1.equals(subtype)) {
        return null;
      }
      COSDictionary descriptor = font.getCOSDictionary(COSName.FONT_DESC);
      if (descriptor == null || descriptor.containsKey(COSName.FONT_FILE3)) {
        return null;
      }
      COSStream file = descriptor.getCOSStream(COSName.FONT_FILE);
      if (file == null) {
        return null;
      }
      byte[] clearText = clearText(file);
      if (clearText == null) {
        return null;
      }
      COSStream lightFile = new COSStream();
      try (OutputStream out = lightFile.createOutputStream()) {
        out.write(clearText);
        out.write(STUB_PRIVATE_PART);
      }
      lightFile.setInt(COSName.LENGTH1, clearText.length);
      lightFile.setInt(COSName.LENGTH2, STUB_PRIVATE_PART.length);
      lightFile.setInt(COSName.LENGTH3, 0);
      COSDictionary lightDescriptor = new COSDictionary(descriptor);
      lightDescriptor.setItem(COSName.FONT_FILE, lightFile);
      COSDictionary lightFont = new COSDictionary(font);
      lightFont.setItem(COSName.FONT_DESC, lightDescriptor);
      PDType1Font loaded = new PDType1Font(lightFont);
      // Not embedded after all means PDFBox rejected the clear text; let it try the real file.
      return loaded.isEmbedded() && !loaded.isDamaged() ? loaded : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * The first /Length1 bytes of the decoded font file, when they end just after "eexec" as the
   * Type 1 format says; null otherwise. Only those bytes are inflated, not the glyph programs.
   */
  private static byte[] clearText(COSStream file) throws IOException {
    int length1 = file.getInt(COSName.LENGTH1);
    int length2 = file.getInt(COSName.LENGTH2);
    if (length1 <= 0 || length1 > MAX_CLEAR_TEXT || length2 <= 0 || file.containsKey(COSName.DECODE_PARMS)) {
      return null;
    }
    COSBase filter = file.getDictionaryObject(COSName.FILTER);
    if (filter instanceof COSArray array && array.size() == 1) {
      filter = array.getObject(0);
    }
    byte[] head;
    if (filter == null) {
      try (InputStream in = file.createRawInputStream()) {
        head = in.readNBytes(length1);
      }
    } else if (COSName.FLATE_DECODE.equals(filter)) {
      try (InputStream in = new InflaterInputStream(file.createRawInputStream())) {
        head = in.readNBytes(length1);
      }
    } else {
      return null;
    }
    if (head.length != length1 || (head[0] & 0xff) == 0x80 || !endsWithEexec(head)) {
      return null;
    }
    return head;
  }

  /** True when the bytes end with "eexec" and nothing after it but line ends or spaces. */
  private static boolean endsWithEexec(byte[] b) {
    int end = b.length;
    while (end > 0 && (b[end - 1] == '\r' || b[end - 1] == '\n' || b[end - 1] == ' ' || b[end - 1] == '\t')) {
      end--;
    }
    return end >= 5 && new String(b, end - 5, 5, StandardCharsets.US_ASCII).equals("eexec");
  }

  /**
   * The smallest private part PDFBox's Type 1 parser accepts: a private dictionary that turns
   * glyph encryption off (lenIV -1) and one glyph, .notdef, with width 0 and no outline. Its
   * width is never used: simple fonts in a PDF carry their widths in the font dictionary.
   */
  private static byte[] stubPrivatePart() {
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    // Four bytes the cipher discards, chosen so the result does not start like hexadecimal text.
    plain.writeBytes(new byte[] {'p', 'r', 'i', 'm'});
    plain.writeBytes("/Private 1 dict begin\n/lenIV -1 def\n/CharStrings 1 dict dup begin\n/.notdef 4 RD "
        .getBytes(StandardCharsets.US_ASCII));
    // The glyph program "0 0 hsbw endchar": 0 is 139 in Type 1 number encoding, hsbw is 13,
    // endchar 14.
    plain.writeBytes(new byte[] {(byte) 139, (byte) 139, 13, 14});
    plain.writeBytes(" ND\nend\nend\n".getBytes(StandardCharsets.US_ASCII));
    return encrypt(plain.toByteArray(), EEXEC_KEY);
  }

  /** Type 1 encryption (Adobe Type 1 Font Format, chapter 7): eexec uses key 55665, charstrings 4330. */
  static byte[] encrypt(byte[] plain, int key) {
    int r = key;
    byte[] cipher = new byte[plain.length];
    for (int i = 0; i < plain.length; i++) {
      int c = (plain[i] & 0xff) ^ (r >> 8);
      cipher[i] = (byte) c;
      r = ((c + r) * 52845 + 22719) & 0xffff;
    }
    return cipher;
  }
}
