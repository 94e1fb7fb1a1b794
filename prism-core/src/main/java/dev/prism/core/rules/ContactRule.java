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
    List<Finding> out = new ArrayList<>();
    if (ct.name() == null) {
      out.add(finding("No name found at the top; put your name alone on the first line", top, Severity.ERROR, 10));
    }
    if (ct.email() == null) {
      out.add(finding("No email address found; recruiters reply by email", top, Severity.ERROR, 15));
    }
    if (ct.phone() == null) {
      out.add(finding("No phone number found; many recruiters call first", top, Severity.INFO, 3));
    }
    return out;
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
