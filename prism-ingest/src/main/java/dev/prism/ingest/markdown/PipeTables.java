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
 * row becomes an entry claim with those fields (a cell of a column that names no field describes
 * the entry; a row with no employer and no dates goes on the one above), and the header row a
 * line marked {@link Mark#TABLE_HEADER}, so the segmenter neither guesses the fields back from the
 * row's words nor reads "Company" as an employer.
 *
 * <p>The column names are the field labels of {@code lexicon/entry-words.txt} ({@code field-label-*}),
 * the same words that label a field inside a line ("Company: Globex"), and a few more
 * ({@link FieldLabelWords#column}). A table whose header names no role and employer (or degree and
 * school) is a table of something else (skills and their levels, awards, a layout grid whose first
 * row is content): its rows get their cells, no claims.
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
    // Each line's cells, read once: null for a line that is no row.
    List<List<Span>> rows = new ArrayList<>(lines.size());
    for (int[] l : lines) {
      rows.add(cells(text, l));
    }
    List<LayoutLine> marked = new ArrayList<>();
    List<Claim> claims = new ArrayList<>();
    for (int i = 0; i + 1 < lines.size(); i++) {
      List<Span> head = rows.get(i);
      List<Span> rule = rows.get(i + 1);
      if (head == null || rule == null || head.size() != rule.size() || !delimiter(text, rule)) {
        continue;
      }
      Field[] columns = columns(text, head);
      int end = i + 2;
      while (end < lines.size() && rows.get(end) != null) {
        end++;
      }
      // The header row of a table of something else may be its first row of content (a layout
      // grid): it is left as the text shows it.
      if (columns != null) {
        int[] h = lines.get(i);
        marked.add(new LayoutLine(Span.between(h[0], h[1]), head, Style.UNKNOWN, Set.of(Mark.TABLE_HEADER), null));
      }
      for (int r = i + 2; r < end; r++) {
        int[] l = lines.get(r);
        marked.add(new LayoutLine(Span.between(l[0], l[1]), rows.get(r), Style.UNKNOWN, Set.of(), null));
        Claim.Entry row = columns == null ? null : row(text, l, rows.get(r), columns);
        if (row != null && row.organization() == null && row.dates() == null && !claims.isEmpty()
            && claims.get(claims.size() - 1) instanceof Claim.Entry last && r > i + 2) {
          // "| | Built the billing service | |": a row with no employer and no dates goes on the
          // entry above it.
          claims.set(claims.size() - 1, new Claim.Entry(Span.between(last.span().offset(), row.span().end()), null,
              last.title(), last.organization(), last.location(), last.dates()));
        } else if (row != null) {
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
    int bar = text.indexOf('|', a);
    if (a == b || bar < 0 || bar >= b) {
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
   * entry: a role or degree column and an employer or school column at least, none named twice
   * but the dates ("Start", "End"), and no column that names two fields ("Role & Company").
   */
  private static Field[] columns(String text, List<Span> head) {
    Field[] out = new Field[head.size()];
    for (int i = 0; i < head.size(); i++) {
      String name = MARKUP.matcher(head.get(i).of(text)).replaceAll("").strip().toLowerCase(Locale.ROOT);
      if (name.isEmpty()) {
        continue;
      }
      String[] named = NAME_JOINER.split(name);
      Field c = FieldLabelWords.column(named[0].strip());
      for (int k = 1; k < named.length && c != null; k++) {
        Field other = FieldLabelWords.column(named[k].strip());
        if (other != null && other != c) {
          return null;
        }
      }
      if (c == null) {
        continue;
      }
      for (int k = 0; k < i; k++) {
        if (out[k] == c && c != Field.DATES) {
          return null;
        }
      }
      out[i] = c;
    }
    List<Field> all = java.util.Arrays.asList(out);
    return all.contains(Field.TITLE) && all.contains(Field.ORGANIZATION) ? out : null;
  }

  /** A row as an entry claim: each named column's cell is its field; null for a row of no text. */
  private static Claim.Entry row(String text, int[] line, List<Span> cells, Field[] columns) {
    // In the order of a claim's header spans: title, organisation, location, dates.
    Span[] fields = new Span[Field.values().length];
    boolean any = false;
    for (int i = 0; i < cells.size() && i < columns.length; i++) {
      Span c = cells.get(i);
      if (columns[i] != null && c.length() > 0) {
        Span before = fields[columns[i].ordinal()];
        // Dates in two columns ("Start", "End") are one range, from the first to the last.
        fields[columns[i].ordinal()] = before == null ? c : Span.between(before.offset(), c.end());
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
