package dev.prism.ingest.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadView;
import org.apache.pdfbox.io.SequenceRandomAccessRead;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;

/**
 * A page whose content PDFBox parses from bytes already decoded ({@link
 * ReadLimits#decodedContents}), through a reader that steps back for free.
 *
 * <p>PDFBox's content parser peeks at nearly every byte: it reads one and steps back. The cap on
 * decoded bytes makes every page's content an array of streams, which PDFBox reads through a
 * chain of buffers whose every step back seeks through the chain, then through a buffer's chunks
 * (two long divisions and a list look-up per byte). JFR put about a seventh of a warm read in the
 * chain and, once the parts were joined into one buffer, still an eighth in the buffer's seeks;
 * PDFBox's own extraction of a page with a single stream pays neither. The bytes parsed are the
 * same, so the glyphs are too.
 *
 * <p>Everything else is the original page's: the same dictionary (boxes, rotation, annotations)
 * and the same resources, with the document's font cache behind them.
 */
final class DecodedPage extends PDPage {
  private final PDPage page;
  private final List<RandomAccessRead> parts;
  /** The parts joined, or null when they are too large to copy (see the constructor). */
  private final byte[] content;

  /**
   * The page with its content parts, decoded ({@link ReadLimits#decodedContents}); the caller
   * closes them once the page is processed.
   */
  DecodedPage(PDPage page, List<RandomAccessRead> parts) throws IOException {
    super(page.getCOSObject());
    this.page = page;
    this.parts = parts;
    this.content = join(parts);
  }

  /**
   * The parts, each followed by a line end, as PDFBox joins them; null beyond the cap on decoded
   * bytes. Decoded parts are within it already, but a part stored without a filter is not counted,
   * and one such stream named many times over in the array would be copied as often: those are
   * left to PDFBox's own chain of parts, which copies nothing.
   */
  private static byte[] join(List<RandomAccessRead> parts) throws IOException {
    long total = 0;
    for (RandomAccessRead part : parts) {
      total += part.length() + 1;
    }
    if (total > ReadLimits.MAX_DECODED_BYTES) {
      return null;
    }
    byte[] joined = new byte[(int) total];
    int at = 0;
    for (RandomAccessRead part : parts) {
      int end = at + (int) part.length();
      for (int n = 0; at < end && n >= 0; at += n) {
        n = part.read(joined, at, end - at);
      }
      joined[end] = '\n';
      at = end + 1;
    }
    return joined;
  }

  @Override
  public PDResources getResources() {
    return page.getResources();
  }

  @Override
  public RandomAccessRead getContentsForStreamParsing() throws IOException {
    return getContentsForRandomAccess();
  }

  @Override
  public RandomAccessRead getContentsForRandomAccess() throws IOException {
    if (content != null) {
      return new Bytes(content);
    }
    List<RandomAccessRead> chain = new ArrayList<>();
    for (RandomAccessRead part : parts) {
      part.seek(0);
      chain.add(part);
      chain.add(new RandomAccessReadBuffer(new byte[] {'\n'}));
    }
    return new SequenceRandomAccessRead(chain);
  }

  /** A reader over a byte array, nothing more. */
  static final class Bytes implements RandomAccessRead {
    private final byte[] bytes;
    private int position;
    private boolean closed;

    Bytes(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public int read() {
      return position < bytes.length ? bytes[position++] & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int offset, int length) {
      if (position >= bytes.length) {
        return -1;
      }
      int n = Math.min(length, bytes.length - position);
      System.arraycopy(bytes, position, b, offset, n);
      position += n;
      return n;
    }

    @Override
    public int peek() {
      return position < bytes.length ? bytes[position] & 0xff : -1;
    }

    @Override
    public void rewind(int n) throws IOException {
      seek((long) position - n);
    }

    @Override
    public long getPosition() {
      return position;
    }

    @Override
    public void seek(long to) throws IOException {
      if (to < 0) {
        throw new IOException("Invalid position " + to);
      }
      position = (int) Math.min(to, bytes.length);
    }

    @Override
    public long length() {
      return bytes.length;
    }

    @Override
    public boolean isClosed() {
      return closed;
    }

    @Override
    public void close() {
      closed = true;
    }

    @Override
    public boolean isEOF() {
      return position >= bytes.length;
    }

    @Override
    public RandomAccessReadView createView(long start, long length) {
      return new RandomAccessReadView(this, start, length);
    }
  }
}
