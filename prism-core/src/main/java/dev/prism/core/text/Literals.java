package dev.prism.core.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A screen before a regular expression that rarely matches: whether a text holds any of the
 * literals the pattern cannot match without, ASCII letters folded as {@code (?i)} folds them (and
 * nothing else: without {@code UNICODE_CASE} a pattern folds no other letter).
 *
 * <p>Why: {@code Matcher.find} tries its pattern at every position of the text, a handful of node
 * calls each, and most bullets and resumes hold none of a pattern's words. One pass here costs a
 * table read per character and a comparison only where a literal's first character stands. A
 * screen is built from the same words as its pattern, so where it says no the pattern finds nothing.
 */
public final class Literals {
  // The literals by their first character, ASCII folded to lower case; those opening with any
  // other character ("→") are found by indexOf.
  private final String[][] byFirst = new String[128][];
  private final List<String> others = new ArrayList<>();
  // Per first character, the second characters (ASCII, folded) its literals go on with, as 128
  // bits in two longs; all bits where one of them is a single character or goes on with any other.
  // Most letters of a text open some literal of a long list; few are followed by a letter one goes on with.
  private final long[] secondLow = new long[128];
  private final long[] secondHigh = new long[128];
  private final List<String> literals;

  private Literals(Collection<String> literals) {
    this.literals = List.copyOf(literals);
    List<List<String>> lists = new ArrayList<>();
    for (int c = 0; c < 128; c++) {
      lists.add(new ArrayList<>());
    }
    for (String literal : literals) {
      if (literal.isEmpty()) {
        throw new IllegalArgumentException("an empty literal matches everywhere");
      }
      char c = literal.charAt(0);
      if (c < 128) {
        int f = fold(c);
        lists.get(f).add(literal);
        if (literal.length() < 2 || literal.charAt(1) >= 128) {
          secondLow[f] = -1L;
          secondHigh[f] = -1L;
        } else {
          int d = fold(literal.charAt(1));
          if (d < 64) {
            secondLow[f] |= 1L << d;
          } else {
            secondHigh[f] |= 1L << (d - 64);
          }
        }
      } else {
        others.add(literal);
      }
    }
    for (int c = 0; c < 128; c++) {
      byFirst[c] = lists.get(c).isEmpty() ? null : lists.get(c).toArray(String[]::new);
    }
  }

  /** A screen for {@code literals}, each written as the pattern holds it (letters in any case). */
  public static Literals of(Collection<String> literals) {
    return new Literals(List.copyOf(literals));
  }

  public static Literals of(String... literals) {
    return of(List.of(literals));
  }

  /** A screen for the literals of all of {@code screens}: it finds one wherever any of them would. */
  public static Literals union(Literals... screens) {
    List<String> all = new ArrayList<>();
    for (Literals screen : screens) {
      all.addAll(screen.literals);
    }
    return of(all);
  }

  /** Whether {@code s} holds any of the literals, ASCII letters in any case. */
  public boolean foundIn(String s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 128) {
        int f = fold(c);
        String[] candidates = byFirst[f];
        if (candidates != null && (i + 1 == n || mayGoOn(f, s.charAt(i + 1)))) {
          for (String literal : candidates) {
            if (at(s, i, literal)) {
              return true;
            }
          }
        }
      }
    }
    for (String literal : others) {
      for (int i = s.indexOf(literal.charAt(0)); i >= 0; i = s.indexOf(literal.charAt(0), i + 1)) {
        if (at(s, i, literal)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a literal opening with {@code first} (folded) may go on with {@code next}: false only
   * where every such literal has an ASCII second character that {@code next} is not, folded.
   */
  private boolean mayGoOn(int first, char next) {
    if (next >= 128) {
      return true;
    }
    int d = fold(next);
    long bits = d < 64 ? secondLow[first] : secondHigh[first];
    return (bits & (1L << (d & 63))) != 0;
  }

  private static boolean at(String s, int i, String literal) {
    if (i + literal.length() > s.length()) {
      return false;
    }
    for (int k = 0; k < literal.length(); k++) {
      char a = s.charAt(i + k);
      char b = literal.charAt(k);
      if (a != b && (a >= 128 || b >= 128 || fold(a) != fold(b))) {
        return false;
      }
    }
    return true;
  }

  /** ASCII upper-case letters to lower case, every other character as it is. */
  private static int fold(char c) {
    return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
  }
}
