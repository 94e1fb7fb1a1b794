package dev.prism.ingest.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * Process-wide settings for PDFBox, made once by whatever uses it first: the PDF reader, and the
 * CLI commands that write PDFs (reports and example resumes, through openhtmltopdf).
 *
 * <p><b>Quiet logging.</b> PDFBox logs what it recovers from (font warnings on good files;
 * "errors" with stack traces on damaged ones) and throws what it cannot. The reader turns the
 * latter into one clear message, so the log adds only noise and cost. Only PDFBox's own loggers
 * are quietened; {@code -Dprism.pdfbox.log=true} brings its errors back for debugging.
 *
 * <p><b>No system fonts.</b> Every font a PDF names but does not embed is stood in for by the one
 * font PDFBox ships, never by a font of this computer. PDFBox's own mapper looks for a substitute
 * among the system's fonts: on first use it scans every font directory (seconds on a desktop with
 * thousands of fonts) and writes what it found to {@code .pdfbox.cache} in the home directory. A
 * reader of text needs neither: characters come from the document's encodings and /ToUnicode
 * maps, widths from its /Widths arrays or the standard 14 fonts' metrics. What a substitute can
 * still decide (a width the document leaves out, a missing bounding box) then no longer depends on
 * which fonts happen to be installed, so the same PDF reads the same everywhere.
 */
public final class PdfBoxSettings implements FontMapper {
  private static final String BUNDLED = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
  // Strong references: java.util.logging holds its loggers weakly, and a collected logger would
  // forget the level set here.
  private static final List<Logger> QUIET = new ArrayList<>();
  private static boolean applied;

  private PdfBoxSettings() {}

  /** Applies the settings; later calls do nothing. */
  public static synchronized void apply() {
    if (applied) {
      return;
    }
    applied = true;
    Level level = Boolean.getBoolean("prism.pdfbox.log") ? Level.SEVERE : Level.OFF;
    for (String name : List.of("org.apache.pdfbox", "org.apache.fontbox")) {
      Logger logger = Logger.getLogger(name);
      logger.setLevel(level);
      QUIET.add(logger);
    }
    FontMappers.set(new PdfBoxSettings());
    ReadLimits.install();
  }
  /** Parsed on the first font that needs a substitute, not before: most resumes embed theirs. */
  private static final class Bundled {
    static final TrueTypeFont FONT = load();

    private static TrueTypeFont load() {
      try (InputStream in = PdfBoxSettings.class.getResourceAsStream(BUNDLED)) {
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
