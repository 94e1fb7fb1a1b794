package dev.prism.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A font's weight and slant told by its name, where the font has no descriptor to say so: TeX's
 * sans bold ("CMSSBX10") sets the headings of many LaTeX resumes; read as regular, those headings
 * look like the body text and the page reads as one section.
 */
class FontNamesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "ZVKVQL+CMSSBX10, true, false",
      "ABCDEF+CMBX12, true, false",
      "ABCDEF+SFSX1000, true, false",
      "ABCDEF+Lato-Bold, true, false",
      "DOVLMC+CMSSI10, false, true",
      "ABCDEF+SFSO1000, false, true",
      "ABCDEF+CMTI10, false, true",
      "CLOOKW+CMSS10, false, false",
      "ABCDEF+SFSS1000, false, false",
      "ABCDEF+CMR10, false, false"})
  void weightAndSlantFromTheName(String name, boolean bold, boolean italic) throws IOException {
    PDFont font = named(name);
    assertThat(GlyphCollector.isBold(font)).isEqualTo(bold);
    assertThat(GlyphCollector.isItalic(font)).isEqualTo(italic);
  }

  /** A Type 1 font that names itself and carries nothing else. */
  private static PDFont named(String name) throws IOException {
    COSDictionary dict = new COSDictionary();
    dict.setItem(COSName.TYPE, COSName.FONT);
    dict.setItem(COSName.SUBTYPE, COSName.TYPE1);
    dict.setName(COSName.BASE_FONT, name);
    return new PDType1Font(dict);
  }
}
