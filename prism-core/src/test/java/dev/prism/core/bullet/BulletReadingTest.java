package dev.prism.core.bullet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prism.core.bullet.BulletAnalysis.Lead;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a bullet is read: where the act starts, what it acts on, how it was done. Invented bullets. */
class BulletReadingTest {

  private static String actWord(BulletReading r) {
    return r.lower[r.leadStart];
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // A setting before the person, then the act.
      "As the only backend engineer on the billing team, I built a retry queue for failed card charges. | built",
      "To stop duplicate refunds, we added an idempotency key to the refund endpoint.                  | added",
      // A participle clause, then the act.
      "Leading a team of three, rebuilt the order search on Elasticsearch.                              | rebuilt",
      // Adverbs before the verb: hyphenated, or two joined by 'and'.
      "Single-handedly built the invoice export service.                                                | built",
      "Quickly and carefully migrated the ledger tables to PostgreSQL.                                  | migrated",
  })
  void theActIsFoundPastWhatComesBeforeIt(String bullet, String verb) {
    BulletReading r = BulletReading.of(bullet);
    assertThat(actWord(r)).isEqualTo(verb);
    assertThat(r.ownAction()).isTrue();
  }

  @Test
  void aVerbWrittenWithAHyphenIsTheActEvenWhereItNamesAPractice() {
    // "load-tested" is also how the vocabulary names load testing; opening a bullet, it is the verb.
    BulletReading r = BulletReading.of("Load-tested the booking API with Gatling and raised the pool size, doubling capacity.");
    assertThat(r.lead).isEqualTo(Lead.STRONG);
    assertThat(r.leadWord).isEqualTo("Load-tested");
    assertThat(r.bodyStart).isEqualTo(2);
    assertThat(BulletReading.of("Re-architected the search indexer around a work queue.").lead).isEqualTo(Lead.STRONG);
    // A technology that is no verb still opens the line as a technology.
    assertThat(BulletReading.of("Kafka consumers for the booking events.").lead).isEqualTo(Lead.OTHER);
  }

  @Test
  void aCommaInsideTheActIsNoSetting() {
    BulletReading r = BulletReading.of("Built the export job, then I moved it to a queue.");
    assertThat(r.settingEnd).isZero();
    assertThat(actWord(r)).isEqualTo("built");
  }

  @Test
  void usedXToBuildIsWeighedAsBuilding() {
    BulletReading r = BulletReading.of("Used Go to build a rate limiter for the public API.");
    assertThat(r.lead).isEqualTo(Lead.ROUTINE);
    assertThat(r.act).isEqualTo(Lead.STRONG);
    double[] x = BulletModel.features(r);
    assertThat(x[BulletModel.FEATURES.indexOf("lead.strong")]).isEqualTo(1);
    assertThat(x[BulletModel.FEATURES.indexOf("lead.routine")]).isZero();

    BulletReading plain = BulletReading.of("Used Jira for sprint planning.");
    assertThat(plain.act).isEqualTo(Lead.ROUTINE);
  }

  @Test
  void anOngoingOpenerKeepsTheClassOfItsVerb() {
    assertThat(BulletReading.of("Building a fraud scoring service for card payments.").ongoingStrong).isTrue();
    assertThat(BulletReading.of("Design the schema for the booking service.").ongoingStrong).isTrue();
    assertThat(BulletReading.of("Maintaining the legacy CRM for the sales office.").ongoingStrong).isFalse();
  }

  @Test
  void theObjectIsReadPastJoinedVerbs() {
    assertThat(BulletReading.of("Designed and implemented solutions for clients.").genericObject).isTrue();
    assertThat(BulletReading.of("Built, tested and shipped features.").genericObject).isTrue();
    assertThat(BulletReading.of("Designed and implemented a ledger for card refunds.").genericObject).isFalse();
  }

  @Test
  void aMeansNamedInWordsIsAMethod() {
    BulletReading words = BulletReading.of("Cut report time in half using precomputed daily aggregates.");
    assertThat(words.namedMeans).isTrue();
    assertThat(words.hasMethod()).isTrue();
    // A technology after "using" is the instrument, not a means in words; a general word is none.
    assertThat(BulletReading.of("Built dashboards using Grafana.").namedMeans).isFalse();
    assertThat(BulletReading.of("Improved the process using various solutions.").namedMeans).isFalse();
  }

  @Test
  void claimsOfInfluenceAreUpkeepNotBuilding() {
    assertThat(BulletReading.of("Evangelized observability across product teams.").lead).isEqualTo(Lead.ROUTINE);
    assertThat(BulletReading.of("Empowered developers to debug their own services.").lead).isEqualTo(Lead.ROUTINE);
  }

  @Test
  void theRewriteKeepsTheSetting() {
    String bullet = "As the only backend engineer on the Kotlin team, I built a retry queue for failed card charges.";
    String rewrite = Rewriter.rewrite(BulletReading.of(bullet), Set.of());
    assertThat(rewrite).startsWith("Built a retry queue").contains("only backend engineer on the Kotlin team");
    assertThat(RewriteCheck.appendedOnly(bullet, rewrite)).isFalse();
  }
}
