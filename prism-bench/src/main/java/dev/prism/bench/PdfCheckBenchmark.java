package dev.prism.bench;

import dev.prism.core.CheckOptions;
import dev.prism.core.Prism;
import dev.prism.core.ingest.UnreadableInputException;
import dev.prism.core.match.JobDescription;
import dev.prism.core.match.JobDescriptions;
import dev.prism.core.match.Match;
import dev.prism.core.model.Extraction;
import dev.prism.core.model.PartialDate;
import dev.prism.core.model.Resume;
import dev.prism.core.report.Report;
import dev.prism.core.role.Roles;
import dev.prism.core.text.Segmenter;
import dev.prism.ingest.pdf.PdfReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
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
 * Warm PDF reading, one thread: the PDF reader plus segmentation ({@link #readAndSegment}) and the
 * whole check ({@link #check}). {@code corpus} cycles through every PDF of the shared corpus (the
 * sample-time median is then the median per corpus PDF); {@code synthetic} uses two-page resumes
 * generated here. Without the corpus ({@code -Dprism.corpus=DIR}, default {@code ../shared/corpus})
 * the corpus set falls back to the synthetic one and says so.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// A long warm-up: the check runs the reader and the whole engine, far more code than PDFBox's
// extraction, and on the shared 2-core machine its iterations were still falling after 30 seconds
// (six seconds of warm-up measured the compiler, not the check: 2.4 times PDFBox where the same
// jar taken turn about read 1.5).
@Warmup(iterations = 15, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PdfCheckBenchmark {
  @Param({"corpus", "synthetic"})
  public String set;

  private final List<byte[]> files = new ArrayList<>();
  private final PdfReader reader = new PdfReader();
  private final Prism prism = Prism.standard();
  private final CheckOptions options = new CheckOptions(Roles.DEFAULT, null, new PartialDate(2026, 11));
  private int next;

  @Setup
  public void load() throws IOException {
    Path corpus = corpusPdfs();
    if (set.equals("corpus") && Files.isDirectory(corpus)) {
      files.addAll(pdfsIn(corpus));
    }
    if (files.isEmpty()) {
      if (set.equals("corpus")) {
        System.out.println("no corpus PDFs under " + corpus + "; measuring synthetic PDFs instead");
      }
      for (int i = 0; i < 4; i++) {
        files.add(synthetic(i));
      }
    }
  }

  /** The corpus PDFs' directory: {@code -Dprism.corpus=DIR}, default {@code ../shared/corpus}, then {@code pdf}. */
  static Path corpusPdfs() {
    return Path.of(System.getProperty("prism.corpus", "../shared/corpus")).resolve("pdf");
  }

  /** The corpus PDFs' directory for a runner's main: exits with a message when there is none. */
  static Path corpusPdfsOrExit() {
    Path dir = corpusPdfs();
    if (!Files.isDirectory(dir)) {
      System.err.println("no corpus PDFs under " + dir + " (set -Dprism.corpus=DIR)");
      System.exit(2);
    }
    return dir;
  }

  /** Every PDF directly in {@code dir}, in name order. */
  static List<byte[]> pdfsIn(Path dir) throws IOException {
    List<byte[]> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList()) {
        out.add(Files.readAllBytes(p));
      }
    }
    return out;
  }

  private byte[] nextFile() {
    byte[] f = files.get(next);
    next = (next + 1) % files.size();
    return f;
  }

  @Benchmark
  public Resume readAndSegment() throws UnreadableInputException {
    return Segmenter.segment(reader.read(nextFile()));
  }

  @Benchmark
  public Report check() throws UnreadableInputException {
    Extraction e = reader.read(nextFile());
    return prism.check(e, options);
  }

  /**
   * The yardstick for reading (issue 11: a warm check within 1.3 times this): PDFBox's own text
   * extraction with positions, sorted by position, on the same files.
   */
  @Benchmark
  public String pdfboxTextWithPositions() throws IOException {
    return pdfboxText(nextFile());
  }

  static String pdfboxText(byte[] pdf) throws IOException {
    try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
      stripper.setSortByPosition(true);
      return stripper.getText(doc);
    }
  }

  /**
   * A warm job match of the next PDF, extraction included, against a backend job description
   * (issue 5's floor: 50 ms for a two-page PDF resume).
   */
  @Benchmark
  public Match matchAgainstJob() throws UnreadableInputException {
    return prism.match(reader.read(nextFile()), job, options);
  }

  private final JobDescription job = JobDescriptions.parse(jobText());

  private static String jobText() {
    try (java.io.InputStream in = PdfCheckBenchmark.class.getResourceAsStream("/bench/backend.jd.txt")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A two-page, one-column resume with headings, entries and bullets; {@code seed} varies the text. */
  static byte[] synthetic(int seed) {
    PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (int page = 0; page < 2; page++) {
        PDPage p = new PDPage();
        doc.addPage(p);
        try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
          float y = 740;
          if (page == 0) {
            y = line(cs, bold, 20, 72, y, "Alex Morgan " + seed);
            y = line(cs, regular, 10, 72, y, "alex.morgan@example.com | +1 555 010 20" + (10 + seed) + " | Austin, TX");
          }
          y = line(cs, bold, 12, 72, y - 10, "EXPERIENCE");
          for (int job = 0; job < 3; job++) {
            y = line(cs, bold, 10, 72, y - 4, "Senior Backend Engineer | Company " + (char) ('A' + job + seed) + " Inc");
            line(cs, regular, 10, 460, y + 14, (2015 + job * 3) + " - " + (2018 + job * 3));
            for (int b = 0; b < 5; b++) {
              y = line(cs, regular, 10, 80, y, "\u2022 Cut p99 latency of service " + b + " from 480 ms to " + (100 + b * 10 + seed)
                  + " ms with a Redis cache in front of PostgreSQL");
            }
          }
          line(cs, bold, 12, 72, y - 10, page == 0 ? "SKILLS" : "EDUCATION");
        }
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static float line(PDPageContentStream cs, PDType1Font font, float size, float x, float y, String text)
      throws IOException {
    cs.beginText();
    cs.setFont(font, size);
    cs.newLineAtOffset(x, y);
    cs.showText(text);
    cs.endText();
    return y - size * 1.4f;
  }
}
