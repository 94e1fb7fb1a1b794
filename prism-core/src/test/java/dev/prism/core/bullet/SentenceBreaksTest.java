package dev.prism.core.bullet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A bullet's sentence breaks counted by the walk are those the pattern finds. */
class SentenceBreaksTest {
  @Property(tries = 10000)
  void walkCountsWhatThePatternFinds(@ForAll("texts") String text) {
    Matcher m = BulletReading.SENTENCE_BREAK.matcher(text);
    int found = 0;
    while (m.find()) {
      found++;
    }
    assertThat(BulletReading.sentenceBreaks(text)).as("[%s]", text).isEqualTo(found);
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of("Built", "a", "A", "Z", "é", "É", ".", "!", "?", ";", ",", ":", " ", "  ", "\t", "\n", "\r", "\f",
            "\u000B", "\u00a0", "\u2003", "1")
        .list().ofMaxSize(12).map(pieces -> String.join("", pieces));
  }
}
