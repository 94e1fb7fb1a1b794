package dev.prism.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prism.core.model.Extraction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A fuzzing finding (bench/fuzz.sh, a hang): a macro whose arguments are dropped, followed by an
 * optional argument that never closes ("\vspace[2pt" with no "]"), looped forever: skipping the
 * argument gave up without moving, and the loop found the same bracket again. Skipping now moves
 * past an unclosed bracket, and each look ahead for a closing bracket is bounded.
 */
class LatexLookaheadTest {
  final Readers readers = new Readers(List.of(new LatexReader()), Duration.ofSeconds(10));

  static byte[] tex(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aDroppedMacroWithAnUnclosedOptionalArgumentEnds() throws Exception {
    Extraction x = readers.read("cv.tex", tex("\\section{Experience}\nBackend Engineer\n\\vspace[2pt\nBuilt an API\n"));
    assertThat(x.text()).contains("Experience", "Backend Engineer");
  }

  @Test
  void manyUnclosedBracketsEndWithinTheDeadline() {
    // A hundred thousand unclosed brackets: the reading ends, with the text or with a clear
    // refusal, inside the readers' deadline (the readers throw once it passes).
    try {
      Extraction x = readers.read("cv.tex", tex("\\section{Experience}\n" + "\\item[x \\textbf{y} ".repeat(100_000)));
      assertThat(x.text()).contains("Experience");
    } catch (dev.prism.core.ingest.UnreadableInputException e) {
      assertThat(e.getMessage()).doesNotContain("took longer than").isNotBlank();
    }
  }
}
