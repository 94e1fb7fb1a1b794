package dev.prism.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prism.core.model.Contact;
import dev.prism.core.model.Extraction;
import dev.prism.core.model.Field;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactParserTest {

  private static final String BODY = "\n\nExperience\nEngineer, Acme  2020 – 2022\n- Built things.\n";

  private static Contact contact(String text) {
    return Segmenter.segment(Extraction.plain(text, "text")).contact();
  }

  private static void spanHoldsValue(String text, Field f) {
    assertThat(f.span().of(text)).isEqualTo(f.value());
  }

  /** Icons before contact items, as Chromium, WeasyPrint and react-pdf renders of icon fonts give them. */
  @ParameterizedTest
  @ValueSource(strings = {
      "Jane Doe\n✉ jane@example.com | ☎ (415) 555-0142 | ⌂ Oakland, CA",
      "Jane Doe\n📍 Oakland, CA | jane@example.com | ☎️ (415) 555-0142",
      // The PDF reader's stand-in for a glyph of an icon font, with and without a space after it.
      "Jane Doe\n\ue000 jane@example.com  \ue001(415) 555-0142  \ue002Oakland, CA",
      // No drawn separator at all: the icons alone part the items.
      "Jane Doe\n✉ jane@example.com ☎ (415) 555-0142 ⌂ Oakland, CA",
      // An icon before the name, too.
      "\ue000 Jane Doe\n\ue001 jane@example.com | \ue002 (415) 555-0142 | \ue003 Oakland, CA",
  })
  void iconsBeforeContactItemsAreIgnored(String top) {
    String text = top + BODY;
    Contact c = contact(text);
    assertThat(c.name().value()).isEqualTo("Jane Doe");
    assertThat(c.email().value()).isEqualTo("jane@example.com");
    assertThat(c.phone().value()).isEqualTo("(415) 555-0142");
    assertThat(c.location().value()).isEqualTo("Oakland, CA");
    for (Field f : new Field[] {c.name(), c.email(), c.phone(), c.location()}) {
      spanHoldsValue(text, f);
    }
  }
}
