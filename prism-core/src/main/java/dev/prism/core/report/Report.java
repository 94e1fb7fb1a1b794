package dev.prism.core.report;

import dev.prism.core.level.LevelEstimate;
import dev.prism.core.model.Extraction;
import dev.prism.core.model.ParseWarning;
import dev.prism.core.model.Reading;
import dev.prism.core.model.Resume;
import dev.prism.core.role.Level;
import dev.prism.core.role.Role;
import dev.prism.core.rules.Context.AnalyzedBullet;
import dev.prism.core.rules.Finding;
import dev.prism.core.rules.LevelGaps;
import dev.prism.core.score.Scorecard;
import java.util.List;
import java.util.Objects;

/**
 * The result of one check. Findings are in text order; {@code dimensions} refer to them by index.
 *
 * @param target the level asked for, or null
 * @param gaps what the judged level (target, else estimate) expects that the resume does not show
 * @param gapDetails the same gaps with the words that would show each, none of which the resume has
 * @param warnings parse warnings: the reader's, plus those that need the role
 * @param reading how far the reading of the document can be trusted
 */
public record Report(
    Extraction extraction,
    Resume resume,
    Role role,
    Scorecard scorecard,
    LevelEstimate level,
    Level target,
    List<String> gaps,
    List<LevelGaps.Gap> gapDetails,
    List<AnalyzedBullet> bullets,
    List<Finding> findings,
    List<ParseWarning> warnings,
    Reading reading) {

  /** Version of the scoring model: bump it when scores for the same input change on purpose. */
  public static final String MODEL = "2026.11.1";
  public static final String SCHEMA = "prism.report/1";

  public Report {
    Objects.requireNonNull(extraction, "extraction");
    Objects.requireNonNull(scorecard, "scorecard");
    gaps = List.copyOf(gaps);
    gapDetails = List.copyOf(gapDetails);
    bullets = List.copyOf(bullets);
    findings = List.copyOf(findings);
    warnings = List.copyOf(warnings);
    Objects.requireNonNull(reading, "reading");
  }

  public int score() {
    return scorecard.score();
  }

  public String text() {
    return extraction.text();
  }

  /** The findings priced in points and grouped by rule, and the fixes worth the most. */
  public Priorities priorities() {
    return Priorities.of(this);
  }

  /** Whether the document was judged not to be a resume at all. */
  public boolean notAResume() {
    return findings.stream().anyMatch(f -> f.rule().equals("NOT_A_RESUME"));
  }
}
