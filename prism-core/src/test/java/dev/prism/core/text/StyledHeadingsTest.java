package dev.prism.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prism.core.model.Extraction;
import dev.prism.core.model.LineHint;
import dev.prism.core.model.Resume;
import dev.prism.core.model.SectionKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class StyledHeadingsTest {
  private static final String TEXT = "Rowan Ellis\nrowan@example.com\nEXPERIENCE\nStaff Engineer  2015 - 2019\n"
      + "NGP Professional Education\n- Built the reporting pipeline\nEDUCATION\nB.S. Computer Science  2008 - 2012\n";

  @Test
  void withStyleHintsAQualifiedWordingNeedsTheHint() {
    int experience = TEXT.indexOf("EXPERIENCE");
    int education = TEXT.indexOf("EDUCATION\n");
    Extraction styled = new Extraction(TEXT, "pdf", 1,
        List.of(new LineHint(experience, true, false), new LineHint(education, true, false)), List.of());
    Resume r = Segmenter.segment(styled);
    assertThat(r.sections()).extracting(s -> s.kind()).containsExactly(SectionKind.EXPERIENCE, SectionKind.EDUCATION);
    assertThat(r.sections(SectionKind.EXPERIENCE).findFirst().orElseThrow().entries().get(0).organization().value())
        .isEqualTo("NGP Professional Education");
  }

  @Test
  void withoutHintsWordingAloneDecides() {
    Resume r = Segmenter.segment(Extraction.plain(TEXT, "text"));
    assertThat(r.sections()).extracting(s -> s.kind()).contains(SectionKind.EXPERIENCE, SectionKind.EDUCATION);
    assertThat(Headings.isStandard("Work Experience:")).isTrue();
    assertThat(Headings.isStandard("Relevant Professional Experience")).isFalse();
  }
}
