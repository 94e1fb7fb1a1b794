package dev.prism.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Seed inputs for each fuzz target, written by the project (an invented resume in every format),
 * so the fuzzer starts from valid documents rather than from nothing. {@code bench/fuzz.sh} writes
 * them next to the shared corpus; the committed seeds under {@code src/test/resources} were made by
 * the same code: {@code Seeds DIR} writes one directory per target class.
 */
final class Seeds {
  static final List<String> LINES = List.of(
      "Robin Vale", "robin.vale@example.org | +1 555 0147 | Porto",
      "EXPERIENCE", "Senior Backend Engineer, Larkspur Freight, 2019 - Present",
      "- Cut p99 latency of the quote API from 310 ms to 80 ms with a Redis cache",
      "- Led the move of 14 services to Kafka events across 2 regions",
      "SKILLS", "Java, Go, PostgreSQL, Kafka, Kubernetes",
      "EDUCATION", "BSc Computer Science, University of Lisbon, 2011 - 2015");

  private Seeds() {}

  /**
   * The valid seeds of one target. Only that target's are built: making the PDF and DOCX seeds loads
   * (and, under the fuzzer, instruments) PDFBox and POI, seconds of start-up a text target never needs.
   */
  static List<byte[]> of(Target t) throws IOException {
    return switch (t) {
      case PDF -> List.of(pdf());
      case DOCX -> List.of(docx());
      case LATEX -> List.of(utf8(LATEX));
      case MARKDOWN -> List.of(utf8(MARKDOWN));
      case HTML -> List.of(utf8(HTML));
      case TEXT -> List.of(utf8(String.join("\n", LINES) + "\n"));
      case JSON_RESUME -> List.of(utf8(JSON_RESUME));
      case JOB_DESCRIPTION -> List.of(utf8("\0" + JOB), utf8("\1" + JOB_JSON));
    };
  }

  private static final String MARKDOWN = "# Robin Vale\n\nrobin.vale@example.org\n\n## Experience\n\n### Senior Backend Engineer, Larkspur Freight\n"
      + "2019 - Present\n\n- Cut p99 latency of the quote API from 310 ms to 80 ms\n\n## Skills\n\nJava, Go, PostgreSQL\n";
  private static final String HTML = "<!DOCTYPE html><html><head><title>CV</title></head><body><h1>Robin Vale</h1>"
      + "<p>robin.vale@example.org</p><h2>Experience</h2><h3>Senior Backend Engineer, Larkspur Freight</h3><p>2019 &ndash; Present</p>"
      + "<ul><li>Cut p99 latency of the quote API from 310 ms to 80 ms</li></ul><h2>Skills</h2><p>Java, Go</p></body></html>\n";
  private static final String LATEX = "\\documentclass{article}\n\\begin{document}\n\\section{Experience}\n"
      + "\\resumeSubheading{Larkspur Freight}{Porto}{Senior Backend Engineer}{2019 -- Present}\n"
      + "\\begin{itemize}\\item Cut p99 latency from 310 ms to 80 ms with \\textbf{Redis}\n"
      + "\\item Led the move to \\href{https://example.org}{Kafka}\\end{itemize}\n\\section{Skills}\nJava, Go\n\\end{document}\n";
  private static final String JSON_RESUME = "{\"basics\":{\"name\":\"Robin Vale\",\"email\":\"robin.vale@example.org\"},\"work\":[{\"name\":\"Larkspur Freight\","
      + "\"position\":\"Senior Backend Engineer\",\"startDate\":\"2019-03\",\"highlights\":[\"Cut p99 latency from 310 ms to 80 ms\"]}],"
      + "\"skills\":[{\"name\":\"Storage\",\"keywords\":[\"PostgreSQL\",\"Redis\"]}]}";
  private static final String JOB = "Backend Engineer\nRequirements:\n- 5+ years with Java or Go\n- PostgreSQL and Kafka in production\n"
      + "Nice to have:\n- Kubernetes\nWe offer a pension plan.\n";
  private static final String JOB_JSON = "{\"title\":\"Backend Engineer\",\"company\":\"Larkspur\",\"qualifications\":[\"Java\",\"PostgreSQL\"],"
      + "\"skills\":[{\"name\":\"Storage\",\"keywords\":[\"Kafka\"]}]}";

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] pdf() throws IOException {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      doc.addPage(page);
      PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        float y = 740;
        for (String line : LINES) {
          boolean heading = line.equals(line.toUpperCase(java.util.Locale.ROOT));
          cs.beginText();
          cs.setFont(heading ? bold : regular, heading ? 12 : 10);
          cs.newLineAtOffset(72, y);
          cs.showText(line);
          cs.endText();
          y -= 18;
        }
      }
      doc.save(out);
      return out.toByteArray();
    }
  }

  static byte[] docx() throws IOException {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String line : LINES) {
        doc.createParagraph().createRun().setText(line);
      }
      doc.write(out);
      return out.toByteArray();
    }
  }

  /** Writes DIR/CLASS/seed for each target (the JSON job as seed-json under the job-description target). */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    for (Target t : Target.values()) {
      String name = switch (t) {
        case PDF -> "PdfFuzzTest";
        case DOCX -> "DocxFuzzTest";
        case LATEX -> "LatexFuzzTest";
        case MARKDOWN -> "MarkdownFuzzTest";
        case HTML -> "HtmlFuzzTest";
        case TEXT -> "TextFuzzTest";
        case JSON_RESUME -> "JsonResumeFuzzTest";
        case JOB_DESCRIPTION -> "JobDescriptionFuzzTest";
      };
      Path d = Files.createDirectories(dir.resolve(name));
      List<byte[]> seeds = of(t);
      for (int i = 0; i < seeds.size(); i++) {
        Files.write(d.resolve(i == 0 ? "seed" : "seed-json"), seeds.get(i));
      }
    }
  }
}
