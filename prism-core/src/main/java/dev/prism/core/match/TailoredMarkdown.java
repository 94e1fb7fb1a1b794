package dev.prism.core.match;

import dev.prism.core.model.Bullet;
import dev.prism.core.model.Contact;
import dev.prism.core.model.Entry;
import dev.prism.core.model.Field;
import dev.prism.core.model.Resume;
import dev.prism.core.model.Section;
import dev.prism.core.model.SkillGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A tailored resume as Markdown, ready to edit. Dates are copied as the resume wrote them (from their
 * spans), not reformatted, so the output holds no figure the original did not.
 */
public final class TailoredMarkdown {
  private TailoredMarkdown() {}

  public static String write(Tailoring t) {
    return write(t.resume(), t.text());
  }

  /**
   * Any resume as Markdown, the original beside its tailored version included.
   *
   * @param text the extracted text its spans refer to
   */
  public static String write(Resume resume, String text) {
    StringBuilder out = new StringBuilder();
    Contact c = resume.contact();
    out.append("# ").append(c.name() == null ? "Resume" : c.name().value()).append("\n\n");
    List<String> contact = new ArrayList<>();
    for (Field f : new Field[] {c.email(), c.phone(), c.location()}) {
      if (f != null) {
        contact.add(f.value());
      }
    }
    c.links().forEach(l -> contact.add(l.value()));
    if (!contact.isEmpty()) {
      out.append(String.join(" · ", contact)).append("\n");
    }
    Field lastHeading = null;
    for (Section s : resume.sections()) {
      String heading = s.heading() != null ? s.heading().value() : s.kind().id();
      // Sections read under one heading (jobs, and the projects written among them) print it once.
      if (s.heading() == null || !s.heading().equals(lastHeading)) {
        out.append("\n## ").append(heading.substring(0, 1).toUpperCase(Locale.ROOT)).append(heading.substring(1)).append("\n\n");
      }
      lastHeading = s.heading();
      for (Entry e : s.entries()) {
        List<String> head = new ArrayList<>();
        if (e.title() != null) {
          head.add("**" + e.title().value() + "**");
        }
        if (e.organization() != null) {
          head.add(e.organization().value());
        }
        if (e.location() != null) {
          head.add(e.location().value());
        }
        if (e.dates() != null) {
          head.add(e.dates().span().of(text).strip());
        }
        if (!head.isEmpty()) {
          out.append("### ").append(String.join(" · ", head)).append("\n\n");
        }
        for (Field l : e.lines()) {
          out.append(l.value()).append("\n\n");
        }
        for (Bullet b : e.bullets()) {
          out.append("- ").append(b.text()).append("\n");
        }
        if (!e.bullets().isEmpty()) {
          out.append("\n");
        }
      }
      for (SkillGroup g : s.skills()) {
        out.append("- ").append(g.label() == null ? "" : "**" + g.label().value() + ":** ")
            .append(String.join(", ", g.skills().stream().map(Field::value).toList())).append("\n");
      }
    }
    return out.toString().replaceAll("\n{3,}", "\n\n").stripTrailing() + "\n";
  }
}
