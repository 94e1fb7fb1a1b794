package dev.prism.ingest.markdown;

import dev.prism.core.lexicon.FieldLabelWords;
import dev.prism.core.lexicon.FieldLabelWords.Field;
import dev.prism.core.model.Claim;
import dev.prism.core.model.Layout;
import dev.prism.core.model.LayoutLine;
import dev.prism.core.model.Mark;
import dev.prism.core.model.Span;
import dev.prism.core.model.Style;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Markdown pipe tables: every row's cells are the table's (the bars part them, whatever the spaces),
 * as a line's cells in the layout. Where the header row names the columns ("| Company | Role |
 * Dates |"), the page shows one entry a row, and the header says which field each cell fills: each
 * row becomes an
 * entry claim with those fields (its line's cells are the table's, and a cell of a column that
 * names no field describes the entry), and the header row a line marked {@link Mark#TABLE_HEADER},
 * so the segmenter neither guesses the fields back from the row's words nor reads "Company" as an
 * employer.
 *
 * <p>The column names are the field labels of {@code lexicon/entry-words.txt} ({@code field-label-*}),
 * the same words that label a field inside a line ("Company: Globex"). A table whose header names
 * fewer than two fields, or neither a title nor an organisation, is a table of something else (skills
 * and their levels, a layout grid whose first row is content): its rows get their cells, no claims.
 */
public final class PipeTables {
  // "|---|:--:|", "--- | ---": dashes with optional colons, parted by bars; at least one bar.
  private static final Pattern DELIMITER_CELL = Pattern.compile("\\s*:?-+:?\\s*");
  // "Company & Location", "Role / Team": a header naming two things names its column by the first.
  private static final Pattern NAME_JOINER = Pattern.compile("\\s*(?:&|/|,|\\+|\\band\\b|\\bund\\b|\\bet\\b)\\s*");
  private static final Pattern MARKUP = Pattern.compile("[*_`]");

  private PipeTables() {}

  /** The layout of {@code text}'s tables: their rows' cells, and the rows of tables of entries claimed. */
  public static Layout of(String text) {
    List<int[]> lines = lines(text);
    List<LayoutLine> marked = new ArrayList<>();
    List<Claim> claims = new ArrayList<>();
    for (int i = 0; i + 1 < lines.size(); i++) {
      List<Span> head = cells(text, lines.get(i));
      List<Span> rule = cells(text, lines.get(i + 1));
      if (head == null || rule == null || head.size() != rule.size() || !delimiter(text, rule)) {
        continue;
      }
      Field[] columns = columns(text, head);
      int end = i + 2;
      while (end < lines.size() && cells(text, lines.get(end)) != null) {
        end++;
      }
      int[] h = lines.get(i);
      Set<Mark> headerMarks = columns != null ? Set.of(Mark.TABLE_HEADER) : Set.of();
      marked.add(new LayoutLine(Span.between(h[0], h[1]), head, Style.UNKNOWN, headerMarks, null));
      for (int r = i + 2; r < end; r++) {
        int[] l = lines.get(r);
        marked.add(new LayoutLine(Span.between(l[0], l[1]), cells(text, l), Style.UNKNOWN, Set.of(), null));
        Claim.Entry row = columns == null ? null : row(text, l, columns);
        if (row != null) {
          claims.add(row);
        }
      }
      i = end - 1;
    }
    return marked.isEmpty() ? Layout.NONE : new Layout(marked, claims);
  }

  /** Each line's start and end, without its line break. */
  private static List<int[]> lines(String text) {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    while (start <= text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl;
      out.add(new int[] {start, end > start && text.charAt(end - 1) == '\r' ? end - 1 : end});
      if (nl < 0) {
        break;
      }
      start = nl + 1;
    }
    return out;
  }

  /**
   * The cells of a table row, between its bars (a bar escaped with a backslash is text), without
   * the bars that open and close the row; null when the line holds no bar or is blank.
   */
  static List<Span> cells(String text, int[] line) {
    int a = line[0];
    int b = line[1];
    while (a < b && Character.isWhitespace(text.charAt(a))) {
      a++;
    }
    while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
      b--;
    }
    if (a == b || text.substring(a, b).indexOf('|') < 0) {
      return null;
    }
    if (text.charAt(a) == '|') {
      a++;
    }
    if (b > a && text.charAt(b - 1) == '|' && text.charAt(b - 2) != '\\') {
      b--;
    }
    List<Span> out = new ArrayList<>();
    int from = a;
    for (int k = a; k <= b; k++) {
      if (k == b || text.charAt(k) == '|' && text.charAt(k - 1) != '\\') {
        out.add(trimmed(text, from, k));
        from = k + 1;
      }
    }
    return out;
  }

  private static Span trimmed(String text, int a, int b) {
    while (a < b && Character.isWhitespace(text.charAt(a))) {
      a++;
    }
    while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
      b--;
    }
    return Span.between(a, b);
  }

  private static boolean delimiter(String text, List<Span> cells) {
    for (Span c : cells) {
      if (!DELIMITER_CELL.matcher(c.of(text)).matches()) {
        return false;
      }
    }
    return true;
  }

  /**
   * What each column of a header names, or null when the header does not name the fields of an
   * entry: two named columns at least, a title or an organisation among them, none named twice.
   */
  private static Field[] columns(String text, List<Span> head) {
    Field[] out = new Field[head.size()];
    int named = 0;
    boolean heads = false;
    for (int i = 0; i < head.size(); i++) {
      String name = MARKUP.matcher(head.get(i).of(text)).replaceAll("").strip().toLowerCase(Locale.ROOT);
      Field c = name.isEmpty() ? null : FieldLabelWords.named(NAME_JOINER.split(name, 2)[0].strip());
      if (c == null) {
        continue;
      }
      for (int k = 0; k < i; k++) {
        if (out[k] == c) {
          return null;
        }
      }
      out[i] = c;
      named++;
      heads |= c == Field.TITLE || c == Field.ORGANIZATION;
    }
    return named >= 2 && heads ? out : null;
  }

  /** A row as an entry claim: each named column's cell is its field; null for a row of no text. */
  private static Claim.Entry row(String text, int[] line, Field[] columns) {
    List<Span> cells = cells(text, line);
    // In the order of a claim's header spans: title, organisation, location, dates.
    Span[] fields = new Span[Field.values().length];
    boolean any = false;
    for (int i = 0; i < cells.size() && i < columns.length; i++) {
      Span c = cells.get(i);
      if (columns[i] != null && c.length() > 0) {
        fields[columns[i].ordinal()] = c;
      }
      any |= c.length() > 0;
    }
    if (!any) {
      return null;
    }
    Span whole = trimmed(text, line[0], line[1]);
    return new Claim.Entry(whole, null, fields[0], fields[1], fields[2], fields[3]);
  }
}
