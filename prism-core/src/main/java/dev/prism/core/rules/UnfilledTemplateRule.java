package dev.prism.core.rules;

import dev.prism.core.model.Span;
import dev.prism.core.bullet.Lexicon;
import dev.prism.core.role.Dimension;
import dev.prism.core.text.ResourceLists;
import dev.prism.core.text.Whitespace;
import dev.prism.core.vocab.Mention;
import dev.prism.core.vocab.TermMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A resume template not yet filled in: "Your Full Name", "Company Name", "by X%". Its results are
 * not anyone's, so it earns no impact, and the report names it as a template rather than judging
 * it as a resume. Placeholder words live in {@code template-words.txt}.
 */
final class UnfilledTemplateRule implements Rule {
  private static final Map<String, List<String>> WORDS = ResourceLists.read(UnfilledTemplateRule.class, "template-words.txt");
  private static final TermMatcher PLACEHOLDERS = matcher("placeholders");
  private static final Set<String> CERTAIN = Set.copyOf(WORDS.get("certain"));
  /** Figures left as letters: "by X%", "$XK", "XX users", "20XX". */
  static final Pattern LETTER_FIGURE =
      Pattern.compile("(?=[$XN12])(?<![\\w$])(?:\\$\\s?X{1,3}[KMB]?|X{1,3}\\s?%|N\\s?%|XX+|20XX|19XX)(?![\\w])");
  /** Distinct placeholders it takes when none of them is certain. */
  private static final int ENOUGH = 3;

  private static TermMatcher matcher(String list) {
    return Lexicon.matcher(WORDS.get(list), list);
  }

  @Override
  public String id() {
    return "UNFILLED_TEMPLATE";
  }

  @Override
  public Dimension dimension() {
    return Dimension.IMPACT;
  }

  @Override
  public String description() {
    return "A template still holding its placeholders (\"Your Full Name\", \"Company Name\", \"by X%\").";
  }

  @Override
  public List<Finding> check(Context c) {
    String text = c.text();
    Set<String> found = new LinkedHashSet<>();
    Span first = null;
    boolean certain = false;
    for (Mention m : PLACEHOLDERS.find(c.words())) {
      // Only as written in a template: capitalised ("Company Name") or in brackets ("[company]").
      String written = m.span().of(text);
      boolean bracketed = m.span().offset() > 0 && "[<{".indexOf(text.charAt(m.span().offset() - 1)) >= 0;
      if (!Character.isUpperCase(written.charAt(0)) && !bracketed) {
        continue;
      }
      found.add("\"" + written + "\"");
      certain |= CERTAIN.contains(m.term().canonical());
      first = first == null || m.span().offset() < first.offset() ? m.span() : first;
    }
    boolean words = !found.isEmpty();
    if (mayHoldLetterFigure(text)) {
      Matcher f = LETTER_FIGURE.matcher(text);
      while (f.find()) {
        found.add("\"" + f.group() + "\"");
        first = first == null || f.start() < first.offset() ? Span.between(f.start(), f.end()) : first;
      }
    }
    if (first == null || !certain && found.size() < ENOUGH) {
      return List.of();
    }
    List<String> shown = new ArrayList<>(found).subList(0, Math.min(5, found.size()));
    Finding template = new Finding(id(), Severity.ERROR, dimension(),
        "This is an unfilled template: it still holds placeholders (" + String.join(", ", shown)
            + "); its results are no one's yet, so they earn nothing",
        first, List.of(new Suggestion.Advice("Fill in every placeholder with your own facts, or delete what you cannot fill.")), 100);
    if (!words) {
      return List.of(template);
    }
    // Placeholder names, titles and employers also leave nothing for a recruiter to read.
    return List.of(template, new Finding(id(), Severity.ERROR, Dimension.PRESENTATION,
        "Your name, positions and employers are still the template's: a recruiter cannot tell whose resume this is",
        first, List.of(new Suggestion.Advice("Put your own name, titles and employers in place of the template's.")), 100));
  }

  /**
   * Whether {@link #LETTER_FIGURE} can match: every figure it finds holds an "X" or is "N%" (with at
   * most one white space before the sign). Most resumes hold neither, and the pattern is tried at
   * every "$", "N", "1" and "2" of the whole text.
   */
  static boolean mayHoldLetterFigure(String text) {
    if (text.indexOf('X') >= 0) {
      return true;
    }
    for (int p = text.indexOf('%'); p >= 0; p = text.indexOf('%', p + 1)) {
      if (p > 0 && text.charAt(p - 1) == 'N'
          || p > 1 && Whitespace.isRegexSpace(text.charAt(p - 1)) && text.charAt(p - 2) == 'N') {
        return true;
      }
    }
    return false;
  }

  @Override
  public List<Example> examples() {
    String bad = ExampleResume.SENIOR.replace("Jordan Lee", "«Your Full Name»").replace("Acme Payments", "Company Name")
        .replace("cutting database reads by 60%", "cutting database reads by X%");
    return List.of(new Example(bad, ExampleResume.SENIOR));
  }
}
