package dev.prism.core.match;

import dev.prism.core.vocab.Mention;
import dev.prism.core.vocab.Technologies;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checkable facts of a text: its numbers and the technologies it names. Tailoring and letters
 * may only repeat facts of the resume and the job description; tests compare these sets.
 */
public final class Facts {
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");

  private Facts() {}

  /** Every number as written ("2.5", "12,000", "99.9"). */
  public static Set<String> numbers(String text) {
    Set<String> out = new HashSet<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** Canonical names of the technologies and practices named, aliases folded. */
  public static Set<String> technologies(String text) {
    Set<String> out = new HashSet<>();
    for (Mention m : Technologies.jobMatcher().find(text)) {
      out.add(m.term().canonical());
    }
    return out;
  }
}
