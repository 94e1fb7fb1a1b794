package dev.prism.core.ingest;

import dev.prism.core.model.Extraction;

/**
 * Turns the bytes of one document format into text in reading order, with layout hints and parse
 * warnings. Implementations live in {@code prism-ingest} and are registered in one list there; the
 * core only sees {@link Extraction}s.
 *
 * <p>A reader must not throw anything but {@link UnreadableInputException} for bad input, must not
 * hang, and must bound the memory it uses whatever the bytes claim (zip bombs, huge page counts).
 */
public interface ResumeReader {

  /** The format id reported in {@code parse.format}: "pdf", "docx", "latex", "markdown", ... */
  String format();

  /** Whether this reader is meant for a file of this name and these first bytes. */
  boolean accepts(String fileName, byte[] head);

  Extraction read(byte[] bytes) throws UnreadableInputException;
}
