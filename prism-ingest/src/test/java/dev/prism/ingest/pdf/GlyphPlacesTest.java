package dev.prism.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The page's map of drawn places answers as a plain map of grid places would, across growth and pages. */
class GlyphPlacesTest {

  @Test
  void answersAsAMapOfGridPlacesWould() {
    GlyphPlaces places = new GlyphPlaces();
    Random random = new Random(11);
    for (int page = 0; page < 3; page++) {
      // Rows a round number of grid steps apart (y = 8, 16, … points) and glyphs a few points
      // apart: the shape that made a boxed Long's folded hash pile up in one bucket.
      answersAsAMap(places, random, page, 6000, () -> 36 + random.nextInt(2000) * 0.25f,
          () -> 8 * (1 + random.nextInt(90)) + (random.nextBoolean() ? 0 : 0.1f));
    }
  }

  /** A new page of {@code glyphs} glyphs at the places given, each answered as a fresh map of grid places answers. */
  private static void answersAsAMap(GlyphPlaces places, Random random, int page, int glyphs, Supplier<Float> x,
      Supplier<Float> y) {
    places.clear();
    Map<String, String> expected = new HashMap<>();
    for (int i = 0; i < glyphs; i++) {
      float gx = x.get();
      float gy = y.get();
      String text = String.valueOf((char) ('a' + random.nextInt(26)));
      String grid = Math.round(gx * 4) + "," + Math.round(gy * 4);
      assertThat(places.putIfAbsent(gx, gy, text)).as("page %d at %s", page, grid).isEqualTo(expected.putIfAbsent(grid, text));
    }
  }

  /**
   * A new page forgets the last one's places by counting pages, not by clearing the table: pages
   * of every size in turn, small ones after one that made the table grow and large ones after
   * small ones, answer as a fresh map would.
   */
  @Test
  void eachPageForgetsTheLastOnesPlacesAcrossGrowth() {
    GlyphPlaces places = new GlyphPlaces();
    Random random = new Random(23);
    for (int page = 0; page < 40; page++) {
      int glyphs = random.nextInt(4) == 0 ? random.nextInt(12_000) : random.nextInt(300);
      answersAsAMap(places, random, page, glyphs, () -> random.nextInt(600) * 0.25f, () -> random.nextInt(200) * 0.5f);
    }
  }

  @Test
  void aPlaceOnTheGridIsTheSamePlaceAHairAway() {
    GlyphPlaces places = new GlyphPlaces();
    assertThat(places.putIfAbsent(100f, 200f, "R")).isNull();
    assertThat(places.putIfAbsent(100.05f, 199.95f, "R")).isEqualTo("R");
    assertThat(places.putIfAbsent(100.25f, 200f, "o")).isNull();
    assertThat(places.putIfAbsent(-3f, -700f, "b")).isNull();
    assertThat(places.putIfAbsent(-3f, -700f, "x")).isEqualTo("b");
    places.clear();
    assertThat(places.putIfAbsent(100f, 200f, "R")).isNull();
  }
}
