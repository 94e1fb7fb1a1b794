package dev.prism.core.vocab;

import java.util.ArrayList;
import java.util.List;

/**
 * Word boundaries for technical text. A word is letters and digits plus the characters names of
 * technologies carry inside them: "C++", "C#", "Node.js", ".NET", "CI/CD", "p99", "gRPC". A trailing
 * full stop or slash is not part of the word.
 */
final class Words {
  private Words() {}

  static List<int[]> split(String text, int from, int to) {
    List<int[]> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      boolean dotStart = c == '.' && i + 1 < to && Character.isLetter(text.charAt(i + 1))
          && (i == from || !Character.isLetterOrDigit(text.charAt(i - 1)));
      if (!Character.isLetterOrDigit(c) && !dotStart) {
        i++;
        continue;
      }
      int start = i;
      i++;
      while (i < to) {
        char d = text.charAt(i);
        if (Character.isLetterOrDigit(d)) {
          i++;
        } else if ((d == '+' || d == '#') ) {
          i++;
        } else if ((d == '.' || d == '/' || d == '\'') && i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1))) {
          i++;
        } else {
          break;
        }
      }
      int end = i;
      // "Go/Java" is two words, "CI/CD" and "TCP/IP" one: split on '/' only between longer words.
      int slash = text.indexOf('/', start);
      if (slash > start && slash < end && !(slash - start <= 3 && end - slash - 1 <= 3)) {
        int s = start;
        for (int k = start; k <= end; k++) {
          if (k == end || text.charAt(k) == '/') {
            if (k > s) {
              out.add(new int[] {s, k});
            }
            s = k + 1;
          }
        }
      } else {
        out.add(new int[] {start, end});
      }
    }
    return out;
  }
}
