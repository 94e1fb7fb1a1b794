package dev.prism.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.prism.core.CheckOptions;
import dev.prism.core.Prism;
import dev.prism.core.letter.CoverLetters;
import dev.prism.core.letter.Tone;
import dev.prism.core.match.Facts;
import dev.prism.core.match.JobDescription;
import dev.prism.core.match.JobDescriptions;
import dev.prism.core.match.Match;
import dev.prism.core.match.Tailor;
import dev.prism.core.match.TailoredMarkdown;
import dev.prism.core.model.Extraction;
import dev.prism.core.model.PartialDate;
import dev.prism.core.report.JsonResumeWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every resume of the shared corpus, in every format, tailored to and written a letter for every
 * job description of the corpus: no number and no technology appears that neither the resume nor
 * the job description contains. JSON fields the writer derives from the resume (ISO dates, URLs
 * with a scheme, the network name read off a profile URL) are left out of the comparison.
 * Skipped when the corpus is not beside the project.
 */
class CorpusNoInventionTest {
  static Path corpus() {
    for (String p : List.of("../../shared/corpus", "../shared/corpus")) {
      if (Files.isDirectory(Path.of(p))) {
        return Path.of(p);
      }
    }
    return null;
  }

  @Test
  void tailoredResumesAndLettersAddNoFacts() throws Exception {
    Path corpus = corpus();
    assumeTrue(corpus != null, "shared corpus not present");
    List<Path> resumes = new ArrayList<>();
    for (String dir : List.of("pdf", "latex", "jsonresume", "other")) {
      try (Stream<Path> s = Files.list(corpus.resolve(dir))) {
        s.filter(Files::isRegularFile).sorted().forEach(resumes::add);
      }
    }
    List<JobDescription> jobs = new ArrayList<>();
    List<String> jobTexts = new ArrayList<>();
    try (Stream<Path> s = Files.list(corpus.resolve("jd"))) {
      for (Path jd : s.sorted().toList()) {
        String text = Files.readString(jd);
        jobs.add(jd.toString().endsWith(".json") ? JobDescriptions.parseJson(text) : JobDescriptions.parse(text));
        jobTexts.add(text);
      }
    }
    Prism prism = Prism.standard();
    CheckOptions options = new CheckOptions("backend-engineer", null, new PartialDate(2026, 11));
    Readers readers = Readers.standard();
    int checked = 0;
    for (Path resume : resumes) {
      Extraction x;
      try {
        x = readers.read(resume.getFileName().toString(), Files.readAllBytes(resume));
      } catch (dev.prism.core.ingest.UnreadableInputException e) {
        continue;
      }
      for (int j = 0; j < jobs.size(); j++) {
        Match m = prism.match(x, jobs.get(j), options);
        String allowed = x.text() + "\n" + jobTexts.get(j);
        String tailored = TailoredMarkdown.write(Tailor.tailor(m)) + "\n"
            + JsonResumeWriter.write(Tailor.tailor(m).resume()).toString().replaceAll("\"(startDate|endDate|date|releaseDate|url|network)\":\"[^\"]*\"", "");
        assertThat(numbers(tailored)).as("numbers in the tailored %s", resume).isSubsetOf(numbers(x.text()));
        assertThat(terms(tailored)).as("technologies in the tailored %s", resume).isSubsetOf(terms(x.text()));
        for (Tone tone : Tone.values()) {
          String letter = CoverLetters.write(m, tone).text();
          assertThat(numbers(letter)).as("numbers in the %s letter for %s", tone, resume).isSubsetOf(numbers(allowed));
          assertThat(terms(letter)).as("technologies in the %s letter for %s", tone, resume).isSubsetOf(terms(allowed));
        }
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(40);
  }

  static Set<String> numbers(String s) {
    return Facts.numbers(s);
  }

  static Set<String> terms(String s) {
    return Facts.technologies(s);
  }
}
