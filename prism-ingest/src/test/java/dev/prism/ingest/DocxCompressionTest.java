package dev.prism.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prism.core.ingest.UnreadableInputException;
import dev.prism.core.ingest.UnreadableInputException.Problem;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * A fuzzing finding (bench/fuzz.sh, DOCX): a zip entry that says it is compressed with Zstandard
 * (method 93) made the zip library reach for a codec that is not on the class path, and the
 * reader threw NoClassDefFoundError, outside its contract of one UnreadableInputException.
 */
class DocxCompressionTest {
  /** A one-entry zip whose entry claims compression method {@code method}; written here by hand. */
  static byte[] zipWithMethod(int method) throws Exception {
    byte[] content = "<w:document/>".getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      ZipEntry e = new ZipEntry("word/document.xml");
      e.setMethod(ZipEntry.STORED);
      e.setSize(content.length);
      CRC32 crc = new CRC32();
      crc.update(content);
      e.setCrc(crc.getValue());
      zip.putNextEntry(e);
      zip.write(content);
      zip.closeEntry();
    }
    byte[] b = out.toByteArray();
    ByteBuffer buf = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i + 4 <= b.length; i++) {
      int sig = buf.getInt(i);
      if (sig == 0x04034b50) {
        buf.putShort(i + 8, (short) method); // local header: compression method
      } else if (sig == 0x02014b50) {
        buf.putShort(i + 10, (short) method); // central directory: compression method
      }
    }
    return b;
  }

  @Test
  void anEntryInAnUnsupportedCompressionIsRefusedWithAMessage() throws Exception {
    byte[] zstd = zipWithMethod(93);
    UnreadableInputException e = ReadingBoundsTest.refusal(() -> new DocxReader().read(zstd));
    assertThat(e.problem()).isEqualTo(Problem.CORRUPT);
    assertThat(e.getMessage()).doesNotContain("\n");
  }
}
