package dev.prism.core.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.prism.core.role.Level;
import dev.prism.core.role.Role;
import dev.prism.core.role.Role.Expectation;
import dev.prism.core.role.Role.LevelProfile;

/**
 * A role's expectations matrix as JSON, as printed by {@code prism roles ID --format json} and
 * served at {@code GET /api/v1/roles/{id}}: for each level, the scope, ownership, collaboration, the
 * metric it is judged by, what it expects and the mistakes to avoid. Built field by field so the
 * field order is fixed here.
 */
public final class RoleJson {
  /** Schema id of this document; bump it when a field changes meaning. */
  public static final String SCHEMA = "prism.role/1";

  private RoleJson() {}

  /** The list entry for a role: id, name and summary. */
  public static ObjectNode summary(Role r) {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("id", r.id());
    n.put("name", r.name());
    n.put("summary", r.summary());
    return n;
  }

  /** The whole matrix, levels in order from junior to staff. */
  public static ObjectNode matrix(Role r) {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("schema", SCHEMA);
    n.setAll(summary(r));
    ArrayNode levels = n.putArray("levels");
    for (Level l : Level.values()) {
      LevelProfile p = r.level(l);
      ObjectNode o = levels.addObject();
      o.put("id", l.id());
      o.put("name", p.name());
      o.putObject("years").put("min", p.minYears()).put("max", p.maxYears());
      o.put("maxPages", p.maxPages());
      o.put("scope", p.scope());
      o.put("ownership", p.ownership());
      o.put("collaboration", p.collaboration());
      o.put("metric", p.metric());
      ArrayNode expects = o.putArray("expects");
      for (Expectation e : p.expects()) {
        expects.addObject().put("id", e.id()).put("text", e.text());
      }
      ArrayNode mistakes = o.putArray("mistakes");
      p.mistakes().forEach(mistakes::add);
    }
    return n;
  }
}
