package dev.prism.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The loop that tells whether a header piece holds a letter answers as the pattern it replaced. */
class AnyLetterTest {
  @Property(tries = 10000)
  void loopAnswersAsThePattern(@ForAll("pieces") String s) {
    assertThat(Parts.anyLetter(s)).as("[%s]", s).isEqualTo(Parts.ANY_LETTER.matcher(s).matches());
  }

  @Property(tries = 3000)
  void anyCharacters(@ForAll String s) {
    assertThat(Parts.anyLetter(s)).isEqualTo(Parts.ANY_LETTER.matcher(s).matches());
  }

  @Provide
  Arbitrary<String> pieces() {
    return Arbitraries.of("Acme", "x", "é", "中", "ʰ", "\uD835\uDC00", "\uD83D\uDE00", "\uD83D", "9", "-", " ", "(", ")",
            "\n", "\r", "\r\n", "\u0085", "\u2028", "\u2029", "\t", "\u000B", "\f", "\u00a0", "Ⅻ", "½")
        .list().ofMaxSize(8).map(pieces -> String.join("", pieces));
  }
}
