package dev.prism.core.role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RoleLoaderTest {

  static Role load(String yaml) {
    return RoleLoader.load("roles/test.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void builtInRolesLoad() {
    assertThat(Roles.builtIn().all()).extracting(Role::id).containsExactly("backend-engineer", "software-engineer");
    Role be = Roles.builtIn().get("backend-engineer").orElseThrow();
    assertThat(be.weights().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(be.level(Level.STAFF).maxPages()).isEqualTo(2);
    assertThat(be.level(Level.JUNIOR).metric()).contains("latency");
  }

  @Test
  void errorsNameTheFileAndTheField() {
    String broken = new String(readBuiltIn(), StandardCharsets.UTF_8).replace("years: [5, 9]", "years: [9, 5]");
    assertThatThrownBy(() -> load(broken)).hasMessage("roles/test.yaml: levels.senior.years: expected [min, max] whole years");
  }

  @Test
  void weightsMustAddUp() {
    String broken = new String(readBuiltIn(), StandardCharsets.UTF_8).replace("impact: 0.20", "impact: 0.30");
    assertThatThrownBy(() -> load(broken)).hasMessageStartingWith("roles/test.yaml: weights: must add up to 1");
  }

  @Test
  void missingLevelIsNamed() {
    String yaml = new String(readBuiltIn(), StandardCharsets.UTF_8);
    String broken = yaml.substring(0, yaml.indexOf("  staff:"));
    assertThatThrownBy(() -> load(broken)).hasMessageContaining("levels.staff: missing");
  }

  @Test
  void everyLevelListsMistakes() {
    for (Role r : Roles.builtIn().all()) {
      for (Level l : Level.values()) {
        assertThat(r.level(l).mistakes()).as(r.id() + " " + l.id()).isNotEmpty();
      }
    }
    String yaml = new String(readBuiltIn(), StandardCharsets.UTF_8);
    int at = yaml.indexOf("    mistakes:", yaml.indexOf("  mid:"));
    String broken = yaml.substring(0, at) + "    mistakes: []\n" + yaml.substring(yaml.indexOf("  senior:"));
    assertThatThrownBy(() -> load(broken)).hasMessage("roles/test.yaml: levels.mid.mistakes: expected a non-empty list");
  }

  @Test
  void notYamlIsNamed() {
    assertThatThrownBy(() -> load("id: [unclosed")).hasMessageStartingWith("roles/test.yaml: not valid YAML");
    assertThatThrownBy(() -> load("- a list")).hasMessage("roles/test.yaml: expected a mapping at the top");
  }

  @Test
  void unmatchableTermsAreRejected() {
    String broken = new String(readBuiltIn(), StandardCharsets.UTF_8).replace("metricTerms: [cost, costs,", "metricTerms: [\"$\", cost, costs,");
    assertThatThrownBy(() -> load(broken)).hasMessageContaining("levels.senior.metricTerms: term '$' has no letters");
  }

  private static byte[] readBuiltIn() {
    try (var in = RoleLoaderTest.class.getResourceAsStream("/roles/backend-engineer.yaml")) {
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void levelEvidenceNamesItsAxes() {
    String yaml = new String(readBuiltIn(), StandardCharsets.UTF_8);
    String unknown = yaml.replaceFirst("(?m)^      ownership: \\[", "      ownrship: [");
    assertThatThrownBy(() -> load(unknown)).hasMessageContaining("levels.junior.evidence.ownership: expected a non-empty list");
    String extra = yaml.replaceFirst("(?m)^    evidence:\n", "    evidence:\n      vibes: [cool]\n");
    assertThatThrownBy(() -> load(extra)).hasMessage("roles/test.yaml: levels.junior.evidence.vibes: unknown axis; known: scope, ownership, collaboration");
    String none = yaml.replaceFirst("(?m)^    evidence:\n(      .*\n){3}", "");
    assertThatThrownBy(() -> load(none)).hasMessageContaining("levels.junior.evidence: expected a mapping");
  }
}
