package dev.prism.core.bullet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prism.core.role.Role;
import dev.prism.core.role.Roles;
import dev.prism.core.vocab.Mention;
import dev.prism.core.vocab.Technologies;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A rewrite never invents: every number and technology in it was in the original. */
class RewriteFactsProperties {
  static final Role ROLE = Roles.builtIn().get(Roles.DEFAULT).orElseThrow();
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");

  @Property(tries = 500)
  void rewritesAddNoNumberAndNoTechnology(@ForAll("bullets") String bullet) {
    BulletAnalysis a = BulletAnalyzer.analyze(bullet, ROLE);
    if (a.suggestion() == null) {
      return;
    }
    assertThat(numbers(a.suggestion())).isSubsetOf(numbers(bullet));
    assertThat(tech(a.suggestion())).isSubsetOf(tech(bullet));
    // And keeps them.
    assertThat(numbers(bullet)).isSubsetOf(numbers(a.suggestion()));
    assertThat(tech(bullet)).isSubsetOf(tech(a.suggestion()));
  }

  @Property(tries = 300)
  void strengthStaysInRangeForAnyText(@ForAll String anything) {
    BulletAnalysis a = BulletAnalyzer.analyze(anything, ROLE);
    assertThat(a.strength()).isBetween(0, 100);
  }

  @Provide
  Arbitrary<String> bullets() {
    Arbitrary<String> lead = Arbitraries.of("Responsible for", "Helped with", "Worked on", "Was involved in", "Used", "I built",
        "Designed", "Assisted with", "Knowledge of", "Participated in", "Handled", "Did", "Improved");
    Arbitrary<String> object = Arbitraries.of("the search feature", "various database queries", "some bugs in the API",
        "3 microservices", "Kafka and Redis", "the Go rate limiter", "120 tickets", "the PostgreSQL migration",
        "deploys to Kubernetes on AWS", "stuff for the team", "the 2 payment services");
    Arbitrary<String> tail = Arbitraries.of("", ".", " with Docker.", " every week.", " for 50+ users.", ", cutting latency by 30%.",
        " in 2023.", " using gRPC and Protocol Buffers.");
    return Combinators.combine(lead, object, tail).as((l, o, t) -> l + " " + o + t);
  }

  static Set<String> numbers(String s) {
    Matcher m = NUMBER.matcher(s);
    Set<String> out = new java.util.HashSet<>();
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  static Set<String> tech(String s) {
    List<Mention> ms = Technologies.matcher().find(s);
    return ms.stream().map(m -> m.term().canonical()).collect(Collectors.toSet());
  }
}
