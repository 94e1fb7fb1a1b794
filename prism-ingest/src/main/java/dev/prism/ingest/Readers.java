package dev.prism.ingest;

import dev.prism.core.ingest.ResumeReader;
import dev.prism.core.ingest.UnreadableInputException;
import dev.prism.core.ingest.UnreadableInputException.Problem;
import dev.prism.core.model.Extraction;
import dev.prism.ingest.pdf.PdfReader;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The one list of format readers, and the entry point that picks one for a file. To add a reader,
 * implement {@link ResumeReader} and add it to {@link #standard()}: order matters only where two
 * readers accept the same file, and the first wins.
 */
public final class Readers {
  /** Inputs larger than this are refused before any reader sees them. */
  public static final int MAX_BYTES = 5 * 1024 * 1024;

  private final List<ResumeReader> readers;

  public Readers(List<ResumeReader> readers) {
    this.readers = List.copyOf(readers);
  }

  public static Readers standard() {
    return new Readers(List.of(
        new PdfReader(), new JsonResumeReader(), new MarkdownReader(), new TextReader()));
  }

  public List<String> formats() {
    return readers.stream().map(ResumeReader::format).toList();
  }

  /**
   * Reads one document. {@code fileName} picks the reader by its extension (content sniffing
   * settles files with none); "-" or an empty name means text from standard input.
   */
  public Extraction read(String fileName, byte[] bytes) throws UnreadableInputException {
    Objects.requireNonNull(bytes, "bytes");
    String name = fileName == null || fileName.equals("-") ? "" : fileName;
    if (bytes.length > MAX_BYTES) {
      throw new UnreadableInputException(Problem.TOO_LARGE,
          "the file is " + (bytes.length / (1024 * 1024)) + " MiB; the limit is " + (MAX_BYTES / (1024 * 1024)) + " MiB");
    }
    if (bytes.length == 0) {
      throw new UnreadableInputException(Problem.EMPTY, "the file has no text");
    }
    return pick(name, bytes).read(bytes);
  }

  /** The reader that would read this file, or a clear refusal naming the supported formats. */
  public ResumeReader pick(String name, byte[] bytes) throws UnreadableInputException {
    byte[] head = Arrays.copyOf(bytes, Math.min(bytes.length, 512));
    String sniffed = sniff(head);
    for (ResumeReader r : readers) {
      if (!name.isEmpty() && r.accepts(name, head)) {
        return r;
      }
    }
    for (ResumeReader r : readers) {
      if (r.format().equals(sniffed)) {
        return r;
      }
    }
    if (name.isEmpty() || !name.contains(".")) {
      return readers.stream().filter(r -> r.format().equals("text")).findFirst()
          .orElseThrow(() -> unsupported(name));
    }
    throw unsupported(name);
  }

  private UnreadableInputException unsupported(String name) {
    return new UnreadableInputException(Problem.UNSUPPORTED_TYPE,
        "unsupported file type" + (name.isEmpty() ? "" : " '" + name.substring(name.lastIndexOf('/') + 1) + "'")
            + "; Prism reads " + String.join(", ", formats()));
  }

  /** A format guessed from the first bytes, for files whose name says nothing. */
  static String sniff(byte[] head) {
    String start = new String(head, 0, Math.min(head.length, 8), java.nio.charset.StandardCharsets.ISO_8859_1);
    if (start.startsWith("%PDF")) {
      return "pdf";
    }
    if (start.startsWith("PK\u0003\u0004")) {
      return "docx";
    }
    String trimmed = new String(head, java.nio.charset.StandardCharsets.UTF_8).stripLeading();
    if (trimmed.startsWith("{")) {
      return "json-resume";
    }
    if (trimmed.startsWith("\\documentclass") || trimmed.startsWith("%")) {
      return "latex";
    }
    return "";
  }
}
