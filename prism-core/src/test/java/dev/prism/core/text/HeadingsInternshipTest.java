package dev.prism.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prism.core.model.SectionKind;
import org.junit.jupiter.api.Test;

class HeadingsInternshipTest {
  @Test
  void internshipsAreWorkExperience() {
    assertThat(Headings.kindOf("INTERNSHIPS")).contains(SectionKind.EXPERIENCE);
    assertThat(Headings.kindOf("Internship Experience")).contains(SectionKind.EXPERIENCE);
    assertThat(Headings.kindOf("Volunteer Experience")).contains(SectionKind.OTHER);
  }
}
