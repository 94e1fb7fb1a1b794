package dev.prism.core.bullet;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A rewrite's tail holds only placeholders by the walk exactly where the pattern's replacement left no word. */
class RewriteCheckTailTest {
  @Property(tries = 10000)
  void walkAnswersAsThePattern(@ForAll("tails") String tail) {
    boolean byPattern = RewriteCheck.normal(RewriteCheck.PLACEHOLDER.matcher(tail).replaceAll(" ")).isEmpty();
    assertThat(RewriteCheck.slotsOnly(tail)).as("[%s]", tail).isEqualTo(byPattern);
  }

  @Property(tries = 3000)
  void anyCharacters(@ForAll String tail) {
    boolean byPattern = RewriteCheck.normal(RewriteCheck.PLACEHOLDER.matcher(tail).replaceAll(" ")).isEmpty();
    assertThat(RewriteCheck.slotsOnly(tail)).isEqualTo(byPattern);
  }

  @Provide
  Arbitrary<String> tails() {
    return Arbitraries.of("[", "]", "[at what scale]", "[how]", "x", "İ", "Σ", "٣", "Ⅻ", "½", "Ⓐ", " ", ".", ",", ":", "-",
            "\uD83D\uDE00", "\uD835\uDC00", "\uD83D", "ʰ", "中", "\u0307")
        .list().ofMaxSize(10).map(pieces -> String.join("", pieces));
  }
}
