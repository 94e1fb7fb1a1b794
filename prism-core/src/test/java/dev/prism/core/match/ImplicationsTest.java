package dev.prism.core.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ImplicationsTest {
  private static final String RESUME = """
      Noor Haddad
      noor@example.org

      EXPERIENCE
      Backend Engineer | Quillmark | Mar 2021 – Present
      - Built the invoicing API in Spring Boot on PostgreSQL, serving 3,000 requests per second.
      - Set up automated failover between two regions, keeping the ledger at 99.99% uptime.
      - Split the billing monolith into four event-driven services talking over Kafka.

      SKILLS
      Hibernate, Docker
      """;
  private static final String JOB = """
      Java Developer

      Requirements
      - Experience with Spring and relational databases
      - High availability and microservices
      - JPA and message queues
      - Kubernetes
      """;
  private static final Match MATCH = Fixtures.match(RESUME, JOB);

  private static TermMatch term(String name) {
    return Stream.concat(MATCH.required().stream(), MATCH.preferred().stream())
        .filter(t -> t.requirement().name().equals(name)).findFirst().orElseThrow(() -> new AssertionError("no requirement " + name));
  }

  private static String evidence(String name) {
    return term(name).coverage().evidence().of(MATCH.text());
  }

  @Test
  void aFrameworkImpliesItsFamily() {
    assertThat(term("Spring").coverage()).isInstanceOf(Coverage.Implied.class);
    assertThat(((Coverage.Implied) term("Spring").coverage()).via()).isEqualTo("Spring Boot");
    assertThat(evidence("Spring")).isEqualTo("Spring Boot");
    assertThat(term("Spring").evidenced()).isTrue();
  }

  @Test
  void aDatabaseImpliesItsKind() {
    assertThat(evidence("Relational databases")).isEqualTo("PostgreSQL");
    assertThat(evidence("Message queues")).isEqualTo("Kafka");
  }

  @Test
  void failoverImpliesHighAvailabilityAndACountOfServicesMicroservices() {
    assertThat(evidence("High availability")).isEqualTo("failover");
    assertThat(evidence("Microservices")).isEqualTo("four event-driven services");
    assertThat(term("Microservices").evidenced()).isTrue();
  }

  @Test
  void aListedSkillImpliesWithoutEvidence() {
    TermMatch jpa = term("JPA");
    assertThat(jpa.coverage()).isEqualTo(new Coverage.Implied(jpa.coverage().evidence(), "Hibernate", false, Coverage.Place.SKILLS));
    assertThat(jpa.evidenced()).isFalse();
    assertThat(jpa.coverage().credit()).isEqualTo(0.5);
  }

  @Test
  void whatNothingImpliesStaysMissing() {
    assertThat(term("Kubernetes").found()).isFalse();
    assertThat(MATCH.missing()).extracting(t -> t.requirement().name()).containsExactly("Kubernetes");
  }

  @Test
  void aSingleServiceIsNoMicroservices() {
    Match m = Fixtures.match(RESUME.replace("into four event-driven services talking over Kafka", "into a service"), JOB);
    assertThat(m.missing()).extracting(t -> t.requirement().name()).contains("Microservices");
  }
}
