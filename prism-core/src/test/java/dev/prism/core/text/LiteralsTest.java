package dev.prism.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The screen says yes exactly where a case-insensitive pattern of one of its literals finds it. */
class LiteralsTest {
  private static final List<String> LITERALS = List.of("from", "In order", "a few", "->", "→", "K", "x%", "né", "fé");
  private static final Literals SCREEN = Literals.of(LITERALS);

  @Property(tries = 10000)
  void foundInIsWhatTheCaseInsensitivePatternOfAnyLiteralFinds(@ForAll("texts") String text) {
    boolean byPattern = LITERALS.stream()
        .anyMatch(l -> Pattern.compile(Pattern.quote(l), Pattern.CASE_INSENSITIVE).matcher(text).find());
    assertThat(SCREEN.foundIn(text)).as(text).isEqualTo(byPattern);
  }

  @Example
  void foldsAsciiLettersOnly() {
    assertThat(SCREEN.foundIn("moved FROM cron")).isTrue();
    assertThat(SCREEN.foundIn("in ORDER")).isTrue();
    assertThat(SCREEN.foundIn("fro m")).isFalse();
    // The Kelvin sign lowers to "k", but a pattern without UNICODE_CASE does not fold it.
    assertThat(SCREEN.foundIn("\u212a")).isFalse();
    assertThat(SCREEN.foundIn("2 → 3")).isTrue();
    assertThat(SCREEN.foundIn("")).isFalse();
  }

  @Property(tries = 2000)
  void aUnionFindsWhereAnyOfItsScreensFinds(@ForAll("texts") String text) {
    Literals a = Literals.of("from", "->");
    Literals b = Literals.of("K", "→");
    assertThat(Literals.union(a, b).foundIn(text)).as(text).isEqualTo(a.foundIn(text) || b.foundIn(text));
  }

  @Example
  void anEmptyLiteralIsRefused() {
    assertThatThrownBy(() -> Literals.of("a", "")).isInstanceOf(IllegalArgumentException.class);
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> pieces = Arbitraries.of("fr", "FRO", "om", "m", "in", " ", "Or", "der", "a", "A ", "few", "-", ">", "→",
        "k", "K", "\u212a", "x", "X", "%", "İ", "ı", "é", "\uD835", "n", "N", "f");
    return pieces.list().ofMaxSize(8).map(l -> String.join("", l));
  }
}
