package dev.prism.core.level;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prism.core.CheckOptions;
import dev.prism.core.Prism;
import dev.prism.core.model.Extraction;
import dev.prism.core.model.PartialDate;
import dev.prism.core.report.Report;
import dev.prism.core.role.Level;
import dev.prism.core.role.Roles;
import dev.prism.core.rules.Finding;
import dev.prism.core.rules.LevelGaps.Gap;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LevelGapsTest {
  static final Prism PRISM = Prism.standard();

  static Report check(String text, Level target) {
    return PRISM.check(Extraction.plain(text, "text"), new CheckOptions(Roles.DEFAULT, target, new PartialDate(2026, 11)));
  }

  static final String RESUME = """
      Robin Vale
      robin.vale@example.com | +1 555 010 2030

      SUMMARY
      Backend engineer who mentored four juniors and led the on-call rotation across teams.

      EXPERIENCE
      Software Engineer | Northwind | Berlin    Jan 2021 – Present
      - Built the invoice export API in Go, cutting export time from 40 s to 3 s.
      - Added a Redis cache to the pricing lookups, lifting the hit rate to 90%.

      SKILLS
      Practices: system design, architecture, roadmap
      """;

  /** Mentoring in the summary is shown; words only in the skills list are not. */
  @Test
  void aGapNeverNamesWhatTheResumeShows() {
    Report r = check(RESUME, Level.SENIOR);
    String outsideSkills = RESUME.substring(0, RESUME.indexOf("SKILLS")).toLowerCase(Locale.ROOT);
    for (Gap g : r.gapDetails()) {
      for (String word : g.missing()) {
        assertThat(outsideSkills).as(g.id()).doesNotContain(" " + word.toLowerCase(Locale.ROOT) + " ");
      }
    }
    assertThat(r.gapDetails()).extracting(Gap::id).doesNotContain("leadership").contains("system-design", "cost");
    assertThat(r.gaps()).first().asString().startsWith("Reads as mid; senior scope is");
    assertThat(r.findings()).extracting(Finding::message).noneMatch(m -> m.toLowerCase(Locale.ROOT).contains("leadership evidence, such as"));
  }

  @Test
  void gapsFollowTheLevelJudged() {
    Report newGraduate = check(RESUME.replace("Jan 2021", "Jan 2026"), null);
    assertThat(newGraduate.level().level()).isEqualTo(Level.JUNIOR);
    assertThat(newGraduate.gaps()).noneMatch(g -> g.contains("enior"));
  }
}
