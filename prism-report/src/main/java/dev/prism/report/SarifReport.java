package dev.prism.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.prism.core.Prism;
import dev.prism.core.report.LevelText;
import dev.prism.core.report.Report;
import dev.prism.core.rules.Finding;
import dev.prism.core.rules.Rule;
import dev.prism.core.rules.Rules;
import dev.prism.core.rules.Suggestion;
import java.util.List;
import java.util.Objects;

/**
 * Reports as a SARIF 2.1.0 log, so that a resume kept in a repository gets its findings as
 * annotations in code review. One run; the driver lists every rule in {@link Rules#ALL} in
 * registration order, so {@code ruleIndex} is stable for a given engine version.
 */
public final class SarifReport {
  public static final String VERSION = "2.1.0";
  public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  public static final String INFORMATION_URI = "https://github.com/prism-resume/prism";

  private SarifReport() {}

  /**
   * One checked file.
   *
   * @param uri the file path as the person gave it, used as {@code artifactLocation.uri}
   * @param map where the report's spans are in that file
   */
  public record Source(Report report, String uri, SourceMap map) {
    public Source {
      Objects.requireNonNull(report, "report");
      Objects.requireNonNull(uri, "uri");
      Objects.requireNonNull(map, "map");
    }

    /** A file whose regions follow from its extraction (exact for text and Markdown). */
    public static Source of(Report report, String uri) {
      return new Source(report, uri, SourceMap.of(report.extraction()));
    }
  }

  /** The level estimate of a checked file, in the words of the other reports, as the artifact's properties. */
  private static void level(ObjectNode n, Report r) {
    n.put("estimated", r.level().level().id());
    n.put("confidence", r.level().confidence().id());
    if (r.level().years() != null) {
      n.put("years", r.level().years());
    } else {
      n.putNull("years");
    }
    n.put("headline", LevelText.headline(r.level(), r.role(), r.target()));
    ArrayNode evidence = n.putArray("evidence");
    r.level().evidence().forEach(evidence::add);
    LevelText.axes(r.level()).forEach(evidence::add);
    ArrayNode gaps = n.putArray("gaps");
    r.gaps().forEach(gaps::add);
  }

  /** The SARIF log for one or more checked files. */
  public static ObjectNode log(List<Source> sources) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode log = f.objectNode();
    log.put("$schema", SCHEMA);
    log.put("version", VERSION);
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "Prism");
    driver.put("version", Prism.VERSION);
    driver.put("semanticVersion", Prism.VERSION);
    driver.put("informationUri", INFORMATION_URI);
    ArrayNode rules = driver.putArray("rules");
    for (Rule r : Rules.ALL) {
      ObjectNode n = rules.addObject();
      n.put("id", r.id());
      n.put("name", pascal(r.id()));
      n.putObject("shortDescription").put("text", r.description());
      n.putObject("fullDescription").put("text", r.description() + " Dimension: " + r.dimension().id() + ".");
      n.putObject("help").put("text", help(r));
      n.putObject("properties").putArray("tags").add("resume").add(r.dimension().id());
    }
    ArrayNode artifacts = run.putArray("artifacts");
    ArrayNode results = run.putArray("results");
    for (int a = 0; a < sources.size(); a++) {
      Source s = sources.get(a);
      ObjectNode artifact = artifacts.addObject();
      artifact.putObject("location").put("uri", s.uri());
      level(artifact.putObject("properties").putObject("level"), s.report());
      for (Finding fd : s.report().findings()) {
        results.add(result(fd, s, a));
      }
    }
    run.putObject("properties").put("model", Report.MODEL);
    return log;
  }

  private static ObjectNode result(Finding fd, Source s, int artifactIndex) {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("ruleId", fd.rule());
    int index = Rules.ALL.stream().map(Rule::id).toList().indexOf(fd.rule());
    if (index >= 0) {
      n.put("ruleIndex", index);
    }
    n.put("level", switch (fd.severity()) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    });
    StringBuilder message = new StringBuilder(fd.message());
    for (Suggestion sg : fd.suggestions()) {
      // Java 17 has no pattern switch; the chain covers the three permitted subtypes.
      if (sg instanceof Suggestion.Edit e) {
        message.append("\nFix: ").append(e.text());
      } else if (sg instanceof Suggestion.Draft d) {
        message.append("\nTry: ").append(d.draft());
      } else {
        message.append('\n').append(sg.text());
      }
    }
    n.putObject("message").put("text", message.toString());
    ObjectNode physical = n.putArray("locations").addObject().putObject("physicalLocation");
    physical.putObject("artifactLocation").put("uri", s.uri()).put("index", artifactIndex);
    s.map().region(fd.span()).ifPresent(r -> physical.putObject("region")
        .put("startLine", r.startLine()).put("startColumn", r.startColumn())
        .put("endLine", r.endLine()).put("endColumn", r.endColumn()));
    n.putObject("properties").put("dimension", fd.dimension().id()).put("penalty", Math.round(fd.penalty() * 10) / 10.0);
    return n;
  }

  /** Help text: the rule's purpose and the text its first example flags (between « and »). */
  private static String help(Rule r) {
    StringBuilder h = new StringBuilder(r.description());
    if (!r.examples().isEmpty()) {
      String bad = r.examples().get(0).bad();
      int from = bad.indexOf('«');
      int to = bad.indexOf('»', from + 1);
      if (from >= 0 && to > from + 1) {
        String flagged = bad.substring(from + 1, to).strip().replaceAll("\\s+", " ");
        h.append(" Flagged, for example: \"").append(flagged.length() > 160 ? flagged.substring(0, 159) + "…" : flagged).append("\"");
      }
    }
    return h.toString();
  }

  /** WEAK_OPENER as WeakOpener: SARIF's rule name is meant to be readable, the id stable. */
  private static String pascal(String id) {
    StringBuilder b = new StringBuilder();
    for (String part : id.split("_")) {
      if (!part.isEmpty()) {
        b.append(part.charAt(0)).append(part.substring(1).toLowerCase(java.util.Locale.ROOT));
      }
    }
    return b.toString();
  }
}
