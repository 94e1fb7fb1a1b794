package dev.prism.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prism.core.model.Extraction;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A box drawn in text reads as its lines; a Markdown table's rows keep their bars. */
class BoxLinesTest {

  private static List<Line> lines(String text) {
    return Line.tag(Extraction.plain(text, "text"));
  }

  @Test
  void aBoxsSidesAndBordersHoldNothing() {
    List<Line> l = lines("+----------------+\n| -   Built it   |\n+================+\n");
    assertThat(l.get(0).rule()).isTrue();
    assertThat(l.get(1).content()).isEqualTo("Built it");
    assertThat(l.get(1).bullet()).isTrue();
    assertThat(l.get(2).rule()).isTrue();
  }

  @Test
  void aTableRowOfSeveralCellsKeepsItsBars() {
    List<Line> l = lines("| - | Built the ledger service | - |\n");
    assertThat(l.get(0).content()).isEqualTo("| - | Built the ledger service | - |");
    assertThat(l.get(0).bullet()).isFalse();
  }
}
