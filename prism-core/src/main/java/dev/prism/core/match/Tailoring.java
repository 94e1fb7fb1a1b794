package dev.prism.core.match;

import dev.prism.core.model.Bullet;
import dev.prism.core.model.Resume;
import dev.prism.core.model.SectionKind;
import java.util.List;
import java.util.Objects;

/**
 * A resume tailored to a job, beside the original, with each change marked, and what only its
 * owner can add.
 *
 * @param resume the same resume with bullets ordered by relevance within each entry, one summary
 *     aimed at the role (replacing the original's, never beside it), and work-shown skills surfaced
 *     into the skills section; no fact is new
 * @param original the resume as read
 * @param text the resume text that every span refers to
 * @param summary the summary Prism wrote, from the resume's own titles, employers and skills
 * @param originalSummary the resume's own summary, or null when it had none
 * @param bullets every work bullet, where it stood and where it stands now
 * @param surfaced skills shown in work and asked for by the job, added to the skills section
 * @param toAdd what the job asks for that the resume neither shows nor implies, most important first
 * @param toEvidence what the resume names only in a list or the summary: show it in a bullet
 * @param changes the changes in words, for a person reading the two versions side by side
 */
public record Tailoring(
    Resume resume, Resume original, String text, String summary, String originalSummary, List<Placed> bullets,
    List<String> surfaced, List<Suggestion> toAdd, List<Suggestion> toEvidence, List<String> changes) {
  public Tailoring {
    Objects.requireNonNull(resume, "resume");
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(summary, "summary");
    bullets = List.copyOf(bullets);
    surfaced = List.copyOf(surfaced);
    toAdd = List.copyOf(toAdd);
    toEvidence = List.copyOf(toEvidence);
    changes = List.copyOf(changes);
  }

  /**
   * A work bullet and its move.
   *
   * @param entry the index of its entry within its section
   * @param from its index within the entry in the original
   * @param to its index within the entry now
   * @param meets the job's requirements it shows, by name
   */
  public record Placed(SectionKind section, int entry, Bullet bullet, int from, int to, List<String> meets) {
    public Placed {
      Objects.requireNonNull(section, "section");
      Objects.requireNonNull(bullet, "bullet");
      meets = List.copyOf(meets);
    }

    public boolean moved() {
      return from != to;
    }
  }

  /**
   * One piece of advice on a job term.
   *
   * @param term the requirement as the posting spells it ("Go (Golang) or Java")
   * @param sentence the job's sentence that asks for it, or null when only the job's title names it
   * @param advice the advice in words
   */
  public record Suggestion(String term, Importance importance, String sentence, String advice) {
    public Suggestion {
      Objects.requireNonNull(term, "term");
      Objects.requireNonNull(importance, "importance");
      Objects.requireNonNull(advice, "advice");
    }
  }
}
