package dev.prism.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The process entry point: everything else is testable without exiting the JVM. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    boolean tty = System.console() != null && System.getenv("NO_COLOR") == null && !"dumb".equals(System.getenv("TERM"));
    int code = new PrismCli(System.in, out, err, tty).run(args);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
