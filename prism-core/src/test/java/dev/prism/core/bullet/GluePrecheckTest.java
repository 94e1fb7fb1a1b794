package dev.prism.core.bullet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The glued-words pattern runs only where two of its matches could be: the precheck never hides them. */
class GluePrecheckTest {

  @Property(tries = 10000)
  void whereThePrecheckSaysNoThePatternFindsFewerThanTwo(@ForAll("texts") String text) {
    if (!BulletReading.lowerBeforeCapital(text, 2)) {
      Matcher m = BulletReading.GLUE.matcher(text);
      int found = 0;
      while (m.find()) {
        found++;
      }
      assertThat(found).as(text).isLessThan(2);
    }
  }

  @Example
  void countsPlacesWhereALowerCaseLetterMeetsACapital() {
    assertThat(BulletReading.lowerBeforeCapital("Built the APIs", 2)).isFalse();
    assertThat(BulletReading.lowerBeforeCapital("JavaScript and PostgreSQL", 2)).isTrue();
    assertThat(BulletReading.lowerBeforeCapital("ledteamBuilt", 1)).isTrue();
    assertThat(BulletReading.lowerBeforeCapital("𝐚𝐁", 1)).isTrue();
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> pieces = Arbitraries.of("abc", "led", "team", "Built", "API", "S", "x", " ", ".", "é", "É", "ǅ",
        "𝐚", "𝐁", "\uD835", "7");
    return pieces.list().ofMaxSize(10).map(l -> String.join("", l));
  }
}
