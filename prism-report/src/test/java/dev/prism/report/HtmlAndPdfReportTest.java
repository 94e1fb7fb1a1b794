package dev.prism.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prism.core.bullet.BulletLabel;
import dev.prism.core.report.Report;
import dev.prism.core.role.Level;
import dev.prism.core.rules.Context.AnalyzedBullet;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class HtmlAndPdfReportTest {

  @Test
  void htmlLoadsNothingFromTheNetwork() {
    String html = HtmlReport.render(Fixtures.markdown(), "resume.md");
    Matcher m = Pattern.compile("<(link|script|img|style|iframe|source|video|audio)\\b[^>]*>", Pattern.CASE_INSENSITIVE).matcher(html);
    while (m.find()) {
      assertThat(m.group()).as("network reference").doesNotContainPattern("(?i)(src|href)\\s*=\\s*[\"']?\\s*(https?:)?//");
    }
    assertThat(html).doesNotContainPattern("(?i)<(script|img|link|iframe)\\b");
    assertThat(html).doesNotContainPattern("(?i)url\\(");
    assertThat(html).doesNotContainPattern("(?i)@import");
  }

  @Test
  void resumeTextIsEscaped() throws Exception {
    // As plain text, so the tags reach the report: a Markdown reader hides them (nothing of a
    // tag is shown on a page), and so does the text reader for a .txt written in Markdown (heading
    // marks, formatting tags). This one has neither: a pasted script and a name in angle brackets
    // are its text, and must be shown, escaped.
    String plain = Fixtures.MARKDOWN.replaceAll("(?m)^#+ ", "").replace("Acme <b>Corp</b>", "Acme <Corp>")
        .replace("<img src=\"https://evil.example/x.png\">", "screenshots");
    String html = HtmlReport.render(Fixtures.check("resume.txt", plain, Level.MID), "<script>x</script>.md");
    assertThat(html).doesNotContain("<script>").doesNotContain("<Corp>").contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;Corp&gt;");
    assertThat(HtmlReport.escape("a\u0000b\uD800c\"'")).isEqualTo("a\uFFFDb\uFFFDc&quot;&#39;");
    // Well-formed XML too, since the PDF renderer parses it as such.
    DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void htmlShowsScoresBulletsFindingsAndGaps() {
    Report r = Fixtures.markdown();
    String html = HtmlReport.render(r, "resume.md");
    assertThat(html).contains(">" + r.score() + "</span>", "Service design", "Level", "Findings", "Parse");
    // It opens with the same fixes as the CLI and the page, right after the score.
    assertThat(r.priorities().topFixes()).isNotEmpty();
    assertThat(html.indexOf("Fix these first")).isBetween(html.indexOf("class=\"score\""), html.indexOf("<h2>Level</h2>"));
    r.priorities().topFixes().forEach(f -> assertThat(html).contains(HtmlReport.escape(f.title())));
    for (AnalyzedBullet b : r.bullets()) {
      assertThat(html).contains("id=\"" + b.id() + "\"", "href=\"#" + b.id() + "\"");
      if (b.analysis().suggestion() != null) {
        assertThat(html).contains(HtmlReport.escape(b.analysis().suggestion()));
      }
    }
    r.gaps().forEach(g -> assertThat(html).contains(HtmlReport.escape(g)));
    assertThat(html).contains("class=\"mark weak\"");
  }

  @Test
  void pdfOpensAndShowsTheScoreAndTheWeakestBullets() throws Exception {
    Report r = Fixtures.markdown();
    byte[] pdf = PdfReport.render(r, "resume.md");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isPositive();
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertThat(text).contains(String.valueOf(r.score()), "/100");
      List<AnalyzedBullet> weakest = r.bullets().stream().filter(b -> b.analysis().label() == BulletLabel.WEAK)
          .sorted(Comparator.comparingInt(b -> b.analysis().strength())).toList();
      assertThat(weakest).isNotEmpty();
      for (AnalyzedBullet b : weakest) {
        assertThat(text).contains(b.analysis().text().replaceAll("\\s+", " "));
      }
    }
  }
}
