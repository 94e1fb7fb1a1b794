package dev.prism.ingest.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prism.core.model.Claim;
import dev.prism.core.model.Entry;
import dev.prism.core.model.Extraction;
import dev.prism.core.model.Layout;
import dev.prism.core.model.LayoutLine;
import dev.prism.core.model.Mark;
import dev.prism.core.model.Resume;
import dev.prism.core.model.Section;
import dev.prism.core.model.SectionKind;
import dev.prism.core.model.Span;
import dev.prism.core.text.Segmenter;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class PipeTablesTest {
  private static final String JOBS = """
      # Dana Whitfield

      ## Experience

      | Company | Role | Dates | Highlights |
      |---------|------|:-----:|---|
      | **Brindle Systems** | Backend Engineer | Mar 2021 – Present | Moved billing to event sourcing |
      | Oakfield Data | Software Developer | Jun 2018 – Feb 2021 | |

      ## Education

      | School / University | Degree | Year |
      | --- | --- | --- |
      | University of Leeds | BSc Computer Science | 2018 |
      """;

  /** Each claim's fields as "title | organisation | location | dates", "-" for none. */
  private static List<String> claims(String text) {
    List<String> out = new ArrayList<>();
    for (Claim c : PipeTables.of(text).claims()) {
      Claim.Entry e = (Claim.Entry) c;
      out.add(String.join(" | ", of(text, e.title()), of(text, e.organization()), of(text, e.location()), of(text, e.dates())));
    }
    return out;
  }

  private static String of(String text, Span s) {
    return s == null ? "-" : s.of(text);
  }

  private static List<String> headers(String text) {
    return PipeTables.of(text).lines().stream().filter(l -> l.has(Mark.TABLE_HEADER)).map(l -> l.span().of(text)).toList();
  }

  @Test
  void aHeaderNamingTheFieldsClaimsEveryRow() {
    assertThat(claims(JOBS)).containsExactly(
        "Backend Engineer | **Brindle Systems** | - | Mar 2021 – Present",
        "Software Developer | Oakfield Data | - | Jun 2018 – Feb 2021",
        "BSc Computer Science | University of Leeds | - | 2018");
    assertThat(headers(JOBS)).containsExactly(
        "| Company | Role | Dates | Highlights |", "| School / University | Degree | Year |");
  }

  /** "Time" names a column of dates as "Year" does, and "Major" the degree's column of a table of studies. */
  @Test
  void aTimeColumnHoldsTheDates() {
    String text = """
        ## Experience

        Time | Company | Position
        ---------- | ----------- | -----------
        2014.07 - 2015.06 | **Brindle** | *Technologist*

        ## Education

        Time | School | Major
        --- | --- | ---
        2010.09 - 2014.07 | **Lakeside University** | *Chemical Engineering*
        """;
    assertThat(claims(text)).containsExactly("*Technologist* | **Brindle** | - | 2014.07 - 2015.06",
        "*Chemical Engineering* | **Lakeside University** | - | 2010.09 - 2014.07");
  }

  @Test
  void theSegmenterTakesTheRowsAsEntriesAndTheHeaderAsNone() {
    Resume r = Segmenter.segment(new Extraction(JOBS, "markdown", 1, PipeTables.of(JOBS), List.of()));
    List<String> jobs = new ArrayList<>();
    List<String> schools = new ArrayList<>();
    for (Section s : r.sections()) {
      for (Entry e : s.entries()) {
        String line = e.title().value() + " @ " + e.organization().value() + " " + e.dates().start().iso();
        (s.kind() == SectionKind.EDUCATION ? schools : jobs).add(line);
      }
    }
    assertThat(jobs).containsExactly("Backend Engineer @ Brindle Systems 2021-03", "Software Developer @ Oakfield Data 2018-06");
    assertThat(schools).containsExactly("BSc Computer Science @ University of Leeds 2018");
    // A column that names no field describes its row's entry.
    Entry first = r.sections().stream().filter(s -> s.kind() == SectionKind.EXPERIENCE).findFirst().orElseThrow().entries().get(0);
    assertThat(first.lines()).extracting(f -> f.value()).containsExactly("Moved billing to event sourcing");
  }

  @Test
  void aRowClaimsItsFieldsButNotThatItIsAJob() {
    String text = """
        # Dana Whitfield

        ## Experience

        | Period | Company | Role |
        | --- | --- | --- |
        | 05/2024 – today | - | Career break |
        | 03/2021 – 04/2024 | Brindle Systems | Backend Engineer |
        """;
    Resume r = Segmenter.segment(new Extraction(text, "markdown", 1, PipeTables.of(text), List.of()));
    List<String> kinds = new ArrayList<>();
    for (Section s : r.sections()) {
      for (Entry e : s.entries()) {
        kinds.add(s.kind().id() + ": " + (e.title() == null ? "-" : e.title().value()));
      }
    }
    assertThat(kinds).containsExactly("other: Career break", "experience: Backend Engineer");
  }

  @Test
  void tablesOfOtherThingsGiveTheirRowsCellsAndNoClaims() {
    // Skills and their levels; a layout grid whose first row is content; no role column; a
    // column named twice; awards; a column that names two fields.
    for (String md : List.of(
        "| Skill | Level |\n|---|---|\n| Go | Expert |\n",
        "| **Globex** | 2019 – 2021 |\n|:--|--:|\n| Staff Engineer | Berlin |\n",
        "| Company | Location |\n|---|---|\n| Globex | Berlin |\n",
        "| Company | Employer |\n|---|---|\n| Globex | Initech |\n",
        "| Award | Organization |\n|---|---|\n| Best Paper | ACM |\n",
        "| Role & Company | Dates |\n|---|---|\n| Engineer, Globex | 2019 |\n")) {
      Layout l = PipeTables.of(md);
      assertThat(l.claims()).as(md).isEmpty();
      // The header row is left as the text shows it: it may be the first row of content.
      assertThat(l.lines()).as(md).hasSize(1);
      LayoutLine last = l.lines().get(0);
      assertThat(last.cells()).as(md).hasSize(2);
      assertThat(last.cells().get(1).of(md)).as(md).doesNotContain("|").isNotBlank();
    }
    // A header without its rule, or with a rule of other columns, is no table.
    assertThat(PipeTables.of("| Company | Role |\n| Globex | Engineer |\n")).isEqualTo(Layout.NONE);
    assertThat(PipeTables.of("| Company | Role | Dates |\n|---|---|\n| Globex | Engineer | 2020 |\n")).isEqualTo(Layout.NONE);
  }

  @Test
  void aRowWithNoEmployerAndNoDatesGoesOnTheEntryAbove() {
    String md = "| Company | Role | Dates |\n|---|---|---|\n| Globex | Engineer | 2019 - 2021 |\n"
        + "| | Built the billing service | |\n| Initech | Analyst | 2016 - 2019 |\n";
    assertThat(claims(md)).containsExactly("Engineer | Globex | - | 2019 - 2021", "Analyst | Initech | - | 2016 - 2019");
    Claim.Entry first = (Claim.Entry) PipeTables.of(md).claims().get(0);
    assertThat(first.span().of(md)).endsWith("Built the billing service | |");
  }

  @Test
  void startAndEndColumnsAreOneRange() {
    String md = "| Company | Title | Start | End |\n|---|---|---|---|\n| Globex | Engineer | 2016 | 2019 |\n";
    assertThat(claims(md)).containsExactly("Engineer | Globex | - | 2016 | 2019");
  }

  @Test
  void escapedBarsAndRowsWithoutOuterBars() {
    String md = "Company | Role | When\n--- | --- | ---\nGlobex \\| Initech | Engineer | 2020 - 2021\n";
    assertThat(claims(md)).containsExactly("Engineer | Globex \\| Initech | - | 2020 - 2021");
  }

  @Test
  void aRowOfEmptyCellsClaimsNothing() {
    assertThat(claims("| Company | Role |\n|---|---|\n| | |\n| Globex | Engineer |\n")).containsExactly("Engineer | Globex | - | -");
    // A first row with no employer is an entry still: there is none above it.
    assertThat(claims("| Company | Role |\n|---|---|\n| | Engineer |\n")).containsExactly("Engineer | - | - | -");
  }

  @Property(tries = 300)
  void anyTextGivesALayoutInsideIt(@ForAll @StringLength(max = 200) String noise) {
    for (String text : List.of(noise, "| Company | Role |\n|---|---|\n" + noise, noise + "\n|Company|Role|\n|-|-|\n|" + noise)) {
      Layout l = PipeTables.of(text);
      assertThat(l.fits(text.length())).isTrue();
      for (LayoutLine line : l.lines()) {
        assertThat(line.span().of(text)).doesNotContain("\n");
      }
    }
  }

  @Test
  void aHugeTableIsReadInOnePass() {
    StringBuilder md = new StringBuilder("| Company | Role | Dates |\n|---|---|---|\n");
    for (int i = 0; i < 20_000; i++) {
      md.append("| Globex ").append(i).append(" | Engineer | 2020 - 2021 |\n");
    }
    assertThat(PipeTables.of(md.toString()).claims()).hasSize(20_000);
    // Bars alone, and a rule with no header before it.
    assertThat(PipeTables.of("|".repeat(50_000))).isEqualTo(Layout.NONE);
    assertThat(PipeTables.of("|---|---|\n| a | b |\n")).isEqualTo(Layout.NONE);
  }
}
