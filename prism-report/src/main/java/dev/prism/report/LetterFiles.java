package dev.prism.report;

import dev.prism.core.letter.CoverLetter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * A cover letter as a file to send or to go on editing: DOCX (set up as {@link ResumeDocx} sets up
 * a resume) or PDF (laid out as {@link ResumePdf} lays out one). The letter's own words and nothing
 * else: each paragraph stays a paragraph, each of its lines a line, and a line the letter writes as a
 * list item ("- ...") a real list item.
 */
public final class LetterFiles {
  private static final String ITEM = "- ";

  private LetterFiles() {}

  /** The letter as a DOCX file. */
  public static byte[] docx(CoverLetter letter) {
    Objects.requireNonNull(letter, "letter");
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream(8 * 1024)) {
      BigInteger bullets = ResumeDocx.setUp(doc);
      for (String paragraph : letter.paragraphs()) {
        List<String> lines = paragraph.lines().toList();
        XWPFParagraph p = null;
        for (String line : lines) {
          if (line.startsWith(ITEM)) {
            XWPFParagraph item = doc.createParagraph();
            item.setStyle("ListBullet");
            item.setNumID(bullets);
            text(item.createRun(), line.substring(ITEM.length()));
            p = null;
            continue;
          }
          if (p == null) {
            p = doc.createParagraph();
            p.setSpacingAfter(160);
          } else {
            p.createRun().addBreak();
          }
          text(p.createRun(), line);
        }
      }
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      // Everything is in memory; an IOException here is a bug, not bad input.
      throw new UncheckedIOException(e);
    }
  }

  private static void text(XWPFRun r, String line) {
    r.setFontFamily(ResumeDocx.FONT);
    r.setFontSize(11);
    r.setText(ResumeDocx.clean(line));
  }

  /** The letter as a PDF file. */
  public static byte[] pdf(CoverLetter letter) {
    Objects.requireNonNull(letter, "letter");
    StringBuilder h = new StringBuilder(4096);
    h.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"/><title>Cover letter</title><style>")
        .append("body{font-family:'DejaVu Sans',sans-serif;font-size:11pt;line-height:1.45;margin:0;color:#111}")
        .append("p{margin:0 0 10pt}ul{margin:0 0 10pt 14pt;padding:0}li{margin:0 0 4pt}@page{size:A4;margin:25mm}")
        .append("</style></head><body>");
    for (String paragraph : letter.paragraphs()) {
      boolean open = false;
      boolean list = false;
      for (String line : paragraph.lines().toList()) {
        boolean item = line.startsWith(ITEM);
        if (item != list || !open) {
          h.append(open ? (list ? "</ul>" : "</p>") : "").append(item ? "<ul>" : "<p>");
          open = true;
          list = item;
        } else if (!item) {
          h.append("<br/>");
        }
        h.append(item ? "<li>" + e(line.substring(ITEM.length())) + "</li>" : e(line));
      }
      if (open) {
        h.append(list ? "</ul>" : "</p>");
      }
    }
    h.append("</body></html>");
    ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
    PdfReport.htmlToPdf(h.toString(), out);
    return out.toByteArray();
  }

  /** Escaped for XHTML, with the characters XML forbids replaced as the DOCX does. */
  private static String e(String s) {
    return HtmlReport.escape(ResumeDocx.clean(s));
  }
}
