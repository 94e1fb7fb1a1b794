package dev.prism.ingest.docx;

import dev.prism.core.ingest.UnreadableInputException;
import dev.prism.core.ingest.UnreadableInputException.Problem;
import dev.prism.core.lexicon.Lexicon;
import dev.prism.core.model.Claim;
import dev.prism.core.model.Extraction;
import dev.prism.core.model.Layout;
import dev.prism.core.model.LayoutLine;
import dev.prism.core.model.Mark;
import dev.prism.core.model.ParseWarning;
import dev.prism.core.model.SectionKind;
import dev.prism.core.model.Span;
import dev.prism.core.model.Style;
import dev.prism.core.text.Headings;
import dev.prism.ingest.Warnings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.xmlbeans.XmlCursor;

/**
 * A Word document's text and layout: the body's lines in reading order (see {@link Walk}), with
 * the contact details that only its page headers and footers hold, and the addresses that only
 * its links hold, brought to the top where a reader of the text looks for them. Each line is
 * described by its cells, its look relative to the body text and its marks (heading, list item,
 * page header or footer, sidebar); what the document's structure makes certain is claimed: the
 * name a Title paragraph holds, a headline in the Subtitle style, the address a mailto: link hides.
 */
public final class DocxText {
  private static final String FORMAT = "docx";
  private static final Pattern EMAIL = Lexicon.pattern("email");
  private static final Pattern PHONE = Lexicon.pattern("phone");
  private static final Pattern URL = Lexicon.pattern("url");
  /** Words that label contact details, among them the sites whose profiles are contact details. */
  private static final Set<String> CONTACT_LABELS = Lexicon.set("contact-words.txt", "label");
  /** A web address's host and what follows it. */
  private static final Pattern HOST = Pattern.compile("(?i)^https?://([^/?#:]+)(?::\\d+)?(.*)$");
  /** A Letter page less one-inch margins, in EMU: the width text runs in when the document does not say. */
  private static final double DEFAULT_TEXT_WIDTH = 6.5 * 914_400;
  /** A name set large over two lines ("JORDAN" / "LEE") is as large as this against the body, or more. */
  private static final double NAME_SIZE = 1.2;
  /** A page count above this in a document's statistics is not a resume's, and is not trusted. */
  private static final int MAX_SAVED_PAGES = 50;
  /** A name in a heading style is one of the first this many lines. */
  private static final int NAME_LINES = 3;
  /** The contact block is looked for this far down, and hidden links go in no further. */
  private static final int TOP_LINES = 20;

  private DocxText() {}

  /**
   * A line in its final place: whether the document shows it (hidden link targets it does not),
   * and the contact field the document's structure makes certain it holds, or null.
   */
  private record Placed(DocLine line, boolean shown, Claim.ContactField claim) {}

  /** A page header's or footer's lines, and what the walk met reading it. */
  private record Furniture(Walk walk, List<DocLine> lines, boolean header) {}

  public static Extraction read(XWPFDocument doc) throws UnreadableInputException {
    StyleSheet sheet = new StyleSheet(doc);
    Walk.Chars chars = new Walk.Chars();
    double width = textWidth(doc);
    Walk body = new Walk(sheet, doc, width, chars);
    List<DocLine> lines = new ArrayList<>(body.read(doc.getDocument().getBody()));
    double bodyPoints = bodyPoints(lines);
    List<Furniture> furniture = furniture(doc, sheet, width, chars);
    String bodyText = joined(lines).toLowerCase(Locale.ROOT);

    // Header and footer lines that hold contact details the body lacks.
    List<DocLine> top = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    for (Furniture f : furniture) {
      for (DocLine l : f.lines()) {
        if (!l.blank() && holdsContact(l.text()) && !allIn(bodyText, l.text()) && seen.add(l.text())) {
          top.add(l);
        }
      }
    }

    joinSplitName(lines, bodyPoints);
    int named = claimedName(lines);
    entryHeadings(lines);
    List<Placed> placed = new ArrayList<>();
    boolean headline = false;
    for (int i = 0; i < lines.size(); i++) {
      DocLine l = lines.get(i);
      boolean subtitle = !headline && l.role() == DocLine.Role.SUBTITLE;
      headline |= subtitle;
      placed.add(new Placed(l, true, i == named ? Claim.ContactField.NAME : subtitle ? Claim.ContactField.HEADLINE : null));
    }

    // Header contact goes right after the name. That is the body's first line, unless the body
    // does not start with a name: then it goes on top, led by the name a header starts with, so
    // that the name comes first as in any other resume.
    DocLine headerName = headerName(furniture);
    DocLine first = lines.stream().filter(l -> !l.blank()).findFirst().orElse(null);
    boolean nameInBody = named >= 0 || first != null
        && (headerName != null ? Names.nameLike(Names.firstPart(first.text())) && !Names.hasNotNameWord(first.text())
            : top.isEmpty() || Names.mayBeName(first.text()));
    boolean nameFromHeader = !nameInBody && headerName != null;
    List<Placed> block = new ArrayList<>();
    for (DocLine l : top) {
      // A header line that starts with the name carries it.
      boolean carries = nameFromHeader && block.isEmpty() && l.text().startsWith(headerName.text());
      block.add(new Placed(l, true, carries ? Claim.ContactField.NAME : null));
    }
    if (nameFromHeader && (block.isEmpty() || block.get(0).claim() == null)) {
      block.add(0, new Placed(headerName, true, Claim.ContactField.NAME));
    }
    int insertAt = nameInBody && first != null ? lines.indexOf(first) + 1 : 0;
    placed.addAll(insertAt, block);

    // Link targets the text does not show go after the contact block: the name and the details
    // the document shows come first.
    List<Walk.Link> links = new ArrayList<>(body.links);
    furniture.forEach(f -> f.walk().links.stream().map(k -> new Walk.Link(k.url(), true)).forEach(links::add));
    Map<String, String> hidden = hiddenContact(links, bodyText + "\n" + joined(top).toLowerCase(Locale.ROOT));
    if (!hidden.isEmpty()) {
      placed.add(hiddenAt(placed, insertAt + block.size()), new Placed(
          new DocLine(String.join(" | ", hidden.keySet()), List.of(), RunStyle.NONE, Set.of(Mark.LINK_TARGETS), DocLine.Role.TEXT), false, null));
    }

    StringBuilder text = new StringBuilder();
    List<LayoutLine> layout = new ArrayList<>();
    List<Claim> claims = new ArrayList<>();
    for (Placed p : placed) {
      DocLine l = p.line();
      int offset = text.length();
      text.append(l.text()).append('\n');
      // The line of link targets the page does not show keeps its mark, which tells the contact
      // pass that an address there is one no reader of the page sees (the shown one wins).
      if (!l.blank() && (p.shown() || l.marks().contains(Mark.LINK_TARGETS))) {
        layout.add(layoutLine(l, offset, bodyPoints));
      }
      if (p.claim() == Claim.ContactField.NAME) {
        String name = Names.firstPart(l.text());
        claims.add(new Claim.Contact(new Span(offset + l.text().indexOf(name), name.length()), Claim.ContactField.NAME));
      } else if (p.claim() != null) {
        claims.add(new Claim.Contact(new Span(offset, l.text().length()), p.claim()));
      }
    }
    String all = text.toString();
    if (all.isBlank()) {
      throw new UnreadableInputException(Problem.EMPTY, embedsItsContent(doc)
          ? "the DOCX shows no text of its own: its content is an embedded web page or document that only Word lays out;"
              + " open it in Word, save it as .docx again and retry"
          : "the file has no text");
    }
    hiddenClaims(hidden, all, claims);

    List<ParseWarning> warnings = warnings(doc, body, furniture, !top.isEmpty() || nameFromHeader);
    Extraction x = new Extraction(all, FORMAT, 1, new Layout(layout, claims, written(doc)), warnings);
    int saved = savedPages(doc, all);
    return saved > 0 ? new Extraction(all, FORMAT, saved, x.layout(), warnings) : x.withEstimatedPages();
  }

  /** Each page header's and footer's lines, marked as such; a header's paragraph is never a section heading. */
  private static List<Furniture> furniture(XWPFDocument doc, StyleSheet sheet, double width, Walk.Chars chars)
      throws UnreadableInputException {
    List<Furniture> out = new ArrayList<>();
    List<XWPFHeaderFooter> parts = new ArrayList<>(doc.getHeaderList());
    parts.addAll(doc.getFooterList());
    for (int i = 0; i < parts.size(); i++) {
      boolean header = i < doc.getHeaderList().size();
      Walk w = new Walk(sheet, parts.get(i), width, chars);
      List<DocLine> read = new ArrayList<>();
      for (DocLine l : w.read(parts.get(i)._getHdrFtr())) {
        read.add(l.blank() ? l : new DocLine(l.text(), l.cells(), l.look(), Set.of(header ? Mark.PAGE_HEADER : Mark.PAGE_FOOTER),
            DocLine.Role.TEXT));
      }
      out.add(new Furniture(w, read, header));
    }
    return out;
  }

  private static List<ParseWarning> warnings(XWPFDocument doc, Walk body, List<Furniture> furniture, boolean contactOutside) {
    List<ParseWarning> warnings = new ArrayList<>();
    if (contactOutside) {
      // The name is a contact detail too, and a tracking system that skips headers loses it.
      warnings.add(Warnings.contactInHeaderFooter());
    }
    if (sectionColumns(doc)) {
      warnings.add(Warnings.twoColumns());
    }
    if (body.tables) {
      warnings.add(Warnings.tableLayout());
    }
    // Only boxes in the body: a header's box is header text, which the contact check covers.
    if (body.boxText) {
      warnings.add(Warnings.textBoxes());
    }
    if (body.placeholders || furniture.stream().anyMatch(f -> f.walk().placeholders)) {
      warnings.add(Warnings.templatePlaceholder());
    }
    return warnings;
  }

  /**
   * The page count the editor saved with the document (docProps/app.xml), when it was saved with
   * this text: its word count there is within a factor of two of the text's. Word and LibreOffice
   * write both when they save; a converter that copies a template's statistics (pandoc's say one
   * page of 83 words, whatever the document) fails the check, and the pages are estimated instead.
   * 0 when there is no count to trust.
   */
  private static int savedPages(XWPFDocument doc, String text) {
    try {
      var stats = doc.getProperties().getExtendedProperties();
      int pages = stats.getPages();
      int savedWords = stats.getWords();
      int words = text.isBlank() ? 0 : text.strip().split("\\s+").length;
      boolean current = savedWords > 0 && words <= 2 * savedWords && savedWords <= 2 * words;
      return current && pages >= 1 && pages <= MAX_SAVED_PAGES ? pages : 0;
    } catch (RuntimeException e) {
      return 0; // statistics that cannot be read are no statistics
    }
  }

  /**
   * Whether the body imports its content from another part ({@code w:altChunk}), as some web
   * resume builders write DOCX: HTML or a whole document that Word converts when it opens the file.
   */
  private static boolean embedsItsContent(XWPFDocument doc) {
    try (XmlCursor c = doc.getDocument().getBody().newCursor()) {
      c.selectPath("declare namespace w='" + Walk.W + "' .//w:altChunk");
      return c.toNextSelection();
    }
  }

  private static LayoutLine layoutLine(DocLine l, int offset, double bodyPoints) {
    List<Span> cells = new ArrayList<>();
    for (Span c : l.cells()) {
      cells.add(new Span(offset + c.offset(), c.length()));
    }
    RunStyle look = l.look();
    float size = bodyPoints > 0 && look.points() > 0 ? (float) (look.points() / bodyPoints) : 0f;
    return new LayoutLine(new Span(offset, l.text().length()), cells, new Style(size, look.bold(), look.italic(), look.smallCaps()),
        l.marks(), null);
  }

  /** The size most characters of the body are set in: the body text's, against which lines are sized. */
  private static double bodyPoints(List<DocLine> lines) {
    Map<Double, Integer> chars = new HashMap<>();
    for (DocLine l : lines) {
      if (l.look().points() > 0) {
        chars.merge(l.look().points(), l.text().length(), Integer::sum);
      }
    }
    double best = 0;
    int most = 0;
    for (Map.Entry<Double, Integer> e : chars.entrySet()) {
      if (e.getValue() > most || e.getValue() == most && e.getKey() < best) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    return best;
  }

  private static String joined(List<DocLine> lines) {
    StringBuilder b = new StringBuilder();
    for (DocLine l : lines) {
      b.append(l.text()).append('\n');
    }
    return b.toString();
  }

  /**
   * A name set large over two lines at the top ("JORDAN" above "LEE", each its own paragraph, as
   * templates with a narrow name column set it) is one line: it is one name.
   */
  private static void joinSplitName(List<DocLine> lines, double bodyPoints) {
    int a = 0;
    while (a < lines.size() && lines.get(a).blank()) {
      a++;
    }
    if (a + 1 >= lines.size() || bodyPoints <= 0) {
      return;
    }
    DocLine one = lines.get(a);
    DocLine two = lines.get(a + 1);
    String name = one.text() + " " + two.text();
    if (one.look().points() >= NAME_SIZE * bodyPoints && one.look().points() == two.look().points()
        && one.marks().isEmpty() && two.marks().isEmpty() && one.cells().isEmpty() && two.cells().isEmpty()
        && one.text().split(" ").length <= 2 && two.text().split(" ").length <= 2 && Names.nameLike(name)) {
      lines.set(a, new DocLine(name, List.of(), one.look(), Set.of(), one.role()));
      lines.remove(a + 1);
    }
  }

  /**
   * Headings a level below the sections' are entries' headers, not sections: a document that sets
   * "Experience" in Heading 2 and each job ("Senior Engineer at Globex") in Heading 3 says so by
   * the levels even where every heading looks the same. The sections' level is the one most
   * headings that name a section are set in; a deeper heading that names a section itself
   * ("Projects" under "Experience") stays one, so do those under a skills section (groups of
   * skills), and lines whose level nothing says are left alone.
   */
  static void entryHeadings(List<DocLine> lines) {
    int[] count = new int[9];
    for (DocLine l : lines) {
      if (l.has(Mark.HEADING) && l.level() >= 0 && l.level() < count.length && namesSection(l.text())) {
        count[l.level()]++;
      }
    }
    int sections = -1;
    for (int level = 0; level < count.length; level++) {
      if (count[level] > 0 && (sections < 0 || count[level] > count[sections])) {
        sections = level;
      }
    }
    if (sections < 0) {
      return;
    }
    // A level above the sections' that holds more lines than the sections' level itself is no
    // heading level: LibreOffice, saving a web page a theme drew, may set the running text in
    // Heading 1 (each role, its dates, every bullet) and the sections with the employers in
    // Heading 3. The levels then say nothing: after the first section heading only a heading
    // that names a section keeps the mark (and the groups of a skills section); the name above
    // keeps its own.
    int[] all = new int[count.length];
    for (DocLine l : lines) {
      if (l.has(Mark.HEADING) && l.level() >= 0 && l.level() < all.length) {
        all[l.level()]++;
      }
    }
    boolean levelsSayNothing = false;
    for (int level = 0; level < sections; level++) {
      levelsSayNothing |= all[level] > all[sections];
    }
    if (levelsSayNothing) {
      boolean opened = false;
      boolean underSkills = false;
      for (int i = 0; i < lines.size(); i++) {
        DocLine l = lines.get(i);
        if (!l.has(Mark.HEADING)) {
          continue;
        }
        if (namesSection(l.text())) {
          opened = true;
          underSkills = Headings.kindOf(l.text().strip()).orElse(null) == SectionKind.SKILLS;
        } else if (opened && !underSkills) {
          lines.set(i, l.unmarked(Mark.HEADING));
        }
      }
      return;
    }
    // Under a skills section the deeper headings name groups of skills ("Frameworks", "Cloud"),
    // labels the skills reader wants: they keep their mark.
    // At the sections' level itself, a heading that names no section under a section of entries,
    // and stands over a line of dates, is an entry's header: a document may set its employers in
    // the sections' style ("Experience" and "Globex" both Heading 3), as a theme's web page saved
    // as a document does, and as authors who want a bold, larger line do.
    boolean skills = false;
    SectionKind open = null;
    for (int i = 0; i < lines.size(); i++) {
      DocLine l = lines.get(i);
      if (l.has(Mark.HEADING) && l.level() >= 0 && l.level() <= sections) {
        SectionKind kind = Headings.kindOf(l.text().strip()).orElse(null);
        if (l.level() == sections && kind == null && !namesSection(l.text()) && entriesUnder(open) && overDates(lines, i)) {
          lines.set(i, l.unmarked(Mark.HEADING));
          continue;
        }
        skills = kind == SectionKind.SKILLS;
        open = kind;
      } else if (l.has(Mark.HEADING) && l.level() > sections && !skills && !namesSection(l.text())) {
        lines.set(i, l.unmarked(Mark.HEADING));
      }
    }
  }

  /**
   * The line whose name the document's structure makes certain, or -1: the first line of a Title
   * paragraph, else a line in a heading style among the first few, above any section heading, when
   * either has a name's shape. Such a heading is the name set large, not a section, and loses its
   * heading mark.
   */
  private static int claimedName(List<DocLine> lines) {
    for (int i = 0; i < lines.size(); i++) {
      DocLine l = lines.get(i);
      if (l.role() == DocLine.Role.TITLE && Names.nameLike(Names.firstPart(l.text()))) {
        lines.set(i, l.unmarked(Mark.HEADING));
        return i;
      }
    }
    int seen = 0;
    for (int i = 0; i < lines.size() && seen < NAME_LINES; i++) {
      DocLine l = lines.get(i);
      if (l.blank()) {
        continue;
      }
      seen++;
      if (namesSection(l.text())) {
        break;
      }
      if (l.role() == DocLine.Role.HEADING_STYLE && Names.nameLike(l.text())) {
        lines.set(i, l.unmarked(Mark.HEADING));
        return i;
      }
    }
    return -1;
  }

  /**
   * The name a page header starts with, as a line of its own: the first part of a header's first
   * line ("Jordan Lee" of "Jordan Lee | Resume"), when it reads as a person's name. Templates with a
   * different first page often keep the name only there.
   */
  private static DocLine headerName(List<Furniture> furniture) {
    for (Furniture f : furniture) {
      DocLine first = f.header() ? f.lines().stream().filter(l -> !l.blank()).findFirst().orElse(null) : null;
      if (first == null) {
        continue;
      }
      String lead = Names.firstPart(first.text());
      if (Names.nameLike(lead)) {
        return new DocLine(lead, List.of(), first.look(), Set.of(Mark.PAGE_HEADER), DocLine.Role.TEXT);
      }
    }
    return null;
  }

  private static boolean holdsContact(String line) {
    return EMAIL.matcher(line).find() || PHONE.matcher(line).find() || URL.matcher(line).find();
  }

  /** Whether every email, phone and web address of the line is in the body text already (given lower-cased). */
  private static boolean allIn(String body, String line) {
    for (Pattern p : List.of(EMAIL, PHONE, URL)) {
      Matcher m = p.matcher(line);
      while (m.find()) {
        if (!body.contains(m.group().toLowerCase(Locale.ROOT))) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Where hidden link targets go: after the last line of the contact block, which ends at the first
   * line naming a section, and no earlier than {@code after} (the name and header contact).
   */
  private static int hiddenAt(List<Placed> placed, int after) {
    int at = Math.min(after, placed.size());
    for (int i = at; i < placed.size() && i < at + TOP_LINES; i++) {
      DocLine l = placed.get(i).line();
      if (l.has(Mark.HEADING) || namesSection(l.text())) {
        int end = i;
        while (end > at && placed.get(end - 1).line().blank()) {
          end--;
        }
        return end;
      }
    }
    return at;
  }

  /**
   * The link targets that are contact details the text does not show, as shown ("github.com/jlee")
   * and by their full target: mailto: and tel: links, profiles on the sites contact labels name
   * (LinkedIn, GitHub), and any link in the contact block above the first section. A link further
   * down (a project's store page) is no contact detail.
   */
  private static Map<String, String> hiddenContact(List<Walk.Link> links, String seenLower) {
    String seenDigits = seenLower.replaceAll("\\D", "");
    Map<String, String> out = new LinkedHashMap<>();
    for (Walk.Link link : links) {
      String url = link.url().strip();
      String lower = url.toLowerCase(Locale.ROOT);
      boolean mail = lower.startsWith("mailto:");
      boolean tel = lower.startsWith("tel:");
      if (!mail && !tel && !lower.matches("https?://.*")) {
        continue;
      }
      String shown = url.replaceFirst("(?i)^(?:mailto|tel):", "").replaceFirst("\\?.*$", mail ? "" : "$0").strip();
      // A web address as people write it, without the scheme; shown so where it is still seen as
      // an address then.
      String bare = shown.replaceFirst("(?i)^https?://(?:www\\.)?", "").replaceAll("/+$", "");
      if (!mail && !tel) {
        shown = URL.matcher(bare).matches() ? bare : shown.replaceAll("/+$", "");
      }
      if (shown.isBlank() || shown.length() > 120) {
        continue;
      }
      boolean profile = profile(url);
      boolean seen = tel ? seenDigits.contains(lastDigits(shown)) : seenLower.contains(bare.toLowerCase(Locale.ROOT));
      if ((mail || tel || profile || link.top()) && !seen) {
        out.putIfAbsent(shown, lower);
      }
    }
    return out;
  }

  /**
   * A person's page on a site that contact labels name: its top page for one person
   * ("github.com/jlee", "linkedin.com/in/jlee"), not a page under it ("github.com/jlee/ledger").
   */
  private static boolean profile(String url) {
    Matcher m = HOST.matcher(url);
    if (!m.matches()) {
      return false;
    }
    // The site's own name: the label before the domain ending ("linkedin" of "de.linkedin.com").
    String[] labels = m.group(1).toLowerCase(Locale.ROOT).split("\\.");
    if (labels.length < 2 || !CONTACT_LABELS.contains(labels[labels.length - 2])) {
      return false;
    }
    String path = m.group(2).replaceFirst("[?#].*$", "").replaceAll("^/+|/+$", "");
    String[] parts = path.isEmpty() ? new String[0] : path.split("/+");
    // One part, or one after a short prefix such as LinkedIn's "in".
    return parts.length == 1 || parts.length == 2 && parts[0].length() <= 3;
  }

  /** A number's last nine digits, which stay the same whether a country code is written or not. */
  private static String lastDigits(String number) {
    String d = number.replaceAll("\\D", "");
    return d.length() > 9 ? d.substring(d.length() - 9) : d;
  }

  /** Whether a section of this kind lists entries with dates: work, projects, schooling. */
  private static boolean entriesUnder(SectionKind kind) {
    return kind != null && (kind.describesWork() || kind == SectionKind.EDUCATION);
  }

  /** Whether the next line that holds text after line {@code i} is a short line that holds a date. */
  private static boolean overDates(List<DocLine> lines, int i) {
    for (int j = i + 1; j < lines.size(); j++) {
      DocLine next = lines.get(j);
      if (next.blank()) {
        continue;
      }
      String t = next.text().strip();
      // The dates may be set in a deeper heading style of their own, which loses its mark below.
      return t.length() <= DATE_LINE && dev.prism.core.text.DateParser.find(t, 0).isPresent();
    }
    return false;
  }

  /** The longest a line of dates under an entry's header is ("March, 2019 - February, 2021 1 year, 11 months"). */
  private static final int DATE_LINE = 60;

  /** A section's standard wording, or a contact heading: "Experience", "Skills", "Contact". */
  static boolean namesSection(String line) {
    return Headings.isStandard(line) || Headings.isContact(line);
  }

  /** Claims the first hidden email and phone, where the text shows them. */
  private static void hiddenClaims(Map<String, String> hidden, String text, List<Claim> claims) {
    String lower = text.toLowerCase(Locale.ROOT);
    boolean email = false;
    boolean phone = false;
    for (Map.Entry<String, String> e : hidden.entrySet()) {
      boolean mail = e.getValue().startsWith("mailto:");
      boolean tel = e.getValue().startsWith("tel:");
      if (mail && !email || tel && !phone) {
        int at = lower.indexOf(e.getKey().toLowerCase(Locale.ROOT));
        if (at >= 0) {
          claims.add(new Claim.Contact(new Span(at, e.getKey().length()), mail ? Claim.ContactField.EMAIL : Claim.ContactField.PHONE));
          email |= mail;
          phone |= tel;
        }
      }
    }
  }

  private static final QName COLUMNS_NUM = new QName(Walk.W, "num");
  private static final QName COLUMN = new QName(Walk.W, "col");
  private static final QName PAGE_SIZE = new QName(Walk.W, "pgSz");
  private static final QName PAGE_MARGINS = new QName(Walk.W, "pgMar");

  /**
   * Whether a section of the body is set in two or more newspaper columns (Word's Layout, Columns):
   * the same layout as a PDF's two columns, which a tracking system reading across the page mixes
   * up. The DOCX keeps the text in order, so only the warning is needed. A section's settings sit at
   * the end of the body for the last section and in a paragraph's properties for each earlier one.
   */
  private static boolean sectionColumns(XWPFDocument doc) {
    try (XmlCursor c = doc.getDocument().getBody().newCursor()) {
      c.selectPath("declare namespace w='" + Walk.W + "' .//w:sectPr/w:cols");
      while (c.toNextSelection()) {
        String num = c.getAttributeText(COLUMNS_NUM);
        if (num != null && num.strip().matches("\\d{1,2}") && Integer.parseInt(num.strip()) >= 2) {
          return true;
        }
        int widths = 0;
        try (XmlCursor col = c.newCursor()) {
          for (boolean more = col.toFirstChild(); more && widths < 2; more = col.toNextSibling()) {
            if (COLUMN.equals(col.getName())) {
              widths++;
            }
          }
        }
        if (widths >= 2) {
          return true;
        }
      }
    }
    return false;
  }

  /** The width the body's text runs in, in EMU: the last section's page less its side margins. */
  private static double textWidth(XWPFDocument doc) {
    var body = doc.getDocument().getBody();
    if (body == null || !body.isSetSectPr()) {
      return DEFAULT_TEXT_WIDTH;
    }
    try (XmlCursor c = body.getSectPr().newCursor()) {
      double page = twips(c, PAGE_SIZE, "w");
      double left = twips(c, PAGE_MARGINS, "left");
      double right = twips(c, PAGE_MARGINS, "right");
      double width = (page - left - right) * 635;
      return page > 0 && width > 0 ? width : DEFAULT_TEXT_WIDTH;
    }
  }

  private static double twips(XmlCursor sectPr, QName child, String attribute) {
    try (XmlCursor c = sectPr.newCursor()) {
      if (!c.toChild(child)) {
        return 0;
      }
      String v = c.getAttributeText(new QName(Walk.W, attribute));
      try {
        return v == null ? 0 : Math.max(0, Double.parseDouble(v.strip()));
      } catch (NumberFormatException e) {
        return 0;
      }
    }
  }

  /** The month the file says it was last modified, else created; null when it does not say or says nonsense. */
  private static dev.prism.core.model.PartialDate written(XWPFDocument doc) {
    try {
      var core = doc.getProperties().getCoreProperties();
      for (java.util.Date d : new java.util.Date[] {core.getModified(), core.getCreated()}) {
        if (d != null) {
          java.time.LocalDate day = d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
          if (day.getYear() >= 1990 && day.getYear() <= 2200) {
            return new dev.prism.core.model.PartialDate(day.getYear(), day.getMonthValue());
          }
        }
      }
    } catch (RuntimeException e) {
      // a damaged properties part loses the date, not the resume
    }
    return null;
  }
}
