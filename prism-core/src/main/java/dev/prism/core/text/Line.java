package dev.prism.core.text;

import dev.prism.core.lexicon.Glyphs;
import dev.prism.core.model.Box;
import dev.prism.core.model.DateRange;
import dev.prism.core.model.Extraction;
import dev.prism.core.model.LayoutLine;
import dev.prism.core.model.Mark;
import dev.prism.core.model.PartialDate;
import dev.prism.core.model.Span;
import dev.prism.core.model.Style;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One line of the extracted text, tagged once with all that the segmentation passes look at: its
 * content without any list glyph, the cells the reader saw (or the text's own tab stops and wide
 * gaps), its style and marks, and the dates it holds. {@code contentStart} and {@code contentEnd}
 * are offsets into the whole text and bound {@code content}.
 *
 * @param index the line's number in the text, from 0
 * @param cells the runs of the content between layout gaps, in order; one cell spans the whole
 *     content when there is no gap, none when the line is blank
 * @param margin the white space before the content and any list glyph, in columns (a tab is four)
 * @param edge where the text of the line's column ends on its page (the furthest right any line
 *     there reaches), where the reader gave the lines' geometry; NaN otherwise
 */
record Line(
    int index,
    int start,
    int contentStart,
    int contentEnd,
    String content,
    boolean bullet,
    boolean rule,
    List<Span> cells,
    Style style,
    Set<Mark> marks,
    Box box,
    List<DateRange> dates,
    int margin,
    float edge) {

  boolean blank() {
    return content.isEmpty();
  }

  boolean has(Mark mark) {
    return marks.contains(mark);
  }

  /** Whether the words open with a date, marks aside: "# 2015 Freelancer", "**Mar 2019** Globex". */
  boolean opensWithDate() {
    if (dates.isEmpty()) {
      return false;
    }
    int at = dates.get(0).span().offset() - contentStart;
    return Inline.clean(content.substring(0, Math.max(0, at))).isBlank();
  }

  /**
   * The content with its dates and the brackets they leave empty taken out: "Globex (2019 – 2021)"
   * reads "Globex", "Curriculum Vitae – May 2023" reads "Curriculum Vitae –".
   */
  String withoutDates() {
    StringBuilder b = new StringBuilder(content);
    for (int k = dates.size() - 1; k >= 0; k--) {
      int from = dates.get(k).span().offset() - contentStart;
      int to = dates.get(k).span().end() - contentStart;
      if (from >= 0 && to <= b.length()) {
        b.delete(from, to);
      }
    }
    return b.toString().replace("()", "").replace("[]", "").strip();
  }

  /** The reader is sure this line is a heading. */
  boolean markedHeading() {
    return marks.contains(Mark.HEADING) && !content.isEmpty();
  }

  /**
   * How far the content stands in from the line's start, list glyph included: in a Markdown or
   * plain-text list, a nested item's is larger than its parent's.
   */
  int indent() {
    return contentStart - start;
  }

  /**
   * The text from offset {@code from} to {@code to} of this line, as a line of its own, with the
   * cells and dates that fall in it: a role's header apart from the description after it.
   */
  Line slice(int from, int to) {
    int a = Math.max(from, contentStart);
    int b = Math.min(to, contentEnd);
    String text = content.substring(a - contentStart, b - contentStart);
    int lead = text.length() - text.stripLeading().length();
    a += lead;
    b -= text.length() - lead - text.substring(lead).stripTrailing().length();
    List<Span> within = new ArrayList<>();
    for (Span c : cells) {
      int ca = Math.max(c.offset(), a);
      int cb = Math.min(c.end(), b);
      if (cb > ca) {
        within.add(Span.between(ca, cb));
      }
    }
    List<DateRange> held = new ArrayList<>();
    for (DateRange d : dates) {
      if (d.span().offset() >= a && d.span().end() <= b) {
        held.add(d);
      }
    }
    return new Line(index, start, a, b, content.substring(a - contentStart, b - contentStart), bullet, rule,
        within, style, marks, box, held, margin, edge);
  }

  Span contentSpan() {
    return Span.between(contentStart, contentEnd);
  }

  int words() {
    return content.isEmpty() ? 0 : Whitespace.splitLength(content);
  }

  /** The text of a span of this line. */
  String textOf(Span s) {
    return content.substring(s.offset() - contentStart, s.end() - contentStart);
  }

  /** The next line after line {@code i} that is not blank, or null. */
  static Line next(List<Line> lines, int i) {
    int k = nextIndex(lines, i);
    return k < 0 ? null : lines.get(k);
  }

  /** The index of the next line after line {@code i} that is not blank, or -1. */
  static int nextIndex(List<Line> lines, int i) {
    for (int k = i + 1; k < lines.size(); k++) {
      if (!lines.get(k).blank()) {
        return k;
      }
    }
    return -1;
  }

  /** Whether the next line after line {@code i} that is not blank holds a date range. */
  static boolean rangeNext(List<Line> lines, int i) {
    Line next = next(lines, i);
    return next != null && next.hasRange();
  }

  /**
   * Whether the line before line {@code i} that is not blank is a date range and nothing else
   * ("Dec 2015 - Now" over "Medic Mobile": a page that floats each entry's dates right, over its
   * name, hands them over first).
   */
  static boolean loneRangeBefore(List<Line> lines, int i) {
    int k = previousIndex(lines, i);
    DateRange d = k < 0 ? null : lines.get(k).loneDate();
    return d != null && !d.single();
  }

  /** The index of the last line before line {@code i} that is not blank, or -1. */
  static int previousIndex(List<Line> lines, int i) {
    for (int k = i - 1; k >= 0; k--) {
      if (!lines.get(k).blank()) {
        return k;
      }
    }
    return -1;
  }

  /** The line holds a date range, not only a single date ("Led the migration in 2020"). */
  boolean hasRange() {
    for (DateRange d : dates) {
      if (!d.single()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first date range of the line, preferring a range with an end over a lone date; null if
   * none. Spans listed one after another with nothing but a comma, a stop or a semicolon between
   * them, each after the one before ("Mar 2012 – Jun 2014. Jan 2015 – Aug 2016", "Summer 2019,
   * March 2021 – May 2022"), are the stints of one post: the line dates it from the first's start
   * to the last's end. The first range alone would read a wrong start or end; the price is that an
   * entry holds one range, so the months between the stints count as the post's.
   */
  DateRange firstDates() {
    DateRange stints = stints();
    if (stints != null) {
      return stints;
    }
    DateRange single = null;
    for (DateRange d : dates) {
      if (!d.single()) {
        return d;
      }
      single = single == null ? d : single;
    }
    return single;
  }

  /** The stints {@link #firstDates} joins, as one range; null where the line holds no such list. */
  private DateRange stints() {
    if (dates.size() < 2) {
      return null;
    }
    for (int k = 1; k < dates.size(); k++) {
      DateRange before = dates.get(k - 1);
      DateRange d = dates.get(k);
      int from = before.span().end() - contentStart;
      int to = d.span().offset() - contentStart;
      if (before.present() || from < 0 || to > content.length() || to < from
          || !STINT_BREAK.contains(content.substring(from, to).strip())
          || d.start().compareTo(before.end() == null ? before.start() : before.end()) < 0) {
        return null;
      }
    }
    DateRange first = dates.get(0);
    DateRange last = dates.get(dates.size() - 1);
    PartialDate end = last.present() ? null : last.end() == null ? last.start() : last.end();
    return new DateRange(first.start(), end, last.present(), Span.between(first.span().offset(), last.span().end()));
  }

  /** What may stand between two stints of one post on a header's line. */
  private static final Set<String> STINT_BREAK = Set.of(",", ".", ";");

  boolean hasDates() {
    return !dates.isEmpty();
  }

  /** The line's date when the line holds that date and nothing else ("Apr 2012", "2019 – 2021."), else null. */
  DateRange loneDate() {
    return dates.isEmpty() ? null : Memo.loneDate(this, Line::readLoneDate);
  }

  /** {@link #loneDate} itself, its answer not kept. */
  private DateRange readLoneDate() {
    String c = Inline.clean(content).strip();
    if (c.equals(content)) {
      // Nothing to clean: the dates are those the tagging found, counted from the content's start.
      DateRange d = dates.get(0);
      return dates.size() == 1 && d.span().length() >= c.length() - 1
          ? new DateRange(d.start(), d.end(), d.present(), new Span(d.span().offset() - contentStart, d.span().length())) : null;
    }
    List<DateRange> found = DateParser.all(c, 0);
    return found.size() == 1 && found.get(0).span().length() >= c.length() - 1 ? found.get(0) : null;
  }

  /** Splits the extraction's text into lines and tags each (the first pass of the segmentation). */
  static List<Line> tag(Extraction x) {
    String text = x.text();
    List<LayoutLine> layout = x.layout().lines();
    java.util.Map<Integer, Float> edges = edges(text, layout);
    List<Line> lines = new ArrayList<>();
    int start = 0;
    int next = 0;
    int n = text.length();
    while (start <= n) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? n : nl;
      while (next < layout.size() && layout.get(next).span().end() < start) {
        next++;
      }
      LayoutLine l = null;
      if (next < layout.size() && layout.get(next).span().offset() >= start && layout.get(next).span().end() <= end) {
        l = layout.get(next);
      }
      float edge = l == null || l.box() == null ? Float.NaN : edges.getOrDefault(edgeKey(l.box()), Float.NaN);
      lines.add(of(lines.size(), text, start, end, l, edge));
      if (nl < 0) {
        break;
      }
      start = nl + 1;
    }
    return lines;
  }

  /**
   * The right edge of each page's column: the furthest any line of text the reader placed there
   * reaches, but a line in a banner's size. A name or a title set that large across the top ("SR
   * FULL STACK DEVELOPER", centred over both columns) reaches past where the column's text wraps;
   * a header whose dates stand flush right reaches the margin itself.
   */
  private static java.util.Map<Integer, Float> edges(String text, List<LayoutLine> layout) {
    java.util.Map<Integer, Float> edges = new java.util.HashMap<>();
    for (LayoutLine l : layout) {
      if (l.box() != null && !l.span().of(text).isBlank() && (!l.style().sizeKnown() || l.style().size() < BANNER_SIZE)) {
        edges.merge(edgeKey(l.box()), l.box().right(), Math::max);
      }
    }
    return edges;
  }

  /** A type size, relative to the running text's, that only a name or a title banner is set in. */
  private static final float BANNER_SIZE = 1.4f;

  /** A page's column, as edges are kept: the full width or the left one, or the right one. */
  static int edgeKey(Box b) {
    return b.page() * 2 + Math.min(b.column(), 1);
  }

  /**
   * Whether this line ran on into {@code next}: it filled its column, with no room left for the
   * next line's first word, and the next line, in the same look, starts where this one did (or a
   * little inside it, as a list item's text hangs). The writer's words wrapped there, however the
   * next line is cased ("… Orchard Hand: Tarnwell" / "Apple Organics (2008 – now)"). Only where the
   * reader gave both lines' geometry.
   */
  boolean ranOnInto(Line next) {
    if (!filledBefore(next) || next.box.y() <= box.y() || !style.sizeKnown() || !sameLook(style, next.style)) {
      return false;
    }
    float perChar = (box.right() - box.x()) / content.length();
    return next.box.x() >= box.x() - perChar && next.box.x() <= box.x() + 4 * perChar;
  }

  /**
   * Whether this line filled its column, with no room left at its end for {@code next}'s first
   * word (and at most {@link #FULL_LINE_SLACK} characters' width): had the two been one text, the
   * word could not have stood on this line. Only where the reader gave both lines' geometry.
   */
  boolean filledBefore(Line next) {
    if (box == null || next.box == null || Float.isNaN(edge) || content.isEmpty() || next.content.isEmpty()
        || box.page() != next.box.page() || box.column() != next.box.column()) {
      return false;
    }
    float perChar = (box.right() - box.x()) / content.length();
    int firstWord = next.content.strip().split("\\s+", 2)[0].length();
    return edge - box.right() <= (firstWord + 2) * perChar && edge - box.right() <= FULL_LINE_SLACK * perChar;
  }

  /** The most of a column's width, in characters of the line, a full line may leave empty at its end. */
  static final int FULL_LINE_SLACK = 12;

  /** Two styles that look the same: size to a tenth, weight, slant and small capitals. */
  static boolean sameLook(Style a, Style b) {
    return Math.round(a.size() * 10) == Math.round(b.size() * 10) && a.bold() == b.bold() && a.italic() == b.italic()
        && a.smallCaps() == b.smallCaps();
  }

  // Two marks at least, and no word in lower case after them: "- # of incidents cut" is a bullet.
  private static final java.util.regex.Pattern MARKDOWN_HEADING = java.util.regex.Pattern.compile("#{2,6} +(?!\\p{Ll})");

  private static Line of(int index, String text, int start, int end, LayoutLine layout, float edge) {
    int cs = start;
    int ce = end;
    while (cs < ce && isSpace(text.charAt(cs))) {
      cs++;
    }
    while (ce > cs && isSpace(text.charAt(ce - 1))) {
      ce--;
    }
    // The white space before the line's text and any list glyph, in columns, a tab taken as four:
    // Markdown reads up to three as no indent ("  ## Skills"), and four or a tab as code.
    int margin = 0;
    for (int k = start; k < cs; k++) {
      margin += text.charAt(k) == '\t' ? 4 : 1;
    }
    // "| Built the ledger |": the sides of a box drawn in text (a grid table's row) hold nothing;
    // the line is what stands between them.
    // Only a row of one cell: a Markdown table's row ("| Role | Globex |") keeps its bars.
    if (ce - cs > 2 && text.charAt(cs) == '|' && text.charAt(ce - 1) == '|' && text.indexOf('|', cs + 1) == ce - 1) {
      cs++;
      ce--;
      while (cs < ce && isSpace(text.charAt(cs))) {
        cs++;
      }
      while (ce > cs && isSpace(text.charAt(ce - 1))) {
        ce--;
      }
    }
    String raw = text.substring(cs, ce);
    boolean rule = !raw.isEmpty() && isRule(raw);
    boolean bullet = layout != null && layout.has(Mark.LIST_ITEM);
    if (!rule) {
      int glyph = glyphLength(raw);
      if (glyph > 0 && glyph < raw.length()) {
        // "2. Education": a numbered heading, as European and academic CVs number their sections,
        // is no list item; the number goes and the heading stays.
        bullet = numberLength(raw) == 0 || Headings.kindOf(raw.substring(glyph)).isEmpty();
        // "- ### Senior Engineer — Globex": a Markdown heading inside a list item is a heading,
        // which heads an entry, not a bullet of one.
        bullet &= !MARKDOWN_HEADING.matcher(raw).region(glyph, raw.length()).lookingAt();
        cs += glyph;
      }
    }
    String content = text.substring(cs, ce);
    Set<Mark> marks = layout == null ? Set.of() : layout.marks();
    if (content.isEmpty()) {
      return new Line(index, start, cs, ce, content, false, rule, List.of(), Style.UNKNOWN, marks, null, List.of(), margin, Float.NaN);
    }
    boolean heading = marks.contains(Mark.HEADING);
    List<Span> cells = cells(text, cs, ce, layout);
    List<DateRange> dates = DateParser.all(content, cs);
    return new Line(index, start, cs, ce, content, bullet && !heading, rule, cells,
        layout == null ? Style.UNKNOWN : layout.style(), marks, layout == null ? null : layout.box(), dates, margin, edge);
  }

  /**
   * The cells the reader gave, clipped to the content (a list glyph may have opened the first);
   * else the text's own: runs between tab stops or gaps of two spaces or more, as people align
   * columns in plain text.
   */
  private static List<Span> cells(String text, int cs, int ce, LayoutLine layout) {
    List<Span> out = new ArrayList<>();
    if (layout != null && !layout.cells().isEmpty()) {
      for (Span c : layout.cells()) {
        int a = Math.max(c.offset(), cs);
        int b = Math.min(c.end(), ce);
        while (a < b && isSpace(text.charAt(a))) {
          a++;
        }
        while (b > a && isSpace(text.charAt(b - 1))) {
          b--;
        }
        if (b > a) {
          out.add(Span.between(a, b));
        }
      }
      if (!out.isEmpty()) {
        return out;
      }
    }
    int from = cs;
    int i = cs;
    while (i < ce) {
      char c = text.charAt(i);
      boolean gap = c == '\t' || c == ' ' && i + 1 < ce && isSpace(text.charAt(i + 1));
      if (!gap) {
        i++;
        continue;
      }
      int j = i;
      while (j < ce && isSpace(text.charAt(j))) {
        j++;
      }
      out.add(Span.between(from, i));
      from = j;
      i = j;
    }
    out.add(Span.between(from, ce));
    return out;
  }

  /** A line of drawn characters: "-----", "=====", "_____", "|---|:--:|". */
  private static boolean isRule(String raw) {
    int marks = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '-' || c == '=' || c == '_' || c == '*' || c == '~' || c == '─' || c == '━') {
        marks++;
      } else if (c != '+' && c != '|' && c != ':' && !isSpace(c)) {
        // A '+' joins the lines of a box drawn in text ("+-----+", a grid table's border); bars
        // and colons part and align the columns of a Markdown table's rule ("|---|:--:|").
        return false;
      }
    }
    return marks >= 3;
  }

  /**
   * The length of the list marker opening {@code raw}, spaces after it included, or 0: a glyph
   * from {@code glyphs.txt}, a dash, asterisk or plus followed by a space ("-5%" or "*nix" stay
   * text), or a number such as "1." or "2)" or "(3)" followed by a space.
   */
  static int glyphLength(String raw) {
    if (raw.isEmpty()) {
      return 0;
    }
    int cp = raw.codePointAt(0);
    int len = Character.charCount(cp);
    int end;
    if (Glyphs.isBullet(cp)) {
      end = len;
    } else if (Glyphs.isSpacedBullet(cp) && len < raw.length() && isSpace(raw.charAt(len))) {
      end = len;
    } else {
      end = numberLength(raw);
      if (end == 0 || end >= raw.length() || !isSpace(raw.charAt(end))) {
        return 0;
      }
    }
    while (end < raw.length() && isSpace(raw.charAt(end))) {
      end++;
    }
    return end;
  }

  /** "1." "12)" "(3)": the length of a list number, or 0. */
  private static int numberLength(String raw) {
    int i = raw.charAt(0) == '(' ? 1 : 0;
    int digits = 0;
    while (i < raw.length() && raw.charAt(i) >= '0' && raw.charAt(i) <= '9' && digits < 3) {
      i++;
      digits++;
    }
    if (digits == 0 || digits > 2 || i >= raw.length()) {
      return 0;
    }
    char c = raw.charAt(i);
    boolean open = raw.charAt(0) == '(';
    if (open ? c == ')' : c == '.' || c == ')') {
      return i + 1;
    }
    return 0;
  }

  /** White space including the no-break and zero-width kinds PDFs and word processors emit. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b' || c == '\ufeff' || c == '\u2007' || c == '\u202f';
  }
}
