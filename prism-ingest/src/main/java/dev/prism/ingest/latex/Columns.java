package dev.prism.ingest.latex;

import java.util.ArrayList;
import java.util.List;

/**
 * What a table's column specification prints between two columns of every row: the text of an
 * {@code @{..}} or {@code !{..}} expression ({@code @{}l@{\enspace--\enspace}ll} sets a dash between
 * a job's start and end in every row). Column types ({@code l c r X}, {@code p{3cm}}), rules and the
 * declarations of {@code >{..}} and {@code <{..}} print nothing here.
 */
final class Columns {
  /**
   * A table that gave no specification the reader could use: nothing between its columns. Shared,
   * so it keeps no column count (see {@link #next}).
   */
  static final Columns NONE = new Columns(List.of());

  /** The most columns a specification is read for ({@code *{n}{..}} repeats count). */
  private static final int MAX_COLUMNS = 64;
  /**
   * The most items (column letters, expressions, repeats) read in all, however the repeats nest:
   * {@code *{64}{*{64}{|}}} has no column to stop it.
   */
  private static final int MAX_ITEMS = 4096;
  /** The most tokens set between two columns: a dash, a slash, a few words. */
  private static final int MAX_BETWEEN = 64;

  /** {@code between.get(k)}: what stands after column k+1 (from 1), before the next; empty for nothing. */
  private final List<List<Token>> between;
  private int column = 1;

  private Columns(List<List<Token>> between) {
    this.between = between;
  }

  /** Reads a column specification's tokens. */
  static Columns of(List<Token> spec) {
    List<List<Token>> between = new ArrayList<>();
    read(spec, between, new int[] {0}, new int[] {MAX_ITEMS});
    return between.stream().allMatch(List::isEmpty) ? NONE : new Columns(between);
  }

  /** The text to set at the start of the next column, moving to it. */
  List<Token> next() {
    if (between.isEmpty()) {
      return List.of();
    }
    int k = column - 1;
    column++;
    return k < between.size() ? between.get(k) : List.of();
  }

  /** A row ends: the next text is the first column's. */
  void newRow() {
    column = 1;
  }

  private static void read(List<Token> spec, List<List<Token>> between, int[] columns, int[] budget) {
    if (budget[0]-- <= 0) {
      return;
    }
    List<Object> items = items(spec);
    for (int i = 0; i < items.size() && columns[0] < MAX_COLUMNS && budget[0]-- > 0; i++) {
      if (!(items.get(i) instanceof Character c)) {
        continue;
      }
      List<Token> group = i + 1 < items.size() && items.get(i + 1) instanceof List<?> g ? tokens(g) : null;
      switch (c) {
        case '@', '!' -> {
          if (group != null) {
            i++;
            if (columns[0] > 0) {
              while (between.size() < columns[0]) {
                between.add(List.of());
              }
              List<Token> at = new ArrayList<>(between.get(columns[0] - 1));
              if (at.size() + group.size() <= MAX_BETWEEN) {
                at.addAll(group);
              }
              between.set(columns[0] - 1, at);
            }
          }
        }
        case '>', '<' -> {
          if (group != null) {
            i++;
          }
        }
        case '*' -> {
          // *{n}{spec}: the spec n times.
          List<Token> count = group;
          List<Token> repeated = i + 2 < items.size() && items.get(i + 2) instanceof List<?> g ? tokens(g) : null;
          if (count != null && repeated != null) {
            i += 2;
            int n = parse(Expander.plain(count).strip());
            for (int k = 0; k < n && columns[0] < MAX_COLUMNS && budget[0] > 0; k++) {
              read(repeated, between, columns, budget);
            }
          }
        }
        case '|', ' ' -> { }
        default -> {
          if (Character.isLetter(c)) {
            columns[0]++;
            // p{3cm}, m{..}, b{..}, w{l}{2cm}: the widths are the column's, no text.
            while (i + 1 < items.size() && items.get(i + 1) instanceof List<?>) {
              i++;
            }
          }
        }
      }
    }
    while (between.size() < columns[0]) {
      between.add(List.of());
    }
  }

  private static int parse(String n) {
    try {
      return Math.max(0, Math.min(MAX_COLUMNS, Integer.parseInt(n)));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Token> tokens(List<?> g) {
    return (List<Token>) g;
  }

  /** The specification as characters and groups (a group's tokens as one list), blanks left out. */
  private static List<Object> items(List<Token> spec) {
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < spec.size(); i++) {
      Token t = spec.get(i);
      switch (t.kind()) {
        case CHAR -> t.text().chars().forEach(ch -> out.add((char) ch));
        case OPEN -> {
          List<Token> group = new ArrayList<>();
          int depth = 1;
          for (i++; i < spec.size(); i++) {
            Token u = spec.get(i);
            if (u.kind() == Token.Kind.OPEN) {
              depth++;
            } else if (u.kind() == Token.Kind.CLOSE && --depth == 0) {
              break;
            }
            group.add(u);
          }
          out.add(group);
        }
        default -> { }
      }
    }
    return out;
  }
}
