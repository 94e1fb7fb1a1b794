package dev.prism.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prism.core.CheckOptions;
import dev.prism.core.Prism;
import dev.prism.core.model.Extraction;
import dev.prism.core.model.PartialDate;
import dev.prism.core.model.Span;
import dev.prism.core.report.Report;
import dev.prism.core.role.Level;
import dev.prism.core.role.Roles;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every registered rule's examples, LanguageTool style: the bad text yields the rule's finding
 * at the marked span, the good text does not, and applying an edit suggestion removes the finding.
 */
class RuleExamplesTest {
  private static final Prism PRISM = Prism.standard();
  private static final CheckOptions OPTIONS = new CheckOptions(Roles.DEFAULT, null, new PartialDate(2026, 11));

  static Report check(String text, String level) {
    CheckOptions o = level == null ? OPTIONS : OPTIONS.withTarget(Level.byId(level).orElseThrow());
    return PRISM.check(Extraction.plain(text, "text"), o);
  }

  @TestFactory
  Stream<DynamicTest> everyRuleExample() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Rule rule : Rules.ALL) {
      int n = 0;
      for (Rule.Example ex : rule.examples()) {
        int i = ++n;
        tests.add(DynamicTest.dynamicTest(rule.id() + " #" + i, () -> runExample(rule, ex)));
      }
    }
    return tests.stream();
  }

  private static void runExample(Rule rule, Rule.Example ex) {
    int open = ex.bad().indexOf('«');
    int close = ex.bad().indexOf('»');
    assertThat(open).as("bad example of %s marks its span with « »", rule.id()).isGreaterThanOrEqualTo(0);
    String bad = ex.bad().replace("«", "").replace("»", "");
    Span expected = Span.between(open, close - 1);

    List<Finding> found = findings(check(bad, ex.targetLevel()), rule.id());
    assertThat(found).as("%s fires on its bad example", rule.id()).isNotEmpty();
    assertThat(found).as("%s points at the marked text '%s'", rule.id(), expected.of(bad))
        .anyMatch(f -> f.span().equals(expected));

    assertThat(findings(check(ex.good().replace("«", "").replace("»", ""), ex.targetLevel()), rule.id()))
        .as("%s stays quiet on its good example", rule.id()).isEmpty();

    for (Finding f : found) {
      for (Suggestion s : f.suggestions()) {
        if (s instanceof Suggestion.Edit e) {
          String fixed = e.applyTo(bad);
          List<Finding> after = findings(check(fixed, ex.targetLevel()), rule.id());
          assertThat(after).as("applying '%s' removes one %s finding", e.text(), rule.id()).hasSize(found.size() - 1);
        }
      }
    }
  }

  private static List<Finding> findings(Report r, String rule) {
    return r.findings().stream().filter(f -> f.rule().equals(rule)).toList();
  }

  @Test
  void ruleIdsAreUniqueAndUpperSnake() {
    Set<String> ids = new HashSet<>();
    for (Rule r : Rules.ALL) {
      assertThat(r.id()).matches("[A-Z][A-Z0-9_]*");
      assertThat(ids.add(r.id())).as("duplicate rule id %s", r.id()).isTrue();
      assertThat(r.description()).isNotBlank();
      assertThat(r.examples()).as("%s has examples", r.id()).isNotEmpty();
    }
  }

  @Test
  void theExampleBaseResumeIsClean() {
    Report r = check(ExampleResume.SENIOR, null);
    assertThat(r.findings()).extracting(Finding::rule).isEmpty();
    assertThat(r.score()).isEqualTo(100);
  }
}
