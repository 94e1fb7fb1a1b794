package dev.prism.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prism.core.lexicon.Lexicon;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written looks at a line's text answer as the regular expressions they stand before or for. */
class CheapLooksTest {

  private static final String ALPHABET = "ab Z@.:/-+()0179\t\n\r\u000b\f\u00a0\u2028_wtlhps";

  private static String random(Random random, int maxLength) {
    return random(random, ALPHABET, maxLength);
  }

  private static String random(Random random, String alphabet, int maxLength) {
    StringBuilder b = new StringBuilder();
    int length = random.nextInt(maxLength);
    for (int i = 0; i < length; i++) {
      b.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  @Test
  void withoutWhitespaceRemovesWhatBackslashSMatches() {
    Pattern whitespace = Pattern.compile("\\s+");
    Random random = new Random(5);
    for (int n = 0; n < 50_000; n++) {
      String text = random(random, 20);
      assertThat(PdfText.withoutWhitespace(text)).as("'%s'", text).isEqualTo(whitespace.matcher(text).replaceAll(""));
    }
  }

  @Test
  void aTextTheContactLookPassesOverHoldsNoContact() {
    Pattern contact = Pattern.compile("(?:" + Lexicon.pattern("email").pattern() + ")|(?:"
        + Lexicon.pattern("phone").pattern() + ")|(?:" + Lexicon.pattern("url").pattern() + ")");
    Random random = new Random(9);
    for (int n = 0; n < 50_000; n++) {
      String text = random(random, 30);
      if (contact.matcher(text).find()) {
        assertThat(PageLayout.mayHoldContact(text)).as("'%s'", text).isTrue();
      }
    }
    for (String text : List.of("jo@x.io", "+49 170 1234567", "http://x", "github.com/jo", "jo.dev")) {
      assertThat(contact.matcher(text).find()).as("'%s'", text).isTrue();
      assertThat(PageLayout.mayHoldContact(text)).as("'%s'", text).isTrue();
    }
    for (String text : List.of("Skills", "Work History", "Jordan Lee")) {
      assertThat(PageLayout.mayHoldContact(text)).as("'%s'", text).isFalse();
    }
  }

  @Test
  void aGlyphIsSpaceExactlyWhenItsTextIsBlank() {
    // Every single character, surrogates alone included, then texts of several.
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String text = String.valueOf((char) c);
      assertThat(new Glyph(text, 0, 0, 1, 1, 10, false).space()).as("U+%04X", c).isEqualTo(text.isBlank());
    }
    Random random = new Random(13);
    for (int n = 0; n < 20_000; n++) {
      String text = random(random, 4);
      assertThat(new Glyph(text, 0, 0, 1, 1, 10, false).space()).as("'%s'", text).isEqualTo(text.isBlank());
    }
  }
}
