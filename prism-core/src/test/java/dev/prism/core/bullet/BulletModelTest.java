package dev.prism.core.bullet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The model file and the words the model weighs. */
class BulletModelTest {

  private static BulletModel onlyWords(Map<String, Double> words, Map<String, Double> opens) {
    return new BulletModel(new double[BulletModel.FEATURES.size()], -1, 1, words, opens);
  }

  @Test
  void theShippedModelReadsBackByteForByte() {
    BulletModel m = BulletModel.standard();
    String tsv = m.toTsv("header");
    assertThat(BulletModel.parse(tsv, "x").toTsv("header")).isEqualTo(tsv);
  }

  @Test
  void wordsAreLowerCaseOnceEachWithoutFiguresAndTheOpeningWordIsTheAction() {
    BulletModel.Input in = BulletModel.input("Billing: Migrated the ledger and the ledger jobs to PostgreSQL 16, 40% faster");
    assertThat(in.opens()).isEqualTo("migrated");
    assertThat(in.words()).contains("billing", "migrated", "ledger", "postgresql", "the").doesNotHaveDuplicates()
        .noneMatch(w -> w.chars().anyMatch(Character::isDigit));
    assertThat(BulletModel.input("").words()).isEmpty();
    assertThat(BulletModel.input("").opens()).isEmpty();
  }

  @Test
  void eachWordCountsOnceAndTheOpeningWordOnlyWhereItOpens() {
    BulletModel m = onlyWords(Map.of("ledger", 0.5), Map.of("migrated", 1.0));
    assertThat(m.score(BulletModel.input("Migrated the ledger and the ledger jobs"))).isEqualTo(1.5);
    assertThat(m.score(BulletModel.input("Cut the ledger jobs once they were migrated"))).isEqualTo(0.5);
  }

  @Test
  void aWordThatDecidedTheVerdictIsNamedInTheReasons() {
    BulletModel m = onlyWords(Map.of("tasked", -2.0), Map.of());
    assertThat(m.reasons(BulletModel.input("Tasked with the report pages"), 4))
        .containsExactly("\"tasked\" is a word weaker bullets use more than strong ones");
    BulletModel up = onlyWords(Map.of(), Map.of("sharded", 2.0));
    assertThat(up.reasons(BulletModel.input("Sharded the orders table"), 4))
        .containsExactly("opens with \"sharded\", as stronger bullets often do");
    // A function word moves the score but is never named: it would tell the reader nothing.
    BulletModel the = onlyWords(Map.of("the", -2.0), Map.of());
    assertThat(the.score(BulletModel.input("Tasked with the report pages"))).isEqualTo(-2.0);
    assertThat(the.reasons(BulletModel.input("Tasked with the report pages"), 4)).isEmpty();
  }

  @Test
  void aBrokenModelFileIsRefusedWithItsLine() {
    String good = BulletModel.standard().toTsv("h");
    assertThatThrownBy(() -> BulletModel.parse(good + "word:ledger\tNaN\n", "m.tsv"))
        .hasMessageContaining("m.tsv:").hasMessageContaining("finite");
    assertThatThrownBy(() -> BulletModel.parse(good + "word:ledger\tabc\n", "m.tsv")).hasMessageContaining("not a number");
    assertThatThrownBy(() -> BulletModel.parse(good + "word:\t1\n", "m.tsv")).hasMessageContaining("unknown features");
    assertThatThrownBy(() -> BulletModel.parse(good + "word:ledger 1\n", "m.tsv")).hasMessageContaining("name TAB weight");
    assertThatThrownBy(() -> BulletModel.parse(good.replaceAll("(?m)^cut1\t.*\n", ""), "m.tsv")).hasMessageContaining("cut1");
    assertThatThrownBy(() -> BulletModel.parse("", "m.tsv")).hasMessageContaining("no weight");
  }

  @Test
  void everyWordOfTheShippedModelIsAWordWithAFiniteWeight() {
    BulletModel m = BulletModel.standard();
    m.words().forEach((w, v) -> {
      assertThat(w).hasSizeGreaterThan(1).doesNotContainPattern("\\d|\\s");
      assertThat(v).isFinite();
    });
    m.opens().forEach((w, v) -> assertThat(v).isFinite());
  }
}
