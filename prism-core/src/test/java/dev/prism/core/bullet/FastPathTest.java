package dev.prism.core.bullet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The analyzer skips a regex when a cheap look shows it cannot match. Each shortcut is checked here
 * against the regex it guards, on bullets made of the pieces those regexes look for.
 */
class FastPathTest {

  @Property(tries = 3000)
  void skippedPatternsCannotMatch(@ForAll("bulletish") String t) {
    String lower = t.toLowerCase(Locale.ROOT);
    if (!BulletAnalyzer.hasDigit(t)) {
      assertThat(BulletAnalyzer.RESULT_NUMBER.matcher(t).find()).isFalse();
      assertThat(BulletAnalyzer.SCOPE_COUNT.matcher(t).find()).isFalse();
      assertThat(BulletAnalyzer.ANY_NUMBER.matcher(t).find()).isFalse();
      assertThat(BulletAnalyzer.TEAM_OF.matcher(lower).matches()).isFalse();
      if (!lower.contains("from")) {
        assertThat(BulletAnalyzer.BEFORE_AFTER.matcher(t).find()).isFalse();
      }
    }
    if (!lower.contains("by") && !lower.contains("through")) {
      assertThat(BulletAnalyzer.BY_GERUND.matcher(t).find()).isFalse();
    }
    if (!BulletAnalyzer.mayHoldResultClause(t)) {
      assertThat(BulletAnalyzer.RESULT_CLAUSE.matcher(t).find()).isFalse();
    }
    if (!lower.contains("team of ")) {
      assertThat(BulletAnalyzer.TEAM_OF.matcher(lower).matches()).isFalse();
    }
    assertThat(BulletAnalyzer.LISTED_CONTEXT.matcher(t).lookingAt()).isEqualTo(BulletAnalyzer.LISTED_CONTEXT.matcher(t).find());
  }

  @Provide
  Arbitrary<String> bulletish() {
    return Arbitraries.of("Reduced", "latency", "from", "FROM", "seconds", "to", "minutes", "by", "BY", "Through",
            "caching", "that", "which", "now", "serves", ",", ";", "—", "–", "team", "of", "8", "99.9%", "40%", "3x",
            "$2M", "12", "services", "using", "Used", "Kafka", "->", "engineers", "I", "\u00a0", "\n")
        .list().ofMaxSize(9).map(ws -> String.join(" ", ws));
  }
}
