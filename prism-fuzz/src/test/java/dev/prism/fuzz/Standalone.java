package dev.prism.fuzz;

/**
 * The entry point of Jazzer's standalone driver, for long runs ({@code bench/fuzz.sh}): the
 * target is named by {@code -Dprism.fuzz.target=PDF} (a {@link Target} constant).
 */
public final class Standalone {
  private static Target target;

  private Standalone() {}

  public static void fuzzerInitialize() {
    target = Target.valueOf(System.getProperty("prism.fuzz.target", ""));
    target.warm();
  }

  public static void fuzzerTestOneInput(byte[] data) {
    target.run(data);
  }
}
