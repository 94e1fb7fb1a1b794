package dev.prism.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prism.core.CheckOptions;
import dev.prism.core.Prism;
import dev.prism.core.examples.Example;
import dev.prism.core.examples.Examples;
import dev.prism.core.examples.ResumeMarkdown;
import dev.prism.core.model.PartialDate;
import dev.prism.core.report.Report;
import dev.prism.core.report.ReportJson;
import dev.prism.core.role.Roles;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Keeps the example resumes exemplary as rules evolve: each, read the way a person would hand it
 * in (JSON Resume or the Markdown we print), scores at least 80 for its own level and reads as it.
 */
class ExampleResumesTest {
  static final PartialDate TODAY = new PartialDate(2026, 11);
  static final int FLOOR = 80;

  @Test
  void eachExampleScoresStronglyForItsOwnLevel() throws Exception {
    for (Example e : Examples.all()) {
      byte[] json = ReportJson.write(e.resume(), true).getBytes(StandardCharsets.UTF_8);
      byte[] md = ResumeMarkdown.render(e.resume()).getBytes(StandardCharsets.UTF_8);
      for (Report r : new Report[] {check(e, "example.json", json), check(e, "example.md", md)}) {
        String what = e.level().id() + " as " + r.extraction().format();
        assertThat(r.score()).as(what + " score; findings: %s", r.findings()).isGreaterThanOrEqualTo(FLOOR);
        assertThat(r.level().level()).as(what + " level; evidence: %s", r.level().evidence()).isEqualTo(e.level());
        assertThat(r.gaps()).as(what + " gaps").isEmpty();
      }
    }
  }

  private static Report check(Example e, String name, byte[] bytes) throws Exception {
    return Prism.standard().check(Readers.standard().read(name, bytes), new CheckOptions(Roles.DEFAULT, e.level(), TODAY));
  }
}
