package dev.prism.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prism.core.model.Entry;
import dev.prism.core.model.Field;
import dev.prism.core.model.Resume;
import dev.prism.core.model.SectionKind;
import dev.prism.core.text.Segmenter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/** One resume written as LaTeX, as a Word document and as a PDF parses into the same structure. */
class TwinsTest {
  private static final String[][] JOBS = {
    {"Senior Backend Engineer", "Harbor Pay", "Apr 2020", "Present", "Cut p99 latency of the ledger API from 180 ms to 35 ms"},
    {"Backend Engineer", "Cobalt Retail", "Jun 2018", "Mar 2020", "Built the catalog search service serving 1.2M queries per day"},
  };

  private static String latex() {
    StringBuilder b = new StringBuilder("\\documentclass{article}\n\\begin{document}\n"
        + "\\begin{center}\\textbf{\\Huge Dana Whitfield} \\\\ dana@example.com $|$ +1 555 014 7788\\end{center}\n"
        + "\\section{Experience}\n\\resumeSubHeadingListStart\n");
    for (String[] j : JOBS) {
      b.append("\\resumeSubheading{").append(j[0]).append("}{").append(j[2]).append(" -- ").append(j[3])
          .append("}{").append(j[1]).append("}{Seattle, WA}\n\\resumeItemListStart\\resumeItem{").append(j[4])
          .append("}\\resumeItemListEnd\n");
    }
    b.append("\\resumeSubHeadingListEnd\n\\section{Education}\n\\resumeSubheading{Oregon State University}{Corvallis, OR}"
        + "{BSc Computer Science}{2014 -- 2018}\n\\end{document}\n");
    return b.toString();
  }

  private static byte[] docx() throws Exception {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText("Dana Whitfield");
      doc.createParagraph().createRun().setText("dana@example.com | +1 555 014 7788");
      heading(doc, "Experience");
      for (String[] j : JOBS) {
        doc.createParagraph().createRun().setText(j[0] + "  " + j[2] + " – " + j[3]);
        doc.createParagraph().createRun().setText(j[1] + "  Seattle, WA");
        doc.createParagraph().createRun().setText("- " + j[4]);
      }
      heading(doc, "Education");
      doc.createParagraph().createRun().setText("Oregon State University  Corvallis, OR");
      doc.createParagraph().createRun().setText("BSc Computer Science  2014 – 2018");
      doc.write(out);
      return out.toByteArray();
    }
  }

  private static void heading(XWPFDocument doc, String text) {
    XWPFParagraph h = doc.createParagraph();
    h.setStyle("Heading1");
    h.createRun().setText(text);
  }

  /** Contact, then per entry: title | organisation | location | start | end | bullets. */
  private static List<String> shape(Resume r) {
    List<String> out = new java.util.ArrayList<>();
    out.add(v(r.contact().name()) + " | " + v(r.contact().email()) + " | " + v(r.contact().phone()));
    for (SectionKind k : List.of(SectionKind.EXPERIENCE, SectionKind.EDUCATION)) {
      for (Entry e : r.sections(k).flatMap(s -> s.entries().stream()).toList()) {
        out.add(k + ": " + v(e.title()) + " | " + v(e.organization()) + " | " + v(e.location()) + " | "
            + (e.dates() == null ? "-" : e.dates().start().iso() + " " + (e.dates().present() ? "present" : e.dates().end() == null ? "" : e.dates().end().iso()))
            + " | " + e.bullets().stream().map(b -> b.text()).toList());
      }
    }
    return out;
  }

  private static String v(Field f) {
    return f == null ? "-" : f.value();
  }

  @Test
  void latexAndDocxTwinsParseTheSame() throws Exception {
    Resume fromLatex = Segmenter.segment(new LatexReader().read(latex().getBytes(StandardCharsets.UTF_8)));
    Resume fromDocx = Segmenter.segment(new DocxReader().read(docx()));
    List<String> expected = shape(fromLatex);
    assertThat(expected).contains(
        "EXPERIENCE: Senior Backend Engineer | Harbor Pay | Seattle, WA | 2020-04 present | [Cut p99 latency of the ledger API from 180 ms to 35 ms]");
    assertThat(shape(fromDocx)).isEqualTo(expected);
  }
}
