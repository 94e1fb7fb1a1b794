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
    assertThat(t.summary()).startsWith("Backend Engineer at Maplewire").contains("Kotlin");
    assertThat(t.toAdd()).anyMatch(a -> a.startsWith("If you have worked with Kubernetes") && a.contains("add a bullet that shows it"));
    assertThat(t.toAdd()).anyMatch(a -> a.startsWith("Terraform appears only in your skills"));
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
