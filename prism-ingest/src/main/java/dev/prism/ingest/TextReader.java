package dev.prism.ingest;

import dev.prism.core.ingest.ResumeReader;
import dev.prism.core.ingest.UnreadableInputException;
import dev.prism.core.model.Extraction;
import dev.prism.ingest.markdown.MarkdownText;
import java.util.Locale;

/**
 * Plain text, as typed or exported: the text is the extraction, unchanged but for line ends. A
 * text file written in Markdown (see {@link MarkdownText#looksLikeMarkdown}) is read as the
 * Markdown reader reads one, so its tags and marks do not end up in the fields.
 */
public final class TextReader implements ResumeReader {
  @Override
  public String format() {
    return "text";
  }

  @Override
  public boolean accepts(String fileName, byte[] head) {
    String n = fileName.toLowerCase(Locale.ROOT);
    return n.endsWith(".txt") || n.endsWith(".text") || !n.contains(".");
  }

  @Override
  public Extraction read(byte[] bytes) throws UnreadableInputException {
    String text = TextDecoding.decode(bytes);
    if (MarkdownText.looksLikeMarkdown(text)) {
      String visible = MarkdownText.visible(text);
      if (!visible.isBlank()) {
        return MarkdownReader.extraction(visible, format());
      }
    }
    return Extraction.plain(text, format());
  }
}
