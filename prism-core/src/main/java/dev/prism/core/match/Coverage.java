package dev.prism.core.match;

import dev.prism.core.model.Span;
import java.util.Locale;
import java.util.Objects;

/**
 * How a resume covers one requirement. Spans are offsets into the resume's extracted text.
 */
public sealed interface Coverage {
  /** Credit towards the match rate, 0 to 1. */
  double credit();

  /** "bullets", "skills", "summary", "other", or null when missing. */
  String where();

  /** The mention in the resume text, or null when missing. */
  Span evidence();

  /** Where a claim without evidence stands. */
  enum Place {
    SKILLS,
    SUMMARY,
    OTHER;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Used in a bullet (or a position's description): the resume shows the work. */
  record Shown(Span evidence) implements Coverage {
    public Shown {
      Objects.requireNonNull(evidence, "evidence");
    }

    @Override
    public double credit() {
      return 1.0;
    }

    @Override
    public String where() {
      return "bullets";
    }
  }

  /**
   * Present but not evidenced: listed in the skills section or claimed in the summary, never shown in
   * work. Half credit, since a screener reads a bare list with suspicion.
   */
  record Listed(Span evidence, Place place) implements Coverage {
    public Listed {
      Objects.requireNonNull(evidence, "evidence");
      Objects.requireNonNull(place, "place");
    }

    @Override
    public double credit() {
      return 0.5;
    }

    @Override
    public String where() {
      return place.id();
    }
  }

  /**
   * Not named, but implied by what the resume names ("Spring Boot" for Spring, "PostgreSQL" for
   * relational databases, "four event-driven services" for microservices). Full credit when the
   * implying words stand in work, half when only a list or the summary has them.
   *
   * @param evidence the implying words in the resume text
   * @param via the term or phrase that implies it, as the resume wrote it
   * @param inWork whether the implying words stand in a bullet
   * @param place where they stand otherwise; null when in work
   */
  record Implied(Span evidence, String via, boolean inWork, Place place) implements Coverage {
    public Implied {
      Objects.requireNonNull(evidence, "evidence");
      Objects.requireNonNull(via, "via");
      if (!inWork) {
        Objects.requireNonNull(place, "place");
      }
    }

    @Override
    public double credit() {
      return inWork ? 1.0 : 0.5;
    }

    @Override
    public String where() {
      return inWork ? "bullets" : place.id();
    }
  }

  /** Nowhere in the resume. */
  record Missing() implements Coverage {
    @Override
    public double credit() {
      return 0;
    }

    @Override
    public String where() {
      return null;
    }

    @Override
    public Span evidence() {
      return null;
    }
  }
}
