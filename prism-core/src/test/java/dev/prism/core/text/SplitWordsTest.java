package dev.prism.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Parts#splitWords} (a loop, for speed) splits as a regular expression that states the rule
 * does, whatever the text: at runs of what is no letter nor ', ., &, -, where figures count as such
 * a run unless letters stand on both sides of them ("Cloud2Go" is one word). The examples pin the
 * rule itself.
 */
class SplitWordsTest {
  // Java's look-behind measures a class as one char, so it misses a letter outside the BMP (two
  // chars) before a figure; the two-letter alternative is two chars long and sees it.
  private static final Pattern NON_WORD = Pattern.compile("(?:[^\\p{L}'.&0-9-]|(?<![0-9]|\\p{L}|\\p{L}\\p{L})[0-9]++|[0-9]++(?!\\p{L}))+");

  @Property(tries = 10000)
  void splitsAsThePatternDoes(@ForAll("parts") String s) {
    assertThat(Parts.splitWords(s)).containsExactly(NON_WORD.split(s));
  }

  @Example
  void keepsAnEmptyFirstPieceAndDropsEmptyLastOnes() {
    assertThat(Parts.splitWords("")).containsExactly("");
    assertThat(Parts.splitWords(" , ")).isEmpty();
    assertThat(Parts.splitWords(" R&D team, Berlin ")).containsExactly("", "R&D", "team", "Berlin");
    assertThat(Parts.splitWords("o'neil.co 𝐀𝐁c")).containsExactly("o'neil.co", "𝐀𝐁c");
    assertThat(Parts.splitWords("Cloud2Go, 2Go, Web3 B2B")).containsExactly("Cloud2Go", "Go", "Web", "B2B");
  }

  @Provide
  Arbitrary<String> parts() {
    // Letters in and outside the BMP, a lone surrogate, digits, the kept marks and separators.
    Arbitrary<String> pieces = Arbitraries.of("a", "Zé", "ß", "İ", "𝐀", "\uD835", "\uDC00", "7", "'", ".", "&", "-", " ",
        ",", "|", "\t", "\n", "–", "·", "_", "é\u0301");
    return pieces.list().ofMaxSize(12).map(l -> String.join("", l));
  }
}
