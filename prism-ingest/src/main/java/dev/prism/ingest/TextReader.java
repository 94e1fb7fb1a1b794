package dev.prism.ingest;

import dev.prism.core.ingest.ResumeReader;
import dev.prism.core.ingest.UnreadableInputException;
import dev.prism.core.model.Extraction;
import java.util.Locale;

/** Plain text, as typed or exported: the text is the extraction, unchanged but for line ends. */
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
    return Extraction.plain(TextDecoding.decode(bytes), format());
  }
}
