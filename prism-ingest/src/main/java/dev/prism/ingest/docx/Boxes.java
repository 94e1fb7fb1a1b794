package dev.prism.ingest.docx;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTxbxContent;

/**
 * The text boxes anchored in a paragraph, in reading order, with where they stand. Word writes a
 * box as a DrawingML shape (placed by {@code wp:anchor}, sized by {@code wp:extent}), as a VML shape
 * (placed and sized by its CSS-like style), or both in {@code mc:AlternateContent}.
 */
public final class Boxes {
  private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
  private static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
  private static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";
  private static final QName TEXT_BOX = new QName(Walk.W, "txbxContent");
  private static final QName ALTERNATE = new QName(MC, "AlternateContent");
  private static final QName CHOICE = new QName(MC, "Choice");
  private static final QName FALLBACK = new QName(MC, "Fallback");
  private static final QName ANCHOR = new QName(WP, "anchor");
  private static final QName INLINE = new QName(WP, "inline");
  private static final QName POSITION_H = new QName(WP, "positionH");
  private static final QName POSITION_V = new QName(WP, "positionV");
  private static final QName OFFSET = new QName(WP, "posOffset");
  private static final QName EXTENT = new QName(WP, "extent");
  private static final QName TRANSFORM = new QName(A, "xfrm");
  private static final QName SHIFT = new QName(A, "off");
  private static final QName SIZE = new QName(A, "ext");
  private static final QName RELATIVE_FROM = new QName("", "relativeFrom");
  private static final QName STYLE = new QName("", "style");
  private static final Pattern CSS_LENGTH = Pattern.compile("(?i)(-?\\d+(?:\\.\\d+)?)\\s*(pt|in|cm|mm|px|emu)?");
  /** Boxes closer than this (a twentieth of an inch, in EMU) touch: no gap parts them. */
  private static final double TOUCH = 45_720;

  /**
   * A box and where it stands, in EMU from the frame its anchor names; {@code frame} is null and
   * the numbers 0 where the shape does not say.
   */
  record Box(XmlObject content, String frame, double top, double left, double width, double height) {
    double right() {
      return left + width;
    }

    double bottom() {
      return top + height;
    }
  }

  private Boxes() {}

  /**
   * The boxes of a paragraph that hold text, in reading order, when all are placed against the
   * same frame: cut into columns where a vertical gap runs between them, else into bands where a
   * horizontal gap does, each part read the same way in turn (so a banner across the top comes
   * first, then each column of a page built of boxes from top to bottom, never the two columns
   * interleaved); boxes that no gap parts go top to bottom, then left to right. In document order
   * otherwise, since offsets from different frames do not compare.
   */
  static List<Box> in(XmlObject paragraph) {
    List<Box> boxes = new ArrayList<>();
    for (XmlObject content : textBoxesIn(paragraph)) {
      if (!blank(content)) {
        boxes.add(placed(content));
      }
    }
    String frame = boxes.isEmpty() ? null : boxes.get(0).frame();
    if (frame == null || boxes.stream().anyMatch(b -> !frame.equals(b.frame()))) {
      return boxes;
    }
    List<Box> out = new ArrayList<>();
    order(boxes, out, 0);
    return out;
  }

  /** A guard on the recursion: each cut leaves fewer boxes, but a hostile file may hold thousands. */
  private static final int MAX_CUTS = 64;

  private static void order(List<Box> boxes, List<Box> out, int depth) {
    if (boxes.size() <= 1 || depth >= MAX_CUTS) {
      List<Box> sorted = new ArrayList<>(boxes);
      sorted.sort(Comparator.comparingDouble(Box::top).thenComparingDouble(Box::left));
      out.addAll(sorted);
      return;
    }
    List<List<Box>> parts = cut(boxes, Box::left, Box::right);
    if (parts.size() == 1) {
      parts = cut(boxes, Box::top, Box::bottom);
    }
    if (parts.size() == 1) {
      order(boxes, out, MAX_CUTS);
      return;
    }
    for (List<Box> part : parts) {
      order(part, out, depth + 1);
    }
  }

  /** The boxes in groups along one axis, a new group wherever a gap runs across all of them. */
  private static List<List<Box>> cut(List<Box> boxes, java.util.function.ToDoubleFunction<Box> start,
      java.util.function.ToDoubleFunction<Box> end) {
    List<Box> sorted = new ArrayList<>(boxes);
    sorted.sort(Comparator.comparingDouble(start));
    List<List<Box>> parts = new ArrayList<>();
    List<Box> part = new ArrayList<>();
    double reach = Double.NEGATIVE_INFINITY;
    for (Box b : sorted) {
      if (!part.isEmpty() && start.applyAsDouble(b) >= reach - TOUCH) {
        parts.add(part);
        part = new ArrayList<>();
      }
      part.add(b);
      reach = Math.max(reach, end.applyAsDouble(b));
    }
    parts.add(part);
    return parts;
  }

  private static boolean blank(XmlObject content) {
    try (XmlCursor c = content.newCursor()) {
      return c.getTextValue().isBlank();
    }
  }

  /**
   * The w:txbxContent elements in a paragraph, in document order, each box once: of Word's two
   * copies in mc:AlternateContent only the first mc:Choice is read, or the mc:Fallback when there is
   * no Choice. Boxes nested in a box are left for the box's own paragraphs to find, and those in a
   * content control showing its placeholder are not read, like the rest of it. The walk is a
   * loop, not recursion, so no depth of XML can exhaust the stack.
   */
  public static List<XmlObject> textBoxesIn(XmlObject paragraph) {
    List<XmlObject> boxes = new ArrayList<>();
    try (XmlCursor c = paragraph.newCursor()) {
      if (!c.toFirstChild()) {
        return boxes;
      }
      // One entry per level below the paragraph: true where the cursor is in the branch chosen from
      // an mc:AlternateContent, whose sibling branches are the other copies and must be skipped.
      ArrayDeque<Boolean> chosenBranch = new ArrayDeque<>();
      chosenBranch.push(false);
      while (true) {
        QName name = c.getName();
        boolean entered;
        if (TEXT_BOX.equals(name)) {
          boxes.add(c.getObject());
          entered = false;
        } else if (Walk.CONTROL.equals(name) && Walk.showingPlaceholder(c)) {
          // A box in a control that still shows its template's prompt is part of that prompt.
          entered = false;
        } else if (ALTERNATE.equals(name)) {
          entered = c.toChild(CHOICE) || c.toChild(FALLBACK);
          if (entered) {
            chosenBranch.push(true);
          }
        } else {
          entered = c.toFirstChild();
          if (entered) {
            chosenBranch.push(false);
          }
        }
        if (entered) {
          continue;
        }
        while (chosenBranch.peek() || !c.toNextSibling()) {
          chosenBranch.pop();
          if (chosenBranch.isEmpty()) {
            return boxes;
          }
          c.toParent();
        }
      }
    }
  }

  /**
   * A box as POI's type for it. VML boxes already are; DrawingML ones sit under shape elements that
   * POI's schemas do not include, so XMLBeans leaves them untyped, and a copy is retyped instead.
   */
  static CTTxbxContent typed(XmlObject found) {
    if (found instanceof CTTxbxContent box) {
      return box;
    }
    return found.copy().changeType(CTTxbxContent.type) instanceof CTTxbxContent box ? box : null;
  }

  /**
   * Where a box stands: up from its content to the DrawingML anchor (adding a grouped shape's own
   * offset in its group on the way, and taking the shape's width from it) or to the VML shape whose
   * style places it.
   */
  private static Box placed(XmlObject content) {
    double shiftTop = 0;
    double shiftLeft = 0;
    double width = 0;
    double height = 0;
    try (XmlCursor c = content.newCursor()) {
      for (int up = 0; up < 16 && c.toParent(); up++) {
        QName name = c.getName();
        if (name == null) {
          break;
        }
        if (ANCHOR.equals(name) || INLINE.equals(name)) {
          double[] extent = pair(c, EXTENT, "cx", "cy");
          String frame = ANCHOR.equals(name) ? frame(c) : "inline";
          double top = offset(c, POSITION_V) + shiftTop;
          double left = offset(c, POSITION_H) + shiftLeft;
          return new Box(content, frame, top, left, width > 0 ? width : extent[0], height > 0 ? height : extent[1]);
        }
        if (name.getLocalPart().equals("wsp") || name.getLocalPart().equals("grpSp")) {
          // A shape in a group: its offset and size in the group's coordinates, which Word keeps
          // in EMU as the page's unless the group was scaled.
          double[] off = transform(c, SHIFT, "x", "y");
          double[] ext = transform(c, SIZE, "cx", "cy");
          shiftLeft += off[0];
          shiftTop += off[1];
          width = width > 0 ? width : ext[0];
          height = height > 0 ? height : ext[1];
        }
        String style = c.getAttributeText(STYLE);
        // The shape's style places it; the text box inside it has a style of its own that does not.
        if ("urn:schemas-microsoft-com:vml".equals(name.getNamespaceURI()) && style != null
            && style.toLowerCase(Locale.ROOT).contains("width")) {
          return new Box(content, "vml", css(style, "margin-top") + css(style, "top"),
              css(style, "margin-left") + css(style, "left"), css(style, "width"), css(style, "height"));
        }
      }
    }
    return new Box(content, null, 0, 0, 0, 0);
  }

  /** The vertical or horizontal frame an anchor measures from: "page", "margin", "paragraph"... */
  private static String frame(XmlCursor anchor) {
    try (XmlCursor c = anchor.newCursor()) {
      String v = c.toChild(POSITION_V) ? c.getAttributeText(RELATIVE_FROM) : null;
      return v == null ? "anchor" : v;
    }
  }

  private static double offset(XmlCursor anchor, QName position) {
    try (XmlCursor c = anchor.newCursor()) {
      if (!c.toChild(position) || !c.toChild(OFFSET)) {
        return 0;
      }
      return number(c.getTextValue());
    }
  }

  private static double[] pair(XmlCursor at, QName child, String a, String b) {
    try (XmlCursor c = at.newCursor()) {
      if (!c.toChild(child)) {
        return new double[] {0, 0};
      }
      return new double[] {number(c.getAttributeText(new QName("", a))), number(c.getAttributeText(new QName("", b)))};
    }
  }

  /** A shape's {@code a:off} or {@code a:ext}, which sits in its properties' {@code a:xfrm}. */
  private static double[] transform(XmlCursor shape, QName which, String a, String b) {
    try (XmlCursor c = shape.newCursor()) {
      for (boolean more = c.toFirstChild(); more; more = c.toNextSibling()) {
        try (XmlCursor t = c.newCursor()) {
          if (t.toChild(TRANSFORM)) {
            return pair(t, which, a, b);
          }
        }
      }
    }
    return new double[] {0, 0};
  }

  /** A length in a VML style ("margin-left:12.5pt"), in EMU; 0 when absent or unreadable. */
  static double css(String style, String property) {
    for (String decl : style.split(";")) {
      int colon = decl.indexOf(':');
      if (colon < 0 || !decl.substring(0, colon).strip().equalsIgnoreCase(property)) {
        continue;
      }
      Matcher m = CSS_LENGTH.matcher(decl.substring(colon + 1).strip());
      if (!m.matches()) {
        return 0;
      }
      double v = Double.parseDouble(m.group(1));
      String unit = m.group(2) == null ? "px" : m.group(2).toLowerCase(Locale.ROOT);
      return v * switch (unit) {
        case "pt" -> 12_700;
        case "in" -> 914_400;
        case "cm" -> 360_000;
        case "mm" -> 36_000;
        case "emu" -> 1;
        default -> 9_525; // px, and VML's unitless numbers
      };
    }
    return 0;
  }

  private static double number(String s) {
    if (s == null) {
      return 0;
    }
    try {
      double v = Double.parseDouble(s.strip());
      return Double.isFinite(v) && Math.abs(v) < 1e12 ? v : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
