package dev.prism.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.prism.core.match.Importance;
import dev.prism.core.match.JobDescription;
import dev.prism.core.match.JobDescriptions;
import dev.prism.core.match.Requirement;
import dev.prism.core.model.Span;
import dev.prism.core.vocab.Mention;
import dev.prism.core.vocab.Technologies;
import dev.prism.core.vocab.Term;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Measures how Prism reads real job postings against hand-made truth ({@code jd-NN.txt} beside
 * {@code jd-NN.truth.json}; format in the corpus folder's README).
 *
 * <p>A truth term is written "canonical (the posting's spelling)". It names a vocabulary term when
 * the whole canonical name, or the whole spelling, is one mention of that term; a truth term the
 * vocabulary cannot name counts as missed, never as skipped. Required truth is {@code required} plus
 * every member of {@code anyOf}; a term both required and preferred in the truth counts as required.
 *
 * <ul>
 *   <li>required recall: truth-required terms Prism reports as required; preferred recall likewise;
 *   <li>precision: terms Prism reports (as required, or at all) that are truth terms of either kind;
 *       the strict figure counts only those of the same kind;
 *   <li>confusions: truth terms found with the other importance, over all truth terms;
 *   <li>minimum years and seniority: equal to the truth (null for null counts as right);
 *   <li>company: found, of the postings whose truth names one, equal after case, punctuation and
 *       legal suffixes ("Inc.") are set aside;
 *   <li>boilerplate: requirements whose source sentence overlaps a truth boilerplate quote; must be 0.
 * </ul>
 */
public final class JobEvaluation {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern TRUTH_TERM = Pattern.compile("^(.*?)\\s*(?:\\(([^()]*)\\))?\\s*$");
  private static final Set<String> LEGAL = Set.of("inc", "llc", "ltd", "corp", "corporation", "co", "gmbh", "plc", "limited");

  /** The figures, shares from 0 to 1 unless a count. */
  public record Figures(
      int postings, int requiredTruth, int preferredTruth, double requiredRecall, double requiredPrecision,
      double requiredPrecisionStrict, double preferredRecall, double preferredPrecision, double precision, int confusions,
      double confusionShare, double years, double seniority, double company, int companyTruth, int boilerplateTerms,
      int unknownTruthTerms) {}

  /** The floors a run must meet; confusions and boilerplate terms are ceilings. */
  public record Floors(double requiredRecall, double requiredPrecision, double preferredRecall, double maxConfusionShare,
      double years, double company, int maxBoilerplateTerms) {}

  private JobEvaluation() {}

  /** Reads every {@code *.truth.json} in {@code dir} with its posting, and prints the figures (and, with details, each miss). */
  public static Figures run(Path dir, boolean details, PrintWriter out) throws IOException {
    List<Path> truths;
    try (Stream<Path> files = Files.list(dir)) {
      truths = files.filter(p -> p.getFileName().toString().endsWith(".truth.json")).sorted().toList();
    }
    int postings = 0;
    int reqTruth = 0;
    int reqFound = 0;
    int prefTruth = 0;
    int prefFound = 0;
    int predReq = 0;
    int predReqTrue = 0;
    int predReqStrict = 0;
    int predPref = 0;
    int predPrefTrue = 0;
    int confusions = 0;
    int yearsRight = 0;
    int seniorityRight = 0;
    int companyTruth = 0;
    int companyRight = 0;
    int boilerplate = 0;
    int unknown = 0;
    for (Path truthFile : truths) {
      String name = truthFile.getFileName().toString().replace(".truth.json", "");
      Path posting = dir.resolve(name + ".txt");
      if (!Files.exists(posting)) {
        continue;
      }
      postings++;
      JsonNode truth = JSON.readTree(truthFile.toFile());
      String text = Files.readString(posting);
      JobDescription job = JobDescriptions.parse(text);
      List<String> notes = new ArrayList<>();

      // Truth terms, by importance, each with the vocabulary terms that name it.
      Map<String, Set<Term>> required = new LinkedHashMap<>();
      Map<String, Set<Term>> preferred = new LinkedHashMap<>();
      truth.path("required").forEach(t -> required.put(t.asText(), resolve(t.asText())));
      truth.path("anyOf").forEach(g -> g.forEach(t -> required.put(t.asText(), resolve(t.asText()))));
      truth.path("preferred").forEach(t -> {
        if (!required.containsKey(t.asText())) {
          preferred.put(t.asText(), resolve(t.asText()));
        }
      });
      Set<Term> truthReq = new LinkedHashSet<>();
      required.values().forEach(truthReq::addAll);
      Set<Term> truthPref = new LinkedHashSet<>();
      preferred.values().forEach(truthPref::addAll);
      truthPref.removeAll(truthReq);

      // Prism's terms: a term asked for as a must-have anywhere is a must-have.
      Map<Term, Importance> predicted = new LinkedHashMap<>();
      for (Requirement r : job.requirements()) {
        for (Term t : r.anyOf()) {
          if (predicted.get(t) != Importance.REQUIRED) {
            predicted.put(t, r.importance());
          }
        }
      }

      for (Map.Entry<String, Set<Term>> e : required.entrySet()) {
        reqTruth++;
        if (e.getValue().isEmpty()) {
          unknown++;
          notes.add("  unknown required: " + e.getKey());
          continue;
        }
        Importance got = importanceOf(e.getValue(), predicted);
        if (got == Importance.REQUIRED) {
          reqFound++;
        } else if (got == Importance.PREFERRED) {
          confusions++;
          notes.add("  required read as preferred: " + e.getKey());
        } else {
          notes.add("  missed required: " + e.getKey());
        }
      }
      for (Map.Entry<String, Set<Term>> e : preferred.entrySet()) {
        prefTruth++;
        if (e.getValue().isEmpty()) {
          unknown++;
          notes.add("  unknown preferred: " + e.getKey());
          continue;
        }
        Importance got = importanceOf(e.getValue(), predicted);
        if (got == Importance.PREFERRED) {
          prefFound++;
        } else if (got == Importance.REQUIRED) {
          confusions++;
          notes.add("  preferred read as required: " + e.getKey());
        } else {
          notes.add("  missed preferred: " + e.getKey());
        }
      }
      for (Map.Entry<Term, Importance> p : predicted.entrySet()) {
        boolean isTruth = truthReq.contains(p.getKey()) || truthPref.contains(p.getKey());
        if (p.getValue() == Importance.REQUIRED) {
          predReq++;
          predReqTrue += isTruth ? 1 : 0;
          predReqStrict += truthReq.contains(p.getKey()) ? 1 : 0;
        } else {
          predPref++;
          predPrefTrue += isTruth ? 1 : 0;
        }
        if (!isTruth) {
          notes.add("  extra " + p.getValue().id() + ": " + p.getKey().canonical() + " (" + sentenceOf(job, p.getKey()) + ")");
        }
      }

      // Boilerplate quotes that gave a requirement.
      List<Span> quotes = new ArrayList<>();
      for (JsonNode q : truth.path("boilerplate")) {
        int at = text.indexOf(q.asText());
        if (at >= 0) {
          quotes.add(new Span(at, q.asText().length()));
        }
      }
      for (Requirement r : job.requirements()) {
        for (Span q : quotes) {
          if (r.span().offset() < q.end() && q.offset() < r.span().end()) {
            boilerplate++;
            notes.add("  from boilerplate: " + r.name() + " (" + r.sentence() + ")");
            break;
          }
        }
      }

      Integer yearsTruth = truth.path("years_min").isNumber() ? truth.path("years_min").asInt() : null;
      boolean yearsOk = java.util.Objects.equals(yearsTruth, job.years());
      yearsRight += yearsOk ? 1 : 0;
      if (!yearsOk) {
        notes.add("  years: " + job.years() + ", truth " + yearsTruth);
      }
      String seniorityTruth = truth.path("seniority").isTextual() ? truth.path("seniority").asText() : null;
      String seniority = job.level() == null ? null : job.level().id();
      boolean seniorityOk = java.util.Objects.equals(seniorityTruth, seniority);
      seniorityRight += seniorityOk ? 1 : 0;
      if (!seniorityOk) {
        notes.add("  seniority: " + seniority + ", truth " + seniorityTruth);
      }
      if (truth.path("company").isTextual() && !truth.path("company").asText().isBlank()) {
        companyTruth++;
        boolean ok = job.company() != null && company(job.company()).equals(company(truth.path("company").asText()));
        companyRight += ok ? 1 : 0;
        if (!ok) {
          notes.add("  company: " + job.company() + ", truth " + truth.path("company").asText());
        }
      }
      if (details && !notes.isEmpty()) {
        out.println(name + " · " + job.title());
        notes.forEach(out::println);
      }
    }
    int truthTerms = reqTruth + prefTruth;
    Figures f = new Figures(postings, reqTruth, prefTruth, share(reqFound, reqTruth), share(predReqTrue, predReq),
        share(predReqStrict, predReq), share(prefFound, prefTruth), share(predPrefTrue, predPref),
        share(predReqTrue + predPrefTrue, predReq + predPref), confusions, share(confusions, truthTerms),
        share(yearsRight, postings), share(seniorityRight, postings), share(companyRight, companyTruth), companyTruth,
        boilerplate, unknown);
    print(f, out);
    return f;
  }

  /** Prints each figure against its floor; true when all hold. */
  public static boolean check(Figures f, Floors floors, PrintWriter out) {
    List<String> fails = new ArrayList<>();
    floor(fails, "required recall", f.requiredRecall(), floors.requiredRecall());
    floor(fails, "required precision", f.requiredPrecision(), floors.requiredPrecision());
    floor(fails, "preferred recall", f.preferredRecall(), floors.preferredRecall());
    floor(fails, "minimum years", f.years(), floors.years());
    floor(fails, "company", f.company(), floors.company());
    if (f.confusionShare() > floors.maxConfusionShare()) {
      fails.add(String.format(Locale.ROOT, "confusions %.3f over %.3f", f.confusionShare(), floors.maxConfusionShare()));
    }
    if (f.boilerplateTerms() > floors.maxBoilerplateTerms()) {
      fails.add("boilerplate terms " + f.boilerplateTerms() + " over " + floors.maxBoilerplateTerms());
    }
    fails.forEach(s -> out.println("under floor: " + s));
    return fails.isEmpty();
  }

  private static void floor(List<String> fails, String what, double got, double floor) {
    if (got < floor) {
      fails.add(String.format(Locale.ROOT, "%s %.3f under %.3f", what, got, floor));
    }
  }

  private static void print(Figures f, PrintWriter out) {
    out.printf(Locale.ROOT, "postings               %d (%d required, %d preferred truth terms; %d the vocabulary cannot name)%n",
        f.postings(), f.requiredTruth(), f.preferredTruth(), f.unknownTruthTerms());
    out.printf(Locale.ROOT, "required recall        %.3f%n", f.requiredRecall());
    out.printf(Locale.ROOT, "required precision     %.3f (same kind only: %.3f)%n", f.requiredPrecision(), f.requiredPrecisionStrict());
    out.printf(Locale.ROOT, "preferred recall       %.3f%n", f.preferredRecall());
    out.printf(Locale.ROOT, "preferred precision    %.3f%n", f.preferredPrecision());
    out.printf(Locale.ROOT, "confusions             %d (%.3f of truth terms)%n", f.confusions(), f.confusionShare());
    out.printf(Locale.ROOT, "minimum years          %.3f%n", f.years());
    out.printf(Locale.ROOT, "seniority              %.3f%n", f.seniority());
    out.printf(Locale.ROOT, "company                %.3f (of %d naming one)%n", f.company(), f.companyTruth());
    out.printf(Locale.ROOT, "boilerplate terms      %d%n", f.boilerplateTerms());
    out.flush();
  }

  private static Importance importanceOf(Set<Term> terms, Map<Term, Importance> predicted) {
    Importance best = null;
    for (Term t : terms) {
      Importance i = predicted.get(t);
      if (i == Importance.REQUIRED) {
        return i;
      }
      if (i != null) {
        best = i;
      }
    }
    return best;
  }

  private static String sentenceOf(JobDescription job, Term t) {
    for (Requirement r : job.requirements()) {
      if (r.anyOf().contains(t)) {
        String s = r.sentence();
        return s.length() > 90 ? s.substring(0, 90) + "…" : s;
      }
    }
    return "";
  }

  /** The vocabulary terms a truth term names: its canonical name or its spelling, each read whole. */
  static Set<Term> resolve(String truthTerm) {
    Set<Term> out = new LinkedHashSet<>();
    Matcher m = TRUTH_TERM.matcher(truthTerm);
    if (!m.matches()) {
      return out;
    }
    for (String s : new String[] {m.group(1), m.group(2)}) {
      if (s == null || s.isBlank()) {
        continue;
      }
      String name = s.strip();
      List<Mention> ms = Technologies.jobMatcher().find(name);
      if (ms.size() == 1 && ms.get(0).span().offset() == 0 && ms.get(0).span().end() == name.length()) {
        out.add(ms.get(0).term());
      }
    }
    return out;
  }

  static String company(String name) {
    List<String> words = new ArrayList<>(List.of(name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim().split(" ")));
    while (words.size() > 1 && LEGAL.contains(words.get(words.size() - 1))) {
      words.remove(words.size() - 1);
    }
    return String.join(" ", words);
  }

  private static double share(int n, int of) {
    return of == 0 ? 1.0 : (double) n / of;
  }
}
