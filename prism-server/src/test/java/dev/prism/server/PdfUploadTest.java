package dev.prism.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** PDF uploads through the API: a readable one, and the SPEC §5 rows that only PDFs can produce. */
class PdfUploadTest extends OneNodeTest {
  private static TestNode.Res upload(String name, byte[] pdf) {
    return node.post("/api/v1/checks", "multipart/form-data; boundary=pdfb", TestNode.multipart("pdfb", name, pdf));
  }

  /** A PDF with the given pages; each page's lines are drawn as real text, or nothing for a blank page. */
  static byte[] pdf(int pages, boolean text, boolean encrypted) throws IOException {
    try (PDDocument d = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (int p = 0; p < pages; p++) {
        PDPage page = new PDPage();
        d.addPage(page);
        if (text) {
          try (PDPageContentStream cs = new PDPageContentStream(d, page)) {
            cs.beginText();
            cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
            cs.newLineAtOffset(50, 740);
            for (String line : TestNode.RESUME.split("\n")) {
              cs.showText(line);
              cs.newLineAtOffset(0, -15);
            }
            cs.endText();
          }
        }
      }
      if (encrypted) {
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-pass", "user-pass", new AccessPermission());
        policy.setEncryptionKeyLength(128);
        d.protect(policy);
      }
      d.save(out);
      return out.toByteArray();
    }
  }

  @Test
  void aPdfResumeIsChecked() throws IOException {
    TestNode.Res r = upload("resume.pdf", pdf(1, true, false));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().path("parse").path("format").asText()).isEqualTo("pdf");
    assertThat(r.json().path("bullets").size()).isGreaterThanOrEqualTo(4);
  }

  @Test
  void aScannedPdfIs422NamingTheTextLayer() throws IOException {
    TestNode.Res r = upload("scan.pdf", pdf(1, false, false));
    ApiTest.assertProblem(r, 422, null);
    assertThat(r.json().path("detail").asText()).contains("text layer");
  }

  @Test
  void encryptedCorruptAndLongPdfsAre422() throws IOException {
    ApiTest.assertProblem(upload("locked.pdf", pdf(1, true, true)), 422, null);
    ApiTest.assertProblem(upload("broken.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.US_ASCII)), 422, null);
    TestNode.Res longOne = upload("long.pdf", pdf(11, true, false));
    ApiTest.assertProblem(longOne, 422, null);
    assertThat(longOne.json().path("detail").asText()).contains("10");
    assertThat(node.get("/healthz").status()).isEqualTo(200);
  }
}
