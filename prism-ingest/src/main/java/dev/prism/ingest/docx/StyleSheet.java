package dev.prism.ingest.docx;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDefaultRunStyle;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTOnOff;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrBase;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

/**
 * A document's styles, resolved as Word applies them: a run's own properties win over its
 * character style's, which win over its paragraph style's, each style through those it is based
 * on, and the document's defaults last. A paragraph without a style has the default paragraph
 * style ("Normal"). Resolved chains are kept, since a resume repeats a handful of styles hundreds
 * of times.
 */
final class StyleSheet {
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final QName VAL = new QName(W, "val");
  private static final QName DEFAULT = new QName(W, "default");
  private static final QName ILVL = new QName(W, "ilvl");
  /** Styles based on styles: a loop or an absurd chain ends here. */
  private static final int MAX_CHAIN = 12;

  /**
   * What a paragraph's style and properties make it.
   *
   * @param rule a border is drawn under the paragraph, as resumes underline their section headings
   * @param level a heading's outline level (0 for "Heading 1", 1 for "Heading 2" …), -1 for a
   *     heading whose level nothing says, or for no heading
   * @param depth how deep a list item is nested (0 for the outermost list, and for any other
   *     paragraph), as the paragraph itself says
   */
  record Paragraph(boolean heading, boolean title, boolean subtitle, boolean list, boolean rule, int level, int depth) {
    Paragraph(boolean heading, boolean title, boolean subtitle, boolean list, boolean rule, int level) {
      this(heading, title, subtitle, list, rule, level, 0);
    }
  }

  /** Run properties as a style chain sets them; null where nothing in the chain does. */
  private record Props(Double points, Boolean bold, Boolean italic, Boolean smallCaps, Boolean caps, Boolean hidden) {
    static final Props NONE = new Props(null, null, null, null, null, null);

    /** These properties, with any left unset taken from {@code under}. */
    Props over(Props under) {
      return new Props(points != null ? points : under.points, bold != null ? bold : under.bold,
          italic != null ? italic : under.italic, smallCaps != null ? smallCaps : under.smallCaps,
          caps != null ? caps : under.caps, hidden != null ? hidden : under.hidden);
    }
  }

  private final XWPFStyles styles;
  private final String defaultParagraphStyle;
  private final Props defaults;
  private final Map<String, Props> paragraphProps = new HashMap<>();
  private final Map<String, Props> characterProps = new HashMap<>();
  private final Map<String, Paragraph> paragraphs = new HashMap<>();
  private final XWPFDocument doc;
  /** Whether a list level prints no mark, by "numId/ilvl". */
  private final Map<String, Boolean> noMark = new HashMap<>();

  StyleSheet(XWPFDocument doc) {
    this.doc = doc;
    this.styles = doc.getStyles();
    this.defaultParagraphStyle = defaultParagraphStyle(styles);
    Props d = Props.NONE;
    if (styles != null) {
      try {
        XWPFDefaultRunStyle run = styles.getDefaultRunStyle();
        if (run != null && run.getRPr() != null) {
          d = props(run.getRPr());
        }
      } catch (RuntimeException e) {
        d = Props.NONE; // a document without defaults, or with unreadable ones
      }
    }
    this.defaults = d;
  }

  /** The style id a paragraph is in: its own, else the document's default paragraph style. */
  String paragraphStyleId(CTPPr ppr) {
    if (ppr != null && ppr.isSetPStyle()) {
      String id = attribute(ppr.getPStyle(), VAL);
      if (id != null && !id.isBlank()) {
        return id;
      }
    }
    return defaultParagraphStyle;
  }

  /**
   * How a run is set, in a paragraph of style {@code paragraphStyleId} (null for none); null when
   * the run is hidden text ({@code w:vanish}), which Word does not show.
   */
  RunStyle run(CTRPr direct, String paragraphStyleId) {
    Props own = direct == null ? Props.NONE : props(direct);
    Props character = direct != null && direct.sizeOfRStyleArray() > 0
        ? characterProps.computeIfAbsent(String.valueOf(attribute(direct.getRStyleArray(0), VAL)), this::chain)
        : Props.NONE;
    // Hidden text is a run's own property or its character style's; a paragraph style that hides
    // its text is a trick no resume needs, and is not followed.
    Props runLevel = own.over(character);
    if (Boolean.TRUE.equals(runLevel.hidden())) {
      return null;
    }
    Props paragraph = paragraphStyleId == null ? Props.NONE : paragraphProps.computeIfAbsent(paragraphStyleId, this::chain);
    Props p = runLevel.over(paragraph).over(defaults);
    return new RunStyle(p.points() == null ? 0 : p.points(), Boolean.TRUE.equals(p.bold()), Boolean.TRUE.equals(p.italic()),
        Boolean.TRUE.equals(p.smallCaps()), Boolean.TRUE.equals(p.caps()));
  }

  /**
   * What a paragraph's style chain and its own properties make it: a heading (a style named
   * "Heading N", or any style or paragraph with an outline level), the document's title or
   * subtitle, a list item (numbering in effect, or a list style by name).
   */
  Paragraph paragraph(CTPPr ppr, String styleId) {
    Paragraph fromStyle = styleId == null ? new Paragraph(false, false, false, false, false, -1)
        : paragraphs.computeIfAbsent(styleId, this::paragraphChain);
    boolean heading = fromStyle.heading();
    int level = fromStyle.level();
    boolean list = fromStyle.list();
    boolean rule = fromStyle.rule();
    if (ppr != null) {
      Boolean border = ruleUnder(ppr);
      rule = border != null ? border : rule;
      if (ppr.isSetOutlineLvl()) {
        level = outlineLevel(ppr);
        heading = level >= 0;
      }
      if (ppr.isSetNumPr()) {
        Boolean numbered = numbered(ppr);
        list = numbered != null ? numbered : list;
      }
    }
    int depth = list && ppr != null && ppr.isSetNumPr() ? listDepth(ppr) : 0;
    return new Paragraph(heading, fromStyle.title(), fromStyle.subtitle(), list, rule, heading ? level : -1, depth);
  }

  private Paragraph paragraphChain(String styleId) {
    boolean heading = false;
    boolean title = false;
    boolean subtitle = false;
    Boolean list = null;
    Integer outline = null;
    int named = -1;
    Boolean rule = null;
    String id = styleId;
    for (int i = 0; i < MAX_CHAIN && id != null; i++) {
      XWPFStyle s = style(id);
      if (s == null) {
        // A style the document does not define: its id is all there is to go by.
        String name = normalized(id);
        heading |= name.startsWith("heading");
        named = named < 0 ? headingNumber(name) : named;
        list = list == null && name.contains("list") ? Boolean.TRUE : list;
        break;
      }
      String name = normalized(s.getName() != null ? s.getName() : id);
      heading |= name.startsWith("heading");
      named = named < 0 ? headingNumber(name) : named;
      title |= name.equals("title");
      subtitle |= name.equals("subtitle");
      if (i == 0 && name.contains("list")) {
        list = Boolean.TRUE;
      }
      CTPPrBase ppr = s.getCTStyle().getPPr();
      if (ppr != null) {
        if (outline == null && ppr.isSetOutlineLvl()) {
          outline = outlineLevel(ppr);
        }
        if (list == null && ppr.isSetNumPr()) {
          list = numbered(ppr);
        }
        rule = rule == null ? ruleUnder(ppr) : rule;
      }
      id = s.getBasisStyleID();
    }
    boolean isHeading = outline != null ? outline >= 0 || heading : heading;
    int level = !isHeading ? -1 : outline != null && outline >= 0 ? outline : named;
    return new Paragraph(isHeading, title, subtitle, Boolean.TRUE.equals(list), Boolean.TRUE.equals(rule), level);
  }

  /** Whether paragraph properties draw a border under the paragraph; null when they say nothing of it. */
  private static Boolean ruleUnder(CTPPrBase ppr) {
    if (!ppr.isSetPBdr()) {
      return null;
    }
    try (XmlCursor c = ppr.getPBdr().newCursor()) {
      if (!c.toChild(new QName(W, "bottom"))) {
        return null;
      }
      String v = c.getAttributeText(VAL);
      return v != null && !v.equals("nil") && !v.equals("none");
    }
  }

  /** The level a style named "Heading N" stands for (0 for "heading1"), -1 for any other name. */
  private static int headingNumber(String normalizedName) {
    return normalizedName.length() == 8 && normalizedName.startsWith("heading") && normalizedName.charAt(7) >= '1'
        && normalizedName.charAt(7) <= '9' ? normalizedName.charAt(7) - '1' : -1;
  }

  /** An outline level of 0 to 8 makes a heading of that level; 9 is body text (-1, as anything else). */
  private static int outlineLevel(CTPPrBase ppr) {
    String v = attribute(ppr.getOutlineLvl(), VAL);
    return v != null && v.strip().matches("[0-8]") ? v.strip().charAt(0) - '0' : -1;
  }

  /** The deepest list level Word allows (levels 0 to 8). */
  private static final int MAX_LIST_DEPTH = 8;

  /** The list level a paragraph's numbering gives it ({@code w:ilvl}), 0 where it gives none or no number. */
  private static int listDepth(CTPPrBase ppr) {
    var num = ppr.getNumPr();
    if (num == null || num.getIlvl() == null) {
      return 0;
    }
    String v = attribute(num.getIlvl(), VAL);
    try {
      return v == null ? 0 : Math.max(0, Math.min(MAX_LIST_DEPTH, Integer.parseInt(v.strip())));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /**
   * Whether numbering properties turn numbering on; null when they say nothing of it. Number 0 turns
   * it off, and so does a list level that prints no mark: a bullet of a blank character, or the
   * number format "none", only indents the paragraph, and the reader sees no list item there.
   */
  private Boolean numbered(CTPPrBase ppr) {
    var num = ppr.getNumPr();
    if (num == null || num.getNumId() == null) {
      return null;
    }
    String v = attribute(num.getNumId(), VAL);
    if (v == null || v.strip().equals("0")) {
      return false;
    }
    return !printsNoMark(v.strip(), num.getIlvl() == null ? "0" : attribute(num.getIlvl(), VAL));
  }

  /**
   * Whether the document's numbering defines list {@code numId} at level {@code ilvl} as printing
   * nothing before the text (a blank level text, or the format "none"); false where the numbering
   * does not say, so that a list without definitions still makes list items.
   */
  private boolean printsNoMark(String numId, String ilvl) {
    String level = ilvl == null ? "0" : ilvl.strip();
    return noMark.computeIfAbsent(numId + "/" + level, k -> {
      try {
        XWPFNumbering numbering = doc.getNumbering();
        if (numbering == null || !numId.matches("\\d{1,9}")) {
          return false;
        }
        XWPFNum n = numbering.getNum(new BigInteger(numId));
        if (n == null || n.getCTNum() == null) {
          return false;
        }
        // A level the list overrides for itself comes before the abstract list's own.
        for (var override : n.getCTNum().getLvlOverrideList()) {
          if (level.equals(attribute(override, ILVL)) && override.isSetLvl()) {
            return blankLevel(override.getLvl());
          }
        }
        String abstractId = attribute(n.getCTNum().getAbstractNumId(), VAL);
        if (abstractId == null || !abstractId.strip().matches("\\d{1,9}")) {
          return false;
        }
        XWPFAbstractNum a = numbering.getAbstractNum(new BigInteger(abstractId.strip()));
        if (a == null || a.getCTAbstractNum() == null) {
          return false;
        }
        for (CTLvl l : a.getCTAbstractNum().getLvlList()) {
          if (level.equals(attribute(l, ILVL))) {
            return blankLevel(l);
          }
        }
        return false;
      } catch (RuntimeException e) {
        return false; // unreadable numbering counts as saying nothing
      }
    });
  }

  /** A level whose format is "none", or whose text is set and blank. */
  private static boolean blankLevel(CTLvl l) {
    String format = l.getNumFmt() == null ? null : attribute(l.getNumFmt(), VAL);
    if ("none".equals(format)) {
      return true;
    }
    String text = l.getLvlText() == null ? null : attribute(l.getLvlText(), VAL);
    return text != null && text.isBlank();
  }

  private Props chain(String styleId) {
    Props p = Props.NONE;
    String id = styleId;
    for (int i = 0; i < MAX_CHAIN && id != null; i++) {
      XWPFStyle s = style(id);
      if (s == null) {
        break;
      }
      CTRPr rpr = s.getCTStyle().getRPr();
      if (rpr != null) {
        p = p.over(props(rpr));
      }
      id = s.getBasisStyleID();
    }
    return p;
  }

  private XWPFStyle style(String id) {
    if (styles == null) {
      return null;
    }
    XWPFStyle s = styles.getStyle(id);
    return s == null || s.getCTStyle() == null ? null : s;
  }

  private static Props props(CTRPr rpr) {
    Double points = null;
    if (rpr.sizeOfSzArray() > 0) {
      try {
        Double size = new XWPFDefaultRunStyle(rpr).getFontSizeAsDouble();
        points = size != null && size > 0 && size < 1000 ? size : null;
      } catch (RuntimeException e) {
        points = null; // an unreadable size counts as none
      }
    }
    return new Props(points, rpr.sizeOfBArray() > 0 ? on(rpr.getBArray(0)) : null,
        rpr.sizeOfIArray() > 0 ? on(rpr.getIArray(0)) : null,
        rpr.sizeOfSmallCapsArray() > 0 ? on(rpr.getSmallCapsArray(0)) : null,
        rpr.sizeOfCapsArray() > 0 ? on(rpr.getCapsArray(0)) : null,
        rpr.sizeOfVanishArray() > 0 ? on(rpr.getVanishArray(0)) : null);
  }

  /** An on/off property: on unless its value says off. */
  private static boolean on(CTOnOff v) {
    String s = attribute(v, VAL);
    if (s == null) {
      return true;
    }
    s = s.strip().toLowerCase(Locale.ROOT);
    return !(s.equals("0") || s.equals("false") || s.equals("off") || s.equals("none"));
  }

  /** The style the document marks as its default for paragraphs, or null. */
  private static String defaultParagraphStyle(XWPFStyles styles) {
    if (styles == null || styles.getCtStyles() == null) {
      return null;
    }
    for (CTStyle s : styles.getCtStyles().getStyleList()) {
      String isDefault = attribute(s, DEFAULT);
      String type = s.getType() == null ? "paragraph" : s.getType().toString();
      if (isDefault != null && type.equals("paragraph") && !isDefault.equals("0") && !isDefault.equalsIgnoreCase("false")) {
        return s.getStyleId();
      }
    }
    return null;
  }

  /** An attribute as written, without asking XMLBeans to convert it (a malformed value is just text). */
  static String attribute(XmlObject o, QName name) {
    if (o == null) {
      return null;
    }
    try (XmlCursor c = o.newCursor()) {
      return c.getAttributeText(name);
    }
  }

  /** "Heading 1" and "heading1" alike. */
  private static String normalized(String name) {
    return name.toLowerCase(Locale.ROOT).replace(" ", "");
  }
}
