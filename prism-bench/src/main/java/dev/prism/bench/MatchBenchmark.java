package dev.prism.bench;

import dev.prism.core.CheckOptions;
import dev.prism.core.Prism;
import dev.prism.core.letter.CoverLetter;
import dev.prism.core.letter.CoverLetters;
import dev.prism.core.letter.Tone;
import dev.prism.core.match.JobDescription;
import dev.prism.core.match.JobDescriptions;
import dev.prism.core.match.Match;
import dev.prism.core.match.Tailor;
import dev.prism.core.match.Tailoring;
import dev.prism.core.match.TailoringJson;
import dev.prism.core.ingest.UnreadableInputException;
import dev.prism.ingest.pdf.PdfReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.prism.core.model.Extraction;
import dev.prism.core.model.PartialDate;
import dev.prism.core.role.Roles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A warm match of a two-page resume against a backend job description, one thread: read the job,
 * segment the resume, find every term, estimate the level ({@link #match}); then tailoring and a
 * letter on top ({@link #matchTailorLetter}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MatchBenchmark {
  private final Prism prism = Prism.standard();
  private final CheckOptions options = new CheckOptions(Roles.DEFAULT, null, new PartialDate(2026, 11));
  private Extraction resume;
  private String jd;

  @Setup
  public void load() throws IOException {
    resume = Extraction.plain(read("senior.txt"), "text");
    jd = read("backend.jd.txt");
  }

  private static String read(String name) throws IOException {
    try (InputStream in = MatchBenchmark.class.getResourceAsStream("/bench/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Benchmark
  public Match match() {
    JobDescription job = JobDescriptions.parse(jd);
    return prism.match(resume, job, options);
  }

  @Benchmark
  public CoverLetter matchTailorLetter() {
    Match m = prism.match(resume, JobDescriptions.parse(jd), options);
    Tailoring t = Tailor.tailor(m);
    return t.toAdd().isEmpty() ? CoverLetters.write(m, Tone.DIRECT) : CoverLetters.write(m, Tone.FORMAL);
  }

  /**
   * What {@code POST /api/v1/tailorings} and a letter cost for a two-page PDF resume (issue 14's
   * floor: 50 ms warm): read the PDF, read the job, match, tailor and render the tailoring as JSON
   * (Markdown and JSON Resume included), then write the letter.
   */
  @Benchmark
  public CoverLetter pdfMatchTailorLetter() throws UnreadableInputException {
    Match m = prism.match(pdfReader.read(pdf), JobDescriptions.parse(jd), options);
    Tailoring t = Tailor.tailor(m);
    ObjectNode json = TailoringJson.tree(t, m);
    return json.isEmpty() ? null : CoverLetters.write(m, Tone.FORMAL);
  }

  private final PdfReader pdfReader = new PdfReader();
  /** A two-page synthetic resume (see {@link PdfCheckBenchmark#synthetic}). */
  private final byte[] pdf = PdfCheckBenchmark.synthetic(0);
}
