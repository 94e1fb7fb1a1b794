package dev.prism.core.bullet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The rewriter's clean-ups and the bullet reading's before-and-after test run their pattern only
 * where a screen of the pattern's words finds one: each gives what the pattern it replaced gave.
 */
class CleanScreenTest {
  // The patterns as they were written before the screens, each with its replacement.
  private static final List<Object[]> BEFORE = List.of(
      new Object[] {Rewriter.FILLER, Pattern.compile("(?i)\\b(?:" + String.join("|", Lexicon.FILLER_ADVERBS) + ")\\b\\s*")},
      new Object[] {Rewriter.USING, Pattern.compile("(?i)(?=[lum])\\b(?:leveraging|utili[sz]ing|making use of)\\b")},
      new Object[] {Rewriter.IN_ORDER_TO, Pattern.compile("(?i)(?=i)\\bin order to\\b")},
      new Object[] {Rewriter.VAGUE_COUNT,
          Pattern.compile("(?i)(?=[smnal])\\b(?:several|many|numerous|some|a few|a lot of|lots of)\\s+(?=\\p{L})")},
      new Object[] {Rewriter.VAGUE_KIND, Pattern.compile("(?i)(?=[vad])\\b(?:various|a variety of|different)\\s+(?=\\p{L})")},
      new Object[] {Rewriter.VAGUE_THING, Pattern.compile("(?i)(?=[st])\\b(?:stuff|things)\\b")});

  @Property(tries = 10000)
  void eachPassGivesWhatItsPatternGave(@ForAll("drafts") String s) {
    for (Object[] pair : BEFORE) {
      Rewriter.Pass pass = (Rewriter.Pass) pair[0];
      Pattern before = (Pattern) pair[1];
      assertThat(pass.apply(s)).as(before + " on " + s).isEqualTo(before.matcher(s).replaceAll(pass.replacement()));
    }
  }

  @Property(tries = 10000)
  void cleanGivesWhatTheSixPassesAndEtcGaveInTurn(@ForAll("drafts") String s) {
    String t = s;
    for (int k = 0; k < BEFORE.size(); k++) {
      if (k == BEFORE.size() - 1) {
        t = Rewriter.ETC.matcher(t).replaceAll(" [and what else]");
      }
      Pattern before = (Pattern) BEFORE.get(k)[1];
      t = before.matcher(t).replaceAll(((Rewriter.Pass) BEFORE.get(k)[0]).replacement());
    }
    assertThat(Rewriter.clean(s)).as(s).isEqualTo(t);
  }

  @Property(tries = 10000)
  void whereTheScreenSaysNoBeforeAfterFindsNothing(@ForAll("drafts") String s) {
    if (!BulletReading.BEFORE_AFTER_WORDS.foundIn(s)) {
      assertThat(BulletReading.BEFORE_AFTER.matcher(s).find()).as(s).isFalse();
    }
  }

  @Provide
  Arbitrary<String> drafts() {
    List<String> pieces = new ArrayList<>(List.of(" ", "  ", "\t", ",", ".", "-", "x", "e", "S", "ly", "30", "$5", "ms", "→", "->",
        "=>", "⇒", "from ", "FROM ", " to ", "instead of ", "hours ", "seconds ", "minutes", "Leveraging", "utilizing", "UTILISING",
        "making use of", "In Order To", "several ", "a few ", "A lot of", "lots of", "some", "many", "various ", "a variety of ",
        "different", "stuff", "Things", "etc", "ETC.", ", etc..", "é", "İ", "\u00a0"));
    pieces.addAll(Lexicon.FILLER_ADVERBS);
    return Arbitraries.of(pieces).list().ofMaxSize(10).map(l -> String.join("", l));
  }
}
