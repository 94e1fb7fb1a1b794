package dev.prism.core.match;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.prism.core.Prism;
import dev.prism.core.model.Span;
import java.util.List;

/**
 * A match as JSON ({@code prism.match/1}): {@code matchRate}, {@code required[]} and
 * {@code preferred[]} (each {@code {"term", "found", "evidence"}}), {@code missing[]}, then the
 * detail. Built field by field so the field order, and the bytes, are fixed here.
 */
public final class MatchJson {
  public static final String SCHEMA = "prism.match/1";
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private MatchJson() {}

  public static ObjectNode tree(Match m) {
    ObjectNode o = F.objectNode();
    o.put("schema", SCHEMA);
    o.put("engine", Prism.VERSION);
    o.put("matchRate", m.matchRate());
    ObjectNode job = o.putObject("job");
    putOrNull(job, "title", m.job().title());
    putOrNull(job, "company", m.job().company());
    putOrNull(job, "location", m.job().location());
    putOrNull(job, "level", m.job().level() == null ? null : m.job().level().id());
    if (m.job().years() == null) {
      job.putNull("years");
    } else {
      job.put("years", m.job().years());
    }
    ArrayNode dropped = job.putArray("dropped");
    m.job().dropped().forEach(dropped::add);
    o.set("required", terms(m.required(), m.text(), m.job().text()));
    o.set("preferred", terms(m.preferred(), m.text(), m.job().text()));
    ArrayNode missing = o.putArray("missing");
    for (TermMatch t : m.missing()) {
      ObjectNode n = missing.addObject();
      n.put("term", t.requirement().name());
      n.put("asWritten", t.requirement().shown(m.job().text()));
      n.put("importance", t.requirement().importance().id());
      n.put("sentence", t.requirement().sentence());
    }
    ArrayNode hidden = o.putArray("notEvidenced");
    for (TermMatch t : m.notEvidenced()) {
      ObjectNode n = hidden.addObject();
      n.put("term", t.requirement().name());
      n.put("where", t.coverage().where());
    }
    ObjectNode level = o.putObject("level");
    putOrNull(level, "asked", m.level().asked() == null ? null : m.level().asked().id());
    if (m.level().askedYears() == null) {
      level.putNull("askedYears");
    } else {
      level.put("askedYears", m.level().askedYears());
    }
    level.put("resume", m.level().resume().level().id());
    if (m.level().resume().years() == null) {
      level.putNull("resumeYears");
    } else {
      level.put("resumeYears", Math.round(m.level().resume().years() * 10) / 10.0);
    }
    level.put("gap", m.level().gap());
    return o;
  }

  private static ArrayNode terms(List<TermMatch> list, String text, String jobText) {
    ArrayNode a = F.arrayNode();
    for (TermMatch t : list) {
      ObjectNode n = a.addObject();
      Requirement r = t.requirement();
      n.put("term", r.name());
      // The posting's own spelling, so the person recognises the term ("Go (Golang)").
      n.put("asWritten", r.shown(jobText));
      if (r.isGroup()) {
        // A group is met by any one member: the page shows it as one line, not one per member.
        ArrayNode any = n.putArray("anyOf");
        r.anyOf().forEach(x -> any.add(x.canonical()));
      }
      n.put("found", t.found());
      n.put("evidenced", t.evidenced());
      Coverage c = t.coverage();
      putOrNull(n, "where", c.where());
      if (c.evidence() == null) {
        n.putNull("evidence");
      } else {
        n.set("evidence", span(c.evidence(), text));
      }
      if (t.matched() != null && !t.matched().equals(t.requirement().name())) {
        n.put("matched", t.matched());
      }
      if (c instanceof Coverage.Implied i) {
        n.put("impliedBy", i.via());
      }
      n.put("sentence", t.requirement().sentence());
    }
    return a;
  }

  private static ObjectNode span(Span s, String text) {
    ObjectNode n = F.objectNode();
    n.put("offset", s.offset());
    n.put("length", s.length());
    n.put("text", s.of(text));
    return n;
  }

  private static void putOrNull(ObjectNode n, String key, String value) {
    if (value == null) {
      n.putNull(key);
    } else {
      n.put(key, value);
    }
  }
}
