package dev.prism.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The page's map of drawn places answers as a plain map of grid places would, across growth and pages. */
class GlyphPlacesTest {

  @Test
  void answersAsAMapOfGridPlacesWould() {
    GlyphPlaces places = new GlyphPlaces();
    Random random = new Random(11);
    for (int page = 0; page < 3; page++) {
      places.clear();
      Map<String, String> expected = new HashMap<>();
      // Rows a round number of grid steps apart (y = 8, 16, … points) and glyphs a few points
      // apart: the shape that made a boxed Long's folded hash pile up in one bucket.
      for (int i = 0; i < 6000; i++) {
        float x = 36 + random.nextInt(2000) * 0.25f;
        float y = 8 * (1 + random.nextInt(90)) + (random.nextBoolean() ? 0 : 0.1f);
        String text = String.valueOf((char) ('a' + random.nextInt(26)));
        String grid = Math.round(x * 4) + "," + Math.round(y * 4);
        assertThat(places.putIfAbsent(x, y, text)).as("at %s", grid).isEqualTo(expected.putIfAbsent(grid, text));
      }
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
