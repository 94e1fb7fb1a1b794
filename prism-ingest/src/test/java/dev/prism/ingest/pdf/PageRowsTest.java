package dev.prism.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a row of runs on one baseline becomes lines: which runs stand on a line of their own. */
class PageRowsTest {
  /** A run's glyphs, each character {@code size / 2} wide, from {@code x}. */
  private static void set(List<Glyph> out, String text, float x, float y, float size) {
    for (int i = 0; i < text.length(); i++) {
      out.add(new Glyph(String.valueOf(text.charAt(i)), x + size / 2 * i, y, size / 2, size * 0.7f, size, false));
    }
  }

  /** A contact row ("Phone ⇥ number") at size 10 closed by {@code last} at size 15, and a line below. */
  private static List<String> rowClosedBy(String last) {
    List<Glyph> g = new ArrayList<>();
    set(g, "Phone", 65, 248, 10);
    set(g, "(613)-555-0100", 125, 248, 10);
    set(g, last, 300, 248, 15);
    set(g, "Globex", 65, 289, 11.5f);
    return PageLayout.layout(g, 612, 0).lines().stream().map(TextLine::text).toList();
  }

  @Test
  void aLargerSectionHeadingClosingARowIsALineOfItsOwn() {
    // A theme's contact table whose last row shares its baseline with the next section's heading.
    assertThat(rowClosedBy("Work")).contains("Work").noneMatch(l -> l.contains("Work") && l.contains("(613)"));
  }

  @Test
  void aLargerRunThatNamesNoSectionStaysOnItsRow() {
    assertThat(rowClosedBy("Initech")).anyMatch(l -> l.contains("(613)") && l.contains("Initech"));
  }
}
