package dev.prism.core.rules;

import dev.prism.core.role.Dimension;
import java.util.List;

/**
 * One check. Rules are registered in {@link Rules#ALL}; each carries an example pair that a test
 * runs: the bad text must produce a finding at the marked span, the good text none, and applying an
 * {@link Suggestion.Edit} to the bad text must make the finding go away.
 */
public interface Rule {

  /** Stable UPPER_SNAKE id, used in reports, SARIF and documentation. */
  String id();

  Dimension dimension();

  /** One line: what the rule looks for and why it matters. */
  String description();

  List<Finding> check(Context context);

  /** Example pairs; the bad text marks the expected span with « and ». */
  List<Example> examples();

  /**
   * A resume text that shows the problem and one that does not. {@code targetLevel} (may be null) is
   * the level the check is run for.
   */
  record Example(String bad, String good, String targetLevel) {
    public Example(String bad, String good) {
      this(bad, good, null);
    }
  }
}
