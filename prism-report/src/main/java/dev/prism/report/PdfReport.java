package dev.prism.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import dev.prism.core.report.Report;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A report as PDF, rendered from the {@link HtmlReport} with openhtmltopdf, so the two never drift
 * apart. Uses the DejaVu fonts when the system has them (they cover far more scripts than the PDF
 * base fonts, which show only Latin-1 well); the PDF then embeds the subset it uses.
 */
public final class PdfReport {
  private static final String FONTS = "/usr/share/fonts/truetype/dejavu/";
  private static final List<String[]> FONT_FILES = List.of(
      new String[] {"DejaVuSans.ttf", "DejaVu Sans", "400"},
      new String[] {"DejaVuSans-Bold.ttf", "DejaVu Sans", "700"},
      new String[] {"DejaVuSansMono.ttf", "DejaVu Sans Mono", "400"});

  static {
    // The renderer logs every CSS property it does not know at INFO on java.util.logging, which
    // would reach the person's terminal; its failures surface as exceptions anyway.
    XRLog.setLoggingEnabled(false);
  }

  private PdfReport() {}

  public static byte[] render(Report r, String name) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    write(r, name, out);
    return out.toByteArray();
  }

  public static void write(Report r, String name, OutputStream out) {
    htmlToPdf(HtmlReport.render(r, name), out);
  }

  /** Any self-contained XHTML page of Prism's as PDF (a report, an example resume). */
  static void htmlToPdf(String xhtml, OutputStream out) {
    PdfRendererBuilder b = new PdfRendererBuilder();
    b.useFastMode();
    for (String[] f : FONT_FILES) {
      File file = new File(FONTS + f[0]);
      if (file.isFile()) {
        b.useFont(file, f[1], Integer.parseInt(f[2]), PdfRendererBuilder.FontStyle.NORMAL, true);
      }
    }
    b.withHtmlContent(xhtml, null);
    b.toStream(out);
    try {
      b.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
