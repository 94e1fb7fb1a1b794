package dev.prism.ingest.pdf;

import static dev.prism.ingest.pdf.FontPdf.codes;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** Words broken across lines with a hyphen, read back whole. */
class HyphenationTest {
  private final PdfReader reader = new PdfReader();

  @Test
  void aSoftHyphenAtTheBreakGoesAndTheWordCloses() {
    assertThat(PdfText.wrap("Split the monolith into micro\u00ad", "services on Kubernetes", false))
        .isEqualTo("Split the monolith into microservices on Kubernetes");
    assertThat(PdfText.wrap("micro\u00ad", "services", true)).isEqualTo("microservices");
  }

  @Test
  void aTypedHyphenStaysWithNoSpaceAfterIt() {
    assertThat(PdfText.wrap("Owned the end-to-", "end release", false)).isEqualTo("Owned the end-to-end release");
    assertThat(PdfText.wrap("Built a real-", "time pricing feed", false)).isEqualTo("Built a real-time pricing feed");
    assertThat(PdfText.wrap("Led a cross-", "functional team", false)).isEqualTo("Led a cross-functional team");
  }

  @Test
  void aDashBetweenWordsIsNoBrokenWord() {
    assertThat(PdfText.wrap("Payments -", "Ledger team", false)).isEqualTo("Payments - Ledger team");
    assertThat(PdfText.wrap("Cut latency by 40% -", "and cost", true)).isEqualTo("Cut latency by 40% - and cost");
  }

  @Test
  void aWebAddressBrokenAfterASlashIsOneWordAgain() {
    assertThat(PdfText.wrap("Utrecht, NL \u2022 linkedin.com/in/", "dachterberg", false))
        .isEqualTo("Utrecht, NL \u2022 linkedin.com/in/dachterberg");
    // A slash standing between spaces separates words.
    assertThat(PdfText.wrap("Java /", "Kotlin services", false)).isEqualTo("Java / Kotlin services");
  }

  @Test
  void whereTheTypesetterHyphenatesByItselfTheBreakCloses() {
    assertThat(PdfText.wrap("by implementing a prediction al-", "gorithm", true))
        .isEqualTo("by implementing a prediction algorithm");
    // TeX breaks a word that holds a hyphen only at that hyphen.
    assertThat(PdfText.wrap("Owned the end-to-", "end release", true)).isEqualTo("Owned the end-to-end release");
    // Nor where a digit follows: no word breaks into one.
    assertThat(PdfText.wrap("through COVID-", "19 lockdowns", true)).isEqualTo("through COVID-19 lockdowns");
  }

  @Test
  void aDrawnSoftHyphenAtTheEndOfABulletLineJoinsTheWord() throws Exception {
    // Code 0x90 is a visible hyphen whose character map says U+00AD: the producer marked the
    // break as its own. Code 0x91 is Word's ordinary hyphen, mapped to "-", U+00AD and U+2010 at
    // once: one typed hyphen.
    Map<Integer, String> names = FontPdf.asciiNames();
    names.put(0x90, "g144");
    names.put(0x91, "g145");
    Map<Integer, String> toUnicode = Map.of(0x90, "\u00ad", 0x91, "-\u00ad\u2010");
    FontPdf pdf = new FontPdf().type1("F", names, toUnicode, Map.of(0x90, 333, 0x91, 333))
        .show("F", 72, 60, 20, codes("Jordan Lee"))
        .show("F", 72, 84, 10, codes("jordan.lee@example.com"))
        .show("F", 72, 120, 10, codes("- Split the payments monolith into micro", 0x90))
        .show("F", 82, 132, 10, codes("services and owned their on", 0x91))
        .show("F", 82, 144, 10, codes("call rotation"));
    String text = reader.read(pdf.build()).text();
    assertThat(text).contains("Split the payments monolith into microservices and owned their on-call rotation");
    assertThat(text).doesNotContain("\u00ad");
  }

  @Test
  void aTexProducedPdfHasItsAutomaticBreaksClosed() throws Exception {
    FontPdf pdf = new FontPdf().helvetica("H")
        .text("H", 72, 60, 20, "Jordan Lee")
        .text("H", 72, 84, 10, "jordan.lee@example.com")
        .text("H", 72, 120, 10, "Cut the time to render buddy lists by 75% with a prediction al-")
        .text("H", 72, 132, 10, "gorithm for real-time presence");
    assertThat(reader.read(pdf.build()).text()).contains("prediction al-gorithm for real-time");
    assertThat(reader.read(producedBy(pdf.build(), "pdfTeX-1.40.26")).text())
        .contains("prediction algorithm for real-time");
  }

  private static byte[] producedBy(byte[] pdf, String producer) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.getDocumentInformation().setProducer(producer);
      doc.save(out);
      return out.toByteArray();
    }
  }
}
