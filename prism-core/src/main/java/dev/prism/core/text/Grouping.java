package dev.prism.core.text;

import static dev.prism.core.text.LineShapes.*;
import dev.prism.core.lexicon.FieldLabelWords;
import dev.prism.core.lexicon.Glyphs;
import dev.prism.core.lexicon.Lexicon;
import dev.prism.core.model.Claim;
import dev.prism.core.model.DateRange;
import dev.prism.core.model.Entry;
import dev.prism.core.model.Field;
import dev.prism.core.model.PartialDate;
import dev.prism.core.model.SectionKind;
import dev.prism.core.model.Span;
import dev.prism.core.model.Style;
import dev.prism.core.text.ListHeads.ListHead;
import dev.prism.core.text.Parts.Part;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The third pass: a section's lines grouped into {@link Block}s, one an entry, line by line. Each
 * line opens a new entry's header, goes on the header, is a bullet or goes on one, or describes
 * the entry; {@link LineShapes} says what the line looks like and {@link ListHeads} which list
 * items head entries, and the predicates here weigh that against the entry being built.
 */
final class Grouping {

  private Grouping() {}

  /**
   * The section's lines as blocks. {@code documentStyle} is the style of the document's running
   * text (see {@link LineShapes#bodyStyle(List, String)}), which a section with too little running
   * text of its own is read against; null where the document has none.
   */
  static List<Block> group(SectionKind kind, List<Line> body, List<Claim.Entry> claims, String documentStyle) {
    List<Block> done = new ArrayList<>();
    Block cur = new Block();
    boolean gap = false;
    boolean previousEnded = true;
    // The line before was a label inside an entry ("Key technologies used"): what it labels follows.
    boolean labelled = false;
    // Since a label of the projects inside an entry, no blank line and no date: "Projects:" over
    // the names and lines of what was built there, which head no entries of their own. Other
    // labels ("Tech stack") label a line or two; a project's name after them would head nothing.
    boolean listing = false;
    // Since a lead-in that ends with a colon ("Responsible for:"), list item after list item: the
    // items are what it introduces, bullets however they are set; a year in one ("Windows
    // servers (2003 and 2008)") dates no entry. Not under a label of projects ("Key projects:"),
    // whose items name what was built (see listing).
    boolean leadIn = false;
    // Markdown headings that carry dates head the entries ("### 2019 - 2023: Engineer, Globex"):
    // where two do, a plain line under one that names no role describes that entry.
    int datedHeadings = 0;
    for (int i = 0; i < body.size() && datedHeadings < 2; i++) {
      datedHeadings += LineShapes.datedHeading(body.get(i)) ? 1 : 0;
    }
    boolean headingHeaders = datedHeadings == 2;
    String bodyStyle = bodyStyle(body, documentStyle);
    Map<Integer, Float> rightEdges = rightEdges(body);
    // A dated line set as headers are, or two undated lines that are no items set so. One pass,
    // each line's style asked once: this runs over every section's lines.
    boolean styledHeaders = false;
    int styledLines = 0;
    for (int i = 0; i < body.size() && !styledHeaders; i++) {
      Line l = body.get(i);
      if (!l.blank() && (l.hasDates() || !l.bullet()) && styledAsHeader(l, bodyStyle)) {
        styledLines += l.bullet() ? 0 : 1;
        styledHeaders = l.hasDates() || styledLines >= 2;
      }
    }
    // A section whose bullets have glyphs writes none without: a sentence there describes. A
    // glyph before a line right over its own dates is no bullet's: an icon a theme draws before
    // one header (the current job's), among bullets set without glyphs.
    boolean glyphBullets = false;
    for (int i = 0; i < body.size() && !glyphBullets; i++) {
      glyphBullets = body.get(i).bullet() && !overOwnDates(body, i);
    }
    // Whether any list item holds dates: where none does, the section's headers are lines of their
    // own and its items are what the jobs did, a bold short item too (a project's name over its
    // own items or a line about it, "Code generator for an in-house DSP").
    boolean datedItems = body.stream().anyMatch(l -> l.bullet() && l.hasDates());
    String template = headerStyle(body);
    ListHead[] listHeads = ListHeads.of(kind, body);
    for (int li = 0; li < body.size(); li++) {
      Line line = body.get(li);
      if (line.blank()) {
        gap = true;
        listing = false;
        leadIn = false;
        continue;
      }
      if (cur.claim == null && !cur.header.isEmpty() && !cur.hasBody() && cur.dates != null && cur.dates.single()
          && cur.closing == null && !line.bullet() && railStart(cur) == null && DateParser.isRangeWord(Inline.clean(line.content()))) {
        // "June 2000" / "-" / "October 2001": a range's dash on a line of its own between its two
        // ends, as an old page's table cell breaks it. It is no body: the end below closes the
        // range. (A rail of dates beside the header joins its "to" itself: see railJoins.)
        cur.asides.add(line);
        continue;
      }
      if (cur.roleItem && !cur.hasBody() && !line.bullet() && listHeads[li] == ListHead.NONE && !isSentence(line)
          && (styledAsHeader(line, bodyStyle) || Parts.namesRole(line))) {
        // A line set as headers are, or naming a role, after a role's item ("• Full Stack
        // Developer (2017 – 2019)" over "Java Developer"): the item was whole, and the line opens
        // the next header.
        done.add(cur);
        cur = new Block();
      }
      Claim.Entry claim = claimAt(claims, line);
      if (claim != null) {
        if (cur.claim != claim) {
          if (!cur.empty()) {
            done.add(cur);
          }
          cur = new Block();
          cur.claim = claim;
        }
        if (line.bullet()) {
          cur.bullet(line);
        } else if (touches(claim, line)) {
          cur.header(line);
        } else if (cur.lastBullet && continues(line, cur, false, rightEdges)) {
          cur.continueBullet(line);
        } else {
          cur.lines.add(line);
          cur.lastBullet = false;
        }
        gap = false;
        continue;
      }
      if (cur.claim != null && !line.bullet() && !line.hasDates() && (colonLabel(body, li) || isSubLabel(line))) {
        // A label right under a claimed entry ("Responsible for:" under a LaTeX class's \cventry)
        // introduces that entry's items.
        cur.lines.add(line);
        cur.lastBullet = false;
        gap = false;
        continue;
      }
      if (cur.claim != null && line.bullet() && (cur.bulletText.isEmpty() || cur.lastBullet)) {
        // Bullets right under a claimed entry that has none of its own (a table's row of a job,
        // then what was done there) are that entry's.
        cur.bullet(line);
        gap = false;
        continue;
      }
      if (cur.claim != null && !line.bullet() && !line.hasDates() && !Parts.namesRole(line)) {
        Line next = Line.next(body, li);
        if (next == null || !next.hasDates() || claimAt(claims, next) != null) {
          // "Stack ⇥ Go, Kafka, PostgreSQL" under a class's \cventry (moderncv's \cvitem): a line
          // that names no role and no dates, and heads no dated line of its own (the next claimed
          // entry's is that entry's), says more of the entry above.
          cur.lines.add(line);
          cur.lastBullet = false;
          gap = false;
          continue;
        }
      }
      if (cur.claim != null) {
        done.add(cur);
        cur = new Block();
      }
      if (kind == SectionKind.EXPERIENCE && headsWorkInside(cur, line) && !datesOwnBelow(cur, body, li)) {
        cur.employerHeading |= !Parts.namesRole(cur.header.get(0));
        cur.lines.add(line);
        cur.lastBullet = false;
        gap = false;
        continue;
      }
      if (!line.bullet() && !line.hasDates()
          && (ContactParser.labelsOnly(line) || (kind == SectionKind.EXPERIENCE || kind == SectionKind.EDUCATION) && ContactParser.detailsOnly(line))) {
        // "GitHub | Twitter" (the texts of links to the person's profiles) under a work heading that
        // opens the document names no job and no employer: it describes the entry above, if any.
        if (!cur.empty()) {
          cur.lines.add(line);
          cur.lastBullet = false;
        }
        continue;
      }
      // "Since 2018 I work for the company full time …" under a dated header: a date that opens a
      // sentence there dates no entry of its own, and the line describes the entry. Where no dates
      // came yet, the date is the entry's.
      if (cur.dates != null && !line.bullet() && line.hasDates() && datedSentence(line)) {
        cur.lines.add(line);
        cur.lastBullet = false;
        gap = false;
        continue;
      }
      boolean hasDate = line.hasDates();
      if (gap && !hasDate && cur.dates != null && !cur.hasBody() && overOwnDates(body, li) && casedAsHeader(line)
          && !isSentence(line)) {
        // After a blank line, a header over dates of its own heads the next entry, though the one
        // above names no role the lexicon knows ("Kitchen Porter, The Ivy" / "Mar 2018 – Dec
        // 2018", blank, "Software Engineer, Globex" / "2012 – 2015"). A header cut by a blank line
        // before its role ("Acme" / "2021 – Present", blank, "Senior Engineer" over bullets) has
        // no dates below that role.
        done.add(cur);
        cur = new Block();
      }
      if (!hasDate && namesColumns(line)) {
        // "Zeitraum ⇥ Position ⇥ Unternehmen": a table's header row names the columns of the rows
        // below it; it ends the entry before and heads none.
        if (!cur.empty()) {
          done.add(cur);
          cur = new Block();
        }
        gap = true;
        continue;
      }
      if (kind == SectionKind.EXPERIENCE && !hasDate && !line.bullet()
          && (Headings.isGroupLabel(line.content()) || waysOfWorkingHeading(line, body, li))) {
        // "Vocational" over the jobs held so: a label that groups the entries below it ends the
        // entry before and heads none.
        if (!cur.empty()) {
          done.add(cur);
          cur = new Block();
        }
        gap = true;
        continue;
      }
      // Read once: the branches below may ask, and the end of every pass does.
      // "    Project Portfolio" indented under a job's header names a part of that job.
      boolean subLabel = isSubLabel(line) || kind.describesWork() && colonLabel(body, li) || !hasDate && !cur.header.isEmpty() && cur.hasBody()
          && line.indent() > cur.header.get(0).indent() && !line.bullet() && Headings.kindOf(line.content()).isPresent();
      // "Role: Led the migration of …" is a sentence that describes, whatever its label.
      FieldLabels.Found fieldLabel = FieldLabels.of(line);
      // Set where asked below: a name cell before a sentence (see nameBeforeSentence).
      Span nameCell;
      if (fieldLabel != null && !fieldLabel.cell() && isSentence(line)) {
        fieldLabel = null;
      }
      // Whether the line closes a column of dates beside the header (see railCloses), asked once.
      DateRange railEnd = kind.describesWork() ? railCloses(cur, line) : null;
      // The header's range its end's year below completes, asked once (see monthCutRange).
      DateRange monthCut = kind.describesWork() || kind == SectionKind.EDUCATION ? monthCutRange(cur, line) : null;
      if (!cur.header.isEmpty() && li > 0 && cur.header.get(cur.header.size() - 1) == body.get(li - 1) && !line.bullet()
          && !line.hasDates() && Parts.isStreetAddress(Inline.clean(line.content()))) {
        // "12 Harbour Road, Dublin" right under a header line that names the employer: its
        // address, no entry.
        cur.asides.add(line);
      } else if (!cur.header.isEmpty() && !cur.hasBody() && (isLinkOnly(line) && !namesEmployer(kind, cur, line) || labelledLink(line) || isTechList(line)
          || kind.describesWork() && aboutEmployerOverDates(cur, line, body, li, bodyStyle))) {
        // The employer's or the project's address, or what the job used, under its header: the
        // header goes on below it (the dates, the role), so it is no body.
        cur.asides.add(line);
      } else if (!cur.header.isEmpty() && !cur.hasBody() && cur.dates != null && !line.bullet()
          && Parts.datesOnly(cur.header.get(0)) && Parts.isDuration(Inline.clean(line.content()))) {
        // "(3 yrs 3 mos)" on a line of its own under a rail's date and the employer beside it:
        // how long the job lasted, no body; the header (the role) goes on below it. Under a
        // header that opens with its role, the duration ends it as before.
        cur.asides.add(line);
      } else if (kind.describesWork() && railJoins(cur, line)) {
        // "August 2018 ⇥ Engineer at Globex" over "to": the rail of dates goes on below.
        cur.closing = line;
        cur.railOpen = true;
      } else if (railEnd != null) {
        // … over "Current ⇥ My role involves …": the rail's second date closes the header's range,
        // and the rest of the row describes the entry.
        cur.dates = railEnd;
        cur.closing = line;
        cur.railOpen = false;
        List<Span> cells = line.cells();
        Line item = bulletAfterDate(line);
        if (placeAfterDate(line)) {
          cur.header(line.slice(cells.get(1).offset(), line.contentEnd()));
        } else if (item != null) {
          cur.bullet(item);
        } else if (cells.size() > 1) {
          cur.lines.add(line.slice(cells.get(1).offset(), line.contentEnd()));
        }
      } else if (monthCut != null) {
        // "… ⇥ June 2016 – Aug" over "2016": the end's month on the header's line, its year wrapped
        // below it (a narrow cell of dates).
        DateRange joined = monthCut;
        cur.dates = new DateRange(joined.start(), joined.end(), joined.present(), Span.between(cur.dates.span().offset(), line.contentEnd()));
        cur.closing = line;
      } else if (kind.describesWork() && closesRange(cur, body, li)) {
        // "Sep 2010" over the header and "Apr 2012" (or "Present") under it, with no dash: a rail
        // of dates stacked start over end.
        DateRange end = line.firstDates();
        Span whole = Span.between(cur.dates.span().offset(), end == null ? line.contentEnd() : end.span().end());
        // Printed end over start, the earlier date is the start.
        boolean reversed = end != null && end.start().compareTo(cur.dates.start()) < 0;
        cur.dates = end == null ? new DateRange(cur.dates.start(), null, true, whole)
            : reversed ? new DateRange(end.start(), cur.dates.start(), false, whole)
            : new DateRange(cur.dates.start(), end.start(), false, whole);
        cur.closing = line;
      } else if (fieldLabel != null && !cur.header.isEmpty() && !cur.hasBody() && !labelled(cur, fieldLabel.field())) {
        // "**Position:** Web programmer" under "## Globex": a labelled field of the header above.
        cur.header(line);
      } else if (fieldLabel != null && fieldLabel.cell() && fieldLabel.field() == FieldLabelWords.Field.ORGANIZATION
          && !cur.header.isEmpty() && cur.hasBody() && !labelled(cur, FieldLabelWords.Field.ORGANIZATION)) {
        // A form-like CV (Europass) names the employer in a labelled cell after the duties:
        // "Name and address of employer ⇥ Globex" below the entry's dates, role and description.
        cur.header(line);
      } else if (fieldLabel != null && !cur.empty() && (fieldLabel.field() == FieldLabelWords.Field.ORGANIZATION
          || fieldLabel.field() == FieldLabelWords.Field.DATES) && (cur.hasBody() || labelled(cur, fieldLabel.field()))) {
        // "Company: Initech" after the last job's description: the next job's header.
        done.add(cur);
        cur = new Block();
        cur.header(line);
      } else if (listHeads[li] == ListHead.ON && cur.lastBullet) {
        cur.continueBullet(line);
      } else if (listHeads[li] == ListHead.MORE) {
        cur.header(line);
      } else if (listHeads[li] == ListHead.ENTRY || listHeads[li] == ListHead.ROLE) {
        // A section written as a list of entries (see listHeads): the item heads an entry, or the
        // roles under it as their employer does.
        if (!cur.empty()) {
          done.add(cur);
          cur = new Block();
        }
        cur.roleItem = listHeads[li] == ListHead.ROLE;
        int roleEnd = listHeads[li] == ListHead.ROLE ? roleEnd(line) : line.contentEnd();
        int stop = listHeads[li] == ListHead.ENTRY ? headerStop(line) : -1;
        if (stop > 0) {
          // "2021 – 2023: Engineer at Globex. Built the billing service, ran the on-call": the
          // entry's header, then its description, on one item.
          cur.header(line.slice(line.contentStart(), stop));
          cur.lines.add(line.slice(stop + 1, line.contentEnd()));
        } else if (roleEnd < line.contentEnd()) {
          // "Systems Analyst (2021 – Present): Wrote the jobs": a role held at the employer
          // above, its description after it (past the colon, when one parts them).
          boolean colon = line.content().charAt(roleEnd - line.contentStart()) == ':';
          cur.header(line.slice(line.contentStart(), roleEnd));
          cur.lines.add(line.slice(colon ? roleEnd + 1 : roleEnd, line.contentEnd()));
        } else {
          cur.header(line);
        }
      } else if (line.bullet() && (kind.describesWork() && headerUnderDates(cur, line) && Parts.namesRole(line)
              && headerItem(Parts.of(kind, List.of(line)))
          || kind == SectionKind.EDUCATION && !cur.hasBody() && datesAlone(cur) && !isSentence(line) && namesStudy(line)
              && listOpensWithDates(body))) {
        // "Mar 2022 – Present" over "• Senior Engineer, Globex, Portland.": under dates on a line
        // of their own, a first list item that names a role and a place as a header does, cased
        // so and no sentence, is the header a template drew with a glyph (CurVe's starred
        // entries); so is one that names a role at a name ("• Software Engineer @ Globex").
        // Without either it may be a bullet of a later stint at the employer above ("• Team
        // Lead, 6 engineers"). In education, an item that names a degree or a school, in any case
        // ("• Master's degree in Computer Science, Brindlebank University"), heads so where the
        // list opens with such dates; where it opens with a degree, each degree stands over its dates.
        cur.header(line);
      } else if (leadIn && line.bullet() && !cur.empty() || isBullet(line, bodyStyle)
          || !datedItems && itemUnderDatedHeader(kind, cur, line) && !headsDatedLine(body, li)) {
        cur.bullet(line);
      } else if (cur.lastBullet && (!gap || goesOnOverBreak(cur, line)) && continues(line, cur, hasDate, rightEdges)) {
        cur.continueBullet(line);
      } else if (kind == SectionKind.EXPERIENCE && cur.hasBody() && !hasDate && !overDeeperHeading(body, li)
          && (!nextOpensBody(body, li, claims) && (isTechList(line) || isItemList(line) || listGoesOn(cur, line) || tagsCloseEntry(body, li))
              || cur.lastBullet && cur.dates != null && tagsOfItem(line, bodyStyle) && !headsNext(body, li))) {
        // "Linux, Git, Yocto, C, C++, Zeromq" under a job's bullets: what the job used, a line of
        // that job, however it is set; it heads nothing. A line over bullets or dates of its own
        // heads them ("Northwind Hotels, Front Office, Night Shift, Lakeside" / "Night Auditor, 2016").
        // A list that ends in its separator goes on on the next line ("… / Composer /" over "GitHub").
        // Tags right under an item of a dated job are that item's, unless the next line names a
        // role or dates, which the line heads ("Oracle" over "Java Developer | 2016 – 2020"). A
        // heading heads, whatever its words ("### Amazon Web Services, S3" over "#### Engineer").
        cur.lines.add(line);
        cur.lastBullet = false;
      } else if (listing && !hasDate && !subLabel && !cur.empty() && !nextDatedWithoutName(body, li)) {
        // What a label inside the entry lists, line after line until a blank line, or the line
        // over a dated one, which opens the next entry ("Nordkapp" over "Developer, 2014 - 2015").
        // A dated line of three cells or more (dates, role, employer) names its own: the line
        // over it ("Angular ⇥ Scrum", a project's tools) is still the list's.
        cur.lines.add(line);
        cur.lastBullet = false;
      } else if (subLabel || (isInlineLabel(line) && !overDeeperHeading(body, li) || projectsOfJob(line, body, li) || isDetailLabel(line) && cur.dates != null
              && !styledAsHeader(line, bodyStyle) && !(hasDate && line.cells().size() >= 2)) && !cur.empty()
          || labelled && !cur.empty() && (!hasDate || isShortList(line)) && !isSentence(line)
              && !styledAsHeader(line, bodyStyle)) {
        // "Highlights", "Tech stack: Go, Kafka": they describe the entry they stand in.
        cur.lines.add(line);
        cur.lastBullet = false;
      } else if (kind == SectionKind.PUBLICATIONS && !cur.header.isEmpty() && !hasDate && Publications.isByline(line)) {
        // The authors or the DOI under a publication's title describe it; they head no entry.
        cur.lines.add(line);
        cur.lastBullet = false;
      } else if (kind == SectionKind.PUBLICATIONS && Publications.isCitation(line) && (previousEnded || gap)) {
        // A whole reference on a line is one publication; the next one starts the next entry.
        if (!cur.empty()) {
          done.add(cur);
          cur = new Block();
        }
        cur.header(line);
      } else if (kind == SectionKind.EXPERIENCE && !cur.header.isEmpty() && !cur.hasBody() && !hasDate
          && (nameCell = nameBeforeSentence(line)) != null) {
        // "Quillfeather ⇥ Built the CRM with Go and MySQL.": a name in the first cell, what was
        // done there in the next (a template that sets the employer and the description on one
        // row under the role): the name is the header's, the sentence the entry's first bullet.
        cur.header(line.slice(nameCell.offset(), nameCell.end()));
        cur.bullet(line.slice(line.cells().get(1).offset(), line.contentEnd()));
      } else if (employerLineUnderRole(kind, cur, line)) {
        // "Senior SRE" over "Globex · Globex is a platform for …" over the dates: a theme's line
        // of the employer and what it is, however long, under a role that names no employer.
        cur.header(line);
      } else if (!cur.header.isEmpty() && kind.describesWork() && !glyphBullets && !datesEntry(line)
          && !styledAsHeader(line, bodyStyle) && !headerUnderDates(cur, line)
          && (isSentence(line) || wrapsIntoProse(cur, body, li) || styledHeaders && cur.hasBody() && line.cells().size() < 2
              && styleKey(line.style()).equals(bodyStyle) && !headsDatesBelow(cur, body, li, bodyStyle))) {
        // A bullet written without a glyph, under an entry header, in a section that writes its
        // bullets so: a sentence (or a paragraph's first line wrapped by hand), or, where the
        // section sets its headers apart, any line in the running text's style after such bullets
        // ("Perform code reviews"). After lines of the body and no bullet, such a line is another
        // of its lines ("HTML/CSS/JavaScript" under "Part-time front end development").
        if (cur.bulletText.isEmpty() && !isSentence(line) && !wrapsIntoProse(cur, body, li)) {
          cur.lines.add(line);
          cur.lastBullet = false;
        } else {
          cur.bullet(line);
        }
      } else if (subheadInBody(kind, done, cur, line, body, li, bodyStyle)) {
        // "Payments revamp" in bold between a job's bullets: the name of a project or a stream of
        // work inside the job, over its own bullets or sentences, heads no entry.
        cur.lines.add(line);
        cur.lastBullet = false;
      } else if (template != null && cur.hasBody() && !datesEntry(line) && !sizeKey(line.style()).equals(template)
          && !opensHeader(body, li, bodyStyle) && !(line.style().size() >= LARGER && styledAsHeader(line, bodyStyle) && datesBelow(body, li))
          && !nextRoleAtEmployer(kind, cur, line) && !bannerAgain(done, cur, line)) {
        // Where the section's dated headers share a style, a line in another style after an
        // entry's body, not opening the next header, is part of that body: "Key projects:",
        // "Technologies used", a bold line inside the description. A line set larger as headers
        // are, with dates alone a few lines below, opens the next entry over its description and
        // web address (an employer's block: "Globex ⇥ Remote" / "A studio that builds apps." / …).
        cur.lines.add(line);
        cur.lastBullet = false;
      } else if ((!hasDate || !cur.lines.isEmpty() && closesWrappedSentence(cur.lines.get(cur.lines.size() - 1), line)
              && openDescription(cur) && setAsWrap(cur.lines.get(cur.lines.size() - 1), line))
          && !cur.header.isEmpty() && !cur.lastBullet && !gap
          && (openDescription(cur) || labelListCut(cur, line, rightEdges))
          && !(line.style().size() >= LARGER && styledAsHeader(line, bodyStyle))) {
        // The wrapped rest of a description sentence ("… partners such as" / "Acme Pay, Globex
        // Wallet and Initech."): however it is cased, it heads nothing; a line set larger than
        // the description and styled as a header is no part of it (the next employer's name).
        // Dates that close it ("… was acquired by" / "Globex in 2009.", "… effective February" /
        // "2015.") are the sentence's.
        cur.lines.add(line);
      } else if (headingHeaders && !line.content().startsWith("#") && !Parts.namesRole(line)
          && describesUnderDatedHeading(cur, line, body, li)) {
        // "Finished in July 2023." under "### 2019 - 2023: Bachelor in Informatics, …", or
        // "Development: Java, Kotlin" after the description of a job so headed.
        cur.lines.add(line);
        cur.lastBullet = false;
      } else if (styledHeaders && kind.describesWork() && !hasDate && cur.dates != null && !cur.header.isEmpty()
          && line.style().sizeKnown() && styleKey(line.style()).equals(bodyStyle)
          && (cur.bulletText.isEmpty()
              ? (template != null && !sizeKey(line.style()).equals(template) || phrase(line) && !namesOrganisation(line)
                      || headerSetApart(cur, bodyStyle))
                  && !nameAndPlace(kind, cur, line)
              : template != null && Integer.parseInt(template) > Integer.parseInt(sizeKey(line.style()))
                  && !aboveNamedDates(body, li) && !bannerOverDates(body, li))
          && complete(kind, cur)) {
        // Under a complete dated header set apart from the running text, a line in the running
        // text's style describes the entry, however capitalised, where it is set in another size
        // than the section's dated headers share, or reads as a phrase that names no organisation:
        // German capitalises its nouns ("Aufbau und Betrieb von Entwicklungshardware für
        // Fernzugriff", "Leitung von Projekten"). After the entry's bullets only a line set
        // smaller than those headers does, and not right above a dated line that names an
        // employer and no role (a plain title over the next "Employer ⇥ 2016 – 2021" in bold): a
        // plain line there may head the next entry over its smaller dates ("Engineer (several
        // positions), Initech" / "Aug, 2016 - …"), as may a name over dates alone set as it is
        // (an employer's banner, "Globex – St. Louis, MO" / "8/1991 — 12/2008", over its roles).
        // An employer's line (a bold title and dates over a plain "Ministry of Health and Social
        // Care") is still the header's. Where every line of the header is set apart from the
        // running text (employer, dates and role each in bold), a plain line under it is none of
        // the next header's either, even in the size of the bold dates: a theme's tags of what
        // the job used, one a line ("Angular" / "REST APIs" / "Code Review Champion").
        cur.lines.add(line);
        cur.lastBullet = false;
      } else if (reportsAct(kind, cur, line)) {
        // "Applied knowledge of Go, Loki, Vector" after the bullets: the job's own line.
        cur.lines.add(line);
        cur.lastBullet = false;
      } else if (setInUnderWholeHeader(kind, cur, line, body, li)) {
        // "Many responsibilities" set in under "Globex, QA Engineer ⇥ 2015 – 2018", as the lines
        // below it are: the body's first line, though short and capitalised as a header's is.
        cur.bullet(line);
      } else if ((isHeaderLike(line, bodyStyle) || cur.empty() && (hasDate || !isProse(line))
          || !hasDate && (headerUnderDates(cur, line) || caselessRole(cur, line))) && !wrapsIntoProse(cur, body, li)) {
        // The last case: dates on a line of their own over the header, which may then be long
        // ("2004-2010" / "Research and teaching, U. of Westland & U. of Lakeside, Seattle & Ann Arbor").
        // The dates head no entry alone, so what follows them, cased as names are, is the header.
        boolean endAbove = cur.endBelow;
        if (startsNew(kind, cur, line, gap, glyphBullets ? bodyStyle : null, done.isEmpty() ? null : done.get(done.size() - 1))) {
          done.add(cur);
          cur = new Block();
        }
        cur.header(line);
        Line said = !endAbove && cur.endBelow ? proseAfterDate(line) : null;
        if (said != null) {
          // "Jun 2016 - Engineer, Globex" over "May 2019 Built the reporting services that …": the
          // range's end the rail wrapped below closes it, and what follows says what was done
          // there; it names nothing.
          cur.header.set(cur.header.size() - 1, line.slice(line.contentStart(), said.contentStart()));
          cur.lines.add(said);
        }
      } else {
        cur.lines.add(line);
        cur.lastBullet = false;
      }
      gap = false;
      previousEnded = line.content().endsWith(".");
      labelled = subLabel && !cur.empty();
      listing = labelled && namesProjects(line) || listing && !hasDate;
      leadIn = !listing && (kind.describesWork() && colonLabel(body, li) && !cur.empty() || leadIn && cur.lastBullet);
    }
    if (!cur.empty()) {
      done.add(cur);
    }
    return done;
  }

  /**
   * Whether {@code line} is a sub-heading inside the body of the dated entry being built: one run
   * set apart from the running text (bold, italic or another size), short, with no dates and no
   * role, naming no organisation, after the entry's body and right over more of it (a list item or
   * a sentence), with no dated line below it to head. Such a line names a project or a stream of
   * work of the job ("Payments revamp" over its bullets, "Fleet telemetry" over a paragraph).
   * It is no sub-heading where it is set as the lines that open the section's entries over their
   * dates are (the next employer's name, "Initech ⇥ Remote" over what the firm does and then the
   * dates), nor where lines set as it is name roles elsewhere in the section (the roles a banner
   * employer lists under its dates).
   */
  private static boolean subheadInBody(SectionKind kind, List<Block> done, Block cur, Line line, List<Line> body, int li,
      String bodyStyle) {
    if (!kind.describesWork() || cur.dates == null || !cur.hasBody() || cur.header.isEmpty() || line.bullet()
        || line.hasDates() || line.cells().size() > 1 || !line.style().sizeKnown() || !styledAsHeader(line, bodyStyle)) {
      return false;
    }
    int at = Line.nextIndex(body, li);
    Line next = at < 0 ? null : body.get(at);
    if (next == null || next.hasDates() || !(isBullet(next, bodyStyle) || isSentence(next))
        || line.words() > SUBHEAD_WORDS || isSentence(line) || Parts.namesRole(line) || capitalisedTitleWord(line) || namesOrganisation(line)
        || opensHeader(body, li, bodyStyle)) {
      return false;
    }
    String style = styleKey(line.style());
    for (Block b : done) {
      if (b.dates != null && !b.header.isEmpty() && !b.header.get(0).hasDates() && styleKey(b.header.get(0).style()).equals(style)) {
        return false;
      }
    }
    if (!cur.header.get(0).hasDates() && styleKey(cur.header.get(0).style()).equals(style)) {
      return false;
    }
    for (Line l : body) {
      if (l != line && !l.blank() && !l.bullet() && !l.hasDates() && styleKey(l.style()).equals(style)
          && (Parts.namesRole(l) || capitalisedTitleWord(l))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a word of the line is a role's, capitalised as a header writes it ("Integration Lead for
   * partner projects"): a role told in a line of its own, however the rest of it reads. In lower
   * case ("Charging station demonstrator") the word names a thing.
   */
  private static boolean capitalisedTitleWord(Line line) {
    // Split as Parts.hasWord splits a part for the same list, with the case kept.
    for (String w : Parts.splitWords(Inline.clean(line.content()))) {
      String t = Parts.trimPunctuation(w);
      if (!t.isEmpty() && Character.isUpperCase(t.codePointAt(0)) && Parts.TITLE_WORDS.contains(t.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The most words a sub-heading inside an entry's body has ("Card wallet sign-up for partners"). */
  private static final int SUBHEAD_WORDS = 6;

  /**
   * Whether the header's only date is a year closing its one line right after a name ("Film Crew @
   * Globex Festival 2024", no separator before it) and the line is dates and nothing else, with a
   * month or a range ("May & September 2023"): the year is the name's, and the line below dates
   * the entry. A year set apart in a cell of its own or after a separator dates the line.
   */
  private static boolean yearInName(Block cur, Line line) {
    if (cur.header.size() != 1 || cur.hasBody() || cur.dates == null || !cur.dates.single() || cur.dates.start().month() != 0
        || !Parts.datesOnly(line)) {
      return false;
    }
    DateRange below = line.firstDates();
    if (below == null || below.single() && below.start().month() == 0) {
      return false;
    }
    Line head = cur.header.get(0);
    Span year = cur.dates.span();
    if (year.end() != head.contentEnd() || head.cells().stream().anyMatch(c -> c.offset() == year.offset())) {
      return false;
    }
    String before = head.content().substring(0, year.offset() - head.contentStart()).stripTrailing();
    return !before.isEmpty() && Character.isLetterOrDigit(before.codePointBefore(before.length()))
        || before.endsWith(")") || before.endsWith("]");
  }

  /**
   * Whether a header line starts the next entry rather than going on with this one: after the
   * entry's bullets or description; a second date when it has one; a fourth header line; a line
   * that repeats the look of a complete header's first line (see repeatsHeaderTemplate); or, after
   * a blank line, when its header already names a role and an employer. A header cut by a blank
   * line before the role ("Acme  Seattle" / "2021 – Present" / blank / "Senior Engineer") goes on.
   */
  private static boolean startsNew(SectionKind kind, Block cur, Line line, boolean gap, String bulletStyle, Block prev) {
    if (cur.empty()) {
      return false;
    }
    if (datesOfStackedHeader(cur, line, gap)) {
      return false;
    }
    if (cur.hasBody() || cur.header.size() >= 3 && !fillsGap(cur, line)) {
      return true;
    }
    if (kind == SectionKind.EXPERIENCE && stackedEnds(cur, line, gap)) {
      cur.endBelow = true;
      return false;
    }
    if (kind == SectionKind.EXPERIENCE && yearInName(cur, line)) {
      cur.yearInName = true;
      return false;
    }
    if (cur.dates != null && line.hasDates()) {
      return true;
    }
    if (repeatsHeaderTemplate(kind, cur, line, bulletStyle)) {
      return true;
    }
    // "# Globex (2013 – 2022)" over "## DevOps Manager": a role's heading under a dated employer's
    // heads a role of its own, which the employer's banner gives its name to. Under a heading of
    // dates alone ("#### 2022 – Present (2 years)"), the role's heading is that entry's header.
    if (kind == SectionKind.EXPERIENCE && cur.dates != null && line.content().startsWith("#") && cur.header.size() == 1
        && !datesAlone(cur)
        && cur.header.get(0).content().startsWith("#") && Parts.namesRole(line) && !Parts.namesRole(cur.header.get(0))) {
      return true;
    }
    return gap && cur.dates != null && complete(kind, cur) && !secondLineOfPrevious(cur, line, prev);
  }

  /**
   * Whether {@code line} stands under a one-line dated header as the second line of the entry
   * before stood under its own: the first lines in one look, the line in the look of the one under
   * it ("Staff Engineer ⇥ 2015 – Present" bold over "Globex · Austria" smaller in italics, then
   * "Consultant — Payments, Cloud & Data ⇥ 2017 – Present" bold over "Initech · Austria"). A role
   * with a dash and a comma in it reads alone as a role and an employer, and a template that sets a
   * gap under each line would give its employer's line to the next entry. Where the styles are
   * unknown (plain text) this says nothing.
   */
  private static boolean secondLineOfPrevious(Block cur, Line line, Block prev) {
    if (prev == null || prev.header.size() < 2 || cur.header.size() != 1 || line.bullet() || line.hasDates()
        || line.style().equals(Style.UNKNOWN)) {
      return false;
    }
    Line first = cur.header.get(0);
    Line prevFirst = prev.header.get(0);
    return first.hasDates() && prevFirst.hasDates() && Line.sameLook(first.style(), prevFirst.style())
        && Line.sameLook(line.style(), prev.header.get(1).style()) && !Line.sameLook(line.style(), first.style());
  }

  /**
   * "#### Ledger rewrite" under "### Globex — Backend Engineer" and its dates: a Markdown heading
   * deeper than the one that heads a dated job with its role and employer, with no dates of its own
   * and no role, names a piece of work done in that job (the bullets under it are the job's), not
   * another job.
   */
  private static boolean headsWorkInside(Block cur, Line line) {
    if (cur.dates == null || cur.header.isEmpty() || line.hasDates() || !line.content().startsWith("#")) {
      return false;
    }
    // The job's heading names both its role and its employer ("Globex — Backend Engineer"): a
    // heading that names only one of them ("### Systems Engineer") leaves the other to a deeper one.
    // A job's heading that names its employer and dates and no role ("### Globex (May 2015 to
    // Present)") leaves only a role to a deeper heading: one that names none is a project there.
    Line head = cur.header.get(0);
    String h = head.content();
    return h.startsWith("#") && Sections.hashes(line.content()) > Sections.hashes(h) && !Parts.namesRole(line)
        && (Parts.namesRole(head) && Parts.SEPARATOR.matcher(Inline.clean(h)).find()
            || cur.header.size() == 1 && head.hasDates() && !datesAlone(cur) && !Parts.namesRole(head)
                && !holdsRoleWord(Inline.clean(line.content())));
  }

  /**
   * Whether the next line with text after {@code i} holds its dates: a role's heading over the
   * dates of its own ("#### Systems Engineer" / "2019 – 2021"). The heading of the next job, as
   * high as the one that opened this job ("### Initech (2013 to 2015)"), dates no role here.
   */
  private static boolean datesOwnBelow(Block cur, List<Line> body, int i) {
    Line l = Line.next(body, i);
    return l != null && l.hasDates()
        && !(l.content().startsWith("#") && Sections.hashes(l.content()) <= Sections.hashes(cur.header.get(0).content()));
  }

  /**
   * Dates that close a header stacked one part a line, even a fourth line or after one line of
   * detail ("University" / "B.Tech in Physics" / "Minor in Economics" / "2014 - 2018 | GPA: 9.0"):
   * the header has no dates yet and no bullets, the line opens with its dates and holds nothing
   * else but a labelled detail or a place, and no blank line parts them. A title after the dates ("2021 –
   * 2022 Chess Engine") opens the next entry of a dates-first layout; an entry's dates never come
   * after its bullets, so those stay the next entry's.
   */
  private static boolean datesOfStackedHeader(Block cur, Line line, boolean gap) {
    if (gap || cur.header.isEmpty() || cur.dates != null || !cur.bulletText.isEmpty() || cur.lines.size() > 1
        || cur.header.size() + cur.lines.size() > 4 || !line.hasDates()) {
      return false;
    }
    if (line.firstDates().span().offset() > line.contentStart()) {
      return false;
    }
    // Only the dates, or the dates and how long they lasted ("(5 years 1 month)") or a labelled
    // detail ("| GPA: 9.0"): a title after them opens the next entry of a dates-first layout.
    String c = line.content();
    String rest = c.substring(Math.max(0, Math.min(c.length(), line.firstDates().span().end() - line.contentStart())));
    rest = LEADING_SEPARATORS.matcher(Inline.clean(rest)).replaceFirst("").strip();
    // Or the dates and the place ("May 2012 | Lakeside, NY" under a school, its degree and its
    // unit, each on a line of its own): no title is a place.
    return rest.isEmpty() || Parts.isDuration(rest) || LineShapes.labelled(rest, DETAIL_LABELS) || LineShapes.labelled(rest, INLINE_LABELS)
        || Parts.isLocation(rest);
  }

  /** Whether the header's line that holds its dates ends with a dash after them: the range's end went on to the next line. */
  private static boolean endsOnDash(Block cur) {
    for (Line h : cur.header) {
      if (h.contentSpan().contains(cur.dates.span())) {
        String c = Inline.clean(h.content()).strip();
        return !c.isEmpty() && Glyphs.isDash(c.charAt(c.length() - 1)) && cur.dates.span().end() >= h.contentEnd() - 1;
      }
    }
    return false;
  }

  /**
   * Whether a lone date {@code start} under the header may be the start of the range the header's
   * lone date above the names ends: a rail's date, then one line of names, both dates with their
   * months (a rail of starts alone, "2019" / "Engineer" / "2017" / "Intern", lists two jobs).
   */
  private static boolean startBelow(Block cur, DateRange start) {
    return cur.header.size() == 2 && cur.header.get(0).loneDate() != null && cur.dates.start().month() != 0
        && start.start().month() != 0;
  }

  /** The most lines a header set beside a rail has above its range's end: dates, employer, place, role. */
  private static final int MAX_RAIL_HEADER = 4;

  /** The date a line holds and nothing else but a closing bracket after it ("January 2020 )"), or null. */
  private static DateRange endBeforeBracket(Line line) {
    String c = Inline.clean(line.content()).strip();
    if (!c.endsWith(")") || c.indexOf('(') >= 0) {
      return null;
    }
    String inner = c.substring(0, c.length() - 1).strip();
    List<DateRange> found = DateParser.all(inner, 0);
    return found.size() == 1 && found.get(0).span().length() >= inner.length() - 1 ? found.get(0) : null;
  }

  /**
   * Whether line {@code i} ends the header's range, which is a lone start date and has no body
   * yet. An open end alone ("Present", "(to Present)") does, under a header of a rail's few lines:
   * no entry starts with the end of a range. A lone date later than the start (or the same year
   * again) does where the
   * header is that start date alone, or what follows is body (a bullet or a sentence) or a place,
   * not another header.
   */
  private static boolean closesRange(Block cur, List<Line> body, int i) {
    Line line = body.get(i);
    // "July 2016 -" ending the header's line, the end wrapped onto the next ("April 2018"): read
    // as a range still running until the line below says where it ended.
    boolean cut = cur.dates != null && cur.dates.present() && endsOnDash(cur);
    // … or onto the next line as an open end alone ("June 2017 –" over "Present").
    if (cur.header.isEmpty() || cur.hasBody() || cur.closing != null || cur.dates == null || !(cur.dates.single() || cut)
        || line.cells().size() > 1 || cut && !line.hasDates() && !DateParser.isOpenEnd(Inline.clean(line.content()).strip())) {
      return false;
    }
    if (!line.hasDates()) {
      // "Present", "–to date" or "(to Present)" as a rail prints the open end under the start: no entry
      // starts with the end of a range, so it closes the header's range, whatever follows.
      String c = Inline.clean(line.content()).strip();
      if (c.length() > 2 && c.startsWith("(") && c.endsWith(")")) {
        c = c.substring(1, c.length() - 1).strip();
      }
      // "–to date": the range's dash opening the line, as a rail breaks "May 2017 –to date".
      if (c.length() > 1 && Glyphs.isDash(c.charAt(0))) {
        c = c.substring(1).strip();
      }
      return DateParser.isOpenEnd(c) && cur.header.size() <= MAX_RAIL_HEADER;
    } else {
      DateRange end = line.loneDate();
      end = end != null ? end : endAfterRangeWord(line);
      // "January 2020 )" under "Globex ( August 2019 –": the bracket the header opened closes after the end.
      end = end != null || !cut ? end : endBeforeBracket(line);
      // The same year again ("2019" under "2019"): a job that began and ended in that year.
      int order = end == null ? -1 : end.start().compareTo(cur.dates.start());
      if (end != null && end.single() && order < 0 && startBelow(cur, end)) {
        // "Nov 2021" / "Tech Lead na Nova Escola" / "Jul 2021": a rail that prints the end over
        // the start, each on its own line. Below the start comes the body, or first a line
        // about the job that names no role, employer or place ("Educação"); those head the next job.
        Line next = Line.next(body, i);
        return next != null && (next.bullet() || isProse(next)
            || !next.hasDates() && next.words() <= 8 && !Parts.namesRole(next, true) && !namesEmployerOrPlace(next));
      }
      if (end == null || !end.single() || order < 0 || order == 0 && end.start().month() != 0) {
        return false;
      }
    }
    // Right under a header that is the start date alone ("06/2018" over "03/2020"), or a range's
    // dash alone between them ("June 2000" / "-" / "October 2001"), or under a header whose line
    // ends on the range's dash ("… ⇥ 03/05/2021 -" over "02/07/2021"): the two are the range,
    // whatever comes next.
    if (cut || cur.header.size() == 1 && datesAlone(cur)
        || !cur.asides.isEmpty() && DateParser.isRangeWord(Inline.clean(cur.asides.get(cur.asides.size() - 1).content()))) {
      return true;
    }
    for (int k = i + 1; k < body.size(); k++) {
      Line next = body.get(k);
      if (!next.blank()) {
        return next.bullet() || isProse(next)
            || Parts.isLocation(TRAILING_STOPS.matcher(Inline.clean(next.content())).replaceAll("").strip());
      }
    }
    return false;
  }

  private static final Pattern DASH_AND_MONTH = Pattern.compile("^\\s*[-\u2013\u2014]\\s*(\\p{L}+\\.?)\\s*$");

  /**
   * The range a header's dates make with a lone year on the line below, where the header's line
   * ends on the range's dash and the end's month ("June 2016 – Aug" over "2016"); null otherwise.
   */
  private static DateRange monthCutRange(Block cur, Line line) {
    if (cur.dates == null || !cur.dates.single() || cur.hasBody() || cur.closing != null || cur.header.isEmpty()
        || line.cells().size() > 1 || !line.hasDates()) {
      return null;
    }
    String year = Inline.clean(line.content()).strip();
    if (year.length() != 4 || !year.chars().allMatch(Character::isDigit)) {
      return null;
    }
    Line head = cur.header.get(cur.header.size() - 1);
    if (!head.contentSpan().contains(cur.dates.span())) {
      return null;
    }
    int cellEnd = head.contentEnd();
    for (Span c : head.cells()) {
      if (c.contains(cur.dates.span())) {
        cellEnd = c.end();
      }
    }
    String tail = head.textOf(Span.between(cur.dates.span().end(), cellEnd));
    Matcher m = DASH_AND_MONTH.matcher(tail);
    if (!m.matches() || !DateParser.isMonth(m.group(1))) {
      return null;
    }
    String whole = head.textOf(cur.dates.span()) + " – " + m.group(1) + " " + year;
    DateRange d = DateParser.find(whole, cur.dates.span().offset()).orElse(null);
    return d != null && !d.single() && d.end() != null && d.span().length() == whole.length() ? d : null;
  }

  /**
   * Whether the line is a range's word alone ("to") under a header whose first cell is a lone date
   * and which has nothing under it yet: a date column's rail goes on below.
   */
  private static boolean railJoins(Block cur, Line line) {
    return railStart(cur) != null && !cur.railOpen && DateParser.isRangeWord(Inline.clean(line.content()));
  }

  /**
   * The header's range when this line is the next row of a column of dates beside it: the header
   * opens with a lone date in a cell of its own, and this line with another date, or an open end,
   * in its first cell, the rest of it (if any) a sentence that describes. The two dates may stand in
   * either order ("Sep 2013" over "Sep 2012" too). Null where the line is no such row.
   */
  private static DateRange railCloses(Block cur, Line line) {
    List<Span> cells = line.cells();
    // Asked of every line of a work section: a rail's row comes only under a header with no body
    // yet (see railBeside and railStart), so the sentence test below runs for few lines.
    if (cells.isEmpty() || cur.header.isEmpty() || cur.hasBody()) {
      return null;
    }
    if (cells.size() > 1 && !isSentence(line.slice(cells.get(1).offset(), line.contentEnd()))
        && !placeAfterDate(line) && bulletAfterDate(line) == null) {
      return null;
    }
    String first = Inline.clean(line.textOf(cells.get(0))).strip();
    DateRange beside = railBeside(cur, line, first);
    if (beside != null) {
      return beside;
    }
    DateRange start = railStart(cur);
    if (start == null) {
      return null;
    }
    Span span = Span.between(start.span().offset(), cells.get(0).end());
    if (DateParser.isOpenEnd(first)) {
      return cur.railOpen ? new DateRange(start.start(), null, true, span) : null;
    }
    DateRange alone = singleDateAlone(first);
    if (alone == null) {
      return null;
    }
    PartialDate other = alone.start();
    int order = other.compareTo(start.start());
    if (order == 0 || order < 0 && cur.railOpen) {
      return null;
    }
    return order > 0 ? new DateRange(start.start(), other, false, span) : new DateRange(other, start.start(), false, span);
  }

  /**
   * The header's range when the line is a rail's second row beside a header whose first cell is
   * no lone date of the block's: an open end over the start ("Present ⇥ Engineering Manager,
   * Globex" over "May 2019 ⇥ • ⇥ Ran the team"), which makes the range; or a lone date beside a
   * header that gives its own range elsewhere ("May 2019 ⇥ Lead Engineer, Globex ⇥ (Sep 2018 – May
   * 2019)" over "Jan 2016 ⇥ • ⇥ …", the rail spanning all the roles held there), which keeps it.
   * Null where neither holds.
   */
  private static DateRange railBeside(Block cur, Line line, String first) {
    if (cur.header.size() != 1 || cur.hasBody() || cur.closing != null) {
      return null;
    }
    Line head = cur.header.get(0);
    List<Span> headCells = head.cells();
    if (headCells.size() < 2) {
      return null;
    }
    DateRange alone = singleDateAlone(first);
    if (alone == null) {
      return null;
    }
    String top = Inline.clean(head.textOf(headCells.get(0))).strip();
    Span whole = Span.between(headCells.get(0).offset(), line.cells().get(0).end());
    if (DateParser.isOpenEnd(top) && (cur.dates == null || !headCells.get(0).contains(cur.dates.span()) && cur.dates.single())) {
      return new DateRange(alone.start(), null, true, whole);
    }
    boolean loneTop = singleDateAlone(top) != null;
    return loneTop && cur.dates != null && !cur.dates.single() && !headCells.get(0).contains(cur.dates.span()) ? cur.dates : null;
  }

  /**
   * The lone date in the first cell of a header with nothing under it, or null. The header is one
   * line, or that line and the wrapped rest of its employer's long name, which holds no date
   * ("… Nordkapp Laboratory of" / "Particle Physics").
   */
  private static DateRange railStart(Block cur) {
    if (cur.header.isEmpty() || cur.hasBody() || cur.dates == null || !cur.dates.single()
        || cur.closing != null && !cur.railOpen || cur.header.stream().skip(1).anyMatch(l -> l.hasDates() || l.cells().size() > 1)) {
      return null;
    }
    Line head = cur.header.get(0);
    List<Span> cells = head.cells();
    if (cells.size() < 2 || !cells.get(0).contains(cur.dates.span())) {
      return null;
    }
    String first = Inline.clean(head.textOf(cells.get(0))).strip();
    return cur.dates.span().length() >= first.length() - 1 ? cur.dates : null;
  }

  /**
   * A place on a line of its own under a header that names none yet, dates under one that has
   * none, or a role under a rail's lone start and a header that names none ("Sep 2023" / "Nause
   * Engineering" / "Renton" / "Owner"): the last piece of a header stacked one field a line.
   */
  private static boolean fillsGap(Block cur, Line line) {
    if (cur.header.size() >= 5) {
      return false;
    }
    if (line.hasDates()) {
      return cur.dates == null && line.loneDate() != null;
    }
    String c = Inline.clean(line.content()).strip();
    if (!Parts.isLocation(c)) {
      // Only under a rail's lone start, whose range has yet to close: under a full range the role
      // heads the next entry ("Globex / Seattle / 2020 – Present" then "Engineer / Initech").
      return cur.dates != null && cur.dates.single() && Parts.namesRole(line) && cur.header.stream().noneMatch(Parts::namesRole);
    }
    for (Line l : cur.header) {
      if (Parts.isLocation(Inline.clean(l.content()).strip())) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Junior Programmer" over "FileYourTaxes.com": under a header of one part, a bare domain written
   * with a capital (see Parts.isAddress) names the employer, and is no aside. Under a header that
   * names one already ("Senior Engineer, Globex") it is that employer's address.
   */
  private static boolean namesEmployer(SectionKind kind, Block cur, Line line) {
    String c = Inline.clean(line.content()).strip();
    return kind == SectionKind.EXPERIENCE && !Parts.isAddress(c) && Parts.of(kind, cur.header).size() == 1;
  }

  /**
   * "Teaching Assistant ⇥ Buenos Aires" in bold over "Globex University ⇥ Aug 2021 – Present" in
   * italics, then the next role in bold: entries with no bullets, each header two lines in two
   * styles. A line set as the first line of a header that already has its dates and names two
   * things, in its look (size to a tenth, weight, slant and small capitals), and unlike the
   * header's dated line and the section's bullets (where it has any), opens the next entry. Where
   * the lines' styles are unknown (plain text), every style is the same and this says nothing.
   */
  private static boolean repeatsHeaderTemplate(SectionKind kind, Block cur, Line line, String bulletStyle) {
    if (cur.dates == null || cur.header.size() < 2 || line.hasDates() || line.style().equals(Style.UNKNOWN)) {
      return false;
    }
    Style style = line.style();
    // Not in the style of the section's bullets, where it has any: a line like them is their wrap
    // or a bullet without its glyph.
    if (styleKey(style).equals(bulletStyle)) {
      return false;
    }
    Line first = cur.header.get(0);
    // A template may set some headers in bold and others not ("Web Developer — Globex" bold,
    // "Intern — Initech" plain): in the first line's size and slant, a line that names a role and
    // another field after a separator repeats it too.
    boolean alike = Line.sameLook(style, first.style()) || sizeKey(style).equals(sizeKey(first.style()))
        && style.italic() == first.style().italic() && Parts.namesRole(line) && FIELD_SEPARATOR.matcher(Inline.clean(line.content())).find();
    if (first.hasDates() || !alike) {
      return false;
    }
    for (Line l : cur.header) {
      if (l.hasDates() && Line.sameLook(style, l.style())) {
        return false;
      }
    }
    return complete(kind, cur);
  }


  /**
   * Whether every line of a header of two or more lines is set apart from the section's running
   * text (bold, italic or larger; see {@link LineShapes#styledAsHeader}): a template that sets its
   * headers so sets the next header so too, and a line in the running text's style under it is
   * the entry's.
   */
  private static boolean headerSetApart(Block cur, String bodyStyle) {
    if (cur.header.size() < 2) {
      return false;
    }
    for (Line l : cur.header) {
      if (!styledAsHeader(l, bodyStyle)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a header already gives a title and an organisation. */
  private static boolean complete(SectionKind kind, Block b) {
    List<Part> parts = Parts.of(kind, b.header);
    int named = 0;
    for (Part p : parts) {
      if (!Parts.isLocation(p.value())) {
        named++;
      }
    }
    return named >= 2;
  }

  private static Claim.Entry claimAt(List<Claim.Entry> claims, Line line) {
    for (Claim.Entry c : claims) {
      if (c.span().contains(line.contentSpan()) || c.span().offset() <= line.contentStart() && line.contentStart() < c.span().end()) {
        return c;
      }
    }
    return null;
  }

  private static boolean touches(Claim.Entry c, Line line) {
    return touches(c, line.contentSpan());
  }

  /** Whether any of the claim's header fields overlaps {@code span}. */
  static boolean touches(Claim.Entry c, Span span) {
    for (Span s : new Span[] {c.title(), c.organization(), c.location(), c.dates()}) {
      if (s != null && s.offset() < span.end() && s.end() > span.offset()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code line} is the rest of a list of technologies the entry's last line began and broke
   * after one of its separators ("PHP / JS / Composer /" over "GitHub"): a few words, no sentence.
   */
  private static boolean listGoesOn(Block cur, Line line) {
    if (cur.lines.isEmpty()) {
      return false;
    }
    Line last = cur.lines.get(cur.lines.size() - 1);
    String before = Inline.clean(last.content()).strip();
    String here = Inline.clean(line.content()).strip();
    if (!LIST_END.matcher(before).find() || here.isEmpty() || Whitespace.splitLength(here) > MAX_LIST_REST_WORDS
        || SENTENCE_END.matcher(here).find() || !(isTechList(last) || isItemList(last))) {
      return false;
    }
    // The rest is more of the list: items known as technologies as a bulleted list's are (see
    // enoughKnown), none a role or a place ("Senior Engineer, Initech" under "Java, Spring, Kafka,"
    // heads the next job).
    String[] items = LIST_COMMA.split(TRAILING_STOPS.matcher(here).replaceAll(""));
    int known = 0;
    for (String item : items) {
      String t = item.strip();
      if (Parts.isRole(t) || Parts.isLocation(t)) {
        return false;
      }
      known += Parts.leadingTechnology(t) != null ? 1 : 0;
    }
    return enoughKnown(known, items.length, true);
  }

  /** A list's separator at the end of its line: the list goes on below. */
  private static final Pattern LIST_END = Pattern.compile("(?:,|\\s/|[" + Glyphs.fieldSeparatorClass() + "&&[^" + BARS + "]])$");
  /** The most words the rest of a wrapped list of technologies holds on its own line. */
  private static final int MAX_LIST_REST_WORDS = 8;

  /** Whether a line of the block's header opens with a label of {@code field} ("Company: …"). */
  private static boolean labelled(Block b, FieldLabelWords.Field field) {
    for (Line l : b.header) {
      FieldLabels.Found f = FieldLabels.of(l);
      if (f != null && f.field() == field) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the next line of the body, blank lines aside, is what a header over it would head: a
   * bullet, or a dated line that names one thing besides its dates ("Night Auditor, 2016 – 2019"
   * under "Northwind Hotels, Front Office, Lakeside"). Dates alone ("March 2013") open the next
   * entry's rail; a dated line that names a role and more ("June 2015 – June 2016 ⇥ Engineer ⇥
   * Syrlinks") heads itself, and an entry a reader claimed (a LaTeX \cventry) too.
   */
  private static boolean nextOpensBody(List<Line> body, int li, List<Claim.Entry> claims) {
    for (int k = li + 1; k < body.size(); k++) {
      Line next = body.get(k);
      if (!next.blank()) {
        return claimAt(claims, next) == null && (next.bullet()
            || next.hasDates() && !Parts.datesOnly(next) && Parts.of(SectionKind.EXPERIENCE, List.of(next)).size() < 2);
      }
    }
    return false;
  }

  /**
   * "Globex ⇥ Lyon" / "Platform for fraud checks and compliance" / "https://globex.example" /
   * "Sep 2024 – Present": a line in sentence case that says what the employer is (see
   * {@link Parts#sentenceCased}), between a header with no dates yet and a line of its dates alone
   * (its address aside), or between the employer's name alone and the role held there, when the
   * theme prints no dates ("Globex" / "Platform for fraud management, identity decisions, and
   * compliance" / "Senior Design Engineer"), is an aside of the header, which goes on below it.
   * Under an employer's line with its dates, a line over the role ("Globex ⇥ 01/2019 - 01/2020" /
   * "A studio that builds apps for small firms." / "Full-Stack Engineer"). Not a name with its
   * own line about it ("Globex · Web apps for startups"), which is the employer's. Not a finished
   * sentence but right over the dates, a role or a role's word in sentence case ("Software
   * engineer", "Head of growth"), or a line set as the headers are.
   */
  private static boolean aboutEmployerOverDates(Block cur, Line line, List<Line> body, int li, String bodyStyle) {
    String c = Inline.clean(line.content()).strip();
    boolean finished = c.endsWith(".");
    // Under an employer's line that holds its dates ("Globex ⇥ 01/2019 - 01/2020"), only a line
    // over the role. A line that says what was done ("Managed the rewrite.") goes there too: read
    // as a bullet, it would leave the role below it a bullet's, and the job no title.
    boolean dated = cur.dates != null;
    if (dated && cur.header.size() != 1
        || line.hasDates() || line.bullet() || finished && cur.header.size() != 1 || nameThenAbout(line)
        || styledAsHeader(line, bodyStyle) || Parts.namesRole(line) || !Parts.sentenceCased(c)
        || Parts.hasWord(Parts.lowerWords(c), Parts.TITLE_WORDS)) {
      return false;
    }
    for (int k = li + 1; k < body.size(); k++) {
      Line next = body.get(k);
      if (next.blank() || isLinkOnly(next)) {
        continue;
      }
      // The role below is the entry's, not a sub-heading's ("Freelance" set as a heading over the
      // next jobs).
      boolean heading = next.markedHeading()
          || next.style().sizeKnown() && line.style().sizeKnown() && next.style().size() >= LARGER * line.style().size();
      // Undated, a finished sentence only right over the dates: "Globex ⇥ Remote" / "A studio that
      // builds apps for small firms." / "January 2019 – January 2020", as a theme prints an
      // employer's description before the dates and the role.
      return !dated && Parts.datesOnly(next) && next.hasDates()
          || (!finished || dated) && !next.hasDates() && !(dated && heading) && cur.header.size() == 1 && Parts.namesRole(next)
              && !Parts.namesRole(cur.header.get(0));
    }
    return false;
  }

  /**
   * Whether a line describes the entry a Markdown heading with dates heads, rather than adding to
   * its header. Right under the heading only what reads as description does ("Finished in July
   * 2023."): a name there ("Globex, Berlin", "**Initech**") is the header's. Once the description
   * has begun, any line of some words does ("Technical and functional environment"), but one
   * over a dated line, which heads the next entry.
   */
  private static boolean describesUnderDatedHeading(Block b, Line line, List<Line> body, int li) {
    if (b.header.isEmpty()) {
      return false;
    }
    if (datedHeading(b.header.get(b.header.size() - 1)) && !b.hasBody()) {
      return describes(line);
    }
    // A dated heading next heads its own entry; a plain dated line next is this line's header.
    Line next = Line.next(body, li);
    boolean headsNext = next != null && next.hasDates() && !next.content().startsWith("#");
    return b.hasBody() && b.header.stream().anyMatch(LineShapes::datedHeading) && !headsNext
        && (describes(line) || line.words() >= 3);
  }


  /**
   * Whether a list item, in a work section whose items hold no dates, stands under a job's header
   * that has its dates and a line of its own, naming no role itself nor labelling what follows
   * ("Technologies: …"): the job's item, however it is set ("Code generator for an in-house DSP" in bold, a
   * project's name over its own items).
   */
  private static boolean itemUnderDatedHeader(SectionKind kind, Block cur, Line line) {
    return kind.describesWork() && line.bullet() && cur.dates != null && !cur.header.isEmpty() && !cur.header.get(0).bullet()
        && !line.hasDates() && !Parts.namesRole(line) && !isInlineLabel(line) && !isSubLabel(line);
  }

  /**
   * Whether line {@code i}, capitalised as a header is, is the header of the dates right under it:
   * the next line opens with an entry's dates, its first cell nothing but them ("Aug 2016 - Aug
   * 2021 ⇥ 5 years"), and what follows those dates is the entry's body, a bullet or a sentence. A
   * template that sets most titles in bold may leave one plain ("Engineer (several positions),
   * Initech" over "Aug 2016 - Aug 2021"); it still heads the dates below it and is no bullet of
   * the job above. Where a title follows the dates ("ACME" / "2019 – 2021" / "Staff Engineer"),
   * the dates open the next header and the line above stays a bullet.
   */
  private static boolean headsDatesBelow(Block cur, List<Line> body, int i, String bodyStyle) {
    Line line = body.get(i);
    // A full stop ends no header, but a legal form's ("Software Developer, Globex, L.P.").
    String text = Inline.clean(line.content());
    if (line.words() > HEADER_WORDS || text.endsWith(".") && !Parts.endsInLegalForm(text) || !capitalised(text)) {
      return false;
    }
    int k = i + 1;
    while (k < body.size() && body.get(k).blank()) {
      k++;
    }
    if (k >= body.size()) {
      return false;
    }
    Line dates = body.get(k);
    if (styledAsTheHeaderAbove(cur, line, dates, bodyStyle)) {
      return true;
    }
    if (!datesOnly(dates) || styledAsHeader(dates, bodyStyle)) {
      return false;
    }
    if (headsAsTheOneAbove(cur, line, dates)) {
      return true;
    }
    for (int n = k + 1; n < body.size(); n++) {
      Line next = body.get(n);
      if (!next.blank()) {
        // A paragraph too long for a header is the body too, in a language that capitalises its
        // nouns ("Entwicklung von Java-Anwendungen mit GWT. Anpassung und Erweiterung von …").
        // So is a phrase that says what the employer does, whatever stop ends it ("Globex provides
        // loan software for lenders").
        return !styledAsHeader(next, bodyStyle) && (isBullet(next, bodyStyle) || isSentence(next) || tooLongForHeader(next)
            || phrase(next) && !next.hasDates());
      }
    }
    return true;
  }

  /**
   * Whether a line and the dated line under it are styled as the entry above's first header line
   * and its dated line, the dated line in a style of its own, not the running text's: "Globex"
   * (bold) over "Intern | June 2021 - Dec 2021" (small italics), where the bullets are bold too.
   * A template sets every entry so; the pair heads the next entry.
   */
  private static boolean styledAsTheHeaderAbove(Block cur, Line line, Line dates, String bodyStyle) {
    if (cur.header.size() < 2 || !cur.hasBody() || !dates.hasDates() || !line.style().sizeKnown() || isSentence(line)) {
      return false;
    }
    String datesStyle = styleKey(dates.style());
    if (datesStyle.equals(bodyStyle) || !styleKey(line.style()).equals(styleKey(cur.header.get(0).style()))) {
      return false;
    }
    for (Line h : cur.header) {
      if (h != cur.header.get(0) && h.hasDates() && styleKey(h.style()).equals(datesStyle)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a line and the dates under it are set as the entry above set its header and dates: the
   * line where that header's first line starts, the dates where its dates start and in their
   * style. A theme draws every entry so, and one that leaves a title plain ("Contractor, Initech"
   * where the others are bold) still heads the next, whatever follows the dates.
   */
  private static boolean headsAsTheOneAbove(Block cur, Line line, Line dates) {
    if (cur.header.isEmpty() || line.box() == null || dates.box() == null) {
      return false;
    }
    Line first = cur.header.get(0);
    for (Line d : cur.header) {
      if (d != first && d.box() != null && first.box() != null && datesOnly(d) && d.style().equals(dates.style())
          && Math.abs(d.box().x() - dates.box().x()) <= OUTDENT && Math.abs(first.box().x() - line.box().x()) <= OUTDENT) {
        return true;
      }
    }
    return false;
  }


  /**
   * Whether a line is the header that dates on a line of their own stand over: the block has no
   * body, its header is those dates, and the line is cased as names are and no sentence, or opens
   * with three names however it goes on (see namesFieldsFirst), or with a role at a name (see
   * opensWithRoleAtName): what stands under dates alone is their entry's header, sentence or not.
   */
  private static boolean headerUnderDates(Block cur, Line line) {
    return !cur.hasBody() && datesAlone(cur) && (!isSentence(line) && casedAsHeader(line) || namesFieldsFirst(line)
        || opensWithRoleAtName(line));
  }

  /**
   * Whether a line holds the other end of the date that opens the block's one header line, as a
   * rail stacks a range's ends ("Setembro/18" over "Março/19 ⇥ Role ⇥ Employer", or "Nov 2021 ⇥
   * Tech Lead" over "Jul 2021 ⇥ Educação"): no blank line parts them and the line opens with
   * another single date and goes on with names (see otherEnd). Two lone dates are left to
   * closesRange, which knows the order.
   */
  private static boolean stackedEnds(Block cur, Line line, boolean gap) {
    return !gap && cur.header.size() == 1 && otherEnd(cur.header.get(0), cur.dates, line);
  }

  /** Whether a block's header so far is dates and nothing more: a date rail over each header. */
  private static boolean datesAlone(Block b) {
    if (b.header.isEmpty()) {
      return false;
    }
    for (Line h : b.header) {
      if (h.firstDates() == null || !Parts.datesOnly(h)) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Globex · Seattle, WA" right under a header's first line, before any body: a name and its place
   * and nothing else, the line a template sets under each title for its employer. It is the
   * header's, whatever the header above seems to name already ("Director, Services Platform").
   */
  private static boolean nameAndPlace(SectionKind kind, Block cur, Line line) {
    if (cur.header.size() != 1 || cur.hasBody() || !cur.lines.isEmpty() || line.content().endsWith(".")) {
      return false;
    }
    List<Part> parts = Parts.of(kind, List.of(line));
    return parts.size() == 2 && Parts.isLocation(parts.get(1).value()) && !Parts.isLocation(parts.get(0).value())
        && !Parts.isRole(parts.get(0).value()) && !Parts.sentenceCased(parts.get(0).value());
  }

  /**
   * Whether a list item's header parts name a place ("Portland, OR", "(Remote)"), or open with a
   * role then "@" or a word for "at" before a name ("Software Engineer @ Globex", "Ingénieur chez
   * Globex": Parts gives every word for "at" as "at").
   */
  private static boolean headerItem(List<Part> parts) {
    if (parts.size() >= 2 && Parts.isRole(parts.get(0).value())
        && (parts.get(1).before().equals("@") || parts.get(1).before().equals("at"))) {
      return true;
    }
    for (Part p : parts) {
      if (Parts.isLocation(TRAILING_STOPS.matcher(p.value()).replaceAll("").strip())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the line is the wrapped rest of the entry's last line, a labelled list ("Tools Used:
   * MongoDB, Heroku, System" / "Monitoring"): a few words in the label line's own look, where that
   * line reached the column's edge, with no room left for the first of them.
   */
  private static boolean labelListCut(Block cur, Line line, Map<Integer, Float> rightEdges) {
    if (cur.lines.isEmpty() || line.words() > 4 || !line.style().sizeKnown()) {
      return false;
    }
    Line last = cur.lines.get(cur.lines.size() - 1);
    return last.box() != null && line.box() != null && isInlineLabel(last) && !Inline.clean(last.content()).endsWith(".")
        && styleKey(last.style()).equals(styleKey(line.style())) && rightEdges.containsKey(Line.edgeKey(last.box()))
        && !roomForNextWord(last, line, rightEdges);
  }

  /** A wrapped bullet's next line: starts in lower case, or the bullet has not ended its sentence. */
  private static boolean continues(Line line, Block cur, boolean hasDate, Map<Integer, Float> rightEdges) {
    String c = line.content();
    if (c.isEmpty()) {
      return false;
    }
    if (hasDate) {
      // "… RDVO was acquired by" / "Globex BioMarketing in 2009.": the item's sentence, cut
      // where the line was full, ends on the dates of something it tells.
      String said = cur.bulletText.get(cur.bulletText.size() - 1).toString().strip();
      return closesWrappedSentence(cur.lastBulletLine, line) && !SENTENCE_END.matcher(said).find()
          && (said.length() > 60 || cur.lastBulletLine != null && fullLine(cur.lastBulletLine, rightEdges))
          && setAsWrap(cur.lastBulletLine, line)
          && !(cur.lastBulletLine != null && roomForNextWord(cur.lastBulletLine, line, rightEdges));
    }
    char first = c.charAt(0);
    // A figure opens a wrapped line ("… cut latency by" / "35% in a quarter"), or a name set as a
    // header ("42.7° Labs LLC ⇥ Columbus, OH", "3M Company" in the employers' size): only a line
    // in the item's own size (its weight may change: a bold lead-in), in one cell, goes on it.
    boolean figure = Character.isDigit(first) && line.cells().size() < 2
        && (cur.lastBulletLine == null || !line.style().sizeKnown()
            || Math.round(line.style().size() * 10) == Math.round(cur.lastBulletLine.style().size() * 10));
    String prev = cur.bulletText.get(cur.bulletText.size() - 1).toString();
    // A word in lower case goes on the sentence above; a name cased inside ("iOS", "eBay",
    // "jQuery") may open a header as well, and is asked as any capitalised line is, below.
    boolean lower = Character.isLowerCase(first) && !casedInside(SPACE_RUN.split(c.strip(), 2)[0]);
    if (lower && endedApart(cur.lastBulletLine, line, prev)) {
      return false;
    }
    if (lower || figure || "([{&%+".indexOf(first) >= 0) {
      return true;
    }
    // A line hung at the item's text goes on the item, unless the item's sentence ended there ("…
    // in Java EE." / "We built our own product."): then the writer broke the line for a new one.
    if (hangsUnder(cur.lastBulletLine, line) && !SENTENCE_END.matcher(prev.strip()).find()) {
      return true;
    }
    // A bullet cut after a comma or a joining word ("…across web, mobile web," / "Android and
    // iOS.") always goes on, whatever the case of the next line.
    if (dangling(prev)) {
      return true;
    }
    boolean prevOpen = !prev.endsWith(".") && !prev.endsWith("!") && !prev.endsWith(";");
    // A few words that end the sentence ("… to Svelte and the Falcon" / "Ruby framework.") end the
    // bullet, however capitalised; a header with a full stop parts its fields with commas.
    // A full stop after a short word in lower case is an abbreviation's ("Analista de Sistemas
    // Jr."), not an acronym's ("… moved the builds to" / "ZFS."), and a role heads its entry.
    String lastWord = c.strip().substring(c.strip().lastIndexOf(' ') + 1);
    boolean abbreviation = lastWord.length() <= 4 && !lastWord.equals(lastWord.toUpperCase(Locale.ROOT));
    boolean endsIt = line.words() <= 4 && lastWord.endsWith(".") && !abbreviation && c.indexOf(',') < 0
        && !Parts.endsInLegalForm(c.strip()) && !Parts.namesRole(line);
    if (prevOpen && ranInto(cur.lastBulletLine, line)) {
      return true;
    }
    return prevOpen && (!isHeaderLike(line, null) || endsIt) && line.words() > 0 && prev.length() > 60
        && !(cur.lastBulletLine != null && roomForNextWord(cur.lastBulletLine, line, rightEdges));
  }

  /**
   * Whether the blank line before {@code line} is a page or a column turning inside the last item:
   * the item stops mid-sentence at the foot of a page or column and the next opens in lower case
   * ("… to plan, budget, and" / "shipped the billing service"), on a later page or higher up the
   * same one (a theme that flows its text in columns). A blank line the writer left ends an item.
   */
  private static boolean goesOnOverBreak(Block cur, Line line) {
    Line last = cur.lastBulletLine;
    // On the same page, only within what the reader took for one column: a sidebar's first line
    // set higher up (a column of its own) goes on with nothing.
    if (last == null || last.box() == null || line.box() == null || line.box().page() < last.box().page()
        || line.box().page() == last.box().page() && (line.box().y() >= last.box().y() || line.box().column() != last.box().column())) {
      return false;
    }
    String c = line.content().strip();
    String prev = cur.bulletText.get(cur.bulletText.size() - 1).toString().strip();
    // A list of technologies in lower case ("kubernetes, terraform, go") is a line of its own.
    return !c.isEmpty() && Character.isLowerCase(c.charAt(0)) && !SENTENCE_END.matcher(prev).find()
        && !isTechList(line) && !isItemList(line);
  }

  /**
   * Whether the line starts further in than its dated header's first line, where the line below it
   * starts too, in the same style, and the header already names a role and a name besides it: a
   * theme that sets its items in with no glyph. A header's own lines start where it does.
   */
  private static boolean setInUnderWholeHeader(SectionKind kind, Block cur, Line line, List<Line> body, int li) {
    if (kind != SectionKind.EXPERIENCE || cur.header.isEmpty() || cur.hasBody() || cur.dates == null || line.hasDates()
        || line.box() == null) {
      return false;
    }
    Line first = cur.header.get(0);
    Line next = Line.next(body, li);
    if (first.box() == null || next == null || next.box() == null || next.hasDates() || next.box().page() != line.box().page()
        || line.box().x() < first.box().x() + OUTDENT || Math.abs(next.box().x() - line.box().x()) > OUTDENT
        || !line.style().equals(next.style())) {
      return false;
    }
    HeaderNames named = headerNames(kind, cur);
    return named.role() && named.others() > 0;
  }

  /**
   * "Automation Engineer" in italics after the bullets of "Embedded Software Engineer ⇥ Jul 2016 -
   * Present" (italics too), under the employer's line: another role held at the same employer,
   * written with no dates of its own. It is a role and nothing else, set as the header's role line
   * is (weight and slant; its size may differ), at the header's indent, left of the bullets
   * (where the reader gives no geometry, the bullets are marked items set further in).
   */
  private static boolean nextRoleAtEmployer(SectionKind kind, Block cur, Line line) {
    String role = Inline.clean(line.content()).strip();
    // "Freelance Web Developer" after a job is work of its own, for no employer above.
    if (kind != SectionKind.EXPERIENCE || cur.bulletText.isEmpty() || line.bullet() || line.hasDates() || cur.header.size() < 2
        || !Parts.isRole(role) || Arrays.stream(SPACE_RUN.split(role)).anyMatch(Parts::isWayOfWorking)) {
      return false;
    }
    Line item = cur.lastBulletLine;
    for (Line h : cur.header) {
      if (h.hasDates() && h.style().italic() == line.style().italic() && h.style().bold() == line.style().bold()
          && Parts.namesRole(h) && item != null && (h.box() != null && line.box() != null && item.box() != null
              ? Math.abs(h.box().x() - line.box().x()) <= 2 && item.box().x() > line.box().x() + 2
              // No geometry (a LaTeX source): the items are marked and indented, the line is not.
              : h.box() == null && line.box() == null && item.bullet() && h.indent() == line.indent() && item.indent() > line.indent())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the section's first list item is dates alone ("- Feb 2018 - Jan 2021"). */
  private static boolean listOpensWithDates(List<Line> body) {
    for (Line l : body) {
      if (l.bullet()) {
        return Parts.datesOnly(l);
      }
    }
    return false;
  }

  /** Whether a line names a degree or a school by one of their words ("Master's degree …", "… University"). */
  private static boolean namesStudy(Line line) {
    String[] words = Parts.lowerWords(Inline.clean(line.content()));
    return Parts.hasWord(words, Parts.DEGREE_WORDS) || Parts.hasWord(words, Parts.SCHOOL_WORDS);
  }

  /** A dated line that ends the sentence of the line above it: its dates inside a clause, or its year cut from its month. */
  private static boolean closesWrappedSentence(Line above, Line line) {
    return dateClosesSentence(line) || yearEndsCutDate(above, line);
  }

  /**
   * Whether a dated line may be the wrapped end of the sentence on {@code above}: on a page, set as
   * that line is (a header in bold at the text's size is no wrap); in text with no look, opening in
   * lower case ("acquired by Initech in 2006."), since a header's line ("BSc Computer Science,
   * Brindlebank University, graduated in 2016.") opens with a capital.
   */
  private static boolean setAsWrap(Line above, Line line) {
    if (above == null) {
      return false;
    }
    if (above.box() != null && line.box() != null) {
      return above.style().bold() == line.style().bold() && above.style().italic() == line.style().italic();
    }
    return Character.isLowerCase(Inline.clean(line.content()).strip().codePointAt(0));
  }

  /**
   * A row of tags (see {@link LineShapes#tagRow}) after a job's body that heads nothing below it:
   * the next line is no item, no dates alone and no sentence, which a row heading an entry would
   * have under it ("Globex ⇥ Payments ⇥ Java ⇥ Contract" over "2016 – 2019").
   */
  private static boolean tagsCloseEntry(List<Line> body, int li) {
    if (!tagRow(body.get(li))) {
      return false;
    }
    Line next = Line.next(body, li);
    return next == null || !next.bullet() && !Parts.datesOnly(next) && !isSentence(next) && !isProse(next);
  }

  /**
   * Whether {@code line} is set as larger than the text and exactly as an earlier entry's first
   * line was, in as many cells (an employer's banner, "Capital One ⇥ Toronto" in the banners' size
   * over its roles): the next employer's banner, though its roles' dates stand further down, under
   * a line about it. A project's name alone in that style inside a job ("Tollway Tracker" under
   * "Globex ⇥ Berlin") has fewer cells.
   */
  private static boolean bannerAgain(List<Block> done, Block cur, Line line) {
    if (!line.style().sizeKnown() || line.style().size() < LARGER || line.hasDates() || line.bullet()) {
      return false;
    }
    String key = styleKey(line.style());
    return java.util.stream.Stream.concat(done.stream(), java.util.stream.Stream.of(cur))
        .anyMatch(b -> !b.header.isEmpty() && b.header.get(0) != line && styleKey(b.header.get(0).style()).equals(key)
            && !b.header.get(0).hasDates() && b.header.get(0).cells().size() == line.cells().size());
  }

  /** Whether the entry's last description line is a sentence cut before its end. */
  private static boolean openDescription(Block cur) {
    if (cur.lines.isEmpty()) {
      return false;
    }
    Line last = cur.lines.get(cur.lines.size() - 1);
    String c = Inline.clean(last.content()).strip();
    return c.length() > 60 && isSentence(last) && !SENTENCE_END.matcher(c).find();
  }

  /**
   * Whether a plain line right after a job's bullets reports what was done there ("Applied
   * knowledge of Go, Loki, Vector"): it opens with a past-tense verb of an act, a function
   * word follows within its next two words, and it names no role. However many names it lists, it
   * heads no entry. Only in work sections: a project may be named so ("Contributed to Apache
   * Kafka"), and a heading the reader or Markdown marks is a heading; "Applied Scientist at
   * Globex" names its role, and a word for "at" joins a title to its employer.
   */
  private static boolean reportsAct(SectionKind kind, Block cur, Line line) {
    if (kind != SectionKind.EXPERIENCE || !cur.lastBullet || line.markedHeading() || line.content().startsWith("#")
        || line.hasDates()) {
      return false;
    }
    String[] words = SPACE_RUN.split(Inline.clean(line.content()).strip(), 4);
    if (words.length < 3 || words[0].isEmpty() || !Character.isUpperCase(words[0].charAt(0))
        || !dev.prism.core.bullet.Lexicon.pastVerb(words[0])) {
      return false;
    }
    for (int i = 1; i <= 2; i++) {
      String w = words[i];
      if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !Parts.AT_WORDS.contains(w)
          && dev.prism.core.bullet.Lexicon.functionWord(w)) {
        return !Parts.namesRole(line);
      }
    }
    return false;
  }

  /**
   * Whether a line of a text its writer wrapped by hand (no type sizes: plain text, Markdown)
   * goes on in lower case on the line right under it ("specialties in web …") and reads as a
   * sentence's start: it stops on a small word ("Consulting in Go, Rails, Python, etc., with") or
   * most of its words are in lower case ("Nordkapp builds a spatial user"). Under a dated header,
   * such a line opens a paragraph and heads nothing, however many names it holds; in a list of
   * undated items it may be an item's own header, wrapped.
   */
  private static boolean wrapsIntoProse(Block cur, List<Line> body, int li) {
    Line line = body.get(li);
    if (cur.dates == null || li + 1 >= body.size() || line.style().sizeKnown() || line.hasDates() || line.bullet()
        || line.markedHeading()) {
      return false;
    }
    Line below = body.get(li + 1);
    String next = below.blank() ? "" : Inline.clean(below.content()).strip();
    // A line of dates below ("marzo 2019 – actualidad", months in lower case) dates a header.
    if (next.isEmpty() || !Character.isLowerCase(next.codePointAt(0)) || below.bullet() || below.hasDates()) {
      return false;
    }
    String[] words = SPACE_RUN.split(Inline.clean(line.content()).strip());
    String last = words[words.length - 1];
    int lower = 0;
    for (String w : words) {
      lower += !w.isEmpty() && Character.isLowerCase(w.codePointAt(0)) ? 1 : 0;
    }
    return words.length >= 4 && (dev.prism.core.bullet.Lexicon.functionWord(last) && !Parts.AT_WORDS.contains(last)
        || lower * 2 > words.length);
  }

  /**
   * A role written in a script without capitals ("后端工程师", "技术负责人、后端工程师") under a header
   * that names no role yet ("Globex ⇥ 2019.5 - 至今"): its case tells nothing (a word of Latin
   * letters in lower case would open a sentence), and its role's word says it completes the
   * header. Under a header that names its role, a line that ends in a role's word ("负责指导实习工程师",
   * guiding the interns) is the entry's, and so, under any header, is one with a word that opens
   * with a verb of what was done ("带领五名工程师…", "支付网关项目 带领…"), and a project's name
   * ("运营商生活商城").
   */
  private static boolean caselessRole(Block cur, Line line) {
    String t = Inline.clean(line.content()).strip();
    return !t.isEmpty() && Parts.caseless(t.charAt(0)) && !cur.header.isEmpty() && !cur.hasBody()
        && cur.header.stream().noneMatch(Parts::namesRole) && Parts.namesRole(line)
        && java.util.Arrays.stream(Parts.splitWords(t)).noneMatch(w -> CASELESS_ACTIONS.stream().anyMatch(w::startsWith));
  }

  /** Verbs that open a line of what was done, in scripts without capitals ("负责…", "带领…"). */
  private static final List<String> CASELESS_ACTIONS = Lexicon.list("entry-words.txt", "caseless-action");

  /**
   * Whether the line names an employer and says what it is after a dot or a bar, in sentence case
   * ("Globex · Globex is a platform for …", up to {@value #LONG_HEADER_WORDS} words), right under
   * a header with no body that names a role and no employer: the employer's line of a theme that
   * sets the role first. Under a header that names its employer, such a line is the body's
   * ("Ledgerly · A ledger service I built …"), and after a dash it is always (see tooLongForHeader).
   */
  private static boolean employerLineUnderRole(SectionKind kind, Block cur, Line line) {
    if (kind != SectionKind.EXPERIENCE || cur.header.isEmpty() || cur.hasBody() || line.hasDates()
        || line.words() > LONG_HEADER_WORDS || !nameThenAbout(line) || aboutAfterDash(line)) {
      return false;
    }
    HeaderNames named = headerNames(kind, cur);
    return named.role() && named.others() == 0;
  }

  /** What a block's header names so far: a role or not, and how many names that are no role, place or address. */
  private record HeaderNames(boolean role, int others) {}

  private static HeaderNames headerNames(SectionKind kind, Block cur) {
    boolean role = false;
    int others = 0;
    for (Part p : Parts.of(kind, cur.header)) {
      String v = p.value();
      if (Parts.isRole(v)) {
        role = true;
      } else if (!Parts.isLocation(v) && !Parts.isAddress(v)) {
        others++;
      }
    }
    return new HeaderNames(role, others);
  }
}
