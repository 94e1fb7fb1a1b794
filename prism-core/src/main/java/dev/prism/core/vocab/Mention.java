package dev.prism.core.vocab;

import dev.prism.core.model.Span;

/** Where a {@link Term} occurs in a text. */
public record Mention(Term term, Span span) {}
