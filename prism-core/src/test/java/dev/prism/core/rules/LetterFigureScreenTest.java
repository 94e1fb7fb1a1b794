package dev.prism.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The template rule tries its letter-figure pattern only where a figure can be: the screen hides none. */
class LetterFigureScreenTest {

  @Property(tries = 10000)
  void whereTheScreenSaysNoThePatternFindsNothing(@ForAll("texts") String text) {
    if (!UnfilledTemplateRule.mayHoldLetterFigure(text)) {
      assertThat(UnfilledTemplateRule.LETTER_FIGURE.matcher(text).find()).as(text).isFalse();
    }
  }

  @Example
  void saysYesAtEveryKindOfFigure() {
    assertThat(UnfilledTemplateRule.mayHoldLetterFigure("by N %")).isTrue();
    assertThat(UnfilledTemplateRule.mayHoldLetterFigure("by N\t%")).isTrue();
    assertThat(UnfilledTemplateRule.mayHoldLetterFigure("$XK saved")).isTrue();
    assertThat(UnfilledTemplateRule.mayHoldLetterFigure("N  %")).isFalse();
    assertThat(UnfilledTemplateRule.mayHoldLetterFigure("cut costs by 30% in New York")).isFalse();
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> pieces = Arbitraries.of("X", "x", "N", "n", "%", " ", "\t", "\u00a0", "$", "20", "19", "K", "M", "a", "1", "_");
    return pieces.list().ofMaxSize(8).map(l -> String.join("", l));
  }
}
