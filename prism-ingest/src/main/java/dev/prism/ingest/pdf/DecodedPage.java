package dev.prism.ingest.pdf;

import java.io.IOException;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadView;
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
  private final byte[] content;

  DecodedPage(PDPage page, byte[] content) {
    super(page.getCOSObject());
    this.page = page;
    this.content = content;
  }

  @Override
  public PDResources getResources() {
    return page.getResources();
  }

  @Override
  public RandomAccessRead getContentsForStreamParsing() {
    return new Bytes(content);
  }

  @Override
  public RandomAccessRead getContentsForRandomAccess() {
    return new Bytes(content);
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
