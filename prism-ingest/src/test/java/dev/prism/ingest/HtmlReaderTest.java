package dev.prism.ingest;

import static dev.prism.ingest.ReadersTest.problem;
import static dev.prism.ingest.ReadersTest.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.prism.core.ingest.UnreadableInputException;
import dev.prism.core.ingest.UnreadableInputException.Problem;
import dev.prism.core.model.Extraction;
import org.junit.jupiter.api.Test;

/** Web pages, by name or by content, and broken, empty, huge and hostile ones. */
class HtmlReaderTest {
  final Readers readers = Readers.standard();

  static final String PAGE = """
      <!DOCTYPE html>
      <html>
      <head><title>Pat Doe&rsquo;s Resume</title><script>var x = "<li>Fake</li>";</script></head>
      <body>
      \t<h1>Pat Doe</h1>
      \t<p>pat@example.com</p>
      <h2><strong>Work History</strong></h2>
      \t<h3>Globex</h3>
      \t<p><em>Backend Engineer</em></p>
      \t<p>March 2019 &ndash; Present</p>
      \t<ul>
      \t\t<li>Built the billing service</li>
      \t</ul>
      </body>
      </html>
      """;

  @Test
  void aPageIsReadByItsNameOrItsContent() throws UnreadableInputException {
    for (String name : new String[] {"cv.html", "cv.HTM", "cv.txt", "-"}) {
      Extraction x = readers.read(name, utf8(PAGE));
      assertThat(x.format()).as(name).isEqualTo("html");
      assertThat(x.text()).doesNotContain("<", "DOCTYPE", "Resume", "Fake");
      assertThat(x.text().replaceAll("\\s+", " ")).contains(" Pat Doe pat@example.com ", " March 2019 – Present - Built the billing service ");
    }
    // A text file that only mentions a tag, or opens with a comment and no page, stays text.
    assertThat(readers.read("cv.txt", utf8("Pat Doe\n<html> templates\n")).format()).isEqualTo("text");
    assertThat(readers.read("cv.txt", utf8("<!-- draft -->\nPat Doe\n")).format()).isEqualTo("text");
    assertThat(readers.read("cv.txt", utf8("\ufeff <!-- draft -->\n<html><body>Pat Doe</body></html>")).format()).isEqualTo("html");
  }

  @Test
  void aPageOnOneLineReadsLineByLineAsABrowserShowsIt() throws UnreadableInputException {
    String oneLine = PAGE.replace("\n", "").replace("\t", "");
    Extraction x = readers.read("cv.html", utf8(oneLine));
    assertThat(x.text().lines().map(l -> l.replaceAll("[*\\s]+", " ").strip()).filter(l -> !l.isEmpty()))
        .containsSubsequence("# Pat Doe", "pat@example.com", "## Work History", "### Globex", "Backend Engineer",
            "March 2019 – Present", "- Built the billing service");
  }

  @Test
  void aPageWithNoTextIsEmptyAndABrokenOneIsReadAsFarAsItGoes() throws UnreadableInputException {
    assertThat(problem(() -> readers.read("cv.html", new byte[0]))).isEqualTo(Problem.EMPTY);
    assertThat(problem(() -> readers.read("cv.html", utf8("<!DOCTYPE html><html><head><title>CV</title></head><body></body></html>"))))
        .isEqualTo(Problem.EMPTY);
    String broken = "<html><body><h1>Pat Doe</h1><p>Backend Engineer <b>Globex <ul><li>Built it";
    assertThat(readers.read("cv.html", utf8(broken)).text()).contains("Pat Doe", "Backend Engineer", "Globex", "Built it");
  }

  @Test
  void hostilePagesCostLinearTimeAndKeepTheirLength() throws UnreadableInputException {
    String[] hostile = {
      "<html>" + "<div>".repeat(200_000) + "Pat Doe",
      "<html>\n" + "<?a".repeat(300_000),
      "<html>\n" + "<!a".repeat(300_000),
      "<html>\n<head>" + "<title>".repeat(100_000) + "\nPat Doe",
      "<html>\n" + "<script>".repeat(100_000) + "Pat Doe",
    };
    for (String h : hostile) {
      byte[] bytes = utf8(h);
      try {
        assertThat(readers.read("cv.html", bytes).text()).hasSizeBetween(h.length(), 2 * h.length());
      } catch (UnreadableInputException e) {
        assertThat(e.problem()).isEqualTo(Problem.EMPTY);
      }
    }
    byte[] big = new byte[Readers.MAX_BYTES + 1];
    java.util.Arrays.fill(big, (byte) '<');
    assertThat(problem(() -> readers.read("cv.html", big))).isEqualTo(Problem.TOO_LARGE);
  }
}
