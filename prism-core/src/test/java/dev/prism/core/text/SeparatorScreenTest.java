package dev.prism.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A header cell is searched for separators only where the screen says one may stand: where it says
 * none can, neither separator pattern finds one in that range.
 */
class SeparatorScreenTest {
  @Property(tries = 5000)
  void noSeparatorWhereTheScreenSaysNone(@ForAll("cells") String cell, @ForAll int from, @ForAll int to) {
    int a = Math.floorMod(from, cell.length() + 1);
    int b = a + Math.floorMod(to, cell.length() - a + 1);
    if (!Parts.mayHoldSeparator(cell, a, b)) {
      assertThat(Parts.SEPARATOR.matcher(cell).region(a, b).find()).as("[%s] %d-%d", cell, a, b).isFalse();
      assertThat(Parts.PUBLICATION_SEPARATOR.matcher(cell).region(a, b).find()).isFalse();
    }
  }

  @Property(tries = 2000)
  void sayMaybeWhereAPatternFindsOne(@ForAll("cells") String cell) {
    if (Parts.SEPARATOR.matcher(cell).find() || Parts.PUBLICATION_SEPARATOR.matcher(cell).find()) {
      assertThat(Parts.mayHoldSeparator(cell, 0, cell.length())).as(cell).isTrue();
    }
  }

  @Provide
  Arbitrary<String> cells() {
    // Header-like text made of pieces: words, the separators' characters, white space of every kind.
    return Arbitraries.of("Acme", "a", "at", "t", "b", " ", "|", "¦", "•", "·", "-", "–", "—", ":", "@", ",", "(", ")", "\t",
            "\n", "\u000B", "\f", "\r", "\u00a0", "\u2003")
        .list().ofMaxSize(10).map(pieces -> String.join("", pieces));
  }
}
