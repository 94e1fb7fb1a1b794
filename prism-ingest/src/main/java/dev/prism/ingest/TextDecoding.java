package dev.prism.ingest;

import dev.prism.core.ingest.UnreadableInputException;
import dev.prism.core.ingest.UnreadableInputException.Problem;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Bytes of a text format to a Java string: UTF-8 (with or without BOM), else Windows-1252. */
final class TextDecoding {
  private TextDecoding() {}

  static String decode(byte[] bytes) throws UnreadableInputException {
    int from = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
    if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe || (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff)) {
      String s = new String(bytes, StandardCharsets.UTF_16);
      return checked(s);
    }
    String s;
    try {
      s = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, from, bytes.length - from))
          .toString();
    } catch (CharacterCodingException e) {
      // Older editors on Windows save text as Windows-1252; every byte maps to something there.
      s = new String(bytes, from, bytes.length - from, java.nio.charset.Charset.forName("windows-1252"));
    }
    return checked(s);
  }

  /** Rejects binary data posing as text, and normalises line ends so that spans count lines alike. */
  private static String checked(String s) throws UnreadableInputException {
    int control = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == 0) {
        throw new UnreadableInputException(Problem.CORRUPT, "the file is binary, not text; save the resume as PDF, DOCX, Markdown or plain text");
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        control++;
      }
    }
    if (control > 16 && control * 20 > s.length()) {
      throw new UnreadableInputException(Problem.CORRUPT, "the file is binary, not text; save the resume as PDF, DOCX, Markdown or plain text");
    }
    String t = s.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n');
    if (t.isBlank()) {
      throw new UnreadableInputException(Problem.EMPTY, "the file has no text");
    }
    return t;
  }
}
