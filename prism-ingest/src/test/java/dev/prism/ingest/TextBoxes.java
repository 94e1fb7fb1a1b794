package dev.prism.ingest;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

/**
 * Text boxes for generated test documents, written as WordprocessingML strings the way Word writes
 * them: a DrawingML shape with a VML copy as fallback, or either kind alone. POI has no API that
 * creates text boxes, so the XML is parsed into a run of the anchoring paragraph.
 */
final class TextBoxes {
  static final String NS = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
      + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
      + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
      + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
      + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
      + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
      + " xmlns:wpg=\"http://schemas.microsoft.com/office/word/2010/wordprocessingGroup\""
      + " xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\"";

  private TextBoxes() {}

  /** A plain paragraph of box content. */
  static String p(String text) {
    return "<w:p><w:r><w:t xml:space=\"preserve\">" + escape(text) + "</w:t></w:r></w:p>";
  }

  /** A paragraph with a paragraph style, such as Heading1 or ListBullet. */
  static String styled(String style, String text) {
    return "<w:p><w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr><w:r><w:t>" + escape(text) + "</w:t></w:r></w:p>";
  }

  /** A list item by numbering, as Word's bullet button makes it. */
  static String numbered(String text) {
    return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>"
        + escape(text) + "</w:t></w:r></w:p>";
  }

  /** A paragraph with text and, after it, a hyperlink run whose target lives in relationship {@code id}. */
  static String linked(String text, String id, String shown) {
    return "<w:p><w:r><w:t xml:space=\"preserve\">" + escape(text) + "</w:t></w:r><w:hyperlink r:id=\"" + id
        + "\"><w:r><w:t>" + escape(shown) + "</w:t></w:r></w:hyperlink></w:p>";
  }

  /** Registers an external link target with the document and returns its relationship id. */
  static String link(XWPFDocument doc, String url) {
    return doc.getPackagePart().addExternalRelationship(url, XWPFRelation.HYPERLINK.getRelation()).getId();
  }

  /** Word's usual form: the DrawingML box, and a VML copy of the same content for older readers. */
  static String drawingWithFallback(String content) {
    return "<mc:AlternateContent><mc:Choice Requires=\"wps\">" + drawing(content) + "</mc:Choice><mc:Fallback>"
        + vml(content) + "</mc:Fallback></mc:AlternateContent>";
  }

  /** Only the VML copy, inside AlternateContent, as a writer that knows no DrawingML shapes might leave it. */
  static String fallbackOnly(String content) {
    return "<mc:AlternateContent><mc:Fallback>" + vml(content) + "</mc:Fallback></mc:AlternateContent>";
  }

  /** A floating DrawingML text box with no VML copy. */
  static String drawing(String content) {
    return "<w:drawing><wp:anchor distT=\"0\" distB=\"0\" distL=\"114300\" distR=\"114300\" simplePos=\"0\""
        + " relativeHeight=\"1\" behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\">"
        + "<wp:simplePos x=\"0\" y=\"0\"/><wp:positionH relativeFrom=\"column\"><wp:posOffset>0</wp:posOffset></wp:positionH>"
        + "<wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>0</wp:posOffset></wp:positionV>"
        + "<wp:extent cx=\"2286000\" cy=\"914400\"/><wp:wrapSquare wrapText=\"bothSides\"/>"
        + "<wp:docPr id=\"1\" name=\"Text Box 1\"/><a:graphic>"
        + "<a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
        + shape(content) + "</a:graphicData></a:graphic></wp:anchor></w:drawing>";
  }

  /** Two boxes grouped into one drawing, as Word saves boxes the user grouped. */
  static String group(String first, String second) {
    return "<w:drawing><wp:inline><wp:extent cx=\"4572000\" cy=\"914400\"/><wp:docPr id=\"2\" name=\"Group 2\"/><a:graphic>"
        + "<a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingGroup\"><wpg:wgp>"
        + "<wpg:cNvGrpSpPr/><wpg:grpSpPr/>" + shape(first) + shape(second)
        + "</wpg:wgp></a:graphicData></a:graphic></wp:inline></w:drawing>";
  }

  /** A VML text box, as Word 2007 and older wrote them. */
  static String vml(String content) {
    return "<w:pict><v:shape id=\"Text Box 1\" o:spid=\"_x0000_s1026\" type=\"#_x0000_t202\""
        + " style=\"position:absolute;margin-left:0;margin-top:0;width:180pt;height:72pt;z-index:1\" stroked=\"f\">"
        + "<v:textbox><w:txbxContent>" + content + "</w:txbxContent></v:textbox></v:shape></w:pict>";
  }

  private static String shape(String content) {
    return "<wps:wsp><wps:cNvSpPr txBox=\"1\"/><wps:spPr><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></wps:spPr>"
        + "<wps:txbx><w:txbxContent>" + content + "</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>";
  }

  /** Adds a run holding {@code runContent} (shapes, text) to the end of the paragraph. */
  static void anchor(XWPFParagraph paragraph, String runContent) {
    try {
      CTR run = CTR.Factory.parse("<w:r " + NS + ">" + runContent + "</w:r>",
          new XmlOptions().setLoadReplaceDocumentElement(null));
      paragraph.getCTP().addNewR().set(run);
    } catch (XmlException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;");
  }
}
