package dev.prism.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prism.core.ingest.UnreadableInputException;
import dev.prism.core.ingest.UnreadableInputException.Problem;
import dev.prism.core.model.Extraction;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Broken, empty, huge and hostile input for the text readers and the reader registry. */
class ReadersTest {
  final Readers readers = Readers.standard();

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static Problem problem(ThrowingRead r) {
    try {
      r.run();
    } catch (UnreadableInputException e) {
      assertThat(e.getMessage()).doesNotContain("\n").isNotBlank();
      return e.problem();
    }
    throw new AssertionError("expected an UnreadableInputException");
  }

  interface ThrowingRead {
    void run() throws UnreadableInputException;
  }

  @Test
  void picksReadersByNameAndContent() throws UnreadableInputException {
    assertThat(readers.read("cv.md", utf8("# Jo\n")).format()).isEqualTo("markdown");
    assertThat(readers.read("cv.txt", utf8("Jo\n")).format()).isEqualTo("text");
    assertThat(readers.read("-", utf8("{\"basics\":{\"name\":\"Jo\"}}")).format()).isEqualTo("json-resume");
    assertThat(readers.read("README", utf8("Jo\n")).format()).isEqualTo("text");
  }

  @Test
  void aTextFileWrittenInMarkdownIsReadAsMarkdownAndPlainTextStaysAsItIs() throws UnreadableInputException {
    // A resume kept as "resume.txt" but written in Markdown with inline HTML (as pandoc leaves it):
    // the tags and marks are no text of the page, and none reaches a field.
    String md = "Jordan Lee\n==========\n\nEmployment History\n------------------\n\n"
        + "### Globex, 2019-present<br> (Springfield)\n\n***Payments Team***<br>\n\n*Senior Software Engineer*\n\n"
        + "-   Built the <a href=\"https://globex.example/pay\">billing service</a> that charges every customer.\n";
    Extraction e = readers.read("resume.txt", utf8(md));
    assertThat(e.format()).isEqualTo("text");
    assertThat(e.text()).hasSize(md.length()).doesNotContain("<br>", "<a ", "</a>");
    var jobs = dev.prism.core.text.Segmenter.segment(e).sections().stream()
        .filter(s -> s.kind() == dev.prism.core.model.SectionKind.EXPERIENCE).findFirst().orElseThrow().entries();
    assertThat(jobs).extracting(j -> j.organization().value()).containsExactly("Globex");
    assertThat(jobs.get(0).bullets()).extracting(b -> b.text()).noneMatch(t -> t.contains("<") || t.contains("href"));
    // Plain text that only mentions brackets, hashes and tags by their names is left exactly as
    // written: a front-end developer lists the elements they know.
    String plain = "Jordan Lee\nC# and Queue<Event> for 3 years, a <3 of mine\n"
        + "HTML5 (<canvas>, <video>, <table>), the <button> and <a> elements\nReplaced <div> soup with <nav> and <main>\n";
    assertThat(readers.read("resume.txt", utf8(plain)).text()).isEqualTo(plain);
    // A line of unclosed brackets is read at once, not tried as a link from every bracket.
    String brackets = "Jordan Lee\n" + "[".repeat(60_000) + "\n";
    assertThat(readers.read("resume.txt", utf8(brackets)).text()).isEqualTo(brackets);
  }

  @Test
  void emptyAndBlankInputHasNoText() {
    assertThat(problem(() -> readers.read("cv.txt", new byte[0]))).isEqualTo(Problem.EMPTY);
    assertThat(problem(() -> readers.read("cv.txt", utf8(" \n\t \r\n")))).isEqualTo(Problem.EMPTY);
    assertThat(problem(() -> readers.read("cv.md", utf8("\ufeff  ")))).isEqualTo(Problem.EMPTY);
    assertThat(problem(() -> readers.read("cv.md", utf8("<br>\n<!-- todo -->\n<div></div>\n")))).isEqualTo(Problem.EMPTY);
  }

  @Test
  void binaryPosingAsTextIsRefused() {
    byte[] junk = new byte[4096];
    new java.util.Random(7).nextBytes(junk);
    assertThat(problem(() -> readers.read("cv.txt", junk))).isEqualTo(Problem.CORRUPT);
  }

  @Test
  void oversizeInputIsRefusedBeforeReading() {
    byte[] big = new byte[Readers.MAX_BYTES + 1];
    java.util.Arrays.fill(big, (byte) 'a');
    assertThatThrownBy(() -> readers.read("cv.txt", big)).isInstanceOf(UnreadableInputException.class)
        .hasMessage("the file is 5 MiB; the limit is 5 MiB")
        .extracting(e -> ((UnreadableInputException) e).problem()).isEqualTo(Problem.TOO_LARGE);
  }

  @Test
  void unsupportedTypesNameTheSupportedOnes() {
    assertThatThrownBy(() -> readers.read("photo.png", new byte[] {1, 2, 3}))
        .hasMessageStartingWith("unsupported file type 'photo.png'; Prism reads ");
  }

  @Test
  void windows1252AndCrLfAreNormalised() throws UnreadableInputException {
    byte[] cp1252 = "Jos\u00e9 P\u00e9rez\r\nExperience\r\n".getBytes(java.nio.charset.Charset.forName("windows-1252"));
    Extraction x = readers.read("cv.txt", cp1252);
    assertThat(x.text()).isEqualTo("José Pérez\nExperience\n");
  }

  @Test
  void hostileTextIsJustText() throws UnreadableInputException {
    String hostile = "<script>alert(1)</script>\n'; DROP TABLE resumes; --\n" + "A".repeat(100_000) + "\n\u202eevil\u202c";
    Extraction x = readers.read("cv.txt", utf8(hostile));
    assertThat(x.text()).contains("<script>");
  }
}
