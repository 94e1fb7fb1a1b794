package dev.prism.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;

/** Hostile PDFs made here: small files whose content costs far more to read than their size. */
final class Bombs {
  private Bombs() {}

  /**
   * A one-page PDF whose Flate-compressed content stream inflates to {@code decodedBytes} of
   * {@code unit} repeated: with "q Q\n" every four bytes are two operators for PDFBox to run.
   */
  static byte[] pdf(String unit, long decodedBytes) {
    byte[] chunk = unit.repeat(Math.max(1, 65_536 / unit.length())).getBytes(StandardCharsets.US_ASCII);
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      doc.addPage(page);
      PDStream contents = new PDStream(doc);
      COSStream cos = contents.getCOSObject();
      cos.setItem(COSName.FILTER, COSName.FLATE_DECODE);
      try (OutputStream raw = cos.createRawOutputStream();
          DeflaterOutputStream z = new DeflaterOutputStream(raw, new Deflater(Deflater.BEST_COMPRESSION), 65_536)) {
        for (long n = 0; n < decodedBytes; n += chunk.length) {
          z.write(chunk, 0, (int) Math.min(chunk.length, decodedBytes - n));
        }
      }
      page.setContents(contents);
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
