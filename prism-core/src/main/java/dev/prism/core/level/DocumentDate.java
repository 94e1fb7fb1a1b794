package dev.prism.core.level;

import dev.prism.core.model.PartialDate;
import java.util.Objects;

/**
 * The month a resume was written, which is what its "Present" means, and where that came from.
 * Only a file's own date or a dated line ("Last updated ...") is exact; the latest date a resume
 * prints is a lower bound, and today is a guess.
 */
public record DocumentDate(PartialDate month, Source source) {
  public DocumentDate {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(source, "source");
  }

  public enum Source {
    /** The file's own creation or modification date (PDF or DOCX metadata). */
    METADATA("the file's date"),
    /** A line such as "Last updated March 2021". */
    UPDATED_LINE("the resume's \"updated\" line"),
    /** No date of its own: the latest date the resume prints, so at least this month. */
    LATEST_PRINTED("the latest date the resume prints"),
    /** Nothing dated at all. */
    TODAY("today");

    private final String label;

    Source(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** Whether the month is the document's own date, rather than a bound or a guess. */
  public boolean exact() {
    return source == Source.METADATA || source == Source.UPDATED_LINE;
  }
}
