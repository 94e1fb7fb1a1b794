package dev.prism.core.rules;

import dev.prism.core.model.Contact;
import dev.prism.core.model.Span;
import dev.prism.core.role.Dimension;
import java.util.ArrayList;
import java.util.List;

/** Contact details a recruiter needs: a name, an email, a phone number. */
final class ContactRule implements Rule {
  @Override
  public String id() {
    return "MISSING_CONTACT";
  }

  @Override
  public Dimension dimension() {
    return Dimension.PRESENTATION;
  }

  @Override
  public String description() {
    return "Name, email or phone number missing from the top of the resume.";
  }

  @Override
  public List<Finding> check(Context c) {
    Contact ct = c.resume().contact();
    Span top = topLine(c.text());
    List<String> missing = new ArrayList<>();
    double penalty = 0;
    Severity severity = Severity.INFO;
    if (ct.name() == null) {
      missing.add("name");
      penalty += 10;
      severity = Severity.ERROR;
    }
    if (ct.email() == null) {
      missing.add("email address");
      penalty += 15;
      severity = Severity.ERROR;
    }
    if (ct.phone() == null) {
      missing.add("phone number");
      penalty += 3;
    }
    if (missing.isEmpty()) {
      return List.of();
    }
    // One finding for the contact block: what is missing, in the order a recruiter looks for it.
    String what = missing.size() == 1 ? missing.get(0)
        : String.join(", ", missing.subList(0, missing.size() - 1)) + " or " + missing.get(missing.size() - 1);
    String why = ct.email() == null ? "; recruiters reply by email" : ct.name() == null ? "; put your name alone on the first line"
        : "; many recruiters call first";
    return List.of(finding("No " + what + " found at the top" + why, top, severity, penalty));
  }

  private Finding finding(String message, Span span, Severity s, double penalty) {
    return new Finding(id(), s, dimension(), message, span,
        List.of(new Suggestion.Advice("Start with your name, then one line: email | phone | city | LinkedIn or GitHub.")), penalty);
  }

  static Span topLine(String text) {
    int start = 0;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    int end = text.indexOf('\n', start);
    end = end < 0 ? text.length() : end;
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return Span.between(start, end);
  }

  @Override
  public List<Example> examples() {
    return List.of(new Example(
        ExampleResume.with("jordan.lee@example.com | +1 555 010 2030 | Berlin, Germany | github.com/jordanlee", "Berlin, Germany | github.com/jordanlee")
            .replace("Jordan Lee", "«Jordan Lee»"),
        ExampleResume.SENIOR));
  }
}
