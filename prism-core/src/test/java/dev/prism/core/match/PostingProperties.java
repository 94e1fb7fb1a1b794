package dev.prism.core.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prism.core.letter.CoverLetters;
import dev.prism.core.letter.Tone;
import dev.prism.core.model.Span;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** No posting throws, and every span a posting's reading gives stays inside its text. */
class PostingProperties {
  private static final List<String> PIECES = List.of("Requirements", "Nice to have:", "- ", "* ", "• ", "Java", "C/C++", "Go or Rust",
      " such as ", " (", ")", ", ", " and/or ", "e.g. ", "one or more of the following:", "5+ years", "2-8 YOE", "Senior/Staff",
      " · ", " | ", "\n", "\n\n", ":", "Benefits", "equal opportunity", "Our stack is ", "Kafka", "PostgreSQL", " is a plus",
      "(preferred)", "unit, integration, and end-to-end testing", "relational and NoSQL databases", "J2EE", "https://x.io/a",
      "\u2011", "\u202e", "\u0000", "’", "etc.", "About Us", "At Quill, we", "Spring Boot", "four services");

  @Provide
  Arbitrary<String> postings() {
    return Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(60).map(l -> String.join("", l))
        .filter(s -> !s.isBlank());
  }

  @Property(tries = 300)
  void readingNeverThrowsAndSpansStayInside(@ForAll("postings") String text) {
    JobDescription jd = JobDescriptions.parse(text);
    for (Requirement r : jd.requirements()) {
      assertThat(r.span().end()).isLessThanOrEqualTo(text.length());
      for (Span w : r.written()) {
        assertThat(w.end()).isLessThanOrEqualTo(text.length());
      }
      assertThat(r.shown(text)).isNotBlank();
    }
    if (jd.years() != null) {
      assertThat(jd.years()).isBetween(0, 25);
    }
  }

  @Property(tries = 100)
  void anyPostingTailorsAndWritesALetter(@ForAll("postings") String text) {
    JobDescription jd = JobDescriptions.parse(text);
    String resume = "Kim Park\nkim@example.org\n\nEXPERIENCE\nEngineer | Fernway | 2020 – 2024\n"
        + "- Built the ledger in Spring Boot on PostgreSQL for 12 teams.\n- Ran four services on Kafka.\n";
    Match m = Fixtures.PRISM.match(dev.prism.core.model.Extraction.plain(resume, "text"), jd, Fixtures.OPTIONS);
    Tailoring t = Tailor.tailor(m);
    assertThat(TailoringJson.tree(t, m).path("markdown").asText()).startsWith("# Kim Park");
    for (Tone tone : Tone.values()) {
      assertThat(CoverLetters.write(m, tone).text()).doesNotContain("{").doesNotContain("null");
    }
  }
}
