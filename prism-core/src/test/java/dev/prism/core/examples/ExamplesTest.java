package dev.prism.core.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.prism.core.role.Level;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ExamplesTest {

  @Test
  void oneExamplePerLevelWithItsNotes() {
    assertThat(Examples.all()).extracting(Example::level).containsExactly(Level.values());
    for (Example e : Examples.all()) {
      assertThat(e.name()).isNotBlank();
      assertThat(Examples.byId(e.level().id())).contains(e);
      assertThat(ExampleJson.full(e).get("resume").at("/basics/name").asText()).isEqualTo(e.name());
    }
    assertThat(Examples.byId("principal")).isEmpty();
  }

  @Test
  void callersCannotChangeTheShippedExample() {
    Example e = Examples.get(Level.MID);
    ((ObjectNode) e.resume().get("basics")).put("name", "Someone Else");
    assertThat(Examples.get(Level.MID).name()).isNotEqualTo("Someone Else");
  }

  @Test
  void markdownKeepsEveryBullet() {
    for (Example e : Examples.all()) {
      String md = ResumeMarkdown.render(e.resume());
      assertThat(md).startsWith("# " + e.name() + "\n").contains("## Experience", "## Skills", "## Education");
      e.resume().path("work").forEach(w -> w.path("highlights").forEach(h -> assertThat(md).contains("- " + h.asText())));
    }
  }

  @Test
  void brokenNotesNameTheFileAndField() {
    String noWhen = "{\"basics\":{\"name\":\"A\"},\"work\":[{}],\"meta\":{\"prism\":{\"level\":\"mid\",\"title\":\"t\","
        + "\"forWhom\":\"f\",\"doesNotShow\":\"d\"}}}";
    assertThatThrownBy(() -> load(noWhen)).hasMessage("examples/x.json: meta.prism.whenToUse: missing or empty");
    assertThatThrownBy(() -> load(noWhen.replace("\"mid\"", "\"guru\"")))
        .hasMessageStartingWith("examples/x.json: meta.prism.level: unknown level 'guru'");
    assertThatThrownBy(() -> load("[1]")).hasMessage("examples/x.json: expected a JSON Resume object");
    assertThatThrownBy(() -> load("{")).hasMessageStartingWith("examples/x.json: not valid JSON");
  }

  private static Example load(String json) {
    return Examples.load("examples/x.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }
}
