package dev.prism.ingest.pdf;

import static dev.prism.ingest.pdf.FontPdf.codes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.prism.core.model.Extraction;
import dev.prism.core.model.ParseWarning;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * What a glyph "says" depends on how its font maps it: a glyph name from the Adobe glyph list, a
 * /ToUnicode entry of one or several characters, or a mark that carries no text. Each case here is
 * drawn in a font built for the test, so the mapping is exactly the one under test.
 */
class GlyphMappingTest {
  private final PdfReader reader = new PdfReader();

  @Test
  void ligatureGlyphNamesReadAsTheirLetters() throws Exception {
    // No /ToUnicode: PDFBox maps the glyph names fi, fl, ffi through the Adobe glyph list to the
    // presentation forms U+FB01..FB03, which a keyword search would never match.
    Map<Integer, String> names = FontPdf.asciiNames();
    names.put(0x80, "fi");
    names.put(0x81, "fl");
    names.put(0x82, "ffi");
    names.put(0x83, "ff");
    String text = read(new FontPdf().type1("F", names, Map.of(), Map.of())
        .show("F", 72, 100, 11, codes("E", 0x82, "cient work", 0x81, "ow in the o", 0x82, "ce, pro", 0x80, "led and sta", 0x83, "ed"))
        .build()).text();
    assertThat(text).contains("Efficient workflow in the office, profiled and staffed");
    assertThat(text).doesNotContainPattern("[\\x{FB00}-\\x{FB4F}]");
  }

  @Test
  void ligaturesNamedByTheirPartsReadAsThoseParts() throws Exception {
    // "f_f_i" is the glyph-naming convention for a ligature of f, f and i; the Adobe glyph list
    // has no entry for it, so PDFBox alone would read the code as a stray character.
    Map<Integer, String> names = FontPdf.asciiNames();
    names.put(0x80, "f_f_i");
    names.put(0x81, "f_t");
    Extraction x = read(new FontPdf().type1("F", names, Map.of(), Map.of())
        .show("F", 72, 100, 11, codes("e", 0x80, "cient and o", 0x81, "en"))
        .build());
    assertThat(x.text()).contains("efficient and often");
    assertThat(x.warnings()).extracting(ParseWarning::code).doesNotContain("UNREADABLE_FONT");
  }

  @Test
  void anIconInsideALineLeavesNoStrayCharacterOrSpace() throws Exception {
    // An icon font's glyph with a name of its own and no character (a link arrow after a word).
    Map<Integer, String> names = FontPdf.asciiNames();
    names.put(0x80, "external-link-alt");
    String text = read(new FontPdf().type1("F", names, Map.of(), Map.of())
        .show("F", 72, 100, 11, codes("See the demo ", 0x80, ", or the code ", 0x80, " on the site ", 0x80, "."))
        .build()).text();
    assertThat(text).contains("See the demo, or the code on the site.");
  }

  @Test
  void toUnicodeLigatureCodePointsAreDecomposed() throws Exception {
    // Glyph names that say nothing; the character map says "ﬁ", "ﬂ", "ﬃ".
    Map<Integer, String> names = FontPdf.asciiNames();
    names.put(0x80, "g128");
    names.put(0x81, "g129");
    names.put(0x82, "g130");
    Map<Integer, String> toUnicode = Map.of(0x80, "\ufb01", 0x81, "\ufb02", 0x82, "\ufb03");
    Extraction x = read(new FontPdf().type1("F", names, toUnicode, Map.of())
        .show("F", 72, 100, 11, codes("e", 0x82, "cient work", 0x81, "ow o", 0x82, "ce ", 0x80, "le"))
        .build());
    assertThat(x.text()).contains("efficient workflow office file");
    assertThat(x.warnings()).extracting(ParseWarning::code).doesNotContain("UNREADABLE_FONT");
  }

  @Test
  void oneGlyphMappedToSeveralCharactersKeepsTheWordWhole() throws Exception {
    // A ligature glyph whose /ToUnicode entry is the two code points "f" "i", and one for "ffl".
    Map<Integer, String> names = FontPdf.asciiNames();
    names.put(0x80, "g128");
    names.put(0x81, "g129");
    Map<Integer, String> toUnicode = Map.of(0x80, "fi", 0x81, "ffl");
    String text = read(new FontPdf().type1("F", names, toUnicode, Map.of())
        .show("F", 72, 100, 11, codes("ef", 0x80, "cient and ba", 0x81, "ing ", 0x80, "xes"))
        .build()).text();
    assertThat(text).contains("efficient and baffling fixes");
  }

  @Test
  void fullWidthLettersReadAsPlainLetters() throws Exception {
    Map<Integer, String> names = FontPdf.asciiNames();
    Map<Integer, String> toUnicode = new TreeMap<>();
    String wide = "\uff2b\uff41\uff46\uff4b\uff41"; // "Kafka" in full-width forms
    for (int i = 0; i < wide.length(); i++) {
      names.put(0x80 + i, "g" + (0x80 + i));
      toUnicode.put(0x80 + i, String.valueOf(wide.charAt(i)));
    }
    String text = read(new FontPdf().type1("F", names, toUnicode, Map.of())
        .show("F", 72, 100, 11, codes("Ran ", 0x80, 0x81, 0x82, 0x83, 0x84, " in production"))
        .build()).text();
    assertThat(text).contains("Ran Kafka in production");
  }

  @Test
  void kangxiRadicalsReadAsTheIdeographsTheyDraw() throws Exception {
    // CJK fonts draw an ideograph and the radical of the same shape with one glyph, and their
    // character maps often name the radical (U+2F42) where the text has the ideograph (U+6587):
    // "文件" (file) came out as "⽂件", a symbol and a letter, and a name or employer broke there.
    Map<Integer, String> names = FontPdf.asciiNames();
    names.put(0x80, "g128");
    names.put(0x81, "g129");
    Map<Integer, String> toUnicode = Map.of(0x80, "\u2f42", 0x81, "\u4ef6");
    String text = read(new FontPdf().type1("F", names, toUnicode, Map.of())
        .show("F", 72, 100, 11, codes("Wrote the ", 0x80, 0x81, " store"))
        .build()).text();
    assertThat(text).contains("Wrote the \u6587\u4ef6 store").doesNotContain("\u2f42");
  }

  @Test
  void softHyphensAndZeroWidthMarksAreDroppedWithoutCountingAsUnreadable() throws Exception {
    // Drawn with no advance, as a producer writes an optional hyphen or a zero-width space that
    // does not break the line. They must vanish from the word, not split it, and a document full
    // of them is not "unreadable".
    Map<Integer, String> names = FontPdf.asciiNames();
    names.put(0x90, "g144");
    names.put(0x91, "g145");
    names.put(0x92, "g146");
    Map<Integer, String> toUnicode = Map.of(0x90, "\u00ad", 0x91, "\u200b", 0x92, "\ufeff");
    Map<Integer, Integer> widths = Map.of(0x90, 0, 0x91, 0, 0x92, 0);
    FontPdf pdf = new FontPdf().type1("F", names, toUnicode, widths);
    for (int i = 0; i < 12; i++) {
      pdf.show("F", 72, 100 + 14 * i, 11,
          codes(0x92, "Moved the data", 0x90, "base to micro", 0x91, "services", 0x91, " in ", 0x90, "2019"));
    }
    Extraction x = read(pdf.build());
    assertThat(x.text()).contains("Moved the database to microservices in 2019");
    assertThat(x.text()).doesNotContain("\u00ad").doesNotContain("\u200b").doesNotContain("\ufeff");
    assertThat(x.warnings()).extracting(ParseWarning::code).doesNotContain("UNREADABLE_FONT");
  }

  @Test
  void texStrokeOverAnLReadsAsThePolishLetter() throws Exception {
    // TeX's OT1 fonts have no "ł": they draw the stroke glyph "suppress" (code 32, no advance) over
    // an "l". Read as code 32 it was a space: "Wisl oka", "Wrocl aw".
    Map<Integer, String> names = FontPdf.asciiNames();
    names.put(32, "suppress");
    Map<Integer, Integer> widths = Map.of(32, 0);
    String text = read(new FontPdf().type1("F", names, Map.of(), widths)
        .show("F", 72, 100, 11, codes("Wis", 32, "loka"))
        .show("F", 72, 120, 11, codes(32, "Lukasz"))
        .build()).text();
    assertThat(text).contains("Wisłoka").contains("Łukasz");
  }

  private Extraction read(byte[] pdf) throws Exception {
    return reader.read(pdf);
  }
}
