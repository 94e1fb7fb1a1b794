package dev.prism.ingest.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.zip.InflaterInputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.DefaultResourceCache;
import org.apache.pdfbox.pdmodel.font.PDCIDFont;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontFactory;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;

/**
 * Loads embedded Type 1 fonts, and composite fonts built on TrueType, without their glyph
 * programs, for reading text only.
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
 * Flate) is left to PDFBox's own loading.
 *
 * <p>Composite (Type 0) fonts with a TrueType descendant are what Chromium, Google Docs and Word
 * write. PDFBox inflates such a font file twice (once to sniff its type, once to parse it) and
 * parses every table in it, yet when the font has a /ToUnicode map and a horizontal Identity
 * encoding, reading its text touches none of that: characters come from /ToUnicode (PDFBox
 * consults the font's own cmap only when there is no such map), advances from the descendant's /W
 * array, glyph heights from the descriptor's bounding box and cap height. Such fonts get a
 * one-glyph TrueType file instead of theirs. For a code its /ToUnicode map leaves out, PDFBox
 * does look in the font's own cmap: {@link #full} gives the font loaded in full for that. Every
 * other kind of font is left to PDFBox.
 */
final class TextOnlyFonts extends DefaultResourceCache {
  /** Clear-text parts are a few kilobytes; anything far larger is not a font this shortcut knows. */
  private static final int MAX_CLEAR_TEXT = 256 * 1024;
  static final int EEXEC_KEY = 55665;
  private static final byte[] STUB_PRIVATE_PART = stubPrivatePart();
  private static final byte[] STUB_TRUE_TYPE = stubTrueType();

  /** Composite fonts loaded light, with the dictionary they were loaded from. */
  private final Map<PDFont, COSDictionary> lightComposites = new IdentityHashMap<>();
  private final Map<PDFont, PDFont> fullFonts = new IdentityHashMap<>();

  @Override
  public PDFont getFont(COSObject indirect) {
    PDFont cached = super.getFont(indirect);
    if (cached != null) {
      return cached;
    }
    PDFont light = load(indirect.getObject());
    if (light != null) {
      put(indirect, light);
      if (light instanceof PDType0Font) {
        lightComposites.put(light, (COSDictionary) indirect.getObject());
      }
    }
    return light;
  }

  /**
   * The font as PDFBox loads it from the document, for a composite font this cache loaded without
   * its font file (loaded once, on first need); any other font itself.
   */
  PDFont full(PDFont font) throws IOException {
    COSDictionary original = lightComposites.get(font);
    if (original == null) {
      return font;
    }
    PDFont full = fullFonts.get(font);
    if (full == null) {
      full = PDFontFactory.createFont(original);
      fullFonts.put(font, full);
    }
    return full;
  }

  /** The font without its glyph programs, or null to let PDFBox load it. */
  static PDFont load(COSBase object) {
    try {
      if (!(object instanceof COSDictionary font)) {
        return null;
      }
      COSName subtype = font.getCOSName(COSName.SUBTYPE);
      if (COSName.TYPE0.equals(subtype)) {
        return composite(font);
      }
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
      byte[] program = java.util.Arrays.copyOf(clearText, clearText.length + STUB_PRIVATE_PART.length);
      System.arraycopy(STUB_PRIVATE_PART, 0, program, clearText.length, STUB_PRIVATE_PART.length);
      COSStream lightFile = stream(program);
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
   * A Type 0 font whose TrueType descendant carries a stub font file, when nothing its text needs
   * comes from the real one; null otherwise.
   */
  private static PDFont composite(COSDictionary font) throws IOException {
    if (!COSName.IDENTITY_H.equals(font.getDictionaryObject(COSName.ENCODING))
        || !(font.getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream)
        || !(font.getDictionaryObject(COSName.DESCENDANT_FONTS) instanceof COSArray descendants)
        || descendants.size() != 1
        || !(descendants.getObject(0) instanceof COSDictionary descendant)
        || !COSName.CID_FONT_TYPE2.equals(descendant.getCOSName(COSName.SUBTYPE))) {
      return null;
    }
    COSDictionary descriptor = descendant.getCOSDictionary(COSName.FONT_DESC);
    if (descriptor == null || descriptor.containsKey(COSName.FONT_FILE3) || !hasBoundingBox(descriptor)) {
      return null;
    }
    COSStream file = descriptor.getCOSStream(COSName.FONT_FILE2);
    if (file == null || !isTrueType(file)) {
      return null;
    }
    COSDictionary lightDescriptor = new COSDictionary(descriptor);
    lightDescriptor.setItem(COSName.FONT_FILE2, stream(STUB_TRUE_TYPE));
    COSDictionary lightDescendant = new COSDictionary(descendant);
    lightDescendant.setItem(COSName.FONT_DESC, lightDescriptor);
    COSArray lightDescendants = new COSArray();
    lightDescendants.add(lightDescendant);
    COSDictionary lightFont = new COSDictionary(font);
    lightFont.setItem(COSName.DESCENDANT_FONTS, lightDescendants);
    PDType0Font loaded = new PDType0Font(lightFont);
    PDCIDFont cid = loaded.getDescendantFont();
    return cid.isEmbedded() && !cid.isDamaged() ? loaded : null;
  }

  /** A bounding box that is not all zeros: PDFBox reads the glyph height from it, not the font. */
  private static boolean hasBoundingBox(COSDictionary descriptor) {
    if (!(descriptor.getDictionaryObject(COSName.FONT_BBOX) instanceof COSArray box) || box.size() != 4) {
      return false;
    }
    for (int i = 0; i < 4; i++) {
      if (!(box.getObject(i) instanceof COSNumber n)) {
        return false;
      }
      if (n.floatValue() != 0f) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the font file starts like a TrueType font. PDFBox reads an OpenType (CFF) or Type 1
   * file under a TrueType name differently; those keep their real file.
   */
  private static boolean isTrueType(COSStream file) throws IOException {
    byte[] head = decodedHead(file, 4);
    return head != null && head.length == 4 && ((head[0] == 0 && head[1] == 1 && head[2] == 0 && head[3] == 0)
        || new String(head, StandardCharsets.US_ASCII).equals("true"));
  }

  /**
   * The first {@code n} bytes of the decoded stream (fewer if it is shorter), inflating no more
   * than that; null when the stream is encoded other than plainly or with plain Flate, which is
   * left to PDFBox.
   */
  private static byte[] decodedHead(COSStream file, int n) throws IOException {
    if (file.containsKey(COSName.DECODE_PARMS)) {
      return null;
    }
    COSBase filter = file.getDictionaryObject(COSName.FILTER);
    if (filter instanceof COSArray array && array.size() == 1) {
      filter = array.getObject(0);
    }
    if (filter == null) {
      try (InputStream in = file.createRawInputStream()) {
        return in.readNBytes(n);
      }
    }
    if (COSName.FLATE_DECODE.equals(filter)) {
      try (InputStream in = new InflaterInputStream(file.createRawInputStream())) {
        return in.readNBytes(n);
      }
    }
    return null;
  }

  private static COSStream stream(byte[] bytes) throws IOException {
    COSStream stream = new COSStream();
    try (OutputStream out = stream.createOutputStream()) {
      out.write(bytes);
    }
    return stream;
  }

  /**
   * The first /Length1 bytes of the decoded font file, when they end just after "eexec" as the
   * Type 1 format says; null otherwise. Only those bytes are inflated, not the glyph programs.
   */
  private static byte[] clearText(COSStream file) throws IOException {
    int length1 = file.getInt(COSName.LENGTH1);
    int length2 = file.getInt(COSName.LENGTH2);
    if (length1 <= 0 || length1 > MAX_CLEAR_TEXT || length2 <= 0) {
      return null;
    }
    byte[] head = decodedHead(file, length1);
    if (head == null) {
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
   * The smallest TrueType file PDFBox's parser accepts for an embedded font: the six tables it
   * requires, describing one glyph. Its metrics are never read: see {@link #composite}.
   */
  private static byte[] stubTrueType() {
    ByteBuffer head = ByteBuffer.allocate(54)
        .putInt(0x00010000).putInt(0x00010000).putInt(0).putInt(0x5F0F3CF5) // version, revision, checksum, magic
        .putShort((short) 0).putShort((short) 1000) // flags, units per em
        .putLong(0).putLong(0) // created, modified
        .putShort((short) 0).putShort((short) 0).putShort((short) 0).putShort((short) 0) // bounding box
        .putShort((short) 0).putShort((short) 8).putShort((short) 2) // style, smallest size, direction
        .putShort((short) 0).putShort((short) 0); // short offsets in loca, glyph format
    ByteBuffer hhea = ByteBuffer.allocate(36).putInt(0x00010000);
    hhea.putShort(34, (short) 1); // one horizontal metric
    ByteBuffer maxp = ByteBuffer.allocate(6).putInt(0x00005000).putShort((short) 1); // version 0.5, one glyph
    // The glyph is two bytes long: PDFBox rejects a font whose only glyph is empty.
    byte[] loca = {0, 0, 0, 1}; // short offsets, in units of two bytes: 0 and 2
    byte[][] tables = {new byte[2], head.array(), hhea.array(), new byte[4], loca, maxp.array()};
    String[] tags = {"glyf", "head", "hhea", "hmtx", "loca", "maxp"}; // hmtx: advance 0, side bearing 0
    int offset = 12 + 16 * tags.length;
    int size = offset;
    for (byte[] table : tables) {
      size += (table.length + 3) & ~3; // each table starts on a four-byte boundary
    }
    ByteBuffer file = ByteBuffer.allocate(size);
    file.putInt(0x00010000).putShort((short) tags.length).putShort((short) 0).putShort((short) 0).putShort((short) 0);
    for (int i = 0; i < tags.length; i++) {
      file.put(tags[i].getBytes(StandardCharsets.US_ASCII)).putInt(0).putInt(offset).putInt(tables[i].length);
      offset += (tables[i].length + 3) & ~3;
    }
    for (byte[] table : tables) {
      file.put(table).put(new byte[((table.length + 3) & ~3) - table.length]);
    }
    return file.array();
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
