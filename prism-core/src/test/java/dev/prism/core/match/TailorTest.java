package dev.prism.core.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prism.core.report.JsonResumeWriter;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class TailorTest {
  static Set<String> numbers(String s) {
    return Facts.numbers(s);
  }

  static Set<String> terms(String s) {
    return Facts.technologies(s);
  }

  /** The tailored resume, as Markdown and as JSON Resume without the dates and links its writer normalises. */
  static String rendered(Tailoring t) {
    String json = JsonResumeWriter.write(t.resume()).toString().replaceAll("\"(startDate|endDate|date|url)\":\"[^\"]*\"", "");
    return TailoredMarkdown.write(t) + "\n" + json;
  }

  static void assertNoNewFacts(String original, Tailoring t) {
    String out = rendered(t);
    assertThat(numbers(out)).isSubsetOf(numbers(original));
    assertThat(terms(out)).isSubsetOf(terms(original));
  }

  @Test
  void ledger() {
    String resume = Fixtures.resource("ledger.resume.input");
    Tailoring t = Tailor.tailor(Fixtures.match(resume, Fixtures.resource("ledger.jd.input")));
    assertNoNewFacts(resume, t);
    // The Kafka and PostgreSQL bullets, which the job asks for, now lead their entry.
    String md = TailoredMarkdown.write(t);
    assertThat(md.indexOf("Built the payouts API")).isLessThan(md.indexOf("Wrote runbooks"));
    assertThat(t.bullets()).anyMatch(p -> p.moved() && p.bullet().text().startsWith("Built the payouts API") && p.from() == 1 && p.to() == 0);
    assertThat(t.summary()).startsWith("Backend Engineer at Maplewire").contains("Kotlin").contains("Senior Backend Engineer, Payments Platform");
    assertThat(t.toAdd()).anyMatch(a -> a.term().equals("Kubernetes") && a.advice().startsWith("If you have worked with Kubernetes"));
    assertThat(t.toEvidence()).anyMatch(a -> a.advice().startsWith("Terraform appears only in your skills"));
    assertThat(t.changes()).first().asString().startsWith("Summary rewritten");
  }

  @Test
  void oneSummaryReplacesTheOriginalNeverASecondBesideIt() {
    String resume = Fixtures.resource("ledger.resume.input");
    Tailoring t = Tailor.tailor(Fixtures.match(resume, Fixtures.resource("ledger.jd.input")));
    assertThat(t.originalSummary()).isEqualTo("Backend engineer focused on payment systems that have to be correct and fast.");
    String md = TailoredMarkdown.write(t);
    assertThat(md).doesNotContain("focused on payment systems").containsOnlyOnce(t.summary());
    assertThat(t.resume().sections(dev.prism.core.model.SectionKind.SUMMARY).count()).isEqualTo(1);
  }

  @Test
  void whatTheResumeImpliesIsNeverAdviceToAdd() {
    // A Spring Boot engineer is never told to add Spring, nor a PostgreSQL one relational databases.
    String resume = "Ana Ruiz\nana@example.org\n\nEXPERIENCE\nEngineer | Acme | 2020 – 2024\n"
        + "- Built the billing API in Spring Boot on PostgreSQL for 40 merchants.\n";
    Tailoring t = Tailor.tailor(Fixtures.match(resume, "Java Developer\n\nRequirements\n- Spring and relational databases\n- Kubernetes\n"));
    assertThat(t.toAdd()).extracting(Tailoring.Suggestion::term).containsExactly("Kubernetes");
  }

  @Test
  void aTermOnlyTheTitleNamesIsNotQuotedAsARequirement() {
    String resume = "Ana Ruiz\nana@example.org\n\nEXPERIENCE\nEngineer | Acme | 2020 – 2024\n- Built the billing API in Go for 40 merchants.\n";
    Tailoring t = Tailor.tailor(Fixtures.match(resume, "Senior Engineer (Rust)\n\nRequirements\n- Go and PostgreSQL\n"));
    Tailoring.Suggestion rust = t.toAdd().stream().filter(a -> a.term().equals("Rust")).findFirst().orElseThrow();
    assertThat(rust.sentence()).isNull();
    assertThat(rust.advice()).contains("the job's title names it").doesNotContain("\"Senior Engineer (Rust)\"");
  }

  @Test
  void theAdviceIsAShortList() {
    String resume = "Ana Ruiz\nana@example.org\n\nEXPERIENCE\nEngineer | Acme | 2020 – 2024\n- Built the billing API in Go for 40 merchants.\n";
    String jd = "Requirements\n- Rust\n- Kafka\n- Terraform\n- Kubernetes\n- Elixir\n- Scala\n- Haskell\n- Redis\n";
    assertThat(Tailor.tailor(Fixtures.match(resume, jd)).toAdd()).hasSize(5);
  }

  @Test
  void bulletShownSkillsAreSurfaced() {
    String resume = "Ana Ruiz\nana@example.org\n\nEXPERIENCE\nEngineer | Acme | 2020 – 2024\n- Built the billing API in Go on PostgreSQL.\n\nSKILLS\nGo\n";
    Tailoring t = Tailor.tailor(Fixtures.match(resume, "Requirements\n- Go and PostgreSQL\n"));
    assertThat(t.surfaced()).containsExactly("PostgreSQL");
    assertNoNewFacts(resume, t);
  }

  private static final List<String> BULLETS = List.of(
      "Built the %s ingestion service in Go on Kafka, handling %d events per second.",
      "Cut p99 latency of the %s API from %d ms to 80 ms with Redis caching.",
      "Migrated %s to Kubernetes on AWS, saving $%dK per year.",
      "Led %d engineers through the %s rewrite in Java and Spring Boot.",
      "Added PostgreSQL read replicas for %s, raising throughput %dx.",
      "Wrote runbooks and ran postmortems for the %s service after %d incidents.");
  private static final List<String> JD_LINES = List.of(
      "5+ years with Go or Rust", "Production experience with Kafka", "Kubernetes and Terraform", "Strong PostgreSQL skills",
      "Experience with gRPC is a plus", "On-call participation", "Python and Django", "Redis and Memcached",
      "Mentoring junior engineers", "AWS or GCP");

  @Provide
  Arbitrary<String> resumes() {
    Arbitrary<String> bullet = Arbitraries.integers().between(0, BULLETS.size() - 1).flatMap(i ->
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3).ofMaxLength(8).flatMap(word ->
            Arbitraries.integers().between(2, 9999).map(n -> "- " + (BULLETS.get(i).indexOf("%d") < BULLETS.get(i).indexOf("%s")
                ? String.format(BULLETS.get(i), n, word) : String.format(BULLETS.get(i), word, n)))));
    return bullet.list().ofMinSize(0).ofMaxSize(6).flatMap(bs -> bullet.list().ofMinSize(0).ofMaxSize(4).map(bs2 ->
        "Kim Park\nkim@example.org\n\nEXPERIENCE\nSenior Engineer | Fernway | Jan 2021 – Present\n" + String.join("\n", bs)
            + "\n\nEngineer | Oakhill | Mar 2017 – Dec 2020\n" + String.join("\n", bs2) + "\n\nSKILLS\nJava, Docker, Terraform\n"));
  }

  @Provide
  Arbitrary<String> jobs() {
    return Arbitraries.of(JD_LINES).list().ofMinSize(1).ofMaxSize(6)
        .map(ls -> "Backend Engineer\n\nRequirements\n- " + String.join("\n- ", ls) + "\n\nBenefits\n- 25 days off\n");
  }

  @Property(tries = 200)
  void tailoringAddsNoNumberAndNoTechnology(@ForAll("resumes") String resume, @ForAll("jobs") String jd) {
    assertNoNewFacts(resume, Tailor.tailor(Fixtures.match(resume, jd)));
  }
}
