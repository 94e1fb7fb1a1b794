package dev.prism.core.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link Tokens#range} takes a range's words from the whole text's where it can; whatever the range,
 * it gives what splitting the range on its own gives, and mentions found in it are the same.
 */
class TokensRangeTest {

  @Property(tries = 5000)
  void rangeIsTheRangeSplitOnItsOwn(@ForAll("technical") String text, @ForAll @IntRange(max = 40) int a,
      @ForAll @IntRange(max = 40) int b) {
    int from = Math.min(Math.min(a, b), text.length());
    int to = Math.min(Math.max(a, b), text.length());
    Tokens whole = Tokens.of(text);
    assertThat(render(whole.range(from, to))).isEqualTo(render(Tokens.of(text, from, to)));
  }

  @Property(tries = 1000)
  void rangesOnLineBreaksFindTheSameMentions(@ForAll("lines") String text) {
    Tokens whole = Tokens.of(text);
    TermMatcher m = Technologies.matcher();
    int at = 0;
    while (at <= text.length()) {
      int nl = text.indexOf('\n', at);
      int end = nl < 0 ? text.length() : nl;
      assertThat(m.find(whole.range(at, end))).isEqualTo(m.find(text, at, end));
      at = end + 1;
    }
  }

  @Example
  void takesWordsFromTheWholeTextBetweenSpacesAndSplitsAnEdgeInsideAWordAnew() {
    String text = "Built CI/CD with Node.js\nand .NET on k8s";
    Tokens whole = Tokens.of(text);
    int line = text.indexOf('\n');
    assertThat(render(whole.range(0, line))).isEqualTo(List.of("0:Built", "6:CI/CD", "12:with", "17:Node.js", "slashed"));
    assertThat(render(whole.range(line + 1, text.length()))).isEqualTo(List.of("25:and", "29:.NET", "34:on", "37:k8s"));
    // Cut inside "Node.js": "Node" alone, as the range split on its own reads it.
    assertThat(render(whole.range(17, 21))).isEqualTo(List.of("17:Node"));
  }

  @Provide
  Arbitrary<String> technical() {
    return Arbitraries.strings().withChars("aZ19.+#/' -éC\n\t\u2003\u00a0").ofMaxLength(40);
  }

  @Provide
  Arbitrary<String> lines() {
    return Arbitraries.of("Java", "Spring Boot", "spring", "Kafka's", "C/C++", "Go", "go", "Node.js", "node", "AWS Lambda",
            "lambdas", "Postgres/Redis", "and", "the", "-", ",", ".", "\n", " ", "  ")
        .list().ofMaxSize(30).map(parts -> String.join(" ", parts).replace(" \n ", "\n"));
  }

  private static List<String> render(Tokens t) {
    List<String> out = new java.util.ArrayList<>();
    for (int k = 0; k < t.words().size(); k++) {
      int[] w = t.words().get(k);
      assertThat(t.exact()[k]).isEqualTo(t.text().substring(w[0], w[1]));
      assertThat(t.lower()[k]).isEqualTo(t.exact()[k].toLowerCase(java.util.Locale.ROOT));
      out.add(w[0] + ":" + t.exact()[k]);
    }
    assertThat(t.exact()).hasSameSizeAs(t.lower());
    if (t.slashed()) {
      out.add("slashed");
    }
    return out;
  }
}
