package dev.prism.ingest;

import dev.prism.core.ingest.ResumeReader;
import dev.prism.core.ingest.UnreadableInputException;
import dev.prism.core.ingest.UnreadableInputException.Problem;
import dev.prism.core.model.Extraction;
import dev.prism.ingest.pdf.PdfReader;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one list of format readers, and the entry point that picks one for a file. To add a reader,
 * implement {@link ResumeReader} and add it to {@link #standard()}: order matters only where two
 * readers accept the same file, and the first wins.
 */
public final class Readers {
  /** Inputs larger than this are refused before any reader sees them. */
  public static final int MAX_BYTES = 5 * 1024 * 1024;

  /** How long one document may take to read before it is given up on. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  /**
   * Reader threads, process-wide. A fixed number: a read that ignores its cancellation (a library
   * loop with no way to stop it) can hold a thread, but never make the process start another, so
   * hostile files cost at most this many cores. Reads beyond it wait their turn within their
   * deadline. Daemon threads: a reader stuck past its deadline must not keep the process alive.
   */
  static final int THREADS = Math.max(2, 2 * Runtime.getRuntime().availableProcessors());

  private static final ExecutorService WORKERS = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS,
      new LinkedBlockingQueue<>(), new ThreadFactory() {
        private final AtomicInteger n = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
          Thread t = new Thread(r, "prism-reader-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        }
      });

  static {
    ((ThreadPoolExecutor) WORKERS).allowCoreThreadTimeOut(true);
  }

  private final List<ResumeReader> readers;
  private final Duration timeout;

  public Readers(List<ResumeReader> readers) {
    this(readers, DEFAULT_TIMEOUT);
  }

  /**
   * Readers tried in order, each read given at most {@code timeout}: past it the read is cancelled
   * and the input refused as {@link Problem#CORRUPT}.
   */
  public Readers(List<ResumeReader> readers, Duration timeout) {
    this.readers = List.copyOf(readers);
    this.timeout = Objects.requireNonNull(timeout, "timeout");
  }

  public static Readers standard() {
    return new Readers(List.of(
        new PdfReader(), new DocxReader(), new LatexReader(), new JsonResumeReader(), new MarkdownReader(),
        new HtmlReader(), new TextReader()));
  }

  public List<String> formats() {
    return readers.stream().map(ResumeReader::format).toList();
  }

  /**
   * Reads one document. {@code fileName} picks the reader by its extension (content sniffing
   * settles files with none); "-" or an empty name means text from standard input.
   */
  public Extraction read(String fileName, byte[] bytes) throws UnreadableInputException {
    Objects.requireNonNull(bytes, "bytes");
    String name = fileName == null || fileName.equals("-") ? "" : fileName;
    if (bytes.length > MAX_BYTES) {
      throw new UnreadableInputException(Problem.TOO_LARGE,
          "the file is " + (bytes.length / (1024 * 1024)) + " MiB; the limit is " + (MAX_BYTES / (1024 * 1024)) + " MiB");
    }
    if (bytes.length == 0) {
      throw new UnreadableInputException(Problem.EMPTY, "the file has no text");
    }
    return bounded(pick(name, bytes), bytes);
  }

  /**
   * Runs the reader on a worker with a deadline. Readers check for interruption as they go, so a
   * cancelled read stops soon after; whatever a reader throws beyond its contract becomes a refusal
   * rather than a crash.
   */
  private Extraction bounded(ResumeReader reader, byte[] bytes) throws UnreadableInputException {
    AtomicBoolean started = new AtomicBoolean();
    Future<Extraction> future = WORKERS.submit(() -> {
      started.set(true);
      return reader.read(bytes);
    });
    try {
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      // Interrupts the read: the readers stop at their next check (see ReadLimits).
      future.cancel(true);
      throw new UnreadableInputException(Problem.CORRUPT, started.get()
          ? "reading the " + reader.format() + " file took longer than " + timeout.toSeconds() + " s; it may be damaged"
          : "too many files are being read at once; try again in a moment");
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new UnreadableInputException(Problem.CORRUPT, "reading the file was interrupted");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UnreadableInputException u) {
        throw u;
      }
      throw new UnreadableInputException(Problem.CORRUPT,
          "the " + reader.format() + " file is damaged or malformed and cannot be read", e.getCause());
    }
  }

  /** The reader that would read this file, or a clear refusal naming the supported formats. */
  public ResumeReader pick(String name, byte[] bytes) throws UnreadableInputException {
    byte[] head = Arrays.copyOf(bytes, Math.min(bytes.length, 512));
    String sniffed = sniff(head);
    for (ResumeReader r : readers) {
      // A name without an extension says nothing; the content decides (below).
      if (name.contains(".") && r.accepts(name, head)) {
        return r;
      }
    }
    for (ResumeReader r : readers) {
      if (r.format().equals(sniffed)) {
        return r;
      }
    }
    if (name.isEmpty() || !name.contains(".")) {
      return readers.stream().filter(r -> r.format().equals("text")).findFirst()
          .orElseThrow(() -> unsupported(name));
    }
    throw unsupported(name);
  }

  private UnreadableInputException unsupported(String name) {
    return new UnreadableInputException(Problem.UNSUPPORTED_TYPE,
        "unsupported file type" + (name.isEmpty() ? "" : " '" + name.substring(name.lastIndexOf('/') + 1) + "'")
            + "; Prism reads " + String.join(", ", formats()));
  }

  /** A format guessed from the first bytes, for files whose name says nothing. */
  static String sniff(byte[] head) {
    String start = new String(head, 0, Math.min(head.length, 8), java.nio.charset.StandardCharsets.ISO_8859_1);
    if (start.startsWith("%PDF")) {
      return "pdf";
    }
    if (start.startsWith("PK\u0003\u0004")) {
      return "docx";
    }
    String trimmed = new String(head, java.nio.charset.StandardCharsets.UTF_8).stripLeading();
    if (trimmed.startsWith("{")) {
      return "json-resume";
    }
    if (trimmed.startsWith("\\documentclass") || trimmed.startsWith("%")) {
      return "latex";
    }
    return HtmlReader.isPage(head) ? "html" : "";
  }
}
