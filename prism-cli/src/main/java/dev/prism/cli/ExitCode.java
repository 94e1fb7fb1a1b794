package dev.prism.cli;

/** The exit codes SPEC §4 promises. */
final class ExitCode {
  static final int OK = 0;
  /** Usage error or unreadable input. */
  static final int USAGE = 2;
  /** A score under --fail-under, or an evaluation under its floor. */
  static final int BELOW_THRESHOLD = 3;

  private ExitCode() {}
}
