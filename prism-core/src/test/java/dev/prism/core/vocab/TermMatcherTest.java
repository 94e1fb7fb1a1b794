package dev.prism.core.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TermMatcherTest {
  static List<String> found(String text) {
    return Technologies.matcher().find(text).stream().map(m -> m.term().canonical()).toList();
  }

  @Test
  void aliasesAreOneTechnology() {
    assertThat(found("Postgres, PostgreSQL and k8s with golang")).containsExactly("PostgreSQL", "PostgreSQL", "Kubernetes", "Go");
  }

  @Test
  void wholeWordsOnly() {
    assertThat(found("Worked at Google on the platform; go to market")).isEmpty();
    assertThat(found("Built it in Go.")).containsExactly("Go");
  }

  @Test
  void symbolsInNames() {
    assertThat(found("C++, C#, Node.js, .NET and CI/CD")).containsExactly("C++", "C#", "Node.js", ".NET", "CI/CD");
  }

  @Test
  void longestPhraseWinsAndPluralsFold() {
    assertThat(found("Spring Boot microservices on Google Cloud")).containsExactly("Spring Boot", "Microservices", "GCP");
  }

  @Test
  void slashSeparatedNamesSplit() {
    assertThat(found("Java/Kotlin and MySQL/PostgreSQL")).containsExactly("Java", "Kotlin", "MySQL", "PostgreSQL");
  }

  @Test
  void spansPointAtTheText() {
    String t = "Moved to Kubernetes.";
    Mention m = Technologies.matcher().find(t).get(0);
    assertThat(m.span().of(t)).isEqualTo("Kubernetes");
  }
}
