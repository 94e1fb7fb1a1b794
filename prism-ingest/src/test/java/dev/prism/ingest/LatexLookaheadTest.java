package dev.prism.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prism.core.ingest.UnreadableInputException;
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
    // A bracket that never closes opens no argument: the text after it is not swallowed.
    assertThat(x.text()).contains("Built an API");
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

  @Test
  void manyItemsWithGroupsThatNeverCloseEndWithinTheDeadline() {
    // An item's groups are looked ahead at (an event list's "\item{dates}{employer}{role}"): a
    // hundred thousand items whose second group never closes end inside the deadline too.
    try {
      Extraction x = readers.read("cv.tex", tex("\\section{Experience}\n" + "\\item{x} {y ".repeat(100_000)));
      assertThat(x.text()).contains("Experience");
    } catch (dev.prism.core.ingest.UnreadableInputException e) {
      assertThat(e.getMessage()).doesNotContain("took longer than").isNotBlank();
    }
  }

  @Test
  void aDelimitedMacroWhoseDelimiterNeverComesIsRefusedRatherThanScannedAtEveryUse() {
    // A profile of the LaTeX fuzz target: each use of a macro with a delimited parameter looks
    // ahead for the delimiter and, when it never comes, gives everything back; used at every
    // token, the looking grew with the square of the source (1.7 s for 32 KiB, tens of seconds for a few
    // hundred). The looking in vain is now bounded like expansion, so this source is refused.
    String source = "\\def\\f#1.#2!{#1#2}\n\\section{Experience}\n" + "\\f a".repeat(16_000);
    assertThatThrownBy(() -> readers.read("cv.tex", tex(source)))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessageContaining("delimiter never comes");
  }

  @Test
  void aDelimitedMacroUsedAtEveryLineWithItsDelimiterStillReads() throws Exception {
    // The bound counts only what is given back: uses that find their delimiter cost nothing of it.
    String source = "\\def\\skill#1.{#1, }\n\\section{Skills}\n" + "\\skill Kafka.\n".repeat(20_000);
    Extraction x = readers.read("cv.tex", tex(source));
    assertThat(x.text()).contains("Skills", "Kafka, Kafka");
  }
}
