package dev.prism.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prism.core.ingest.UnreadableInputException;
import dev.prism.core.ingest.UnreadableInputException.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * A page's content is parsed from its decoded parts joined in one buffer: the same text as
 * PDFBox's own reading of the parts, a damaged part costing only its own text, and parts too
 * large to join left to PDFBox's chain.
 */
class DecodedPageTest {

  @Test
  void contentSplitOverSeveralStreamsReadsAsPdfBoxReadsIt() throws Exception {
    // A text object cut between two streams, as some producers write it, and a part stored plainly.
    byte[] pdf = page(flate("BT /F1 11 Tf 72 700 Td (Built the billing) Tj"), flate("( service in Go) Tj ET"),
        plain("BT /F1 11 Tf 72 680 Td (Cut costs by a third) Tj ET"));
    String text = new PdfReader().read(pdf).text();
    assertThat(text).contains("Built the billing service in Go").contains("Cut costs by a third");
    assertThat(pdfBoxText(pdf)).contains("Built the billing service in Go").contains("Cut costs by a third");
  }

  @Test
  void aDamagedPartCostsOnlyItsOwnText() throws Exception {
    byte[] broken = "this is not deflated data".getBytes(StandardCharsets.US_ASCII);
    byte[] pdf = page(flate("BT /F1 11 Tf 72 700 Td (Kept before) Tj ET"), new Part(broken, true),
        flate("BT /F1 11 Tf 72 680 Td (Kept after) Tj ET"));
    String text = new PdfReader().read(pdf).text();
    assertThat(text).contains("Kept before").contains("Kept after");
  }

  @Test
  void emptyOrOnlyDamagedContentIsNoTextLayerNotACrash() throws Exception {
    for (byte[] pdf : List.of(page(plain("")), page(new Part(new byte[] {1, 2, 3}, true)), page())) {
      assertThatThrownBy(() -> new PdfReader().read(pdf))
          .isInstanceOfSatisfying(UnreadableInputException.class, e -> assertThat(e.problem()).isEqualTo(Problem.NO_TEXT_LAYER));
    }
  }

  @Test
  void partsAreJoinedWithALineEndAfterEach() throws Exception {
    RandomAccessRead in = new DecodedPage(new PDPage(), parts("BT", "ET")).getContentsForStreamParsing();
    assertThat(readAll(in)).isEqualTo("BT\nET\n");
  }

  @Test
  void partsTooLargeToJoinAreReadThroughPdfBoxsChain() throws Exception {
    // One plain stream named twice: each under the cap, together over it. Nothing is copied.
    RandomAccessReadBuffer half = new RandomAccessReadBuffer(new byte[(int) (ReadLimits.MAX_DECODED_BYTES / 2) + 1]);
    RandomAccessRead in = new DecodedPage(new PDPage(), List.of(half, half)).getContentsForStreamParsing();
    assertThat(in).isNotInstanceOf(DecodedPage.Bytes.class);
    assertThat(in.length()).isEqualTo(2 * (half.length() + 1));
  }

  @Test
  void theReaderStepsBackAndSeeksWithinItsBytes() throws Exception {
    DecodedPage.Bytes in = new DecodedPage.Bytes("q Q".getBytes(StandardCharsets.US_ASCII));
    assertThat(in.read()).isEqualTo('q');
    assertThat(in.peek()).isEqualTo(' ');
    in.rewind(1);
    assertThat(in.read()).isEqualTo('q');
    in.seek(100);
    assertThat(in.isEOF()).isTrue();
    assertThat(in.read()).isEqualTo(-1);
    assertThat(in.peek()).isEqualTo(-1);
    assertThat(in.read(new byte[4], 0, 4)).isEqualTo(-1);
    in.seek(1);
    byte[] rest = new byte[8];
    assertThat(in.read(rest, 0, 8)).isEqualTo(2);
    assertThatThrownBy(() -> in.seek(-1)).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> in.rewind(10)).isInstanceOf(IOException.class);
  }

  /** One content stream of a page: its bytes, and whether they are declared Flate-compressed. */
  private record Part(byte[] bytes, boolean flate) {}

  private static Part plain(String content) {
    return new Part(content.getBytes(StandardCharsets.US_ASCII), false);
  }

  private static Part flate(String content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DeflaterOutputStream z = new DeflaterOutputStream(out)) {
      z.write(content.getBytes(StandardCharsets.US_ASCII));
    }
    return new Part(out.toByteArray(), true);
  }

  /** A one-page PDF, Helvetica as /F1, whose content is the given streams in order. */
  private static byte[] page(Part... parts) throws IOException {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      PDResources resources = new PDResources();
      resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
      page.setResources(resources);
      doc.addPage(page);
      List<PDStream> streams = new ArrayList<>();
      for (Part p : parts) {
        PDStream s = new PDStream(doc);
        if (p.flate()) {
          s.getCOSObject().setItem(COSName.FILTER, COSName.FLATE_DECODE);
        }
        try (OutputStream raw = s.getCOSObject().createRawOutputStream()) {
          raw.write(p.bytes());
        }
        streams.add(s);
      }
      page.setContents(streams);
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static String pdfBoxText(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  private static List<RandomAccessRead> parts(String... texts) {
    List<RandomAccessRead> out = new ArrayList<>();
    for (String t : texts) {
      out.add(new RandomAccessReadBuffer(t.getBytes(StandardCharsets.US_ASCII)));
    }
    return out;
  }

  private static String readAll(RandomAccessRead in) throws IOException {
    StringBuilder b = new StringBuilder();
    for (int c = in.read(); c >= 0; c = in.read()) {
      b.append((char) c);
    }
    return b.toString();
  }
}
