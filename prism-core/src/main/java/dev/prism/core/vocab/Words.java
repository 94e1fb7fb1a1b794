package dev.prism.core.vocab;

import java.util.ArrayList;
import java.util.List;

/**
 * Word boundaries for technical text. A word is letters and digits plus the characters names of
 * technologies carry inside them: "C++", "C#", "Node.js", ".NET", "CI/CD", "p99", "gRPC". A trailing
 * full stop or slash is not part of the word, nor is an elided article before its apostrophe
 * ("d'architecture" holds the word "architecture").
 */
final class Words {
  private Words() {}

  static List<int[]> split(String text, int from, int to) {
    List<int[]> out = new ArrayList<>();
    if (to <= from) {
      return out;
    }
    // A copy of the range: this runs for every bullet and word list, and reading a char array costs
    // far less than String.charAt in a short-lived JVM that never reaches the optimising compiler.
    char[] cs = new char[to - from];
    text.getChars(from, to, cs, 0);
    int n = cs.length;
    int i = 0;
    while (i < n) {
      char c = cs[i];
      boolean dotStart = c == '.' && i + 1 < n && Character.isLetter(cs[i + 1])
          && (i == 0 || !Character.isLetterOrDigit(cs[i - 1]));
      if (!Character.isLetterOrDigit(c) && !dotStart) {
        i++;
        continue;
      }
      int start = i;
      i++;
      while (i < n) {
        char d = cs[i];
        if (Character.isLetterOrDigit(d)) {
          i++;
        } else if ((d == '+' || d == '#') ) {
          i++;
        } else if ((d == '.' || d == '/' || d == '\'') && i + 1 < n && Character.isLetterOrDigit(cs[i + 1])
            && !(d == '\'' && elided(cs, start, i))) {
          i++;
        } else {
          break;
        }
      }
      int end = i;
      // "Go/Java" is two words, "CI/CD" and "TCP/IP" one: split on '/' only between longer words.
      int slash = indexOf(cs, '/', start, end);
      if (slash > start && !(slash - start <= 3 && end - slash - 1 <= 3)) {
        int s = start;
        for (int k = start; k <= end; k++) {
          if (k == end || cs[k] == '/') {
            if (k > s) {
              out.add(new int[] {from + s, from + k});
            }
            s = k + 1;
          }
        }
      } else {
        out.add(new int[] {from + start, from + end});
      }
    }
    return out;
  }

  /** The letters French and Italian elide before a vowel with an apostrophe ("d'architecture", "l'API", "qu'il"). */
  private static final String ELIDED = "cdjlmnst";

  /**
   * Whether {@code cs[start, at)} is an elided article or pronoun before its apostrophe: one of
   * those letters, or "qu". The word after it is a word of its own, as it is after a typographic
   * apostrophe ("d’architecture"); "O'Reilly" and "don't" stay whole.
   */
  private static boolean elided(char[] cs, int start, int at) {
    int n = at - start;
    char first = Character.toLowerCase(cs[start]);
    return n == 1 && ELIDED.indexOf(first) >= 0 || n == 2 && first == 'q' && Character.toLowerCase(cs[start + 1]) == 'u';
  }

  /** The first {@code c} in {@code cs[from, to)}, or -1. */
  private static int indexOf(char[] cs, char c, int from, int to) {
    for (int k = from; k < to; k++) {
      if (cs[k] == c) {
        return k;
      }
    }
    return -1;
  }
}
