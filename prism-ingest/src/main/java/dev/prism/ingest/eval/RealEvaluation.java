package dev.prism.ingest.eval;

import dev.prism.ingest.LatexInputs;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.prism.core.CheckOptions;
import dev.prism.core.Prism;
import dev.prism.core.ingest.UnreadableInputException;
import dev.prism.core.model.Entry;
import dev.prism.core.model.Extraction;
import dev.prism.core.model.Field;
import dev.prism.core.model.SectionKind;
import dev.prism.core.report.Report;
import dev.prism.core.role.Level;
import dev.prism.ingest.Readers;
import dev.prism.ingest.eval.EntryMatching.Job;
import dev.prism.ingest.eval.EntryMatching.Pair;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Measures the reading and the level on real resumes with hand-made truth ({@code real/} of the
 * shared corpus: {@code truth/FILE.truth.json} beside each resume; format in that folder's
 * README). Every figure is the one the issues ask for, so that the team's corpus and the files it
 * never sees are measured alike:
 *
 * <ul>
 *   <li>name, email and phone right, of the resumes whose truth has one;
 *   <li>work entries (experience sections) against the truth's {@code work}: precision, recall, F1
 *       by {@link EntryMatching}; start and end dates of the matched entries;
 *   <li>resumes that list jobs but yield none;
 *   <li>education entries by institution;
 *   <li>the estimated level against the truth's: exact and within one;
 *   <li>professional years against the truth's full-time jobs ({@link LevelTruth}): within one year;
 *   <li>level gaps that name something the resume already shows ({@link LevelGapCheck}): none allowed.
 * </ul>
 *
 * A file whose reader finds no text layer is no reading error when the truth lists nothing the
 * reader could have found; it is counted apart.
 */
public final class RealEvaluation {

  /** The figures, each a share from 0 to 1. */
  public record Figures(
      int files, int unreadable, int threw, double name, double email, double phone, double workPrecision,
      double workRecall, double workF1, double startDates, double endDates, int noJobs, int withJobs,
      double educationF1, double levelExact, double levelWithinOne, double yearsWithinOne, int gapsShown) {}

  /** The floors a run must meet; {@link #issueTargets()} gives those the reading issue sets. */
  public record Floors(double workF1, double startDates, int maxNoJobsPer40, double name, double email, double phone,
      double levelExact, double levelWithinOne, double yearsWithinOne) {
    public static Floors none() {
      return new Floors(0, 0, 40, 0, 0, 0, 0, 0, 0);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private RealEvaluation() {}

  public static Figures run(Path dir, Prism prism, CheckOptions options, boolean details, PrintWriter out) throws IOException {
    Path truthDir = dir.resolve("truth");
    List<Path> truths;
    try (Stream<Path> s = Files.list(truthDir)) {
      truths = s.filter(p -> p.getFileName().toString().endsWith(".truth.json")).sorted().toList();
    }
    Readers readers = Readers.standard();
    Tally name = new Tally();
    Tally email = new Tally();
    Tally phone = new Tally();
    Tally start = new Tally();
    Tally end = new Tally();
    Tally levelExact = new Tally();
    Tally levelNear = new Tally();
    Tally yearsNear = new Tally();
    List<LevelCrossCheck.Case> levelCases = new ArrayList<>();
    int gapsShown = 0;
    int matched = 0;
    int parsed = 0;
    int expected = 0;
    int eduMatched = 0;
    int eduParsed = 0;
    int eduExpected = 0;
    int noJobs = 0;
    int withJobs = 0;
    int unreadable = 0;
    int threw = 0;
    for (Path truthFile : truths) {
      JsonNode truth = JSON.readTree(truthFile.toFile());
      String file = truth.path("file").asText();
      Path resumeFile = dir.resolve(file);
      if (!Files.isRegularFile(resumeFile)) {
        out.println(file + ": listed in truth but missing; skipped");
        continue;
      }
      List<Job> truthWork = new ArrayList<>();
      for (JsonNode w : truth.path("work")) {
        truthWork.add(new Job(text(w, "title"), text(w, "company"), text(w, "start"), text(w, "end")));
      }
      Report report;
      Extraction x;
      try {
        x = readers.read(file, LatexInputs.read(resumeFile));
        report = prism.check(x, options);
      } catch (UnreadableInputException | RuntimeException e) {
        // A file that throws is a defect to report, not a reason to stop measuring the others: it
        // counts as read wrong, and the run fails.
        boolean broke = !(e instanceof UnreadableInputException);
        unreadable += broke ? 0 : 1;
        threw += broke ? 1 : 0;
        boolean fine = !broke && truthWork.isEmpty() && e.getMessage().contains("no text layer");
        out.printf(Locale.ROOT, "%-44s %s: %s%s%n", file, broke ? "THREW" : "unreadable", broke ? e.toString() : e.getMessage(),
            fine ? " (right: nothing to read)" : "");
        if (!fine) {
          withJobs += truthWork.isEmpty() ? 0 : 1;
          noJobs += truthWork.isEmpty() ? 0 : 1;
          expected += truthWork.size();
        }
        continue;
      }
      List<String> misses = new ArrayList<>();
      JsonNode basics = truth.path("basics");
      contact(name, "name", text(basics, "name"), value(report.resume().contact().name()), misses, RealEvaluation::sameName);
      contact(email, "email", text(basics, "email"), value(report.resume().contact().email()), misses, String::equalsIgnoreCase);
      contact(phone, "phone", text(basics, "phone"), value(report.resume().contact().phone()), misses, RealEvaluation::samePhone);

      List<Job> work = jobs(report, SectionKind.EXPERIENCE);
      List<Pair> pairs = EntryMatching.match(truthWork, work);
      matched += pairs.size();
      parsed += work.size();
      expected += truthWork.size();
      if (!truthWork.isEmpty()) {
        withJobs++;
        if (work.isEmpty()) {
          noJobs++;
          misses.add("no jobs found");
        }
      }
      for (Pair p : pairs) {
        Job t = truthWork.get(p.truth());
        Job w = work.get(p.parsed());
        if (t.start() != null) {
          start.add(EntryMatching.same(t.start(), w.start()));
          if (!EntryMatching.same(t.start(), w.start()) && details) {
            misses.add("start " + t.start() + " read " + w.start());
          }
        }
        if (t.end() != null) {
          end.add(EntryMatching.same(t.end(), w.end()));
          if (!EntryMatching.same(t.end(), w.end()) && details) {
            misses.add("end " + t.end() + " read " + w.end());
          }
        }
      }
      if (details) {
        for (int i = 0; i < truthWork.size(); i++) {
          int ti = i;
          if (pairs.stream().noneMatch(p -> p.truth() == ti)) {
            misses.add("job not found: " + truthWork.get(i).title() + " | " + truthWork.get(i).company());
          }
        }
        for (int i = 0; i < work.size(); i++) {
          int pi = i;
          if (pairs.stream().noneMatch(p -> p.parsed() == pi)) {
            misses.add("extra job: " + work.get(i).title() + " | " + work.get(i).company());
          }
        }
      }
      List<String> schools = new ArrayList<>();
      for (JsonNode e : truth.path("education")) {
        schools.add(text(e, "institution"));
      }
      List<String> readSchools = report.resume().sections(SectionKind.EDUCATION).flatMap(s -> s.entries().stream())
          .map(e -> schoolOf(e)).toList();
      List<Pair> eduPairs = schoolMatches(schools, readSchools);
      int eduHits = eduPairs.size();
      if (details) {
        for (int i = 0; i < schools.size(); i++) {
          int ti = i;
          if (eduPairs.stream().noneMatch(p -> p.truth() == ti)) {
            misses.add("school not found: " + schools.get(i));
          }
        }
        for (int i = 0; i < readSchools.size(); i++) {
          int ri = i;
          if (eduPairs.stream().noneMatch(p -> p.parsed() == ri)) {
            misses.add("extra school: " + readSchools.get(i));
          }
        }
      }
      eduMatched += eduHits;
      eduParsed += readSchools.size();
      eduExpected += schools.size();

      Level truthLevel = Level.byId(text(truth, "level")).orElse(null);
      if (truthLevel != null) {
        Level estimated = report.level().level();
        levelCases.add(new LevelCrossCheck.Case(report.level().signals(), truthLevel));
        if (details) {
          out.println("  level signals " + file + " truth " + truthLevel.id() + " " + report.level().signals());
        }
        levelExact.add(estimated == truthLevel);
        levelNear.add(Math.abs(estimated.ordinal() - truthLevel.ordinal()) <= 1);
        if (estimated != truthLevel) {
          misses.add("level " + estimated.id() + ", truth " + truthLevel.id());
          if (details) {
            misses.add("level evidence: " + String.join(" | ", report.level().evidence()));
          }
        }
      }
      Double truthYears = LevelTruth.years(truth, x.layout().written(), options.today());
      if (truthYears != null) {
        double read = report.level().years() == null ? 0 : report.level().years();
        boolean near = Math.abs(read - truthYears) <= 1 + 1e-9;
        yearsNear.add(near);
        if (!near) {
          misses.add(String.format(Locale.ROOT, "professional years %.1f, truth %.1f", read, truthYears));
          if (details) {
            misses.add("counted: " + String.join("; ", report.level().timeline().counted()) + "; not counted: "
                + String.join("; ", report.level().timeline().notCounted()));
          }
        }
      }
      for (String shown : LevelGapCheck.shown(report)) {
        gapsShown++;
        misses.add("gap names what the resume shows: " + shown);
      }
      out.printf(Locale.ROOT, "%-44s work %d/%d matched of %d read, score %d%s%n", file, pairs.size(), truthWork.size(),
          work.size(), report.score(), misses.isEmpty() ? "" : "; " + String.join("; ", misses));
    }
    Figures f = new Figures(truths.size(), unreadable, threw, name.share(), email.share(), phone.share(),
        parsed == 0 ? 0 : (double) matched / parsed, expected == 0 ? 0 : (double) matched / expected,
        EntryMatching.f1(matched, parsed, expected), start.share(), end.share(), noJobs, withJobs,
        EntryMatching.f1(eduMatched, eduParsed, eduExpected), levelExact.share(), levelNear.share(), yearsNear.share(), gapsShown);
    out.printf(Locale.ROOT, "resumes %d (unreadable %d, threw %d)%n", f.files(), f.unreadable(), f.threw());
    out.printf(Locale.ROOT, "name %.3f (%s)  email %.3f (%s)  phone %.3f (%s)%n", f.name(), name, f.email(), email, f.phone(), phone);
    out.printf(Locale.ROOT, "work entries: precision %.3f, recall %.3f, F1 %.3f (matched %d, read %d, truth %d)%n",
        f.workPrecision(), f.workRecall(), f.workF1(), matched, parsed, expected);
    out.printf(Locale.ROOT, "dates of matched entries: start %.3f (%s), end %.3f (%s)%n", f.startDates(), start, f.endDates(), end);
    out.printf(Locale.ROOT, "resumes that list jobs but yield none: %d of %d%n", f.noJobs(), f.withJobs());
    out.printf(Locale.ROOT, "education by institution: F1 %.3f (matched %d, read %d, truth %d)%n", f.educationF1(), eduMatched, eduParsed, eduExpected);
    out.printf(Locale.ROOT, "level: exact %.3f (%s), within one %.3f (%s)%n", f.levelExact(), levelExact, f.levelWithinOne(), levelNear);
    LevelCrossCheck.Result cc = LevelCrossCheck.run(levelCases);
    out.printf(Locale.ROOT, "level weights cross-check: shipped %.3f, best of the grid in sample %.3f (%s), leave-one-out %.3f%n",
        cc.shipped(), cc.bestInSample(), cc.best(), cc.leaveOneOut());
    out.printf(Locale.ROOT, "professional years within one of the truth's full-time jobs: %.3f (%s)%n", f.yearsWithinOne(), yearsNear);
    out.printf(Locale.ROOT, "level gaps naming what the resume shows: %d%n", f.gapsShown());
    out.flush();
    return f;
  }

  /** Whether the figures meet the floors; each miss is printed. */
  public static boolean check(Figures f, Floors floors, PrintWriter out) {
    List<String> fails = new ArrayList<>();
    under(fails, "work F1", f.workF1(), floors.workF1());
    under(fails, "start dates", f.startDates(), floors.startDates());
    under(fails, "name", f.name(), floors.name());
    under(fails, "email", f.email(), floors.email());
    under(fails, "phone", f.phone(), floors.phone());
    under(fails, "level exact", f.levelExact(), floors.levelExact());
    under(fails, "level within one", f.levelWithinOne(), floors.levelWithinOne());
    under(fails, "professional years within one", f.yearsWithinOne(), floors.yearsWithinOne());
    if (f.gapsShown() > 0) {
      fails.add(f.gapsShown() + " level gaps name something the resume already shows");
    }
    if (f.threw() > 0) {
      fails.add(f.threw() + " file(s) threw");
    }
    double per40 = f.withJobs() == 0 ? 0 : 40.0 * f.noJobs() / f.withJobs();
    if (per40 > floors.maxNoJobsPer40() + 1e-9) {
      fails.add(String.format(Locale.ROOT, "resumes with jobs but none read: %.1f per 40, at most %d", per40, floors.maxNoJobsPer40()));
    }
    fails.forEach(m -> out.println("FAIL: " + m));
    out.flush();
    return fails.isEmpty();
  }

  private static void under(List<String> fails, String what, double value, double floor) {
    if (value + 1e-9 < floor) {
      fails.add(String.format(Locale.ROOT, "%s %.3f, floor %.2f", what, value, floor));
    }
  }

  /** Work entries of the given kind of section, as compared with the truth. */
  static List<Job> jobs(Report report, SectionKind kind) {
    List<Job> out = new ArrayList<>();
    report.resume().sections(kind).flatMap(s -> s.entries().stream())
        .filter(e -> e.title() != null || e.organization() != null)
        .forEach(e -> out.add(new Job(value(e.title()), value(e.organization()),
            e.dates() == null ? null : e.dates().start().iso(),
            e.dates() == null ? null : e.dates().present() ? "present" : e.dates().end() == null ? e.dates().start().iso() : e.dates().end().iso())));
    return out;
  }

  /** The school of an education entry: the part that is not the degree. */
  private static String schoolOf(Entry e) {
    return e.organization() != null ? e.organization().value() : value(e.title());
  }

  /** Truth schools matched to read ones by their names; an institution read as the title counts too. */
  private static List<Pair> schoolMatches(List<String> truth, List<String> read) {
    List<Job> t = truth.stream().map(s -> new Job("", s, null, null)).toList();
    List<Job> r = read.stream().map(s -> new Job("", s, null, null)).toList();
    return EntryMatching.match(t, r);
  }

  private interface Same {
    boolean test(String truth, String read);
  }

  private static void contact(Tally tally, String what, String truth, String read, List<String> misses, Same same) {
    if (truth == null) {
      return;
    }
    boolean ok = read != null && same.test(truth, read);
    tally.add(ok);
    if (!ok) {
      misses.add(what + (read == null ? " not found" : " wrong"));
    }
  }

  /** Names agree when their words do, whatever the case ("JANE DOE" is Jane Doe). */
  static boolean sameName(String truth, String read) {
    return EntryMatching.tokens(truth).equals(EntryMatching.tokens(read));
  }

  /** Phones agree on their digits; a country code on one side only does not matter. */
  static boolean samePhone(String truth, String read) {
    String a = truth.replaceAll("\\D", "");
    String b = read.replaceAll("\\D", "");
    if (a.equals(b)) {
      return true;
    }
    String longer = a.length() >= b.length() ? a : b;
    String shorter = longer == a ? b : a;
    String local = shorter.startsWith("0") ? shorter.substring(1) : shorter;
    return local.length() >= 7 && longer.endsWith(local);
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isTextual() && !v.asText().isBlank() ? v.asText() : null;
  }

  private static String value(Field f) {
    return f == null ? null : f.value();
  }

  /** A count of right answers out of all. */
  static final class Tally {
    int right;
    int all;

    void add(boolean ok) {
      all++;
      right += ok ? 1 : 0;
    }

    double share() {
      return all == 0 ? 1 : (double) right / all;
    }

    @Override
    public String toString() {
      return right + "/" + all;
    }
  }
}
