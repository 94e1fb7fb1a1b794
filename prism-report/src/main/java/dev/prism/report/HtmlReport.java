package dev.prism.report;

import dev.prism.core.Prism;
import dev.prism.core.bullet.BulletLabel;
import dev.prism.core.model.ParseWarning;
import dev.prism.core.model.Span;
import dev.prism.core.report.Priorities;
import dev.prism.core.report.LevelText;
import dev.prism.core.report.Report;
import dev.prism.core.role.Dimension;
import dev.prism.core.rules.Context.AnalyzedBullet;
import dev.prism.core.rules.Finding;
import dev.prism.core.rules.Suggestion;
import dev.prism.core.score.DimensionScore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A report as one self-contained HTML file: styles inline, no scripts, fonts or images, so it opens
 * offline and can be mailed or archived as is. It shows what the web page shows: the score and
 * sub-scores, the resume text with every bullet highlighted by strength, each bullet's reasons and
 * rewrite, the findings, the level and its gaps, and the parse warnings.
 *
 * <p>The output is well-formed XHTML as well as HTML, because {@link PdfReport} renders the same
 * document with an XML parser. Every piece of resume text passes through {@link #escape}.
 */
public final class HtmlReport {
  private static final String CSS = css();

  private HtmlReport() {}

  /** The report for the file called {@code name} (shown in the heading only). */
  public static String render(Report r, String name) {
    StringBuilder h = new StringBuilder(32_768);
    h.append("<!DOCTYPE html>\n<html lang=\"en\" xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<title>Prism report: ").append(escape(name)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
    h.append("<header><h1>Prism report</h1><p class=\"meta\">").append(escape(name)).append(" &#183; ")
        .append(escape(r.role().name())).append(" &#183; engine ").append(Prism.VERSION).append(", model ").append(Report.MODEL)
        .append("</p></header>\n");
    if (r.notAResume()) {
      h.append("<section class=\"notice\"><h2>This does not look like a resume</h2><p>No contact details and no experience, "
          + "education or skills section were found. Check that this is the right file.</p></section>\n");
    }
    score(h, r);
    fixes(h, r);
    level(h, r);
    text(h, r);
    bullets(h, r);
    findings(h, r);
    parse(h, r);
    h.append("<footer>Made by Prism ").append(Prism.VERSION).append(". This file loads nothing from the network.</footer>\n");
    h.append("</body>\n</html>\n");
    return h.toString();
  }

  private static void score(StringBuilder h, Report r) {
    String band = r.scorecard().band();
    h.append("<section class=\"score\"><h2>Score</h2><p class=\"total\"><span class=\"n band-").append(escape(band)).append("\">")
        .append(r.score()).append("</span><span class=\"of\">/100</span> <span class=\"band\">").append(escape(band)).append("</span></p>\n");
    h.append("<table class=\"dims\"><thead><tr><th>Dimension</th><th>Score</th><th class=\"barcol\"></th><th>Weight</th></tr></thead><tbody>\n");
    for (DimensionScore d : r.scorecard().dimensions()) {
      h.append("<tr><td>").append(name(d.dimension())).append("</td><td class=\"num\">").append(d.score())
          .append("</td><td class=\"barcol\"><div class=\"bar\"><div class=\"fill ").append(tone(d.score()))
          .append("\" style=\"width:").append(d.score()).append("%\"></div></div></td><td class=\"num\">")
          .append(String.format(Locale.ROOT, "%.2f", d.weight())).append("</td></tr>\n");
    }
    h.append("</tbody></table></section>\n");
  }

  /** The fixes worth the most points, as the CLI and the page open with them. */
  private static void fixes(StringBuilder h, Report r) {
    List<Priorities.Fix> top = r.priorities().topFixes();
    if (top.isEmpty()) {
      return;
    }
    SourceMap.Lines lines = new SourceMap.Lines(r.text());
    h.append("<section class=\"fixes\"><h2>Fix these first</h2><ol class=\"fixes\">\n");
    for (Priorities.Fix f : top) {
      h.append("<li><p class=\"head\"><strong>").append(escape(f.title())).append("</strong> <span class=\"gain\">+")
          .append(String.format(Locale.ROOT, "%.1f", Priorities.rounded(f.points()))).append(" points</span> ")
          .append(f.count() == 1 ? "line " : f.count() + " places, first at line ").append(lines.line(f.span().offset()));
      if (f.bullet() != null) {
        h.append(" (<a href=\"#").append(escape(f.bullet())).append("\">bullet</a>)");
      }
      h.append("</p><p>").append(escape(f.message())).append("</p>");
      if (f.suggestion() != null) {
        h.append("<p class=\"rewrite\"><span class=\"try\">Try:</span> ").append(escape(f.suggestion())).append("</p>");
      }
      h.append("</li>\n");
    }
    h.append("</ol></section>\n");
  }

  private static void level(StringBuilder h, Report r) {
    h.append("<section class=\"level\"><h2>Level</h2><p><strong>").append(escape(LevelText.headline(r.level(), r.role(), r.target())))
        .append("</strong></p>\n");
    list(h, "evidence", r.level().evidence());
    h.append("<h3>Evidence along the matrix</h3>\n");
    list(h, "axes", LevelText.axes(r.level()));
    h.append("<h3>Professional years</h3>\n");
    list(h, "years", LevelText.years(r.level().timeline()));
    if (!r.gaps().isEmpty()) {
      h.append("<h3>What ").append((r.target() != null ? r.target() : r.level().level()).id())
          .append(" expects that the resume does not show yet</h3>\n");
      list(h, "gaps", r.gaps());
    }
    h.append("</section>\n");
  }

  /** The resume text, each bullet marked by its label and linked to its details. */
  private static void text(StringBuilder h, Report r) {
    String t = r.text();
    h.append("<section class=\"resume\"><h2>Resume</h2><p class=\"legend\"><span class=\"strong\">strong</span> "
        + "<span class=\"fair\">fair</span> <span class=\"weak\">weak</span></p>\n<pre class=\"text\">");
    List<AnalyzedBullet> ordered = new ArrayList<>(r.bullets());
    ordered.sort(Comparator.comparingInt(b -> b.bullet().span().offset()));
    int at = 0;
    for (AnalyzedBullet b : ordered) {
      Span s = b.bullet().span();
      if (s.offset() < at || s.end() > t.length()) {
        continue; // overlapping or out of range: leave the text unmarked rather than garble it
      }
      h.append(escape(t.substring(at, s.offset())));
      String label = b.analysis().label().id();
      h.append("<a class=\"mark ").append(label).append("\" href=\"#").append(b.id()).append("\" title=\"")
          .append(label).append(' ').append(b.analysis().strength()).append("\">").append(escape(s.of(t))).append("</a>");
      at = s.end();
    }
    h.append(escape(t.substring(at))).append("</pre></section>\n");
  }

  private static void bullets(StringBuilder h, Report r) {
    long strong = r.bullets().stream().filter(b -> b.analysis().label() == BulletLabel.STRONG).count();
    h.append("<section class=\"bullets\"><h2>Bullets</h2><p>").append(strong).append(" of ").append(r.bullets().size())
        .append(" strong</p>\n<ol class=\"bullets\">\n");
    SourceMap.Lines lines = new SourceMap.Lines(r.text());
    for (AnalyzedBullet b : r.bullets()) {
      var a = b.analysis();
      String label = a.label().id();
      h.append("<li id=\"").append(b.id()).append("\" class=\"").append(label).append("\"><p class=\"head\"><span class=\"badge ")
          .append(label).append("\">").append(label).append(' ').append(a.strength()).append("</span> line ")
          .append(lines.line(b.bullet().span().offset())).append("</p><blockquote>").append(escape(a.text())).append("</blockquote>\n");
      list(h, "reasons", a.reasons());
      if (a.suggestion() != null) {
        h.append("<p class=\"rewrite\"><span class=\"try\">Try:</span> ").append(escape(a.suggestion())).append("</p>\n");
      }
      h.append("</li>\n");
    }
    h.append("</ol></section>\n");
  }

  private static void findings(StringBuilder h, Report r) {
    List<Finding> shown = r.findings().stream().filter(f -> !f.rule().equals("WEAK_BULLET")).toList();
    h.append("<section class=\"findings\"><h2>Findings</h2><p>").append(shown.size())
        .append(" (weak bullets are listed above)</p>\n<ul class=\"findings\">\n");
    SourceMap.Lines lines = new SourceMap.Lines(r.text());
    for (Finding f : shown) {
      String sev = f.severity().id();
      h.append("<li class=\"").append(sev).append("\"><p class=\"head\"><span class=\"badge ").append(sev).append("\">").append(sev)
          .append("</span> <code>").append(escape(f.rule())).append("</code> line ").append(lines.line(f.span().offset()));
      if (f.penalty() > 0) {
        h.append(String.format(Locale.ROOT, " <span class=\"penalty\">-%.0f %s</span>", f.penalty(),
            name(f.dimension()).toLowerCase(Locale.ROOT)));
      }
      h.append("</p><p>").append(escape(f.message())).append("</p>\n");
      if (f.span().length() > 0 && f.span().end() <= r.text().length()) {
        String quoted = f.span().of(r.text()).strip();
        h.append("<p class=\"quote\">").append(escape(quoted.length() > 200 ? quoted.substring(0, 199) + "..." : quoted)).append("</p>\n");
      }
      List<String> tips = f.suggestions().stream().filter(s -> !(s instanceof Suggestion.Draft)).map(Suggestion::text).toList();
      list(h, "suggestions", tips);
      h.append("</li>\n");
    }
    h.append("</ul></section>\n");
  }

  private static void parse(StringBuilder h, Report r) {
    String t = r.text().strip();
    int words = t.isEmpty() ? 0 : t.split("\\s+").length;
    h.append("<section class=\"parse\"><h2>Parse</h2><p>").append(escape(r.extraction().format())).append(", ")
        .append(r.extraction().pages()).append(r.extraction().pages() == 1 ? " page, " : " pages, ").append(words).append(" words</p>\n");
    list(h, "warnings", r.warnings().stream().map(w -> w.code() + ": " + w.message()).toList());
    h.append("</section>\n");
  }

  private static void list(StringBuilder h, String cls, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    h.append("<ul class=\"").append(cls).append("\">");
    for (String s : items) {
      h.append("<li>").append(escape(s)).append("</li>");
    }
    h.append("</ul>\n");
  }

  private static String tone(int score) {
    return score >= 80 ? "good" : score >= 50 ? "fair" : "poor";
  }

  static String name(Dimension d) {
    String id = d.id().replace('-', ' ');
    return Character.toUpperCase(id.charAt(0)) + id.substring(1);
  }

  /**
   * Text for HTML and XML alike: markup characters become entities, and characters XML forbids
   * (control characters, lone surrogates) become U+FFFD, so hostile text can neither inject markup
   * nor break the PDF renderer's parser.
   */
  public static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            b.append(c).append(s.charAt(++i));
          } else if (c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c < 0xD800 || c > 0xDFFF && c < 0xFFFE) {
            b.append(c);
          } else {
            b.append('\uFFFD');
          }
        }
      }
    }
    return b.toString();
  }

  private static String css() {
    try (InputStream in = HtmlReport.class.getResourceAsStream("report.css")) {
      if (in == null) {
        throw new IllegalStateException("dev/prism/report/report.css is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
