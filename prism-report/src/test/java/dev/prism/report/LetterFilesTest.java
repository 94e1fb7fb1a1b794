package dev.prism.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prism.core.letter.CoverLetter;
import dev.prism.core.letter.Tone;
import dev.prism.core.model.Extraction;
import dev.prism.core.model.Mark;
import dev.prism.ingest.Readers;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cover letters as DOCX and PDF, read back by Prism's own readers. */
class LetterFilesTest {
  private static final CoverLetter LETTER = new CoverLetter(Tone.DIRECT, "Quillmark", "Backend Engineer", List.of(
      "Hello Quillmark team,",
      "You are hiring for the Backend Engineer role and ask for Kafka and PostgreSQL.",
      "Relevant results:\n- Kafka: At Harbourline, I moved carrier events onto Kafka.\n- PostgreSQL: At Harbourline, I built the tracking API.",
      "Best,\nTomas Verhoeven"), List.of());

  @Test
  void wordKeepsParagraphsLinesAndListItemsApart() throws Exception {
    Extraction x = Readers.standard().read("letter.docx", LetterFiles.docx(LETTER));
    List<String> lines = x.text().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    // Each line of the letter is a line of its own: two achievements never run together.
    assertThat(lines).containsSubsequence("Hello Quillmark team,", "Relevant results:",
        "Kafka: At Harbourline, I moved carrier events onto Kafka.", "PostgreSQL: At Harbourline, I built the tracking API.", "Best,",
        "Tomas Verhoeven");
    assertThat(x.layout().lines().stream().filter(l -> l.has(Mark.LIST_ITEM))).hasSize(2);
  }

  @Test
  void pdfHasTheLetterAsText() throws Exception {
    byte[] pdf = LetterFiles.pdf(LETTER);
    assertThat(pdf).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    String text = Readers.standard().read("letter.pdf", pdf).text();
    assertThat(text.lines().map(String::strip)).contains("Hello Quillmark team,", "Best,", "Tomas Verhoeven");
    assertThat(text).contains("I moved carrier events onto Kafka.").doesNotContain("Kafka. PostgreSQL:");
  }

  @Test
  void markupAndForbiddenCharactersAreText() throws Exception {
    CoverLetter hostile = new CoverLetter(Tone.FORMAL, null, null, List.of("Dear <b>team</b> & co \u0001,", "</p><script>x</script>"),
        List.of());
    assertThat(Readers.standard().read("letter.docx", LetterFiles.docx(hostile)).text()).contains("Dear <b>team</b> & co \uFFFD,",
        "</p><script>x</script>");
    assertThat(Readers.standard().read("letter.pdf", LetterFiles.pdf(hostile)).text()).contains("<b>team</b> & co", "<script>x</script>");
  }
}
