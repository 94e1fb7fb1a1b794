package dev.prism.core.rules;

import dev.prism.core.model.Span;
import java.util.Objects;

/** What to do about a finding: an edit that can be applied as is, a draft to complete, or advice. */
public sealed interface Suggestion permits Suggestion.Edit, Suggestion.Draft, Suggestion.Advice {

  /** The suggestion in words, for people. */
  String text();

  /** Replace {@code span} of the text with {@code replacement}. Applying it removes the finding. */
  record Edit(Span span, String replacement, String text) implements Suggestion {
    public Edit {
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(replacement, "replacement");
      Objects.requireNonNull(text, "text");
    }

    /** The text with this edit applied. */
    public String applyTo(String source) {
      return source.substring(0, span.offset()) + replacement + source.substring(span.end());
    }
  }

  /** A rewrite of {@code span} with [placeholders] the person fills in with their own facts. */
  record Draft(Span span, String draft) implements Suggestion {
    public Draft {
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(draft, "draft");
    }

    @Override
    public String text() {
      return draft;
    }
  }

  /** Advice in words. */
  record Advice(String text) implements Suggestion {
    public Advice {
      Objects.requireNonNull(text, "text");
    }
  }
}
