package dev.prism.ingest.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.prism.core.CheckOptions;
import dev.prism.core.Prism;
import dev.prism.core.ingest.UnreadableInputException;
import dev.prism.core.letter.CoverLetters;
import dev.prism.core.letter.Tone;
import dev.prism.core.match.Facts;
import dev.prism.core.match.JobDescription;
import dev.prism.core.match.JobDescriptions;
import dev.prism.core.match.Match;
import dev.prism.core.match.Tailor;
import dev.prism.core.match.TailoredMarkdown;
import dev.prism.core.match.Tailoring;
import dev.prism.core.model.Extraction;
import dev.prism.core.report.JsonResumeWriter;
import dev.prism.ingest.Readers;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Tailors every resume of a corpus ({@code real/}: PDF, DOCX, LaTeX, Markdown) to every posting
 * ({@code jd-real/*.txt}, {@code jd/*}) and writes a letter in every tone, then checks that nothing
 * was invented: every number, every technology and every capitalised word (the employers, titles and
 * names a sentence could claim) of the tailored resume and of the letters stands in the resume, in
 * the posting, or in Prism's own fixed wording. A capitalised word counts in any case, since a
 * letter starts its sentences with one; a technology counts as the posting's where Prism reads it
 * there, "unit, integration, and end-to-end testing" naming unit testing ({@code prism eval jobs}
 * measures that reading). The tailored JSON Resume is checked without its dates, links and network
 * names, which its writer normalises ("Apr 2019" as "2019-04", a profile URL as "GitHub").
 */
public final class TailoringEvaluation {
  private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}[\\p{L}\\p{N}&.'’+#-]*\\p{L}");
  private static final Pattern WORD = Pattern.compile("\\b\\p{L}[\\p{L}\\p{N}&.'’+#-]*\\p{L}");
  private static final Pattern NORMALISED = Pattern.compile("\"(startDate|endDate|date|releaseDate|url|network)\"\\s*:\\s*\"[^\"]*\"");
  /** Prism's own wording: what a tailoring or a letter may say that neither document does. */
  private static final List<String> WORDING = List.of("/dev/prism/core/letter/tones.properties",
      "/dev/prism/core/match/tailoring.properties");

  /** The figures: pairs checked, and the pairs with an invented number, technology or name. */
  public record Figures(int resumes, int unreadable, int postings, int pairs, int numberPairs, int technologyPairs, int namePairs) {
    public int violations() {
      return numberPairs + technologyPairs + namePairs;
    }
  }

  private TailoringEvaluation() {}

  public static Figures run(Path corpus, Prism prism, CheckOptions options, boolean details, PrintWriter out) throws IOException {
    Readers readers = Readers.standard();
    Map<String, Extraction> resumes = new LinkedHashMap<>();
    int unreadable = 0;
    for (Path f : files(corpus.resolve("real"))) {
      String name = f.getFileName().toString();
      if (name.endsWith(".tsv") || name.endsWith("README.md")) {
        continue;
      }
      try {
        Extraction x = readers.read(name, Files.readAllBytes(f));
        if (!x.text().isBlank()) {
          resumes.put(name, x);
        }
      } catch (UnreadableInputException e) {
        unreadable++;
      }
    }
    Map<String, JobDescription> postings = new LinkedHashMap<>();
    for (Path f : files(corpus.resolve("jd-real"))) {
      if (f.getFileName().toString().endsWith(".txt")) {
        postings.put("jd-real/" + f.getFileName(), JobDescriptions.parse(Files.readString(f)));
      }
    }
    for (Path f : files(corpus.resolve("jd"))) {
      String name = f.getFileName().toString();
      String body = Files.readString(f);
      postings.put("jd/" + name, name.endsWith(".json") ? JobDescriptions.parseJson(body) : JobDescriptions.parse(body));
    }
    postings.values().removeIf(j -> !j.hasRequirements());

    String wording = wording();
    int pairs = 0;
    int numberPairs = 0;
    int technologyPairs = 0;
    int namePairs = 0;
    for (Map.Entry<String, Extraction> r : resumes.entrySet()) {
      String resumeText = r.getValue().text();
      for (Map.Entry<String, JobDescription> p : postings.entrySet()) {
        pairs++;
        Match m = prism.match(r.getValue(), p.getValue(), options);
        Tailoring t = Tailor.tailor(m);
        StringBuilder produced = new StringBuilder(TailoredMarkdown.write(t)).append('\n');
        ObjectNode json = JsonResumeWriter.write(t.resume());
        produced.append(NORMALISED.matcher(json.toString()).replaceAll("")).append('\n');
        t.toAdd().forEach(a -> produced.append(a.advice()).append('\n'));
        for (Tone tone : Tone.values()) {
          produced.append(CoverLetters.write(m, tone).text()).append('\n');
        }
        String output = produced.toString();
        // Lines joined: a tailored resume writes "Data Structures" on one line where the PDF wrapped it.
        String sources = (resumeText + "\n" + p.getValue().text()).replaceAll("[ \\t]*\\R[ \\t]*", " ");

        Set<String> numbers = new HashSet<>(Facts.numbers(output));
        numbers.removeAll(Facts.numbers(sources));
        Set<String> known = new HashSet<>(Facts.technologies(sources));
        p.getValue().requirements().forEach(q -> q.anyOf().forEach(term -> known.add(term.canonical())));
        Set<String> technologies = new HashSet<>(Facts.technologies(output));
        technologies.removeAll(known);
        technologies.removeAll(Facts.technologies(wording));
        Set<String> names = capitalised(output);
        names.removeAll(words(sources));
        names.removeAll(words(wording));
        names.removeAll(words(String.join(" ", known)));
        numberPairs += numbers.isEmpty() ? 0 : 1;
        technologyPairs += technologies.isEmpty() ? 0 : 1;
        namePairs += names.isEmpty() ? 0 : 1;
        if (details && !(numbers.isEmpty() && technologies.isEmpty() && names.isEmpty())) {
          out.println(r.getKey() + " × " + p.getKey() + ": numbers " + numbers + ", technologies " + technologies + ", names " + names);
        }
      }
    }
    Figures f = new Figures(resumes.size(), unreadable, postings.size(), pairs, numberPairs, technologyPairs, namePairs);
    out.printf("resumes                   %d read (%d without a text layer or unreadable)%n", f.resumes(), f.unreadable());
    out.printf("postings                  %d%n", f.postings());
    out.printf("pairs                     %d (tailored resume, JSON Resume, advice and a letter in each tone)%n", f.pairs());
    out.printf("with a new number         %d%n", f.numberPairs());
    out.printf("with a new technology     %d%n", f.technologyPairs());
    out.printf("with a new name or title  %d%n", f.namePairs());
    out.flush();
    return f;
  }

  /** The capitalised words of a text, in lower case: the employers, titles and names it could claim. */
  static Set<String> capitalised(String text) {
    return words(CAPITALISED, text);
  }

  /** Every word of a text in lower case, so that a word a letter capitalises at a sentence's start counts. */
  static Set<String> words(String text) {
    return allWords(text);
  }

  private static Set<String> words(Pattern p, String text) {
    Set<String> out = new HashSet<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(m.group().toLowerCase(java.util.Locale.ROOT));
    }
    return out;
  }

  /** Every word of a text in lower case, and the parts of words joined by an apostrophe, hyphen or dot ("d'Orsay", "Unix-based"). */
  private static Set<String> allWords(String text) {
    Set<String> out = new HashSet<>();
    for (String w : words(WORD, text)) {
      out.add(w);
      for (String part : w.split("[-'’./]+")) {
        out.add(part);
      }
    }
    return out;
  }

  private static String wording() throws IOException {
    StringBuilder b = new StringBuilder();
    for (String name : WORDING) {
      try (InputStream in = TailoringEvaluation.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + name);
        }
        b.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
      }
    }
    // Markdown headings the tailored resume writes when a section had none of its own.
    b.append("Resume Summary Skills Experience Projects Education Certifications Awards Publications Other\n");
    return b.toString();
  }

  private static List<Path> files(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return new ArrayList<>(s.filter(Files::isRegularFile).sorted().toList());
    }
  }
}
