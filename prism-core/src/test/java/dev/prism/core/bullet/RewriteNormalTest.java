package dev.prism.core.bullet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The rewrite check's word form by a loop gives what the pattern's replacement gave. */
class RewriteNormalTest {
  @Property(tries = 10000)
  void loopGivesWhatThePatternGives(@ForAll("texts") String s) {
    String byPattern = RewriteCheck.NOT_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    assertThat(RewriteCheck.normal(s)).as("[%s]", s).isEqualTo(byPattern);
  }

  @Property(tries = 3000)
  void anyCharacters(@ForAll String s) {
    String byPattern = RewriteCheck.NOT_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    assertThat(RewriteCheck.normal(s)).isEqualTo(byPattern);
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of("Built", "API", "x", "İ", "ß", "Σ", "é", "e\u0301", "٣", "Ⅻ", "½", "²", "_", "9", " ", "  ", ",",
            ".", "-", "[", "]", "\n", "\t", "\u00a0", "\u2003", "\uD83D\uDE00", "\uD835\uDC00", "\uD83D", "ǅ", "ʰ", "中")
        .list().ofMaxSize(12).map(pieces -> String.join("", pieces));
  }
}
