package dev.prism.core.level;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prism.core.examples.Example;
import dev.prism.core.examples.Examples;
import dev.prism.core.examples.ResumeMarkdown;
import dev.prism.core.model.Extraction;
import dev.prism.core.model.PartialDate;
import dev.prism.core.model.Resume;
import dev.prism.core.role.Level;
import dev.prism.core.role.LevelAxis;
import dev.prism.core.role.Role;
import dev.prism.core.role.Roles;
import dev.prism.core.text.Segmenter;
import dev.prism.core.vocab.Term;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LevelEstimatorTest {
  static final Role ROLE = Roles.builtIn().get(Roles.DEFAULT).orElseThrow();
  static final PartialDate WRITTEN = new PartialDate(2026, 6);

  static LevelEstimate estimate(String text) {
    Resume r = Segmenter.segment(Extraction.plain(text, "text"));
    return LevelEstimator.estimate(r, text, WRITTEN, ROLE, new PartialDate(2026, 11));
  }

  static String resume(String title, String dates, String... bullets) {
    StringBuilder b = new StringBuilder("Robin Vale\nrobin.vale@example.com | +1 555 010 2030\n\nEXPERIENCE\n");
    b.append(title).append(" | Northwind | Berlin    ").append(dates).append('\n');
    for (String bullet : bullets) {
      b.append("- ").append(bullet).append('\n');
    }
    return b.append("\nSKILLS\nLanguages: Java, Go\n").toString();
  }

  static final String[] PLAIN = {
      "Built the invoice export API in Go, cutting export time from 40 s to 3 s.",
      "Added a Redis cache to the pricing lookups, lifting the hit rate to 90%.",
      "Wrote load tests with k6 for the export endpoints."};

  @Test
  void titlesAreParsedForTheirLevelWord() {
    assertThat(estimate(resume("Software Developer II", "Jan 2022 – Present", PLAIN)).signals().title()).isEqualTo(Level.MID);
    assertThat(estimate(resume("Software Developer II", "Jan 2022 – Present", PLAIN)).signals().titleStrength()).isLessThan(1);
    assertThat(estimate(resume("Medior Backend Developer", "Jan 2022 – Present", PLAIN)).signals().title()).isEqualTo(Level.MID);
    assertThat(estimate(resume("Infrastructure Team Lead", "Jan 2018 – Present", PLAIN)).signals().title()).isEqualTo(Level.SENIOR);
    assertThat(estimate(resume("Director of Engineering", "Jan 2012 – Present", PLAIN)).signals().title()).isEqualTo(Level.STAFF);
    assertThat(estimate(resume("Head of Platform", "Jan 2012 – Present", PLAIN)).signals().title()).isEqualTo(Level.STAFF);
    assertThat(estimate(resume("Software Engineer Co-op", "Jan 2026 – Present", PLAIN)).signals().title()).isNull();
  }

  @Test
  void noStaffWithoutStaffScopeShown() {
    String[] senior = {
        "Mentored 4 engineers through weekly design reviews of the payments services.",
        "Led a team of 6 engineers that rebuilt the ledger on PostgreSQL.",
        "Architected the settlement pipeline on Kafka, a critical path for every payout."};
    LevelEstimate director = estimate(resume("Director of Engineering", "Jan 2012 – Present", senior));
    assertThat(director.level()).isEqualTo(Level.SENIOR);
    assertThat(director.evidence()).anyMatch(e -> e.startsWith("held at senior"));

    List<String> staff = new ArrayList<>(List.of(senior));
    staff.add("Set the technical roadmap for the payments platform team, adopted by 5 product teams.");
    staff.add("Drove the company-wide move to multi-region deployments across departments.");
    LevelEstimate shown = estimate(resume("Director of Engineering", "Jan 2012 – Present", staff.toArray(String[]::new)));
    assertThat(shown.level()).isEqualTo(Level.STAFF);
    assertThat(shown.axis(LevelAxis.SCOPE).level()).isEqualTo(Level.STAFF);
    assertThat(shown.axis(LevelAxis.SCOPE).atLeast(Level.STAFF)).extracting(AxisEvidence.Shown::words)
        .contains("company-wide", "multi-region");
  }

  @Test
  void yearsInTheSeniorBandAloneDoNotMakeASenior() {
    LevelEstimate e = estimate(resume("Software Engineer", "Jan 2019 – Present", PLAIN));
    assertThat(e.years()).isBetween(5.0, 9.0);
    assertThat(e.level()).isEqualTo(Level.MID);
    assertThat(e.confidence()).isNotEqualTo(Confidence.HIGH);
  }

  @Test
  void yearsPastTheStaffBandReadAsSeniorButNeverStaff() {
    LevelEstimate e = estimate(resume("Software Engineer", "Jan 2014 – Present", PLAIN));
    assertThat(e.years()).isGreaterThan(9);
    assertThat(e.level()).isEqualTo(Level.SENIOR);
    assertThat(e.confidence()).isNotEqualTo(Confidence.HIGH);
  }

  @Test
  void aStudentReadsAsJuniorWhateverTheDatesSay() {
    String text = resume("Software Engineer", "Jan 2024 – Present",
        "Led a team of 8 engineers and mentored 3 of them.", "Architected the distributed scheduler, a critical system.",
        "Coordinated design reviews across teams.")
        + "\nEDUCATION\nBSc Computer Science | State University    2023 – 2027\n";
    LevelEstimate e = estimate(text);
    assertThat(e.level()).isEqualTo(Level.JUNIOR);
    assertThat(e.timeline().student()).isNotNull();
  }

  @Test
  void theExampleResumesReadAsTheirOwnLevel() {
    for (Example x : Examples.all()) {
      LevelEstimate e = estimate(ResumeMarkdown.render(x.resume()));
      assertThat(e.level()).as(x.level() + ": " + e.evidence()).isEqualTo(x.level());
    }
  }

  /**
   * One word never moves a level: any single evidence word or title word of any level, added to one
   * bullet of any example resume or of a plain resume, leaves the estimate where it was.
   */
  @Test
  void oneWordNeverMovesALevel() {
    List<String> words = new ArrayList<>();
    for (Level l : Level.values()) {
      var p = ROLE.level(l);
      for (var m : List.of(p.evidence().get(LevelAxis.SCOPE), p.evidence().get(LevelAxis.OWNERSHIP),
          p.evidence().get(LevelAxis.COLLABORATION), p.metricTerms(), p.titles())) {
        m.terms().stream().map(Term::canonical).forEach(words::add);
      }
    }
    List<String> resumes = new ArrayList<>();
    Examples.all().forEach(x -> resumes.add(ResumeMarkdown.render(x.resume())));
    resumes.add(resume("Software Engineer", "Jan 2023 – Present", PLAIN));
    resumes.add(resume("Software Engineer", "Jan 2015 – Present", PLAIN));
    List<String> moved = new ArrayList<>();
    for (String text : resumes) {
      Level before = estimate(text).level();
      int bullet = text.indexOf("\n- ") + 3;
      int end = text.indexOf('\n', bullet);
      for (String w : words) {
        String changed = text.substring(0, end) + " (" + w + " 7)" + text.substring(end);
        Level after = estimate(changed).level();
        if (after != before) {
          moved.add("\"" + w + "\" moved " + before + " to " + after + " in " + text.substring(bullet, end));
        }
      }
    }
    assertThat(moved).isEmpty();
  }
}
