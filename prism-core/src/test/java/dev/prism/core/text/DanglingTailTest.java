package dev.prism.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Looking for a dangling comma or joining word in a bullet's last characters finds what find() over the whole does. */
class DanglingTailTest {
  @Property(tries = 10000)
  void tailGivesWhatTheWholeGives(@ForAll("bullets") String s) {
    assertThat(LineShapes.dangling(s)).as("[%s]", s).isEqualTo(LineShapes.DANGLING.matcher(s).find());
  }

  @Provide
  Arbitrary<String> bullets() {
    return Arbitraries.of("Built", "x", "a", "an", "And", "OR", "across", "ACROSS", "using", "via", "into", "the", "from",
            "band", "_", "9", "é", " ", "  ", ",", ".", "-", "\n", "\r\n", "\r", "\u0085", "\u2028", "\t", "ing")
        .list().ofMaxSize(12).map(pieces -> String.join("", pieces));
  }
}
