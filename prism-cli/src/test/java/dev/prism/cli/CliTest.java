package dev.prism.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI contract of SPEC §4, run in-process through {@link PrismCli#run}. */
class CliTest {
  static final Path SENIOR = Path.of("../examples/senior-backend.md");
  static final Path JUNIOR = Path.of("../examples/weak-junior.txt");
  static final ObjectMapper JSON = new ObjectMapper();

  record Run(int code, String out, String err) {}

  static Run run(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = new PrismCli(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), new PrintWriter(out),
        new PrintWriter(err), false).run(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void checkPrintsScoreFirstAndFitsEightyColumns() {
    Run r = run("", "check", SENIOR.toString());
    assertThat(r.code()).isZero();
    String[] lines = r.out().split("\n");
    assertThat(lines[2]).startsWith("Score ");
    assertThat(r.out()).contains("Service design", "Findings", "Level");
    assertThat(r.out().lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
    assertThat(r.out()).doesNotContain("\u001b[");
  }

  @Test
  void weakBulletsComeWithReasonsAndRewrites() {
    Run r = run("", "check", JUNIOR.toString());
    assertThat(r.out()).contains("weak ", "\"Worked on the notification feature.\"", "try:");
    // The report opens with the score and the three fixes worth the most, before the sub-scores.
    assertThat(r.out().split("\n")[2]).startsWith("Score ");
    assertThat(r.out()).contains("Fix these first", "  1. ", "  2. ", "  3. ");
    assertThat(r.out().indexOf("Fix these first")).isLessThan(r.out().indexOf("Service design"));
    assertThat(r.out().indexOf("Bullets")).isLessThan(r.out().indexOf("Findings"));
    assertThat(r.out().indexOf("Findings")).isLessThan(r.out().indexOf("Level gaps"));
  }

  @Test
  void jsonReportFollowsTheContract() throws IOException {
    Run r = run("", "check", "--format", "json", "--level", "senior", SENIOR.toString());
    JsonNode n = JSON.readTree(r.out());
    assertThat(n.get("schema").asText()).isEqualTo("prism.report/1");
    assertThat(n.get("score").asInt()).isBetween(0, 100);
    assertThat(n.get("dimensions")).hasSize(7);
    assertThat(n.at("/level/target").asText()).isEqualTo("senior");
    assertThat(n.at("/resume/basics/name").asText()).isEqualTo("Priya Raman");
    assertThat(n.get("bullets").get(0).get("id").asText()).isEqualTo("b1");
    assertThat(n.at("/parse/format").asText()).isEqualTo("markdown");
    assertThat(n.get("text").asText()).startsWith("# Priya Raman");
  }

  @Test
  void identicalInputGivesIdenticalBytes() {
    assertThat(run("", "check", "--format", "json", JUNIOR.toString()).out())
        .isEqualTo(run("", "check", "--format", "json", JUNIOR.toString()).out());
  }

  @Test
  void standardInputWithDash() throws IOException {
    Run r = run(Files.readString(JUNIOR), "check", "--format", "json", "-");
    assertThat(r.code()).isZero();
    assertThat(JSON.readTree(r.out()).at("/level/estimated").asText()).isEqualTo("junior");
  }

  @Test
  void failUnderExitsWithThree() {
    assertThat(run("", "check", "--fail-under", "90", JUNIOR.toString()).code()).isEqualTo(3);
    assertThat(run("", "check", "--fail-under", "10", JUNIOR.toString()).code()).isZero();
  }

  @Test
  void emptyAndMissingFilesExitTwoWithOneLine(@TempDir Path dir) throws IOException {
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    Run r = run("", "check", empty.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("prism: " + empty + ": the file has no text\n");
    Run missing = run("", "check", dir.resolve("nope.txt").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err().lines()).hasSize(1);
    assertThat(missing.err()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(run("", "check", "--level", "wizard", JUNIOR.toString()).err()).isEqualTo("prism: --level: unknown level 'wizard'; use junior, mid, senior or staff\n");
    assertThat(run("", "check", "--role", "astronaut", JUNIOR.toString()).code()).isEqualTo(2);
    assertThat(run("", "check").code()).isEqualTo(2);
    assertThat(run("", "frobnicate").code()).isEqualTo(2);
  }

  @Test
  void directoryIsCheckedInParallelOneJsonLinePerResume(@TempDir Path dir) throws IOException {
    for (int i = 0; i < 12; i++) {
      Files.copy(i % 2 == 0 ? SENIOR : JUNIOR, dir.resolve("r" + String.format("%02d", i) + (i % 2 == 0 ? ".md" : ".txt")));
    }
    Files.writeString(dir.resolve("broken.txt"), "   ");
    Run r = run("", "check", "--format", "json", dir.toString());
    String[] lines = r.out().split("\n");
    assertThat(lines).hasSize(13);
    for (String line : lines) {
      JsonNode n = JSON.readTree(line);
      assertThat(n.get("file").asText()).startsWith(dir.toString());
    }
    assertThat(JSON.readTree(lines[0]).has("error")).isTrue();
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("broken.txt: the file has no text");
  }

  @Test
  void bulletCommandTextAndJson() throws IOException {
    Run text = run("", "bullet", "Fixed 120 bugs.");
    assertThat(text.out()).startsWith("weak ");
    Run json = run("Responsible for backend.\nCut p99 latency from 300 ms to 40 ms by adding a Redis cache.\n", "bullet", "--format", "json");
    JsonNode n = JSON.readTree(json.out());
    assertThat(n.get("bullets")).hasSize(2);
    assertThat(n.get("bullets").get(0).get("label").asText()).isEqualTo("weak");
    assertThat(n.get("bullets").get(1).get("label").asText()).isEqualTo("strong");
  }

  @Test
  void parsePrintsJsonResume() throws IOException {
    Run r = run("", "parse", SENIOR.toString());
    JsonNode n = JSON.readTree(r.out());
    assertThat(n.at("/basics/email").asText()).isEqualTo("priya.raman@example.com");
    assertThat(n.get("work")).hasSize(2);
    assertThat(n.at("/work/0/name").asText()).isEqualTo("Northwind Payments");
    assertThat(run("", "parse", "--format", "text", SENIOR.toString()).out()).contains("[experience]");
  }

  @Test
  void rolesListAndMatrix() {
    assertThat(run("", "roles").out()).contains("backend-engineer", "software-engineer");
    Run r = run("", "roles", "backend-engineer");
    assertThat(r.out()).contains("Junior", "Mid-level", "Senior", "Staff", "scope", "judged by");
  }

  @Test
  void checkWithAJobDescriptionAddsTheMatch(@TempDir Path dir) throws IOException {
    Path jd = dir.resolve("jd.txt");
    Files.writeString(jd, """
        Senior Backend Engineer at Lumen Freight

        Requirements
        - 5+ years building backend services in Go or Java
        - Experience with PostgreSQL and Kafka in production
        - Kubernetes on AWS

        Benefits
        - Free lunch and a gym budget
        """);
    JsonNode n = JSON.readTree(run("", "check", "--format", "json", "--jd", jd.toString(), SENIOR.toString()).out());
    assertThat(n.at("/match/matchRate").asInt()).isBetween(1, 100);
    assertThat(n.get("score").asInt()).isBetween(0, 100);
    Run text = run("", "check", "--jd", jd.toString(), SENIOR.toString());
    assertThat(text.out()).contains("Job match");
    Run empty = run("", "check", "--jd", dir.resolve("none.txt").toString(), SENIOR.toString());
    assertThat(empty.code()).isEqualTo(2);
  }

  @Test
  void everySubcommandHasHelpAndBarePrismIsAUsageError() {
    for (String sub : new String[] {"check", "bullet", "parse", "roles", "examples", "match", "tailor", "cover-letter", "eval", "serve"}) {
      Run r = run("", sub, "--help");
      assertThat(r.code()).as(sub + " --help").isZero();
      assertThat(r.out()).as(sub + " --help").contains("Usage: prism " + sub);
    }
    Run bare = run("");
    assertThat(bare.code()).isEqualTo(2);
    assertThat(bare.err()).contains("Usage: prism");
    assertThat(run("", "check", "--role", "astronaut", JUNIOR.toString()).err()).startsWith("prism: --role: unknown role 'astronaut'");
  }

  @Test
  void unknownRoleStopsADirectoryCheckWithOneLineAndNoReports(@TempDir Path dir) throws IOException {
    for (int i = 0; i < 6; i++) {
      Files.copy(JUNIOR, dir.resolve("r" + i + ".txt"));
    }
    Run r = run("", "check", "--role", "astronaut", dir.toString(), "--format", "json");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines()).hasSize(1).first().asString().startsWith("prism: --role: unknown role 'astronaut'");
  }

  @Test
  void jobDescriptionFromStandardInput() throws IOException {
    String jd = "Backend Engineer at Lumen Freight\n\nRequirements\n- 3+ years with Go and PostgreSQL\n- Kafka in production\n";
    Run r = run(jd, "match", SENIOR.toString(), "--jd", "-", "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(JSON.readTree(r.out()).get("matchRate").asInt()).isBetween(0, 100);
  }

  @Test
  void versionFlag() {
    assertThat(run("", "--version").out()).isEqualTo("prism 0.1.0\n");
  }

  @Test
  void evalBulletsReportsAndGates(@TempDir Path dir) throws IOException {
    Path tsv = dir.resolve("pairs.tsv");
    Files.writeString(tsv, "weak\tstrong\ttheme\nResponsible for backend.\tCut p99 latency from 300 ms to 40 ms by adding a Redis cache.\tperf\n");
    Run r = run("", "eval", "bullets", tsv.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("pair order        1.000", "label agreement   1.000", "rewrites checked  1", "PASS");
    // A floor above what is reached fails the run.
    Run gated = run("", "eval", "bullets", tsv.toString(), "--min-labels", "1.01");
    assertThat(gated.code()).isEqualTo(3);
    assertThat(gated.out()).contains("under floor", "FAIL");
  }

  @Test
  void evalRulesCountsFiringRatesAndGatesFindings(@TempDir Path dir) throws IOException {
    Files.copy(SENIOR, dir.resolve("senior.md"));
    Files.copy(JUNIOR, dir.resolve("junior.txt"));
    Run r = run("", "eval", "rules", dir.toString(), "--allow", "WEAK_BULLET", "--allow", "LISTED_NOT_SHOWN", "--max-rate", "1.0");
    assertThat(r.code()).as(r.out()).isZero();
    assertThat(r.out()).contains("resumes 2", "| rule | resumes fired | rate | findings |", "| WEAK_OPENER |", "PASS");
    Run strict = run("", "eval", "rules", dir.toString(), "--max-findings", "1");
    assertThat(strict.code()).isEqualTo(3);
    assertThat(strict.out()).contains("reports over 1 findings", "FAIL");
  }

  @Test
  void evalBulletsReadsLabelsAndSamePersonPairs(@TempDir Path dir) throws IOException {
    Path labels = dir.resolve("labels.tsv");
    Files.writeString(labels, "id\tsource\trole\tbullet\tlabel\twhy\n"
        + "X1\tp/one\tbackend\tWorked on the admin pages.\tweak\tpresence\n"
        + "X2\tp/one\tbackend\tCut p99 latency of the quote API from 900 ms to 200 ms by caching rates in Redis.\tstrong\tall there\n"
        + "X3\tp/two\tbackend\tBuilt the export service in Go for the finance team.\tfair\tno outcome\n");
    Path pairs = dir.resolve("pairs.tsv");
    Files.writeString(pairs, "id\tsource\tweaker\tstronger\twhy\n"
        + "P1\tp/one\tClosed 40 tickets.\tBuilt the export service in Go for the finance team.\tnumbers mislead: a count of tickets\n");
    Run r = run("", "eval", "bullets", labels.toString(), pairs.toString());
    assertThat(r.code()).as(r.out()).isZero();
    assertThat(r.out()).contains("labels            3", "Cohen's kappa", "numbers mislead   1.000  (1 pairs)");
    Path model = dir.resolve("model.tsv");
    Run trained = run("", "eval", "bullets", labels.toString(), pairs.toString(), "--train", model.toString(), "--cv", "2");
    assertThat(trained.code()).as(trained.out()).isZero();
    assertThat(trained.out()).contains("in-sample", "2-fold cross-validated by person");
    assertThat(Files.readString(model)).contains("cut1\t", "cut2\t", "lead.presence\t", "--label-weight 6.0", "--word-persons 5");
    // Another deal of people to folds: the same report, from other folds.
    Run dealt = run("", "eval", "bullets", labels.toString(), pairs.toString(), "--cv", "2", "--cv-deal", "3");
    assertThat(dealt.code()).as(dealt.out()).isZero();
    assertThat(dealt.out()).contains("2-fold cross-validated by person");
    // Several deals: each one's report, then the range and the mean of each figure over them.
    Run deals = run("", "eval", "bullets", labels.toString(), pairs.toString(), "--cv", "2", "--cv-deal", "0,3");
    assertThat(deals.code()).as(deals.out()).isZero();
    assertThat(deals.out()).contains("2-fold cross-validated by person, deal 0", "2-fold cross-validated by person, deal 3",
        "labels.tsv (2-fold over deals 0,3)", "pairs.tsv (2-fold over deals 0,3)");
    Matcher each = Pattern.compile("label agreement   (\\d\\.\\d{3})   Cohen").matcher(deals.out());
    List<Double> perDeal = new ArrayList<>();
    while (each.find()) {
      perDeal.add(Double.parseDouble(each.group(1)));
    }
    // In-sample first, then one line per deal.
    assertThat(perDeal).hasSize(3);
    Matcher spread = Pattern.compile("label agreement   (\\d\\.\\d{3}) to (\\d\\.\\d{3}), mean (\\d\\.\\d{3})")
        .matcher(deals.out());
    assertThat(spread.find()).as(deals.out()).isTrue();
    double a = perDeal.get(1);
    double b = perDeal.get(2);
    assertThat(Double.parseDouble(spread.group(1))).isEqualTo(Math.min(a, b));
    assertThat(Double.parseDouble(spread.group(2))).isEqualTo(Math.max(a, b));
    assertThat(Double.parseDouble(spread.group(3))).isCloseTo((a + b) / 2, offset(0.0011));
    Run bad = run("", "eval", "bullets", labels.toString(), "--cv", "2", "--cv-deal", "-1");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.out() + bad.err()).contains("--cv-deal must be 0 or more");
    Run noPeople = run("", "eval", "bullets", labels.toString(), "--train", model.toString(), "--word-persons", "0");
    assertThat(noPeople.code()).isEqualTo(2);
    assertThat(noPeople.out() + noPeople.err()).contains("--word-persons must be 1 or more");
  }
}
