package dev.prism.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * Word documents for tests, written as WordprocessingML the way editors save them: styles,
 * paragraphs with their properties, runs, tables with a grid. POI's API has no way to write many of
 * these (outline levels, vertical merges, character styles, hidden text), so they are XML.
 */
final class WordXml {
  private WordXml() {}

  /** A document with these styles ({@code w:style} elements, or null for none) and this body. */
  static byte[] document(String styles, String body) {
    return document(styles, body, doc -> {});
  }

  /** The same, and then {@code more} done to it (headers, link relationships). */
  static byte[] document(String styles, String body, Consumer<XWPFDocument> more) {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      if (styles != null) {
        doc.createStyles().setStyles(StylesDocument.Factory.parse("<w:styles " + TextBoxes.NS + ">" + styles
            + "</w:styles>").getStyles());
      }
      ContentControls.append(doc.getDocument().getBody(), body);
      more.accept(doc);
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (XmlException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** A paragraph style: its id, name, the style it is based on (or null) and its paragraph and run properties. */
  static String paragraphStyle(String id, String name, String basedOn, String pPr, String rPr) {
    return "<w:style w:type=\"paragraph\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name + "\"/>"
        + (basedOn == null ? "" : "<w:basedOn w:val=\"" + basedOn + "\"/>") + "<w:pPr>" + pPr + "</w:pPr><w:rPr>" + rPr
        + "</w:rPr></w:style>";
  }

  /** The default paragraph style, "Normal", setting the body text's size in points. */
  static String normal(int points) {
    return "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:rPr><w:sz w:val=\""
        + points * 2 + "\"/></w:rPr></w:style>";
  }

  /** A character style. */
  static String characterStyle(String id, String rPr) {
    return "<w:style w:type=\"character\" w:styleId=\"" + id + "\"><w:name w:val=\"" + id + "\"/><w:rPr>" + rPr
        + "</w:rPr></w:style>";
  }

  /** A paragraph with these properties ({@code w:pPr} content) and runs. */
  static String p(String pPr, String... runs) {
    return "<w:p><w:pPr>" + pPr + "</w:pPr>" + String.join("", runs) + "</w:p>";
  }

  /** A plain paragraph of one run. */
  static String p(String text) {
    return p("", r("", text));
  }

  /** A paragraph in a style. */
  static String styled(String style, String text) {
    return p("<w:pStyle w:val=\"" + style + "\"/>", r("", text));
  }

  /** A run with these properties ({@code w:rPr} content); a tab in the text is a tab stop. */
  static String r(String rPr, String text) {
    StringBuilder b = new StringBuilder("<w:r><w:rPr>" + rPr + "</w:rPr>");
    String[] parts = text.split("\t", -1);
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        b.append("<w:tab/>");
      }
      if (!parts[i].isEmpty()) {
        b.append("<w:t xml:space=\"preserve\">").append(parts[i].replace("&", "&amp;").replace("<", "&lt;")).append("</w:t>");
      }
    }
    return b.append("</w:r>").toString();
  }

  /** A table with grid columns of these widths (twips) and these rows. */
  static String table(int[] columns, String... rows) {
    StringBuilder b = new StringBuilder("<w:tbl><w:tblPr/><w:tblGrid>");
    for (int w : columns) {
      b.append("<w:gridCol w:w=\"").append(w).append("\"/>");
    }
    b.append("</w:tblGrid>");
    for (String row : rows) {
      b.append("<w:tr>").append(row).append("</w:tr>");
    }
    return b.append("</w:tbl>").toString();
  }

  /** A cell holding these paragraphs (or an empty one); {@code tcPr} content such as a vertical merge. */
  static String cellXml(String tcPr, String... paragraphs) {
    return "<w:tc><w:tcPr>" + tcPr + "</w:tcPr>" + (paragraphs.length == 0 ? "<w:p/>" : String.join("", paragraphs)) + "</w:tc>";
  }

  /** A cell of one plain paragraph per text. */
  static String cellOf(String... texts) {
    StringBuilder b = new StringBuilder();
    for (String t : texts) {
      b.append(p(t));
    }
    return cellXml("", texts.length == 0 ? new String[0] : new String[] {b.toString()});
  }

  /** A row's cells, each of one plain paragraph. */
  static String row(String... texts) {
    StringBuilder b = new StringBuilder();
    for (String t : texts) {
      b.append(cellOf(t));
    }
    return b.toString();
  }
}
