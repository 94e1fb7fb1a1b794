package dev.prism.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * What one input costs a fuzz target, without the fuzzer: runs a target over the files of some
 * directories (each cut to the length the fuzzer is given, as {@code bench/fuzz.sh} does) and prints
 * the mean and the slowest inputs. A slow target is slow either in the product (then a profile of
 * this run shows where) or in Jazzer's instrumentation (then this run is fast).
 *
 * <p>{@code java -cp ... dev.prism.fuzz.Cost TARGET MAXLEN ROUNDS DIR...}
 */
final class Cost {
  private Cost() {}

  public static void main(String[] args) throws IOException {
    Target target = Target.valueOf(args[0]);
    int maxLen = Integer.parseInt(args[1]);
    int rounds = Integer.parseInt(args[2]);
    List<Path> files = new ArrayList<>();
    for (int i = 3; i < args.length; i++) {
      try (Stream<Path> s = Files.walk(Path.of(args[i]))) {
        s.filter(Files::isRegularFile).sorted().forEach(files::add);
      }
    }
    List<byte[]> inputs = new ArrayList<>();
    for (Path f : files) {
      byte[] b = Files.readAllBytes(f);
      inputs.add(target == Target.JOB_DESCRIPTION ? prefixed(b, maxLen) : Arrays.copyOf(b, Math.min(b.length, maxLen)));
    }
    target.warm();
    for (byte[] in : inputs) {
      target.run(in);
    }
    long[] nanos = new long[inputs.size()];
    long start = System.nanoTime();
    for (int r = 0; r < rounds; r++) {
      for (int i = 0; i < inputs.size(); i++) {
        long t = System.nanoTime();
        target.run(inputs.get(i));
        nanos[i] += System.nanoTime() - t;
      }
    }
    long total = System.nanoTime() - start;
    int runs = rounds * inputs.size();
    System.out.printf("%s: %d inputs x %d rounds, %.3f ms per input, %.0f inputs/s%n", target, inputs.size(), rounds,
        total / 1e6 / runs, runs / (total / 1e9));
    Integer[] order = new Integer[inputs.size()];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingLong(i -> -nanos[i]));
    for (int k = 0; k < Math.min(5, order.length); k++) {
      int i = order[k];
      System.out.printf("  %.3f ms  %d bytes  %s%n", nanos[i] / 1e6 / rounds, inputs.get(i).length, files.get(i).getFileName());
    }
  }

  /** The job-description target reads its first byte as the shape: 0, text. */
  private static byte[] prefixed(byte[] b, int maxLen) {
    byte[] out = new byte[Math.min(b.length + 1, maxLen)];
    System.arraycopy(b, 0, out, 1, out.length - 1);
    return out;
  }
}
