package dev.prism.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prism.core.CheckOptions;
import dev.prism.core.Prism;
import dev.prism.core.model.Extraction;
import dev.prism.core.model.PartialDate;
import dev.prism.core.role.Roles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden reports: each {@code golden/NAME.input} beside {@code NAME.expected.json}. A change to
 * scoring shows up here as a diff to review. Regenerate on purpose with
 * {@code ./mvnw test -pl prism-core -Dtest=GoldenReportTest -Dgolden.update=true}.
 */
class GoldenReportTest {
  static final Path DIR = Path.of("src/test/resources/golden");
  static final CheckOptions OPTIONS = new CheckOptions(Roles.DEFAULT, null, new PartialDate(2026, 11));

  @TestFactory
  Stream<DynamicTest> reportsMatchTheirGoldenFiles() throws IOException {
    List<Path> inputs;
    try (Stream<Path> s = Files.list(DIR)) {
      inputs = s.filter(p -> p.toString().endsWith(".input")).sorted().toList();
    }
    assertThat(inputs).isNotEmpty();
    return inputs.stream().map(in -> DynamicTest.dynamicTest(in.getFileName().toString(), () -> {
      String text = Files.readString(in, StandardCharsets.UTF_8);
      String actual = ReportJson.toJson(Prism.standard().check(Extraction.plain(text, "text"), OPTIONS), true) + "\n";
      Path expected = Path.of(in.toString().replace(".input", ".expected.json"));
      if (Boolean.getBoolean("golden.update")) {
        Files.writeString(expected, actual, StandardCharsets.UTF_8);
      }
      assertThat(expected).as("golden file (create it with -Dgolden.update=true)").exists();
      assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }));
  }
}
