package dev.prism.core.text;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The answers of two pure tests on a header part's text, kept while one resume is segmented.
 *
 * <p>Why: {@link Parts#isLocation} and {@link Parts#isRole} are asked of the same text many times
 * in one segmentation (cutting a header into parts, then each part's features, then the labels, the
 * team and school tests, the list and entry-kind tests): over the corpus PDFs each distinct text was
 * asked about 2.8 and 2.5 times. Both depend on nothing but the text and the word lists, so an
 * answer once given holds for the rest of the resume.
 *
 * <p>The memo lives only inside {@link #during}, which {@link Segmenter#read} opens around its work
 * on one thread, and is dropped when it returns: nothing is kept from one resume to the next (a
 * server's memory does not grow with what it has read, and a benchmark that checks the same files
 * again gains nothing from the earlier rounds). Outside it the tests are run as they are.
 */
final class PartMemo {
  private static final ThreadLocal<PartMemo> CURRENT = new ThreadLocal<>();

  private final Map<String, Boolean> location = new HashMap<>();
  private final Map<String, Boolean> role = new HashMap<>();

  private PartMemo() {}

  /** Runs {@code work} with a memo of its own, or within the memo already open on this thread. */
  static <T> T during(java.util.function.Supplier<T> work) {
    if (CURRENT.get() != null) {
      return work.get();
    }
    CURRENT.set(new PartMemo());
    try {
      return work.get();
    } finally {
      CURRENT.remove();
    }
  }

  static boolean location(String v, Predicate<String> test) {
    PartMemo m = CURRENT.get();
    return m == null ? test.test(v) : ask(m.location, v, test);
  }

  static boolean role(String v, Predicate<String> test) {
    PartMemo m = CURRENT.get();
    return m == null ? test.test(v) : ask(m.role, v, test);
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
