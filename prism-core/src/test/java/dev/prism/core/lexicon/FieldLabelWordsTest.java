package dev.prism.core.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prism.core.lexicon.FieldLabelWords.Field;
import org.junit.jupiter.api.Test;

/** How a form's labels are known: whatever their case, apostrophes and accents, and no other cell. */
class FieldLabelWordsTest {
  @Test
  void aFormsLabelIsKnownWithATypesetApostrophe() {
    assertThat(FieldLabelWords.formField("Nome e tipo d’organizzazione erogatrice dell’istruzione e formazione"))
        .isEqualTo(Field.ORGANIZATION);
    assertThat(FieldLabelWords.formField("Titolo della qualifica rilasciata")).isEqualTo(Field.TITLE);
  }

  @Test
  void aLabelIsKnownWithItsAccentsSetOtherwise() {
    // "attivitá" or "attivita" for "attività": the author's keyboard, not another label.
    assertThat(FieldLabelWords.isDetail("Tipo di attivitá o settore")).isTrue();
    assertThat(FieldLabelWords.isDetail("Tipo di attivita o settore")).isTrue();
    assertThat(FieldLabelWords.named("Periode")).isEqualTo(Field.DATES);
    assertThat(FieldLabelWords.isDetail("Tätigkeitsbereich oder Branche")).isTrue();
  }

  @Test
  void otherCellsAreNoLabels() {
    assertThat(FieldLabelWords.isFormLabel("Main activities and")).isFalse();
    assertThat(FieldLabelWords.isFormLabel("Globex Research")).isFalse();
    assertThat(FieldLabelWords.formField("Ünïcödé wörds that name nothing")).isNull();
  }
}
