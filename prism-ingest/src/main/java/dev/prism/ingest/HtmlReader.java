package dev.prism.ingest;

import dev.prism.core.ingest.ResumeReader;
import dev.prism.core.ingest.UnreadableInputException;
import dev.prism.core.model.Extraction;
import dev.prism.ingest.markdown.MarkdownText;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A resume kept as a web page: an HTML file, or a text file that holds one. It is read as the
 * Markdown reader reads the HTML a Markdown resume embeds ({@link MarkdownText}): tags, the head and
 * scripts hidden in place, list items marked, entities decoded, so spans keep the source's offsets.
 * Headings and layout come from the words and lines, as for any text; a page's stylesheet is not
 * applied.
 */
public final class HtmlReader implements ResumeReader {
  // The start of a page: a doctype or an <html> tag, after any byte-order mark, white space and comments.
  private static final Pattern PAGE_START =
      Pattern.compile("(?is)^\\uFEFF?\\s*(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html[\\s>])");

  @Override
  public String format() {
    return "html";
  }

  @Override
  public boolean accepts(String fileName, byte[] head) {
    String n = fileName.toLowerCase(Locale.ROOT);
    if (n.endsWith(".html") || n.endsWith(".htm")) {
      return true;
    }
    // A text file that is a page ("resume.txt" saved from a browser).
    return (n.endsWith(".txt") || n.endsWith(".text")) && isPage(head);
  }

  /** Whether a file's first bytes open a web page (a doctype or an html tag). */
  static boolean isPage(byte[] head) {
    return PAGE_START.matcher(new String(head, StandardCharsets.UTF_8)).find();
  }

  @Override
  public Extraction read(byte[] bytes) throws UnreadableInputException {
    return Extraction.plain(MarkdownReader.visibleText(bytes), format());
  }
}
