package dev.prism.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The count of rows inking each point answers as stamping every point of every span does. */
class CoverageTest {

  /** The way the gutter search counted before: each point of each span, once a row. */
  private static int[] stamped(int w, int[][][] rows) {
    int[] covered = new int[w];
    int[] stamp = new int[w];
    int rowId = 0;
    for (int[][] row : rows) {
      rowId++;
      for (int[] span : row) {
        for (int x = span[0]; x < span[1]; x++) {
          if (stamp[x] != rowId) {
            stamp[x] = rowId;
            covered[x]++;
          }
        }
      }
    }
    return covered;
  }

  @Test
  void countsEachRowOnceAPointAsStampingDoes() {
    Random random = new Random(17);
    for (int page = 0; page < 3000; page++) {
      int w = 1 + random.nextInt(700);
      int[][][] rows = new int[random.nextInt(40)][][];
      for (int r = 0; r < rows.length; r++) {
        rows[r] = new int[random.nextInt(120)][];
        // Mostly left to right, touching, overlapping or apart, as glyphs are; now and then a
        // row out of order (a cell's wrapped lines) or with empty spans.
        boolean shuffled = random.nextInt(5) == 0;
        int x = random.nextInt(w);
        for (int k = 0; k < rows[r].length; k++) {
          int a = shuffled ? random.nextInt(w) : Math.min(w - 1, Math.max(0, x + random.nextInt(5) - 2));
          int b = Math.min(w, Math.max(0, a + random.nextInt(12) - 1));
          rows[r][k] = new int[] {a, b};
          x = b + random.nextInt(4);
          if (x >= w) {
            x = random.nextInt(w);
          }
        }
      }
      PageLayout.Coverage coverage = new PageLayout.Coverage(w);
      for (int[][] row : rows) {
        for (int[] span : row) {
          coverage.add(span[0], span[1]);
        }
        coverage.endRow();
      }
      assertThat(coverage.counts()).as("page %d", page).isEqualTo(stamped(w, rows));
    }
  }
}
