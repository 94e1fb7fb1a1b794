package dev.prism.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Where the screen finds no short inner word, the institution-name pattern matches nothing. */
class InstitutionScreenTest {
  @Property(tries = 10000)
  void noMatchWhereTheScreenSaysNone(@ForAll("names") String s) {
    if (!Parts.hasShortInnerWord(s)) {
      assertThat(Parts.INSTITUTION_NAME.matcher(s).matches()).as("[%s]", s).isFalse();
    }
  }

  @Property(tries = 5000)
  void sayMaybeWhereThePatternMatches(@ForAll("names") String s) {
    if (Parts.INSTITUTION_NAME.matcher(s).matches()) {
      assertThat(Parts.hasShortInnerWord(s)).as("[%s]", s).isTrue();
    }
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.of("Bank", "Department", "Transit", "of", "OF", "Of", "for", "FÜR", "für", "de", "Del", "des", "du",
            "der", "di", "do", "da", "the", "and", "&", " ", "  ", "\t", "\n", "\u00a0", "x", "ab", "abc", "Ab", "ſ", "K")
        .list().ofMinSize(1).ofMaxSize(9).map(pieces -> String.join("", pieces));
  }
}
