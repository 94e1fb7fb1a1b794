package dev.prism.core.text;

import dev.prism.core.model.Bullet;
import dev.prism.core.model.Claim;
import dev.prism.core.model.DateRange;
import dev.prism.core.model.Field;
import dev.prism.core.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * One entry's lines before its header is labelled: what {@link Entries} groups a section's lines
 * into, line by line, and then labels.
 */
final class Block {
  final List<Line> header = new ArrayList<>();
  final List<StringBuilder> bulletText = new ArrayList<>();
  final List<int[]> bulletSpans = new ArrayList<>();
  final List<Line> lines = new ArrayList<>();
  /** Lines under the header that describe it but are no body: a web address, a list of technologies. */
  final List<Line> asides = new ArrayList<>();
  DateRange dates;
  /** A line that holds only the end of the header's dates, stacked under their start. */
  Line closing;
  /** The header's rail of dates goes on: a row of its own joined it ("to") and its other end is still to come. */
  boolean railOpen;
  /** The next header line holds the other end of the header's lone date (see stackedEnds), as startsNew found. */
  boolean endBelow;
  /** The header's lone year is a part of a name, and the dates line below dates the entry (see yearInName). */
  boolean yearInName;
  /** The header is an employer's dated heading with projects under it and no role (see headsWorkInside). */
  boolean employerHeading;
  /** The header is a role's list item under its employer, with its dates ("• Senior Engineer (2019 – 2022)"): whole on its own. */
  boolean roleItem;
  Claim.Entry claim;
  boolean lastBullet;
  /** The last line of the last bullet: where it ends on the page tells whether the next line is its wrap. */
  Line lastBulletLine;

  boolean empty() {
    return header.isEmpty() && bulletText.isEmpty() && lines.isEmpty() && asides.isEmpty();
  }

  boolean hasBody() {
    return !bulletText.isEmpty() || !lines.isEmpty();
  }

  void bullet(Line l) {
    bulletText.add(new StringBuilder(Inline.clean(l.content())));
    bulletSpans.add(new int[] {l.contentStart(), l.contentEnd()});
    lastBullet = true;
    lastBulletLine = l;
  }

  void continueBullet(Line l) {
    int last = bulletText.size() - 1;
    bulletText.get(last).append(' ').append(Inline.clean(l.content()));
    bulletSpans.get(last)[1] = l.contentEnd();
    lastBulletLine = l;
  }

  void header(Line l) {
    Line above = header.isEmpty() ? null : header.get(header.size() - 1);
    header.add(l);
    if (dates == null && l.hasDates()) {
      dates = l.firstDates();
      // "Present ⇥ Senior Engineer ⇥ Globex" over "Feb 2019": a rail that prints the end above
      // the start leaves the open end in the first cell of the line above, the start alone on
      // this one. The two are a running range, and the open end is no part of that line's names.
      List<Span> cells = above == null || above.hasDates() ? List.of() : above.cells();
      if (dates.single() && cells.size() >= 2 && DateParser.isOpenEnd(above.textOf(cells.get(0))) && l.loneDate() != null) {
        dates = new DateRange(dates.start(), null, true, Span.between(cells.get(0).offset(), dates.span().end()));
        header.set(header.size() - 2, above.slice(cells.get(1).offset(), above.contentEnd()));
      } else if (dates.single() && header.size() == 2 && cells.size() <= 1 && DateParser.isOpenEnd(Inline.clean(above.content()).strip())
          && l.opensWithDate()) {
        // "Atual" alone over "Abril/19 ⇥ Role ⇥ Employer": the same rail with the open end on a
        // line of its own and the start opening the names' line.
        dates = new DateRange(dates.start(), null, true, Span.between(above.contentStart(), dates.span().end()));
        header.remove(header.size() - 2);
      }
    } else if (dates != null && dates.single() && !dates.present() && header.size() <= 3 && header.get(0).opensWithDate()
        && !l.hasDates() && l.cells().size() >= 2 && DateParser.isOpenEnd(l.textOf(l.cells().get(0)))) {
      // "Ene 2018 ⇥ Developer ⇥ Globex" over "Presente ⇥ Vigo": a rail that sets the start on
      // the names' line and the open end under it (a wrapped name may come between). The two
      // are a running range; the open end is no part of the place beside it.
      dates = new DateRange(dates.start(), null, true, Span.between(dates.span().offset(), l.cells().get(0).end()));
      header.set(header.size() - 1, l.slice(l.cells().get(1).offset(), l.contentEnd()));
    } else if (yearInName && header.size() == 2 && l.hasDates()) {
      // "Film Crew @ Globex Festival 2024" over "May & September 2023": the year names the
      // festival; the line below dates the job (startsNew found it: see yearInName).
      dates = l.firstDates();
      yearInName = false;
    } else if (endBelow && header.size() == 2 && LineShapes.otherEnd(above, dates, l)) {
      // "Setembro/18" over "Março/19 ⇥ Role ⇥ Employer": a rail that stacks a range's two ends,
      // the lower on the names' line, in either order (startsNew found it: see stackedEnds).
      // The earlier is the start.
      DateRange other = l.firstDates();
      boolean later = other.start().compareTo(dates.start()) > 0;
      dates = new DateRange(later ? dates.start() : other.start(), later ? other.start() : dates.start(), false,
          Span.between(dates.span().offset(), other.span().end()));
    }
    lastBullet = false;
  }

  /**
   * "Actuellement ⇥ Consultant, Strasbourg" opening a header, with no dates on its line: a rail
   * that gives a running job no start, only its word for "still running", in the dates' cell.
   * The word names no field, and goes. (Over a start, "Present ⇥ Engineer ⇥ Globex" over "Feb
   * 2019", it is the range's end, taken when that line came; with dates on its line, "Current ⇥
   * Engineer ⇥ 2021 – 2022", the cell may be a firm's name.)
   */
  void dropLoneOpenEnd() {
    Line first = header.isEmpty() ? null : header.get(0);
    if (first == null || first.hasDates() || first.cells().size() < 2
        || !DateParser.isOpenEnd(first.textOf(first.cells().get(0)))) {
      return;
    }
    header.set(0, first.slice(first.cells().get(1).offset(), first.contentEnd()));
  }

  Span span() {
    int start = Integer.MAX_VALUE;
    int end = 0;
    for (List<Line> ls : List.of(header, lines, asides, closing == null ? List.<Line>of() : List.of(closing))) {
      for (Line l : ls) {
        start = Math.min(start, l.contentStart());
        end = Math.max(end, l.contentEnd());
      }
    }
    for (int[] s : bulletSpans) {
      start = Math.min(start, s[0]);
      end = Math.max(end, s[1]);
    }
    if (claim != null) {
      start = Math.min(start, claim.span().offset());
      end = Math.max(end, claim.span().end());
    }
    // A rail's open end over the start below is the dates' though no header line holds it now.
    if (dates != null && !header.isEmpty()) {
      start = Math.min(start, dates.span().offset());
      end = Math.max(end, dates.span().end());
    }
    return start == Integer.MAX_VALUE ? Span.EMPTY : Span.between(start, end);
  }

  List<Bullet> bullets() {
    List<Bullet> bullets = new ArrayList<>();
    for (int i = 0; i < bulletText.size(); i++) {
      int[] s = bulletSpans.get(i);
      bullets.add(new Bullet(bulletText.get(i).toString(), Span.between(s[0], s[1])));
    }
    return bullets;
  }

  /** Header parts that found no field, then the entry's description lines. */
  List<Field> description(List<Field> extra) {
    List<Field> described = new ArrayList<>(extra);
    for (Line l : asides) {
      described.add(new Field(Inline.clean(l.content()), l.contentSpan()));
    }
    for (Line l : lines) {
      described.add(new Field(Inline.clean(l.content()), l.contentSpan()));
    }
    return described;
  }
}
