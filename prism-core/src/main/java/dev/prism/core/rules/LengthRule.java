package dev.prism.core.rules;

import dev.prism.core.model.Section;
import dev.prism.core.model.Span;
import dev.prism.core.role.Dimension;
import dev.prism.core.role.Role.LevelProfile;
import java.util.List;
import java.util.Locale;

/**
 * Longer than the level warrants: one page for junior and mid, up to two for senior and staff.
 * Length is the content's ({@link dev.prism.core.model.Extraction#contentPages()}), not the printed
 * page count: the same resume prints on one page in one template and on four in another, and its
 * verdict must not depend on the template.
 */
final class LengthRule implements Rule {
  @Override
  public String id() {
    return "LENGTH_FOR_LEVEL";
  }

  @Override
  public Dimension dimension() {
    return Dimension.LEVEL_FIT;
  }

  @Override
  public String description() {
    return "More content than the level warrants (a page for junior and mid, two for senior and staff, at about 550 words a page).";
  }

  @Override
  public List<Finding> check(Context c) {
    LevelProfile p = c.role().level(c.level());
    int pages = c.extraction().contentPages();
    if (pages <= p.maxPages()) {
      return List.of();
    }
    // Point at the last section: that is where cutting usually starts.
    List<Section> sections = c.resume().sections();
    Span span = sections.isEmpty() ? c.anchor()
        : sections.get(sections.size() - 1).heading() != null ? sections.get(sections.size() - 1).heading().span() : c.anchor();
    return List.of(new Finding(id(), Severity.WARNING, dimension(),
        "About " + pages + " pages of content (" + c.extraction().words() + " words); " + p.name().toLowerCase(Locale.ROOT) + " resumes should fit on " + p.maxPages()
            + (p.maxPages() == 1 ? " page" : " pages"),
        span, List.of(new Suggestion.Advice("Cut the oldest roles to one line each, and drop bullets that show no result.")), 25));
  }

  @Override
  public List<Example> examples() {
    StringBuilder longer = new StringBuilder(ExampleResume.SENIOR.replace("EDUCATION", "«EDUCATION»"));
    for (int i = 0; i < 70; i++) {
      longer.insert(longer.indexOf("Backend Engineer | Globex"),
          "- Designed and shipped a REST API endpoint for partner integrations, cutting integration time by 30%.\n");
    }
    return List.of(new Example(longer.toString(), ExampleResume.SENIOR, "mid"));
  }
}
