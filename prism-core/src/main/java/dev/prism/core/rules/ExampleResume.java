package dev.prism.core.rules;

/**
 * The resume rule examples start from: a sound senior backend resume that no rule finds fault with
 * (a test keeps it so). Each example swaps in the one flaw its rule is about.
 */
final class ExampleResume {
  private ExampleResume() {}

  static final String STRONG_BULLETS =
      """
      - Designed the ledger service's REST API and PostgreSQL data model, serving 3K requests per second at 40 ms p99.
      - Added a Redis cache and a Kafka outbox to the order flow, cutting database reads by 60%.
      - Defined SLOs and alerting in Prometheus for 12 services, reducing incidents from 9 to 3 per quarter.
      - Mentored 4 engineers and led the cross-team migration to Kubernetes with zero downtime.
      - Architected the multi-region failover for the payments platform, raising availability from 99.9% to 99.99%.
      - Rewrote the settlement batch job in Go, cutting its cloud cost by $9K per month.
      """;

  static final String SENIOR =
      """
      Jordan Lee
      jordan.lee@example.com | +1 555 010 2030 | Berlin, Germany | github.com/jordanlee

      EXPERIENCE
      Senior Backend Engineer | Acme Payments | Berlin    Mar 2019 – Present
      """
          + STRONG_BULLETS
          + """
      Backend Engineer | Globex | Hamburg    Jan 2015 – Feb 2019
      - Built the catalog microservice in Java over PostgreSQL, raising throughput from 800 to 2,400 requests per second.
      - Load-tested the checkout API with k6 and removed a connection-pool limit, lifting capacity 3x.

      SKILLS
      Languages: Java, Go
      APIs: REST
      Storage: PostgreSQL, Redis, Kafka
      Operations: Kubernetes, Prometheus, k6

      EDUCATION
      BSc Computer Science | TU Berlin    2011 – 2014
      """;

  /** The sound resume with {@code from} replaced by {@code to}; fails loudly if {@code from} is absent. */
  static String with(String from, String to) {
    if (!SENIOR.contains(from)) {
      throw new IllegalArgumentException("example base has no '" + from + "'");
    }
    return SENIOR.replace(from, to);
  }
}
