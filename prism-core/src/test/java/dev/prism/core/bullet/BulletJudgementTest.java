package dev.prism.core.bullet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.prism.core.eval.BulletEvaluation;
import dev.prism.core.eval.BulletEvaluation.Result;
import dev.prism.core.role.Role;
import dev.prism.core.role.Roles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Judgement floors. The hold-out set was written for these tests and is not used to tune the
 * analyser; the shared dev set is used when it is present beside the project.
 */
class BulletJudgementTest {
  static final Role ROLE = Roles.builtIn().get(Roles.DEFAULT).orElseThrow();

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"bullets-holdout.tsv", "bullets-holdout-2.tsv"})
  void holdOutSetsMeetTheFloors(String file) throws IOException {
    String tsv;
    try (InputStream in = getClass().getResourceAsStream("/eval/" + file)) {
      tsv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Result r = BulletEvaluation.evaluate(BulletEvaluation.parse(tsv), ROLE);
    assertThat(r.pairs()).isGreaterThanOrEqualTo(30);
    assertThat(r.pairwise()).as("strong above weak twin; misses: %s", r.misses()).isGreaterThanOrEqualTo(0.95);
    assertThat(r.hardPairwise()).as("where numbers mislead").isGreaterThanOrEqualTo(0.85);
    assertThat(r.labels()).as("labels").isGreaterThanOrEqualTo(0.85);
  }

  @Test
  void sharedDevSetMeetsTheFloors() throws IOException {
    Path dev = Path.of("../../shared/corpus/bullets-dev.tsv");
    if (!Files.exists(dev)) {
      dev = Path.of("../shared/corpus/bullets-dev.tsv");
    }
    assumeTrue(Files.exists(dev), "shared corpus not present");
    Result r = BulletEvaluation.evaluate(BulletEvaluation.parse(Files.readString(dev)), ROLE);
    assertThat(r.pairwise()).isGreaterThanOrEqualTo(0.95);
    assertThat(r.labels()).isGreaterThanOrEqualTo(0.90);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Fixed 120 bugs.                                   | weak",
      "Attended 50+ meetings with stakeholders.          | weak",
      "Responsible for 3 microservices.                  | weak",
      "Designed the event pipeline that every new service now follows. | strong",
      "Responsible for backend.                          | weak",
      "Cut p99 latency of the search API from 800 ms to 120 ms by adding a Redis cache in front of PostgreSQL. | strong",
  })
  void digitsDoNotDecideStrength(String text, String label) {
    assertThat(BulletAnalyzer.analyze(text, ROLE).label().id()).isEqualTo(label);
  }

  @Test
  void reasonsExplainAWeakBullet() {
    BulletAnalysis a = BulletAnalyzer.analyze("Helped the team with database queries and fixed some bugs.", ROLE);
    assertThat(a.label()).isEqualTo(BulletLabel.WEAK);
    assertThat(a.reasons()).anyMatch(r -> r.contains("helped"));
    assertThat(a.reasons()).anyMatch(r -> r.contains("no result"));
    assertThat(a.suggestion()).startsWith("[Action verb] database queries and fixed [N] bugs");
    assertThat(a.dimensions()).contains(dev.prism.core.role.Dimension.STORAGE);
  }

  @Test
  void strongBulletsNeedNoRewrite() {
    BulletAnalysis a = BulletAnalyzer.analyze(
        "Sharded the user table across 16 PostgreSQL nodes by tenant ID, sustaining 4x user growth without read-latency regression.", ROLE);
    assertThat(a.label()).isEqualTo(BulletLabel.STRONG);
    assertThat(a.suggestion()).isNull();
    assertThat(a.technologies()).containsExactly("PostgreSQL");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Helped onboard 6 new hires.                       | [What you did to] onboard 6 new hires",
      "Helped migrate the database to PostgreSQL 15.     | [What you did to] migrate the database to PostgreSQL 15",
      "Worked on the notification feature.               | [Action verb] the notification feature",
      "Responsible for backend tasks and helped with some bugs | [Action verb] backend tasks and [action verb] [N] bugs",
  })
  void rewritesReplaceOnlyTheFillerWords(String bullet, String start) {
    assertThat(BulletAnalyzer.analyze(bullet, ROLE).suggestion()).startsWith(start);
  }

  @Test
  void dutyPhrasesKeepTheirOwnVerb() {
    BulletAnalysis a = BulletAnalyzer.analyze("Responsible for maintaining legacy billing code.", ROLE);
    assertThat(a.suggestion()).startsWith("Maintained legacy billing code");
  }
}
