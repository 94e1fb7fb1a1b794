package dev.prism.ingest.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prism.core.CheckOptions;
import dev.prism.core.Prism;
import dev.prism.core.model.PartialDate;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TailoringEvaluationTest {
  @TempDir
  Path corpus;

  @Test
  void aSmallCorpusOfInventedFilesHasNothingInvented() throws Exception {
    Files.createDirectories(corpus.resolve("real"));
    Files.createDirectories(corpus.resolve("jd-real"));
    Files.writeString(corpus.resolve("real/ines.md"), """
        # Ines Varga
        ines@example.org

        ## Experience
        ### Backend Engineer · Lumenfold · Mar 2020 – Present
        - Built the quotes API in Go on PostgreSQL, serving 700 requests per second.
        - Moved nightly exports onto Kafka, cutting the run from 5 hours to 40 minutes.

        ## Skills
        Go, PostgreSQL, Kafka, Docker
        """);
    Files.writeString(corpus.resolve("jd-real/jd-01.txt"), """
        Senior Backend Engineer (Go)
        Brightwater · Remote

        Requirements
        - 5+ years building services in Go or Rust
        - Relational databases and Kubernetes
        """);
    Files.writeString(corpus.resolve("jd-real/jd-02.txt"), "Platform Engineer\n\nRequirements\n- Terraform and AWS\n- Kafka or RabbitMQ\n");
    StringWriter out = new StringWriter();
    TailoringEvaluation.Figures f = TailoringEvaluation.run(corpus, Prism.standard(),
        new CheckOptions("backend-engineer", null, new PartialDate(2026, 11)), true, new PrintWriter(out));
    assertThat(f.resumes()).isEqualTo(1);
    assertThat(f.postings()).isEqualTo(2);
    assertThat(f.pairs()).isEqualTo(2);
    assertThat(f.violations()).as(out.toString()).isZero();
  }

  @Test
  void theCheckSeesANameThatIsInNeitherDocument() {
    // What the evaluation subtracts from: a capitalised word the sources lack stays, in any case.
    Set<String> names = TailoringEvaluation.capitalised("At Lumenfold, I built it. At Quarrytech, I led it.");
    names.removeAll(TailoringEvaluation.words("lumenfold at i built it led"));
    assertThat(names).containsExactly("quarrytech");
    assertThat(TailoringEvaluation.words("Université d'Orsay")).contains("orsay");
  }
}
