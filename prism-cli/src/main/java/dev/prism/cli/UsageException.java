package dev.prism.cli;

/** A problem with how prism was called or what it was given; printed as one line, exit 2. */
final class UsageException extends RuntimeException {
  UsageException(String message) {
    super(message, null, false, false);
  }
}
