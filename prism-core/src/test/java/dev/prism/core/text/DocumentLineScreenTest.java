package dev.prism.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A line is split at the contact separators only where the screen says one may stand: where it says
 * none can, the pattern finds none, so the split would have given the line itself.
 */
class DocumentLineScreenTest {
  @Property(tries = 5000)
  void noSeparatorWhereTheScreenSaysNone(@ForAll("lines") String line) {
    if (!ContactParser.maySeparate(line)) {
      assertThat(ContactParser.SEPARATORS.matcher(line).find()).as("[%s]", line).isFalse();
    }
  }

  @Property(tries = 3000)
  void sayMaybeWhereThePatternFindsOne(@ForAll("lines") String line) {
    if (ContactParser.SEPARATORS.matcher(line).find()) {
      assertThat(ContactParser.maySeparate(line)).as("[%s]", line).isTrue();
    }
  }

  @Provide
  Arbitrary<String> lines() {
    // Line-like text made of pieces: words, the separators' characters, symbols, private-use glyphs,
    // emoji and their joiners, dashes, white space of every kind.
    return Arbitraries.of("Resume", "a", "CV", "2023", " ", "  ", "|", "•", "·", "◦", "●", "⋅", "∙", "♦", "/", "✉", "☎",
            "⌂", "\uE000", "\uD83D\uDCE7", "\uFE0E", "\uFE0F", "\u200D", "-", "–", "—", "-", ".", ",", "\t", "\n",
            "\u000B", "\f", "\r", "\u00a0", "\u2003", "é", "\uD83D", "+")
        .list().ofMaxSize(10).map(pieces -> String.join("", pieces));
  }
}
