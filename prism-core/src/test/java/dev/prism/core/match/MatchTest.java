package dev.prism.core.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prism.core.report.ReportJson;
import dev.prism.core.role.Level;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MatchTest {
  private static final Match LEDGER = Fixtures.match(Fixtures.resource("ledger.resume.input"), Fixtures.resource("ledger.jd.input"));

  private static TermMatch term(String name) {
    return java.util.stream.Stream.concat(LEDGER.required().stream(), LEDGER.preferred().stream())
        .filter(t -> t.requirement().name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void bulletsEvidenceAndSkillsOnlyClaim() {
    assertThat(term("Kafka or RabbitMQ").coverage()).isInstanceOf(Coverage.Shown.class);
    assertThat(term("Kafka or RabbitMQ").matched()).isEqualTo("Kafka");
    assertThat(term("Terraform").coverage()).isEqualTo(new Coverage.Listed(term("Terraform").coverage().evidence(), Coverage.Place.SKILLS));
    assertThat(term("Kubernetes").found()).isFalse();
    assertThat(LEDGER.missing()).extracting(t -> t.requirement().name()).contains("Kubernetes", "gRPC");
  }

  @Test
  void evidenceSpansPointAtTheTerm() {
    TermMatch pg = term("PostgreSQL");
    assertThat(pg.coverage().evidence().of(LEDGER.text())).isEqualTo("PostgreSQL");
    int line = LEDGER.text().lastIndexOf('\n', pg.coverage().evidence().offset());
    assertThat(LEDGER.text().substring(line + 1)).startsWith("- Built the payouts API");
  }

  @Test
  void aMissingMustHaveCostsMoreThanAMissingNiceToHave() {
    String resume = "Sam Lee\nsam@example.org\n\nEXPERIENCE\nEngineer | Acme | 2020 – 2024\n- Built services in Go on PostgreSQL.\n";
    int bothShown = Fixtures.match(resume, "Requirements\n- Go\n- PostgreSQL\n").matchRate();
    int requiredMissing = Fixtures.match(resume, "Requirements\n- Go\n- Rust\nNice to have\n- PostgreSQL\n").matchRate();
    int preferredMissing = Fixtures.match(resume, "Requirements\n- Go\n- PostgreSQL\nNice to have\n- Rust\n").matchRate();
    assertThat(bothShown).isEqualTo(100);
    assertThat(preferredMissing).isGreaterThan(requiredMissing);
  }

  @Test
  void levelAskedAgainstLevelRead() {
    assertThat(LEDGER.level().asked()).isEqualTo(Level.SENIOR);
    assertThat(LEDGER.level().askedYears()).isEqualTo(6);
    assertThat(LEDGER.matchRate()).isBetween(0, 100);
  }

  /** Golden file: regenerate on purpose with {@code -Dprism.golden.update=true}. */
  @Test
  void golden() throws IOException {
    String actual = ReportJson.write(MatchJson.tree(LEDGER), true) + "\n";
    Path file = Path.of("src/test/resources/match/ledger.expected.json");
    if (Boolean.getBoolean("prism.golden.update") || !Files.exists(file)) {
      Files.writeString(file, actual);
    }
    assertThat(actual).isEqualTo(Files.readString(file));
  }
}
