package dev.prism.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The walk over a field's words between white space and dashes visits the split's non-empty pieces, in order. */
class DateGapsTest {
  @Property(tries = 5000)
  void walkVisitsTheSplitsPieces(@ForAll("values") String v) {
    List<String> visited = new ArrayList<>();
    assertThat(ReadingCheck.everyWord(v, w -> visited.add(w))).isTrue();
    List<String> pieces = Arrays.stream(ReadingCheck.DATE_GAPS.split(v)).filter(w -> !w.isEmpty()).toList();
    assertThat(visited).as("[%s]", v).isEqualTo(pieces);
  }

  @Property(tries = 3000)
  void stopsAtTheFirstPieceThatFails(@ForAll("values") String v) {
    List<String> pieces = Arrays.stream(ReadingCheck.DATE_GAPS.split(v)).filter(w -> !w.isEmpty()).toList();
    assertThat(ReadingCheck.everyWord(v, w -> !w.startsWith("a"))).isEqualTo(pieces.stream().noneMatch(w -> w.startsWith("a")));
  }

  @Provide
  Arbitrary<String> values() {
    return Arbitraries.of("May", "2020", "a", "b", " ", "  ", "-", "–", "—", "−", "\t", "\n", "\u000B", "\f", "\r", "\u00a0",
            "\u2003", "/", ".", "\uD83D\uDE00")
        .list().ofMaxSize(10).map(pieces -> String.join("", pieces));
  }
}
