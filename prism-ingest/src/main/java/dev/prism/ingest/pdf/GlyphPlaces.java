package dev.prism.ingest.pdf;

/**
 * The glyphs drawn on one page so far, by where each stands on a quarter point's grid: a text
 * shadow or an outline drawn as a second run of the same glyphs lands on the first one's places.
 *
 * <p>Why not a {@code HashMap<Long, String>}: every glyph of every page is put here, and boxing the
 * keys, allocating the nodes and folding a Long's hash cost a twentieth of a warm read. This is
 * open addressing over primitive keys, mixed so that neighbouring places spread over the table.
 */
final class GlyphPlaces {
  /**
   * Room for a dense page's glyphs at half load: a table that started smaller grew two or three
   * times on each document, and the copies were a third of this table's time in a read.
   */
  private static final int FIRST_CAPACITY = 4096;

  private long[] keys = new long[FIRST_CAPACITY];
  private String[] texts = new String[FIRST_CAPACITY];
  /**
   * The page each slot was filled on: a slot is taken only when it holds the current page's
   * number, so a new page forgets every place by counting up, not by clearing the table.
   */
  private int[] pages = new int[FIRST_CAPACITY];
  private int page = 1;
  private int size;

  /** Forgets every place (a new page), keeping the table's capacity. */
  void clear() {
    if (size > 0) {
      page++;
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
    while (pages[i] == page) {
      if (keys[i] == key) {
        return texts[i];
      }
      i = (i + 1) & mask;
    }
    keys[i] = key;
    texts[i] = text;
    pages[i] = page;
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
    int[] oldPages = pages;
    keys = new long[oldKeys.length * 2];
    texts = new String[oldTexts.length * 2];
    pages = new int[oldPages.length * 2];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldPages[i] == page) {
        putIfAbsent(oldKeys[i], oldTexts[i]);
      }
    }
  }

  private void putIfAbsent(long key, String text) {
    int mask = keys.length - 1;
    int i = slot(key, mask);
    while (pages[i] == page) {
      i = (i + 1) & mask;
    }
    keys[i] = key;
    texts[i] = text;
    pages[i] = page;
    size++;
  }
}
