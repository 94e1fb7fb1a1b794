package dev.prism.ingest;

import dev.prism.core.ingest.ResumeReader;
import dev.prism.core.ingest.UnreadableInputException;
import dev.prism.core.ingest.UnreadableInputException.Problem;
import dev.prism.core.model.Extraction;
import dev.prism.core.model.Layout;
import dev.prism.core.model.ParseWarning;
import dev.prism.ingest.latex.LatexTypesetting;
import java.util.List;
import java.util.Locale;

/**
 * LaTeX resume sources, read without a TeX installation, the way TeX would set them
 * ({@link LatexTypesetting}): the source's own macros expanded, the common classes and templates
 * (moderncv, Awesome-CV, AltaCV, Jake's) known, and each line handed on with its cells, its look
 * relative to the body text and its marks (a {@code \section} a heading, an {@code \item} a list
 * item), with the contact details the source names for certain claimed. A file the body inputs is
 * not there to read: a warning says so.
 */
public final class LatexReader implements ResumeReader {

  /**
   * The text a source gives, for each output line the 1-based source line it came from, the
   * layout, and the warnings reading it raised.
   */
  public record LatexText(String text, List<Integer> sourceLines, Layout layout, List<ParseWarning> warnings) {
    public LatexText {
      sourceLines = List.copyOf(sourceLines);
      warnings = List.copyOf(warnings);
    }

    /** The 1-based source line of the text at {@code offset} (a span's start), for SARIF regions. */
    public int sourceLineAt(int offset) {
      int line = 0;
      for (int i = 0; i < offset && i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          line++;
        }
      }
      return sourceLines.isEmpty() ? 1 : sourceLines.get(Math.min(line, sourceLines.size() - 1));
    }
  }

  @Override
  public String format() {
    return "latex";
  }

  @Override
  public boolean accepts(String fileName, byte[] head) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".tex");
  }

  @Override
  public Extraction read(byte[] bytes) throws UnreadableInputException {
    LatexText t;
    try {
      t = toText(TextDecoding.decode(bytes));
    } catch (LatexTypesetting.Runaway e) {
      throw new UnreadableInputException(Problem.CORRUPT, e.getMessage() + "; TeX would stop there too", e);
    } catch (RuntimeException | StackOverflowError e) {
      throw new UnreadableInputException(Problem.CORRUPT, "the LaTeX source could not be read; check that its braces balance", e);
    }
    if (t.text().isBlank()) {
      if (!t.warnings().isEmpty()) {
        throw new UnreadableInputException(Problem.EMPTY,
            "the file has no text of its own: " + t.warnings().get(0).message());
      }
      throw new UnreadableInputException(Problem.EMPTY, "the file has no text");
    }
    return new Extraction(t.text(), format(), 1, t.layout(), t.warnings()).withEstimatedPages();
  }

  /** Converts a LaTeX source into resume text with a line map back to the source. */
  public static LatexText toText(String source) {
    LatexTypesetting.Typeset t = LatexTypesetting.typeset(source);
    List<ParseWarning> warnings = t.missingInputs().isEmpty() ? List.of() : List.of(Warnings.inputMissing(t.missingInputs()));
    return new LatexText(t.text(), t.sourceLines(), t.layout(), warnings);
  }
}
