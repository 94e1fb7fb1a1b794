package dev.prism.bench;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * An A/B of the warm text check between builds, for a machine other work shares: each benchmarks
 * jar is loaded in its own class loader in one JVM, and rounds of checks alternate between them,
 * so every burst of outside load falls on all builds alike (separate JMH runs minutes apart do not
 * see the same load). Prints the minimum, first quartile and median time of a check per build.
 *
 * <pre>java -XX:+UseSerialGC -cp prism-bench/target/benchmarks.jar dev.prism.bench.AlternatingCheck \
 *     RESUME.txt ROUNDS A.jar B.jar ...</pre>
 */
public final class AlternatingCheck {
  private static final int CHECKS_PER_ROUND = 50;
  private static final int WARM_UP_ROUNDS = 10;

  private AlternatingCheck() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: AlternatingCheck RESUME ROUNDS JAR...");
      System.exit(2);
    }
    Path resume = Path.of(args[0]);
    int rounds = Integer.parseInt(args[1]);
    byte[] bytes = Files.readAllBytes(resume);
    int builds = args.length - 2;
    Runnable[] checks = new Runnable[builds];
    for (int j = 0; j < builds; j++) {
      checks[j] = check(Path.of(args[j + 2]), resume.getFileName().toString(), bytes);
    }
    long[][] nanos = new long[builds][rounds];
    for (int r = -WARM_UP_ROUNDS; r < rounds; r++) {
      for (int j = 0; j < builds; j++) {
        long t0 = System.nanoTime();
        for (int i = 0; i < CHECKS_PER_ROUND; i++) {
          checks[j].run();
        }
        if (r >= 0) {
          nanos[j][r] = (System.nanoTime() - t0) / CHECKS_PER_ROUND;
        }
      }
    }
    for (int j = 0; j < builds; j++) {
      Arrays.sort(nanos[j]);
      System.out.printf("%-40s min %.3f  p25 %.3f  median %.3f ms%n", args[j + 2], nanos[j][0] / 1e6,
          nanos[j][rounds / 4] / 1e6, nanos[j][rounds / 2] / 1e6);
    }
  }

  /** One build's warm check of the resume, called by reflection: each build has its own classes. */
  private static Runnable check(Path jar, String name, byte[] bytes) throws Exception {
    ClassLoader cl = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    Class<?> prismClass = cl.loadClass("dev.prism.core.Prism");
    Object prism = prismClass.getMethod("standard").invoke(null);
    Class<?> readersClass = cl.loadClass("dev.prism.ingest.Readers");
    Object readers = readersClass.getMethod("standard").invoke(null);
    Class<?> dateClass = cl.loadClass("dev.prism.core.model.PartialDate");
    Object today = dateClass.getConstructor(int.class, int.class).newInstance(2026, 11);
    Class<?> levelClass = cl.loadClass("dev.prism.core.role.Level");
    Class<?> optionsClass = cl.loadClass("dev.prism.core.CheckOptions");
    Object options = optionsClass.getConstructor(String.class, levelClass, dateClass).newInstance("backend-engineer", null, today);
    Method read = readersClass.getMethod("read", String.class, byte[].class);
    Method check = prismClass.getMethod("check", cl.loadClass("dev.prism.core.model.Extraction"), optionsClass);
    return () -> {
      try {
        check.invoke(prism, read.invoke(readers, name, bytes), options);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(jar + ": the check failed", e);
      }
    };
  }
}
