package dev.prism.core.model;

import java.util.Objects;

/**
 * Something a reader knows for certain about a span of its text, because the source says so in its
 * structure: a JSON Resume field, the arguments of a LaTeX {@code \cventry}, a DOCX heading style.
 * The segmenter takes a claim over anything it would infer.
 */
public sealed interface Claim {
  Span span();

  /** A section heading; {@code kind} is null when the source marks a heading without naming its kind. */
  record Heading(Span span, SectionKind kind) implements Claim {
    public Heading {
      Objects.requireNonNull(span, "span");
    }
  }

  /**
   * One entry (a job, a project, a degree) whose header fields the source gives apart. Any field
   * may be null when the source has none; {@code section} is null when the source does not say
   * which kind of section the entry belongs to (the heading above it decides).
   *
   * @param span the whole entry: header, description and bullets
   */
  record Entry(Span span, SectionKind section, Span title, Span organization, Span location, Span dates)
      implements Claim {
    public Entry {
      Objects.requireNonNull(span, "span");
    }
  }

  /** A contact detail. */
  record Contact(Span span, ContactField field) implements Claim {
    public Contact {
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(field, "field");
    }
  }

  /** The contact details a source can name. */
  enum ContactField {
    NAME,
    HEADLINE,
    EMAIL,
    PHONE,
    LOCATION,
    LINK
  }
}
