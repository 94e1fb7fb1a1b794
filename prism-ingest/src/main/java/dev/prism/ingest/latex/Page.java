package dev.prism.ingest.latex;

import dev.prism.core.lexicon.Lexicon;
import dev.prism.core.model.Claim;
import dev.prism.core.model.Layout;
import dev.prism.core.model.LayoutLine;
import dev.prism.core.model.Mark;
import dev.prism.core.model.Span;
import dev.prism.core.model.Style;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The typeset result, line by line: each line's text, its cells (the runs a column, an
 * {@code \hfill} or a macro's separate arguments set apart, joined in the text by two spaces), the
 * look of every character, its marks, the source line it came from; and the contact details the
 * source names for certain. Blanks are kept lazy, so no line starts or ends with one and no claim's
 * span holds one at its ends.
 */
final class Page {

  /** How a character is set: weight, shape, small capitals, size relative to {@code \normalsize}. */
  record Look(boolean bold, boolean italic, boolean smallCaps, float size) {
    static final Look NORMAL = new Look(false, false, false, 1f);
  }

  /** The text a source gives, each line's source line, and what the text alone cannot say. */
  record Result(String text, List<Integer> sourceLines, Layout layout) {}

  private static final class Out {
    final StringBuilder text = new StringBuilder();
    final List<int[]> cells = new ArrayList<>();
    final List<Run> runs = new ArrayList<>();
    final EnumSet<Mark> marks = EnumSet.noneOf(Mark.class);
    int source = -1;
    final boolean blank;

    Out(boolean blank) {
      this.blank = blank;
    }

    boolean empty() {
      return text.length() == 0;
    }
  }

  /** Characters [start, end) of a line set in one look. */
  private record Run(int start, int end, Look look) {}

  private static final class OpenClaim {
    final Claim.ContactField field;
    int line = -1;
    int start;
    int end;

    OpenClaim(Claim.ContactField field) {
      this.field = field;
    }
  }

  private record Claimed(Claim.ContactField field, int line, int start, int end) {}

  /**
   * An entry a class's command sets ({@code \prism@entry}), while its text is set: where it
   * starts and ends, and where each of its named fields stands, as a line's index and offsets in
   * it. A field set over two lines keeps the first line's part.
   */
  private static final class OpenEntry {
    int startLine = -1;
    int start;
    int endLine;
    int end;
    String field;
    final Map<String, int[]> fields = new HashMap<>();
  }

  private record ClaimedEntry(int startLine, int start, int endLine, int end, Map<String, int[]> fields) {}

  private final String source;
  private final int[] lineStarts;
  private final List<Out> lines = new ArrayList<>();
  private Out cur = new Out(false);
  private boolean pendingSpace;
  private boolean pendingCell;
  /** A stacked date column's line break: a range's dash before the next text, unless it brings one. */
  private boolean pendingDash;
  private boolean pendingItem;
  /** The next line goes on the item above, indented to its text under the glyph (see {@link #itemLineBreak}). */
  private boolean pendingHang;
  private int itemDepth;
  private static final int MAX_INDENT = 3;
  private boolean inItem;
  private boolean heading;
  private boolean headingSeen;
  private OpenClaim claim;
  private final List<Claimed> claims = new ArrayList<>();
  private OpenEntry entry;
  private final List<ClaimedEntry> entries = new ArrayList<>();
  private int labelFrom = -1;

  private final long maxText;
  private long written;

  Page(String source, long maxText) {
    this.source = source;
    this.maxText = maxText;
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < source.length(); i++) {
      if (source.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Whether the source line goes on from {@code pos} with nothing but two or more brace groups side
   * by side ("{2014 - Present}{Engineer}{Leeds}", a comment after them allowed): how an
   * environment's arguments are written when they do not fit on the line it begins on. Printed
   * text never sets groups so, since TeX would run their words together.
   */
  boolean groupsToLineEnd(int pos) {
    int groups = 0;
    int i = pos;
    while (i < source.length() && source.charAt(i) == '{') {
      int depth = 0;
      for (; i < source.length(); i++) {
        char c = source.charAt(i);
        if (c == '\\') {
          i++;
        } else if (c == '{') {
          depth++;
        } else if (c == '}' && --depth == 0) {
          break;
        } else if (c == '\n' && depth > 0 && i + 1 < source.length() && source.charAt(i + 1) == '\n') {
          return false;
        }
      }
      if (i >= source.length()) {
        return false;
      }
      groups++;
      i++;
    }
    while (i < source.length() && (source.charAt(i) == ' ' || source.charAt(i) == '\t' || source.charAt(i) == '\r')) {
      i++;
    }
    return groups >= 2 && (i >= source.length() || source.charAt(i) == '\n' || source.charAt(i) == '%');
  }

  /** The 1-based line of a source offset. */
  int sourceLineOf(int pos) {
    return sourceLine(pos);
  }

  private int sourceLine(int pos) {
    int lo = 0;
    int hi = lineStarts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (lineStarts[mid] <= pos) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo + 1;
  }

  // --- Writing -------------------------------------------------------------------------------

  /** Text in a look, from the source offset {@code pos}; white space in it is a blank. */
  void text(String s, Look look, int pos) {
    int n = s.length();
    int i = 0;
    while (i < n) {
      if (blank(s.charAt(i))) {
        space();
        i++;
        continue;
      }
      int j = i + 1;
      while (j < n && !blank(s.charAt(j))) {
        j++;
      }
      put(i == 0 && j == n ? s : s.substring(i, j), look, pos);
      i = j;
    }
  }

  private static boolean blank(char c) {
    return Character.isWhitespace(c) || c == '\u00a0';
  }

  /** Sets a run of characters with no blank in it. */
  private void put(String ch, Look look, int pos) {
    written += ch.length() + 2;
    if (written > maxText) {
      throw new LatexTypesetting.Runaway("the LaTeX source's macros expand into far more text than the file holds");
    }
    if (cur.empty()) {
      cur.source = sourceLine(pos);
      cur.cells.add(new int[] {0, 0});
      if (pendingItem) {
        pendingItem = false;
        cur.marks.add(Mark.LIST_ITEM);
        // The list glyph as plain text shows it, a nested list's indented as plain text indents
        // it (two spaces a level, LaTeX's four levels at most); the mark says the same to the engine.
        String glyph = "  ".repeat(Math.min(Math.max(0, itemDepth - 1), MAX_INDENT)) + "- ";
        written += glyph.length();
        cur.text.append(glyph);
        cur.cells.get(0)[0] = glyph.length();
      } else if (pendingHang) {
        // The item's own next line, no glyph: indented to the item's text, as plain text hangs it.
        String hang = "  ".repeat(Math.min(Math.max(0, itemDepth - 1), MAX_INDENT) + 1);
        written += hang.length();
        cur.text.append(hang);
        cur.cells.get(0)[0] = hang.length();
      }
      pendingHang = false;
      pendingCell = false;
      pendingSpace = false;
    } else if (pendingCell) {
      closeClaim();
      cur.cells.get(cur.cells.size() - 1)[1] = cur.text.length();
      cur.text.append("  ");
      cur.cells.add(new int[] {cur.text.length(), 0});
    } else if (pendingDash && !DASHES.contains(ch.substring(0, 1)) && !RANGE_WORDS.contains(ch.toLowerCase(Locale.ROOT))) {
      cur.text.append(" – ");
    } else if (pendingSpace) {
      cur.text.append(' ');
    }
    pendingCell = false;
    pendingSpace = false;
    pendingDash = false;
    if (heading) {
      cur.marks.add(Mark.HEADING);
      headingSeen = true;
    }
    int start = cur.text.length();
    if (claim != null && claim.line < 0) {
      claim.line = lines.size();
      claim.start = start;
    }
    cur.text.append(ch);
    int end = cur.text.length();
    cur.cells.get(cur.cells.size() - 1)[1] = end;
    if (claim != null && claim.line == lines.size()) {
      claim.end = end;
    }
    if (entry != null) {
      entrySet(start, end);
    }
    Run last = cur.runs.isEmpty() ? null : cur.runs.get(cur.runs.size() - 1);
    if (last != null && last.end() == start && (last.look() == look || last.look().equals(look))) {
      cur.runs.set(cur.runs.size() - 1, new Run(last.start(), end, look));
    } else {
      cur.runs.add(new Run(start, end, look));
    }
  }

  void space() {
    pendingSpace = true;
  }

  private static final String DASHES = "-–—";
  /** What may stand between a range's two ends ("January 2015 \\to September 2016"). */
  private static final Set<String> RANGE_WORDS = Lexicon.set("dates.txt", "range-word");

  /**
   * A line break in a date column that stacks a range's ends ("December 2020" over "Present"):
   * the two read as one range, so a dash stands between them unless one already ends the first
   * ("May 2017 --" over "today") or a dash or range word opens the second ("to September 2016").
   */
  void stackedBreak() {
    pendingSpace = true;
    int n = cur.text.length();
    pendingDash = n > 0 && DASHES.indexOf(cur.text.charAt(n - 1)) < 0 && !holdsRange(cur);
  }

  /**
   * Whether the cell being set already holds a range ("2019 – 2021", "May 2017 to June 2019"): a
   * line break after it stacks something else under the years (the employer, a town), no range's
   * second end, and takes no dash.
   */
  private static boolean holdsRange(Out l) {
    int[] c = l.cells.get(l.cells.size() - 1);
    String cell = l.text.substring(Math.min(c[0], l.text.length()));
    // The date parser's own reading of a range, written any way it knows ("05/2021-09/2023" too).
    return dev.prism.core.text.DateParser.all(cell, 0).stream().anyMatch(d -> d.end() != null || d.present());
  }

  /** Whether the line being set ends with a date and a dash ("Jul/2017 --"): a range whose end is still to come. */
  boolean endsInRangeDash() {
    StringBuilder t = cur.text;
    int n = t.length();
    if (n == 0 || DASHES.indexOf(t.charAt(n - 1)) < 0) {
      return false;
    }
    while (n > 0 && (DASHES.indexOf(t.charAt(n - 1)) >= 0 || t.charAt(n - 1) == ' ')) {
      n--;
    }
    return n > 0 && Character.isDigit(t.charAt(n - 1));
  }

  /**
   * Whether the line being set could be an entry header's first line: a few words, no sentence
   * ended, no date of its own.
   */
  boolean headerSized() {
    String t = cur.text.toString().strip();
    return !t.isEmpty() && t.split("\\s+").length <= HEADER_WORDS && !t.endsWith(".")
        && dev.prism.core.text.DateParser.find(t, 0).isEmpty();
  }

  /** The most words of a header's line (as the segmenter counts them), here and ahead of it (Typesetter). */
  static final int HEADER_WORDS = 14;

  /** Whether the line being set ends with a whole date range ({@link dev.prism.core.text.DateParser#endsInRange}). */
  boolean endsInDateRange() {
    return dev.prism.core.text.DateParser.endsInRange(cur.text);
  }

  /** The next text starts a new cell of the line (nothing at the start of a line). */
  void cell() {
    if (!cur.empty()) {
      pendingCell = true;
    }
  }

  /** The next text starts a new line. */
  void lineBreak() {
    pendingDash = false;
    closeClaim();
    if (!cur.empty()) {
      lines.add(cur);
      cur = new Out(false);
    }
    pendingSpace = false;
    pendingCell = false;
  }

  /** A paragraph ends: a new line after a blank one. */
  void paragraph() {
    lineBreak();
    if (!lines.isEmpty() && !lines.get(lines.size() - 1).blank) {
      lines.add(new Out(true));
    }
  }

  /**
   * How many lists that show glyphs are open: an item is indented two spaces for each such list
   * around its own.
   */
  void listDepth(int depth) {
    itemDepth = depth;
  }

  /** The next line that gets text is a list item. */
  void item() {
    lineBreak();
    pendingItem = true;
    inItem = true;
  }

  /**
   * A line break inside a list item that the item goes on after (an entry's header over its
   * description): the next line hangs under the item's text, no glyph of its own.
   */
  void itemLineBreak() {
    lineBreak();
    pendingHang = inItem;
  }

  /** No list item goes on: the list ended, or an item without a glyph began. */
  void noItem() {
    pendingItem = false;
    pendingHang = false;
    inItem = false;
  }

  /** The item about to start shows no glyph after all (it opens with a table). */
  void noItemBeforeText() {
    if (cur.empty()) {
      pendingItem = false;
    }
  }

  /** Whether the line being set has no text yet. */
  boolean lineEmpty() {
    return cur.empty();
  }

  /** Whether the text set now belongs to a list item that shows a glyph. */
  boolean inItem() {
    return inItem;
  }

  /** Text from here to {@link #headingEnd} heads a section. */
  void headingStart() {
    lineBreak();
    noItem();
    heading = true;
  }

  void headingEnd() {
    lineBreak();
    heading = false;
  }

  /** Whether a heading has been set: the contact block at the top is over. */
  boolean headingSeen() {
    return headingSeen;
  }

  /** An {@code \item}'s own label starts here. */
  void labelStart() {
    lineBreak();
    labelFrom = 0;
  }

  /**
   * An item's label ended: a label that set nothing (an icon) or a glyph ("--", "$\bullet$") makes
   * a list item; one with words ("Languages:", "2019") stays as text before the item's.
   */
  void labelEnd(boolean hadTokens) {
    if (labelFrom < 0) {
      return;
    }
    labelFrom = -1;
    String label = cur.text.toString();
    boolean glyph = !label.isEmpty() && label.codePoints().noneMatch(Character::isLetterOrDigit) && label.length() <= 3;
    if (label.isEmpty() ? hadTokens : glyph) {
      cur = new Out(false);
      pendingItem = true;
      inItem = true;
    } else if (!label.isEmpty()) {
      pendingSpace = true;
    }
  }

  /** Puts an accent on the last character set ({@code \'e}, {@code \"{\i}}). */
  void accent(String mark) {
    if (cur.empty()) {
      return;
    }
    int len = cur.text.length();
    int cp = cur.text.codePointBefore(len);
    String base = cp == 'ı' ? "i" : new String(Character.toChars(cp));
    String combined = Normalizer.normalize(base + mark, Normalizer.Form.NFC);
    if (combined.length() == Character.charCount(cp)) {
      cur.text.replace(len - combined.length(), len, combined);
    }
  }

  // --- Claims --------------------------------------------------------------------------------

  /** The text set from here (in its first cell and line) is the named contact detail. */
  void claim(Claim.ContactField field) {
    claimEnd();
    claim = new OpenClaim(field);
  }

  /** A claim that has text ends at a cell or line end; one still waiting for text goes on waiting. */
  private void closeClaim() {
    if (claim != null && claim.line >= 0) {
      claimEnd();
    }
  }

  void claimEnd() {
    if (claim == null) {
      return;
    }
    if (claim.line >= 0 && claim.end > claim.start) {
      // \firstname{Ada} \familyname{Lovelace}: two claims, which the engine reads as one name
      // (ContactParser.nameGoesOn), or as a name and a headline when the second is a role.
      claims.add(new Claimed(claim.field, claim.line, claim.start, claim.end));
    }
    claim = null;
  }

  /** The text set from here to {@link #entryEnd} is one entry the source names (see OpenEntry). */
  void entryStart() {
    entryEnd();
    entry = new OpenEntry();
  }

  void entryEnd() {
    if (entry != null && entry.startLine >= 0) {
      entries.add(new ClaimedEntry(entry.startLine, entry.start, entry.endLine, entry.end, Map.copyOf(entry.fields)));
    }
    entry = null;
  }

  /** The text set from here to {@link #fieldEnd}, inside an entry, is its field of that name. */
  void fieldStart(String field) {
    if (entry != null) {
      entry.field = field;
    }
  }

  void fieldEnd() {
    if (entry != null) {
      entry.field = null;
    }
  }

  private void entrySet(int start, int end) {
    int line = lines.size();
    if (entry.startLine < 0) {
      entry.startLine = line;
      entry.start = start;
    }
    entry.endLine = line;
    entry.end = end;
    if (entry.field != null) {
      int[] f = entry.fields.get(entry.field);
      if (f == null) {
        entry.fields.put(entry.field, new int[] {line, start, end});
      } else if (f[0] == line) {
        f[2] = end;
      }
    }
  }

  // --- The result ----------------------------------------------------------------------------

  Result finish() {
    lineBreak();
    entryEnd();
    entries.replaceAll(this::employerInDates);
    float body = bodySize();
    StringBuilder text = new StringBuilder();
    List<Integer> sources = new ArrayList<>();
    List<LayoutLine> layout = new ArrayList<>();
    Map<Integer, Integer> offsets = new HashMap<>();
    boolean lastBlank = true;
    int lastSource = 1;
    for (int i = 0; i < lines.size(); i++) {
      Out l = lines.get(i);
      if (l.blank) {
        if (!lastBlank) {
          text.append('\n');
          sources.add(lastSource);
        }
        lastBlank = true;
        continue;
      }
      int offset = text.length();
      offsets.put(i, offset);
      splitAtWeight(l);
      List<Span> cells = new ArrayList<>();
      if (l.cells.size() > 1) {
        for (int[] c : l.cells) {
          if (c[1] > c[0]) {
            cells.add(Span.between(offset + c[0], offset + c[1]));
          }
        }
      }
      layout.add(new LayoutLine(new Span(offset, l.text.length()), cells.size() > 1 ? cells : List.of(), style(l, body),
          l.marks, null));
      text.append(l.text).append('\n');
      lastSource = Math.max(1, l.source);
      sources.add(lastSource);
      lastBlank = false;
    }
    while (text.length() >= 2 && text.charAt(text.length() - 1) == '\n' && text.charAt(text.length() - 2) == '\n') {
      text.setLength(text.length() - 1);
      sources.remove(sources.size() - 1);
    }
    List<Claim> out = new ArrayList<>();
    for (Claimed c : claims) {
      Integer at = offsets.get(c.line());
      if (at != null) {
        out.add(new Claim.Contact(Span.between(at + c.start(), at + c.end()), c.field()));
      }
    }
    for (ClaimedEntry c : entries) {
      Integer from = offsets.get(c.startLine());
      Integer to = offsets.get(c.endLine());
      if (from != null && to != null) {
        out.add(new Claim.Entry(Span.between(from + c.start(), to + c.end()), null, field(c, "title", offsets),
            field(c, "organization", offsets), field(c, "location", offsets), field(c, "dates", offsets)));
      }
    }
    return new Result(text.toString(), sources, new Layout(layout, out));
  }

  /**
   * An entry whose dates field also holds its employer, set apart in a heavier look, while its
   * own employer field is empty: authors who want the employer in moderncv's margin beside the
   * years pass it in the dates argument through a macro of their own ("05/2021 - 09/2023 \\
   * \\Firm{Globex} \\ 40 people", or stacked under the years with "\\\\"). The bold or larger
   * words there (one stretch of them, parts joined only by punctuation as "Globex/Initech") are
   * the employer and a cell of their own, the plain dated words before them the dates, and what
   * follows a cell of the line. The field is otherwise the entry's as the class set it.
   */
  private ClaimedEntry employerInDates(ClaimedEntry c) {
    int[] d = c.fields().get("dates");
    int[] o = c.fields().get("organization");
    if (d == null || o != null && o[2] > o[1] || d[0] >= lines.size()) {
      return c;
    }
    Out l = lines.get(d[0]);
    List<Run> in = new ArrayList<>();
    for (Run r : l.runs) {
      if (r.start() >= d[1] && r.end() <= d[2] && r.end() > r.start()) {
        in.add(r);
      }
    }
    if (in.size() < 2) {
      return c;
    }
    Look base = in.get(0).look();
    int first = -1;
    int last = -1;
    for (int k = 0; k < in.size(); k++) {
      Run r = in.get(k);
      boolean words = hasLetterOrDigit(l.text, r.start(), r.end());
      boolean heavier = r.look().bold() && !base.bold() || r.look().size() > base.size() * 1.05f;
      if (heavier && words) {
        if (last >= 0 && last < k - 1 && hasLetterOrDigit(l.text, in.get(last + 1).start(), r.start())) {
          return c; // two stretches apart: no one employer
        }
        first = first < 0 ? k : first;
        last = k;
      }
    }
    if (first < 1) {
      return c;
    }
    int[] dates = trimmed(l.text, d[1], in.get(first).start());
    int[] employer = trimmed(l.text, in.get(first).start(), in.get(last).end());
    int[] rest = trimmed(l.text, in.get(last).end(), d[2]);
    if (dates[1] <= dates[0] || employer[1] <= employer[0] || !hasDigit(l.text, dates[0], dates[1])) {
      return c;
    }
    for (int k = 0; k < l.cells.size(); k++) {
      int[] cell = l.cells.get(k);
      if (cell[0] <= d[1] && cell[1] >= d[2]) {
        List<int[]> parts = new ArrayList<>();
        parts.add(new int[] {cell[0], dates[1]});
        parts.add(new int[] {employer[0], employer[1]});
        if (rest[1] > rest[0]) {
          parts.add(new int[] {rest[0], cell[1]});
        } else {
          parts.get(1)[1] = cell[1];
        }
        l.cells.remove(k);
        l.cells.addAll(k, parts);
        break;
      }
    }
    Map<String, int[]> fields = new HashMap<>(c.fields());
    fields.put("dates", new int[] {d[0], dates[0], dates[1]});
    fields.put("organization", new int[] {d[0], employer[0], employer[1]});
    return new ClaimedEntry(c.startLine(), c.start(), c.endLine(), c.end(), Map.copyOf(fields));
  }

  /** [from, to) without blanks and separators at its ends. */
  private static int[] trimmed(CharSequence s, int from, int to) {
    while (from < to && (Character.isWhitespace(s.charAt(from)) || SEPARATORS.indexOf(s.charAt(from)) >= 0)) {
      from++;
    }
    while (to > from && (Character.isWhitespace(s.charAt(to - 1)) || SEPARATORS.indexOf(s.charAt(to - 1)) >= 0)) {
      to--;
    }
    return new int[] {from, to};
  }

  /** What may stand between a dates field's parts and be no part of them. */
  private static final String SEPARATORS = ",;|·/:";

  private static boolean hasLetterOrDigit(CharSequence s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasDigit(CharSequence s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Where a claimed entry's field stands in the text, or null where the entry has none. */
  private static Span field(ClaimedEntry c, String name, Map<Integer, Integer> offsets) {
    int[] f = c.fields().get(name);
    Integer at = f == null ? null : offsets.get(f[0]);
    return at == null || f[2] <= f[1] ? null : Span.between(at + f[1], at + f[2]);
  }

  /**
   * Parts a header line's first cell where its weight changes once, between words ("{\bf Visiting
   * Professor} Northfield Institute" before "\hfill Sep 2021 - Present"): a template that sets the
   * role in bold and the employer plain beside it writes no other separator, and the two are
   * fields apart, as a PDF's bold and plain runs are. Only on a line that already has cells (a
   * header with its dates set apart), not a list item's or a heading's, with two words at least
   * before the change and a few words in all.
   */
  private static void splitAtWeight(Out l) {
    if (l.cells.size() < 2 || l.marks.contains(Mark.LIST_ITEM) || l.marks.contains(Mark.HEADING)) {
      return;
    }
    int[] first = l.cells.get(0);
    List<Run> in = new ArrayList<>();
    for (Run r : l.runs) {
      if (r.start() >= first[0] && r.end() <= first[1]) {
        in.add(r);
      }
    }
    if (in.size() < 3 || in.size() > MAX_HEADER_RUNS) {
      return;
    }
    int change = -1;
    for (int k = 1; k < in.size(); k++) {
      if (in.get(k).look().bold() != in.get(k - 1).look().bold()) {
        if (change >= 0) {
          return;
        }
        change = k;
      }
    }
    if (change < 2 || !Character.isLetter(l.text.charAt(in.get(change).start()))) {
      return;
    }
    int endBefore = in.get(change - 1).end();
    l.cells.add(0, new int[] {first[0], endBefore});
    first[0] = in.get(change).start();
  }

  /** The most words a header's first cell parted by its weight holds. */
  private static final int MAX_HEADER_RUNS = 16;

  /** The size most of the letters outside headings are set in: the body text's. */
  private float bodySize() {
    Map<Float, Integer> letters = new HashMap<>();
    for (Out l : lines) {
      if (l.blank || l.marks.contains(Mark.HEADING)) {
        continue;
      }
      for (Run r : l.runs) {
        letters.merge(r.look().size(), letterCount(l.text, r.start(), r.end()), Integer::sum);
      }
    }
    float best = mostCommon(letters);
    return best > 0 ? best : 1f;
  }

  /** The size with the most letters; 1 when there are none. */
  private static float mostCommon(Map<Float, Integer> letters) {
    float best = 1f;
    int most = -1;
    for (Map.Entry<Float, Integer> e : letters.entrySet()) {
      if (e.getValue() > most) {
        most = e.getValue();
        best = e.getKey();
      }
    }
    return best;
  }

  /** The look most of a line's letters have, its size relative to the body's. */
  private static Style style(Out l, float body) {
    int all = 0;
    int bold = 0;
    int italic = 0;
    int small = 0;
    Map<Float, Integer> sizes = new HashMap<>();
    for (Run r : l.runs) {
      Look look = r.look();
      int n = letterCount(l.text, r.start(), r.end());
      all += n;
      bold += look.bold() ? n : 0;
      italic += look.italic() ? n : 0;
      small += look.smallCaps() ? n : 0;
      sizes.merge(look.size(), n, Integer::sum);
    }
    float relative = Math.round(mostCommon(sizes) / body * 100) / 100f;
    return new Style(relative > 0 ? relative : 1f, bold * 2 > all, italic * 2 > all, small * 2 > all);
  }

  /** Letters and digits in [from, to), or every character when there are none: what decides a look. */
  private static int letterCount(CharSequence s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        n++;
      }
    }
    return n == 0 ? Math.max(0, to - from) / 4 : n;
  }
}
