package dev.prism.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prism.core.model.Entry;
import dev.prism.core.model.Extraction;
import dev.prism.core.model.Field;
import dev.prism.core.model.PartialDate;
import dev.prism.core.model.Resume;
import dev.prism.core.model.Section;
import dev.prism.core.model.Span;
import dev.prism.core.report.Report;
import dev.prism.core.report.ReportJson;
import dev.prism.core.role.Roles;
import dev.prism.core.rules.Finding;
import dev.prism.core.rules.Suggestion;
import dev.prism.core.score.DimensionScore;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** No text input makes the engine throw; every span stays in the text; scores stay in range. */
class EngineProperties {
  static final Prism PRISM = Prism.standard();
  static final CheckOptions OPTIONS = new CheckOptions(Roles.DEFAULT, null, new PartialDate(2026, 11));

  @Property(tries = 400)
  void anyTextGetsAReportWithSpansInBounds(@ForAll("resumeLike") String text) {
    Report r = PRISM.check(Extraction.plain(text, "text"), OPTIONS);
    assertThat(r.score()).isBetween(0, 100);
    for (DimensionScore d : r.scorecard().dimensions()) {
      assertThat(d.score()).isBetween(0, 100);
    }
    for (Span s : spans(r)) {
      assertThat(s.end()).as("span %s within text of length %d", s, text.length()).isLessThanOrEqualTo(text.length());
    }
    r.bullets().forEach(b -> assertThat(b.analysis().strength()).isBetween(0, 100));
  }

  @Property(tries = 200)
  void arbitraryUnicodeNeverThrows(@ForAll String text) {
    Report r = PRISM.check(Extraction.plain(text, "text"), OPTIONS);
    spans(r).forEach(s -> assertThat(s.end()).isLessThanOrEqualTo(text.length()));
  }

  @Property(tries = 50)
  void sameInputSameBytes(@ForAll("resumeLike") String text) {
    String a = ReportJson.toJson(PRISM.check(Extraction.plain(text, "text"), OPTIONS), false);
    String b = ReportJson.toJson(PRISM.check(Extraction.plain(text, "text"), OPTIONS), false);
    assertThat(a).isEqualTo(b);
  }

  static List<Span> spans(Report r) {
    List<Span> out = new ArrayList<>();
    Resume res = r.resume();
    for (Field f : new Field[] {res.contact().name(), res.contact().email(), res.contact().phone(), res.contact().location()}) {
      if (f != null) {
        out.add(f.span());
      }
    }
    res.contact().links().forEach(f -> out.add(f.span()));
    for (Section s : res.sections()) {
      out.add(s.span());
      if (s.heading() != null) {
        out.add(s.heading().span());
      }
      for (Entry e : s.entries()) {
        out.add(e.span());
        for (Field f : new Field[] {e.title(), e.organization(), e.location()}) {
          if (f != null) {
            out.add(f.span());
          }
        }
        if (e.dates() != null) {
          out.add(e.dates().span());
        }
        e.bullets().forEach(b -> out.add(b.span()));
        e.lines().forEach(l -> out.add(l.span()));
      }
      s.skills().forEach(g -> g.skills().forEach(f -> out.add(f.span())));
    }
    for (Finding f : r.findings()) {
      out.add(f.span());
      for (Suggestion s : f.suggestions()) {
        if (s instanceof Suggestion.Edit e) {
          out.add(e.span());
        } else if (s instanceof Suggestion.Draft d) {
          out.add(d.span());
        }
      }
    }
    return out;
  }

  /** Resume-shaped noise: headings, bullets, dates, contact bits and odd characters, in any order. */
  @Provide
  Arbitrary<String> resumeLike() {
    Arbitrary<String> line = Arbitraries.oneOf(
        Arbitraries.of("EXPERIENCE", "Work History", "## Skills", "Education:", "PROJECTS", "Summary", "", "",
            "---", "===", "#", "•", "- ", "* ", "1."),
        Arbitraries.of("- Built the payments API in Go, cutting p99 latency from 300 ms to 40 ms.",
            "• Responsible for backend.", "Senior Engineer | Acme | Berlin    Mar 2021 – Present",
            "Languages: Go, Java, SQL", "jordan@example.com | +1 555 010 2030", "Jordan Lee", "2019 - 2023",
            "Helped with various stuff.", "Summer 2024", "Développeur backend à Paris, équipe données",
            "ソフトウェアエンジニア", "\t\t  ", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀 text", "Acme Corp", "I led 3 teams.", "(555) 123-4567"),
        Arbitraries.strings().ofMaxLength(80));
    return line.list().ofMaxSize(40).map(ls -> String.join(Arbitraries.of("\n", "\r\n", "\n\n").sample(), ls));
  }
}
