package dev.prism.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-kept counts of a run answer as the expressions they replaced did. */
class RunCountsTest {

  /** The test as it was written: words by text.split(" "), lone letters among them. */
  private static boolean spacedLettersBySplit(String text) {
    int tokens = 0;
    int singles = 0;
    for (String t : text.split(" ")) {
      tokens++;
      if (t.length() == 1 && Character.isLetter(t.charAt(0))) {
        singles++;
      }
    }
    return tokens >= 4 && singles * 10 >= tokens * 8;
  }

  @Test
  void spacedLettersAnswersAsSplittingAtSpacesDid() {
    Random random = new Random(7);
    String alphabet = "  aBz1.é-";
    for (int n = 0; n < 50_000; n++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(16);
      for (int i = 0; i < length; i++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = b.toString();
      assertThat(PageLayout.spacedLetters(text)).as("'%s'", text).isEqualTo(spacedLettersBySplit(text));
    }
    for (String text : List.of("", " ", "J O R D A N", " J O R D", "J O R D ", "J  O R D", "Jordan Lee", "a b c 12")) {
      assertThat(PageLayout.spacedLetters(text)).as("'%s'", text).isEqualTo(spacedLettersBySplit(text));
    }
  }

  /** The run's size all its letters share, as it was worked out from the whole run each time. */
  private static float uniformSize(List<Glyph> glyphs) {
    float lo = Float.MAX_VALUE;
    float hi = 0;
    for (Glyph g : glyphs) {
      if (!g.text().isEmpty() && Character.isLetter(g.text().charAt(0))) {
        lo = Math.min(lo, g.size());
        hi = Math.max(hi, g.size());
      }
    }
    return hi > 0 && hi - lo <= 0.05f * hi ? (lo + hi) / 2 : 0;
  }

  private static int uniformWeight(List<Glyph> glyphs) {
    int bold = 0;
    int letters = 0;
    for (Glyph g : glyphs) {
      if (!g.text().isEmpty() && Character.isLetter(g.text().charAt(0))) {
        letters++;
        bold += g.bold() ? 1 : 0;
      }
    }
    return letters == 0 || bold > 0 && bold < letters ? -1 : bold > 0 ? 1 : 0;
  }

  @Test
  void lettersKeptAsGlyphsJoinAnswerAsTheWholeRunDid() {
    Random random = new Random(3);
    String[] texts = {"a", "Q", " ", "1", ".", "é", "fi", ""};
    float[] sizes = {10f, 10.2f, 10.6f, 11f, 12f, 0f};
    for (int run = 0; run < 2_000; run++) {
      PageLayout.Letters letters = new PageLayout.Letters();
      List<Glyph> glyphs = new ArrayList<>();
      boolean bold = random.nextBoolean();
      for (int i = 0; i < 12; i++) {
        Glyph g = new Glyph(texts[random.nextInt(texts.length)], i * 5f, 100f, 4f, 7f,
            sizes[random.nextInt(sizes.length)], random.nextInt(8) == 0 ? !bold : bold);
        glyphs.add(g);
        letters.add(g);
        assertThat(letters.uniformSize()).isEqualTo(uniformSize(glyphs));
        assertThat(letters.uniformWeight()).isEqualTo(uniformWeight(glyphs));
        assertThat(letters.count).isEqualTo((int) glyphs.stream()
            .filter(x -> !x.text().isEmpty() && Character.isLetter(x.text().charAt(0))).count());
      }
    }
  }
}
