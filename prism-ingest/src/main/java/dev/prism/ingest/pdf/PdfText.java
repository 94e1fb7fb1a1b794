package dev.prism.ingest.pdf;

import dev.prism.core.model.Extraction;
import dev.prism.core.model.Box;
import dev.prism.core.model.DateRange;
import dev.prism.core.model.Layout;
import dev.prism.core.model.LayoutLine;
import dev.prism.core.model.Mark;
import dev.prism.core.model.Span;
import dev.prism.core.model.Style;
import dev.prism.core.model.ParseWarning;
import dev.prism.core.text.DateParser;
import dev.prism.core.text.Headings;
import dev.prism.core.lexicon.NameWords;
import dev.prism.core.lexicon.Lexicon;
import dev.prism.ingest.Warnings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the pages' lines into one text: running headers and footers dropped (their contact
 * details kept), wrapped bullets joined, headings recognised by their style, hidden link targets
 * added to the contact block, and the parse warnings collected.
 */
final class PdfText {

  record Link(String uri, boolean top) {}

  /**
   * What the reader learnt besides the lines; {@code pageHeight} is the first page's, in points,
   * and {@code hyphenates} says the producer breaks words at line ends by itself.
   */
  record Facts(boolean columns, boolean imagesWithLittleText, int unreadable, int glyphs, float pageHeight,
      boolean hyphenates) {}

  private static final Pattern EMAIL = Lexicon.pattern("email");
  private static final Pattern PHONE = Lexicon.pattern("phone");
  private static final Pattern PAGE_NUMBER =
      Pattern.compile("(?i)^(?:page\\s*)?[-–]?\\s*\\d{1,2}\\s*(?:(?:/|of)\\s*\\d{1,2})?\\s*[-–]?$");
  private static final Pattern DATE = Pattern.compile("\\b(?:19|20)\\d\\d\\b|(?i:present)");
  // Compiled once: String.matches, split and replaceAll with a regular expression compile it on
  // every call, and these run for every line of every page.
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern CELL_GAP = Pattern.compile(" {2,}");
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern NOT_DIGIT = Pattern.compile("\\D");
  private static final Pattern HAS_LETTER = Pattern.compile(".*\\p{L}.*");
  private static final Pattern HAS_DIGIT_OR_AT = Pattern.compile(".*[\\d@].*");

  private PdfText() {}

  static Extraction assemble(List<List<TextLine>> pages, List<Link> links, Facts facts, int pageCount) {
    List<ParseWarning> warnings = new ArrayList<>();
    List<String> keptContact = new ArrayList<>();
    List<List<TextLine>> bodies = dropRunningLines(dropCutLineCopies(pages), keptContact);
    boolean footerContact = pages.size() == 1 && contactOnlyInFooter(pages.get(0), facts.pageHeight());
    List<TextLine> lines = new ArrayList<>();
    for (List<TextLine> page : bodies) {
      for (TextLine l : joinStackedHeadings(joinWrappedHeaderCells(joinWrappedProse(joinWrappedBullets(page, facts.hyphenates()), facts.hyphenates())))) {
        // A soft hyphen left where no line was joined (the last line of a column) is still no text.
        TextLine kept = l.text().contains(SOFT_HYPHEN) ? l.withText(l.text().replace(SOFT_HYPHEN, "")) : l;
        String capitals = SmallCapsI.folded(kept.text());
        lines.add(capitals.equals(kept.text()) ? kept : kept.withText(capitals));
      }
    }
    headerBesideColumns(lines);
    nameFirst(lines);
    lines = splitInlineLabels(lines);
    continueMainColumn(lines);
    continueBesideLeftSidebar(lines);
    if (!keptContact.isEmpty()) {
      String body = String.join("\n", lines.stream().map(TextLine::text).toList());
      boolean elsewhere = keptContact.stream().allMatch(c -> contactIn(c).stream().allMatch(body::contains));
      if (!elsewhere) {
        warnings.add(Warnings.contactInHeaderFooter());
        // Put them where the contact block is, so they are not lost with the header.
        TextLine first = lines.isEmpty() ? null : lines.get(0);
        int at = first == null ? 0 : 1;
        for (String c : keptContact) {
          lines.add(Math.min(at++, lines.size()), first == null
              ? new TextLine(c, 0, 0, 0, 0, 10, false, false, 0)
              : first.withText(c));
        }
      }
    }
    Set<Integer> headings = headings(lines);

    StringBuilder text = new StringBuilder();
    List<LayoutLine> layout = new ArrayList<>();
    float leading = leading(lines);
    float body = bodySize(lines);
    boolean boldBody = boldBody(lines);
    TextLine prev = null;
    for (int i = 0; i < lines.size(); i++) {
      TextLine l = lines.get(i);
      // The space under a heading is part of its style, not a gap between paragraphs: what
      // follows is the section's first line either way.
      if (prev != null && !headings.contains(i - 1) && paragraphBreak(prev, l, leading)) {
        text.append('\n');
      }
      int offset = text.length();
      layout.add(layoutOf(l, offset, body, boldBody));
      text.append(l.text()).append('\n');
      prev = l;
      if (i == 0) {
        String hidden = hiddenLinks(links, lines);
        if (!hidden.isEmpty()) {
          layout.add(new LayoutLine(new Span(text.length(), hidden.length()), List.of(), Style.UNKNOWN, Set.of(Mark.LINK_TARGETS), null));
          text.append(hidden).append('\n');
        }
      }
    }
    if (footerContact && warnings.stream().noneMatch(w -> w.code().equals("CONTACT_IN_HEADER_FOOTER"))) {
      warnings.add(Warnings.contactInHeaderFooter());
    }
    if (facts.columns()) {
      warnings.add(Warnings.twoColumns());
    }
    if (mostlyLost(facts.unreadable(), facts.glyphs())) {
      warnings.add(Warnings.unreadableFont());
    }
    if (facts.imagesWithLittleText()) {
      warnings.add(Warnings.textInImages());
    }
    return new Extraction(text.toString(), "pdf", pageCount, new Layout(layout, List.of()), warnings);
  }

  /**
   * What the engine is told of a line: its cells (the segments the layout joined with two spaces,
   * see {@link PageLayout}), its size relative to the body text, its weight, whether a list glyph
   * was taken off it, and where it stands.
   */
  private static LayoutLine layoutOf(TextLine l, int offset, float body, boolean boldBody) {
    String t = l.text();
    List<Span> cells = new ArrayList<>();
    int from = 0;
    int gap = t.indexOf("  ");
    while (gap >= 0) {
      cells.add(Span.between(offset + from, offset + gap));
      from = gap;
      while (from < t.length() && t.charAt(from) == ' ') {
        from++;
      }
      gap = t.indexOf("  ", from);
    }
    if (!cells.isEmpty()) {
      cells.add(Span.between(offset + from, offset + t.length()));
    }
    float size = body > 0 && l.size() > 0 ? l.size() / body : 0f;
    // Weight as size is, relative to the body text: where the body itself is bold, no line stands
    // out by its weight.
    return new LayoutLine(new Span(offset, t.length()), cells, new Style(size, l.bold() && !boldBody, l.italic(), false),
        l.bullet() ? Set.of(Mark.LIST_ITEM) : Set.of(), new Box(l.page(), l.x(), l.right(), l.y(), l.column()));
  }

  /**
   * Whether lost glyphs are enough to warn about: more than ten, and more than one for every fifty
   * read. A stray unmapped glyph or two is noise; a heading or a run of words in an unreadable
   * font is not, and a mostly unreadable resume is far past both.
   */
  static boolean mostlyLost(int unreadable, int read) {
    return unreadable > Math.max(10, read / 50);
  }

  /**
   * The name is the largest text near the top of the first page, but a "last updated" line or a
   * right-aligned contact block may stand above it; the contact parser expects it first.
   */
  private static void nameFirst(List<TextLine> lines) {
    float body = bodySize(lines);
    int best = -1;
    for (int i = 0; i < Math.min(12, lines.size()); i++) {
      TextLine l = lines.get(i);
      String t = l.text();
      if (l.page() == 0 && l.size() >= body * 1.3f && t.length() <= 50 && !HAS_DIGIT_OR_AT.matcher(t).matches()
          && WHITESPACE.split(t).length <= 5 && Headings.kindOf(t).isEmpty()
          && (best < 0 || l.size() > lines.get(best).size())) {
        best = i;
      }
    }
    if (best >= 0 && best + 1 < lines.size() && nameGoesOn(lines.get(best), lines.get(best + 1), lines)) {
      TextLine first = lines.get(best);
      lines.set(best, first.wrappedWith(first.text() + " " + lines.get(best + 1).text(), lines.get(best + 1)));
      lines.remove(best + 1);
    }
    if (best > 0) {
      lines.add(0, lines.remove(best));
    }
    // A document title above the name ("Functional Resume Sample", "Curriculum Vitae") is not the
    // name: the person's name comes first. A name with the document's word after it ("Jordan Lee
    // Résumé") is the name already, and a section's heading ("Work Experience") is no name.
    String first = lines.isEmpty() ? "" : lines.get(0).text().strip();
    if (lines.size() > 1 && RESUME_TITLE.matcher(first).find() && !NameWords.personShaped(RESUME_TITLE.matcher(first).replaceAll("").strip())) {
      for (int i = 1; i < Math.min(4, lines.size()); i++) {
        if (NameWords.personShaped(lines.get(i).text()) && Headings.kindOf(lines.get(i).text()).isEmpty()) {
          lines.add(0, lines.remove(i));
          break;
        }
      }
    }
  }

  /**
   * Whether {@code next} carries on the name in {@code name}: a large name set in a narrow sidebar
   * breaks over two lines ("Rafael" / "Oyelaran"). The second line is in the same type, straight
   * below and starting where the name does, holds only capitalised words, and its first word would
   * not have fitted beside the name inside the column (the widest line of the column bounds it).
   * A headline in the name's type ("JANE DOE" / "BACKEND ENGINEER") fails that last test: the
   * layout had room for it on the name's line and broke there on purpose.
   */
  private static boolean nameGoesOn(TextLine name, TextLine next, List<TextLine> lines) {
    if (next.page() != name.page() || next.column() != name.column() || next.bullet() || next.bold() != name.bold()
        || Math.abs(next.size() - name.size()) > 0.5f || Math.abs(next.x() - name.x()) > 2f
        || next.y() <= name.y() || next.y() - name.y() > 1.6f * name.size()
        || !NAME_PART.matcher(next.text()).matches() || (name.text() + " " + next.text()).split(" ").length > 4
        || Headings.kindOf(next.text()).isPresent()) {
      return false;
    }
    float edge = 0;
    for (TextLine l : lines) {
      if (l.page() == name.page() && l.column() == name.column() && l != name && l != next) {
        edge = Math.max(edge, l.right());
      }
    }
    String t = next.text();
    int space = t.indexOf(' ');
    float word = (next.right() - next.x()) * (space < 0 ? t.length() : space) / t.length();
    return edge > 0 && name.right() + 0.25f * name.size() + word > edge;
  }

  private static final Pattern NAME_PART = Pattern.compile("\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,2}");

  private static final Pattern RESUME_TITLE = Pattern.compile("(?i)\\b(?:r[eé]sum[eé]|curriculum vitae|cv)\\b");

  /**
   * A line that a browser set across the page break is drawn on both pages, each copy holding the
   * glyphs that reach into its page: the full line at the foot of one page ("2024-07-01 —
   * 2025-04-01") and, at the top of the next, the same line less its dashes ("2024 07 01  2025 04
   * 01"). The copy at the top goes when its letters and digits are those of a line at the same
   * place across the foot of the page before, or, drawn in other sizes, falls into two pieces on
   * one row that make that line, the one where it began and the other where it ended
   * ("Polarity / Hyperhyper" and "2024 07 01  2025 04 01" under "Polarity / Hyperhyper
   * 2024-07-01 — 2025-04-01", read as one line at the foot with the dates set smaller beside).
   */
  static List<List<TextLine>> dropCutLineCopies(List<List<TextLine>> pages) {
    List<List<TextLine>> out = new ArrayList<>(pages.size());
    for (int p = 0; p < pages.size(); p++) {
      List<TextLine> page = pages.get(p);
      if (p == 0 || page.isEmpty() || pages.get(p - 1).isEmpty()) {
        out.add(page);
        continue;
      }
      List<TextLine> before = pages.get(p - 1);
      float foot = 0;
      for (TextLine l : before) {
        foot = Math.max(foot, l.y());
      }
      float top = Float.MAX_VALUE;
      for (TextLine l : page) {
        top = Math.min(top, l.y());
      }
      List<TextLine> foots = new ArrayList<>();
      for (TextLine b : before) {
        if (foot - b.y() <= 2f * b.size() && !alphanumerics(b.text()).isEmpty()) {
          foots.add(b);
        }
      }
      List<TextLine> tops = new ArrayList<>();
      for (TextLine l : page) {
        if (l.y() - top <= 2f * l.size() && !alphanumerics(l.text()).isEmpty()) {
          tops.add(l);
        }
      }
      java.util.Set<TextLine> copies = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      List<String> inks = tops.stream().map(l -> alphanumerics(l.text())).toList();
      for (TextLine b : foots) {
        String ink = alphanumerics(b.text());
        for (int i = 0; i < tops.size(); i++) {
          TextLine l = tops.get(i);
          if (Math.abs(b.x() - l.x()) > 2f || !ink.startsWith(inks.get(i))) {
            continue;
          }
          if (inks.get(i).length() == ink.length()) {
            copies.add(l);
            continue;
          }
          // Or in two pieces on one row inside the line's width, the first where the line began,
          // the two making the whole.
          for (int k = 0; k < tops.size(); k++) {
            TextLine r = tops.get(k);
            if (k != i && Math.abs(l.y() - r.y()) <= l.size() && r.x() >= l.right() && r.right() <= b.right() + 2f
                && inks.get(i).length() + inks.get(k).length() == ink.length() && ink.endsWith(inks.get(k))) {
              copies.add(l);
              copies.add(r);
            }
          }
        }
      }
      List<TextLine> kept = new ArrayList<>(page.size());
      for (TextLine l : page) {
        if (!copies.contains(l)) {
          kept.add(l);
        }
      }
      out.add(kept);
    }
    return out;
  }

  private static String alphanumerics(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * A header band split by the columns below it: the name on the left, the contact block on the
   * right, both above the first section heading. Read column by column, the right half of the
   * band would follow the left column's last section and its email become the last job's title.
   * So the first page's right-column lines that stand above the left column's first heading, and
   * come before the right column's own first heading, move in front of that heading, when they
   * hold an email or a phone number. Without one they may be the end of the left column's text
   * flowing on at the top of the right (newspaper columns), which stays where it is.
   */
  private static void headerBesideColumns(List<TextLine> lines) {
    if (lines.isEmpty() || lines.stream().noneMatch(l -> l.column() == 1 && l.page() == 0)) {
      return;
    }
    Set<TextLine> headings = headingLines(lines);
    int firstHeading = -1;
    for (int i = 0; i < lines.size() && lines.get(i).page() == 0; i++) {
      TextLine l = lines.get(i);
      if (l.column() == 0 && headings.contains(l)) {
        firstHeading = i;
        break;
      }
    }
    if (firstHeading < 0) {
      return;
    }
    // Above the heading's letters, not merely above its baseline.
    float top = lines.get(firstHeading).top() - 0.5f * lines.get(firstHeading).size();
    List<TextLine> band = new ArrayList<>();
    for (int i = firstHeading + 1; i < lines.size() && lines.get(i).page() == 0; i++) {
      TextLine l = lines.get(i);
      if (l.column() != 1) {
        continue;
      }
      if (headings.contains(l) || l.y() > top) {
        break;
      }
      band.add(l);
    }
    if (!band.isEmpty() && band.stream().anyMatch(l -> !contactIn(l.text()).isEmpty())) {
      Set<TextLine> moved = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      moved.addAll(band);
      lines.removeIf(moved::contains);
      lines.addAll(firstHeading, band);
    }
  }

  /**
   * A page's sidebar is read after its main column, but the main column, not the sidebar, goes on
   * at the top of the next page: a job cut off at the foot of the page would otherwise continue
   * inside the sidebar's last section (its dates and bullets given to a skills list or a line of
   * prose). So the next page's opening lines, up to its first heading, move in front of the
   * sidebar, and the sidebar's sections follow once the cut-off one is complete. A section that
   * runs on over several pages carries every sidebar it passes to where it ends.
   *
   * <p>Only a sidebar: a right column clearly narrower than the main one. Two columns of equal
   * width are one text flowing down the left, then the right, then on to the next page.
   */
  private static void continueMainColumn(List<TextLine> lines) {
    if (lines.isEmpty() || lines.get(lines.size() - 1).page() == lines.get(0).page()
        || lines.stream().noneMatch(l -> l.column() == 1)) {
      return;
    }
    Set<TextLine> headings = headingLines(lines);
    List<TextLine> out = new ArrayList<>(lines.size());
    // Sidebars whose page's main column has not ended yet, in the order they were printed, and
    // the span of the main column beside the first of them.
    List<TextLine> waiting = new ArrayList<>();
    float[] mainSpan = null;
    int start = 0;
    while (start < lines.size()) {
      int end = pageEnd(lines, start);
      int sidebar = end;
      while (sidebar > start && lines.get(sidebar - 1).column() == 1) {
        sidebar--;
      }
      List<TextLine> main = lines.subList(start, sidebar);
      List<TextLine> side = lines.subList(sidebar, end);
      int carried = waiting.isEmpty() ? 0 : continuation(main, mainSpan, headings);
      out.addAll(main.subList(0, carried));
      if (carried < main.size() && !waiting.isEmpty()) {
        // The cut-off section ended on this page: the sidebars waiting for it go here.
        out.addAll(waiting);
        waiting.clear();
      }
      out.addAll(main.subList(carried, main.size()));
      if (!side.isEmpty()) {
        float[] span = narrowSidebar(main, side);
        if (span == null) {
          out.addAll(waiting);
          waiting.clear();
          out.addAll(side);
        } else {
          if (waiting.isEmpty()) {
            mainSpan = span;
          }
          waiting.addAll(side);
        }
      }
      start = end;
    }
    out.addAll(waiting);
    lines.clear();
    lines.addAll(out);
  }

  /**
   * The same for a sidebar on the left, read before the main column on its page: where the main
   * column of the page before ran to the page's end, its continuation at the top of this page's
   * main column, up to the first heading, moves in front of the sidebar. Otherwise a job cut off
   * by the page would go on inside the sidebar's "Interests". The first page keeps its order: a
   * left sidebar there holds the name and contact, which open the resume.
   */
  private static void continueBesideLeftSidebar(List<TextLine> lines) {
    Set<TextLine> headings = null;
    int start = 0;
    // Whether the page before, as printed, ended in its main column (read before any move).
    boolean mainEnded = false;
    while (start < lines.size()) {
      int end = pageEnd(lines, start);
      int right = start;
      while (right < end && lines.get(right).column() == 0) {
        right++;
      }
      boolean endsInMain = lines.get(end - 1).column() == 1;
      boolean leftThenRight = start > 0 && right > start && right < end
          && lines.subList(right, end).stream().allMatch(l -> l.column() == 1) && mainEnded;
      mainEnded = endsInMain;
      if (leftThenRight) {
        List<TextLine> side = lines.subList(start, right);
        List<TextLine> main = lines.subList(right, end);
        float[] span = narrowSidebarOnTheLeft(side, main);
        if (span != null) {
          if (headings == null) {
            headings = headingLines(lines);
          }
          int carried = continuation(main, span, headings);
          if (carried > 0) {
            List<TextLine> page = new ArrayList<>(main.subList(0, carried));
            page.addAll(side);
            page.addAll(main.subList(carried, main.size()));
            for (int i = 0; i < page.size(); i++) {
              lines.set(start + i, page.get(i));
            }
          }
        }
      }
      start = end;
    }
  }

  /** The span of the main column right of a sidebar clearly narrower than it, or null. */
  private static float[] narrowSidebarOnTheLeft(List<TextLine> side, List<TextLine> main) {
    float mainLeft = Float.MAX_VALUE;
    float mainRight = 0;
    for (TextLine l : main) {
      mainLeft = Math.min(mainLeft, l.x());
      mainRight = Math.max(mainRight, l.right());
    }
    float sideLeft = Float.MAX_VALUE;
    float sideRight = 0;
    for (TextLine l : side) {
      // A line across the page read with the sidebar (a banner) says nothing of its width.
      if (l.right() <= mainLeft) {
        sideLeft = Math.min(sideLeft, l.x());
        sideRight = Math.max(sideRight, l.right());
      }
    }
    return mainRight > mainLeft && sideRight > sideLeft && sideRight - sideLeft <= 0.75f * (mainRight - mainLeft)
        ? new float[] {mainLeft, mainRight} : null;
  }

  /** The end (exclusive) of the run of lines on the page of the line at {@code start}. */
  private static int pageEnd(List<TextLine> lines, int start) {
    int end = start;
    while (end < lines.size() && lines.get(end).page() == lines.get(start).page()) {
      end++;
    }
    return end;
  }

  /** The lines that look like headings, by identity. */
  private static Set<TextLine> headingLines(List<TextLine> lines) {
    Set<TextLine> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    headings(lines).forEach(i -> out.add(lines.get(i)));
    return out;
  }

  /**
   * The span (left, right) of the main column beside a sidebar clearly narrower than it, or null
   * when the right column is no such sidebar.
   */
  private static float[] narrowSidebar(List<TextLine> main, List<TextLine> side) {
    float sideLeft = Float.MAX_VALUE;
    float sideRight = 0;
    float sideTop = Float.MAX_VALUE;
    for (TextLine l : side) {
      sideLeft = Math.min(sideLeft, l.x());
      sideRight = Math.max(sideRight, l.right());
      sideTop = Math.min(sideTop, l.y());
    }
    float mainLeft = Float.MAX_VALUE;
    float mainRight = 0;
    for (TextLine l : main) {
      // Beside the sidebar only: a name banner above it may span the whole width.
      if (l.column() == 0 && l.y() >= sideTop - 1f) {
        mainLeft = Math.min(mainLeft, l.x());
        mainRight = Math.max(mainRight, l.right());
      }
    }
    if (mainRight <= mainLeft || mainRight > sideLeft || sideRight - sideLeft > 0.75f * (mainRight - mainLeft)) {
      return null;
    }
    return new float[] {mainLeft, mainRight};
  }

  /**
   * How many lines at the top of a page continue the main column of an earlier page past its
   * sidebar: none unless the page opens inside that column's span with something other than a
   * heading; then every line up to the first heading or the first line of another column.
   */
  private static int continuation(List<TextLine> main, float[] span, Set<TextLine> headings) {
    if (main.isEmpty()) {
      return 0;
    }
    TextLine first = main.get(0);
    if (first.x() < span[0] - 2f * first.size() || first.x() >= span[1]) {
      return 0;
    }
    int n = 0;
    for (TextLine l : main) {
      if (headings.contains(l) || Headings.isStandard(l.text()) && !Headings.isSubLabel(l.text()) || l.column() != first.column()) {
        break;
      }
      n++;
    }
    return n;
  }

  /**
   * A label rail that shares its rows with the text ("Experience  Staff Engineer ...  2024"):
   * the label becomes a heading line of its own. A label broken over two rows ("Technical" /
   * "Skills") is joined when its second part starts where the first did.
   */
  private static List<TextLine> splitInlineLabels(List<TextLine> lines) {
    List<TextLine> out = new ArrayList<>(lines.size() + 8);
    for (int i = 0; i < lines.size(); i++) {
      TextLine l = lines.get(i);
      String[] parts = CELL_GAP.split(l.text(), 2);
      if (parts.length < 2 || l.bullet() || parts[0].split(" ").length > 4) {
        out.add(l);
        continue;
      }
      // A name beside its dates and nothing else ("Hillside Software ⇥ 01/2012 - 01/2013") is an
      // entry's header, however its words read: a rail's label stands beside text.
      if (Headings.kindOf(parts[0]).isPresent() && !PageLayout.wholeDate(parts[1])) {
        // "EMPLOYMENT   ELIGIBILITY", "SKILLS   SUMMARY": a heading set with wide word spaces (a
        // justified or letter-spaced line) is one heading, not a label beside its text: a short
        // rest in capitals with no date, or words that name a kind together.
        String whole = parts[0] + " " + parts[1];
        boolean spaced = parts[1].split(" ").length <= 2 && !parts[1].contains("  ") && !DATE.matcher(parts[1]).find()
            && (isCaps(whole) && whole.length() <= 40 || Headings.isStandard(whole));
        if (spaced) {
          out.add(l.withText(whole));
        } else {
          out.add(l.withText(parts[0]));
          out.add(l.withText(parts[1]));
        }
        continue;
      }
      int joined = -1;
      for (int j = i + 1; j <= i + 2 && j < lines.size() && joined < 0; j++) {
        TextLine next = lines.get(j);
        String[] np = CELL_GAP.split(next.text(), 2);
        // Joined, the two parts make a heading's own wording: an employer over a title ("IBM" over
        // "Software Developer") may read as a qualified heading, never as a known one.
        if (Math.abs(next.x() - l.x()) < 1f && np.length == 2 && Headings.isStandard(parts[0] + " " + np[0])) {
          joined = j;
        }
      }
      if (joined < 0) {
        out.add(l);
        continue;
      }
      TextLine second = lines.get(joined);
      String[] np = CELL_GAP.split(second.text(), 2);
      out.add(l.withText(parts[0] + " " + np[0]));
      out.add(l.withText(parts[1]));
      out.addAll(lines.subList(i + 1, joined));
      out.add(second.withText(np[1]));
      i = joined;
    }
    return out;
  }

  /**
   * A blank line marks a gap clearly wider than the line spacing of the text around it: more than
   * 0.6 of the type size beyond it (a little over half an empty line). The chips of a skills
   * grid or the items of a list spaced a few points apart stay together; the space a template puts
   * between jobs or before a heading is wider. The spacing is the one measured inside the lines
   * themselves where they were wrapped, else the document's usual spacing for their size. Of the
   * two lines' spacings the wider counts, so a denser neighbour does not turn ordinary leading
   * into a gap.
   *
   * <p>Measured against the spacing, not the size alone: loosely set text would otherwise gain a
   * blank line at every row, and a tightly set document's gaps between jobs would go unmarked.
   */
  private static boolean paragraphBreak(TextLine prev, TextLine l, float leading) {
    if (prev.page() != l.page() || prev.column() != l.column()) {
      return true;
    }
    // From the last physical line of the one to the first of the other: a wrapped paragraph's
    // height is no gap.
    float gap = l.top() - prev.y();
    float spacing = Math.max(spacing(prev, leading), spacing(l, leading));
    return gap > spacing + 0.6f * Math.max(prev.size(), l.size()) || gap < -5f;
  }

  private static float spacing(TextLine l, float leading) {
    return l.lead() > 0 ? l.lead() : leading * l.size();
  }

  /**
   * The document's line spacing as a multiple of the type size. The steps inside wrapped lines are
   * the surest measure: nothing but leading separates them. Without any, the median step between
   * neighbouring lines of one size in the same column stands in: gaps between blocks are among
   * those steps, but far fewer than the lines that follow each other at the document's own
   * spacing, loose or tight. As a ratio rather than per size, so that a size seen on a few lines
   * only (job titles, headings) is not judged by the gaps around them.
   */
  private static float leading(List<TextLine> lines) {
    List<Float> wraps = new ArrayList<>();
    List<Float> steps = new ArrayList<>();
    TextLine prev = null;
    for (TextLine l : lines) {
      // A step below the size itself is no line spacing (overlapping rows read as one line).
      if (l.size() > 0 && l.lead() >= l.size()) {
        wraps.add(l.lead() / l.size());
      }
      if (prev != null && l.size() > 0 && prev.page() == l.page() && prev.column() == l.column()
          && Math.abs(prev.size() - l.size()) <= 0.6f) {
        float step = (l.top() - prev.y()) / l.size();
        if (step >= 1f && step <= 4f) {
          steps.add(step);
        }
      }
      prev = l;
    }
    List<Float> measure = !wraps.isEmpty() ? wraps : steps.size() >= 5 ? steps : List.of(1.2f);
    List<Float> sorted = new ArrayList<>(measure);
    sorted.sort(Float::compare);
    return sorted.get(sorted.size() / 2);
  }

  /**
   * Lines repeated at the top or bottom of most pages (a running name, "Page 2 of 3") are page
   * furniture: dropped, but any contact details in them are handed back to be kept once.
   */
  private static List<List<TextLine>> dropRunningLines(List<List<TextLine>> pages, List<String> keptContact) {
    Map<String, Integer> seen = new HashMap<>();
    // A line's key parses its dates: worked out once per text, for the count and the drop below.
    Map<String, String> keys = new HashMap<>();
    int withText = 0;
    // Each page's edge and band lines, found once for the count and the drop below.
    List<List<TextLine>> edgesOf = new ArrayList<>();
    List<List<TextLine>> bandsOf = new ArrayList<>();
    for (List<TextLine> page : pages) {
      edgesOf.add(edges(page));
      bandsOf.add(bands(page));
      if (page.isEmpty()) {
        continue;
      }
      withText++;
      if (pages.size() < 2) {
        continue; // one page repeats nothing: no line can be running
      }
      Set<String> pageKeys = new HashSet<>();
      for (TextLine l : edgesOf.get(edgesOf.size() - 1)) {
        pageKeys.add(key(l.text(), keys));
      }
      for (TextLine l : bandsOf.get(bandsOf.size() - 1)) {
        pageKeys.add(bandKey(l, keys));
      }
      pageKeys.forEach(k -> seen.merge(k, 1, Integer::sum));
    }
    Set<String> running = new HashSet<>();
    if (withText >= 2) {
      int need = Math.max(2, (int) Math.ceil(withText * 0.6));
      seen.forEach((k, n) -> {
        if (n >= need) {
          running.add(k);
        }
      });
    }
    List<List<TextLine>> out = new ArrayList<>();
    Set<String> kept = new LinkedHashSet<>();
    for (int p = 0; p < pages.size(); p++) {
      List<TextLine> page = pages.get(p);
      List<TextLine> edges = edgesOf.get(p);
      List<TextLine> bands = bandsOf.get(p);
      List<TextLine> body = new ArrayList<>();
      for (TextLine l : page) {
        boolean edge = edges.contains(l);
        if (edge && PAGE_NUMBER.matcher(l.text()).matches()) {
          continue;
        }
        // The first page's top copy of a running name is the name itself, which the contact block
        // needs (a later page's header repeats it: Europass); its repeats, and a footer's, go.
        boolean name = p == 0 && !edges.isEmpty() && l == edges.get(0) && NameWords.personShaped(l.text().strip());
        if (!name && !running.isEmpty() && (edge && running.contains(key(l.text(), keys))
            || bands.contains(l) && running.contains(bandKey(l, keys)))) {
          if (!contactIn(l.text()).isEmpty()) {
            kept.add(l.text());
          }
          continue;
        }
        body.add(l);
      }
      out.add(body);
    }
    keptContact.addAll(kept);
    return out;
  }

  /**
   * A one-page resume whose email or phone sits only in a footer: a line in the bottom tenth of
   * the page, well apart from the text above it.
   */
  private static boolean contactOnlyInFooter(List<TextLine> page, float height) {
    if (page.size() < 3 || height <= 0) {
      return false;
    }
    TextLine bottom = page.stream().max((a, b) -> Float.compare(a.y(), b.y())).orElseThrow();
    float above = page.stream().filter(l -> l != bottom && l.y() < bottom.y() - 0.5f)
        .map(TextLine::y).max(Float::compare).orElse(0f);
    List<String> contact = contactIn(bottom.text());
    if (bottom.y() < height * 0.9f || bottom.y() - above < 2.5f * bottom.size() || contact.isEmpty()) {
      return false;
    }
    String rest = String.join("\n", page.stream().filter(l -> l != bottom).map(TextLine::text).toList());
    return contact.stream().noneMatch(rest::contains);
  }

  private static List<TextLine> edges(List<TextLine> page) {
    if (page.size() <= 4) {
      return page;
    }
    // By position rather than reading order: with columns the last line read is not the lowest.
    TextLine top = page.get(0);
    TextLine bottom = page.get(0);
    for (TextLine l : page) {
      if (l.y() < top.y()) {
        top = l;
      }
      if (l.y() > bottom.y()) {
        bottom = l;
      }
    }
    return top == bottom ? List.of(top) : List.of(top, bottom);
  }

  /**
   * The lines next to the highest and the lowest ones (up to {@value #BAND_LINES} each side): a
   * footer of several lines (an address over a phone and an email over the page's number) stands
   * there. Such a line is running only where it repeats at the same height on the pages, since
   * the body's lines may repeat too ("University of Strasbourg" with other dates, "Novice").
   */
  private static List<TextLine> bands(List<TextLine> page) {
    if (page.size() <= 2 * BAND_LINES + 2) {
      return List.of();
    }
    List<TextLine> byY = new ArrayList<>(page);
    byY.sort((a, b) -> Float.compare(a.y(), b.y()));
    List<TextLine> out = new ArrayList<>(byY.subList(1, 1 + BAND_LINES));
    out.addAll(byY.subList(byY.size() - 1 - BAND_LINES, byY.size() - 1));
    return out;
  }

  private static final int BAND_LINES = 2;

  /** A band line's text with its height on the page, to the nearest four points. */
  private static String bandKey(TextLine l, Map<String, String> keys) {
    return key(l.text(), keys) + "@" + Math.round(l.y() / 4f);
  }

  /** {@link #key} of the text, taken from {@code keys} when it was worked out before. */
  private static String key(String text, Map<String, String> keys) {
    return keys.computeIfAbsent(text, PdfText::key);
  }

  /**
   * What a line repeated on the pages is known by: its text with every number alike, so that "Page
   * 2 of 3" and "Page 3 of 3" are one running line ("Updated March 2024 – Page 2 of 3" too). Not a
   * line's dates: a rail that opens each page with the dates of the job there ("2016-03-01 to
   * 2016-10-21") repeats no line, and only the same dates on every page make one.
   */
  private static String key(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    StringBuilder k = new StringBuilder(lower.length());
    int at = 0;
    for (DateRange d : DateParser.all(lower, 0)) {
      k.append(DIGITS.matcher(lower.substring(at, d.span().offset())).replaceAll("#")).append(d.span().of(lower));
      at = d.span().end();
    }
    k.append(DIGITS.matcher(lower.substring(at)).replaceAll("#"));
    return WHITESPACE.matcher(k).replaceAll(" ").strip();
  }

  private static List<String> contactIn(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = EMAIL.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    Matcher p = PHONE.matcher(text);
    while (p.find()) {
      String digits = NOT_DIGIT.matcher(p.group()).replaceAll("");
      if (digits.length() >= 9 && digits.length() <= 15) {
        out.add(p.group());
      }
    }
    return out;
  }

  private static final String SOFT_HYPHEN = "\u00ad";
  private static final Pattern HYPHEN_AT_END = Pattern.compile("\\p{L}-$");
  /** A slash that ends a word, not one standing alone between spaces ("Java / Kotlin"). */
  private static final Pattern SLASH_AT_END = Pattern.compile("\\S/$");

  /**
   * One line continued by the next, where the text wrapped. A soft hyphen at the break was put
   * there by the layout, never typed: the word is whole again without it ("micro\u00ad" /
   * "services" reads "microservices").
   *
   * <p>A plain hyphen after a letter is kept, with no space after it ("end-to-" / "end" reads
   * "end-to-end"), unless the producer hyphenates by itself. Word processors and browsers, where
   * most resumes come from, break words only when asked to, so there a hyphen at a line's end is
   * far more often part of a compound the person typed ("real-time", "cross-functional"), and
   * dropping it would fuse two words. TeX and Typst do break words on their own ("al-" /
   * "gorithm"); there a hyphen between two lower-case letters goes, except in a word that already
   * holds a hyphen, which TeX breaks only at that hyphen ("end-to-" / "end"). A compound broken at
   * its own hyphen in a TeX document ("real-" / "time") then loses it: the price of reading the
   * far more common automatic breaks right.
   *
   * <p>Browsers also break a long word after a slash, where a web address has no space to break
   * at ("linkedin.com/in/" / "jlee"): the two parts are one word again.
   */
  static String wrap(String line, String next, boolean hyphenates) {
    if (line.endsWith(SOFT_HYPHEN)) {
      return line.substring(0, line.length() - 1) + next;
    }
    if (HYPHEN_AT_END.matcher(line).find() && !next.isEmpty() && Character.isLetterOrDigit(next.charAt(0))) {
      String word = line.substring(line.lastIndexOf(' ') + 1, line.length() - 1);
      boolean automatic = hyphenates && Character.isLowerCase(word.charAt(word.length() - 1))
          && Character.isLowerCase(next.charAt(0)) && word.indexOf('-') < 0;
      return automatic ? line.substring(0, line.length() - 1) + next : line + next;
    }
    if (SLASH_AT_END.matcher(line).find() && !next.isEmpty() && Character.isLetterOrDigit(next.charAt(0))) {
      return line + next;
    }
    return line + " " + next;
  }

  /**
   * A bullet's wrapped lines start where its text starts, just below it, in the same font; or
   * under its glyph, no further left, where the bullet's sentence is unfinished and the line holds
   * no date (a header set where the glyphs hang is no continuation). A wrapped line is one run of
   * words, never cells set apart.
   */
  private static List<TextLine> joinWrappedBullets(List<TextLine> lines, boolean hyphenates) {
    // Each column's right edge: where its longest lines end.
    Map<Integer, Float> edge = new HashMap<>();
    for (TextLine l : lines) {
      edge.merge(l.column(), l.right(), Math::max);
    }
    List<TextLine> out = new ArrayList<>();
    for (TextLine l : lines) {
      TextLine last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null
          && last.bullet()
          && !l.bullet()
          && l.column() == last.column()
          // A bullet's sentence runs on as one run of words; a line whose parts stand apart
          // ("Acme  Mar-Sep 2014") is the next entry's header, however close below it sits.
          && !l.text().contains("  ")
          // Where its text starts, or hanging back under the glyph, as some templates wrap it.
          && l.x() - last.x() <= 3f && (last.x() - l.x() <= 3f || last.x() - l.x() <= 0.9f * l.size()
              && !DATE.matcher(l.text()).find() && !SENTENCE_END.matcher(last.text()).find())
          && Math.abs(l.size() - last.size()) <= 0.6f
          && l.bold() == last.bold()
          && l.y() > last.y()
          && l.y() - last.y() <= 1.8f * Math.max(l.size(), 1f)
          // An item whose one line ends with a date range, well short of its column's edge or over a
          // line in another slant, heads an entry ("– Lead – Globex : 2018 - 2019" over what the job
          // was): nothing wrapped there.
          // (The dates are read last: most wrapped lines fail the cheap tests first.)
          && !(last.lead() == 0 && (last.right() < edge.get(l.column()) - 4 * l.size() || l.italic() != last.italic())
              && DateParser.endsInRange(last.text()))
          // Nor does an item broken by hand: its line ends short of the edge, the next line's
          // first word would have fitted after it, and nothing is left open ("Senior Engineer —
          // Globex Ltd" over "Madrid, Spain", a heading set inside a list item over its place).
          && !brokenByHand(last, l, lines)) {
        out.set(out.size() - 1, last.wrappedWith(wrap(last.text(), l.text(), hyphenates), l));
        continue;
      }
      out.add(l);
    }
    return out;
  }

  /**
   * Whether {@code next} starts a line of its own under the item {@code last}: the item's last
   * line reads as a title (see below) and ends at least a few words short of the edge its text
   * wraps at, room enough for the next line's first word (its letters at seven tenths of the
   * type's size each, a generous guess), that line opens with a capital, and the item's line
   * ends no clause left open (a comma, a joining word, a hyphen).
   */
  private static boolean brokenByHand(TextLine last, TextLine next, List<TextLine> page) {
    String t = next.text().strip();
    // Chinese and Japanese wrap between any two characters, each as wide as the type: the guess
    // of a word's width holds for none of it.
    if (t.isEmpty() || !Character.isUpperCase(t.charAt(0)) || unspaced(last.text())) {
      return false;
    }
    int space = t.indexOf(' ');
    int firstWord = space < 0 ? t.length() : space;
    String lt = last.text().strip();
    // The item's line reads as a title or a name, not a sentence cut short ("Rewrote the jobs so
    // that" over the rest): two words at least, none of more than three letters in lower case.
    String[] words = WHITESPACE.split(lt);
    int lower = 0;
    for (String w : words) {
      lower += w.length() > 3 && Character.isLowerCase(w.codePointAt(0)) ? 1 : 0;
    }
    if (words.length < 2 || lower > 0 || lt.endsWith(",") || endsWithOpenWord(lt) || HYPHEN_AT_END.matcher(lt).find()
        || lt.endsWith(SOFT_HYPHEN)) {
      return false;
    }
    // The edge the item's text wraps at: where the longest run of words that starts where it
    // starts, in its column, ends (a list set in a box narrower than the column wraps at the box's
    // edge; a header's dates beside the box are a cell apart, and say nothing of it). Worked out
    // last, as it walks the whole page and most lines fail the tests above.
    float edge = 0;
    for (TextLine o : page) {
      if (o.column() == last.column() && Math.abs(o.x() - last.x()) <= 3f && !o.text().contains("  ")) {
        edge = Math.max(edge, o.right());
      }
    }
    float room = edge - last.right();
    return room > (firstWord + 2) * 0.7f * next.size() + 3 * next.size();
  }

  /** Whether the text holds a character of a script written without spaces between words. */
  private static boolean unspaced(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (c >= 0x2E80) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
            || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI) {
          return true;
        }
      }
      i += Character.charCount(c);
    }
    return false;
  }

  /**
   * A sentence wrapped at the column's edge: the line runs (nearly) to the right edge of its
   * column, ends mid-sentence (a comma, a hyphen after a letter, a word such as "and" or "of", or
   * the next line starts in lower case, or the line is itself the wrapped end of a paragraph and
   * ends no sentence) and the next line starts where it did, in the same font, just below. Headers never qualify: they are short. A date range cut after its dash goes on
   * with the next line, which is its end date.
   *
   * <p>A hyphen after a letter ends a line where a browser or word processor broke a compound
   * ("Urbana-" / "Champaign"), whatever the case of what follows. A web address or email starts in
   * lower case without continuing anything: in a sidebar's contact list "Berlin, Germany" and
   * "github.com/..." are two lines.
   */
  private static List<TextLine> joinWrappedProse(List<TextLine> lines, boolean hyphenates) {
    // The edge text wraps at: the widest line of the run of lines around it that start where it
    // starts, in its font, one below the other (a summary across the page above a column, or a
    // sidebar, does not move a paragraph's edge).
    Map<TextLine, Float> edges = new java.util.IdentityHashMap<>();
    int from = 0;
    for (int i = 1; i <= lines.size(); i++) {
      if (i < lines.size() && sameRun(lines.get(i - 1), lines.get(i))) {
        continue;
      }
      float edge = 0;
      for (TextLine l : lines.subList(from, i)) {
        edge = Math.max(edge, l.right());
      }
      for (TextLine l : lines.subList(from, i)) {
        edges.put(l, edge);
      }
      from = i;
    }
    // The lines of a page's column from top to bottom, gathered the first time columnEdge asks.
    Map<List<Integer>, List<TextLine>> byColumn = new HashMap<>();
    List<TextLine> out = new ArrayList<>();
    for (TextLine l : lines) {
      TextLine last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && !last.bullet() && !l.bullet() && l.column() == last.column()
          && Math.abs(l.x() - last.x()) <= 2f && Math.abs(l.size() - last.size()) <= 0.6f && l.bold() == last.bold()
          && l.y() > last.y() && l.y() - last.y() <= 1.6f * Math.max(l.size(), 1f)
          && !last.text().contains("  ")
          // A range cut after its dash is unfinished wherever the line ends (a banner above the
          // columns can make the column's edge look wider than it is).
          && (OPEN_RANGE_AT_END.matcher(last.text()).find() && DATE.matcher(l.text()).find()
              || OPEN_BRACKET_AT_END.matcher(last.text()).find() && CLOSES_BRACKET.matcher(l.text()).find()
              || last.right() >= 0.85f * edges.getOrDefault(last, last.right())
                  // A semicolon sets clauses apart inside a paragraph as a comma does: after it a
                  // language that capitalises its nouns goes on in upper case ("...Analyse;" /
                  // "Planung der ...").
                  && (last.text().endsWith(",") || last.text().endsWith(";") || last.text().endsWith(SOFT_HYPHEN) || HYPHEN_AT_END.matcher(last.text()).find()
                      || endsWithOpenWord(last.text())
                      || Character.isLowerCase(l.text().charAt(0)) && !ADDRESS_FIRST.matcher(l.text()).find()
                          && last.right() >= 0.85f * columnEdge(lines, byColumn, last)
                      // Inside a paragraph already wrapped, a line filled to the edge without a
                      // sentence's end goes on, whatever the case of the next word ("... all other
                      // Game" / "Creation products' data ...").
                      || last.lead() > 0 && !SENTENCE_END.matcher(last.text()).find()
                          && last.right() >= 0.95f * edges.getOrDefault(last, last.right()))
                  && !DATE.matcher(l.text()).find())) {
        TextLine joined = last.wrappedWith(wrap(last.text(), l.text(), hyphenates), l);
        // A paragraph wraps at the edge of the widest of its lines' blocks.
        edges.put(joined, Math.max(edges.getOrDefault(l, l.right()), edges.getOrDefault(last, last.right())));
        out.set(out.size() - 1, joined);
        continue;
      }
      out.add(l);
    }
    return out;
  }

  /** The most words the wrapped end of a header's first cell has ("Inc.", "PointClickCare Company"). */
  private static final int WRAPPED_CELL_WORDS = 4;
  /**
   * A first cell cut after a comma, a dash or an article after one ("… Management Group," / "Inc.",
   * "… Inquiry - A" / "Globex Company"). A capital letter alone after no dash is a label's ("Squad A").
   */
  private static final Pattern OPEN_CELL_END = Pattern.compile("(?:,|\\s[-–—&]|\\s[-–—]\\s+(?:A|An|The))$");

  /**
   * A header whose first cell wrapped inside its column while its dates stand at the right of its
   * first line ("Architect at Globex Management Group, ⇥ Aug 2003 - Mar 2009" over "Inc."): the
   * short line right below, where the cell starts, is the end of that cell, not a line of its
   * own. The cell must end unfinished (a comma, a dash, a word such as "of" in lower case), or
   * the line below could be the employer set under the role, as many templates do; the line
   * below holds no dates and no cells of its own. It is put back before the dates, where it
   * belongs.
   */
  private static List<TextLine> joinWrappedHeaderCells(List<TextLine> lines) {
    List<TextLine> out = new ArrayList<>();
    for (TextLine l : lines) {
      TextLine last = out.isEmpty() ? null : out.get(out.size() - 1);
      int gap = last == null ? -1 : last.text().lastIndexOf("  ");
      if (gap > 0 && !last.bullet() && !l.bullet() && l.page() == last.page() && l.column() == last.column()
          && Math.abs(l.x() - last.x()) <= 2f && Math.abs(l.size() - last.size()) <= 0.6f
          && l.y() > last.y() && l.y() - last.y() <= 1.6f * Math.max(l.size(), 1f)) {
        String cell = last.text().substring(0, gap).strip();
        String dates = last.text().substring(gap).strip();
        String below = l.text().strip();
        // The dates are parsed last: most lines under a header's are no unfinished cell's end.
        if (!cell.contains("  ") && !below.isEmpty() && !below.contains("  ") && !Character.isLowerCase(below.charAt(0))
            && (OPEN_CELL_END.matcher(cell).find() || endsWithOpenWord(cell) && Character.isLowerCase(cell.charAt(cell.lastIndexOf(' ') + 1)))
            && !DATE.matcher(below).find() && words(below) <= WRAPPED_CELL_WORDS
            && DateParser.find(dates, 0).filter(d -> d.span().length() >= dates.length() - 2).isPresent()) {
          out.set(out.size() - 1, last.wrappedWith(cell + " " + below + "  " + dates, l));
          continue;
        }
      }
      out.add(l);
    }
    return out;
  }

  /** The most words each line of a heading set over two lines has ("EXPERIÊNCIA" / "PROFISSIONAL"). */
  private static final int STACKED_HEADING_WORDS = 2;

  /**
   * A heading a narrow margin sets over two lines ("EXPERIÊNCIA" over "PROFISSIONAL", "Work" over
   * "Experience" in bold): two short lines in one type that stands out (capitals or bold), one
   * right below the other where it starts, whose words together are a section's heading, are one
   * line. Alone, the first would head the section and the second read as its first entry; in the
   * body's type ("Volunteer" over "Work" in a list of interests) they are two lines. Here the
   * geometry says the second line is the first's continuation even where it is a heading's
   * wording alone ("Experience"); the segmenter's Sections.joinStacked joins what readers without
   * geometry mark as two headings.
   */
  private static List<TextLine> joinStackedHeadings(List<TextLine> lines) {
    List<TextLine> out = new ArrayList<>();
    for (TextLine l : lines) {
      TextLine last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && !last.bullet() && !l.bullet() && sameRun(last, l) && l.bold() == last.bold()
          && words(last.text()) <= STACKED_HEADING_WORDS && words(l.text()) <= STACKED_HEADING_WORDS) {
        String both = last.text().strip() + " " + l.text().strip();
        if ((last.bold() || isCaps(both)) && (Headings.isStandard(both) || Headings.isContact(both))) {
          out.set(out.size() - 1, last.wrappedWith(both, l));
          continue;
        }
      }
      out.add(l);
    }
    return out;
  }

  private static int words(String t) {
    String s = t.strip();
    return s.isEmpty() ? 0 : WHITESPACE.split(s).length;
  }

  /**
   * The edge of the column a line starts in: the widest line near it (a few lines above or below)
   * that starts where it starts, in its font, with no cells in it. A run of two short lines (a
   * title over an employer whose brand is written in lower case, "norvex GmbH") has its longer line
   * at its own edge; only the paragraph next to it shows that it stops far short of where text
   * wraps there. Lines far off are left out: a summary across the page above a column does not
   * move the column's edge. Only the lines within reach are looked at, found by their height in
   * the column's lines sorted top to bottom: asked of many lines of a long page, a walk over all
   * of them would grow with the square of the page.
   */
  private static float columnEdge(List<TextLine> lines, Map<List<Integer>, List<TextLine>> byColumn, TextLine line) {
    float edge = line.right();
    List<TextLine> column = byColumn.computeIfAbsent(List.of(line.page(), line.column()), k -> {
      List<TextLine> c = new ArrayList<>();
      for (TextLine o : lines) {
        if (o.page() == line.page() && o.column() == line.column()) {
          c.add(o);
        }
      }
      c.sort(java.util.Comparator.comparingDouble(TextLine::y));
      return c;
    });
    float reach = 5f * Math.max(line.size(), 1f);
    int lo = 0;
    int hi = column.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (column.get(mid).y() < line.y() - reach) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int i = lo; i < column.size() && column.get(i).y() <= line.y() + reach; i++) {
      TextLine o = column.get(i);
      if (Math.abs(o.x() - line.x()) <= 2f && Math.abs(o.size() - line.size()) <= 0.6f && !o.text().contains("  ")) {
        edge = Math.max(edge, o.right());
      }
    }
    return edge;
  }

  /** Whether {@code b} is the line below {@code a} in the same block: same column, start and font. */
  private static boolean sameRun(TextLine a, TextLine b) {
    return a.page() == b.page() && a.column() == b.column() && Math.abs(a.x() - b.x()) <= 2f
        && Math.abs(a.size() - b.size()) <= 0.6f && b.y() > a.y() && b.y() - a.y() <= 1.6f * Math.max(b.size(), 1f);
  }

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;]['’\")]?$");

  /** A date range cut after its dash ("sept. 2016 –" / "déc. 2019"): the next line is its end. */
  private static final Pattern OPEN_RANGE_AT_END = Pattern.compile("(?:19|20)\\d\\d\\s?[–—-]$");
  /**
   * Brackets opened around dates and left open at the line's end ("… Singapore (Mar 2022" over
   * "– Present)", "(Jul 2021 – Feb" over "2022)"): the line below that closes them is the rest.
   */
  private static final Pattern OPEN_BRACKET_AT_END = Pattern.compile("\\([^()]*(?:19|20)\\d\\d[^()]*$");
  private static final Pattern CLOSES_BRACKET = Pattern.compile("^[^()]{1,40}\\)");
  private static final Set<String> OPEN_WORDS =
      Lexicon.set("wrap-words.txt", "open");

  /** Whether the line ends with a word that needs more after it: "and", "of", "für" (see wrap-words.txt). */
  private static boolean endsWithOpenWord(String line) {
    int space = line.lastIndexOf(' ');
    return space > 0 && OPEN_WORDS.contains(line.substring(space + 1).toLowerCase(Locale.ROOT));
  }

  /** A line that opens with an email, a link or a bare domain ("github.com/jlee", "jlee.dev"). */
  private static final Pattern ADDRESS_FIRST = Pattern.compile("^(?:\\S*@\\S+|(?:https?://|www\\.)\\S*"
      + "|[\\w.-]+\\.(?:com|org|net|dev|io|me|app|co|uk|de|tech|page|site|xyz|edu)(?:/\\S*)?)(?:\\s|$)");

  /**
   * Lines that look like headings: a known heading wording in a distinctive style (larger,
   * bold or capitals), and any other short line in exactly that style. A style shared by many
   * lines that are not headings (bold company names) marks nothing beyond the known wordings.
   */
  private static Set<Integer> headings(List<TextLine> lines) {
    float body = bodySize(lines);
    Map<String, Integer> knownStyles = new HashMap<>();
    Map<String, Integer> otherStyles = new HashMap<>();
    Set<Integer> out = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      TextLine l = lines.get(i);
      if (!candidate(l)) {
        continue;
      }
      String style = style(l, body);
      // Only the standard wordings teach the heading style; "Relevant Experience" or an employer
      // named "... Education" must match that style to count, and so must a wording that is also
      // a label inside entries ("Highlights" under each job).
      if (Headings.isStandard(l.text()) && !Headings.isSubLabel(l.text())) {
        if (distinctive(l, body)) {
          knownStyles.merge(style, 1, Integer::sum);
          out.add(i);
        }
      } else {
        otherStyles.merge(style, 1, Integer::sum);
      }
    }
    for (int i = 1; i < lines.size(); i++) {
      TextLine l = lines.get(i);
      if (out.contains(i) || !candidate(l) || !distinctive(l, body)) {
        continue;
      }
      String style = style(l, body);
      int known = knownStyles.getOrDefault(style, 0);
      int others = otherStyles.getOrDefault(style, 0);
      if (known < 2) {
        continue; // the style is no heading's: the line's wording need not be asked
      }
      boolean qualified = Headings.kindOf(l.text()).isPresent();
      if ((others <= known || qualified) && l.text().split(" ").length <= (qualified ? 6 : 4)) {
        out.add(i);
      }
    }
    return out;
  }

  private static boolean candidate(TextLine l) {
    String t = l.text();
    // Asked of every line, several times a read: the plain looks first, the patterns last.
    return !l.bullet() && l.size() > 0 && t.length() <= 40 && !t.contains("@") && !t.endsWith(".") && !t.endsWith(",")
        && !t.contains("  ") && WHITESPACE.split(t).length <= 6 && !DATE.matcher(t).find() && HAS_LETTER.matcher(t).matches();
  }

  private static boolean distinctive(TextLine l, float body) {
    return l.size() >= body * 1.08f || l.bold() || isCaps(l.text());
  }

  private static String style(TextLine l, float body) {
    return Math.round(l.size() * 2) + (l.bold() ? "b" : "") + (isCaps(l.text()) ? "C" : "");
  }

  private static boolean isCaps(String t) {
    int upper = 0;
    int letters = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) {
          upper++;
        }
      }
    }
    return letters >= 3 && upper == letters;
  }

  /** The share of the text in bold lines above which the body text is bold itself. */
  private static final double BOLD_BODY = 0.8;

  /**
   * Whether the body text is set in bold: most of the text's characters stand in bold lines (a
   * font the PDF names bold for every weight, or a page set bold throughout).
   */
  private static boolean boldBody(List<TextLine> lines) {
    long all = 0;
    long bold = 0;
    for (TextLine l : lines) {
      all += l.text().length();
      bold += l.bold() ? l.text().length() : 0;
    }
    return all > 0 && bold > BOLD_BODY * all;
  }

  private static float bodySize(List<TextLine> lines) {
    Map<Integer, Integer> bySize = new HashMap<>();
    for (TextLine l : lines) {
      bySize.merge(Math.round(l.size() * 2), l.text().length(), Integer::sum);
    }
    return bySize.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() / 2f).orElse(10f);
  }

  // Compiled once: String.replaceAll, replaceFirst and matches compile theirs on every call.
  private static final Pattern MAIL_QUERY = Pattern.compile("\\?.*$");
  private static final Pattern WEB_SCHEME = Pattern.compile("(?i)^https?://(?:www\\.)?");
  private static final Pattern TRAILING_SLASHES = Pattern.compile("/+$");
  private static final Pattern PROFILE_HOST = Pattern.compile(".*(linkedin\\.com|github\\.com|gitlab\\.com).*");

  /**
   * The text without the whitespace {@code \s} matches (space, tab, line ends, form feed, vertical
   * tab), by hand: every line of a resume with a link goes through it.
   */
  static String withoutWhitespace(String text) {
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean space = c == ' ' || c >= '\t' && c <= '\r';
      if (space && b == null) {
        b = new StringBuilder(text.length()).append(text, 0, i);
      } else if (!space && b != null) {
        b.append(c);
      }
    }
    return b == null ? text : b.toString();
  }

  /**
   * Targets of links whose text hides them ("LinkedIn", "Email"), as one line for the contact
   * block: mail and phone links anywhere, profile links, and any link at the top of page one.
   */
  private static String hiddenLinks(List<Link> links, List<TextLine> lines) {
    // The visible text is gathered only once a link needs it: most links are no contact link.
    String seen = null;
    // Its digits alone, for phone links, likewise worked out once.
    String seenDigits = null;
    Set<String> out = new LinkedHashSet<>();
    for (Link link : links) {
      String uri = link.uri();
      String lower = uri.toLowerCase(Locale.ROOT);
      String shown;
      if (lower.startsWith("mailto:")) {
        shown = MAIL_QUERY.matcher(uri.substring(7)).replaceAll("");
      } else if (lower.startsWith("tel:")) {
        shown = uri.substring(4);
      } else if (lower.startsWith("http://") || lower.startsWith("https://")) {
        // Most web links are neither a profile nor at the top: their shown form is never needed.
        if (!link.top() && !PROFILE_HOST.matcher(lower).matches()) {
          continue;
        }
        shown = TRAILING_SLASHES.matcher(WEB_SCHEME.matcher(uri).replaceFirst("")).replaceAll("");
      } else {
        continue;
      }
      String key = withoutWhitespace(shown.toLowerCase(Locale.ROOT));
      if (key.isEmpty() || key.length() > 120) {
        continue;
      }
      if (seen == null) {
        StringBuilder visible = new StringBuilder();
        for (TextLine l : lines) {
          visible.append(withoutWhitespace(l.text().toLowerCase(Locale.ROOT))).append('\n');
        }
        seen = visible.toString();
      }
      if (seenDigits == null && lower.startsWith("tel:")) {
        seenDigits = NOT_DIGIT.matcher(seen).replaceAll("");
      }
      boolean present = lower.startsWith("tel:")
          ? seenDigits.contains(NOT_DIGIT.matcher(key).replaceAll(""))
          : seen.contains(key);
      if (!present) {
        out.add(shown);
      }
    }
    return String.join(" | ", out);
  }
}
