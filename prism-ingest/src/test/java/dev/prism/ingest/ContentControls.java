package dev.prism.ingest;

import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;

/**
 * Content controls (w:sdt) for generated test documents, written as WordprocessingML strings the
 * way Word's templates save them. POI has no API that creates them, so the XML is parsed and copied
 * into a body, cell, header or paragraph. The same element wraps paragraphs and tables in a body,
 * rows in a table, cells in a row and runs in a paragraph; where it is placed decides which.
 */
final class ContentControls {
  private ContentControls() {}

  /** A control holding {@code content}, with the properties a template gives it. */
  static String control(String content) {
    return "<w:sdt><w:sdtPr><w:alias w:val=\"Field\"/><w:tag w:val=\"field\"/><w:id w:val=\"1\"/></w:sdtPr>"
        + "<w:sdtContent>" + content + "</w:sdtContent></w:sdt>";
  }

  /** A control still showing its template's prompt, in the placeholder style Word gives it. */
  static String prompt(String content) {
    return "<w:sdt><w:sdtPr><w:alias w:val=\"Field\"/><w:id w:val=\"2\"/><w:showingPlcHdr/></w:sdtPr>"
        + "<w:sdtContent>" + content + "</w:sdtContent></w:sdt>";
  }

  /** A control whose properties say, explicitly, that it no longer shows its prompt. */
  static String filled(String content) {
    return "<w:sdt><w:sdtPr><w:showingPlcHdr w:val=\"false\"/></w:sdtPr><w:sdtContent>" + content
        + "</w:sdtContent></w:sdt>";
  }

  /** A run of text, for controls inside a paragraph. */
  static String r(String text) {
    return "<w:r><w:t xml:space=\"preserve\">" + text.replace("&", "&amp;").replace("<", "&lt;") + "</w:t></w:r>";
  }

  /** A run in Word's placeholder style, as prompts are shown. */
  static String promptRun(String text) {
    return "<w:r><w:rPr><w:rStyle w:val=\"PlaceholderText\"/></w:rPr><w:t>" + text.replace("&", "&amp;").replace("<", "&lt;")
        + "</w:t></w:r>";
  }

  /** A one-cell table row. */
  static String row(String cellContent) {
    return "<w:tr>" + cell(cellContent) + "</w:tr>";
  }

  /** A table cell. */
  static String cell(String content) {
    return "<w:tc><w:tcPr><w:tcW w:w=\"0\" w:type=\"auto\"/></w:tcPr>" + content + "</w:tc>";
  }

  /**
   * Copies {@code xml} (one or more elements) to the end of {@code container}: a body, a header,
   * a table, a row, a cell or a paragraph. A body's section properties stay last, where Word keeps them.
   */
  static void append(XmlObject container, String xml) {
    try {
      XmlObject fragment = XmlObject.Factory.parse("<w:x " + TextBoxes.NS + ">" + xml + "</w:x>");
      try (XmlCursor from = fragment.newCursor(); XmlCursor to = container.newCursor(); XmlCursor last = container.newCursor()) {
        to.toEndToken();
        if (last.toLastChild() && last.getName().getLocalPart().equals("sectPr")) {
          to.toCursor(last);
        }
        if (!from.toFirstChild() || !from.toFirstChild()) {
          return;
        }
        do {
          from.copyXml(to);
        } while (from.toNextSibling());
      }
    } catch (XmlException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
