package dev.prism.ingest.pdf;

import java.util.Arrays;

/**
 * The glyphs drawn on one page so far, by where each stands on a quarter point's grid: a text
 * shadow or an outline drawn as a second run of the same glyphs lands on the first one's places.
 *
 * <p>Why not a {@code HashMap<Long, String>}: every glyph of every page is put here, and boxing the
 * keys, allocating the nodes and folding a Long's hash cost a twentieth of a warm read. This is
 * open addressing over primitive keys, mixed so that neighbouring places spread over the table.
 */
final class GlyphPlaces {
  private static final int FIRST_CAPACITY = 1024;

  private long[] keys = new long[FIRST_CAPACITY];
  private String[] texts = new String[FIRST_CAPACITY];
  private int size;

  /** Forgets every place (a new page), keeping the table's capacity. */
  void clear() {
    if (size > 0) {
      Arrays.fill(texts, null);
      size = 0;
    }
  }

  /**
   * The text already drawn at ({@code x}, {@code y}), or null after recording {@code text} there.
   */
  String putIfAbsent(float x, float y, String text) {
    long key = key(x, y);
    int mask = keys.length - 1;
    int i = slot(key, mask);
    while (texts[i] != null) {
      if (keys[i] == key) {
        return texts[i];
      }
      i = (i + 1) & mask;
    }
    keys[i] = key;
    texts[i] = text;
    if (++size * 2 > keys.length) {
      grow();
    }
    return null;
  }

  /**
   * A place as one key, x in the high word and y in the low, multiplied by an odd constant: a
   * bijection, so two places never share a key, that carries every bit of both into the high ones.
   */
  private static long key(float x, float y) {
    long grid = (long) Math.round(x * 4) << 32 | Math.round(y * 4) & 0xffff_ffffL;
    return grid * 0x9E37_79B9_7F4A_7C15L;
  }

  /** The table slot to try first: the key's high bits, the well-mixed ones. */
  private static int slot(long key, int mask) {
    return (int) (key >>> 32) & mask;
  }

  private void grow() {
    long[] oldKeys = keys;
    String[] oldTexts = texts;
    keys = new long[oldKeys.length * 2];
    texts = new String[oldTexts.length * 2];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldTexts[i] != null) {
        putIfAbsent(oldKeys[i], oldTexts[i]);
      }
    }
  }

  private void putIfAbsent(long key, String text) {
    int mask = keys.length - 1;
    int i = slot(key, mask);
    while (texts[i] != null) {
      i = (i + 1) & mask;
    }
    keys[i] = key;
    texts[i] = text;
    size++;
  }
}
