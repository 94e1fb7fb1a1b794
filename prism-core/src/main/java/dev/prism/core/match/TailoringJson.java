package dev.prism.core.match;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.prism.core.Prism;
import dev.prism.core.match.Tailoring.Placed;
import dev.prism.core.match.Tailoring.Suggestion;
import dev.prism.core.model.Entry;
import dev.prism.core.report.JsonResumeWriter;
import java.util.List;

/**
 * A tailoring as JSON ({@code prism.tailoring/1}), the same for {@code prism tailor --format json}
 * and {@code POST /api/v1/tailorings}: the two summaries, every work bullet with where it stood and
 * stands, the surfaced skills, the advice, the changes in words, and the tailored resume as Markdown
 * and as JSON Resume (with the original as Markdown, to show beside it). Built field by field so the
 * field order, and the bytes, are fixed here.
 */
public final class TailoringJson {
  public static final String SCHEMA = "prism.tailoring/1";
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private TailoringJson() {}

  public static ObjectNode tree(Tailoring t, Match m) {
    ObjectNode o = F.objectNode();
    o.put("schema", SCHEMA);
    o.put("engine", Prism.VERSION);
    o.put("matchRate", m.matchRate());
    ObjectNode job = o.putObject("job");
    job.put("title", m.job().title());
    job.put("company", m.job().company());
    job.put("location", m.job().location());
    job.put("level", m.job().level() == null ? null : m.job().level().id());
    if (m.job().years() == null) {
      job.putNull("years");
    } else {
      job.put("years", m.job().years());
    }
    ObjectNode summary = o.putObject("summary");
    summary.put("original", t.originalSummary());
    summary.put("tailored", t.summary());
    summary.put("replaced", t.originalSummary() != null);
    ArrayNode bullets = o.putArray("bullets");
    for (Placed p : t.bullets()) {
      ObjectNode b = bullets.addObject();
      b.put("section", p.section().id());
      b.put("entry", p.entry());
      Entry e = entry(t, p);
      b.put("title", e == null || e.title() == null ? null : e.title().value());
      b.put("employer", e == null || e.organization() == null ? null : e.organization().value());
      b.put("text", p.bullet().text());
      b.put("offset", p.bullet().span().offset());
      b.put("length", p.bullet().span().length());
      b.put("from", p.from());
      b.put("to", p.to());
      b.put("moved", p.moved());
      ArrayNode meets = b.putArray("meets");
      p.meets().forEach(meets::add);
    }
    ArrayNode surfaced = o.putArray("surfaced");
    t.surfaced().forEach(surfaced::add);
    o.set("toAdd", suggestions(t.toAdd()));
    o.set("toEvidence", suggestions(t.toEvidence()));
    ArrayNode changes = o.putArray("changes");
    t.changes().forEach(changes::add);
    o.put("markdown", TailoredMarkdown.write(t));
    o.put("originalMarkdown", TailoredMarkdown.write(t.original(), t.text()));
    o.set("jsonResume", JsonResumeWriter.write(t.resume()));
    return o;
  }

  private static ArrayNode suggestions(List<Suggestion> list) {
    ArrayNode a = F.arrayNode();
    for (Suggestion s : list) {
      ObjectNode n = a.addObject();
      n.put("term", s.term());
      n.put("importance", s.importance().id());
      n.put("sentence", s.sentence());
      n.put("advice", s.advice());
    }
    return a;
  }

  private static Entry entry(Tailoring t, Placed p) {
    return t.original().sections(p.section()).flatMap(s -> s.entries().stream())
        .filter(e -> e.bullets().contains(p.bullet())).findFirst().orElse(null);
  }
}
