package dev.prism.core.text;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The answers of pure tests, kept while one resume is segmented: two tests on a header part's
 * text, the line tests the passes ask again and again of one line, and a line's lone date.
 *
 * <p>Why: {@link Parts#isLocation} and {@link Parts#isRole} are asked of the same text many times
 * in one segmentation (cutting a header into parts, then each part's features, then the labels, the
 * team and school tests, the list and entry-kind tests): over the corpus PDFs each distinct text was
 * asked about 2.8 and 2.5 times. The line tests of {@link LineTest} are asked by the list heads, by
 * the grouping's main loop and by its look-aheads at the lines below: two to two and a half times
 * a line over the corpus. Each depends on nothing but its text or its line (content, cells, style,
 * dates) and the word lists, so an answer once given holds for the rest of the resume. Lines are
 * told apart by identity: the tagging pass makes each once, and a slice of one is a new line.
 *
 * <p>The memo lives only inside {@link #during}, which {@link Segmenter#read} opens around its work
 * on one thread, and is dropped when it returns: nothing is kept from one resume to the next (a
 * server's memory does not grow with what it has read, and a benchmark that checks the same files
 * again gains nothing from the earlier rounds). Outside it the tests are run as they are.
 */
final class Memo {
  private static final ThreadLocal<Memo> CURRENT = new ThreadLocal<>();

  /** The tests on a whole line whose answers are kept; each takes two bits of a line's entry. */
  enum LineTest { SENTENCE, INLINE_LABEL, TECH_LIST, COLON_LABEL, SUB_LABEL, NAMES_ROLE, TOO_LONG_FOR_HEADER }

  private final Map<String, Boolean> location = new HashMap<>();
  private final Map<String, Boolean> role = new HashMap<>();
  // Per line, for each test: whether it was answered (the even bit) and the answer (the odd one).
  private final Map<Line, Integer> lines = new IdentityHashMap<>();
  // Per line, its date when it holds that date and nothing else, null included.
  private final Map<Line, dev.prism.core.model.DateRange> loneDates = new IdentityHashMap<>();

  private Memo() {}

  /** Runs {@code work} with a memo of its own, or within the memo already open on this thread. */
  static <T> T during(java.util.function.Supplier<T> work) {
    if (CURRENT.get() != null) {
      return work.get();
    }
    CURRENT.set(new Memo());
    try {
      return work.get();
    } finally {
      CURRENT.remove();
    }
  }

  static boolean location(String v, Predicate<String> test) {
    Memo m = CURRENT.get();
    return m == null ? test.test(v) : ask(m.location, v, test);
  }

  static boolean role(String v, Predicate<String> test) {
    Memo m = CURRENT.get();
    return m == null ? test.test(v) : ask(m.role, v, test);
  }

  static boolean line(Line l, LineTest kind, Predicate<Line> test) {
    Memo m = CURRENT.get();
    if (m == null) {
      return test.test(l);
    }
    int known = 1 << 2 * kind.ordinal();
    Integer bits = m.lines.get(l);
    if (bits != null && (bits & known) != 0) {
      return (bits & known << 1) != 0;
    }
    boolean answer = test.test(l);
    // Read again: the test may have asked another test about the same line meanwhile.
    bits = m.lines.get(l);
    m.lines.put(l, (bits == null ? 0 : bits) | known | (answer ? known << 1 : 0));
    return answer;
  }

  /** The line's lone date (see {@link Line#loneDate}), read once a line: a dated line's text is read for dates again there. */
  static dev.prism.core.model.DateRange loneDate(Line l, java.util.function.Function<Line, dev.prism.core.model.DateRange> read) {
    Memo m = CURRENT.get();
    if (m == null) {
      return read.apply(l);
    }
    if (m.loneDates.containsKey(l)) {
      return m.loneDates.get(l);
    }
    dev.prism.core.model.DateRange d = read.apply(l);
    m.loneDates.put(l, d);
    return d;
  }

  // Not computeIfAbsent: the place test asks itself about the pieces of a text ("Ohio & Texas"), and
  // a HashMap must not be changed from inside its own computeIfAbsent.
  private static boolean ask(Map<String, Boolean> answers, String v, Predicate<String> test) {
    Boolean known = answers.get(v);
    if (known != null) {
      return known;
    }
    boolean answer = test.test(v);
    answers.put(v, answer);
    return answer;
  }
}
