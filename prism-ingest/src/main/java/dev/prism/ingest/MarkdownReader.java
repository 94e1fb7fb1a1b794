package dev.prism.ingest;

import dev.prism.core.ingest.ResumeReader;
import dev.prism.core.ingest.UnreadableInputException;
import dev.prism.core.ingest.UnreadableInputException.Problem;
import dev.prism.core.model.Extraction;
import dev.prism.ingest.markdown.MarkdownText;
import dev.prism.ingest.markdown.PipeTables;
import java.util.List;
import java.util.Locale;

/**
 * Markdown. The source text itself is the extraction, with what the page does not show blanked in
 * place ({@link MarkdownText}), so that every span (and every SARIF region) points at the line a
 * person edits; the segmenter reads past '#', emphasis and link syntax. Tables whose header names
 * the fields of their rows are claimed row by row ({@link PipeTables}).
 */
public final class MarkdownReader implements ResumeReader {
  @Override
  public String format() {
    return "markdown";
  }

  @Override
  public boolean accepts(String fileName, byte[] head) {
    String n = fileName.toLowerCase(Locale.ROOT);
    return n.endsWith(".md") || n.endsWith(".markdown");
  }

  @Override
  public Extraction read(byte[] bytes) throws UnreadableInputException {
    return extraction(visibleText(bytes), format());
  }

  /** The extraction of a Markdown source's visible text: its tables claimed row by row. */
  static Extraction extraction(String visible, String format) {
    return new Extraction(visible, format, 0, PipeTables.of(visible), List.of()).withEstimatedPages();
  }

  /** What the page shows of a Markdown or HTML source; refused as empty when that is nothing but markup. */
  static String visibleText(byte[] bytes) throws UnreadableInputException {
    return visibleText(TextDecoding.decode(bytes));
  }

  /** {@link #visibleText(byte[])} of decoded text. */
  static String visibleText(String source) throws UnreadableInputException {
    String text = MarkdownText.visible(source);
    if (text.isBlank()) {
      throw new UnreadableInputException(Problem.EMPTY, "the file shows no text, only markup");
    }
    return text;
  }
}
