package dev.prism.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A role's level suffix ("Engineer II", "Developer 3") is looked for only where its last characters allow one. */
class LevelSuffixPrecheckTest {

  @Property(tries = 5000)
  void whereThePrecheckSaysNoTheSuffixPatternFindsNothing(@ForAll("titles") String lower) {
    if (!Parts.mayEndInLevel(lower)) {
      assertThat(Parts.LEVEL_SUFFIX.matcher(lower).find()).isFalse();
    }
  }

  @Example
  void suffixesBeforeAFinalLineBreakAreStillSeen() {
    assertThat(Parts.mayEndInLevel("engineer ii")).isTrue();
    assertThat(Parts.mayEndInLevel("engineer 3\r\n")).isTrue();
    assertThat(Parts.LEVEL_SUFFIX.matcher("engineer 3\r\n").find()).isTrue();
    assertThat(Parts.mayEndInLevel("engineer")).isFalse();
    assertThat(Parts.isRole("Software Engineer II")).isTrue();
  }

  @Provide
  Arbitrary<String> titles() {
    return Arbitraries.strings().withChars("ivxl0123 &/,-eng\n\r\u0085\u2028").ofMaxLength(14);
  }
}
