package dev.prism.core.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The glyph kinds of glyphs.txt, as the readers and the segmentation passes ask for them. */
class GlyphsTest {
  @Test
  void theDrawnFieldSeparatorsMeanNothingElseInsideARegexClass() {
    assertThat("|¦•·◦●⋅∙♦".codePoints()).allMatch(Glyphs::isFieldSeparator);
    // Written as code points, "|" and its likes part fields inside a class rather than spell
    // an alternation or a range.
    Pattern split = Pattern.compile("\\s*[" + Glyphs.fieldSeparatorClass() + "]\\s*");
    assertThat(split.split("jane@x.org | +1 555 0100 ¦ Berlin ♦ github.com/jane"))
        .containsExactly("jane@x.org", "+1 555 0100", "Berlin", "github.com/jane");
    assertThat(split.split("Senior Engineer - Globex, Berlin–Munich")).hasSize(1);
    assertThat(Glyphs.isFieldSeparator('-')).isFalse();
    assertThat(Glyphs.isFieldSeparator('a')).isFalse();
  }
}
