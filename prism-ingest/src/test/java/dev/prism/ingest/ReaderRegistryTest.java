package dev.prism.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.prism.core.ingest.ResumeReader;
import dev.prism.core.ingest.UnreadableInputException;
import dev.prism.core.ingest.UnreadableInputException.Problem;
import dev.prism.core.model.Extraction;
import dev.prism.ingest.eval.ParseEvaluation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReaderRegistryTest {

  @Test
  void picksReadersByNameAndByContent() throws Exception {
    Readers readers = Readers.standard();
    assertThat(readers.formats()).contains("pdf", "docx", "latex");
    assertThat(readers.read("resume.pdf", Samples.resumePdf()).format()).isEqualTo("pdf");
    assertThat(readers.read("-", Samples.resumePdf()).format()).isEqualTo("pdf");
    assertThat(readers.read("upload", Samples.docx(false)).format()).isEqualTo("docx");
    assertThat(readers.read("cv.tex", "\\section{Skills}\nJava".getBytes()).format()).isEqualTo("latex");
  }

  /** A text reader whose reading is the given behaviour. */
  private static ResumeReader textReader(java.util.function.Supplier<Extraction> behaviour) {
    return new ResumeReader() {
      @Override
      public String format() {
        return "text";
      }

      @Override
      public boolean accepts(String fileName, byte[] head) {
        return true;
      }

      @Override
      public Extraction read(byte[] bytes) {
        return behaviour.get();
      }
    };
  }

  @Test
  void aReaderThatNeverFinishesIsCutOff() {
    ResumeReader stuck = textReader(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        Thread.onSpinWait();
      }
      throw new IllegalStateException("interrupted");
    });
    Readers readers = new Readers(List.of(stuck), Duration.ofMillis(200));
    assertThatThrownBy(() -> readers.read("cv.txt", "x".getBytes()))
        .isInstanceOfSatisfying(UnreadableInputException.class, u -> assertThat(u.problem()).isEqualTo(Problem.CORRUPT));
  }

  @Test
  void aReaderThatThrowsSomethingElseIsARefusal() {
    ResumeReader broken = textReader(() -> {
      throw new StackOverflowError();
    });
    assertThatThrownBy(() -> new Readers(List.of(broken)).read("cv.txt", "x".getBytes()))
        .isInstanceOfSatisfying(UnreadableInputException.class, u -> assertThat(u.problem()).isEqualTo(Problem.CORRUPT));
  }

  @Test
  void corpusMeetsTheParseFloors() {
    Path corpus = Path.of("../../shared/corpus");
    assumeTrue(Files.isDirectory(corpus.resolve("pdf")), "shared corpus not present");
    StringWriter out = new StringWriter();
    boolean ok = ParseEvaluation.run(corpus, new PrintWriter(out));
    assertThat(ok).as(out.toString()).isTrue();
  }
}
