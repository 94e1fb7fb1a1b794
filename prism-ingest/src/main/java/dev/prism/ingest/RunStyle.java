package dev.prism.ingest;

import java.util.List;
import org.apache.poi.ooxml.util.POIXMLUnits;
import org.apache.poi.xwpf.usermodel.XWPFDefaultRunStyle;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

/**
 * How a DOCX paragraph is set, as most of its characters are: the size in points and whether bold
 * or italic. A run's own properties win over its paragraph style's, which win over the styles that
 * style is based on, which win over the document's defaults, as Word applies them.
 *
 * @param points the size in points; 0 when no part of the chain gives one
 */
record RunStyle(double points, boolean bold, boolean italic) {
  private static final int MAX_CHAIN = 12;

  static RunStyle of(XWPFDocument doc, XWPFParagraph p, List<XWPFRun> runs) {
    XWPFStyles styles = doc.getStyles();
    String styleId = p.getStyleID();
    double styleSize = size(styles, styleId);
    boolean styleBold = flag(styles, styleId, true);
    boolean styleItalic = flag(styles, styleId, false);
    double sized = 0;
    int chars = 0;
    int boldChars = 0;
    int italicChars = 0;
    java.util.Map<Double, Integer> bySize = new java.util.HashMap<>();
    for (XWPFRun r : runs) {
      String t = r.text();
      int n = t == null ? 0 : t.strip().length();
      if (n == 0) {
        continue;
      }
      chars += n;
      Double own = r.getFontSizeAsDouble();
      double size = own != null ? own : styleSize;
      if (size > 0) {
        bySize.merge(size, n, Integer::sum);
      }
      CTRPr rpr = r.getCTR().getRPr();
      boolean bold = rpr != null && rpr.sizeOfBArray() > 0 ? POIXMLUnits.parseOnOff(rpr.getBArray(0)) : styleBold;
      boolean italic = rpr != null && rpr.sizeOfIArray() > 0 ? POIXMLUnits.parseOnOff(rpr.getIArray(0)) : styleItalic;
      boldChars += bold ? n : 0;
      italicChars += italic ? n : 0;
    }
    sized = bySize.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey)
        .orElse(styleSize);
    if (chars == 0) {
      return new RunStyle(styleSize, styleBold, styleItalic);
    }
    return new RunStyle(sized, boldChars * 2 > chars, italicChars * 2 > chars);
  }

  /** The size a paragraph style gives, through the styles it is based on, else the document's default. */
  private static double size(XWPFStyles styles, String styleId) {
    if (styles == null) {
      return 0;
    }
    String id = styleId;
    for (int i = 0; i < MAX_CHAIN && id != null; i++) {
      XWPFStyle s = styles.getStyle(id);
      if (s == null || s.getCTStyle() == null) {
        break;
      }
      CTRPr rpr = s.getCTStyle().getRPr();
      if (rpr != null) {
        Double size = new XWPFDefaultRunStyle(rpr).getFontSizeAsDouble();
        if (size != null && size > 0) {
          return size;
        }
      }
      id = s.getBasisStyleID();
    }
    try {
      XWPFDefaultRunStyle d = styles.getDefaultRunStyle();
      Double size = d == null ? null : d.getFontSizeAsDouble();
      return size == null ? 0 : size;
    } catch (RuntimeException e) {
      return 0; // a document without defaults
    }
  }

  /** Whether a paragraph style (through those it is based on) sets bold, or italic. */
  private static boolean flag(XWPFStyles styles, String styleId, boolean bold) {
    if (styles == null) {
      return false;
    }
    String id = styleId;
    for (int i = 0; i < MAX_CHAIN && id != null; i++) {
      XWPFStyle s = styles.getStyle(id);
      if (s == null || s.getCTStyle() == null) {
        return false;
      }
      CTRPr rpr = s.getCTStyle().getRPr();
      if (rpr != null) {
        if (bold && rpr.sizeOfBArray() > 0) {
          return POIXMLUnits.parseOnOff(rpr.getBArray(0));
        }
        if (!bold && rpr.sizeOfIArray() > 0) {
          return POIXMLUnits.parseOnOff(rpr.getIArray(0));
        }
      }
      id = s.getBasisStyleID();
    }
    return false;
  }
}
