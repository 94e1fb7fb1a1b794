package dev.prism.core.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** {@link Words#split} reads a copy of its range; it finds the same words as reading the text itself. */
class WordsTest {

  @Property(tries = 3000)
  void splitsAsReadingTheTextDirectly(@ForAll("technical") String text, @ForAll @IntRange(max = 4) int cutStart,
      @ForAll @IntRange(max = 4) int cutEnd) {
    int from = Math.min(cutStart, text.length());
    int to = Math.max(from, text.length() - cutEnd);
    List<String> expected = render(text, reference(text, from, to));
    assertThat(render(text, Words.split(text, from, to))).isEqualTo(expected);
  }

  /** An elided article before its apostrophe is no part of the word after it; a name's or a contraction's apostrophe is. */
  @net.jqwik.api.Example
  void anElidedArticleIsAWordOfItsOwn() {
    String text = "refontes d'architecture, l'API qu'il fit, O'Reilly don't";
    assertThat(render(text, Words.split(text, 0, text.length())).stream().map(w -> w.substring(w.indexOf(':') + 1)).toList())
        .containsExactly("refontes", "d", "architecture", "l", "API", "qu", "il", "fit", "O'Reilly", "don't");
  }

  @Provide
  Arbitrary<String> technical() {
    return Arbitraries.strings().withChars("aZ19.+#/' -éC\u2003").ofMaxLength(16);
  }

  private static List<String> render(String text, List<int[]> words) {
    return words.stream().map(w -> w[0] + ":" + text.substring(w[0], w[1])).toList();
  }

  /** The split as written before it read a copy of the range. */
  private static List<int[]> reference(String text, int from, int to) {
    List<int[]> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      boolean dotStart = c == '.' && i + 1 < to && Character.isLetter(text.charAt(i + 1))
          && (i == from || !Character.isLetterOrDigit(text.charAt(i - 1)));
      if (!Character.isLetterOrDigit(c) && !dotStart) {
        i++;
        continue;
      }
      int start = i;
      i++;
      while (i < to) {
        char d = text.charAt(i);
        if (Character.isLetterOrDigit(d) || d == '+' || d == '#') {
          i++;
        } else if ((d == '.' || d == '/' || d == '\'') && i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1))
            && !(d == '\'' && (i - start == 1 && "cdjlmnst".indexOf(Character.toLowerCase(text.charAt(start))) >= 0
                || i - start == 2 && Character.toLowerCase(text.charAt(start)) == 'q' && Character.toLowerCase(text.charAt(start + 1)) == 'u'))) {
          i++;
        } else {
          break;
        }
      }
      int end = i;
      int slash = text.indexOf('/', start);
      if (slash > start && slash < end && !(slash - start <= 3 && end - slash - 1 <= 3)) {
        int s = start;
        for (int k = start; k <= end; k++) {
          if (k == end || text.charAt(k) == '/') {
            if (k > s) {
              out.add(new int[] {s, k});
            }
            s = k + 1;
          }
        }
      } else {
        out.add(new int[] {start, end});
      }
    }
    return out;
  }
}
