package dev.prism.ingest.docx;

import dev.prism.core.lexicon.Glyphs;
import dev.prism.ingest.DocxReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

/**
 * A paragraph's text as Word shows it, read from its XML in document order: its runs and those
 * inside links, fields, smart tags, inserted revisions and content controls, nested up to
 * {@link DocxReader#MAX_DEPTH}. Deleted revisions, field instructions, hidden text and the text
 * of drawings are not shown and are left out (text boxes are read apart, by the walk). Capitals
 * set by {@code w:caps} are upper-cased as they are drawn; small capitals keep the case they were
 * typed in, and their look says they are small capitals.
 */
final class Inline {
  private static final String W = Walk.W;
  private static final QName RUN = new QName(W, "r");
  private static final QName HYPERLINK = new QName(W, "hyperlink");
  private static final QName SIMPLE_FIELD = new QName(W, "fldSimple");
  private static final QName INSTRUCTION = new QName(W, "instr");
  /**
   * Elements inside a paragraph whose runs are shown in place: links, simple fields, smart tags,
   * custom XML, inserted or moved-here revisions, and bidirectional wrappers. Deleted and moved-away
   * revisions are not shown and are left out.
   */
  private static final Set<QName> WRAPPERS = Set.of(HYPERLINK, SIMPLE_FIELD, new QName(W, "smartTag"), Walk.CUSTOM_XML,
      new QName(W, "ins"), new QName(W, "moveTo"), new QName(W, "dir"), new QName(W, "bdo"));
  /** The target of a HYPERLINK field; one with a switch first ("\l" for a bookmark) has none outside the document. */
  private static final Pattern LINK_FIELD = Pattern.compile("(?i)\\bHYPERLINK\\s+\"([^\"]{1,2000})\"");

  /** A stretch of the text in one look. */
  private record Piece(int start, int end, RunStyle look) {}

  private final Walk walk;
  private final String styleId;
  private final StringBuilder text = new StringBuilder();
  private final List<Piece> pieces = new ArrayList<>();
  private final List<String> links = new ArrayList<>();
  private final StringBuilder instructions = new StringBuilder();
  private boolean symbolFirst;

  private Inline(Walk walk, String styleId) {
    this.walk = walk;
    this.styleId = styleId;
  }

  static Inline read(Walk walk, CTP p, String styleId) {
    Inline in = new Inline(walk, styleId);
    in.container(p, 0);
    in.breakBeforeTagline();
    Matcher m = LINK_FIELD.matcher(in.instructions);
    while (m.find()) {
      in.links.add(m.group(1).strip());
    }
    return in;
  }

  String text() {
    return text.toString();
  }

  /** The fewest words of an italic tail that {@link #breakBeforeTagline} sets on a line of its own. */
  private static final int TAGLINE_WORDS = 2;

  /**
   * "**Globex** | 2019 – 2021 | Berlin" then "_Payroll for small firms_" on the next line of a
   * Markdown file: pandoc's DOCX writes the line break as a space of its own, and Word shows one
   * line. Where the paragraph's fields are parted by a drawn separator and its last words, two at
   * least, are all italic after a run of only a space and nothing italic before, that space was the
   * break: it is read as one, so that the italic words stay a line of their own (the employer's
   * description, as the Markdown reads) rather than running into the place.
   */
  private void breakBeforeTagline() {
    int tail = pieces.size();
    while (tail > 0 && (pieces.get(tail - 1).look().italic() || letters(pieces.get(tail - 1).start(), pieces.get(tail - 1).end()) == 0)) {
      tail--;
    }
    // The space run right before the italic tail: the first piece of the tail that is only white space.
    int space = -1;
    for (int i = tail; i < pieces.size(); i++) {
      Piece p = pieces.get(i);
      if (letters(p.start(), p.end()) > 0) {
        break;
      }
      space = i;
    }
    if (tail == 0 || space < 0 || pieces.get(space).end() - pieces.get(space).start() != 1) {
      return;
    }
    String before = text.substring(0, pieces.get(space).start());
    String after = text.substring(pieces.get(space).end()).strip();
    boolean separated = before.codePoints().anyMatch(Glyphs::isFieldSeparator);
    if (separated && after.codePoints().noneMatch(Glyphs::isFieldSeparator)
        && after.split("\\s+").length >= TAGLINE_WORDS && before.indexOf('\n') < 0) {
      text.setCharAt(pieces.get(space).start(), '\n');
    }
  }

  /** Link targets of the paragraph's links and HYPERLINK fields, in order. */
  List<String> links() {
    return links;
  }

  /**
   * Whether the paragraph starts with a symbol character ({@code w:sym}, a Wingdings arrow or
   * check mark) before any text: a list marker typed by hand.
   */
  boolean symbolFirst() {
    return symbolFirst;
  }

  /** Adds the looks of the characters between {@code from} and {@code to}, weighted by their count. */
  void looks(int from, int to, List<RunStyle.Weighted> out) {
    for (Piece p : pieces) {
      int a = Math.max(from, p.start());
      int b = Math.min(to, p.end());
      if (a < b) {
        out.add(new RunStyle.Weighted(p.look(), letters(a, b)));
      }
    }
  }

  /** Whether every piece holding more than white space has the property. */
  boolean all(Predicate<RunStyle> property) {
    boolean any = false;
    for (Piece p : pieces) {
      if (letters(p.start(), p.end()) > 0) {
        any = true;
        if (!property.test(p.look())) {
          return false;
        }
      }
    }
    return any;
  }

  /**
   * Where a bold lead of whole words ends in {@code [from, to)} ("**Globex** Senior Developer …"):
   * the start of the first piece with text that is not bold, after a space; -1 when the text does
   * not open in bold, is bold throughout, or changes weight inside a word.
   */
  int boldLeadEnd(int from, int to) {
    boolean lead = false;
    for (Piece p : pieces) {
      int a = Math.max(from, p.start());
      int b = Math.min(to, p.end());
      if (a >= b || letters(a, b) == 0) {
        continue;
      }
      if (p.look().bold()) {
        lead = true;
        continue;
      }
      int start = a;
      while (start < b && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
      boolean spaced = start > a || a > from && Character.isWhitespace(text.charAt(a - 1));
      return lead && spaced ? start : -1;
    }
    return -1;
  }

  private int letters(int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n += Character.isWhitespace(text.charAt(i)) ? 0 : 1;
    }
    return n;
  }

  private void container(XmlObject container, int depth) {
    try (XmlCursor c = container.newCursor()) {
      for (boolean more = c.toFirstChild(); more; more = c.toNextSibling()) {
        QName name = c.getName();
        if (RUN.equals(name)) {
          if (c.getObject() instanceof CTR r) {
            run(r);
          }
        } else if (depth < DocxReader.MAX_DEPTH) {
          if (HYPERLINK.equals(name)) {
            String url = walk.linkTarget(c.getAttributeText(Walk.LINK_ID));
            if (url != null) {
              links.add(url);
            }
          } else if (SIMPLE_FIELD.equals(name)) {
            String instr = c.getAttributeText(INSTRUCTION);
            if (instr != null) {
              instructions.append(instr).append(' ');
            }
          }
          XmlObject content = WRAPPERS.contains(name) ? c.getObject() : walk.wrapped(c);
          if (content != null) {
            container(content, depth + 1);
          }
        }
      }
    }
  }

  private void run(CTR r) {
    RunStyle look = r.sizeOfDelTextArray() > 0 ? null : walk.sheet.run(r.getRPr(), styleId);
    if (look == null) {
      return;
    }
    int start = text.length();
    try (XmlCursor c = r.newCursor()) {
      for (boolean more = c.toFirstChild(); more; more = c.toNextSibling()) {
        QName name = c.getName();
        if (!W.equals(name.getNamespaceURI())) {
          continue; // drawings, shapes, and markup of other vocabularies: no text of this paragraph
        }
        switch (name.getLocalPart()) {
          case "t" -> {
            String t = c.getTextValue();
            text.append(look.caps() ? t.toUpperCase(Locale.ROOT) : t);
          }
          case "tab", "ptab" -> text.append('\t');
          case "br", "cr" -> text.append('\n');
          case "noBreakHyphen" -> text.append('-');
          case "sym" -> symbolFirst |= text.toString().isBlank();
          case "instrText" -> instructions.append(c.getTextValue()).append(' ');
          default -> {
            // rPr, soft hyphens, field characters, footnote marks, page-break hints: nothing shown
          }
        }
      }
    }
    if (text.length() > start) {
      pieces.add(new Piece(start, text.length(), look));
    }
  }
}
