package dev.prism.cli;

import dev.prism.core.Prism;
import dev.prism.core.bullet.BulletLabel;
import dev.prism.core.model.ParseWarning;
import dev.prism.core.model.Span;
import dev.prism.core.report.Report;
import dev.prism.core.role.Dimension;
import dev.prism.core.rules.Context.AnalyzedBullet;
import dev.prism.core.rules.Finding;
import dev.prism.core.rules.Rule;
import dev.prism.core.rules.Rules;
import dev.prism.core.rules.Suggestion;
import dev.prism.core.score.DimensionScore;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The report for people in a terminal: fits 80 columns; colour only on a terminal. Order: the score
 * and sub-scores, the weakest bullets with reasons and rewrites, the findings, the level gaps.
 */
final class TextReport {
  static final int WIDTH = 80;
  private static final int WEAKEST = 5;
  /** From this many findings of one rule on, they are listed as one entry. */
  private static final int GROUP_FROM = 4;

  private final PrintWriter out;
  private final boolean colour;

  TextReport(PrintWriter out, boolean colour) {
    this.out = out;
    this.colour = colour;
  }

  void print(Report r, String name) {
    out.println(bold("Prism " + Prism.VERSION) + " · " + r.role().name() + " · " + name);
    if (r.notAResume()) {
      out.println();
      wrap(red("This does not look like a resume."), "", "");
      wrap("No contact details and no experience, education or skills section were found. Check that this is the right file.", "", "");
      return;
    }
    out.println();
    out.println(bold("Score " + r.score() + "/100") + "  " + colourBand(r.scorecard().band()));
    for (DimensionScore d : r.scorecard().dimensions()) {
      String bar = "█".repeat(d.score() / 10) + "░".repeat(10 - d.score() / 10);
      out.printf(Locale.ROOT, "  %-15s %3d  %s  weight %.2f%n", name(d.dimension()), d.score(), scoreColour(d.score(), bar), d.weight());
    }

    out.println();
    String years = r.level().years() == null ? "" : String.format(Locale.ROOT, ", %.1f years", r.level().years());
    String target = r.target() == null ? "" : "; target " + r.target().id();
    out.println(bold("Level") + "  reads as " + r.level().level().id() + years + target);
    for (String e : r.level().evidence()) {
      wrap(e, "  - ", "    ");
    }

    List<AnalyzedBullet> weakest = new ArrayList<>(r.bullets().stream()
        .filter(b -> b.analysis().label() != BulletLabel.STRONG).toList());
    weakest.sort(Comparator.comparingInt(b -> b.analysis().strength()));
    out.println();
    int strong = (int) r.bullets().stream().filter(b -> b.analysis().label() == BulletLabel.STRONG).count();
    out.println(bold("Bullets") + "  " + strong + " of " + r.bullets().size() + " strong");
    for (AnalyzedBullet b : weakest.subList(0, Math.min(WEAKEST, weakest.size()))) {
      var a = b.analysis();
      String tag = a.label() == BulletLabel.WEAK ? red("weak " + a.strength()) : yellow("fair " + a.strength());
      out.println();
      wrap("\"" + a.text() + "\"", "  " + tag + "  line " + line(r.text(), b.bullet().span()) + "\n    ", "    ");
      for (String reason : a.reasons()) {
        wrap(reason, "    - ", "      ");
      }
      if (a.suggestion() != null) {
        wrap(a.suggestion(), "    " + green("try:") + " ", "         ");
      }
    }
    if (weakest.size() > WEAKEST) {
      out.println("  … and " + (weakest.size() - WEAKEST) + " more (see --format json)");
    }

    List<Finding> shown = r.findings().stream().filter(f -> !f.rule().equals("WEAK_BULLET")).toList();
    out.println();
    out.println(bold("Findings") + "  " + shown.size());
    java.util.Set<String> grouped = new java.util.HashSet<>();
    for (Finding f : shown) {
      List<Finding> same = shown.stream().filter(o -> o.rule().equals(f.rule())).toList();
      if (same.size() >= GROUP_FROM && same.stream().allMatch(o -> o.severity() == f.severity())) {
        // Many findings of one rule (a long list of unused skills) read better as one entry.
        if (grouped.add(f.rule())) {
          printGroup(r, same);
        }
        continue;
      }
      String head = severity(f) + " " + f.rule() + "  line " + line(r.text(), f.span());
      if (f.penalty() > 0) {
        head += String.format(Locale.ROOT, "  -%.0f %s", f.penalty(), name(f.dimension()).toLowerCase(Locale.ROOT));
      }
      out.println("  " + head);
      wrap(f.message(), "    ", "    ");
      for (Suggestion s : f.suggestions()) {
        if (!(s instanceof Suggestion.Draft)) {
          wrap(s.text(), "    → ", "      ");
        }
      }
    }

    if (!r.gaps().isEmpty()) {
      out.println();
      out.println(bold("Level gaps") + "  " + (r.target() != null ? "for the target level, " + r.target().id()
          : "for the level it reads as, " + r.level().level().id() + " (set one with --level)"));
      for (String g : r.gaps()) {
        wrap(g, "  - ", "    ");
      }
    }
    out.println();
    String t = r.text().strip();
    int words = t.isEmpty() ? 0 : t.split("\\s+").length;
    out.println(bold("Parse") + "  " + r.extraction().format() + ", " + r.extraction().pages() + (r.extraction().pages() == 1 ? " page, " : " pages, ") + words + " words");
    for (ParseWarning w : r.warnings()) {
      wrap(w.code() + ": " + w.message(), "  ! ", "    ");
    }
    out.flush();
  }

  private void printGroup(Report r, List<Finding> same) {
    Finding first = same.get(0);
    double penalty = same.stream().mapToDouble(Finding::penalty).sum();
    int from = line(r.text(), first.span());
    int to = line(r.text(), same.get(same.size() - 1).span());
    String head = severity(first) + " " + first.rule() + " ×" + same.size() + (from == to ? "  line " + from : "  lines " + from + "–" + to);
    if (penalty > 0) {
      head += String.format(Locale.ROOT, "  -%.0f %s", penalty, name(first.dimension()).toLowerCase(Locale.ROOT));
    }
    out.println("  " + head);
    String what = Rules.byId(first.rule()).map(Rule::description).orElse(first.message());
    wrap(what, "    ", "    ");
    List<String> items = same.stream().map(f -> f.span().of(r.text()).strip()).map(s -> s.length() > 40 ? s.substring(0, 39) + "…" : s).toList();
    wrap(String.join(", ", items), "    found: ", "           ");
  }

  static String name(Dimension d) {
    String id = d.id().replace('-', ' ');
    return Character.toUpperCase(id.charAt(0)) + id.substring(1);
  }

  /** 1-based line of a span's start, so people can find it in their file. */
  static int line(String text, Span s) {
    int line = 1;
    for (int i = 0; i < s.offset() && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /** Word-wraps {@code text} to the width; {@code first} prefixes the first line, {@code rest} the others. */
  void wrap(String text, String first, String rest) {
    int firstNl = first.lastIndexOf('\n');
    if (firstNl >= 0) {
      out.println(first.substring(0, firstNl));
      first = first.substring(firstNl + 1);
    }
    StringBuilder line = new StringBuilder(first);
    int visible = visibleLength(first);
    boolean empty = true;
    for (String word : text.split("\\s+")) {
      if (!empty && visible + 1 + word.length() > WIDTH) {
        out.println(line);
        line = new StringBuilder(rest);
        visible = rest.length();
        empty = true;
      }
      if (!empty) {
        line.append(' ');
        visible++;
      }
      line.append(word);
      visible += word.length();
      empty = false;
    }
    out.println(line);
  }

  private static int visibleLength(String s) {
    return s.replaceAll("\u001b\\[[0-9;]*m", "").length();
  }

  private String severity(Finding f) {
    return switch (f.severity()) {
      case ERROR -> red("error  ");
      case WARNING -> yellow("warning");
      case INFO -> "info   ";
    };
  }

  private String colourBand(String band) {
    return switch (band) {
      case "excellent", "good" -> green(band);
      case "fair" -> yellow(band);
      default -> red(band);
    };
  }

  private String scoreColour(int score, String s) {
    return score >= 70 ? green(s) : score >= 50 ? yellow(s) : red(s);
  }

  private String bold(String s) {
    return colour ? "\u001b[1m" + s + "\u001b[0m" : s;
  }

  private String red(String s) {
    return colour ? "\u001b[31m" + s + "\u001b[0m" : s;
  }

  private String green(String s) {
    return colour ? "\u001b[32m" + s + "\u001b[0m" : s;
  }

  private String yellow(String s) {
    return colour ? "\u001b[33m" + s + "\u001b[0m" : s;
  }
}
