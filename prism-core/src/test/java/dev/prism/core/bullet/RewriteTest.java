package dev.prism.core.bullet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prism.core.eval.BulletData;
import dev.prism.core.eval.BulletEvaluation;
import dev.prism.core.role.Role;
import dev.prism.core.role.Roles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rewrites restructure: the action first, then method and result; duty and filler words go; every
 * number and technology stays; only what is missing is marked. Bullets here are invented; the same
 * checks run over every weak and fair bullet of the shared corpus in {@code prism eval bullets},
 * which CI runs, and here too when the corpus is beside the project.
 */
class RewriteTest {
  static final Role ROLE = Roles.builtIn().get(Roles.DEFAULT).orElseThrow();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Responsible for maintaining legacy billing code.                      | Maintained legacy billing code",
      "Worked on the notification feature.                                   | [What you did",
      "Helped migrate the database to PostgreSQL 15.                         | [Your own part:] Migrated the database to PostgreSQL 15",
      "Development and maintenance of payment services in Go.                | Developed and maintained payment services in Go",
      "Building a data warehouse on BigQuery to let analysts query orders.   | Built a data warehouse on BigQuery, letting analysts query orders",
      "Platform was built using Node.js, Express and MongoDB.                | Built the platform using Node.js, Express and MongoDB",
      "Successfully deployed the new portal for various clients.             | Deployed the new portal for [which] clients",
      "Used Python to automate the weekly invoice export.                    | Automated the weekly invoice export with Python",
      "Reduced fraud losses by $2M by adding velocity checks to the card API. | Added velocity checks to the card API, reducing fraud losses by $2M",
      "Architect of the event bus connecting the order and stock services.   | Architected the event bus connecting the order and stock services",
      "Took initiative to reduce errors in the upload service.                | [What you changed, and how], reducing errors in the upload service",
  })
  void rewritesPutTheActionFirst(String bullet, String start) {
    String s = BulletAnalyzer.rewrite(bullet);
    assertThat(s).startsWith(start);
    assertThat(RewriteCheck.appendedOnly(bullet, s)).as(s).isFalse();
    assertThat(RewriteCheck.lostFacts(bullet, s)).as(s).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Wrote REST endpoints for the ledger service in Java.",
      "Designed the schema for the shipments table in MySQL 8 with 14 indexes.",
      "Set up Grafana dashboards for 5 services.",
      "Migrated the search API from Solr to Elasticsearch 7.",
      "Implemented OAuth login for the mobile app using Spring Security and JWT.",
      "Improved page load time of the admin console.",
      "Increased storage efficiency of the event archive in S3 by 30%.",
  })
  void wellOrderedBulletsStillGetMoreThanAppendedSlots(String bullet) {
    String s = BulletAnalyzer.rewrite(bullet);
    assertThat(RewriteCheck.appendedOnly(bullet, s)).as(s).isFalse();
    assertThat(RewriteCheck.lostFacts(bullet, s)).as(s).isEmpty();
    // It writes no digit of its own.
    assertThat(RewriteCheck.numbers(s)).isSubsetOf(RewriteCheck.numbers(bullet));
  }

  @Test
  void theCheckTellsAppendedSlotsFromARestructure() {
    String b = "Built the export service in Go";
    assertThat(RewriteCheck.appendedOnly(b, b + ", [result: what changed].")).isTrue();
    assertThat(RewriteCheck.appendedOnly(b, b + ".")).isTrue();
    assertThat(RewriteCheck.appendedOnly(b, "Built the export service [for whom] in Go, [result].")).isFalse();
    assertThat(RewriteCheck.appendedOnly(b, b + ", now used by [N] teams.")).isFalse();
    assertThat(RewriteCheck.lostFacts("Cut costs by $9K on AWS", "Cut costs on [cloud]")).containsExactly("9", "AWS");
  }

  @Test
  void everyWeakOrFairCorpusBulletGetsARealRewrite() throws IOException {
    Path dir = Path.of("../../shared/corpus");
    if (!Files.isDirectory(dir)) {
      dir = Path.of("../shared/corpus");
    }
    // Without the corpus the invented bullets above are the test; CI runs the eval command too.
    if (!Files.isDirectory(dir)) {
      return;
    }
    for (String name : List.of("bullets-real.tsv", "bullet-pairs-real.tsv", "bullets-dev.tsv")) {
      Path f = dir.resolve(name);
      if (!Files.exists(f)) {
        continue;
      }
      BulletEvaluation.Rewrites r = BulletEvaluation.rewrites(BulletData.parse(Files.readString(f), name));
      assertThat(r.checked()).isPositive();
      assertThat(r.appended()).as(name).isEmpty();
      assertThat(r.lost()).as(name).isEmpty();
    }
  }
}
