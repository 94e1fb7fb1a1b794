package dev.prism.ingest.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * Stands in for every font a PDF names but does not embed with the one font PDFBox ships, never
 * with a font of this computer.
 *
 * <p>PDFBox's own mapper looks for a substitute among the system's fonts: on first use it scans
 * every font directory (seconds on a desktop with thousands of fonts) and writes what it found to
 * {@code .pdfbox.cache} in the home directory. A reader of text needs neither: characters come from
 * the document's encodings and /ToUnicode maps, widths from its /Widths arrays or the standard 14
 * fonts' metrics. What a substitute can still decide (a width the document leaves out, a missing
 * bounding box) then no longer depends on which fonts happen to be installed, so the same PDF
 * reads the same everywhere.
 */
final class NoSystemFonts implements FontMapper {
  private static final String BUNDLED = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

  /** Installs the mapper for this process; PDFBox keeps one mapper for all documents. */
  static void install() {
    org.apache.pdfbox.pdmodel.font.FontMappers.set(new NoSystemFonts());
  }

  /** Parsed on the first font that needs a substitute, not before: most resumes embed theirs. */
  private static final class Bundled {
    static final TrueTypeFont FONT = load();

    private static TrueTypeFont load() {
      try (InputStream in = NoSystemFonts.class.getResourceAsStream(BUNDLED)) {
        if (in == null) {
          throw new IllegalStateException(BUNDLED + " is missing from PDFBox's jar");
        }
        return new TTFParser().parse(new RandomAccessReadBuffer(in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Override
  public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor fontDescriptor) {
    return new FontMapping<>(Bundled.FONT, true);
  }

  @Override
  public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor fontDescriptor) {
    return new FontMapping<>(Bundled.FONT, true);
  }

  @Override
  public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor fontDescriptor,
      org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo cidSystemInfo) {
    return new CIDFontMapping(null, Bundled.FONT, true);
  }
}
