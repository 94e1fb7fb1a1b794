package dev.prism.core.ingest;

import java.util.Objects;

/**
 * Input Prism cannot turn into a resume. The message is one line meant for the person who gave the
 * file: what is wrong and, where there is one, what to do instead. Callers map {@link #problem()} to
 * an exit code or HTTP status.
 */
public final class UnreadableInputException extends Exception {

  /** Why the input could not be read. */
  public enum Problem {
    /** Empty, or only white space. */
    EMPTY,
    /** A format Prism does not read. */
    UNSUPPORTED_TYPE,
    /** Over the size limit. */
    TOO_LARGE,
    /** Over the page limit. */
    TOO_MANY_PAGES,
    /** Encrypted with a password. */
    ENCRYPTED,
    /** A PDF with no text layer (scanned). */
    NO_TEXT_LAYER,
    /** Damaged, truncated, malformed or hostile (e.g. a zip bomb). */
    CORRUPT
  }

  private final Problem problem;

  public UnreadableInputException(Problem problem, String message) {
    super(Objects.requireNonNull(message, "message"), null, false, false);
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  public UnreadableInputException(Problem problem, String message, Throwable cause) {
    super(Objects.requireNonNull(message, "message"), cause, false, false);
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  public Problem problem() {
    return problem;
  }
}
