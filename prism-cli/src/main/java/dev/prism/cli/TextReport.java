package dev.prism.cli;

import dev.prism.core.Prism;
import dev.prism.core.bullet.BulletLabel;
import dev.prism.core.model.ParseWarning;
import dev.prism.core.model.Span;
import dev.prism.core.report.LevelText;
import dev.prism.core.report.Priorities;
import dev.prism.core.report.Report;
import dev.prism.core.role.Dimension;
import dev.prism.core.rules.Context.AnalyzedBullet;
import dev.prism.core.rules.Finding;
import dev.prism.core.rules.Suggestion;
import dev.prism.core.score.DimensionScore;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The report for people in a terminal: fits 80 columns; colour only on a terminal. Order: the score,
 * the three fixes worth the most points, the sub-scores, the weakest bullets with reasons and
 * rewrites, the findings by what they cost, the level gaps.
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
    Priorities priorities = r.priorities();
    printTopFixes(r, priorities);
    out.println();
    for (DimensionScore d : r.scorecard().dimensions()) {
      String bar = "█".repeat(d.score() / 10) + "░".repeat(10 - d.score() / 10);
      out.printf(Locale.ROOT, "  %-15s %3d  %s  weight %.2f%n", name(d.dimension()), d.score(), scoreColour(d.score(), bar), d.weight());
    }

    out.println();
    out.println(bold("Level"));
    wrap(LevelText.headline(r.level(), r.role(), r.target()), "  ", "  ");
    for (String e : r.level().evidence()) {
      wrap(e, "  - ", "    ");
    }
    for (String a : LevelText.axes(r.level())) {
      wrap(a, "  · ", "    ");
    }
    for (String y : LevelText.years(r.level().timeline())) {
      wrap(y, "  · ", "    ");
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

    // Weak bullets are listed above; the rest by what they cost, one entry per rule.
    List<Priorities.Group> groups = priorities.groups().stream().filter(g -> !g.rule().equals("WEAK_BULLET")).toList();
    out.println();
    out.println(bold("Findings") + "  " + groups.stream().mapToInt(g -> g.findings().size()).sum());
    for (Priorities.Group g : groups) {
      printGroup(r, priorities, g);
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

  /** The fixes worth the most points, each with the place to start and what to write there. */
  private void printTopFixes(Report r, Priorities p) {
    if (p.topFixes().isEmpty()) {
      return;
    }
    out.println();
    out.println(bold("Fix these first"));
    int n = 1;
    for (Priorities.Fix f : p.topFixes()) {
      String where = f.count() == 1 ? "line " + line(r.text(), f.span()) : f.count() + " places, first at line " + line(r.text(), f.span());
      wrap(bold(f.title()) + "  " + green(points(f.points())) + " · " + where, "  " + n++ + ". ", "     ");
      if (f.bullet() != null) {
        wrap("\"" + f.span().of(r.text()).strip() + "\"", "     ", "     ");
      }
      wrap(f.message(), "     ", "     ");
      if (f.suggestion() != null) {
        wrap(f.suggestion(), "     " + green("try:") + " ", "          ");
      }
    }
  }

  private static String points(double points) {
    double p = Priorities.rounded(points);
    return "+" + (p == Math.rint(p) ? String.valueOf((long) p) : String.valueOf(p)) + (p == 1 ? " point" : " points");
  }

  private void printGroup(Report r, Priorities p, Priorities.Group g) {
    Finding first = r.findings().get(g.findings().get(0));
    int from = g.findings().stream().mapToInt(i -> line(r.text(), r.findings().get(i).span())).min().orElse(1);
    int to = g.findings().stream().mapToInt(i -> line(r.text(), r.findings().get(i).span())).max().orElse(1);
    String head = severity(first) + " " + g.title() + (g.findings().size() > 1 ? " ×" + g.findings().size() : "")
        + (from == to ? "  line " + from : "  lines " + from + "–" + to);
    if (Priorities.rounded(g.points()) > 0) {
      head += "  " + points(g.points()).replace('+', '-');
    }
    wrap(head, "  ", "    ");
    wrap(first.message() + " (" + g.rule() + ")", "    ", "    ");
    if (g.findings().size() >= GROUP_FROM) {
      // Many findings of one rule (a long list of unused skills) read better as one list of places.
      List<String> items = g.findings().stream().sorted().map(i -> r.findings().get(i).span().of(r.text()).strip())
          .map(s -> s.length() > 40 ? s.substring(0, 39) + "…" : s).toList();
      wrap(String.join(", ", items), "    found: ", "           ");
    }
    for (Suggestion s : first.suggestions()) {
      if (!(s instanceof Suggestion.Draft)) {
        wrap(s.text(), "    → ", "      ");
      }
    }
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
