package dev.prism.core.bullet;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The rewriter runs three of its patterns only where a plain scan finds what they need; wherever the
 * scan says no, the pattern finds nothing, so skipping it changes no draft.
 */
class RewriterPrecheckTest {

  @Property(tries = 5000)
  void whereTheScanSaysNoThePatternFindsNothing(@ForAll("drafts") String s) {
    if (!Rewriter.spaceRun(s)) {
      assertThat(Rewriter.SPACES.matcher(s).find()).isFalse();
    }
    if (!Rewriter.spaceBeforeStop(s)) {
      assertThat(Rewriter.SPACE_BEFORE_PUNCT.matcher(s).find()).isFalse();
    }
    if (!Rewriter.holdsEtc(s)) {
      assertThat(Rewriter.ETC.matcher(s).find()).isFalse();
    }
  }

  @Example
  void theScansSayYesWhereThePatternsMatch() {
    assertThat(Rewriter.spaceRun("a \t b")).isTrue();
    assertThat(Rewriter.spaceRun("a b\u00a0 c")).isFalse();
    assertThat(Rewriter.spaceBeforeStop("cut costs , then")).isTrue();
    assertThat(Rewriter.spaceBeforeStop("cut costs, then.")).isFalse();
    assertThat(Rewriter.holdsEtc("Java, Go, ETC.")).isTrue();
    assertThat(Rewriter.holdsEtc("et cetera")).isFalse();
  }

  @Provide
  Arbitrary<String> drafts() {
    return Arbitraries.strings().withChars("etcETCab ,;.)\t\n\u000b\f\r\u00a0\u2003").ofMaxLength(24);
  }
}
