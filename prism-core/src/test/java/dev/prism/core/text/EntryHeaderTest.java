package dev.prism.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prism.core.model.Entry;
import dev.prism.core.model.Extraction;
import dev.prism.core.model.SectionKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntryHeaderTest {

  private static List<Entry> experience(String body) {
    String text = "Jordan Lee\njordan@example.com\n\nExperience\n" + body;
    return Segmenter.segment(Extraction.plain(text, "text"))
        .sections(SectionKind.EXPERIENCE).flatMap(s -> s.entries().stream()).toList();
  }

  @Test
  void titleEndingInARoleWordIsATitleEvenWithAnOrganisationWord() {
    List<Entry> entries = experience("Software Engineer  Cupertino, CA\nApple  June 2005 – Aug 2007\n- Reduced render time by 75%\n");
    assertThat(entries).hasSize(1);
    assertThat(entries.get(0).title().value()).isEqualTo("Software Engineer");
    assertThat(entries.get(0).organization().value()).isEqualTo("Apple");
    assertThat(entries.get(0).location().value()).isEqualTo("Cupertino, CA");
  }

  @Test
  void companyLedHeaderWithCommaKeepsCityAndStateTogether() {
    List<Entry> entries = experience("Apple, Software Engineer  Cupertino, CA\nJune 2005 – Aug 2007\n- Reduced render time by 75%\n");
    assertThat(entries.get(0).title().value()).isEqualTo("Software Engineer");
    assertThat(entries.get(0).organization().value()).isEqualTo("Apple");
    assertThat(entries.get(0).location().value()).isEqualTo("Cupertino, CA");
    assertThat(entries.get(0).dates().start().iso()).isEqualTo("2005-06");
  }

  @Test
  void companyNamedAfterSoftwareStaysTheOrganisation() {
    List<Entry> entries = experience("Backend Developer | Acme Software  2019 – 2021\n- Built billing APIs\n");
    assertThat(entries.get(0).title().value()).isEqualTo("Backend Developer");
    assertThat(entries.get(0).organization().value()).isEqualTo("Acme Software");
  }

  @Test
  void titleWithALevelAndATeamTakesTheEmployerFromTheNextLine() {
    List<Entry> entries = experience("Software Engineer II, Payments Platform  Aug 2024 - Present\nWingtip Financial | Chicago, IL\n- Owned the settlement rails\n");
    assertThat(entries.get(0).title().value()).isEqualTo("Software Engineer II");
    assertThat(entries.get(0).organization().value()).isEqualTo("Wingtip Financial");
    assertThat(entries.get(0).location().value()).isEqualTo("Chicago, IL");
  }

  @Test
  void aCityWithAnOrganisationWordIsStillAPlaceBeforeAStateCode() {
    List<Entry> entries = experience("Research Assistant  June 2020 – Present\nTexas A&M University  College Station, TX\n- Built an API\n");
    assertThat(entries.get(0).organization().value()).isEqualTo("Texas A&M University");
    assertThat(entries.get(0).location().value()).isEqualTo("College Station, TX");
  }
}
