package dev.prism.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The glued-word share passes over short words without reading them; it gives what reading every word gave. */
class GluedShareTest {

  @Property(tries = 2000)
  void sameShareAsReadingEveryWord(@ForAll("texts") String text) {
    assertThat(ReadingCheck.gluedShare(text)).isEqualTo(reference(text));
  }

  @Example
  void countsWordsRunTogether() {
    String glued = "BuiltABillingServiceInJava ";
    String text = glued.repeat(10) + "plain ".repeat(30);
    assertThat(ReadingCheck.gluedShare(text)).isEqualTo(10 / 40.0);
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> word = Arbitraries.strings().withChars("abcABC/1é\u2028").ofMinLength(1).ofMaxLength(26);
    return word.list().ofMinSize(35).ofMaxSize(60).map(ws -> String.join(" ", ws));
  }

  /** The share as counted before short words were passed over, written with regular expressions. */
  private static double reference(String text) {
    int words = 0;
    int glued = 0;
    for (String w : text.split("[ \\t\\n\\x0B\\f\\r]+")) {
      if (w.isEmpty()) {
        continue;
      }
      words++;
      if (ReadingCheck.runsTogether(w)) {
        continue;
      }
      // Letters only, then each lower-case letter followed by one that is not: the case changes.
      String letterRun = w.replaceAll("[^\\p{L}]", "");
      int letters = letterRun.length();
      int changes = (int) java.util.regex.Pattern.compile("\\p{Ll}(?=\\P{Ll})").matcher(letterRun).results().count();
      if (letters >= 22 || letters >= 14 && changes >= 3) {
        glued++;
      }
    }
    return words < 40 ? 0 : (double) glued / words;
  }
}
