package dev.prism.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prism.core.model.Entry;
import dev.prism.core.model.SectionKind;
import dev.prism.core.text.Segmenter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Jobs written as a Markdown list, each item its dates with its lines indented under them. */
class MarkdownListEntriesTest {

  /**
   * A line of what the job used, under an item's dates and role ("Technologien: `C`, `Linux`",
   * or items set as code with no label), describes the job: it names no employer and no place.
   */
  @Test
  void aLineOfWhatTheJobUsedIsNoPartOfItsHeader() throws Exception {
    String md = """
        # Jonas Weber

        ## Berufserfahrung

        * 2008 – 2010
            Forschungsprojekt
            Technologien: `C`, `Linux`, `CAN`

            * Ein Messsystem für Kläranlagen, das den Sauerstoffbedarf bestimmt.
             - Entwicklungsumgebung: `svn`, `make`

        * 2006 - 2008
            `pascal`, `dos`, `usb`, `network`
            Forschungspraktikant
            * USB-Treiber für DOS.

        * 2005 - 2006
            Wissenschaftlicher Mitarbeiter
            Technologien: `MySQL`, `php`
        """;
    var extraction = Readers.standard().read("cv.md", md.getBytes(StandardCharsets.UTF_8));
    List<Entry> jobs = Segmenter.segment(extraction).sections(SectionKind.EXPERIENCE).findFirst().orElseThrow().entries();
    assertThat(jobs).extracting(e -> e.title().value() + " | " + e.organization() + " | " + e.location())
        .containsExactly("Forschungsprojekt | null | null", "Forschungspraktikant | null | null",
            "Wissenschaftlicher Mitarbeiter | null | null");
  }

  /**
   * Jobs headed by Markdown headings ("### Globex - Data Engineer" over its place and dates in a
   * quote): a plain line under a complete dated header describes that job, a line of capitalised
   * words naming a post in it too ("Graduate Program … Visiting Lecturer, Query Planning
   * specialist."), and a heading never goes on a header a plain line opened ("Customers: Globex,
   * Initech." at the end of the job before).
   */
  @Test
  void plainLinesUnderJobsHeadedByHeadingsHeadNothing() throws Exception {
    String md = """
        # Jordan Lee

        ## Current positions

        ### Quillstone - Platform Engineer
        > Madrid, Spain
        > September, 2016 - Current

        Quillstone started as a small studio building data tools for shops. \s
        Customers: Globex, Initech.

        ### Hooli - Technical Advisor
        > Madrid, Spain
        > January 2016 - Current

        Advising the team on its storage choices.

        ----

        ## Past Experience

        ### Norvale University - Associate Professor of Databases
        > Buenos Aires, Argentina
        > June 2016

        Graduate Program In Distributed Ledger Systems Visiting Lecturer, Query Planning specialist.


        ### Initech - Senior Database Consultant

        > Las Vegas, NV
        > January 2015 - June 2016

        - Ran the consulting team's Postgres work.
        """;
    var extraction = Readers.standard().read("cv.md", md.getBytes(StandardCharsets.UTF_8));
    List<Entry> jobs = Segmenter.segment(extraction).sections(SectionKind.EXPERIENCE).flatMap(s -> s.entries().stream()).toList();
    assertThat(jobs).extracting(e -> e.title().value() + " | " + e.organization().value())
        .containsExactly("Platform Engineer | Quillstone", "Technical Advisor | Hooli",
            "Associate Professor of Databases | Norvale University", "Senior Database Consultant | Initech");
  }
}
