package dev.prism.cli;

import dev.prism.core.match.JobDescription;
import dev.prism.core.match.JobDescriptions;
import dev.prism.core.model.Extraction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Reading the job description a command names with {@code --jd}. */
final class JobInputs {
  private JobInputs() {}

  /**
   * A JSON file is read as a JSON Resume job; anything else goes through the resume readers for its
   * text (so a PDF or DOCX posting works) and is read as a plain-text job description. A job with no
   * requirements is refused here, since no match, tailoring or letter can be built on it.
   */
  static JobDescription read(PrismCli cli, String name) {
    byte[] bytes = Inputs.bytes(cli.in, name);
    String head = new String(bytes, 0, Math.min(bytes.length, 64), StandardCharsets.UTF_8).stripLeading();
    JobDescription job;
    try {
      if (name.toLowerCase(Locale.ROOT).endsWith(".json") || head.startsWith("{")) {
        job = JobDescriptions.parseJson(new String(bytes, StandardCharsets.UTF_8));
      } else {
        if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
          throw new UsageException("--jd " + Inputs.display(name) + ": the job description has no text");
        }
        // The bytes are already read: standard input cannot be read twice.
        Extraction x = cli.readers().read(name.equals("-") ? "-" : java.nio.file.Path.of(name).getFileName().toString(), bytes);
        job = JobDescriptions.parse(x.text());
      }
    } catch (IllegalArgumentException | dev.prism.core.ingest.UnreadableInputException e) {
      throw new UsageException("--jd " + Inputs.display(name) + ": " + e.getMessage());
    }
    if (!job.hasRequirements()) {
      throw new UsageException("--jd " + Inputs.display(name) + ": no requirements found"
          + (job.dropped().isEmpty() ? "" : " (left out as boilerplate: " + String.join(", ", job.dropped()) + ")")
          + "; paste the part of the posting that lists responsibilities and qualifications");
    }
    return job;
  }
}
