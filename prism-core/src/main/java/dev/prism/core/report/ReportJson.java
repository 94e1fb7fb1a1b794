package dev.prism.core.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.prism.core.Prism;
import dev.prism.core.bullet.BulletAnalysis;
import dev.prism.core.level.AxisEvidence;
import dev.prism.core.level.LevelEstimate;
import dev.prism.core.level.Position;
import dev.prism.core.level.Timeline;
import dev.prism.core.model.ParseWarning;
import dev.prism.core.rules.Context.AnalyzedBullet;
import dev.prism.core.rules.Finding;
import dev.prism.core.rules.Suggestion;
import dev.prism.core.score.DimensionScore;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The JSON report ({@code prism.report/1}, SPEC §4). Built field by field rather than by reflection
 * so that the field order, and so the bytes, are fixed by this file alone.
 */
public final class ReportJson {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);
  private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ReportJson() {}

  public static ObjectNode tree(Report r) {
    ObjectNode o = F.objectNode();
    o.put("schema", Report.SCHEMA);
    o.put("engine", Prism.VERSION);
    o.put("model", Report.MODEL);
    o.put("role", r.role().id());
    o.put("score", r.score());
    o.put("band", r.scorecard().band());
    o.put("notAResume", r.notAResume());
    Priorities pr = Priorities.of(r);
    ArrayNode fixes = o.putArray("topFixes");
    for (Priorities.Fix f : pr.topFixes()) {
      ObjectNode n = fixes.addObject();
      n.put("rule", f.rule());
      n.put("title", f.title());
      n.put("points", Priorities.rounded(f.points()));
      n.put("count", f.count());
      n.put("finding", "f" + (f.finding() + 1));
      n.put("bullet", f.bullet());
      n.put("offset", f.span().offset());
      n.put("length", f.span().length());
      n.put("message", f.message());
      n.put("suggestion", f.suggestion());
    }
    ArrayNode dims = o.putArray("dimensions");
    for (DimensionScore d : r.scorecard().dimensions()) {
      ObjectNode n = dims.addObject();
      n.put("id", d.dimension().id());
      n.put("score", d.score());
      n.put("weight", d.weight());
      ArrayNode ids = n.putArray("findings");
      d.findings().forEach(i -> ids.add("f" + (i + 1)));
    }
    ObjectNode level = o.putObject("level");
    level.put("estimated", r.level().level().id());
    if (r.level().years() != null) {
      level.put("years", r.level().years());
    } else {
      level.putNull("years");
    }
    strings(level.putArray("evidence"), r.level().evidence());
    if (r.target() != null) {
      level.put("target", r.target().id());
    } else {
      level.putNull("target");
    }
    strings(level.putArray("gaps"), r.gaps());
    levelDetails(level, r);
    o.set("resume", JsonResumeWriter.write(r.resume()));
    ArrayNode bullets = o.putArray("bullets");
    for (AnalyzedBullet b : r.bullets()) {
      ObjectNode n = bullet(b.analysis(), b.bullet().span().offset(), b.bullet().span().length());
      n.put("section", b.section() == dev.prism.core.model.SectionKind.EXPERIENCE ? "work" : b.section().id());
      n.put("entry", b.entry());
      // id first, as in the SPEC's example.
      ObjectNode withId = F.objectNode();
      withId.put("id", b.id());
      withId.setAll(n);
      bullets.add(withId);
    }
    ArrayNode findings = o.putArray("findings");
    List<Finding> fs = r.findings();
    for (int i = 0; i < fs.size(); i++) {
      findings.add(finding("f" + (i + 1), fs.get(i)).put("points", Priorities.rounded(pr.points().get(i))));
    }
    ArrayNode groups = o.putArray("groups");
    for (Priorities.Group g : pr.groups()) {
      ObjectNode n = groups.addObject();
      n.put("rule", g.rule());
      n.put("title", g.title());
      n.put("severity", g.severity().id());
      n.put("dimension", g.dimension().id());
      n.put("points", Priorities.rounded(g.points()));
      ArrayNode ids = n.putArray("findings");
      g.findings().forEach(i -> ids.add("f" + (i + 1)));
    }
    ObjectNode parse = o.putObject("parse");
    parse.put("format", r.extraction().format());
    parse.put("pages", r.extraction().pages());
    parse.put("words", r.extraction().words());
    ArrayNode warnings = parse.putArray("warnings");
    for (ParseWarning w : r.warnings()) {
      warnings.addObject().put("code", w.code()).put("message", w.message());
    }
    parse.put("confidence", r.reading().confidence());
    ArrayNode problems = parse.putArray("problems");
    for (ParseWarning w : r.reading().problems()) {
      problems.addObject().put("code", w.code()).put("message", w.message());
    }
    o.put("text", r.text());
    return o;
  }

  /**
   * What the level was read from, added to the SPEC's level object: how sure, the month "Present"
   * means, the stated figure, each axis of the matrix with its spans, and every position with its
   * kind and the words that decided it.
   */
  private static void levelDetails(ObjectNode level, Report r) {
    LevelEstimate e = r.level();
    Timeline t = e.timeline();
    level.put("confidence", e.confidence().id());
    level.put("headline", LevelText.headline(e, r.role(), r.target()));
    level.put("yearsAtLeast", e.years() != null && LevelText.atLeast(t));
    level.putObject("asOf").put("month", t.asOf().month().iso()).put("source", t.asOf().source().name().toLowerCase(java.util.Locale.ROOT));
    strings(level.putArray("counted"), t.counted());
    strings(level.putArray("notCounted"), t.notCounted());
    if (t.stated() != null) {
      ObjectNode s = level.putObject("stated");
      s.put("text", t.stated().text());
      s.put("years", t.stated().years());
      s.put("atLeast", t.stated().atLeast());
      s.put("offset", t.stated().span().offset());
      s.put("length", t.stated().span().length());
      if (t.statedAgrees() == null) {
        s.putNull("agrees");
      } else {
        s.put("agrees", t.statedAgrees());
      }
    } else {
      level.putNull("stated");
    }
    if (t.student() != null) {
      level.put("student", t.student());
    } else {
      level.putNull("student");
    }
    ArrayNode axes = level.putArray("axes");
    for (AxisEvidence a : e.axes()) {
      ObjectNode n = axes.addObject();
      n.put("axis", a.axis().id());
      n.put("level", a.level().id());
      ArrayNode shown = n.putArray("evidence");
      for (AxisEvidence.Shown s : a.shown()) {
        shown.addObject().put("words", s.words()).put("level", s.level().id()).put("offset", s.span().offset()).put("length", s.span().length());
      }
    }
    ArrayNode positions = level.putArray("positions");
    for (Position p : t.positions()) {
      ObjectNode n = positions.addObject();
      putNullable(n, "title", p.title());
      putNullable(n, "organization", p.organization());
      putNullable(n, "start", p.dates() == null ? null : p.dates().start().iso());
      putNullable(n, "end", p.dates() == null || p.dates().single() ? null : p.dates().present() ? "present" : p.dates().end().iso());
      n.put("kind", p.kind().id());
      n.put("decidedBy", p.decidedBy());
      n.put("counted", p.kind().counts() && p.months() > 0);
      n.put("months", p.months());
      n.put("offset", p.span().offset());
      n.put("length", p.span().length());
    }
  }

  private static void putNullable(ObjectNode n, String field, String value) {
    if (value == null) {
      n.putNull(field);
    } else {
      n.put(field, value);
    }
  }

  /** A bullet's analysis as in the report and in {@code prism bullet --format json}. */
  public static ObjectNode bullet(BulletAnalysis a, int offset, int length) {
    ObjectNode n = F.objectNode();
    n.put("text", a.text());
    n.put("offset", offset);
    n.put("length", length);
    n.put("strength", a.strength());
    n.put("label", a.label().id());
    strings(n.putArray("reasons"), a.reasons());
    if (a.suggestion() != null) {
      n.put("suggestion", a.suggestion());
    } else {
      n.putNull("suggestion");
    }
    ArrayNode dims = n.putArray("dimensions");
    a.dimensions().stream().sorted().forEach(d -> dims.add(d.id()));
    strings(n.putArray("technologies"), a.technologies());
    return n;
  }

  static ObjectNode finding(String id, Finding f) {
    ObjectNode n = F.objectNode();
    n.put("id", id);
    n.put("rule", f.rule());
    n.put("severity", f.severity().id());
    n.put("dimension", f.dimension().id());
    n.put("message", f.message());
    n.put("offset", f.span().offset());
    n.put("length", f.span().length());
    n.put("penalty", Math.round(f.penalty() * 10) / 10.0);
    ArrayNode texts = n.putArray("suggestions");
    ArrayNode edits = F.arrayNode();
    for (Suggestion s : f.suggestions()) {
      texts.add(s.text());
      if (s instanceof Suggestion.Edit e) {
        edits.addObject().put("offset", e.span().offset()).put("length", e.span().length()).put("replacement", e.replacement());
      }
    }
    if (!edits.isEmpty()) {
      n.set("edits", edits);
    }
    return n;
  }

  private static void strings(ArrayNode a, List<String> values) {
    values.forEach(a::add);
  }

  public static String toJson(Report r, boolean pretty) {
    return write(tree(r), pretty);
  }

  public static String write(Object node, boolean pretty) {
    try {
      return (pretty ? PRETTY : MAPPER).writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
