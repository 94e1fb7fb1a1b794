package dev.prism.bench;

import dev.prism.core.CheckOptions;
import dev.prism.core.Prism;
import dev.prism.core.ingest.UnreadableInputException;
import dev.prism.core.model.PartialDate;
import dev.prism.core.report.Report;
import dev.prism.core.report.ReportJson;
import dev.prism.core.role.Roles;
import dev.prism.ingest.Readers;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A warm check of a plain-text resume, one thread: read the bytes, segment, analyse every bullet,
 * run every rule, score, and (in {@link #checkToJson}) write the JSON report.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TextCheckBenchmark {
  @Param({"senior.txt", "junior.txt"})
  public String resume;

  private byte[] bytes;
  private final Prism prism = Prism.standard();
  private final Readers readers = Readers.standard();
  private final CheckOptions options = new CheckOptions(Roles.DEFAULT, null, new PartialDate(2026, 11));

  @Setup
  public void load() throws IOException {
    try (InputStream in = TextCheckBenchmark.class.getResourceAsStream("/bench/" + resume)) {
      bytes = in.readAllBytes();
    }
  }

  @Benchmark
  public Report check() throws UnreadableInputException {
    return prism.check(readers.read(resume, bytes), options);
  }

  @Benchmark
  public String checkToJson() throws UnreadableInputException {
    return ReportJson.toJson(prism.check(readers.read(resume, bytes), options), false);
  }
}
