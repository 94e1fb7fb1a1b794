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

  @Test
  void namesWrittenAsTheyAreAsPossessivesAndPluralsAreFound() {
    // find turns most words away by a look at the words that can start a mention; no name of the
    // vocabulary, in any form a lookup accepts, may be turned away by it.
    TermMatcher m = Technologies.jobMatcher();
    List<String> missed = new java.util.ArrayList<>();
    for (Term t : m.terms()) {
      List<String> names = new java.util.ArrayList<>(t.aliases());
      names.add(t.canonical());
      for (String name : names) {
        missed.addAll(missedBetweenSlashes(m, t, name));
        for (String form : List.of(name, name + "'s", name.toLowerCase(java.util.Locale.ROOT) + "s")) {
          boolean folded = !t.caseSensitive() || !name.equals(t.canonical());
          boolean plural = !form.equals(name) && !form.endsWith("'s");
          // A name matched as written takes a plural only as written; a plural is read only of a
          // name of three letters or more ("CIs" is no plural of CI); "Pub/Sub's" is split at its slash.
          if (plural && (!folded || name.length() < 3) || !form.equals(name) && name.contains("/")) {
            continue;
          }
          if (m.find("with " + form + " here").isEmpty() && !m.find("with " + name + " here").isEmpty()) {
            missed.add(form);
          }
        }
      }
    }
    assertThat(missed).isEmpty();
  }

  /**
   * Parts between slashes are turned away by the same look as whole words: a name found alone is
   * found in a short word with a slash too ("CI/Go", "Go/QA": Words keeps those whole), as a
   * possessive, and beside a letter outside ASCII ("İ" lowers to two characters, so such a word is
   * lowered part by part).
   */
  private static List<String> missedBetweenSlashes(TermMatcher m, Term t, String name) {
    if (name.length() > 3 || name.contains(" ") || name.contains("/") || m.find("with " + name + " here").isEmpty()) {
      return List.of();
    }
    List<String> forms = new java.util.ArrayList<>(List.of("qz/" + name, name + "/qz", "İ/" + name));
    if (name.length() == 1) {
      forms.add("q/" + name + "'s");
    }
    List<String> missed = new java.util.ArrayList<>();
    for (String form : forms) {
      String text = "with " + form + " here";
      String shown = form.endsWith("'s") ? name + "'s" : name;
      if (m.find(text).stream().noneMatch(x -> x.term().equals(t) && x.span().of(text).equals(shown))) {
        missed.add(text);
      }
    }
    return missed;
  }

  @Test
  void namesMatchedAsWrittenTakePluralsAndPossessives() {
    TermMatcher m = new TermMatcher(List.of(new Term("Lambda", "cloud", List.of("AWS Lambda"), true),
        new Term("Spark", "data", List.of(), true), new Term("event sourcing", "practice", List.of(), false)));
    List<String> found = m.find("Lambdas, Lambda's, AWS Lambda's and Spark's event sourcing's; not lambdas or spark")
        .stream().map(x -> x.term().canonical()).toList();
    assertThat(found).containsExactly("Lambda", "Lambda", "Lambda", "Spark", "event sourcing");
  }
}
