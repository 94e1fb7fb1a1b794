package dev.prism.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prism.core.bullet.BulletLabel;
import dev.prism.core.bullet.BulletModel;
import dev.prism.core.eval.BulletData.Labelled;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Training on invented bullets: which words the model may weigh, and that training is repeatable. */
class BulletTrainingTest {

  /** Few steps: these tests check what is learned from what, not how well. */
  private static final BulletTraining.Options FAST =
      new BulletTraining.Options(0.005, 1.0, 14.0, 0.1, 5, 300, 0.5);

  /**
   * Six people: each writes one weak bullet with "tasked" and one strong one with "sharded"; the
   * first person alone also writes "ledgerly" in every bullet, a word no one else uses.
   */
  private static BulletData.Set people() {
    List<Labelled> l = new ArrayList<>();
    for (int p = 0; p < 6; p++) {
      String person = "person-" + p;
      String own = p == 0 ? " ledgerly" : "";
      l.add(new Labelled("Tasked with the report pages" + own + " for team " + p, BulletLabel.WEAK, person));
      l.add(new Labelled("Sharded the orders table in PostgreSQL" + own + ", cutting p99 latency from 900 ms to "
          + (100 + p) + " ms", BulletLabel.STRONG, person));
      l.add(new Labelled("Built the export job in Go for team " + p + own, BulletLabel.FAIR, person));
    }
    return new BulletData.Set("labels", l, List.of());
  }

  @Test
  void weighsOnlyWordsThatEnoughPeopleUse() {
    BulletModel m = BulletTraining.train(people(), FAST, new HashMap<>());
    assertThat(m.words()).containsKeys("sharded", "tasked");
    assertThat(m.words().get("sharded")).isPositive();
    assertThat(m.words().get("tasked")).isNegative();
    // One person's word, however often it occurs, is never weighed: the model cannot learn a resume.
    assertThat(m.words()).doesNotContainKey("ledgerly");
    assertThat(m.opens()).containsKeys("tasked", "sharded", "built");
    // Figures are no words: the structural features read them.
    assertThat(m.words().keySet()).noneMatch(w -> w.chars().anyMatch(Character::isDigit));
  }

  @Test
  void aLowerThresholdAdmitsFewerPeoplesWords() {
    BulletModel m = BulletTraining.train(people(), FAST.withWords(0.1, 1), new HashMap<>());
    assertThat(m.words()).containsKey("ledgerly");
  }

  @Test
  void sameDataGivesTheSameModelBytes() {
    String a = BulletTraining.train(people(), FAST, new HashMap<>()).toTsv("t");
    String b = BulletTraining.train(people(), FAST, new HashMap<>()).toTsv("t");
    assertThat(a).isEqualTo(b);
    // And the file reads back as the same model.
    assertThat(BulletModel.parse(a, "t").toTsv("t")).isEqualTo(a);
  }

  @Test
  void vocabularyCountsPeopleNotOccurrences() {
    List<BulletModel.Input> in = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      in.add(BulletModel.input("Migrated the queue to Kafka"));
      groups.add("one");
    }
    // Four people in all: one who writes it ten times, three who write it once.
    for (int p = 0; p < 3; p++) {
      in.add(BulletModel.input("Migrated the cron jobs"));
      groups.add("p" + p);
    }
    assertThat(BulletTraining.vocabulary(in, groups, 5)).doesNotContain("word:migrated");
    assertThat(BulletTraining.vocabulary(in, groups, 5)).isEmpty();
    assertThat(BulletTraining.vocabulary(in, groups, 4)).contains("word:migrated", "word:the", "opens:migrated")
        .doesNotContain("word:kafka");
  }

  @Test
  void rejectsSenselessOptions() {
    assertThatThrownBy(() -> FAST.withWords(0.1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FAST.withWords(Double.NaN, 5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FAST.withL2(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
