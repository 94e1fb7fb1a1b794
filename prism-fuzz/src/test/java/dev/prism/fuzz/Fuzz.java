package dev.prism.fuzz;

import dev.prism.core.ingest.ResumeReader;
import dev.prism.core.ingest.UnreadableInputException;
import dev.prism.core.match.JobDescription;
import dev.prism.core.match.JobDescriptionException;
import dev.prism.core.match.JobDescriptions;
import dev.prism.core.model.Extraction;
import java.nio.charset.StandardCharsets;

/**
 * The contracts the fuzz targets hold each input to. A reader returns an extraction or refuses with
 * an {@link UnreadableInputException} whose message is one line; the job-description parser returns
 * a job or refuses with a {@link JobDescriptionException}. Anything else that escapes (another
 * exception, an error, running out of memory) and any input that runs past libFuzzer's time limit
 * is a finding.
 */
final class Fuzz {
  private Fuzz() {}

  static void read(ResumeReader reader, byte[] data) {
    try {
      Extraction x = reader.read(data);
      if (x.text() == null || x.pages() < 0) {
        throw new IllegalStateException(reader.format() + ": an extraction without text or with negative pages");
      }
    } catch (UnreadableInputException e) {
      String m = e.getMessage();
      if (m.isBlank() || m.indexOf('\n') >= 0) {
        throw new IllegalStateException(reader.format() + ": a refusal must be one line: " + m.length() + " chars");
      }
    }
  }

  /** The first byte picks the shape (text or JSON job), the rest is the document. */
  static void jobDescription(byte[] data) {
    if (data.length == 0) {
      return;
    }
    String text = new String(data, 1, data.length - 1, StandardCharsets.UTF_8);
    try {
      JobDescription job = (data[0] & 1) == 0 ? JobDescriptions.parse(text) : JobDescriptions.parseJson(text);
      job.hasRequirements();
    } catch (JobDescriptionException e) {
      if (e.getMessage() == null || e.getMessage().isBlank()) {
        throw new IllegalStateException("a refused job description must say why");
      }
    }
  }
}
