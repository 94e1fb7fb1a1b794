package dev.prism.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a rail's label is made of, as the layout gathers labels the rail wraps over several lines. */
class RailLabelsTest {
  @Test
  void aDateOrItsWordsAreDateishButADashAloneIsAListGlyph() {
    // "May 2014 –" over "October 2014" is one range the rail wrapped; a list item's dash hanging
    // in the rail ("-" over "Nov. 2016 - Dec. 2019" over "July 2015 - May 2016") starts no date,
    // and gathering from it glued every job's dates of a europecv page into one label.
    assertThat(PageLayout.dateish("May 2014 –")).isTrue();
    assertThat(PageLayout.dateish("2014")).isTrue();
    assertThat(PageLayout.dateish("Since September")).isTrue();
    assertThat(PageLayout.dateish("-")).isFalse();
    assertThat(PageLayout.dateish("–")).isFalse();
    assertThat(PageLayout.dateish("Technical")).isFalse();
  }
}
