package dev.prism.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The rule's pattern, its wordings grouped by first letter, finds what the flat list of wordings found. */
class VagueWordingPatternTest {
  private static final Pattern FLAT = Pattern.compile(
      "(?i)(?=[vnsteadbphrg])\\b(?:various|numerous|some|stuff|things|etc\\.?|and so on"
          + "|(?:strong|extensive|solid|deep|broad|proven|significant)\\s+(?:\\w+\\s+)?(?:experience|background|knowledge|track record)"
          + "|team player|passionate(?:\\s+about)?|hard[- ]working|results[- ]driven|detail[- ]oriented|self[- ]starter"
          + "|go[- ]getter|synergy|think outside the box|dynamic)\\b\\s*");

  @Property(tries = 10000)
  void findsWhatTheFlatListFinds(@ForAll("texts") String text) {
    assertThat(matches(VagueWordingRule.VAGUE, text)).as(text).isEqualTo(matches(FLAT, text));
  }

  @Example
  void findsEveryWording() {
    String text = "Various, numerous, some stuff and things etc. and so on; strong backend experience, extensive "
        + "knowledge, solid background, deep Java experience, broad knowledge, proven track record, significant "
        + "experience, team player, passionate about, hard-working, results driven, detail-oriented, self-starter, "
        + "go-getter, synergy, think outside the box, dynamic";
    assertThat(matches(VagueWordingRule.VAGUE, text)).hasSize(24).isEqualTo(matches(FLAT, text));
  }

  @Property(tries = 10000)
  void screenSaysNoOnlyWhereThePatternFindsNothing(@ForAll("texts") String text) {
    if (!VagueWordingRule.VAGUE_SCREEN.foundIn(text)) {
      assertThat(matches(VagueWordingRule.VAGUE, text)).as(text).isEmpty();
    }
  }

  @Example
  void screenLetsEveryWordingThrough() {
    for (String w : List.of("Various", "numerous", "some", "stuff", "things", "etc", "and so on", "strong backend experience",
        "extensive knowledge", "solid background", "deep Java experience", "broad knowledge", "proven track record",
        "significant experience", "team player", "passionate", "hard-working", "results driven", "detail-oriented",
        "self-starter", "go-getter", "synergy", "think outside the box", "dynamic")) {
      assertThat(matches(VagueWordingRule.VAGUE, w)).as(w).isNotEmpty();
      assertThat(VagueWordingRule.VAGUE_SCREEN.foundIn(w)).as(w).isTrue();
    }
  }

  private static List<String> matches(Pattern p, String text) {
    Matcher m = p.matcher(text);
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.start() + "-" + m.end());
    }
    return out;
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> pieces = Arbitraries.of("various", "Some", "stuff", "thing", "s", "etc", ".", "and so on", "strong",
        "solid", "SIGNIFICANT", "deep", "proven", "broad", "extensive", "experience", "backend", "Background",
        "knowledge", "track record", "team player", "think outside the box", "hard-working", "hard working", "self starter",
        "go-getter", "synergy", "dynamic", "detail-oriented", "results-driven", "numerous", "x", "7", "_", " ", "  ",
        "\n", ",", "é", "passionate", " about", "thinking");
    return pieces.list().ofMaxSize(12).map(l -> String.join("", l));
  }
}
