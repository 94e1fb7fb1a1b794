package dev.prism.ingest.eval;

import dev.prism.ingest.LatexInputs;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.prism.core.ingest.UnreadableInputException;
import dev.prism.core.model.DateRange;
import dev.prism.core.model.Entry;
import dev.prism.core.model.Extraction;
import dev.prism.core.model.Field;
import dev.prism.core.model.PartialDate;
import dev.prism.core.model.Resume;
import dev.prism.core.model.SectionKind;
import dev.prism.core.text.Segmenter;
import dev.prism.ingest.Readers;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Measures the parse on the shared test corpus: how often the name, email, phone and experience
 * entries of the corpus PDFs are found, and, for the RenderCV resumes that come with their source,
 * entry-level precision and recall against that ground truth. Prints per-file misses so a developer
 * sees what failed, and says whether the floors of the specification are met.
 */
public final class ParseEvaluation {
  /** Name and email, and experience entries, must be found in at least this share of the PDFs. */
  public static final double CONTACT_FLOOR = 0.95;

  public static final double EXPERIENCE_FLOOR = 0.95;
  /** Entry F1 on the RenderCV resumes with ground truth. */
  public static final double RENDERCV_F1_FLOOR = 0.90;

  // A work-experience heading in the file's own text, judged independently of the segmenter's
  // word list; volunteering is not employment.
  private static final Pattern EXPERIENCE_HEADING =
      Pattern.compile("(?i)^[^a-z0-9]*(?!volunteer)(?:[a-z]+ ){0,3}(?:experience|employment(?: history)?|work history|career history|internships?)\\s*:?$");

  private ParseEvaluation() {}

  /** Evaluates every file under {@code corpusDir}; true when all floors are met. */
  public static boolean run(Path corpusDir, PrintWriter out) {
    Readers readers = Readers.standard();
    List<Path> pdfs = list(corpusDir.resolve("pdf"), ".pdf");
    if (pdfs.isEmpty()) {
      out.println("no PDFs under " + corpusDir.resolve("pdf"));
      out.flush();
      return false;
    }
    int name = 0;
    int email = 0;
    int phone = 0;
    int nameAndEmail = 0;
    int withExperience = 0;
    int experienceFound = 0;
    List<String> misses = new ArrayList<>();
    double tp = 0;
    double predicted = 0;
    double expected = 0;
    for (Path pdf : pdfs) {
      String file = pdf.getFileName().toString();
      Resume resume;
      Extraction extraction;
      try {
        extraction = readers.read(file, Files.readAllBytes(pdf));
        resume = Segmenter.segment(extraction);
      } catch (IOException | UnreadableInputException e) {
        misses.add(file + ": unreadable: " + e.getMessage());
        continue;
      }
      List<String> miss = new ArrayList<>();
      boolean n = resume.contact().name() != null;
      boolean e = resume.contact().email() != null;
      name += n ? 1 : 0;
      email += e ? 1 : 0;
      phone += resume.contact().phone() != null ? 1 : 0;
      nameAndEmail += n && e ? 1 : 0;
      if (!n) {
        miss.add("name");
      }
      if (!e) {
        miss.add("email");
      }
      if (hasExperienceHeading(extraction.text())) {
        withExperience++;
        boolean found = resume.sections(SectionKind.EXPERIENCE).flatMap(s -> s.entries().stream())
            .anyMatch(x -> (x.title() != null || x.organization() != null) && (x.dates() != null || !x.bullets().isEmpty()));
        experienceFound += found ? 1 : 0;
        if (!found) {
          miss.add("experience entry");
        }
      }
      if (!miss.isEmpty()) {
        misses.add(file + ": no " + String.join(", no ", miss));
      }
      Path truth = corpusDir.resolve("truth").resolve(file.replaceAll("\\.pdf$", ".yaml"));
      if (Files.isRegularFile(truth)) {
        double[] r = compare(truth, resume, out);
        tp += r[0];
        predicted += r[1];
        expected += r[2];
      }
    }
    int total = pdfs.size();
    out.printf(Locale.ROOT, "PDFs: %d%n", total);
    out.printf(Locale.ROOT, "name found:        %5.1f%% (%d)%n", pct(name, total), name);
    out.printf(Locale.ROOT, "email found:       %5.1f%% (%d)%n", pct(email, total), email);
    out.printf(Locale.ROOT, "phone found:       %5.1f%% (%d)%n", pct(phone, total), phone);
    out.printf(Locale.ROOT, "name and email:    %5.1f%% (%d)%n", pct(nameAndEmail, total), nameAndEmail);
    out.printf(Locale.ROOT, "experience entry:  %5.1f%% (%d of %d with an experience heading)%n",
        pct(experienceFound, withExperience), experienceFound, withExperience);
    double precision = predicted == 0 ? 0 : tp / predicted;
    double recall = expected == 0 ? 0 : tp / expected;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    if (expected > 0) {
      out.printf(Locale.ROOT, "rendercv entries:  precision %.2f, recall %.2f, F1 %.2f%n", precision, recall, f1);
    }
    for (String m : misses) {
      out.println("  miss: " + m);
    }
    others(corpusDir, readers, out);
    boolean ok = true;
    if (nameAndEmail < CONTACT_FLOOR * total) {
      out.printf(Locale.ROOT, "FAIL: name and email found in %.1f%% of PDFs, floor %.0f%%%n", pct(nameAndEmail, total), CONTACT_FLOOR * 100);
      ok = false;
    }
    if (experienceFound < EXPERIENCE_FLOOR * withExperience) {
      out.printf(Locale.ROOT, "FAIL: experience entry found in %.1f%%, floor %.0f%%%n",
          pct(experienceFound, withExperience), EXPERIENCE_FLOOR * 100);
      ok = false;
    }
    if (expected > 0 && f1 < RENDERCV_F1_FLOOR) {
      out.printf(Locale.ROOT, "FAIL: RenderCV entry F1 %.2f, floor %.2f%n", f1, RENDERCV_F1_FLOOR);
      ok = false;
    }
    out.println(ok ? "parse evaluation: PASS" : "parse evaluation: FAIL");
    out.flush();
    return ok;
  }

  static boolean hasExperienceHeading(String text) {
    return text.lines().map(String::strip).anyMatch(l -> l.length() <= 50 && EXPERIENCE_HEADING.matcher(l).matches());
  }

  /** LaTeX and JSON Resume files: what was found, for the record (no floor). */
  private static void others(Path corpusDir, Readers readers, PrintWriter out) {
    List<Path> files = new ArrayList<>(list(corpusDir.resolve("latex"), ".tex"));
    files.addAll(list(corpusDir.resolve("jsonresume"), ".json"));
    for (Path f : files) {
      String file = f.getFileName().toString();
      try {
        Resume r = Segmenter.segment(readers.read(file, LatexInputs.read(f)));
        long work = r.sections(SectionKind.EXPERIENCE).mapToLong(s -> s.entries().size()).sum();
        long edu = r.sections(SectionKind.EDUCATION).mapToLong(s -> s.entries().size()).sum();
        out.printf(Locale.ROOT, "%s: name %s, email %s, phone %s, %d experience entries, %d education entries%n",
            file, value(r.contact().name()), value(r.contact().email()), value(r.contact().phone()), work, edu);
      } catch (IOException | UnreadableInputException e) {
        out.println(file + ": unreadable: " + e.getMessage());
      }
    }
  }

  /**
   * Compares experience and education entries with the RenderCV source. An expected entry counts as
   * found when some parsed entry has its organisation, its position (degree or area for education)
   * and its start month. Returns {true positives, parsed entries, expected entries}.
   */
  static double[] compare(Path truthFile, Resume resume, PrintWriter out) {
    JsonNode cv;
    try {
      cv = new ObjectMapper(new YAMLFactory()).readTree(truthFile.toFile()).path("cv").path("sections");
    } catch (IOException e) {
      out.println("  cannot read " + truthFile + ": " + e.getMessage());
      return new double[] {0, 0, 0};
    }
    String file = truthFile.getFileName().toString();
    contactAgainstTruth(file, truthFile, resume, out);
    List<Entry> work = resume.sections(SectionKind.EXPERIENCE).flatMap(s -> s.entries().stream()).toList();
    List<Entry> edu = resume.sections(SectionKind.EDUCATION).flatMap(s -> s.entries().stream()).toList();
    double tp = 0;
    int expected = 0;
    for (JsonNode x : cv.path("experience")) {
      expected++;
      tp += match(file, "experience", work, x.path("company").asText(), List.of(x.path("position").asText()),
          x.path("start_date").asText(), x.path("end_date").asText(), out) ? 1 : 0;
    }
    for (JsonNode x : cv.path("education")) {
      expected++;
      tp += match(file, "education", edu, x.path("institution").asText(),
          List.of(x.path("degree").asText(), x.path("area").asText()), x.path("start_date").asText(),
          x.path("end_date").asText(), out) ? 1 : 0;
    }
    return new double[] {tp, work.size() + edu.size(), expected};
  }

  /** The name and email the source gives, compared with what was parsed; misses are printed. */
  private static void contactAgainstTruth(String file, Path truthFile, Resume resume, PrintWriter out) {
    try {
      JsonNode cv = new ObjectMapper(new YAMLFactory()).readTree(truthFile.toFile()).path("cv");
      String name = cv.path("name").asText();
      String email = cv.path("email").asText();
      if (!name.equalsIgnoreCase(value(resume.contact().name()))) {
        out.printf(Locale.ROOT, "  miss: %s: name %s, parsed %s%n", file, name, value(resume.contact().name()));
      }
      if (!email.equalsIgnoreCase(value(resume.contact().email()))) {
        out.printf(Locale.ROOT, "  miss: %s: email %s, parsed %s%n", file, email, value(resume.contact().email()));
      }
    } catch (IOException e) {
      out.println("  cannot read " + truthFile + ": " + e.getMessage());
    }
  }

  private static boolean match(String file, String what, List<Entry> entries, String org, List<String> titles,
      String start, String end, PrintWriter out) {
    String why = "no entry";
    for (Entry e : entries) {
      String fields = (value(e.title()) + " | " + value(e.organization())).toLowerCase(Locale.ROOT);
      boolean orgOk = fields.contains(org.toLowerCase(Locale.ROOT));
      boolean titleOk = titles.stream().anyMatch(t -> !t.isBlank() && fields.contains(t.toLowerCase(Locale.ROOT)));
      boolean datesOk = sameMonth(e.dates() == null ? null : e.dates().start(), start)
          && (end.isBlank() || end.equalsIgnoreCase("present") ? e.dates() != null && (e.dates().end() == null)
              : sameMonth(e.dates() == null ? null : e.dates().end(), end));
      if (orgOk && titleOk && datesOk) {
        return true;
      }
      if (orgOk) {
        why = "found as [" + value(e.title()) + " | " + value(e.organization()) + " | " + dates(e.dates()) + "]"
            + (titleOk ? "" : " title wrong") + (datesOk ? "" : " dates wrong");
      }
    }
    out.printf(Locale.ROOT, "  miss: %s: %s %s (%s, %s-%s): %s%n", file, what, org, titles.get(0), start, end, why);
    return false;
  }

  private static boolean sameMonth(PartialDate d, String iso) {
    return d != null && d.iso().equals(iso);
  }

  private static String dates(DateRange d) {
    return d == null ? "-" : d.start().iso() + "-" + (d.present() ? "present" : d.end() == null ? "" : d.end().iso());
  }

  private static String value(Field f) {
    return f == null ? "-" : f.value();
  }

  private static double pct(int n, int of) {
    return of == 0 ? 0 : 100.0 * n / of;
  }

  private static List<Path> list(Path dir, String suffix) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  /** Runs the evaluation on the corpus folder given as the only argument; exit 1 when a floor fails. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    boolean ok = run(Path.of(args.length > 0 ? args[0] : "../shared/corpus"), out);
    System.exit(ok ? 0 : 1);
  }
}
