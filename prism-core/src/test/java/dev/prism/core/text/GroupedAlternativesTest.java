package dev.prism.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The date patterns' word lists grouped by first character find what the flat list of the same
 * words found, at the same places, in every flag the date patterns use and without them.
 */
class GroupedAlternativesTest {
  private static final List<String> WORDS = List.of("jan", "january", "januar", "jänner", "juni", "june", "mar", "märz", "mai",
      "may", "août", "aout", "ago", "à ce jour", "a", "al", "au", "to date", "till date", "today", "to", "sept", "ſept", "Sep",
      "K", "k", "déc", "dec", "x.y", "a\\E");

  /** The flat list the grouped one replaced: longest first, each word quoted, a space as any white space. */
  private static String flat(List<String> words) {
    List<String> sorted = new ArrayList<>(words);
    sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    return "(?:" + String.join("|", sorted.stream().map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q")).toList()) + ")";
  }

  @Property(tries = 3000)
  void groupedFindsWhatFlatFound(@ForAll("cases") Case c) {
    for (int flags : new int[] {Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE, Pattern.CASE_INSENSITIVE, 0}) {
      Pattern grouped = Pattern.compile("(" + DateParser.alternatives(c.words()) + ")\\.?(?:\\s*\\d+)?", flags);
      Pattern reference = Pattern.compile("(" + flat(c.words()) + ")\\.?(?:\\s*\\d+)?", flags);
      assertThat(matches(grouped, c.text())).as(grouped + " on " + c.text()).isEqualTo(matches(reference, c.text()));
    }
  }

  private static List<String> matches(Pattern p, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(m.start() + ":" + m.end() + ":" + m.group(1));
    }
    for (int at = 0; at < text.length(); at++) {
      Matcher l = p.matcher(text).region(at, text.length());
      out.add(l.lookingAt() ? at + "@" + l.end() : "-");
    }
    return out;
  }

  @Example
  void monthsAreGroupedByTheirFirstLetter() {
    String g = DateParser.alternatives(List.of("jan", "january", "feb"));
    assertThat(g).startsWith("(?:\\Qj\\E(?:");
    assertThat(Pattern.compile(g, Pattern.CASE_INSENSITIVE).matcher("JANUARY").matches()).isTrue();
    assertThat(DateParser.alternatives(List.of(" x", "y"))).isEqualTo("(?:\\Q x\\E|\\Qy\\E)".replace(" ", "\\E\\s+\\Q"));
  }

  record Case(List<String> words, String text) {}

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<List<String>> words = Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(8).uniqueElements();
    Arbitrary<String> text = Arbitraries.of("jan", "JAN", "Jänner", "uary", "u", "e", "ne", " ", "\t", ".", "2021", "MÄRZ", "ai", "AY",
        "Août", "À", " ce ", "jour", "TO", " date", "day", "ſ", "S", "ept", "\u212a", "k", "DÉC", "x.y", "\\E", "a").list()
        .ofMaxSize(7).map(l -> String.join("", l));
    return Combinators.combine(words, text).as(Case::new);
  }
}
