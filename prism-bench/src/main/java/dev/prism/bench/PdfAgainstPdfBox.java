package dev.prism.bench;

import dev.prism.core.CheckOptions;
import dev.prism.core.Prism;
import dev.prism.core.model.PartialDate;
import dev.prism.core.role.Roles;
import dev.prism.core.text.Segmenter;
import dev.prism.ingest.pdf.PdfReader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Issue 11's yardstick taken turn about: PDFBox's own text-with-positions ({@link
 * PdfCheckBenchmark#pdfboxText}), Prism's reading, reading and segmentation, and the whole check,
 * each over all the corpus PDFs in turn, round after round in one warm JVM.
 *
 * <p>{@link PdfCheckBenchmark} measures each in a fork of its own, a minute apart; on a machine
 * shared with other work the load changes in between, and the ratio of two such medians follows
 * the load more than the code. Taken turn about, round by round, the four meet the same load, so
 * the ratios hold while the absolute times do not. The first rounds warm up and are not counted
 * (a third of them unless given).
 *
 * <p>The check runs far more code than PDFBox's extraction (the reader's layout and the whole
 * engine), so the compiler takes longer to reach it: on a loaded machine the check's share falls
 * for tens of seconds. The ratios are also printed for each quarter of the counted rounds; when
 * they still fall from quarter to quarter, the run was not warm, and more rounds are needed.
 *
 * <pre>java -cp prism-bench/target/benchmarks.jar dev.prism.bench.PdfAgainstPdfBox [rounds [warm-up rounds]]</pre>
 */
public final class PdfAgainstPdfBox {
  private static final String[] MODES = {"pdfboxTextWithPositions", "read", "readAndSegment", "check"};
  private static final int QUARTERS = 4;

  private PdfAgainstPdfBox() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    int warm = args.length > 1 ? Integer.parseInt(args[1]) : rounds / 3;
    if (rounds - warm < QUARTERS || warm < 0) {
      System.err.println("need at least " + QUARTERS + " counted rounds after the warm-up");
      System.exit(2);
    }
    Path dir = PdfCheckBenchmark.corpusPdfsOrExit();
    List<byte[]> files = PdfCheckBenchmark.pdfsIn(dir);
    PdfReader reader = new PdfReader();
    Prism prism = Prism.standard();
    CheckOptions options = new CheckOptions(Roles.DEFAULT, null, new PartialDate(2026, 11));
    int counted = rounds - warm;
    // nanos[mode][counted round * files + file]
    long[][] nanos = new long[MODES.length][counted * files.size()];
    // Each round runs every mode over all the files in turn, so no mode meets caches another mode
    // warmed on the same file just before (reading one file three times in a row flattered the
    // later modes), while the rounds still alternate the modes under the same load.
    for (int round = 0; round < rounds; round++) {
      for (int mode = 0; mode < MODES.length; mode++) {
        for (int f = 0; f < files.size(); f++) {
          byte[] pdf = files.get(f);
          long t0 = System.nanoTime();
          switch (mode) {
            case 0 -> PdfCheckBenchmark.pdfboxText(pdf);
            case 1 -> reader.read(pdf);
            case 2 -> Segmenter.segment(reader.read(pdf));
            default -> prism.check(reader.read(pdf), options);
          }
          long t1 = System.nanoTime();
          if (round >= warm) {
            nanos[mode][(round - warm) * files.size() + f] = t1 - t0;
          }
        }
      }
    }
    System.out.printf("%d PDFs under %s, %d rounds (%d counted)%n", files.size(), dir, rounds, counted);
    System.out.printf("%-24s %10s %10s %10s %14s %12s%n", "", "median ms", "mean ms", "p90 ms", "median ÷ PDFBox", "mean ÷ PDFBox");
    double[] box = stats(nanos[0], 0, nanos[0].length);
    for (int i = 0; i < MODES.length; i++) {
      double[] s = stats(nanos[i], 0, nanos[i].length);
      System.out.printf("%-24s %10.2f %10.2f %10.2f %14.2f %12.2f%n", MODES[i], s[0], s[1], s[2], s[0] / box[0], s[1] / box[1]);
    }
    System.out.println("median ÷ PDFBox by quarter of the counted rounds (still falling: not warm yet)");
    int perQuarter = counted / QUARTERS * files.size();
    for (int i = 1; i < MODES.length; i++) {
      StringBuilder b = new StringBuilder(String.format("%-24s", MODES[i]));
      for (int q = 0; q < QUARTERS; q++) {
        double mine = stats(nanos[i], q * perQuarter, (q + 1) * perQuarter)[0];
        double theirs = stats(nanos[0], q * perQuarter, (q + 1) * perQuarter)[0];
        b.append(String.format(" %6.2f", mine / theirs));
      }
      System.out.println(b);
    }
  }

  /** Median, mean and 90th percentile in milliseconds of {@code nanos[from, to)}. */
  private static double[] stats(long[] nanos, int from, int to) {
    long[] v = Arrays.copyOfRange(nanos, from, to);
    Arrays.sort(v);
    double mean = Arrays.stream(v).average().orElse(0);
    return new double[] {v[v.length / 2] / 1e6, mean / 1e6, v[(int) (v.length * 0.9)] / 1e6};
  }
}
