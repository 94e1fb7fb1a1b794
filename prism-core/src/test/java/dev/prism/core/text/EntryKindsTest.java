package dev.prism.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prism.core.model.DateRange;
import dev.prism.core.model.Entry;
import dev.prism.core.model.Field;
import dev.prism.core.model.PartialDate;
import dev.prism.core.model.SectionKind;
import dev.prism.core.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Entries as a reader hands them over with their fields apart (a LaTeX {@code \cventry} whose
 * employer, place and dates are empty), where no line of text is left to be read as a heading.
 */
class EntryKindsTest {
  private static final Span AT = new Span(0, 1);

  private static Entry entry(String title, String organization, DateRange dates) {
    return new Entry(new Field(title, AT), organization == null ? null : new Field(organization, AT), null, dates,
        List.of(), List.of(), AT);
  }

  @Test
  void aProjectsHeadingsWordingAsATitleWithNoEmployerAndNoDatesListsProjects() {
    assertThat(EntryKinds.of(entry("Open Source contributions", null, null))).isEqualTo(SectionKind.PROJECTS);
    assertThat(EntryKinds.of(entry("Side Projects", null, null))).isEqualTo(SectionKind.PROJECTS);
  }

  @Test
  void theSameWordingWithAnEmployerOrDatesStaysAJob() {
    DateRange years = new DateRange(new PartialDate(2019, 0), new PartialDate(2021, 0), false, AT);
    assertThat(EntryKinds.of(entry("Open Source contributions", "Globex", null))).isEqualTo(SectionKind.EXPERIENCE);
    assertThat(EntryKinds.of(entry("Open Source contributions", null, years))).isEqualTo(SectionKind.EXPERIENCE);
    assertThat(EntryKinds.of(entry("Platform Engineer", null, null))).isEqualTo(SectionKind.EXPERIENCE);
  }
}
