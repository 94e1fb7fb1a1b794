package dev.prism.ingest.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How the corpus evaluations decide that a parsed work entry is a true one: title and employer
 * each share at least {@link #THRESHOLD} of their word tokens (Jaccard) with the truth, and each
 * truth entry is matched to at most one parsed entry, best pairs first. The measure is the one the
 * issues state, so that the figures here and those measured on unseen files agree.
 */
final class EntryMatching {
  static final double THRESHOLD = 0.6;

  /** A work entry reduced to what is compared; any field may be null. */
  record Job(String title, String company, String start, String end) {}

  /** Pairs of indexes (truth, parsed) that match. */
  record Pair(int truth, int parsed) {}

  private EntryMatching() {}

  static List<Pair> match(List<Job> truth, List<Job> parsed) {
    record Candidate(int t, int p, double score) {}
    List<Candidate> candidates = new ArrayList<>();
    for (int t = 0; t < truth.size(); t++) {
      for (int p = 0; p < parsed.size(); p++) {
        double title = overlap(truth.get(t).title(), parsed.get(p).title());
        double company = overlap(truth.get(t).company(), parsed.get(p).company());
        if (title >= THRESHOLD && company >= THRESHOLD) {
          // Same dates break ties between roles with one title at one employer.
          double dates = same(truth.get(t).start(), parsed.get(p).start()) ? 0.01 : 0;
          candidates.add(new Candidate(t, p, title + company + dates));
        }
      }
    }
    candidates.sort(Comparator.comparingDouble(Candidate::score).reversed()
        .thenComparingInt(Candidate::t).thenComparingInt(Candidate::p));
    Set<Integer> usedT = new HashSet<>();
    Set<Integer> usedP = new HashSet<>();
    List<Pair> pairs = new ArrayList<>();
    for (Candidate c : candidates) {
      if (usedT.add(c.t())) {
        if (usedP.add(c.p())) {
          pairs.add(new Pair(c.t(), c.p()));
        } else {
          usedT.remove(c.t());
        }
      }
    }
    pairs.sort(Comparator.comparingInt(Pair::truth));
    return pairs;
  }

  /**
   * Token Jaccard of two fields. A field the truth leaves empty matches an empty parsed field only:
   * a resume that names no employer is read right when none is found.
   */
  static double overlap(String truth, String parsed) {
    Set<String> a = tokens(truth);
    Set<String> b = tokens(parsed);
    if (a.isEmpty() || b.isEmpty()) {
      return a.isEmpty() && b.isEmpty() ? 1 : 0;
    }
    Set<String> both = new HashSet<>(a);
    both.retainAll(b);
    Set<String> either = new HashSet<>(a);
    either.addAll(b);
    return (double) both.size() / either.size();
  }

  /** Lower-case words of letters and digits, accents folded: "Globex Co.." and "globex co" agree. */
  static Set<String> tokens(String s) {
    Set<String> out = new HashSet<>();
    if (s == null) {
      return out;
    }
    String folded = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    for (String w : folded.split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * Whether two dates as "YYYY-MM", "YYYY" or "present" agree. A truth that gives only the year is
   * met by any month of it; a truth month is not met by a year alone.
   */
  static boolean same(String truth, String parsed) {
    if (truth == null || parsed == null) {
      return truth == null && parsed == null;
    }
    String t = truth.toLowerCase(Locale.ROOT);
    String p = parsed.toLowerCase(Locale.ROOT);
    if (t.length() == 4 && p.length() >= 4 && !p.equals("present")) {
      return p.startsWith(t);
    }
    return t.equals(p);
  }

  static double f1(int matched, int parsed, int truth) {
    double precision = parsed == 0 ? 0 : (double) matched / parsed;
    double recall = truth == 0 ? 0 : (double) matched / truth;
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }
}
