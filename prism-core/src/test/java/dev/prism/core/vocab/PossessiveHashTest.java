package dev.prism.core.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

/** The filter's hash of a possessive's word, undone from the whole word's hash, is the word's own. */
class PossessiveHashTest {

  @Property(tries = 3000)
  void theHashWithoutTheEndingIsTheWordsHash(@ForAll @StringLength(max = 30) String word) {
    assertThat(TermMatcher.withoutPossessive((word + "'s").hashCode())).isEqualTo(word.hashCode());
  }
}
