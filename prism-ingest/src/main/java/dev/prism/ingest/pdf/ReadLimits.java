package dev.prism.ingest.pdf;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.DecodeOptions;
import org.apache.pdfbox.filter.DecodeResult;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * What one PDF read may cost: at most {@link #MAX_DECODED_BYTES} of decoded stream data, and no
 * more work once the reading thread is interrupted (its deadline passed or its caller gave up).
 *
 * <p>PDFBox decodes a whole stream into memory before parsing it, and neither its decoders nor its
 * content-stream loop look at interruption: a megabyte of Flate data that inflates to a gibibyte
 * costs a gibibyte of memory and seconds of CPU, long after the caller was answered. So every
 * decoder in PDFBox's {@link FilterFactory} is wrapped once, at start-up, by one that counts the
 * bytes it writes against the budget of the read in progress on this thread and checks for
 * interruption as it goes; {@link #checkpoint()} does the same for loops outside the decoders (the
 * content-stream operators). Decoding outside a read (writing report PDFs) is not counted.
 */
public final class ReadLimits {
  /** Decoded bytes one document may produce, all streams together; resumes need a few MiB. */
  public static final long MAX_DECODED_BYTES = 32L << 20;

  private static final ThreadLocal<long[]> BUDGET = new ThreadLocal<>();

  private ReadLimits() {}

  /** Why a read was stopped: it was cancelled, or its streams decode to more than the cap. */
  public static final class Exceeded extends RuntimeException {
    public final boolean cancelled;

    Exceeded(boolean cancelled) {
      super(cancelled ? "cancelled" : "decoded streams over the cap", null, false, false);
      this.cancelled = cancelled;
    }
  }

  /** Opens a read's budget on this thread; {@link #close()} when the read ends. */
  static void open() {
    BUDGET.set(new long[] {MAX_DECODED_BYTES});
  }

  static void close() {
    BUDGET.remove();
  }

  /** Throws {@link Exceeded} when the reading thread has been interrupted. */
  static void checkpoint() {
    if (Thread.currentThread().isInterrupted()) {
      throw new Exceeded(true);
    }
  }

  private static void spend(int n) {
    checkpoint();
    long[] left = BUDGET.get();
    if (left != null && (left[0] -= n) < 0) {
      throw new Exceeded(false);
    }
  }

  /**
   * Makes every page's content go through the counted decoders. PDFBox streams a page whose
   * content is one Flate stream straight from its own inflater into the parser, past the
   * decoders: as a one-element array, the content is decoded like every other stream.
   */
  static void countPageContents(PDDocument doc) {
    for (PDPage page : doc.getPages()) {
      COSDictionary d = page.getCOSObject();
      if (d.getDictionaryObject(COSName.CONTENTS) instanceof COSStream s) {
        COSArray one = new COSArray();
        one.add(s);
        d.setItem(COSName.CONTENTS, one);
      }
    }
  }

  /**
   * A page's content streams (after {@link #countPageContents}, always an array) decoded, each
   * exactly as PDFBox decodes it: through the counted decoders, a part that cannot be decoded
   * skipped, as PDFBox skips it. Null when the page has no such array (PDFBox then reads the page
   * itself). The caller closes them. See {@link DecodedPage} for why.
   */
  static List<RandomAccessRead> decodedContents(PDPage page) {
    if (!(page.getCOSObject().getDictionaryObject(COSName.CONTENTS) instanceof COSArray parts)) {
      return null;
    }
    List<RandomAccessRead> decoded = new ArrayList<>();
    for (COSBase part : parts) {
      COSBase object = part instanceof COSObject o ? o.getObject() : part;
      if (object instanceof COSStream stream) {
        try {
          decoded.add(stream.createView());
        } catch (IOException e) {
          // a damaged part costs its own text only
        }
      }
    }
    return decoded;
  }

  /** Wraps PDFBox's decoders; called once from {@link PdfBoxSettings#apply()}. */
  @SuppressWarnings("unchecked")
  static void install() {
    try {
      Field f = FilterFactory.class.getDeclaredField("filters");
      f.setAccessible(true);
      Map<COSName, Filter> filters = (Map<COSName, Filter>) f.get(FilterFactory.INSTANCE);
      filters.replaceAll((name, filter) -> filter instanceof Counted ? filter : new Counted(filter));
    } catch (ReflectiveOperationException | RuntimeException e) {
      // Without the wrappers a hostile PDF could exhaust memory: refuse to read PDFs at all.
      throw new IllegalStateException("cannot bound PDFBox's stream decoding: " + e, e);
    }
  }

  /** A decoder whose output counts against the read's budget. */
  private static final class Counted extends Filter {
    private final Filter inner;

    Counted(Filter inner) {
      this.inner = inner;
    }

    @Override
    public DecodeResult decode(InputStream in, OutputStream out, COSDictionary params, int index) throws IOException {
      return inner.decode(in, new Metered(out), params, index);
    }

    @Override
    public DecodeResult decode(InputStream in, OutputStream out, COSDictionary params, int index, DecodeOptions options)
        throws IOException {
      return inner.decode(in, new Metered(out), params, index, options);
    }

    @Override
    protected void encode(InputStream in, OutputStream out, COSDictionary params) throws IOException {
      inner.encode(in, out, params, 0);
    }
  }

  private static final class Metered extends FilterOutputStream {
    Metered(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      spend(1);
      out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      spend(len);
      out.write(b, off, len);
    }
  }
}
