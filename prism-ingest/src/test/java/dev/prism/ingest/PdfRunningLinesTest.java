package dev.prism.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prism.core.model.Resume;
import dev.prism.core.model.SectionKind;
import dev.prism.core.text.Segmenter;
import dev.prism.ingest.Samples.Text;
import dev.prism.ingest.pdf.PdfReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which lines repeated at the pages' edges are page furniture, and which are content. */
class PdfRunningLinesTest {
  private final PdfReader reader = new PdfReader();

  /**
   * Three pages, each opened by a job whose dates stand in a rail at the same height, and each
   * closed by the page's number and a running name.
   */
  private static byte[] railedPages() {
    String[][] jobs = {
      {"2016-11-07 to 2018-09-24", "Senior Engineer at Northwind Finance"},
      {"2016-03-01 to 2016-10-21", "Principal Developer at Globex Logics, Inc"},
      {"2011-08-01 to 2012-03-01", "Senior Application Developer at Initech Interactive"},
    };
    List<List<Text>> pages = new ArrayList<>();
    for (int p = 0; p < jobs.length; p++) {
      List<Text> page = new ArrayList<>();
      float y = 60;
      if (p == 0) {
        page.add(new Text(72, y, 20, true, "Jordan Lee"));
        page.add(new Text(72, y += 22, 10, false, "jordan.lee@example.com | +1 555 010 2030"));
        page.add(new Text(72, y += 30, 12, true, "EXPERIENCE"));
        y += 24;
      }
      page.add(new Text(40, y, 8, true, jobs[p][0]));
      page.add(new Text(160, y, 10, true, jobs[p][1]));
      page.add(new Text(170, y + 16, 10, false, "\u2022 Built the ledger service that settles payments for every team in the firm"));
      page.add(new Text(170, y + 30, 10, false, "\u2022 Cut the nightly batch from four hours to twenty minutes with streaming jobs"));
      page.add(new Text(72, 760, 8, false, "Jordan Lee - Resume - Updated March 2024"));
      page.add(new Text(500, 760, 8, false, "Page " + (p + 1) + " of 3"));
      pages.add(page);
    }
    return Samples.pdf(pages);
  }

  @Test
  void datesThatOpenEachPageAtOneHeightAreContentWhereTheyDiffer() throws Exception {
    String t = reader.read(railedPages()).text();
    assertThat(t).contains("2016-11-07 to 2018-09-24", "2016-03-01 to 2016-10-21", "2011-08-01 to 2012-03-01");
    Resume r = Segmenter.segment(reader.read(railedPages()));
    assertThat(r.sections(SectionKind.EXPERIENCE).flatMap(s -> s.entries().stream()).toList())
        .extracting(e -> e.dates() == null ? null : e.dates().start().year())
        .containsExactly(2016, 2016, 2011);
  }

  @Test
  void thePagesNumberAndARunningNameAreFurnitureThoughTheirNumbersDiffer() throws Exception {
    // The footer's date is the same on every page; only the page's number differs in it.
    String t = reader.read(railedPages()).text();
    assertThat(t).doesNotContain("Page 2 of 3").doesNotContain("Page 3 of 3").doesNotContain("Jordan Lee - Resume");
  }
  @Test
  void aNameWithParticlesAtTheTopOfEveryPageIsTheNameOnTheFirst() throws Exception {
    // A sidebar drawn again on each page (a class that draws the profile per page) repeats the name
    // at the top; the first page's copy is the name, particles and all.
    List<List<Text>> pages = new ArrayList<>();
    for (int p = 0; p < 2; p++) {
      List<Text> page = new ArrayList<>();
      page.add(new Text(40, 50, 18, true, "Ana de la Cruz"));
      page.add(new Text(40, 80, 9, false, "ana.cruz@example.org"));
      page.add(new Text(220, 90, 12, true, p == 0 ? "EXPERIENCE" : "PROJECTS"));
      page.add(new Text(220, 110, 10, true, p == 0 ? "2019 - 2023 Backend Engineer, Globex" : "Ledgerly, a ledger service"));
      page.add(new Text(220, 126, 10, false, "\u2022 Built the ledger service that settles payments for every team"));
      page.add(new Text(220, 140, 10, false, "\u2022 Cut the nightly batch from four hours to twenty minutes"));
      pages.add(page);
    }
    String t = reader.read(Samples.pdf(pages)).text();
    assertThat(t.lines().filter(l -> l.strip().equals("Ana de la Cruz")).count()).isEqualTo(1);
    assertThat(Segmenter.segment(reader.read(Samples.pdf(pages))).contact().name().value()).isEqualTo("Ana de la Cruz");
  }
}
