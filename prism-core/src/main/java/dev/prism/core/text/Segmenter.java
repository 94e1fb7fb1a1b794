package dev.prism.core.text;

import dev.prism.core.model.Box;
import dev.prism.core.model.Claim;
import dev.prism.core.model.Entry;
import dev.prism.core.model.Extraction;
import dev.prism.core.model.Field;
import dev.prism.core.model.Mark;
import dev.prism.core.model.Resume;
import dev.prism.core.model.Section;
import dev.prism.core.model.SectionKind;
import dev.prism.core.model.Span;
import dev.prism.core.model.Style;
import dev.prism.core.text.Sections.Heading;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns an extraction into a {@link Resume}, in explicit passes, each testable on its own:
 *
 * <ol>
 *   <li>{@link Line#tag}: every line tagged once (content without list glyph, cells, style, marks,
 *       dates);
 *   <li>{@link Sections#find}: which lines head sections, and their kinds;
 *   <li>{@link ContactParser}: the contact block, and the lines under a contact heading;
 *   <li>{@link Entries#parse}: each section's lines grouped into entries, each header labelled
 *       (title, organisation, location, dates) by {@link HeaderLabels}, roles under one employer
 *       given it; skills sections by {@link SkillsParser}.
 * </ol>
 *
 * The reader's claims go first wherever they speak. The behaviour is written down as examples in
 * {@code src/test/resources/dev/prism/core/text/spec/}, which run as tests. It never throws on odd
 * input: whatever cannot be placed ends up as description lines of some entry.
 */
public final class Segmenter {

  private Segmenter() {}

  public static Resume segment(Extraction extraction) {
    return read(extraction).resume();
  }

  /** The resume, with what the segmentation saw of the lines on the way (see {@link Segmentation}). */
  public static Segmentation read(Extraction extraction) {
    // The place and role tests of header parts are answered once per text for the whole resume.
    return Memo.during(() -> readWithin(extraction));
  }

  private static Segmentation readWithin(Extraction original) {
    String folded = Fullwidth.fold(original.text());
    Extraction extraction = folded == original.text() ? original
        : new Extraction(folded, original.format(), original.pages(), original.layout(), original.warnings());
    List<Line> lines = Line.tag(extraction);
    List<Integer> dated = new ArrayList<>();
    for (Line l : lines) {
      if (l.hasDates()) {
        dated.add(l.start());
      }
    }
    return new Segmentation(resume(extraction, lines), dated);
  }

  private static Resume resume(Extraction extraction, List<Line> lines) {
    String text = extraction.text();
    List<Claim> claims = extraction.layout().claims();
    List<Heading> headings = Sections.find(lines, claims);
    List<List<Line>> bodies = bodies(lines, sectionOf(lines, headings), headings.size());

    int firstHeading = headings.isEmpty() ? lines.size() : headings.get(0).line();
    // A block under a contact heading ("Contact", "Get in touch"; a PDF sidebar's, often) is no
    // section: its details go to the contact parser, wherever the layout put the block. Lines
    // there that hold no contact detail stay a section under that heading.
    List<Line> listed = new ArrayList<>();
    List<Line> opening = new ArrayList<>();
    Map<Integer, List<Line>> notContact = new HashMap<>();
    for (int h = 0; h < headings.size(); h++) {
      if (Headings.isContact(lines.get(headings.get(h).line()).content())) {
        List<Line> rest = new ArrayList<>();
        boolean first = true;
        // Only a heading of personal details ("Personal data") opens with the name; "Contact" or
        // "Links" open with anything ("Available immediately").
        boolean personal = Headings.isPersonalDetails(lines.get(headings.get(h).line()).content());
        for (Line l : bodies.get(h)) {
          if (!l.blank() && first && personal && !ContactParser.holdsContact(l)) {
            opening.add(l);
          }
          first &= l.blank();
          (ContactParser.holdsContact(l) ? listed : rest).add(l);
        }
        notContact.put(h, rest);
      }
    }
    // A first heading set among the top block's lines ("Career Description" over "Email: …",
    // "Contact: …", "EN | KR", "Resume ⇥ Blog ⇥ GitHub"): the contact lines that open its section
    // are the top block's, not the section's first entry.
    if (!headings.isEmpty() && !notContact.containsKey(0)
        && lines.subList(0, firstHeading).stream().noneMatch(ContactParser::holdsEmailOrPhone)) {
      List<Line> body = bodies.get(0);
      int k = 0;
      // Only a short undated line is a contact line: a dated one is an entry's, whatever address it
      // holds ("Office Manager — Dunmore Clinic, 2019 – 2023 — desk@…"), and a line of other words
      // with an address in it is the section's ("Figma, Sketch; support: help@…").
      while (k < body.size() && (body.get(k).blank() || !body.get(k).hasDates() && (ContactParser.holdsEmailOrPhone(body.get(k))
          && body.get(k).words() <= CONTACT_LINE_WORDS || ContactParser.labelsOnly(body.get(k)) || ContactParser.inLabelRun(body, k)
          || ContactParser.labelOnItsOwn(body.get(k))
          || ContactParser.aboutTheDocument(body.get(k))))) {
        k++;
      }
      if (k > 0 && body.subList(0, k).stream().anyMatch(ContactParser::holdsEmailOrPhone)) {
        body.subList(0, k).stream().filter(l -> !l.blank()).forEach(listed::add);
        notContact.put(0, new ArrayList<>(body.subList(k, body.size())));
      }
    }
    List<Line> firstSection = headings.isEmpty() || notContact.containsKey(0) ? List.of() : bodies.get(0);
    ContactParser.Result top = ContactParser.parse(text, lines, firstHeading, listed, opening, firstSection, claims);
    List<Section> sections = new ArrayList<>();
    // The style of the document's running text, over every section: a section with too little
    // running text of its own to tell its body's style (tag lists, one-line entries) is read
    // against it (see LineShapes#bodyStyle).
    String documentStyle = LineShapes.bodyStyle(lines);
    List<Claim.Entry> entryClaims = new ArrayList<>();
    for (Claim c : claims) {
      if (c instanceof Claim.Entry e) {
        entryClaims.add(e);
      }
    }

    // Prose between the contact block and the first heading reads as a summary; jobs there, as
    // where the document has no headings at all, are its work.
    if (!top.rest().isEmpty()) {
      List<Line> rest = top.rest();
      if (headings.isEmpty() || datedRoles(rest) >= 2 || datedHeadings(rest) >= 2) {
        sections.addAll(withoutHeadings(rest, entryClaims, documentStyle));
      } else {
        sections.add(summary(null, rest));
      }
    }
    // Where no heading opens the work, employers set as its headings are may stand in its place.
    boolean workHeaded = headings.stream().anyMatch(h -> h.kind() == SectionKind.EXPERIENCE);
    for (int h = 0; h < headings.size(); h++) {
      Line heading = lines.get(headings.get(h).line());
      SectionKind kind = headings.get(h).kind();
      List<Line> body = withoutRunningHeads(notContact.getOrDefault(h, bodies.get(h)), top.contact().name(), lines);
      if (notContact.containsKey(h) && body.stream().allMatch(Line::blank)) {
        continue;
      }
      Field headingField = new Field(Inline.clean(Headings.wording(heading.content())), wordingSpan(heading));
      int work = workHeaded || kind.describesWork() || kind == SectionKind.EDUCATION ? -1 : unheadedWork(heading, body);
      if (work > 0) {
        // The section's own lines, then the work no heading opened. A section that opens with
        // such lines is what its heading says ("Volunteering", "Technical Skills" over dated
        // categories): it stays whole.
        sections.addAll(sections(kind, headingField, body.subList(0, work), entryClaims, documentStyle));
        sections.addAll(sections(SectionKind.EXPERIENCE, null, body.subList(work, body.size()), entryClaims, documentStyle));
        continue;
      }
      sections.addAll(sections(kind, headingField, body, entryClaims, documentStyle));
    }
    return new Resume(top.contact(), withoutRepeats(sections));
  }

  /**
   * The sections with every dated entry that repeats one read before it in a section of the same
   * kind left out: some themes print a section twice over (a screen copy and a print copy of the
   * page, both shown), and the second copy is the same jobs again, not more of them. Only an entry
   * with the same title, organisation, place and dates is a repeat: the same role at the same firm
   * over another spell is another entry. A section the repeats leave empty goes with them.
   */
  private static List<Section> withoutRepeats(List<Section> sections) {
    Set<List<Object>> seen = new HashSet<>();
    List<Section> kept = new ArrayList<>();
    boolean changed = false;
    for (Section s : sections) {
      List<Entry> entries = new ArrayList<>();
      for (Entry e : s.entries()) {
        if (e.dates() == null || e.title() == null && e.organization() == null) {
          entries.add(e);
          continue;
        }
        List<Object> key = Arrays.asList(s.kind(), value(e.title()), value(e.organization()), value(e.location()),
            e.dates().start(), e.dates().end(), e.dates().present());
        if (seen.add(key)) {
          entries.add(e);
        }
      }
      if (entries.size() == s.entries().size()) {
        kept.add(s);
        continue;
      }
      changed = true;
      if (!entries.isEmpty()) {
        kept.add(new Section(s.kind(), s.heading(), entries, s.skills(), s.span()));
      }
    }
    return changed ? kept : sections;
  }

  private static String value(Field f) {
    return f == null ? null : f.value();
  }

  /** The most words a contact line under a first heading has: "Email: jordan@example.org", "Phone: +1 555 0100". */
  private static final int CONTACT_LINE_WORDS = 4;

  /** The fewest employers set in the headings' size, with their dates, that make work no heading opened. */
  private static final int UNHEADED_POSTS = 2;

  /**
   * Where a section of no work's kind, in a document that heads no section as work, turns into
   * work that no heading opened: the first of two or more lines set as large as the section's
   * own heading and larger than the running text, no list item, that carry a date range or stand
   * under one alone on its line ("Medic Mobile ⇥ (Dec 2015 – Now)" in the headings' size under
   * "Technical Summary", or "Dec 2015 - Now" over it): employers set at the sections' level,
   * with their dates. -1 where there is none. Only where the reader gave the type sizes. (Under
   * an "Experience" heading, a template may set every entry in the headings' size, its "Open
   * Source" section's too: those stay where their heading puts them.) Where such a line is the
   * section's first (0), the section is its heading's own (see resume).
   */
  private static int unheadedWork(Line heading, List<Line> body) {
    if (!heading.style().sizeKnown() || heading.style().size() < LineShapes.LARGER) {
      return -1;
    }
    int first = -1;
    int n = 0;
    for (int i = 0; i < body.size(); i++) {
      Line l = body.get(i);
      if (l.blank() || l.bullet() || !l.style().sizeKnown() || l.style().size() < heading.style().size() * SAME_SIZE) {
        continue;
      }
      // Its dates beside it, or alone on the line over it ("Dec 2015 - Now" over "Medic Mobile").
      int at = l.hasRange() ? i : Line.loneRangeBefore(body, i) ? Line.previousIndex(body, i) : -1;
      if (at >= 0) {
        first = first < 0 ? at : first;
        n++;
      }
    }
    return n >= UNHEADED_POSTS ? first : -1;
  }

  /** The share of a heading's size a line set alike may fall short of it by rounding. */
  private static final float SAME_SIZE = 0.95f;

  /** The span of a heading's words, any icon before them left out. */
  private static Span wordingSpan(Line heading) {
    String words = Headings.wording(heading.content());
    int at = heading.content().lastIndexOf(words);
    if (words.isEmpty() || at < 0) {
      return heading.contentSpan();
    }
    return new Span(heading.contentStart() + at, words.length());
  }

  private static final String SEPARATOR_CLASS = dev.prism.core.lexicon.Glyphs.fieldSeparatorClass();

  /** "Page 2", "Page 2 of 3", "- 2 -", "2/3": a page's number, as a running head or foot prints it. */
  private static final java.util.regex.Pattern PAGE_MARK = java.util.regex.Pattern.compile(
      "(?iu)^[\\s\\p{Pd}(" + SEPARATOR_CLASS + "]*(?:(?:" + String.join("|", dev.prism.core.lexicon.Lexicon.list("reading.txt", "page-word"))
          + ")\\.?\\s*\\d{1,2}(?:\\s*(?:/|of|von|de|sur)\\s*\\d{1,2})?|\\d{1,2}\\s*/\\s*\\d{1,2})[\\s\\p{Pd})" + SEPARATOR_CLASS + "]*$");

  /**
   * The body without what a later page repeats at its head or foot: its number ("Page 2"), and the
   * person's name again on a line of its own. Set in the text of a source that draws its own
   * running heads, they would read as one more job. Where the reader gave the lines' places on
   * their pages ({@code lines}, the whole document's), the name is a running head only where it
   * stands at the head or foot of a page after the first: anywhere else it is what the page
   * says there (a freelancer's own name over the job done under it, whatever follows it).
   * Without places, a name alone is a running head unless it stands over dates alone.
   */
  private static List<Line> withoutRunningHeads(List<Line> body, Field name, List<Line> lines) {
    String person = name == null ? null : Inline.clean(name.value());
    List<Line> out = new ArrayList<>(body.size());
    for (int i = 0; i < body.size(); i++) {
      Line l = body.get(i);
      String c = Inline.clean(l.content());
      if (!runningHead(c, person, l.bullet()) && !(person != null && person.length() > 3 && c.equalsIgnoreCase(person)
          && (l.box() != null ? atPageEdge(l, lines) : !overDatesAlone(body, i)))) {
        out.add(l);
      }
    }
    return out.size() == body.size() ? body : out;
  }

  /**
   * Whether the next line with text under line {@code i} holds a date range and nothing else: the
   * name over it heads a job done under the person's own name (a freelancer's "Jordan Lee" over
   * "June 2015 - February 2019"), no running head. A running head stands over the page's first
   * line, which is rarely dates alone. (Not LineShapes.overOwnDates, which asks for one date on
   * the very next line.)
   */
  private static boolean overDatesAlone(List<Line> body, int i) {
    Line next = Line.next(body, i);
    return next != null && next.hasDates() && Parts.datesOnly(next);
  }

  /**
   * Whether a placed line stands first or last on a page after the first: no line of the document
   * on its page stands above it, or none below it. A running head or foot stands so.
   */
  private static boolean atPageEdge(Line line, List<Line> lines) {
    Box b = line.box();
    if (b.page() == 0) {
      return false;
    }
    boolean above = false;
    boolean below = false;
    for (Line o : lines) {
      Box a = o.box();
      if (o != line && a != null && a.page() == b.page() && !o.blank()) {
        above |= a.y() < b.y();
        below |= a.y() > b.y();
      }
    }
    return !above || !below;
  }

  /** {@code c.chars().anyMatch(Character::isDigit)} by a loop: asked of every line of the body. */
  private static boolean anyDigit(String c) {
    for (int i = 0; i < c.length(); i++) {
      if (Character.isDigit((int) c.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** What a running head or foot says of the document: its name ("Curriculum vitae"), in lower case. */
  private static final java.util.Set<String> DOCUMENT_TITLES = dev.prism.core.lexicon.Lexicon.set("names.txt", "document-title");
  /** Words for "of" between the document's name and the person's ("Resume of", "Curriculum vitæ di"). */
  private static final java.util.Set<String> PAGE_OF = dev.prism.core.lexicon.Lexicon.set("reading.txt", "page-of");
  private static final java.util.regex.Pattern HEAD_SEPARATOR = java.util.regex.Pattern.compile("\\s+[\\p{Pd}" + SEPARATOR_CLASS + "]\\s+");

  /**
   * A page's number alone ("Page 2", "- 2 -", "2/3"), or first or last on a line whose other parts
   * only name the document or its author ("Pagina 2 / 7 - Curriculum vitæ di", "Jordan Lee | Page
   * 2 of 3", "Jordan Lee | 2/3"), no list item: what a running head or foot prints.
   */
  static boolean runningHead(String c, String person, boolean listItem) {
    if (c.isEmpty() || c.length() > 80) {
      return false;
    }
    if (c.length() <= 20 && PAGE_MARK.matcher(c).matches()) {
      return true;
    }
    // Asked of every line of the body: most hold no digit, so no page's number, and need no split.
    if (listItem || !anyDigit(c)) {
      return false;
    }
    String[] parts = HEAD_SEPARATOR.split(c);
    int last = parts.length - 1;
    int mark = last < 1 ? -1 : pageMark(parts[0]) ? 0 : pageMark(parts[last]) ? last : -1;
    if (mark < 0) {
      return false;
    }
    // A bare number ("2/3") beside the document's name may be a date ("Resume – 09/21"); beside
    // the person's name alone it is the page's.
    boolean worded = parts[mark].chars().anyMatch(Character::isLetter);
    for (int i = 0; i < parts.length; i++) {
      if (i != mark && !(worded ? namesDocument(parts[i], person) : namesPerson(parts[i], person))) {
        return false;
      }
    }
    return true;
  }

  private static boolean pageMark(String part) {
    return part.length() <= 20 && PAGE_MARK.matcher(part).matches();
  }

  private static boolean namesPerson(String part, String person) {
    return person != null && person.strip().length() > 3 && part.strip().equalsIgnoreCase(person.strip());
  }

  /** "Curriculum vitæ di", "Resume of Jordan Lee", "Jordan Lee": the document's name, whose it is, or the person's. */
  private static boolean namesDocument(String part, String person) {
    String p = part.strip().toLowerCase(java.util.Locale.ROOT);
    String who = person == null ? "" : person.strip().toLowerCase(java.util.Locale.ROOT);
    if (who.length() > 3 && p.equals(who)) {
      return true;
    }
    if (who.length() > 3 && p.endsWith(" " + who)) {
      p = p.substring(0, p.length() - who.length()).strip();
    }
    int space = p.lastIndexOf(' ');
    if (space > 0 && PAGE_OF.contains(p.substring(space + 1))) {
      p = p.substring(0, space);
    }
    return DOCUMENT_TITLES.contains(p);
  }

  /**
   * The lines of each heading's section (see {@link #sectionOf}), in order, rules and a table's
   * column names left out.
   */
  private static List<List<Line>> bodies(List<Line> lines, int[] owner, int headings) {
    List<List<Line>> out = new ArrayList<>(headings);
    for (int h = 0; h < headings; h++) {
      out.add(new ArrayList<>());
    }
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (owner[i] >= 0 && !l.rule() && !l.has(Mark.TABLE_HEADER)) {
        out.get(owner[i]).add(l);
      }
    }
    return out;
  }

  /**
   * The heading whose section each line falls in (its index in {@code headings}; -1 above the
   * first, and for the headings themselves): the last heading above it, save on a page of a PDF
   * laid out in two columns, read one column after the other. There a column's lines that come
   * before any heading of their own on that page go on with the section that same column last
   * opened on an earlier page: the main column's jobs run on from page one's "Experience" on page
   * two, while the text read just before them is the sidebar's ("Languages", "Hobbies"). A heading
   * read earlier on that page where that column's headings stand is its own, whatever column the
   * page's split gave it (a narrow rail of dates may move the split to its right).
   */
  static int[] sectionOf(List<Line> lines, List<Heading> headings) {
    int[] owner = new int[lines.size()];
    java.util.Arrays.fill(owner, -1);
    // Per page and column (page * 2 + column), the left and right edges of the column's text there.
    Map<Integer, Float> edges = new HashMap<>();
    Map<Integer, Float> rights = new HashMap<>();
    for (Line l : lines) {
      if (l.box() != null && !l.blank()) {
        edges.merge(columnKey(l.box()), l.box().x(), Math::min);
        rights.merge(columnKey(l.box()), l.box().right(), Math::max);
      }
    }
    // Columns that one text flows through, like a newspaper's, hold no sidebar: there each line
    // is in the section last opened above it in reading order.
    boolean flowing = flowsAcrossColumns(lines);
    Map<Integer, Integer> lastOfColumn = new HashMap<>();
    List<Box> pageHeadings = new ArrayList<>();
    int current = -1;
    int next = 0;
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (next < headings.size() && headings.get(next).line() == i) {
        current = next++;
        if (l.box() != null) {
          if (!pageHeadings.isEmpty() && pageHeadings.get(0).page() != l.box().page()) {
            pageHeadings.clear();
          }
          pageHeadings.add(l.box());
          lastOfColumn.put(column(l.box()), current);
        }
        // A heading's second line ("Description" under "Career") is the heading's, in no section.
        i = headings.get(current).last();
        continue;
      }
      owner[i] = current;
      if (flowing || current < 0 || l.box() == null || l.blank() || !edges.containsKey(columnKey(l.box()) ^ 1)) {
        continue;
      }
      Box here = lines.get(headings.get(current).line()).box();
      Integer own = lastOfColumn.get(column(l.box()));
      Box ownBox = own == null ? null : lines.get(headings.get(own).line()).box();
      // The column goes on only where its text on this page spans what it spanned on the
      // heading's page: a page of one column whose course lists or dates the split took for a
      // second column does not, nor a page that sets its main column where the sidebar stood.
      if (here != null && column(here) != column(l.box()) && ownBox != null
          && ownBox.page() < l.box().page() && sameSpan(edges, rights, columnKey(l.box()), columnKey(ownBox))
          && !headedHere(pageHeadings, l.box().page(), ownBox.x())) {
        owner[i] = own;
      }
    }
    return owner;
  }

  /**
   * Whether a sentence runs from the foot of a page's left column on at the top of its right one
   * ("… process contain-" over "ment, BSP development …", "… worked on the" over "billing service
   * …"), the two lines as wide as each other: the text flows through the columns in turn, with
   * no sidebar beside a main column. The right column opens with a word in lower case that is no
   * address ("jordan@example.com").
   */
  private static boolean flowsAcrossColumns(List<Line> lines) {
    Line lastLeft = null;
    for (Line l : lines) {
      if (l.box() == null || l.blank()) {
        continue;
      }
      if (column(l.box()) == 0) {
        lastLeft = l;
        continue;
      }
      if (lastLeft != null && lastLeft.box().page() == l.box().page() && !l.bullet()
          && alike(lastLeft.box(), l.box()) && runsOn(lastLeft.content().strip(), l.content().strip())) {
        return true;
      }
      lastLeft = null;
    }
    return false;
  }

  /**
   * Whether the two lines are about as wide (within a fifth): a sentence wrapped from one column
   * to the next fills both, as a newspaper's columns are; a sidebar's last line beside a main
   * column is not (a bullet of the main column wrapped onto the next page does not run on from
   * the sidebar).
   */
  private static boolean alike(Box a, Box b) {
    float wa = a.right() - a.x();
    float wb = b.right() - b.x();
    return Math.abs(wa - wb) <= 0.2f * Math.max(wa, wb);
  }

  /** Whether {@code below} goes on with the sentence {@code above} left open: see {@link #flowsAcrossColumns}. */
  private static boolean runsOn(String above, String below) {
    if (above.isEmpty() || below.isEmpty() || !Character.isLowerCase(below.codePointAt(0))) {
      return false;
    }
    int end = 0;
    while (end < below.length() && Character.isLetter(below.charAt(end))) {
      end++;
    }
    boolean word = end == below.length() || below.charAt(end) == ' ' || below.charAt(end) == ',';
    char last = above.charAt(above.length() - 1);
    return word && (Character.isLetter(last) || last == '-' || last == ',');
  }

  /**
   * Whether a column's text on a later page starts at the edge it started at on the heading's page
   * and reaches no further right than it did there (by a tenth of its width at most): a last page
   * of a few short lines ends well short of it; a main column set where the sidebar stood runs far
   * past the sidebar's edge.
   */
  private static boolean sameSpan(Map<Integer, Float> edges, Map<Integer, Float> rights, int here, int then) {
    float width = rights.get(then) - edges.get(then);
    return Math.abs(edges.get(here) - edges.get(then)) <= SAME_EDGE
        && rights.get(here) - rights.get(then) <= Math.max(2 * SAME_EDGE, 0.1f * width);
  }

  /** A box's column, 0 (the full width or the left) or 1 (the right). */
  private static int column(Box b) {
    return Math.min(b.column(), 1);
  }

  private static int columnKey(Box b) {
    return Line.edgeKey(b);
  }

  /** Whether a heading already read on {@code page} stands where a column's headings stand ({@code x}). */
  private static boolean headedHere(List<Box> pageHeadings, int page, float x) {
    for (Box b : pageHeadings) {
      if (b.page() == page && Math.abs(b.x() - x) <= SAME_EDGE) {
        return true;
      }
    }
    return false;
  }

  /** How far apart, in points, two left edges (of headings, or of a column's text) may stand and still be one column's. */
  private static final float SAME_EDGE = 12f;

  /**
   * How many date ranges stand on or right under a line that names a role and no school or
   * degree ("## Senior Engineer" over "Globex, 2019 – 2021"), or alone over a header stacked below
   * them, the role on one of the next two lines (see roleStackedBelow).
   */
  private static int datedRoles(List<Line> lines) {
    int n = 0;
    Line before = null;
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.blank()) {
        continue;
      }
      if (l.hasRange() && (isRoleLine(l) || before != null && isRoleLine(before) || roleStackedBelow(lines, i))) {
        n++;
      }
      before = l;
    }
    return n;
  }

  /**
   * Whether the dates alone on line {@code i} head a header stacked below them, its role on one of
   * the next two lines ("Nov 2016 – Present" / "Globex, Berlin" / "Data Engineer").
   */
  private static boolean roleStackedBelow(List<Line> lines, int i) {
    if (lines.get(i).loneDate() == null) {
      return false;
    }
    int at = Line.nextIndex(lines, i);
    Line next = at < 0 ? null : lines.get(at);
    Line after = at < 0 ? null : Line.next(lines, at);
    return next != null && !next.hasDates() && (isRoleLine(next) || after != null && !after.hasDates() && isRoleLine(after));
  }

  /** How many Markdown headings open with dates: "# 2018-2019 Globex, Brussels" heads a job. */
  private static int datedHeadings(List<Line> lines) {
    int n = 0;
    for (Line l : lines) {
      if (l.content().startsWith("#") && l.opensWithDate()) {
        n++;
      }
    }
    return n;
  }

  private static boolean isRoleLine(Line l) {
    String[] words = Parts.lowerWords(l.content());
    return Parts.namesRole(l) && !Parts.hasWord(words, Parts.SCHOOL_WORDS) && !Parts.hasWord(words, Parts.DEGREE_WORDS);
  }

  /** A document with no headings at all: infer what its body is from its content. */
  private static List<Section> withoutHeadings(List<Line> body, List<Claim.Entry> claims, String documentStyle) {
    boolean anyDates = body.stream().anyMatch(Line::hasDates);
    boolean anyBullets = body.stream().anyMatch(Line::bullet);
    if (anyDates || anyBullets) {
      return sections(SectionKind.EXPERIENCE, null, body, claims, documentStyle);
    }
    return List.of(summary(null, body));
  }

  private static Section summary(Field heading, List<Line> body) {
    return lines(SectionKind.SUMMARY, heading, body);
  }

  /** A section of one entry that holds each line as written: a summary's prose, a list of languages. */
  private static Section lines(SectionKind kind, Field heading, List<Line> body) {
    List<Field> lines = new ArrayList<>();
    for (Line l : body) {
      if (!l.blank() && !l.rule()) {
        lines.add(new Field(Inline.clean(l.content()), l.contentSpan()));
      }
    }
    Span span = spanOf(heading, body);
    List<Entry> entries =
        lines.isEmpty() ? List.of() : List.of(new Entry(null, null, null, null, List.of(), lines, span));
    return new Section(kind, heading, entries, List.of(), span);
  }

  private static Section section(SectionKind kind, Field heading, List<Line> body, List<Claim.Entry> claims, String documentStyle) {
    return switch (kind) {
      case SUMMARY -> summary(heading, body);
      case SKILLS -> new Section(kind, heading, List.of(), SkillsParser.parse(body), spanOf(heading, body));
      // "German, English, Mandarin" under "Languages" lists languages; its commas part no title
      // from an organisation.
      default -> kind == SectionKind.OTHER && heading != null && Headings.isList(heading.value())
          ? lines(kind, heading, body)
          : new Section(kind, heading, Entries.parse(kind, body, within(claims, body), documentStyle), List.of(), spanOf(heading, body));
    };
  }

  /**
   * The sections under one heading: one, except under a work heading, where the entries that are no
   * jobs (see {@link EntryKinds}) go to a section of their own kind beside it, under the same
   * heading and spanning their own entries, in the order the entries come, and under an
   * education heading, where a student's job goes to work so (see {@link EntryKinds#ofStudyOrJob}).
   * The heading's own kind keeps its whole span. An entry a reader placed in a section (a JSON
   * Resume's "work") stays there.
   */
  private static List<Section> sections(SectionKind kind, Field heading, List<Line> body, List<Claim.Entry> claims,
      String documentStyle) {
    return sections(kind, heading, body, claims, documentStyle, section(kind, heading, body, claims, documentStyle));
  }

  /** {@link #sections(SectionKind, Field, List, List, String)} with the heading's body read already as {@code whole}. */
  private static List<Section> sections(SectionKind kind, Field heading, List<Line> body, List<Claim.Entry> claims,
      String documentStyle, Section whole) {
    // "Research" heads papers or the posts a person held, "Referenzen" referees or a freelancer's
    // engagements: dated posts with roles are work. Their dates are read as work's are (a rail's
    // start over its end makes a range only there), so the posts are counted in that reading too.
    if (kind != SectionKind.EXPERIENCE && heading != null && Headings.papersOrPosts(heading.value())) {
      Section asWork = heldPosts(whole, false) ? null : section(SectionKind.EXPERIENCE, heading, body, claims, documentStyle);
      if (asWork == null || heldPosts(asWork, false)) {
        return asWork == null ? sections(SectionKind.EXPERIENCE, heading, body, claims, documentStyle)
            : sections(SectionKind.EXPERIENCE, heading, body, claims, documentStyle, asWork);
      }
    }
    // A heading in words no list knows ("Quest Log", "Where I've been"): two dated posts with
    // roles or more under it are work, as they would be under no heading at all.
    if (kind == SectionKind.OTHER && heading != null && Headings.kindOf(heading.value()).isEmpty()
        && !Headings.isList(heading.value()) && whole.entries().size() >= 2 && heldPosts(whole, true)) {
      return sections(SectionKind.EXPERIENCE, heading, body, claims, documentStyle);
    }
    if (kind == SectionKind.PROJECTS) {
      return projectsAndJobs(heading, whole, body, claims, documentStyle);
    }
    if (kind == SectionKind.EDUCATION) {
      List<SectionKind> kinds = whole.entries().stream()
          .map(e -> placed(e, claims) ? SectionKind.EDUCATION : EntryKinds.ofStudyOrJob(e)).toList();
      return byKind(SectionKind.EDUCATION, whole, whole.entries(), kinds);
    }
    if (kind != SectionKind.EXPERIENCE) {
      return List.of(whole);
    }
    boolean joined = heading != null && Headings.joinsWorkAndProjects(heading.value());
    boolean withStudies = heading != null && Headings.joinsWorkAndEducation(heading.value());
    // The entries in order, a project written as a sub-heading inside a job folded into the job
    // (see EntryKinds#partOfJobBefore).
    List<Entry> kept = new ArrayList<>();
    List<SectionKind> kinds = new ArrayList<>();
    List<Entry> all = whole.entries();
    for (int i = 0; i < all.size(); i++) {
      Entry e = all.get(i);
      SectionKind k = joined ? EntryKinds.ofJobOrProject(e)
          : placed(e, claims) ? SectionKind.EXPERIENCE
          : withStudies ? EntryKinds.ofJobOrStudy(e)
          : EntryKinds.of(e);
      int last = kept.size() - 1;
      if (k == SectionKind.EXPERIENCE && last >= 0 && kinds.get(last) == SectionKind.EXPERIENCE && !claimed(e, claims)
          && EntryKinds.partOfJobBefore(kept.get(last), e)
          && (setBelow(headerStyle(e, body), headerStyle(kept.get(last), body)) || projectOfRole(kept.get(last), e, body))
          && !postsFollow(all, i, body)) {
        kept.set(last, folded(kept.get(last), e));
        continue;
      }
      kept.add(e);
      kinds.add(k);
    }
    return byKind(SectionKind.EXPERIENCE, whole, kept, kinds);
  }

  /**
   * The sections a heading's entries make when each is given a kind: one of the heading's own
   * kind, spanning the heading's whole body, and one beside it for each other kind, spanning its
   * own entries, in the order the entries come.
   */
  private static List<Section> byKind(SectionKind main, Section whole, List<Entry> entries, List<SectionKind> kinds) {
    Field heading = whole.heading();
    Map<SectionKind, List<Entry>> byKind = new EnumMap<>(SectionKind.class);
    for (int i = 0; i < entries.size(); i++) {
      byKind.computeIfAbsent(kinds.get(i), x -> new ArrayList<>()).add(entries.get(i));
    }
    if (byKind.isEmpty() || byKind.size() == 1 && byKind.containsKey(main)) {
      return List.of(entries.size() == whole.entries().size() ? whole : new Section(whole.kind(), heading, entries, List.of(), whole.span()));
    }
    if (byKind.size() == 1) {
      return List.of(new Section(byKind.keySet().iterator().next(), heading, entries, List.of(), whole.span()));
    }
    List<Section> out = new ArrayList<>();
    byKind.forEach((k, of) -> {
      Span span = k == main ? whole.span() : Span.between(of.get(0).span().offset(), of.get(of.size() - 1).span().end());
      out.add(new Section(k, heading, of, List.of(), span));
    });
    out.sort(java.util.Comparator.comparingInt(s -> s.entries().get(0).span().offset()));
    return out;
  }

  /**
   * A projects section, and the jobs listed under it after the projects: resumes that break their
   * work history with a "Projects" block (a bootcamp's projects under the bootcamp) go on listing
   * jobs after it. The body is read a second time as work; each entry of that reading that is
   * plainly a job (see {@link EntryKinds#readsAsJob}) is a job, and the projects it overlaps give
   * way to it.
   */
  private static List<Section> projectsAndJobs(Field heading, Section whole, List<Line> body, List<Claim.Entry> claims,
      String documentStyle) {
    // A job is read over its range of dates (see EntryKinds#readsAsJob), and an entry's dates are
    // its lines' or a reader's claim's: under a projects heading with neither (most list no
    // dates), the second reading could find no job, and is not made.
    List<Claim.Entry> claimed = within(claims, body);
    if (claimed.isEmpty() && body.stream().noneMatch(Line::hasDates)) {
      return List.of(whole);
    }
    // Only where the job's first line is its own: a project's name over a role at a client
    // ("Payments migration" over "Tech Lead, Globex Bank, Frankfurt") keeps it a project.
    List<Entry> jobs = Entries.parse(SectionKind.EXPERIENCE, body, claimed, documentStyle).stream()
        .filter(j -> EntryKinds.readsAsJob(j) && firstLineHoldsField(j, body))
        .toList();
    // And only after the projects: a section that opens with such an entry lists a consultant's
    // projects, each a role at a client.
    if (jobs.isEmpty() || whole.entries().isEmpty() || jobs.stream().anyMatch(j -> overlap(whole.entries().get(0), j))) {
      return List.of(whole);
    }
    List<Entry> projects = whole.entries().stream()
        .filter(p -> jobs.stream().noneMatch(j -> overlap(p, j)))
        .toList();
    Section work = new Section(SectionKind.EXPERIENCE, heading, jobs, List.of(),
        Span.between(jobs.get(0).span().offset(), jobs.get(jobs.size() - 1).span().end()));
    if (projects.isEmpty()) {
      return List.of(work);
    }
    Section rest = new Section(SectionKind.PROJECTS, heading, projects, List.of(), whole.span());
    return projects.get(0).span().offset() <= jobs.get(0).span().offset() ? List.of(rest, work) : List.of(work, rest);
  }

  /**
   * Whether {@code e}, set as the job's own header line is, is a project of that job all the same:
   * the job opens with a role and its dates, and {@code e} is a name alone (no employer, no dates,
   * no role's word, no firm's word or legal form) with bullets of its own ("Senior Engineer ⇥
   * 2020 – 2022" over "Open Banking"), as a template sets each project in the role's bold under it.
   */
  private static boolean projectOfRole(Entry job, Entry e, List<Line> body) {
    return job.title() != null && Parts.isRole(job.title().value()) && job.dates() != null && e.dates() == null
        && e.organization() == null && e.title() != null && !e.bullets().isEmpty()
        && !Parts.hasWord(e.title().value(), Parts.ORG_WORDS) && !Parts.hasWord(e.title().value(), Parts.WEAK_ORG_WORDS)
        && !Parts.endsInLegalForm(e.title().value())
        && headerStyle(e, body).equals(headerStyle(job, body))
        && Entries.lineOf(body, job.title().span().offset()) == Entries.lineOf(body, job.span().offset());
  }

  /**
   * Whether one of the undated entries after entry {@code i}, up to the next dated one, is set
   * as entry {@code i} is and names a post (see {@link EntryKinds#namesPost}): then they are the
   * roles a banner's employer lists under its dates ("Forecast Research - models for rainfall"
   * among "Integration Lead" and "Product Owner"), not projects of the job above.
   */
  private static boolean postsFollow(List<Entry> entries, int i, List<Line> body) {
    Style style = headerStyle(entries.get(i), body);
    for (int j = i + 1; j < entries.size() && entries.get(j).dates() == null; j++) {
      if (EntryKinds.namesPost(entries.get(j)) && style.equals(headerStyle(entries.get(j), body))) {
        return true;
      }
    }
    return false;
  }

  /** The style of the line an entry opens on, or {@link Style#UNKNOWN}. */
  private static Style headerStyle(Entry e, List<Line> body) {
    for (Line l : body) {
      if (!l.blank() && l.start() <= e.span().offset() && e.span().offset() < Math.max(l.contentEnd(), l.start() + 1)) {
        return l.style();
      }
    }
    return Style.UNKNOWN;
  }

  /**
   * Whether a header is set below another: smaller, or as large but no longer bold (an italic
   * project's name under a job's bold line). A header set as the job's is a job's, and where the
   * reader knows no style nothing is below anything.
   */
  private static boolean setBelow(Style part, Style job) {
    if (!part.sizeKnown() || !job.sizeKnown()) {
      return false;
    }
    return part.size() < job.size() * 0.95f || part.size() <= job.size() * 1.05f && job.bold() && !part.bold();
  }

  /** A job with the entry after it folded in: that entry's header and lines become lines of the job, its bullets the job's. */
  private static Entry folded(Entry job, Entry part) {
    List<dev.prism.core.model.Bullet> bullets = new ArrayList<>(job.bullets());
    bullets.addAll(part.bullets());
    List<Field> lines = new ArrayList<>(job.lines());
    for (Field f : new Field[] {part.title(), part.organization(), part.location()}) {
      if (f != null) {
        lines.add(f);
      }
    }
    lines.addAll(part.lines());
    lines.sort(java.util.Comparator.comparingInt(f -> f.span().offset()));
    return new Entry(job.title(), job.organization(), job.location(), job.dates(), bullets, lines,
        Span.between(job.span().offset(), Math.max(job.span().end(), part.span().end())));
  }

  private static boolean overlap(Entry a, Entry b) {
    return a.span().offset() < b.span().end() && b.span().offset() < a.span().end();
  }

  /** Whether the line an entry opens on holds one of its header's fields (its title, employer, place or dates). */
  private static boolean firstLineHoldsField(Entry e, List<Line> body) {
    for (Line l : body) {
      if (!l.blank() && l.contentEnd() > e.span().offset()) {
        for (Span f : new Span[] {span(e.title()), span(e.organization()), span(e.location()), e.dates() == null ? null : e.dates().span()}) {
          if (f != null && f.offset() >= l.start() && f.offset() < l.contentEnd()) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  private static Span span(Field f) {
    return f == null ? null : f.span();
  }

  /**
   * Whether most entries of a section are posts: a date range (a paper or a talk has one date)
   * and a role in the header ("Imaging Analyst"); with {@code roleWord}, a role's word anywhere in
   * the title or employer is enough ("Staff Engineer — Data & Search").
   */
  private static boolean heldPosts(Section s, boolean roleWord) {
    int posts = 0;
    for (Entry e : s.entries()) {
      boolean range = e.dates() != null && !e.dates().single();
      boolean role = names(e.title(), roleWord) || names(e.organization(), roleWord);
      posts += range && role ? 1 : 0;
    }
    return posts * 2 > s.entries().size();
  }

  private static boolean names(Field f, boolean roleWord) {
    // A membership ("Member, IEEE", "Board Member") is held, but no post of work.
    return f != null && !Parts.isMembership(Parts.lowerWords(f.value()))
        && (Parts.isRole(f.value()) || roleWord && Parts.hasWord(f.value(), Parts.TITLE_WORDS));
  }

  /** Whether a reader claimed the entry's fields (a JSON Resume's item, a Markdown table's row). */
  private static boolean claimed(Entry e, List<Claim.Entry> claims) {
    return claimed(e, claims, false);
  }

  /**
   * Whether a reader claimed the entry in a section it names (a JSON Resume's "work"): it stays
   * there. A table's row claims its fields only; what it is the words decide, as for any entry.
   */
  private static boolean placed(Entry e, List<Claim.Entry> claims) {
    return claimed(e, claims, true);
  }

  private static boolean claimed(Entry e, List<Claim.Entry> claims, boolean placedOnly) {
    for (Claim.Entry c : claims) {
      if ((!placedOnly || c.section() != null) && c.span().offset() < e.span().end() && e.span().offset() < c.span().end()) {
        return true;
      }
    }
    return false;
  }

  private static List<Claim.Entry> within(List<Claim.Entry> claims, List<Line> body) {
    if (claims.isEmpty() || body.isEmpty()) {
      return List.of();
    }
    int from = body.get(0).start();
    int to = body.get(body.size() - 1).contentEnd();
    return claims.stream().filter(c -> c.span().offset() >= from && c.span().offset() <= to).toList();
  }

  private static Span spanOf(Field heading, List<Line> body) {
    int start = heading != null ? heading.span().offset() : -1;
    int end = heading != null ? heading.span().end() : -1;
    for (Line l : body) {
      if (l.blank()) {
        continue;
      }
      if (start < 0) {
        start = l.contentStart();
      }
      end = Math.max(end, l.contentEnd());
    }
    return start < 0 ? Span.EMPTY : Span.between(start, end);
  }

  static Optional<dev.prism.core.model.DateRange> dates(Line line) {
    return Optional.ofNullable(line.firstDates());
  }
}
