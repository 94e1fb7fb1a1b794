package dev.prism.core.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prism.core.letter.CoverLetter;
import dev.prism.core.letter.CoverLetters;
import dev.prism.core.letter.Tone;
import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class CoverLetterTest {
  private static final String RESUME = Fixtures.resource("ledger.resume.input");
  private static final String JD = Fixtures.resource("ledger.jd.input");
  private static final Match LEDGER = Fixtures.match(RESUME, JD);

  @Test
  void namesCompanyRoleAndTheMostRelevantAchievements() {
    CoverLetter l = CoverLetters.write(LEDGER, Tone.FORMAL);
    assertThat(l.company()).isEqualTo("Harbourline");
    assertThat(l.text()).contains("Dear Harbourline hiring team,").contains("Senior Backend Engineer, Payments Platform")
        .contains("I built the payouts API in Kotlin").endsWith("Dana Kowalski\n");
    // The top requirements are named, and each cited bullet says which one it meets.
    assertThat(l.text()).contains("asks above all for PostgreSQL").contains("On PostgreSQL: At Maplewire, I built the payouts API");
    assertThat(l.evidence()).hasSizeBetween(2, 3);
  }

  @Test
  void everyFigureAndTechnologyComesFromTheResumeOrTheJob() {
    for (Tone tone : Tone.values()) {
      String letter = CoverLetters.write(LEDGER, tone).text();
      Set<String> numbers = new HashSet<>(TailorTest.numbers(RESUME));
      numbers.addAll(TailorTest.numbers(JD));
      Set<String> terms = new HashSet<>(TailorTest.terms(RESUME));
      terms.addAll(TailorTest.terms(JD));
      assertThat(TailorTest.numbers(letter)).isSubsetOf(numbers);
      assertThat(TailorTest.terms(letter)).isSubsetOf(terms);
    }
  }

  @Test
  void tonesReallyDiffer() {
    // Every paragraph but the evidence list (the same achievements, by design) differs by tone.
    var formal = CoverLetters.write(LEDGER, Tone.FORMAL).paragraphs();
    var direct = CoverLetters.write(LEDGER, Tone.DIRECT).paragraphs();
    var warm = CoverLetters.write(LEDGER, Tone.WARM).paragraphs();
    for (int i : new int[] {1, formal.size() - 2}) {
      assertThat(formal.get(i)).as("paragraph %d", i).isNotEqualTo(direct.get(i)).isNotEqualTo(warm.get(i));
      assertThat(direct.get(i)).as("paragraph %d", i).isNotEqualTo(warm.get(i));
    }
    assertThat(String.join("\n", direct)).containsPattern("\n- [^\n]*: At Maplewire, I");
    assertThat(String.join("\n", warm)).doesNotContain("\n- ");
  }

  @Test
  void twoPostingsGiveTwoLetters() {
    String ops = "Site Reliability Engineer\n\nRequirements\n- Docker and Jenkins\n- Kafka\n";
    String formal = CoverLetters.write(LEDGER, Tone.FORMAL).text();
    String other = CoverLetters.write(Fixtures.match(RESUME, ops), Tone.FORMAL).text();
    assertThat(other).isNotEqualTo(formal);
    // The body differs, not only the title: other requirements, other bullets.
    assertThat(body(other)).isNotEqualTo(body(formal));
    assertThat(other).contains("Docker");
  }

  private static String body(String letter) {
    return letter.substring(letter.indexOf("\n\n", letter.indexOf("\n\n") + 2));
  }

  @Test
  void withoutACompanyNoSentenceHasAHole() {
    String jd = "Requirements\n- Kotlin and PostgreSQL\n- Kafka\n";
    for (Tone tone : Tone.values()) {
      CoverLetter l = CoverLetters.write(Fixtures.match(RESUME, jd), tone);
      assertThat(l.company()).isNull();
      assertThat(l.text()).doesNotContain(" with and ").doesNotContain("  ").doesNotContain(" ,").doesNotContain("the  ")
          .doesNotContain("{").doesNotContain("null");
    }
  }

  @Test
  void eachCitedBulletStandsOnItsOwnLine() {
    // A PDF reader may join two bullets into one ("... • Led ..."): the letter cites the first alone,
    // and no two achievements share a line.
    String joined = RESUME.replace("- Moved batch reconciliation onto Kafka consumers, shortening end-of-day close from 3 hours to 25 minutes.",
        "- Moved batch reconciliation onto Kafka consumers, shortening end-of-day close from 3 hours to 25 minutes. • Led the move to Postgres 15");
    for (Tone tone : Tone.values()) {
      CoverLetter l = CoverLetters.write(Fixtures.match(joined, JD), tone);
      assertThat(l.text()).doesNotContain("•").doesNotContain("Postgres 15");
      String evidence = l.paragraphs().stream().filter(p -> p.contains("Maplewire, I")).findFirst().orElseThrow();
      for (String line : evidence.split("\n")) {
        assertThat(line.split("At Maplewire|At Quillpoint", -1).length - 1).as(line).isLessThanOrEqualTo(1);
      }
    }
  }

  @Test
  void noCliche() {
    String resume = RESUME.replace("- Wrote runbooks", "- Passionate team player who wrote runbooks");
    Match m = Fixtures.match(resume, JD);
    for (Tone tone : Tone.values()) {
      assertThat(CoverLetters.cliches().find(CoverLetters.write(m, tone).text())).isEmpty();
    }
  }

  @Property(tries = 100)
  void anyResumeAndJobGiveALetterWithoutNewFacts(@ForAll("resumes") String resume, @ForAll("jobs") String jd, @ForAll Tone tone) {
    String letter = CoverLetters.write(Fixtures.match(resume, jd), tone).text();
    Set<String> numbers = new HashSet<>(TailorTest.numbers(resume));
    numbers.addAll(TailorTest.numbers(jd));
    assertThat(TailorTest.numbers(letter)).isSubsetOf(numbers);
    assertThat(CoverLetters.cliches().find(letter)).isEmpty();
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> resumes() {
    return new TailorTest().resumes();
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> jobs() {
    return new TailorTest().jobs();
  }
}
