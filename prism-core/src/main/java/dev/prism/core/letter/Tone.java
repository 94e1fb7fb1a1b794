package dev.prism.core.letter;

import java.util.Locale;
import java.util.Optional;

/** How a cover letter sounds. The three differ in greeting, structure and close, not only in words. */
public enum Tone {
  /** Complete sentences, a formal close, results as prose. */
  FORMAL,
  /** Short sentences, results as a list, a close that asks for a call. */
  DIRECT,
  /** First-person and personal, results introduced as work the writer is proud of. */
  WARM;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Tone> byId(String id) {
    for (Tone t : values()) {
      if (t.id().equals(id)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
