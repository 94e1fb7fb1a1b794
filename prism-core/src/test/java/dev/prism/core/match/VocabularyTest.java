package dev.prism.core.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prism.core.vocab.Mention;
import dev.prism.core.vocab.Technologies;
import java.util.List;
import org.junit.jupiter.api.Test;

class VocabularyTest {
  private static List<String> found(String text) {
    return Technologies.jobMatcher().find(text).stream().map(Mention::term).map(t -> t.canonical()).toList();
  }

  @Test
  void loadsHundredsOfTermsWithNoNameClaimedTwice() {
    assertThat(Technologies.matcher().terms()).hasSizeGreaterThan(400);
    assertThat(Technologies.jobMatcher().terms()).hasSizeGreaterThan(500);
    assertThat(Technologies.jobMatcher().terms().size()).isGreaterThan(Technologies.matcher().terms().size());
  }

  @Test
  void aliasesFold() {
    assertThat(found("Postgres, k8s and golang")).containsExactly("PostgreSQL", "Kubernetes", "Go");
    assertThat(found("Amazon MSK, ElastiCache and EKS")).containsExactly("Amazon MSK", "Redis", "EKS");
  }

  @Test
  void wordBoundariesHold() {
    assertThat(found("Google platform engineers go home")).isEmpty();
    assertThat(found("we rest on Fridays")).isEmpty();
    assertThat(found("RESTful services")).containsExactly("REST");
  }

  @Test
  void pluralsPossessivesAndHyphens() {
    assertThat(found("Kafka's consumer groups")).containsExactly("Kafka");
    assertThat(found("wrote Lambdas")).containsExactly("Lambda");
    assertThat(found("on-call rotations and post-mortems")).containsExactly("On-call", "Postmortems");
    assertThat(found("event driven microservices")).containsExactly("Event-driven architecture", "Microservices");
  }
}
