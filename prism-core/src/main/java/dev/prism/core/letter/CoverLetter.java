package dev.prism.core.letter;

import dev.prism.core.model.Span;
import java.util.List;
import java.util.Objects;

/**
 * A cover letter draft.
 *
 * @param company the company named, from the job description, or null when it names none
 * @param role the role named, from the job description, or null
 * @param paragraphs the letter, greeting to signature
 * @param evidence the resume bullets the letter cites, as spans into the resume text
 */
public record CoverLetter(Tone tone, String company, String role, List<String> paragraphs, List<Span> evidence) {
  public CoverLetter {
    Objects.requireNonNull(tone, "tone");
    paragraphs = List.copyOf(paragraphs);
    evidence = List.copyOf(evidence);
  }

  /** The letter as plain text, paragraphs separated by a blank line. */
  public String text() {
    return String.join("\n\n", paragraphs) + "\n";
  }
}
