package dev.prism.core.match;

/** A job description that cannot be read at all: empty, or JSON that is not a job. */
public final class JobDescriptionException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public JobDescriptionException(String message) {
    super(message);
  }
}
