package dev.prism.core.vocab;

import java.util.List;
import java.util.Objects;

/**
 * A thing Prism recognises in text: a technology, a practice, a role-vocabulary word. It matches its
 * canonical name or any alias, as whole words; {@code caseSensitive} terms ("Go", "Spark") match only
 * as written, so that "go" or "spark joy" do not count.
 */
public record Term(String canonical, String category, List<String> aliases, boolean caseSensitive) {
  public Term {
    Objects.requireNonNull(canonical, "canonical");
    Objects.requireNonNull(category, "category");
    aliases = List.copyOf(aliases);
    if (canonical.isBlank()) {
      throw new IllegalArgumentException("a term needs a name");
    }
  }
}
