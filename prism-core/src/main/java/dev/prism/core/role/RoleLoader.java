package dev.prism.core.role;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.prism.core.role.Role.DimensionProfile;
import dev.prism.core.role.Role.Expectation;
import dev.prism.core.role.Role.LevelProfile;
import dev.prism.core.role.Role.SkillGroupProfile;
import dev.prism.core.vocab.Term;
import dev.prism.core.vocab.TermMatcher;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a role file into a {@link Role}, naming the file and the field in every error
 * ("backend-engineer.yaml: levels.senior.years: expected [min, max]"), so that a broken role fails
 * at start-up with a message that says where to look.
 */
public final class RoleLoader {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final String file;

  private RoleLoader(String file) {
    this.file = file;
  }

  /** Thrown for a role file that does not hold a valid role. */
  public static final class InvalidRoleException extends RuntimeException {
    public InvalidRoleException(String message) {
      super(message);
    }
  }

  public static Role load(String file, InputStream in) {
    RoleLoader l = new RoleLoader(file);
    JsonNode root;
    try {
      root = YAML.readTree(in);
    } catch (IOException e) {
      throw new InvalidRoleException(file + ": not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
    }
    if (root == null || !root.isObject()) {
      throw new InvalidRoleException(file + ": expected a mapping at the top");
    }
    return l.role(root);
  }

  private Role role(JsonNode root) {
    String id = string(root, "id");
    if (!id.matches("[a-z][a-z0-9-]*")) {
      throw error("id", "must be lower-case letters, digits and hyphens, got '" + id + "'");
    }
    Map<Dimension, Double> weights = new EnumMap<>(Dimension.class);
    JsonNode w = object(root, "weights");
    double sum = 0;
    for (Dimension d : Dimension.values()) {
      JsonNode v = w.get(d.id());
      if (v == null || !v.isNumber() || v.asDouble() < 0) {
        throw error("weights." + d.id(), "expected a number from 0 to 1");
      }
      weights.put(d, v.asDouble());
      sum += v.asDouble();
    }
    for (Iterator<String> it = w.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (Dimension.byId(k).isEmpty()) {
        throw error("weights." + k, "unknown dimension; known: service-design, storage, performance, reliability, impact, level-fit, presentation");
      }
    }
    if (Math.abs(sum - 1.0) > 1e-6) {
      throw error("weights", "must add up to 1, they add up to " + sum);
    }

    Map<Dimension, DimensionProfile> dims = new EnumMap<>(Dimension.class);
    JsonNode dn = object(root, "dimensions");
    for (Dimension d : Dimension.values()) {
      if (!d.provenByTerms()) {
        continue;
      }
      String path = "dimensions." + d.id();
      JsonNode n = dn.get(d.id());
      if (n == null || !n.isObject()) {
        throw error(path, "missing");
      }
      List<Term> terms = new ArrayList<>(termList(n, "terms", path, d.id()));
      if (n.has("notTerms")) {
        terms.addAll(termList(n, "notTerms", path, DimensionProfile.NOT_A_TERM));
      }
      dims.put(d, new DimensionProfile(d, string(n, "name", path), string(n, "proves", path),
          new TermMatcher(terms), optionalSet(n, "categories"), optionalSet(n, "units")));
    }

    Set<String> impactUnits = stringSet(object(root, "impact"), "units", "impact");

    List<SkillGroupProfile> groups = new ArrayList<>();
    JsonNode sg = root.get("skillGroups");
    if (sg == null || !sg.isArray() || sg.isEmpty()) {
      throw error("skillGroups", "expected a list of groups");
    }
    for (int i = 0; i < sg.size(); i++) {
      String path = "skillGroups[" + i + "]";
      groups.add(new SkillGroupProfile(string(sg.get(i), "name", path), stringSet(sg.get(i), "categories", path)));
    }

    JsonNode off = root.path("offRole");
    Set<String> offCats = optionalSet(off, "categories");
    int tolerated = off.path("tolerated").asInt(0);

    Map<Level, LevelProfile> levels = new EnumMap<>(Level.class);
    JsonNode ln = object(root, "levels");
    for (Level lv : Level.values()) {
      String path = "levels." + lv.id();
      JsonNode n = ln.get(lv.id());
      if (n == null || !n.isObject()) {
        throw error(path, "missing; every role describes junior, mid, senior and staff");
      }
      JsonNode years = n.get("years");
      if (years == null || !years.isArray() || years.size() != 2 || !years.get(0).isInt() || !years.get(1).isInt()
          || years.get(0).asInt() > years.get(1).asInt()) {
        throw error(path + ".years", "expected [min, max] whole years");
      }
      int pages = n.path("maxPages").asInt(0);
      if (pages < 1 || pages > 5) {
        throw error(path + ".maxPages", "expected a page count from 1 to 5");
      }
      List<Expectation> expects = new ArrayList<>();
      JsonNode ex = n.get("expects");
      if (ex == null || !ex.isArray() || ex.isEmpty()) {
        throw error(path + ".expects", "expected a list of expectations");
      }
      for (int i = 0; i < ex.size(); i++) {
        String ep = path + ".expects[" + i + "]";
        expects.add(new Expectation(string(ex.get(i), "id", ep), string(ex.get(i), "text", ep), terms(ex.get(i), "terms", ep, "expectation")));
      }
      levels.put(lv, new LevelProfile(lv, string(n, "name", path), years.get(0).asInt(), years.get(1).asInt(), pages,
          string(n, "scope", path), string(n, "ownership", path), string(n, "collaboration", path),
          string(n, "metric", path), terms(n, "metricTerms", path, "metric"), terms(n, "titles", path, "title"),
          terms(n, "grades", path, "grade"), evidence(n, path), expects, List.copyOf(stringSet(n, "mistakes", path))));
    }
    return new Role(id, string(root, "name"), string(root, "summary"), weights, dims, impactUnits, groups, offCats,
        tolerated, levels);
  }

  /** A level's evidence words by axis of the matrix: scope, ownership and collaboration. */
  private Map<LevelAxis, TermMatcher> evidence(JsonNode n, String path) {
    JsonNode ev = n.get("evidence");
    if (ev == null || !ev.isObject()) {
      throw error(path + ".evidence", "expected a mapping of scope, ownership and collaboration to words");
    }
    Map<LevelAxis, TermMatcher> out = new EnumMap<>(LevelAxis.class);
    for (LevelAxis a : List.of(LevelAxis.SCOPE, LevelAxis.OWNERSHIP, LevelAxis.COLLABORATION)) {
      out.put(a, terms(ev, a.id(), path + ".evidence", a.id()));
    }
    ev.fieldNames().forEachRemaining(f -> {
      if (LevelAxis.SCOPE.id().equals(f) || LevelAxis.OWNERSHIP.id().equals(f) || LevelAxis.COLLABORATION.id().equals(f)) {
        return;
      }
      throw error(path + ".evidence." + f, "unknown axis; known: scope, ownership, collaboration");
    });
    return out;
  }

  private TermMatcher terms(JsonNode n, String field, String path, String category) {
    return new TermMatcher(termList(n, field, path, category));
  }

  private List<Term> termList(JsonNode n, String field, String path, String category) {
    List<Term> terms = new ArrayList<>();
    for (String s : stringSet(n, field, path)) {
      if (!s.matches(".*[\\p{L}\\d].*")) {
        throw error(path + "." + field, "term '" + s + "' has no letters or digits and can never match");
      }
      terms.add(new Term(s, category, List.of(), false));
    }
    return terms;
  }

  private Set<String> stringSet(JsonNode n, String field, String path) {
    JsonNode a = n.get(field);
    if (a == null || !a.isArray() || a.isEmpty()) {
      throw error(path + "." + field, "expected a non-empty list");
    }
    Set<String> out = new LinkedHashSet<>();
    for (JsonNode v : a) {
      if (!v.isValueNode() || v.asText().isBlank()) {
        throw error(path + "." + field, "expected a list of words");
      }
      out.add(v.asText().trim());
    }
    return out;
  }

  private static Set<String> optionalSet(JsonNode n, String field) {
    Set<String> out = new LinkedHashSet<>();
    n.path(field).forEach(v -> out.add(v.asText().trim()));
    return out;
  }

  private JsonNode object(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || !v.isObject()) {
      throw error(field, "expected a mapping");
    }
    return v;
  }

  private String string(JsonNode n, String field) {
    return string(n, field, "");
  }

  private String string(JsonNode n, String field, String path) {
    JsonNode v = n == null ? null : n.get(field);
    String p = path.isEmpty() ? field : path + "." + field;
    if (v == null || !v.isValueNode() || v.asText().isBlank()) {
      throw error(p, "missing or empty");
    }
    return v.asText().trim();
  }

  private InvalidRoleException error(String field, String message) {
    return new InvalidRoleException(file + ": " + field + ": " + message);
  }
}
