package dev.prism.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prism.core.model.Extraction;
import dev.prism.core.model.PartialDate;
import dev.prism.core.report.Report;
import dev.prism.core.role.Dimension;
import dev.prism.core.role.Level;
import dev.prism.core.role.Roles;
import dev.prism.core.rules.Finding;
import dev.prism.core.score.DimensionScore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The scorecard's promises on a strong senior and a weak junior resume. */
class ScoringTest {
  static final Prism PRISM = Prism.standard();
  static final CheckOptions OPTIONS = new CheckOptions(Roles.DEFAULT, null, new PartialDate(2026, 11));

  static String resource(String name) throws IOException {
    try (InputStream in = ScoringTest.class.getResourceAsStream("/resumes/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static Report check(String name) throws IOException {
    return PRISM.check(Extraction.plain(resource(name), "text"), OPTIONS);
  }

  @Test
  void strongSeniorAndWeakJuniorAreFarApartAndReadAtTheirLevels() throws IOException {
    Report senior = check("senior-strong.txt");
    Report junior = check("junior-weak.txt");
    assertThat(senior.score() - junior.score()).isGreaterThanOrEqualTo(25);
    assertThat(senior.level().level()).isEqualTo(Level.SENIOR);
    assertThat(junior.level().level()).isEqualTo(Level.JUNIOR);
    assertThat(junior.findings()).extracting(Finding::rule)
        .contains("WEAK_OPENER", "LISTED_NOT_SHOWN", "WEAK_BULLET", "VAGUE_WORDING");
  }

  @Test
  void onlyHeadingsNoListKnowsAreCalledNonstandard() {
    String jobs = """
        Jordan Lee
        jordan@example.com

        ## Experience
        Backend Engineer, Globex, 2019 - 2024
        - Built the billing service in Go for 40 teams.

        ## %s
        German, English

        ## %s
        Chess, climbing
        """;
    Report common = PRISM.check(Extraction.plain(jobs.formatted("LANGUAGES", "INTERESTS"), "markdown"), OPTIONS);
    assertThat(common.warnings()).noneMatch(w -> w.code().equals("NONSTANDARD_HEADINGS"));
    Report odd = PRISM.check(Extraction.plain(jobs.formatted("SIDE QUESTS", "THINGS I LIKE"), "markdown"), OPTIONS);
    assertThat(odd.warnings()).anySatisfy(w -> {
      assertThat(w.code()).isEqualTo("NONSTANDARD_HEADINGS");
      assertThat(w.message()).contains("SIDE QUESTS", "THINGS I LIKE");
    });
  }

  @Test
  void theSameContentPrintedOnMorePagesScoresTheSame() throws IOException {
    // One template prints a resume on one page, another on four: length is judged by content.
    String text = resource("junior-weak.txt");
    Extraction onePage = new Extraction(text, "pdf", 1, dev.prism.core.model.Layout.NONE, java.util.List.of());
    Extraction fourPages = new Extraction(text, "pdf", 4, dev.prism.core.model.Layout.NONE, java.util.List.of());
    Report short_ = PRISM.check(onePage, OPTIONS);
    Report spread = PRISM.check(fourPages, OPTIONS);
    assertThat(spread.score()).isEqualTo(short_.score());
    assertThat(spread.findings()).extracting(Finding::rule).doesNotContain("LENGTH_FOR_LEVEL");
    // The printed count is still said, apart from the score.
    assertThat(spread.warnings()).anySatisfy(w -> {
      assertThat(w.code()).isEqualTo("TOO_LONG_FOR_LEVEL");
      assertThat(w.message()).startsWith("Prints on 4 pages, though its ");
    });
  }

  @Test
  void everyPointLostIsExplainedByAFindingThatPointsAtText() throws IOException {
    for (String name : new String[] {"senior-strong.txt", "junior-weak.txt"}) {
      Report r = check(name);
      for (DimensionScore d : r.scorecard().dimensions()) {
        double lost = d.findings().stream().mapToDouble(i -> r.findings().get(i).penalty()).sum();
        assertThat((double) 100 - d.score()).as("%s %s", name, d.dimension()).isCloseTo(Math.min(100, lost), org.assertj.core.data.Offset.offset(0.51));
        for (int i : d.findings()) {
          Finding f = r.findings().get(i);
          assertThat(f.dimension()).isEqualTo(d.dimension());
          assertThat(f.span().length()).as("%s points at text", f.rule()).isPositive();
          assertThat(f.span().end()).isLessThanOrEqualTo(r.text().length());
        }
      }
      double weighted = r.scorecard().dimensions().stream().mapToDouble(d -> d.weight() * d.score()).sum();
      assertThat((double) r.score()).isCloseTo(weighted, org.assertj.core.data.Offset.offset(1.0));
    }
  }

  @Test
  void aTargetAboveTheEstimateShowsGaps() throws IOException {
    Report r = PRISM.check(Extraction.plain(resource("junior-weak.txt"), "text"), OPTIONS.withTarget(Level.SENIOR));
    assertThat(r.findings()).extracting(Finding::rule).contains("BELOW_TARGET_LEVEL", "LEVEL_GAP");
    assertThat(r.gaps()).isNotEmpty();
    assertThat(r.scorecard().get(Dimension.LEVEL_FIT).score()).isLessThan(50);
  }

  @Test
  void aDocumentThatIsNoResumeIsSaidToBeSo() {
    Report r = PRISM.check(Extraction.plain("Minutes of the meeting\nWe agreed to move the offsite to May.\nLunch was fine.\n", "text"), OPTIONS);
    assertThat(r.notAResume()).isTrue();
  }
}
