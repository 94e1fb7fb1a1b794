package dev.prism.ingest.pdf;

import static dev.prism.ingest.pdf.FontPdf.codes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.prism.core.model.Extraction;
import dev.prism.core.model.ParseWarning;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** pdfTeX's Type 3 bitmap fonts (T1 text without cm-super installed): glyphs named "a21", no character map. */
class TexBitmapFontTest {
  private final PdfReader reader = new PdfReader();

  private static Set<Integer> codesOf(byte[]... lines) {
    Set<Integer> out = new HashSet<>();
    for (byte[] line : lines) {
      for (byte b : line) {
        out.add(b & 0xff);
      }
    }
    return out;
  }

  @Test
  void t1TextReadsItsDashesQuotesLigaturesAndCentralEuropeanLetters() throws Exception {
    // T1 codes: 21 en dash, 16/17 double quotes, 28 "fi", 0xAA "ł", 0xB1 "ś", 0xEB "ë" (as Latin-1).
    byte[] dates = codes("Jul", " ", "2021", " ", 21, " ", "Present");
    byte[] name = codes("Zo", 0xeb, " ", "Wi", 0xb1, "niewska");
    byte[] city = codes(16, "Bia", 0xaa, "ystok", 17, " ", "of", 28, "ce");
    Extraction x = reader.read(new FontPdf()
        .type3("T", codesOf(dates, name, city))
        .show("T", 72, 100, 10, name)
        .show("T", 72, 120, 10, dates)
        .show("T", 72, 140, 10, city)
        .build());
    assertThat(x.text()).contains("Zoë Wiśniewska").contains("Jul 2021 – Present").contains("“Białystok” office");
    assertThat(x.warnings()).extracting(ParseWarning::code).doesNotContain("UNREADABLE_FONT");
  }

  @Test
  void aBitmapFontWithoutLettersIsTheSymbolCompanion() throws Exception {
    // LaTeX takes \textbullet from TS1, code 0x88 (a control character read as Latin-1).
    Extraction x = reader.read(new FontPdf()
        .type3("T", codesOf(codes("Go Java SQL")))
        .type3("S", Set.of(0x88))
        .show("T", 72, 100, 10, codes("Go"))
        .show("S", 90, 100, 10, codes(0x88))
        .show("T", 100, 100, 10, codes("Java"))
        .build());
    assertThat(x.text()).contains("Go • Java");
  }
}
