package dev.prism.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The engine alone, two builds against each other: the only measurement that separates two builds
 * of {@code prism-core} on a machine other work shares.
 *
 * <p>Each benchmarks jar gets a class loader of its own in one JVM. The corpus PDFs are read once
 * per build (each build's own reader, since the extraction is that build's type), and then every
 * round runs {@code Prism.check} over all the extractions for one build, then for the other, the
 * order swapped each round so neither always runs second. A round is timed by the thread's CPU time,
 * so another process taking a core counts far less than in wall time, and the figure is the median
 * of the per-round ratios B ÷ A: a burst of outside load falls on both halves of a round alike,
 * where two medians taken minutes apart follow the load.
 *
 * <pre>java -cp prism-bench/target/benchmarks.jar dev.prism.bench.EngineAB A.jar B.jar [rounds [warm-up rounds [check|read]]]</pre>
 *
 * <p>With {@code read} as the last argument a round is the reading instead: each build's {@code
 * PdfReader.read} over all the PDFs' bytes, so that two builds of the PDF reader separate the same way.
 *
 * <p>The jars are whole benchmarks jars ({@code prism-bench/target/benchmarks.jar}), one per build;
 * copy the base build's aside before building the other. The PDFs are those of
 * {@code -Dprism.corpus=DIR} (default {@code ../shared/corpus}), folder {@code pdf}.
 */
public final class EngineAB {
  private static final String[] NAMES = {"A", "B"};

  private EngineAB() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: EngineAB A.jar B.jar [rounds [warm-up rounds [check|read]]]");
      System.exit(2);
    }
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 300;
    int warm = args.length > 3 ? Integer.parseInt(args[3]) : rounds / 4;
    boolean reading = args.length > 4 && args[4].equals("read");
    if (args.length > 4 && !reading && !args[4].equals("check")) {
      System.err.println("the fifth argument is check or read, not " + args[4]);
      System.exit(2);
    }
    if (rounds - warm < 4 || warm < 0) {
      System.err.println("need at least 4 counted rounds after the warm-up");
      System.exit(2);
    }
    Path dir = PdfCheckBenchmark.corpusPdfsOrExit();
    List<byte[]> pdfs = PdfCheckBenchmark.pdfsIn(dir);
    Build[] builds = {Build.load(Path.of(args[0]), pdfs), Build.load(Path.of(args[1]), pdfs)};
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int counted = rounds - warm;
    long[][] cpu = new long[2][counted];
    for (int round = 0; round < rounds; round++) {
      for (int turn = 0; turn < 2; turn++) {
        int b = (round + turn) % 2;
        long t0 = threads.getCurrentThreadCpuTime();
        if (reading) {
          builds[b].readAll(pdfs);
        } else {
          builds[b].checkAll();
        }
        long t1 = threads.getCurrentThreadCpuTime();
        if (round >= warm) {
          cpu[b][round - warm] = t1 - t0;
        }
      }
    }
    double[] ratios = new double[counted];
    for (int r = 0; r < counted; r++) {
      ratios[r] = (double) cpu[1][r] / cpu[0][r];
    }
    System.out.printf("%d PDFs under %s, %d rounds (%d counted) of %s, thread CPU time per file%n", pdfs.size(), dir, rounds,
        counted, reading ? "PdfReader.read" : "Prism.check");
    for (int b = 0; b < 2; b++) {
      long[] v = cpu[b].clone();
      Arrays.sort(v);
      double perFile = 1e6 * pdfs.size();
      System.out.printf("%s %-50s best %.3f  p25 %.3f  median %.3f ms%n", NAMES[b], args[b], v[0] / perFile,
          v[counted / 4] / perFile, v[counted / 2] / perFile);
    }
    Arrays.sort(ratios);
    System.out.printf("B ÷ A per round: median %.3f  (quartiles %.3f, %.3f)%n", ratios[counted / 2], ratios[counted / 4],
        ratios[counted * 3 / 4]);
  }

  /** One build's engine and the corpus as that build reads it, reached by reflection. */
  private record Build(Path jar, Object prism, Method check, Object options, List<Object> extractions, Object reader, Method read) {
    static Build load(Path jar, List<byte[]> pdfs) throws Exception {
      ClassLoader cl = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
      Class<?> prismClass = cl.loadClass("dev.prism.core.Prism");
      Object prism = prismClass.getMethod("standard").invoke(null);
      Class<?> readerClass = cl.loadClass("dev.prism.ingest.pdf.PdfReader");
      Object reader = readerClass.getConstructor().newInstance();
      Method read = readerClass.getMethod("read", byte[].class);
      List<Object> extractions = new ArrayList<>();
      for (byte[] pdf : pdfs) {
        extractions.add(read.invoke(reader, (Object) pdf));
      }
      Class<?> dateClass = cl.loadClass("dev.prism.core.model.PartialDate");
      Object today = dateClass.getConstructor(int.class, int.class).newInstance(2026, 11);
      Class<?> levelClass = cl.loadClass("dev.prism.core.role.Level");
      Class<?> optionsClass = cl.loadClass("dev.prism.core.CheckOptions");
      Object options = optionsClass.getConstructor(String.class, levelClass, dateClass)
          .newInstance("backend-engineer", null, today);
      Method check = prismClass.getMethod("check", cl.loadClass("dev.prism.core.model.Extraction"), optionsClass);
      return new Build(jar, prism, check, options, List.copyOf(extractions), reader, read);
    }

    void checkAll() {
      for (Object extraction : extractions) {
        call(check, prism, extraction, options);
      }
    }

    void readAll(List<byte[]> pdfs) {
      for (byte[] pdf : pdfs) {
        call(read, reader, pdf);
      }
    }

    private void call(Method method, Object target, Object... args) {
      try {
        method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw new IllegalStateException(jar + ": " + method.getName() + " failed", e.getCause());
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(jar + ": " + method.getName() + " cannot be called", e);
      }
    }
  }
}
