package dev.prism.ingest;

import dev.prism.core.ingest.ResumeReader;
import dev.prism.core.ingest.UnreadableInputException;
import dev.prism.core.ingest.UnreadableInputException.Problem;
import dev.prism.core.model.Extraction;
import dev.prism.ingest.docx.DocxText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Word documents (DOCX): the file opened safely here, its text and layout read by
 * {@link DocxText} (paragraphs in reading order, headings from paragraph styles, bullets from list
 * numbering, layout tables row by row, text boxes and shapes, header and footer contact, link
 * targets the visible text hides).
 */
public final class DocxReader implements ResumeReader {
  /** More characters than this is not a resume, whatever the file claims. */
  public static final int MAX_CHARS = 1_000_000;

  /**
   * How deep tables, text boxes and content controls may sit inside one another. Real layouts and
   * templates nest a few levels; anything below this bound is left unread rather than followed
   * without end.
   */
  public static final int MAX_DEPTH = 8;

  /**
   * POI's process-wide settings, made on the first DOCX read rather than when the reader is
   * registered: setting them loads POI, commons-compress and log4j (well over a hundred classes),
   * which a check of a PDF or a text file never needs.
   */
  private static final class PoiSettings {
    static {
      // POI logs through log4j-api; with no provider it warns once on standard error. Its simple
      // logger at its default level (errors only) keeps that out of the CLI's output.
      if (System.getProperty("log4j2.loggerContextFactory") == null) {
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
      }
      // Zip bombs: a resume's document.xml is well under a few MB, and no part compresses 100:1.
      ZipSecureFile.setMinInflateRatio(0.01);
      ZipSecureFile.setMaxEntrySize(50L * 1024 * 1024);
      ZipSecureFile.setMaxTextSize(5L * MAX_CHARS);
    }

    /** Runs the settings above once, on first use; the JVM guards the class initialisation. */
    static void apply() {}
  }

  @Override
  public String format() {
    return "docx";
  }

  @Override
  public boolean accepts(String fileName, byte[] head) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".docx");
  }

  @Override
  public Extraction read(byte[] bytes) throws UnreadableInputException {
    PoiSettings.apply();
    if (bytes.length >= 4 && (bytes[0] & 0xff) == 0xd0 && (bytes[1] & 0xff) == 0xcf && bytes[2] == 0x11 && (bytes[3] & 0xff) == 0xe0) {
      // An OLE2 container: Word encrypts a .docx into one, and old .doc files are one.
      throw new UnreadableInputException(Problem.ENCRYPTED,
          "the file is password-protected or an old Word .doc; save an unprotected .docx and try again");
    }
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      return DocxText.read(doc);
    } catch (LinkageError e) {
      // An entry compressed with a method whose codec is not on the class path (Zstandard, XZ):
      // the zip library fails to load it. Word never writes those.
      throw new UnreadableInputException(Problem.CORRUPT,
          "the DOCX is compressed in a way Word does not write; save it again from your editor", e);
    } catch (IOException | RuntimeException | StackOverflowError e) {
      String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
      if (m.contains("node depth")) {
        // XMLBeans refuses XML nested over 1000 elements deep: boxes, tables or content controls
        // stacked inside one another.
        throw new UnreadableInputException(Problem.CORRUPT,
            "the DOCX nests text boxes, tables or content controls far deeper than any resume; flatten the layout"
                + " and save it again", e);
      }
      if (m.contains("zip bomb") || m.contains("max entry size") || m.contains("maxtextsize") || m.contains("text size")) {
        throw new UnreadableInputException(Problem.CORRUPT,
            "the DOCX expands to far more data than a resume holds (a zip bomb?); save it again from your editor", e);
      }
      throw new UnreadableInputException(Problem.CORRUPT,
          "the DOCX is damaged or not a Word document; save it again from your editor", e);
    }
  }
}
