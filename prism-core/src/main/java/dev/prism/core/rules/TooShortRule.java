package dev.prism.core.rules;

import dev.prism.core.role.Dimension;
import dev.prism.core.text.Whitespace;
import java.util.List;

/** So little text that there is nothing for a reviewer to judge. */
final class TooShortRule implements Rule {
  static final int MIN_WORDS = 120;

  @Override
  public String id() {
    return "TOO_SHORT";
  }

  @Override
  public Dimension dimension() {
    return Dimension.PRESENTATION;
  }

  @Override
  public String description() {
    return "Fewer than " + MIN_WORDS + " words: too little for a reviewer to judge.";
  }

  @Override
  public List<Finding> check(Context c) {
    String t = c.text().strip();
    int words = t.isEmpty() ? 0 : Whitespace.splitLength(t);
    if (words >= MIN_WORDS) {
      return List.of();
    }
    return List.of(new Finding(id(), Severity.WARNING, dimension(),
        "Only " + words + " words; a one-page resume has about 350 to 550",
        c.anchor(), List.of(new Suggestion.Advice("Add two to four bullets per recent position: what you built, how, and the result.")), 15));
  }

  @Override
  public List<Example> examples() {
    return List.of(new Example("Jordan Lee\njordan.lee@example.com\n\n«EXPERIENCE»\nBackend Engineer | Globex    2019 – 2023\n- Built APIs.\n",
        ExampleResume.SENIOR));
  }
}
