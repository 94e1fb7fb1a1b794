package dev.prism.core.model;

import java.util.List;

/**
 * How far the reading of a document can be trusted: a confidence from 0 to 1, and the problems that
 * lowered it, each a stable code and a message saying what could not be read. A low confidence
 * means the score may not be fair to the resume, rather than that the resume is weak.
 */
public record Reading(double confidence, List<ParseWarning> problems) {
  /** Below this, the report says that the reading is uncertain. */
  public static final double TRUSTED = 0.7;

  public Reading {
    if (confidence < 0 || confidence > 1 || Double.isNaN(confidence)) {
      throw new IllegalArgumentException("confidence must be from 0 to 1: " + confidence);
    }
    problems = List.copyOf(problems);
  }

  public boolean trusted() {
    return confidence >= TRUSTED;
  }
}
