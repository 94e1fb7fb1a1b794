package dev.prism.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prism.core.CheckOptions;
import dev.prism.core.Prism;
import dev.prism.core.model.Extraction;
import dev.prism.core.model.PartialDate;
import dev.prism.core.role.Roles;
import dev.prism.core.rules.Context.AnalyzedBullet;
import dev.prism.core.rules.Rule;
import dev.prism.core.rules.Rules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The findings priced, grouped and led by the three fixes worth the most. */
class PrioritiesTest {
  static final CheckOptions OPTIONS = new CheckOptions(Roles.DEFAULT, null, new PartialDate(2026, 11));

  static Report check(String text) {
    return Prism.standard().check(Extraction.plain(text, "text"), OPTIONS);
  }

  static String golden(String name) throws IOException {
    return Files.readString(Path.of("src/test/resources/golden", name + ".input"));
  }

  @Test
  void everyRuleHasATitleAndEveryTitleARule() {
    List<String> ids = Rules.ALL.stream().map(Rule::id).toList();
    assertThat(ids).allSatisfy(id -> assertThat(Priorities.hasTitle(id)).as("rule-titles.tsv has %s", id).isTrue());
    assertThat(Priorities.titledRules()).as("titles of rules that no longer exist").isSubsetOf(ids);
    assertThat(Priorities.title("WEAK_BULLET")).isEqualTo("Rewrite the weak bullets");
  }

  @Test
  void pricesAddUpToThePointsTheScoreLost() throws IOException {
    for (String name : List.of("junior-weak", "senior-strong")) {
      Report r = check(golden(name));
      Priorities p = r.priorities();
      double weighted = r.scorecard().dimensions().stream().mapToDouble(d -> d.weight() * d.score()).sum();
      double priced = p.points().stream().mapToDouble(Double::doubleValue).sum();
      // Sub-scores are rounded to whole points, seven of them, each weighted.
      assertThat(100 - priced).as(name).isCloseTo(weighted, Offset.offset(0.51));
      assertThat(p.points()).hasSameSizeAs(r.findings()).allSatisfy(x -> assertThat(x).isNotNegative());
    }
  }

  @Test
  void groupsAreByRuleAndCostliestFirst() throws IOException {
    Report r = check(golden("junior-weak"));
    Priorities p = r.priorities();
    assertThat(p.groups()).extracting(Priorities.Group::rule).doesNotHaveDuplicates();
    assertThat(p.groups().stream().mapToInt(g -> g.findings().size()).sum()).isEqualTo(r.findings().size());
    for (int i = 1; i < p.groups().size(); i++) {
      assertThat(p.groups().get(i).points()).isLessThanOrEqualTo(p.groups().get(i - 1).points());
    }
    for (Priorities.Group g : p.groups()) {
      assertThat(g.findings()).allSatisfy(i -> assertThat(r.findings().get(i).rule()).isEqualTo(g.rule()));
      for (int i = 1; i < g.findings().size(); i++) {
        assertThat(p.points().get(g.findings().get(i))).isLessThanOrEqualTo(p.points().get(g.findings().get(i - 1)));
      }
      assertThat(g.points()).isCloseTo(g.findings().stream().mapToDouble(p.points()::get).sum(), Offset.offset(1e-9));
    }
  }

  @Test
  void aWeakResumeLeadsWithThreeFixesThatPointAtTheirPlace() throws IOException {
    Report r = check(golden("junior-weak"));
    Priorities p = r.priorities();
    assertThat(p.topFixes()).hasSize(3);
    assertThat(p.topFixes()).extracting(Priorities.Fix::rule)
        .containsExactlyElementsOf(p.groups().subList(0, 3).stream().map(Priorities.Group::rule).toList());
    for (Priorities.Fix f : p.topFixes()) {
      assertThat(f.points()).isPositive();
      assertThat(f.span().end()).isLessThanOrEqualTo(r.text().length());
      assertThat(r.findings().get(f.finding()).span()).isEqualTo(f.span());
      if (f.bullet() != null) {
        AnalyzedBullet b = r.bullets().stream().filter(x -> x.id().equals(f.bullet())).findFirst().orElseThrow();
        assertThat(f.span().offset()).isBetween(b.bullet().span().offset(), b.bullet().span().end() - 1);
      }
    }
    // A weak bullet is among what costs most here, and its fix carries the bullet and its rewrite.
    Priorities.Fix weak = p.topFixes().stream().filter(f -> f.rule().equals("WEAK_BULLET")).findFirst().orElseThrow();
    assertThat(weak.bullet()).isNotNull();
    assertThat(weak.suggestion()).isNotBlank();
    assertThat(weak.count()).isGreaterThan(1);
  }

  @Test
  void aStrongResumeHasFewerFixesAndNoneWorthNothing() throws IOException {
    Priorities p = check(golden("senior-strong")).priorities();
    assertThat(p.topFixes()).hasSizeLessThanOrEqualTo(3).allSatisfy(f -> assertThat(Priorities.rounded(f.points())).isPositive());
  }

  @Test
  void textThatIsNoResumeGetsNoFixes() {
    Report r = check("hello world\n");
    assertThat(r.notAResume()).isTrue();
    assertThat(r.priorities().topFixes()).isEmpty();
    assertThat(r.priorities().groups()).isNotEmpty();
  }

  @Test
  void theJsonReportCarriesFixesGroupsAndPrices() throws IOException {
    var tree = ReportJson.tree(check(golden("junior-weak")));
    assertThat(tree.path("topFixes")).hasSize(3);
    assertThat(tree.path("topFixes").get(0).path("title").asText()).isNotBlank();
    assertThat(tree.path("topFixes").get(0).path("finding").asText()).matches("f\\d+");
    assertThat(tree.path("groups").size()).isPositive();
    assertThat(tree.path("findings").get(0).has("points")).isTrue();
  }
}
