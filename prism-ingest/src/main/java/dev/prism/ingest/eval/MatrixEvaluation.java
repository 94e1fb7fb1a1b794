package dev.prism.ingest.eval;

import dev.prism.ingest.LatexInputs;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.prism.core.CheckOptions;
import dev.prism.core.Prism;
import dev.prism.core.ingest.UnreadableInputException;
import dev.prism.core.report.Report;
import dev.prism.core.model.SectionKind;
import dev.prism.ingest.Readers;
import dev.prism.ingest.eval.EntryMatching.Job;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Measures whether the verdict depends on what a resume says rather than on how it was typeset:
 * the {@code matrix/} folder of the shared corpus holds {@code CONTENT__PRODUCER.pdf|docx}, one
 * content rendered by many producers, and {@code truth/CONTENT.json}, the JSON Resume each was
 * made from. Per content: the spread of scores and the levels across producers; per producer: work
 * entries F1 against the JSON Resume's {@code work} (position and employer).
 */
public final class MatrixEvaluation {

  public record Figures(double medianSpread, int worstSpread, double minProducerF1, double pooledF1, double name,
      double levelAgreement) {}

  public record Floors(double medianSpread, int worstSpread, double minProducerF1) {
    public static Floors none() {
      return new Floors(100, 100, 0);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private MatrixEvaluation() {}

  public static Figures run(Path dir, Prism prism, CheckOptions options, boolean details, PrintWriter out) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().contains("__")).filter(Files::isRegularFile).sorted().toList();
    }
    Readers readers = Readers.standard();
    Map<String, List<Integer>> scores = new TreeMap<>();
    Map<String, Map<String, Integer>> levels = new TreeMap<>();
    Map<String, int[]> byProducer = new TreeMap<>();
    RealEvaluation.Tally name = new RealEvaluation.Tally();
    int[] pooled = new int[3];
    for (Path f : files) {
      String file = f.getFileName().toString();
      String content = file.substring(0, file.indexOf("__"));
      String producer = file.substring(file.indexOf("__") + 2).replaceAll("\\.[a-z]+$", "");
      Path truthFile = dir.resolve("truth").resolve(content + ".json");
      if (!Files.isRegularFile(truthFile)) {
        continue;
      }
      JsonNode truth = JSON.readTree(truthFile.toFile());
      List<Job> truthWork = new ArrayList<>();
      for (JsonNode w : truth.path("work")) {
        String company = w.hasNonNull("name") ? w.path("name").asText() : w.path("company").asText(null);
        truthWork.add(new Job(w.path("position").asText(null), company, null, null));
      }
      Report report;
      try {
        report = prism.check(readers.read(file, LatexInputs.read(f)), options);
      } catch (UnreadableInputException e) {
        out.printf(Locale.ROOT, "%-36s unreadable: %s%n", file, e.getMessage());
        scores.computeIfAbsent(content, k -> new ArrayList<>()).add(0);
        int[] p = byProducer.computeIfAbsent(producer, k -> new int[3]);
        p[2] += truthWork.size();
        pooled[2] += truthWork.size();
        continue;
      }
      List<Job> work = RealEvaluation.jobs(report, SectionKind.EXPERIENCE);
      int matched = EntryMatching.match(truthWork, work).size();
      int[] p = byProducer.computeIfAbsent(producer, k -> new int[3]);
      p[0] += matched;
      p[1] += work.size();
      p[2] += truthWork.size();
      pooled[0] += matched;
      pooled[1] += work.size();
      pooled[2] += truthWork.size();
      scores.computeIfAbsent(content, k -> new ArrayList<>()).add(report.score());
      levels.computeIfAbsent(content, k -> new TreeMap<>()).merge(report.level().level().id(), 1, Integer::sum);
      String truthName = truth.path("basics").path("name").asText(null);
      boolean nameOk = truthName != null && report.resume().contact().name() != null
          && RealEvaluation.sameName(truthName, report.resume().contact().name().value());
      name.add(nameOk);
      if (details) {
        out.printf(Locale.ROOT, "%-36s score %3d, level %-6s, work %d/%d of %d read%s%n", file, report.score(),
            report.level().level().id(), matched, truthWork.size(), work.size(), nameOk ? "" : ", name wrong");
      }
    }
    List<Integer> spreads = new ArrayList<>();
    int agree = 0;
    int all = 0;
    out.println("content          scores (min-max, spread)   levels");
    for (var e : scores.entrySet()) {
      List<Integer> s = e.getValue();
      int min = s.stream().mapToInt(Integer::intValue).min().orElse(0);
      int max = s.stream().mapToInt(Integer::intValue).max().orElse(0);
      spreads.add(max - min);
      Map<String, Integer> lv = levels.getOrDefault(e.getKey(), Map.of());
      agree += lv.values().stream().mapToInt(Integer::intValue).max().orElse(0);
      all += s.size();
      out.printf(Locale.ROOT, "%-16s %3d-%3d (%2d)                %s%n", e.getKey(), min, max, max - min, lv);
    }
    double minF1 = 1;
    out.println("producer          work F1 (matched/read/truth)");
    for (var e : byProducer.entrySet()) {
      int[] p = e.getValue();
      double f1 = EntryMatching.f1(p[0], p[1], p[2]);
      minF1 = Math.min(minF1, f1);
      out.printf(Locale.ROOT, "%-17s %.2f (%d/%d/%d)%n", e.getKey(), f1, p[0], p[1], p[2]);
    }
    List<Integer> sorted = spreads.stream().sorted().toList();
    double median = sorted.isEmpty() ? 0 : sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
        : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2.0;
    int worst = sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1);
    Figures fig = new Figures(median, worst, byProducer.isEmpty() ? 0 : minF1,
        EntryMatching.f1(pooled[0], pooled[1], pooled[2]), name.share(), all == 0 ? 1 : (double) agree / all);
    out.printf(Locale.ROOT, "score spread: median %.1f, worst %d | work F1: pooled %.3f, lowest producer %.3f | name %.3f (%s) | level agreement %.3f%n",
        fig.medianSpread(), fig.worstSpread(), fig.pooledF1(), fig.minProducerF1(), fig.name(), name, fig.levelAgreement());
    out.flush();
    return fig;
  }

  public static boolean check(Figures f, Floors floors, PrintWriter out) {
    List<String> fails = new ArrayList<>();
    if (f.medianSpread() > floors.medianSpread() + 1e-9) {
      fails.add(String.format(Locale.ROOT, "median score spread %.1f, at most %.1f", f.medianSpread(), floors.medianSpread()));
    }
    if (f.worstSpread() > floors.worstSpread()) {
      fails.add("worst score spread " + f.worstSpread() + ", at most " + floors.worstSpread());
    }
    if (f.minProducerF1() + 1e-9 < floors.minProducerF1()) {
      fails.add(String.format(Locale.ROOT, "lowest producer work F1 %.3f, floor %.2f", f.minProducerF1(), floors.minProducerF1()));
    }
    fails.forEach(m -> out.println("FAIL: " + m));
    out.flush();
    return fails.isEmpty();
  }
}
