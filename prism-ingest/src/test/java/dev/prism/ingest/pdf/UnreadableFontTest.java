package dev.prism.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prism.core.ingest.UnreadableInputException;
import dev.prism.core.ingest.UnreadableInputException.Problem;
import dev.prism.core.model.Extraction;
import dev.prism.core.model.ParseWarning;
import dev.prism.ingest.Warnings;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * UNREADABLE_FONT end to end: fonts that give no characters for their glyphs must raise it, with
 * its advice, when they cost the resume real text; icons and a stray unmapped glyph must not.
 */
class UnreadableFontTest {
  private static final ParseWarning ADVICE = Warnings.unreadableFont();

  /** Body lines of a plain resume, in lower case so that every font under test can draw them. */
  private static final List<String> BODY = List.of(
      "senior backend engineer at acme corp from january to present",
      "cut the latency of the orders service by adding a read through cache",
      "led the move of fourteen services to an event log with replay",
      "built the billing service that handles thousands of requests per second",
      "wrote the runbooks and the alerts for the payments platform",
      "backend engineer at globex from march until december",
      "designed the schema and the indexes for the partner database",
      "moved nightly batch jobs to a queue with retries and dead letters",
      "bachelor of science in computer science at state university",
      "skills java kotlin postgres redis kafka kubernetes terraform");

  private final PdfReader reader = new PdfReader();

  @Test
  void aResumeInAFontWithoutCharacterMapGetsTheWarningAndItsAdvice() throws Exception {
    // Glyphs named g1..g26 at codes 1..26 and no /ToUnicode: nothing says which letter each is.
    Map<Integer, String> names = new TreeMap<>();
    for (int i = 1; i <= 26; i++) {
      names.put(i, "g" + i);
    }
    names.put(32, "space");
    FontPdf pdf = new FontPdf().type1("U", names, Map.of(), Map.of()).helvetica("H");
    pdf.text("H", 72, 60, 20, "Jordan Lee");
    pdf.text("H", 72, 80, 10, "jordan.lee@example.com");
    for (int i = 0; i < BODY.size(); i++) {
      pdf.show("U", 72, 110 + 15 * i, 10, lowCodes(BODY.get(i)));
    }
    Extraction x = reader.read(pdf.build());
    assertThat(x.warnings()).contains(ADVICE);
    assertThat(ADVICE.message()).contains("standard font");
    assertThat(x.text()).startsWith("Jordan Lee\njordan.lee@example.com").doesNotContainPattern("[\\p{Cntrl}&&[^\\n]]");
  }

  @Test
  void lettersGuessedFromCodesStillCountAsUnreadable() throws Exception {
    // Numbered glyph names at ASCII codes: PDFBox reads each code as the character, which is
    // right here by luck and wrong as soon as a producer numbers its codes differently. The text
    // is kept (it is the best guess there is) but the font is reported.
    Map<Integer, String> names = new TreeMap<>();
    for (char c = 'a'; c <= 'z'; c++) {
      names.put((int) c, "g" + (int) c);
    }
    names.put(32, "space");
    FontPdf pdf = new FontPdf().type1("U", names, Map.of(), Map.of()).helvetica("H");
    pdf.text("H", 72, 60, 20, "Jordan Lee");
    for (int i = 0; i < BODY.size(); i++) {
      pdf.show("U", 72, 110 + 15 * i, 10, FontPdf.codes(BODY.get(i)));
    }
    Extraction x = reader.read(pdf.build());
    assertThat(x.text()).contains(BODY.get(1));
    assertThat(x.warnings()).contains(ADVICE);
  }

  @Test
  void aCharacterMapOfReplacementCharactersIsNoBetterThanNone() throws Exception {
    Map<Integer, String> names = FontPdf.asciiNames();
    Map<Integer, String> toUnicode = new TreeMap<>();
    for (char c = 'a'; c <= 'z'; c++) {
      toUnicode.put((int) c, c % 2 == 0 ? "\ufffd" : "\u0001");
    }
    FontPdf pdf = new FontPdf().type1("U", names, toUnicode, Map.of()).helvetica("H");
    pdf.text("H", 72, 60, 20, "Jordan Lee");
    for (int i = 0; i < BODY.size(); i++) {
      pdf.show("U", 72, 110 + 15 * i, 10, FontPdf.codes(BODY.get(i)));
    }
    Extraction x = reader.read(pdf.build());
    assertThat(x.warnings()).contains(ADVICE);
    assertThat(x.text()).doesNotContain("\ufffd").doesNotContain("\u0001");
  }

  @Test
  void aCompositeFontWithoutCharacterMapIsReportedThoughPdfBoxDropsItsGlyphs() throws Exception {
    // An Identity-H font without /ToUnicode: PDFBox shows the glyphs but hands no text on at all.
    FontPdf pdf = new FontPdf().type0("C", false).helvetica("H");
    pdf.text("H", 72, 60, 20, "Jordan Lee");
    pdf.text("H", 72, 80, 10, "jordan.lee@example.com");
    for (int i = 0; i < BODY.size(); i++) {
      pdf.text("C", 72, 110 + 15 * i, 10, BODY.get(i));
    }
    Extraction x = reader.read(pdf.build());
    assertThat(x.text()).doesNotContain("billing");
    assertThat(x.warnings()).contains(ADVICE);
  }

  @Test
  void anIconFontsUnmappedGlyphsAreListMarksNotLostText() throws Exception {
    // moderncv under XeLaTeX: FontAwesome's circle, a composite font's glyph with no character,
    // before each list item. PDFBox drops such glyphs; read as icons they mark the items.
    FontPdf pdf = new FontPdf().type0Named("I", "ABCDEF+FontAwesome5Free-Regular").helvetica("H");
    pdf.text("H", 72, 60, 20, "Jordan Lee");
    pdf.text("H", 72, 80, 10, "jordan.lee@example.com");
    for (int i = 0; i < BODY.size(); i++) {
      pdf.text("I", 76, 110 + 15 * i, 6, "o");
      pdf.text("H", 82, 110 + 15 * i, 10, BODY.get(i));
    }
    Extraction x = reader.read(pdf.build());
    assertThat(x.warnings()).extracting(ParseWarning::code).doesNotContain("UNREADABLE_FONT");
    assertThat(x.layout().lines()).filteredOn(l -> l.marks().contains(dev.prism.core.model.Mark.LIST_ITEM))
        .hasSize(BODY.size());
    assertThat(x.text()).contains(BODY.get(3)).doesNotContain("\ue000");
  }

  @Test
  void theSameCompositeFontWithItsCharacterMapReadsCleanly() throws Exception {
    FontPdf pdf = new FontPdf().type0("C", true).helvetica("H");
    pdf.text("H", 72, 60, 20, "Jordan Lee");
    for (int i = 0; i < BODY.size(); i++) {
      pdf.text("C", 72, 110 + 15 * i, 10, BODY.get(i));
    }
    Extraction x = reader.read(pdf.build());
    assertThat(x.text()).contains(BODY.get(3));
    assertThat(x.warnings()).extracting(ParseWarning::code).doesNotContain("UNREADABLE_FONT");
  }

  @Test
  void aPdfWhoseEveryGlyphIsUnreadableIsRefusedForItsFontsNotAsAScan() throws Exception {
    FontPdf pdf = new FontPdf().type0("C", false);
    for (int i = 0; i < BODY.size(); i++) {
      pdf.text("C", 72, 110 + 15 * i, 10, BODY.get(i));
    }
    byte[] bytes = pdf.build();
    assertThatThrownBy(() -> reader.read(bytes))
        .isInstanceOfSatisfying(UnreadableInputException.class, u -> {
          assertThat(u.problem()).isEqualTo(Problem.NO_TEXT_LAYER);
          assertThat(u.getMessage()).contains("fonts that cannot be read back");
        });
  }

  @Test
  void iconsAndAStrayUnmappedGlyphInAFineResumeRaiseNothing() throws Exception {
    // An icon font as LaTeX and Word resumes use for contact details and skill ratings: glyphs
    // with names of their own and no character map, forty-odd of them, plus three numbered
    // glyphs that are truly unmapped.
    Map<Integer, String> icons = new TreeMap<>(Map.of(
        0x21, "envelope", 0x22, "phone", 0x23, "map-marker-alt", 0x24, "github", 0x25, "star", 0x26, "star-half",
        0x27, "g39"));
    icons.put(32, "space");
    FontPdf pdf = new FontPdf().type1("I", icons, Map.of(), Map.of()).helvetica("H");
    pdf.text("H", 72, 60, 20, "Jordan Lee");
    pdf.show("I", 72, 80, 10, FontPdf.codes(0x21));
    pdf.text("H", 80, 80, 10, "jordan.lee@example.com");
    pdf.show("I", 220, 80, 10, FontPdf.codes(0x22));
    pdf.text("H", 228, 80, 10, "+1 555 010 2030");
    pdf.show("I", 320, 80, 10, FontPdf.codes(0x23));
    pdf.text("H", 328, 80, 10, "Austin, TX");
    pdf.show("I", 400, 80, 10, FontPdf.codes(0x24));
    pdf.text("H", 408, 80, 10, "github.com/jlee");
    pdf.text("H", 72, 105, 12, "EXPERIENCE");
    for (int i = 0; i < BODY.size(); i++) {
      pdf.text("H", 72, 125 + 15 * i, 10, BODY.get(i));
    }
    String[] skills = {"Java", "Kotlin", "PostgreSQL", "Redis", "Kafka", "Kubernetes", "Terraform", "Go"};
    pdf.text("H", 72, 290, 12, "SKILLS");
    for (int i = 0; i < skills.length; i++) {
      pdf.text("H", 72, 310 + 14 * i, 10, skills[i]);
      pdf.show("I", 200, 310 + 14 * i, 10, FontPdf.codes(0x25, 0x25, 0x25, 0x25, i % 2 == 0 ? 0x26 : 0x25));
    }
    pdf.show("I", 72, 440, 10, FontPdf.codes(0x27, " ", 0x27, " ", 0x27));
    Extraction x = reader.read(pdf.build());
    assertThat(x.warnings()).extracting(ParseWarning::code).doesNotContain("UNREADABLE_FONT");
    // The icons leave no stray characters in the contact line.
    assertThat(x.text()).contains("jordan.lee@example.com  +1 555 010 2030  Austin, TX  github.com/jlee");
  }

  @Test
  void theThresholdSeparatesAStrayGlyphFromLostText() {
    assertThat(PdfText.mostlyLost(10, 100)).isFalse();
    assertThat(PdfText.mostlyLost(11, 100)).isTrue();
    // A two-page resume: thirty lost glyphs in 1,500 is a stray icon font, forty is a heading or two.
    assertThat(PdfText.mostlyLost(30, 1500)).isFalse();
    assertThat(PdfText.mostlyLost(40, 1500)).isTrue();
    assertThat(PdfText.mostlyLost(900, 100)).isTrue();
  }

  @Test
  void anOrdinaryPdfIsNotReported() throws Exception {
    FontPdf pdf = new FontPdf().helvetica("H");
    pdf.text("H", 72, 60, 20, "Jordan Lee");
    for (int i = 0; i < BODY.size(); i++) {
      pdf.text("H", 72, 110 + 15 * i, 10, BODY.get(i));
    }
    assertThat(reader.read(pdf.build()).warnings()).extracting(ParseWarning::code).doesNotContain("UNREADABLE_FONT");
  }

  /** Lower-case letters at codes 1 to 26, spaces at 32. */
  private static byte[] lowCodes(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (char c : text.toCharArray()) {
      out.write(c == ' ' ? 32 : c - 'a' + 1);
    }
    return out.toByteArray();
  }
}
