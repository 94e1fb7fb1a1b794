package dev.prism.core.lexicon;

import dev.prism.core.text.ResourceLists;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The one loader of the words and patterns that reading a resume depends on, shared by the
 * readers and the segmenter so that no list exists twice: section headings, month names and
 * open-end words, the words that tell a title from an employer, places, contact labels and
 * patterns, list glyphs and icon code points, words a wrapped line ends with, the words in a PDF
 * font's name that make it bold or italic. Each lives in a file
 * under {@code dev/prism/core/lexicon/}; adding a heading word, a date form or a glyph is a line
 * there (and an example in the segmentation spec).
 *
 * <p>Three file shapes: word lists, "key: item, item, ..." (items lower-cased, see
 * {@link ResourceLists}); {@code patterns.txt}, "name = regex" (the regex verbatim); and tables,
 * rows of columns parted by white space (the last column may hold spaces when a row has as many
 * columns as asked for).
 */
public final class Lexicon {
  private static final String DIR = "/dev/prism/core/lexicon/";
  private static final Map<String, Map<String, List<String>>> LISTS = new ConcurrentHashMap<>();
  private static final Map<String, Pattern> PATTERNS = readPatterns("patterns.txt");

  private Lexicon() {}

  /** Every list of a word-list file, by key, in file order. */
  public static Map<String, List<String>> lists(String file) {
    return LISTS.computeIfAbsent(file, f -> ResourceLists.read(Lexicon.class, DIR + f));
  }

  /** One list of a word-list file; an unknown key is a defect of the data, reported by name. */
  public static List<String> list(String file, String key) {
    List<String> l = lists(file).get(key);
    if (l == null) {
      throw new IllegalStateException(file + ": no list '" + key + "'");
    }
    return l;
  }

  public static Set<String> set(String file, String key) {
    return Set.copyOf(list(file, key));
  }

  /**
   * The rows of a table file, at most {@code columns} columns each (the last takes the rest of the
   * line). Comment and blank lines are left out; each row is given with its line number first.
   */
  public static List<String[]> rows(String file, int columns) {
    List<String[]> out = new java.util.ArrayList<>();
    for (String[] numbered : lines(file)) {
      String[] cols = numbered[1].split("\\s+", columns);
      String[] row = new String[cols.length + 1];
      row[0] = numbered[0];
      System.arraycopy(cols, 0, row, 1, cols.length);
      out.add(row);
    }
    return out;
  }

  /** Accents and other combining marks, as a decomposed text writes them after their letter. */
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /**
   * {@code s} without its accents ("Experiências" reads "Experiencias", "attivitá" "attivita"):
   * people type words with them and without, and fonts set them loosely, so the lists and the text
   * looked up in them are compared without. The one fold every lookup shares; the letters keep
   * their composed form ("경력" stays two letters).
   */
  public static String withoutAccents(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0x7f) {
        String bare = MARKS.matcher(java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)).replaceAll("");
        return java.text.Normalizer.normalize(bare, java.text.Normalizer.Form.NFC);
      }
    }
    return s;
  }

  /** A pattern of {@code patterns.txt}. */
  public static Pattern pattern(String name) {
    Pattern p = PATTERNS.get(name);
    if (p == null) {
      throw new IllegalStateException("patterns.txt: no pattern '" + name + "'");
    }
    return p;
  }

  private static Map<String, Pattern> readPatterns(String file) {
    Map<String, Pattern> out = new HashMap<>();
    for (String[] numbered : lines(file)) {
      int eq = numbered[1].indexOf(" = ");
      if (eq < 0) {
        throw new IllegalStateException(file + ":" + numbered[0] + ": expected 'name = regex'");
      }
      out.put(numbered[1].substring(0, eq).strip(), Pattern.compile(numbered[1].substring(eq + 3).strip()));
    }
    return out;
  }

  /** The lines of a lexicon file that are neither blank nor comments, stripped, each with its line number first. */
  private static List<String[]> lines(String file) {
    List<String[]> out = new java.util.ArrayList<>();
    try (InputStream in = Lexicon.class.getResourceAsStream(DIR + file)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + DIR + file);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int n = 0;
      for (String line; (line = r.readLine()) != null; ) {
        n++;
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          out.add(new String[] {String.valueOf(n), t});
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
