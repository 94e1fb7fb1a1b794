package dev.prism.report;

import dev.prism.core.CheckOptions;
import dev.prism.core.Prism;
import dev.prism.core.model.PartialDate;
import dev.prism.core.report.Report;
import dev.prism.core.role.Level;
import dev.prism.core.role.Roles;
import dev.prism.ingest.Readers;
import java.nio.charset.StandardCharsets;

/** Resumes for the report tests, read as the CLI reads them, checked in a fixed month. */
final class Fixtures {
  static final PartialDate TODAY = new PartialDate(2026, 11);

  /** A Markdown resume with weak bullets on known lines, and markup in its text. */
  static final String MARKDOWN = """
      # Jo <script>alert(1)</script> Tester

      jo@example.com | +44 20 7946 0999 | Leeds, UK

      ## Experience

      ### Backend Engineer | Acme <b>Corp</b> | Leeds
      Jan 2021 – Present

      - Responsible for backend.
      - Built the orders REST API in Java over PostgreSQL, serving 2K requests per second at 40 ms p99.
      - Helped with various things like <img src="https://evil.example/x.png"> and tickets.

      ## Skills

      - **Languages:** Java, COBOL
      - **Storage:** PostgreSQL

      ## Education

      BSc Computer Science | University of Leeds | 2016 – 2020
      """;

  private Fixtures() {}

  static Report check(String name, String text, Level target) {
    try {
      return Prism.standard().check(Readers.standard().read(name, text.getBytes(StandardCharsets.UTF_8)),
          new CheckOptions(Roles.DEFAULT, target, TODAY));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static Report markdown() {
    return check("resume.md", MARKDOWN, Level.MID);
  }

  /** 1-based line of the first line containing {@code needle}. */
  static int lineOf(String text, String needle) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(needle)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line contains " + needle);
  }
}
