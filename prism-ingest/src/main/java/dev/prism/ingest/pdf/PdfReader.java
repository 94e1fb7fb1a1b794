package dev.prism.ingest.pdf;

import dev.prism.core.ingest.ResumeReader;
import dev.prism.core.ingest.UnreadableInputException;
import dev.prism.core.ingest.UnreadableInputException.Problem;
import dev.prism.core.model.Extraction;
import dev.prism.core.model.PartialDate;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * PDF resumes: the text layer in reading order across columns, sidebars and label rails, with
 * headings (by font size, weight and capitals) and bullets passed on as line hints, link targets
 * that the visible text hides, and the parse warnings an applicant-tracking system would earn.
 */
public final class PdfReader implements ResumeReader {
  /** Resumes are one to two pages; ten is generous and bounds the work for anything else. */
  public static final int MAX_PAGES = 10;

  private static final long MAX_MEMORY = 64L * 1024 * 1024;
  private static final int MAX_GLYPHS = 400_000;
  static {
    PdfBoxSettings.apply();
  }

  @Override
  public String format() {
    return "pdf";
  }

  @Override
  public boolean accepts(String fileName, byte[] head) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".pdf");
  }

  @Override
  public Extraction read(byte[] bytes) throws UnreadableInputException {
    ReadLimits.open();
    try (PDDocument doc = Loader.loadPDF(bytes, "", null, null, MemoryUsageSetting.setupMainMemoryOnly(MAX_MEMORY).streamCache)) {
      return read(doc);
    } catch (InvalidPasswordException e) {
      throw new UnreadableInputException(Problem.ENCRYPTED,
          "the PDF is protected with a password; save an unprotected copy and try again", e);
    } catch (GlyphCollector.Stop e) {
      throw e.cancelled
          ? new UnreadableInputException(Problem.CORRUPT, "reading the PDF took too long; export it again from your editor", e)
          : new UnreadableInputException(Problem.CORRUPT, "the PDF holds far more text than a resume; check it is the right file", e);
    } catch (ReadLimits.Exceeded e) {
      throw e.cancelled
          ? new UnreadableInputException(Problem.CORRUPT, "reading the PDF took too long; export it again from your editor", e)
          : new UnreadableInputException(Problem.CORRUPT, "the PDF's content decodes to more than "
              + (ReadLimits.MAX_DECODED_BYTES >> 20) + " MiB, far more than a resume; export it again from your editor", e);
    } catch (IOException | RuntimeException | StackOverflowError e) {
      throw new UnreadableInputException(Problem.CORRUPT,
          "the PDF is damaged or truncated and cannot be read; export it again from your editor", e);
    } finally {
      ReadLimits.close();
    }
  }

  private Extraction read(PDDocument doc) throws IOException, UnreadableInputException {
    int pages = doc.getNumberOfPages();
    if (pages > MAX_PAGES) {
      throw new UnreadableInputException(Problem.TOO_MANY_PAGES,
          "the PDF has " + pages + " pages; a resume has at most " + MAX_PAGES);
    }
    if (pages == 0) {
      throw new UnreadableInputException(Problem.CORRUPT, "the PDF has no pages");
    }
    // Fonts are needed here for their characters and widths only, not their glyph outlines.
    TextOnlyFonts fonts = new TextOnlyFonts();
    doc.setResourceCache(fonts);
    GlyphCollector collector = new GlyphCollector(MAX_GLYPHS, fonts);
    ReadLimits.countPageContents(doc);
    collector.getText(doc);

    List<List<TextLine>> lines = new ArrayList<>();
    boolean columns = false;
    int glyphs = 0;
    PageLayout.Result r = null;
    for (int p = 0; p < collector.pages.size(); p++) {
      List<Glyph> g = collector.pages.get(p);
      glyphs += g.size();
      r = PageLayout.layout(g, collector.pageSizes.get(p)[0], p, r);
      columns |= r.kind() == PageLayout.Kind.COLUMNS;
      lines.add(r.lines());
    }
    boolean imagesWithLittleText = false;
    for (int p = 0; p < pages; p++) {
      int chars = p < collector.pages.size() ? collector.pages.get(p).size() : 0;
      if (chars < 200 && hasLargeImage(doc.getPage(p))) {
        imagesWithLittleText = true;
      }
    }
    if (lines.stream().allMatch(List::isEmpty)) {
      // Glyphs drawn but none readable is a font problem, not a scan: say which, since the remedy
      // differs.
      throw new UnreadableInputException(Problem.NO_TEXT_LAYER, collector.unreadable > 0
          ? "the PDF's text is in fonts that cannot be read back as characters; export it again with standard"
              + " fonts, or upload DOCX"
          : "no text layer; export the PDF from your editor, or upload DOCX");
    }
    List<PdfText.Link> links = links(doc);
    float firstPageHeight = collector.pageSizes.isEmpty() ? 0 : collector.pageSizes.get(0)[1];
    PdfText.Facts facts = new PdfText.Facts(columns, imagesWithLittleText, collector.unreadable, glyphs, firstPageHeight,
        hyphenates(doc));
    Extraction x = PdfText.assemble(lines, links, facts, pages);
    PartialDate written = written(doc);
    return written == null ? x : new Extraction(x.text(), x.format(), x.pages(), x.layout().writtenIn(written), x.warnings());
  }

  /**
   * The month the file says it was written: its modification date, else its creation date. Dates
   * before 1990 or unreadable ones are no date (some producers write 1970 or garbage).
   */
  private static PartialDate written(PDDocument doc) {
    var info = doc.getDocumentInformation();
    for (java.util.Calendar c : new java.util.Calendar[] {safe(info::getModificationDate), safe(info::getCreationDate)}) {
      if (c != null && c.get(java.util.Calendar.YEAR) >= 1990 && c.get(java.util.Calendar.YEAR) <= 2200) {
        return new PartialDate(c.get(java.util.Calendar.YEAR), c.get(java.util.Calendar.MONTH) + 1);
      }
    }
    return null;
  }

  private static java.util.Calendar safe(java.util.function.Supplier<java.util.Calendar> date) {
    try {
      return date.get();
    } catch (RuntimeException e) {
      return null; // a malformed date field loses the date, not the resume
    }
  }

  private static final Pattern HYPHENATING_PRODUCER =
      Pattern.compile("(?i)(?:^|[^a-z])(?:pdf|xe|lua|la)?tex(?:[^a-z]|$)|dvipdfm|typst");

  /**
   * Whether the document comes from a typesetter that breaks words at line ends by itself: TeX in
   * its forms (pdfTeX, XeTeX, LuaTeX, behind LaTeX templates such as RenderCV's) and Typst. Word
   * processors and browsers do not unless asked, so there a hyphen at a line's end was typed.
   */
  private static boolean hyphenates(PDDocument doc) {
    var info = doc.getDocumentInformation();
    String made = (info.getProducer() == null ? "" : info.getProducer()) + " | " + (info.getCreator() == null ? "" : info.getCreator());
    return HYPHENATING_PRODUCER.matcher(made).find();
  }

  /** Link targets, with whether the link sits in the top quarter of the first page. */
  private static List<PdfText.Link> links(PDDocument doc) {
    List<PdfText.Link> out = new ArrayList<>();
    for (int p = 0; p < doc.getNumberOfPages() && out.size() < 200; p++) {
      PDPage page = doc.getPage(p);
      List<PDAnnotation> annotations;
      try {
        annotations = page.getAnnotations();
      } catch (IOException | RuntimeException e) {
        continue; // a broken annotation loses a link, not the resume
      }
      float height = page.getCropBox().getHeight();
      for (PDAnnotation a : annotations) {
        if (!(a instanceof PDAnnotationLink link)) {
          continue;
        }
        try {
          PDAction action = link.getAction();
          if (action instanceof PDActionURI uri && uri.getURI() != null) {
            PDRectangle rect = link.getRectangle();
            boolean top = p == 0 && rect != null && rect.getLowerLeftY() > height * 0.72f;
            out.add(new PdfText.Link(uri.getURI().strip(), top));
          }
        } catch (RuntimeException e) {
          // skip this link
        }
      }
    }
    return out;
  }

  private static boolean hasLargeImage(PDPage page) {
    try {
      PDResources resources = page.getResources();
      if (resources == null) {
        return false;
      }
      for (COSName name : resources.getXObjectNames()) {
        PDXObject x = resources.getXObject(name);
        if (x instanceof PDImageXObject image && (long) image.getWidth() * image.getHeight() >= 250_000L) {
          return true;
        }
      }
    } catch (IOException | RuntimeException e) {
      return false;
    }
    return false;
  }
}
