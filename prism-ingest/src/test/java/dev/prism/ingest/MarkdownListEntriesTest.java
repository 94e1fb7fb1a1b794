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
}
