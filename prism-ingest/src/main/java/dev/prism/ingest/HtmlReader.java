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
 * scripts hidden in place, list items and headings marked, entities decoded. A block that ends where
 * its line goes on ends the line there, so the text's lines are those a browser shows; spans keep
 * the offsets of that text.
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

  // Where a block ends on a line that goes on: a page exported on one line ("<p>Pat</p><p>Globex…"),
  // as an editor's HTML export often is, reads line by line as a browser shows it.
  private static final Pattern BLOCK_END = Pattern.compile(
      "(?i)(</(?:p|li|div|h[1-6]|tr|ul|ol|table|section|header|footer|article|dd|dt|blockquote|pre)\\s*>|<br\\s*/?>|<hr\\s*/?>)"
          + "(?![ \\t]*(?:\\r?\\n|$))");

  @Override
  public Extraction read(byte[] bytes) throws UnreadableInputException {
    String page = TextDecoding.decode(bytes);
    String lined = BLOCK_END.matcher(page).replaceAll("$1\n");
    return Extraction.plain(MarkdownReader.visibleText(lined), format());
  }
}
