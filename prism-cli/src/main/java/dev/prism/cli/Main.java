package dev.prism.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The process entry point: everything else is testable without exiting the JVM. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // Before any command: PDFBox also serves the PDF reports and example resumes, which must not
    // scan the system's fonts or log either.
    dev.prism.ingest.pdf.PdfBoxSettings.apply();
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    boolean tty = System.console() != null && System.getenv("NO_COLOR") == null && !"dumb".equals(System.getenv("TERM"));
    int code = new PrismCli(System.in, out, err, tty).run(args);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
