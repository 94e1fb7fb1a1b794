package dev.prism.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A date that does not open with an ASCII digit is never tried against the forms that open with a number: none could read it. */
class DigitFirstFormsTest {

  @Property(tries = 10000)
  void aFormOpeningWithANumberMatchesOnlyTextOpeningWithADigit(@ForAll("dates") String text) {
    if (text.isEmpty() || text.charAt(0) < '0' || text.charAt(0) > '9') {
      for (Pattern form : DateParser.digitFirstForms()) {
        assertThat(form.matcher(text).matches()).as(form + " on " + text).isFalse();
      }
    }
  }

  @Example
  void theNumericFormsAreMarked() {
    assertThat(DateParser.digitFirstForms()).isNotEmpty();
    assertThat(DateParser.digitFirstForms()).anyMatch(p -> p.matcher("2021-03").matches());
    assertThat(DateParser.parse("03/2021")).isNotNull();
    assertThat(DateParser.parse("March 2021")).isNotNull();
  }

  @Provide
  Arbitrary<String> dates() {
    Arbitrary<String> pieces = Arbitraries.of("20", "19", "2021", "0", "3", "12", "-", "/", ".", " ", ",", "'", "’", "Q", "q", "Mar",
        "Sept", "ſept", "Spring", "٣", "２", "\u00a0", "");
    return pieces.list().ofMaxSize(6).map(l -> String.join("", l));
  }
}
