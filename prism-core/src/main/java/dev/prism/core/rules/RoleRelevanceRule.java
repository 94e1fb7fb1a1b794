package dev.prism.core.rules;

import dev.prism.core.model.Entry;
import dev.prism.core.model.SectionKind;
import dev.prism.core.bullet.Lexicon;
import dev.prism.core.role.Dimension;
import dev.prism.core.text.ResourceLists;
import dev.prism.core.vocab.TermMatcher;
import java.util.ArrayList;
import java.util.Objects;
import dev.prism.core.rules.Context.AnalyzedBullet;
import dev.prism.core.vocab.Mention;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A resume that does not read as the role at all: a finance or sales resume checked for a backend
 * role, or a frontend resume whose work is all screens and styling. A hiring team for the role
 * would not shortlist it however well its bullets are written. A resume with no software work
 * loses its impact (its results are not the role's); one whose work is mostly off-role loses level
 * fit. The report says why.
 */
final class RoleRelevanceRule implements Rule {
  /** Below this share of bullets that name software work, the resume is not a software resume. */
  static final double SOFTWARE_SHARE = 0.25;
  /** Distinct technologies named across skills and work that make a resume read as software. */
  static final int SOFTWARE_TECH = 6;
  /** Off-role technologies in the work that, when they outnumber the role's, make it read as off-role. */
  static final int OFF_ROLE_MIN = 4;

  private static final Map<String, List<String>> WORDS = ResourceLists.read(RoleRelevanceRule.class, "role-words.txt");
  private static final TermMatcher SOFTWARE = matcher("software-words");
  private static final TermMatcher TITLES = matcher("software-titles");

  @Override
  public String id() {
    return "ROLE_MISMATCH";
  }

  @Override
  public Dimension dimension() {
    return Dimension.LEVEL_FIT;
  }

  @Override
  public String description() {
    return "The resume does not read as the role: little or no software work, or work mostly outside the role.";
  }

  @Override
  public List<Finding> check(Context c) {
    if (NotAResumeRule.notAResume(c) || c.bullets().size() < 3) {
      return List.of();
    }
    String role = c.role().name();
    boolean softwareTitle = c.resume().sections(SectionKind.EXPERIENCE).flatMap(s -> s.entries().stream())
        .map(Entry::title).filter(Objects::nonNull).anyMatch(t -> !TITLES.find(t.value()).isEmpty());
    // A software title settles it: the bullets are searched for software work, and the
    // technologies gathered, only where no title names it (most resumes' titles do).
    if (!softwareTitle) {
      long software = c.bullets().stream().filter(RoleRelevanceRule::namesSoftwareWork).count();
      double share = (double) software / c.bullets().size();
      Map<String, Mention> tech = new LinkedHashMap<>(SkillsEvidence.firstOf(c.skills()));
      SkillsEvidence.firstOf(c.shownTech()).forEach(tech::putIfAbsent);
      if (share < SOFTWARE_SHARE && tech.size() < SOFTWARE_TECH) {
        // Its results, however good, are not the role's: they earn no impact for it.
        return List.of(new Finding(id(), Severity.ERROR, Dimension.IMPACT,
            "Does not read as software engineering: " + software + " of " + c.bullets().size()
                + " bullets name any software work, and the resume names " + tech.size() + " technolog" + (tech.size() == 1 ? "y" : "ies")
                + "; a " + role + " reviewer will not find the role in it",
            c.anchor(), List.of(new Suggestion.Advice("If you are moving into " + role.toLowerCase(Locale.ROOT)
                + ", lead with the software you built (projects count) and what it did; otherwise check the role you picked.")), 100));
      }
    }
    int off = 0;
    int on = 0;
    for (Mention m : SkillsEvidence.firstOf(c.shownTech()).values()) {
      if (c.role().offRoleCategories().contains(m.term().category())) {
        off++;
      } else if (!m.term().category().equals("tool") && !m.term().category().equals("practice")) {
        on++;
      }
    }
    long roleBullets = c.bullets().stream().filter(b -> !b.analysis().dimensions().isEmpty() && !DimensionEvidenceRule.offRole(c, b)).count();
    if (off >= OFF_ROLE_MIN && off > on && roleBullets * 3 < c.bullets().size()) {
      String kind = String.join("/", c.role().offRoleCategories().stream().sorted().toList());
      return List.of(new Finding(id(), Severity.WARNING, dimension(),
          "Reads as " + kind + " work rather than " + role.toLowerCase(Locale.ROOT) + ": " + off + " of the technologies your work names are "
              + kind + ", and " + roleBullets + " of " + c.bullets().size() + " bullets show the role's own work",
          c.anchor(), List.of(new Suggestion.Advice("Lead with the " + role.toLowerCase(Locale.ROOT)
              + " work you did (the APIs, data and services behind the screens), or aim at a role that fits the resume.")), 50));
    }
    return List.of();
  }

  /** A bullet names software work when it names a technology, a term of the role's dimensions, or software itself. */
  private static boolean namesSoftwareWork(AnalyzedBullet b) {
    return !b.analysis().technologies().isEmpty() || !b.analysis().dimensions().isEmpty()
        || !SOFTWARE.find(b.bullet().text()).isEmpty();
  }

  private static TermMatcher matcher(String list) {
    return Lexicon.matcher(WORDS.get(list), list);
  }

  @Override
  public List<Example> examples() {
    String finance = """
        Dana Whitfield
        dana.whitfield@example.com | +1 555 010 7788 | Chicago, IL

        «EXPERIENCE»
        Finance Manager | Acme Foods | Chicago    Mar 2019 – Present
        - Closed the quarterly books four days faster by reorganising the month-end calendar.
        - Negotiated supplier terms that lowered purchasing spend by 12% across three plants.
        - Presented the annual budget to the board and secured funding for two new product lines.
        - Hired and coached a team of six analysts through the audit season.
        Financial Analyst | Globex | Chicago    Jan 2015 – Feb 2019
        - Prepared the monthly variance report for the finance director.

        SKILLS
        Budgeting, forecasting, audit, negotiation

        EDUCATION
        BSc Accounting | University of Illinois    2011 – 2014
        """;
    return List.of(new Example(finance, ExampleResume.SENIOR));
  }
}
