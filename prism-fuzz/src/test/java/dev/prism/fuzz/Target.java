package dev.prism.fuzz;

import dev.prism.core.ingest.ResumeReader;
import dev.prism.ingest.DocxReader;
import dev.prism.ingest.HtmlReader;
import dev.prism.ingest.JsonResumeReader;
import dev.prism.ingest.LatexReader;
import dev.prism.ingest.MarkdownReader;
import dev.prism.ingest.TextReader;
import dev.prism.ingest.pdf.PdfReader;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Every fuzz target: each reader, and the job-description parser (text or JSON job). */
enum Target {
  PDF(new PdfReader()),
  DOCX(new DocxReader()),
  LATEX(new LatexReader()),
  MARKDOWN(new MarkdownReader()),
  HTML(new HtmlReader()),
  TEXT(new TextReader()),
  JSON_RESUME(new JsonResumeReader()),
  JOB_DESCRIPTION(null);

  private final ResumeReader reader;

  Target(ResumeReader reader) {
    this.reader = reader;
  }

  void run(byte[] data) {
    if (reader == null) {
      Fuzz.jobDescription(data);
    } else {
      Fuzz.read(reader, data);
    }
  }

  /**
   * Runs the target once on its valid seed: loading and instrumenting the library behind it takes
   * seconds on the first input, which libFuzzer would otherwise report as a hang.
   */
  void warm() {
    try {
      for (byte[] seed : Seeds.of(this)) {
        run(seed);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
