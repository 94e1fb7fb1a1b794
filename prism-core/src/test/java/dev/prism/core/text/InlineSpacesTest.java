package dev.prism.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Inline#clean} collapses white space only where the scan says the pattern would change the
 * text, and its loop collapses exactly as the pattern does.
 */
class InlineSpacesTest {

  @Property(tries = 5000)
  void scanSaysExactlyWhetherCollapsingChangesTheText(@ForAll("lines") String t) {
    boolean changes = !Inline.SPACES.matcher(t).replaceAll(" ").equals(t);
    assertThat(Inline.hasSpacesToCollapse(t)).isEqualTo(changes);
  }

  @Property(tries = 5000)
  void loopCollapsesAsThePatternDoes(@ForAll("lines") String t) {
    assertThat(Inline.collapseSpaces(t)).isEqualTo(Inline.SPACES.matcher(t).replaceAll(" "));
  }

  @Provide
  Arbitrary<String> lines() {
    return Arbitraries.strings().withChars("a! \t\n\u000b\f\r\u00a0\u200b\u2003\u001f").ofMaxLength(12);
  }
}
