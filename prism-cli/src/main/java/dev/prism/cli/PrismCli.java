package dev.prism.cli;

import dev.prism.core.Prism;
import dev.prism.ingest.Readers;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code prism} command. {@link #run} parses the arguments, runs one subcommand and returns the
 * exit code; it never calls {@code System.exit} and never lets a stack trace reach the person.
 */
@Command(
    name = "prism",
    mixinStandardHelpOptions = true,
    versionProvider = PrismCli.Version.class,
    description = "Checks a resume the way a hiring team for the role reads it.",
    subcommands = {CheckCommand.class, BulletCommand.class, ParseCommand.class, RolesCommand.class, EvalCommand.class,
        MatchCommand.class, TailorCommand.class, CoverLetterCommand.class, ExamplesCommand.class,
        ServeCommand.class})
public final class PrismCli implements java.util.concurrent.Callable<Integer> {
  final InputStream in;
  final PrintWriter out;
  final PrintWriter err;
  final boolean tty;
  /**
   * The engine, built once on first need. Loading the role profiles is a fair share of a cold
   * start, so commands that read a resume first call {@link #startEngine} and read while it builds
   * on the other core; {@code --help} and {@code --version} never build it.
   */
  private final FutureTask<Prism> engine = new FutureTask<>(Prism::standard);
  private Readers readers;

  public PrismCli(InputStream in, PrintWriter out, PrintWriter err, boolean tty) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.tty = tty;
  }

  /** Starts building the engine on a thread of its own; {@link #prism} then waits for it. */
  void startEngine() {
    Thread builder = new Thread(engine, "prism-engine");
    builder.setDaemon(true);
    builder.start();
  }

  /** The engine: built here unless another thread already builds it or has built it. */
  Prism prism() {
    engine.run(); // returns at once when the engine is built or being built elsewhere
    try {
      return engine.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading the role profiles", e);
    }
  }

  /** The resume readers, set up on first use (not for {@code --help}). */
  synchronized Readers readers() {
    if (readers == null) {
      readers = Readers.standard();
    }
    return readers;
  }

  /** {@code prism} alone: a usage error, so the usage goes to standard error with exit 2. */
  @Override
  public Integer call() {
    new CommandLine(this).usage(err);
    return ExitCode.USAGE;
  }

  public int run(String... args) {
    CommandLine cl = new CommandLine(this, new Factory(this));
    cl.setOut(out);
    cl.setErr(err);
    cl.setParameterExceptionHandler((ex, a) -> {
      err.println("prism: " + ex.getMessage() + " (see prism " + subcommand(ex.getCommandLine()) + "--help)");
      return ExitCode.USAGE;
    });
    cl.setExecutionExceptionHandler((ex, c, p) -> {
      if (ex instanceof dev.prism.core.UnknownRoleException) {
        // The engine names the field "role"; on the command line it is the --role option.
        err.println("prism: --" + ex.getMessage());
        return ExitCode.USAGE;
      }
      if (ex instanceof UsageException || ex instanceof IllegalArgumentException) {
        err.println("prism: " + ex.getMessage());
        return ExitCode.USAGE;
      }
      // Anything else is a bug in Prism: one line, and a way to see more.
      err.println("prism: internal error: " + ex + " (set PRISM_DEBUG=1 for details)");
      if (System.getenv("PRISM_DEBUG") != null) {
        ex.printStackTrace(err);
      }
      return 1;
    });
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  private static String subcommand(CommandLine c) {
    return c.getParent() == null ? "" : c.getCommandName() + " ";
  }

  /** Gives subcommands their parent, so they share its streams and engine. */
  private record Factory(PrismCli cli) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> cls) throws Exception {
      if (cls == PrismCli.class) {
        return cls.cast(cli);
      }
      K k = CommandLine.defaultFactory().create(cls);
      if (k instanceof Sub s) {
        s.cli = cli;
      }
      return k;
    }
  }

  /** Base of subcommands: access to the shared streams and engine, and {@code --help} for each. */
  abstract static class Sub {
    PrismCli cli;

    @picocli.CommandLine.Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    /** Refuses a --format the command does not write, naming the ones it does. */
    static void requireFormat(String format, String... allowed) {
      if (!java.util.List.of(allowed).contains(format)) {
        String last = allowed[allowed.length - 1];
        String list = allowed.length == 1 ? last
            : String.join(", ", java.util.Arrays.copyOf(allowed, allowed.length - 1)) + " or " + last;
        throw new UsageException("--format: unknown format '" + format + "'; use " + list);
      }
    }
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"prism " + Prism.VERSION};
    }
  }
}
