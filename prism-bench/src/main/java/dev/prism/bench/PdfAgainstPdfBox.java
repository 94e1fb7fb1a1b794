package dev.prism.bench;

import dev.prism.core.CheckOptions;
import dev.prism.core.Prism;
import dev.prism.core.model.PartialDate;
import dev.prism.core.role.Roles;
import dev.prism.core.text.Segmenter;
import dev.prism.ingest.pdf.PdfReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * the ratios hold while the absolute times do not. The first third of the rounds warms up and is
 * not counted.
 *
 * <pre>java -cp prism-bench/target/benchmarks.jar dev.prism.bench.PdfAgainstPdfBox [rounds]</pre>
 */
public final class PdfAgainstPdfBox {
  private PdfAgainstPdfBox() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    Path dir = PdfCheckBenchmark.corpusPdfs();
    if (!Files.isDirectory(dir)) {
      System.err.println("no corpus PDFs under " + dir + " (set -Dprism.corpus=DIR)");
      System.exit(2);
    }
    List<byte[]> files = PdfCheckBenchmark.pdfsIn(dir);
    PdfReader reader = new PdfReader();
    Prism prism = Prism.standard();
    CheckOptions options = new CheckOptions(Roles.DEFAULT, null, new PartialDate(2026, 11));
    String[] names = {"pdfboxTextWithPositions", "read", "readAndSegment", "check"};
    List<List<Long>> times = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      times.add(new ArrayList<>());
    }
    int warm = rounds / 3;
    // Each round runs every mode over all the files in turn, so no mode meets caches another mode
    // warmed on the same file just before (reading one file three times in a row flattered the
    // later modes), while the rounds still alternate the modes under the same load.
    for (int round = 0; round < rounds; round++) {
      for (int mode = 0; mode < names.length; mode++) {
        for (byte[] f : files) {
          long t0 = System.nanoTime();
          switch (mode) {
            case 0 -> PdfCheckBenchmark.pdfboxText(f);
            case 1 -> reader.read(f);
            case 2 -> Segmenter.segment(reader.read(f));
            default -> prism.check(reader.read(f), options);
          }
          long t1 = System.nanoTime();
          if (round >= warm) {
            times.get(mode).add(t1 - t0);
          }
        }
      }
    }
    System.out.printf("%d PDFs under %s, %d rounds (%d counted)%n", files.size(), dir, rounds, rounds - warm);
    System.out.printf("%-24s %10s %10s %10s %14s %12s%n", "", "median ms", "mean ms", "p90 ms", "median ÷ PDFBox", "mean ÷ PDFBox");
    double[] box = stats(times.get(0));
    for (int i = 0; i < names.length; i++) {
      double[] s = stats(times.get(i));
      System.out.printf("%-24s %10.2f %10.2f %10.2f %14.2f %12.2f%n", names[i], s[0], s[1], s[2], s[0] / box[0], s[1] / box[1]);
    }
  }

  /** Median, mean and 90th percentile in milliseconds. */
  private static double[] stats(List<Long> nanos) {
    long[] v = nanos.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(v);
    double mean = Arrays.stream(v).average().orElse(0);
    return new double[] {v[v.length / 2] / 1e6, mean / 1e6, v[(int) (v.length * 0.9)] / 1e6};
  }
}
