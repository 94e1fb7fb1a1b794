package dev.prism.ingest.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Writes a small but complete Type 1 font program (PFB) for tests: a built-in encoding of our
 * choosing and glyphs with widths but no outlines. Text extraction needs only those two things, and
 * a non-standard built-in encoding shows whether a reader honours it.
 */
final class Type1FontProgram {
  private Type1FontProgram() {}

  /** Codes 1 to 26 draw "a" to "z" and 65 to 90 draw "A" to "Z"; every glyph is {@code width} wide. */
  static byte[] lettersAtLowCodes(String name, int width) {
    java.util.TreeMap<Integer, String> codes = new java.util.TreeMap<>();
    for (int i = 0; i < 26; i++) {
      codes.put(1 + i, String.valueOf((char) ('a' + i)));
      codes.put(65 + i, String.valueOf((char) ('A' + i)));
    }
    codes.put(32, "space");
    return pfb(name, codes, width);
  }

  static byte[] pfb(String name, Map<Integer, String> encoding, int width) {
    StringBuilder clear = new StringBuilder()
        .append("%!PS-AdobeFont-1.0: ").append(name).append(" 001.000\n")
        .append("12 dict begin\n")
        .append("/FontInfo 3 dict dup begin\n")
        .append("/FullName (").append(name).append(") readonly def\n")
        .append("/FamilyName (").append(name).append(") readonly def\n")
        .append("/Weight (Medium) readonly def\n")
        .append("end readonly def\n")
        .append("/FontName /").append(name).append(" def\n")
        .append("/Encoding 256 array\n0 1 255 {1 index exch /.notdef put} for\n");
    encoding.forEach((code, glyph) -> clear.append("dup ").append(code).append(" /").append(glyph).append(" put\n"));
    clear.append("readonly def\n")
        .append("/PaintType 0 def\n/FontType 1 def\n")
        .append("/FontMatrix [0.001 0 0 0.001 0 0] readonly def\n")
        .append("/FontBBox {0 -200 1000 800} readonly def\n")
        .append("currentdict end\ncurrentfile eexec\n");

    ByteArrayOutputStream priv = new ByteArrayOutputStream();
    ascii(priv, "dupe");  // the four bytes eexec decryption discards
    ascii(priv, "dup /Private 8 dict dup begin\n"
        + "/RD {string currentfile exch readstring pop} executeonly def\n"
        + "/ND {noaccess def} executeonly def\n"
        + "/NP {noaccess put} executeonly def\n"
        + "/BlueValues [-10 0 700 710] def\n"
        + "/MinFeature {16 16} def\n"
        + "/password 5839 def\n"
        + "/Subrs 1 array\n");
    byte[] subr = charString(new byte[] {11}); // "return"
    ascii(priv, "dup 0 " + subr.length + " RD ");
    priv.writeBytes(subr);
    ascii(priv, " NP\nND\n2 index /CharStrings " + (encoding.size() + 1) + " dict dup begin\n");
    glyph(priv, ".notdef", 0);
    for (String glyph : new java.util.TreeSet<>(encoding.values())) {
      glyph(priv, glyph, width);
    }
    ascii(priv, "end\nend\nreadonly put\nnoaccess put\ndup /FontName get exch definefont pop\nmark currentfile closefile\n");

    StringBuilder trailer = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      trailer.append("0".repeat(64)).append('\n');
    }
    trailer.append("cleartomark\n");

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    segment(out, 1, clear.toString().getBytes(StandardCharsets.US_ASCII));
    segment(out, 2, TextOnlyFonts.encrypt(priv.toByteArray(), TextOnlyFonts.EEXEC_KEY));
    segment(out, 1, trailer.toString().getBytes(StandardCharsets.US_ASCII));
    out.write(0x80);
    out.write(3);
    return out.toByteArray();
  }

  /** "0 width hsbw endchar": a glyph that advances by {@code width} and draws nothing. */
  private static void glyph(ByteArrayOutputStream out, String name, int width) {
    byte[] program = charString(concat(number(0), number(width), new byte[] {13, 14}));
    ascii(out, "/" + name + " " + program.length + " RD ");
    out.writeBytes(program);
    ascii(out, " ND\n");
  }

  /** Type 1 charstring number encoding, for the range the tests use. */
  private static byte[] number(int v) {
    if (v >= -107 && v <= 107) {
      return new byte[] {(byte) (v + 139)};
    }
    if (v >= 108 && v <= 1131) {
      int w = v - 108;
      return new byte[] {(byte) (w / 256 + 247), (byte) (w % 256)};
    }
    throw new IllegalArgumentException("width out of range: " + v);
  }

  /** Charstring encryption (key 4330) with four leading bytes, as lenIV 4 asks. */
  private static byte[] charString(byte[] plain) {
    return TextOnlyFonts.encrypt(concat(new byte[] {0, 0, 0, 0}, plain), 4330);
  }

  private static void segment(ByteArrayOutputStream out, int type, byte[] data) {
    out.write(0x80);
    out.write(type);
    out.write(data.length & 0xff);
    out.write((data.length >> 8) & 0xff);
    out.write((data.length >> 16) & 0xff);
    out.write((data.length >> 24) & 0xff);
    out.writeBytes(data);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static void ascii(ByteArrayOutputStream out, String s) {
    out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
  }
}
