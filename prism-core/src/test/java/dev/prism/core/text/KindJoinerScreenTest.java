package dev.prism.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A part is split at the joiners of two kinds of employment only where the screen says a joiner may
 * stand: where it says none can, the pattern finds nothing, so the split would give the part whole.
 */
class KindJoinerScreenTest {
  @Property(tries = 5000)
  void noJoinerWhereTheScreenSaysNone(@ForAll("parts") String part) {
    if (!Parts.KIND_JOINER_SCREEN.foundIn(part)) {
      assertThat(Parts.KIND_JOINER.matcher(part).find()).as(part).isFalse();
      assertThat(Parts.KIND_JOINER.split(part.strip())).as(part).hasSizeLessThan(2);
    }
  }

  @Example
  void joinedKindsStillRead() {
    assertThat(Parts.isEmploymentKind("Internship & Full-time")).isTrue();
    assertThat(Parts.isEmploymentKind("Stage ET CDI")).isTrue();
    assertThat(Parts.isEmploymentKind("Full-time")).isTrue();
    assertThat(Parts.isEmploymentKind("Acme Corp")).isFalse();
  }

  @Provide
  Arbitrary<String> parts() {
    // Header-like text made of pieces: the joiners' words and characters, their letters apart, cases and spaces.
    return Arbitraries.of("Full-time", "Stage", "CDI", "a", "A", "nd", "ND", "e", "E", "t", "T", "u", "U", "y", "Y", "then",
            "THEN", "hen", "&", "+", "/", " ", "\t", "\u00a0", "-", "İ", "ı", "\u212a")
        .list().ofMaxSize(8).map(pieces -> String.join("", pieces));
  }
}
