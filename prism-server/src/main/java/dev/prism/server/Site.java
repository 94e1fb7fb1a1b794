package dev.prism.server;

import static dev.prism.core.report.JsonResumeText.dateRange;
import static dev.prism.core.report.JsonResumeText.join;
import static dev.prism.core.report.JsonResumeText.text;
import static dev.prism.server.Html.esc;

import com.fasterxml.jackson.databind.JsonNode;
import dev.prism.core.CheckOptions;
import dev.prism.core.Prism;
import dev.prism.core.bullet.BulletAnalysis;
import dev.prism.core.examples.Example;
import dev.prism.core.examples.Examples;
import dev.prism.core.ingest.UnreadableInputException;
import dev.prism.core.letter.CoverLetter;
import dev.prism.core.letter.CoverLetters;
import dev.prism.core.letter.Tone;
import dev.prism.core.match.JobDescriptions;
import dev.prism.core.model.Extraction;
import dev.prism.core.report.Report;
import dev.prism.core.role.Level;
import dev.prism.core.role.Role;
import dev.prism.core.role.Role.Expectation;
import dev.prism.core.role.Role.LevelProfile;
import dev.prism.core.role.Roles;
import dev.prism.ingest.JsonResumeReader;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The content pages around the checker, rendered on the server so they read without JavaScript:
 * the examples by level (one page each), the expectations by level, weak and strong bullets, the
 * questions people ask, and a cover letter example. Whatever the engine also knows (the matrix,
 * what each level expects, its mistakes, bullet verdicts, a letter) is drawn from the engine and
 * the role file at request time, so the pages and the checker never disagree. The prose is ours,
 * in {@code site/}.
 */
final class Site {
  /** The example a person who does not know their level should open first. */
  static final Level RECOMMENDED = Level.MID;

  private final Prism prism;
  private final Pages pages;
  private final String faq = Guides.resource("site/faq.html");
  private final List<String[]> pairs = pairs(Guides.resource("site/bullet-pairs.tsv"));
  private final String job = Guides.resource("site/example-job.txt");

  Site(Prism prism, Pages pages) {
    this.prism = prism;
    this.pages = pages;
  }

  void register(Javalin app) {
    app.get("/examples", this::examples);
    app.get("/examples/{level}", this::example);
    app.get("/levels", this::levels);
    app.get("/bullets", this::bullets);
    app.get("/faq", this::faq);
    app.get("/cover-letter", this::coverLetter);
  }

  // ---- examples --------------------------------------------------------------------------------

  private void examples(Context ctx) {
    Role role = prism.role(Roles.DEFAULT);
    StringBuilder b = new StringBuilder();
    b.append("<h1>Backend engineer resume examples by level</h1><p class=\"lead\">Four fictional resumes written for Prism, one"
        + " for each level from junior to staff. Compare them to see how the scope of the work and its ownership grow, or pick the"
        + " one closest to you and make it yours.</p>");
    picker(b, role, null);
    Example rec = Examples.get(RECOMMENDED);
    b.append("<section class=\"card recommended\" aria-labelledby=\"rec-h\"><p class=\"eyebrow\">Recommended starting point</p>")
        .append("<h2 id=\"rec-h\">").append(esc(rec.title())).append("</h2>");
    notes(b, rec);
    b.append("<p><a class=\"button\" href=\"/examples/").append(RECOMMENDED.id()).append("\">View the ")
        .append(esc(role.level(RECOMMENDED).name().toLowerCase(Locale.ROOT))).append(" example</a></p>")
        .append("<p class=\"muted\">Or choose your level above to find the closest match.</p></section>");
    b.append("<h2>All four levels</h2><ul class=\"cards examples\">");
    for (Example e : Examples.all()) {
      LevelProfile p = role.level(e.level());
      b.append("<li class=\"card\"><h3><a href=\"/examples/").append(e.level().id()).append("\">").append(esc(p.name()))
          .append(": ").append(esc(e.title())).append("</a></h3><p class=\"meta\">").append(esc(years(p))).append(" · ")
          .append(esc(p.scope())).append("</p><p>").append(esc(e.forWhom())).append("</p></li>");
    }
    b.append("</ul>");
    ctas(b);
    ctx.html(pages.page("Backend engineer resume examples by level · Prism",
        "Fictional backend engineer resumes for junior, mid-level, senior and staff, each with who it is for and when to use it.",
        "/examples", b.toString()));
  }

  private void example(Context ctx) throws UnreadableInputException {
    String id = ctx.pathParam("level");
    Example e = Examples.byId(id).filter(x -> x.level().id().equals(id))
        .orElseThrow(() -> ApiProblem.notFound("no example for level '" + id + "'"));
    Role role = prism.role(Roles.DEFAULT);
    LevelProfile p = role.level(e.level());
    Report r = prism.check(read(e), CheckOptions.defaults().withTarget(e.level()));
    StringBuilder b = new StringBuilder();
    b.append("<p class=\"crumbs\"><a href=\"/examples\">Examples</a> › ").append(esc(p.name())).append("</p>");
    b.append("<h1>").append(esc(p.name())).append(" backend engineer resume example</h1><p class=\"lead\">").append(esc(e.title()))
        .append(". Fictional, written for Prism.</p>");
    picker(b, role, e.level());
    b.append("<section class=\"card\" aria-labelledby=\"about-h\"><h2 id=\"about-h\" class=\"sr-only\">About this example</h2>");
    notes(b, e);
    b.append("<p class=\"verdict\">Prism's check for a ").append(esc(p.name().toLowerCase(Locale.ROOT))).append(" target: <strong>")
        .append(r.score()).append("/100</strong> (").append(esc(r.scorecard().band())).append("), reads as ")
        .append(esc(r.level().level().id())).append(".</p>");
    String lv = e.level().id();
    b.append("<p class=\"actions\"><a class=\"button\" href=\"/?level=").append(lv).append("#checker\">Check mine against this level</a>")
        .append("<a class=\"button secondary\" href=\"/?example=").append(lv).append("#checker\">Start from this example</a></p>")
        .append("<p class=\"downloads\">Download it to edit: ");
    String[][] formats = {{"markdown", "Markdown"}, {"docx", "Word"}, {"pdf", "PDF"}, {"json", "JSON Resume"}};
    for (int i = 0; i < formats.length; i++) {
      b.append(i == 0 ? "" : " · ").append("<a href=\"/api/v1/examples/").append(lv).append("/download?format=").append(formats[i][0])
          .append("\" download>").append(formats[i][1]).append("</a>");
    }
    b.append("</p></section>");
    b.append("<article class=\"resume-doc\" aria-labelledby=\"resume-h\"><h2 id=\"resume-h\" class=\"sr-only\">The resume</h2>");
    resume(b, e.resume());
    b.append("</article>");
    ctas(b);
    ctx.html(pages.page(p.name() + " backend engineer resume example · Prism", e.forWhom(), "/examples", b.toString()));
  }

  /** An example read as the checker reads an uploaded JSON Resume. */
  private static Extraction read(Example e) throws UnreadableInputException {
    return new JsonResumeReader().read(dev.prism.core.report.ReportJson.write(e.resume(), false)
        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** The level selector: one link per level, the current one marked, the recommended one said. */
  private static void picker(StringBuilder b, Role role, Level current) {
    b.append("<nav class=\"picker\" aria-label=\"Choose your level\"><ul>");
    for (Level l : Level.values()) {
      LevelProfile p = role.level(l);
      b.append("<li><a href=\"/examples/").append(l.id()).append('"').append(l == current ? " aria-current=\"page\"" : "").append('>')
          .append("<strong>").append(esc(p.name())).append("</strong><span>").append(esc(years(p)))
          .append(l == RECOMMENDED ? " · start here" : "").append("</span></a></li>");
    }
    b.append("</ul></nav>");
  }

  private static void notes(StringBuilder b, Example e) {
    b.append("<dl class=\"notes\"><dt>Who it's for</dt><dd>").append(esc(e.forWhom())).append("</dd><dt>What it doesn't show</dt><dd>")
        .append(esc(e.doesNotShow())).append("</dd><dt>When to use it</dt><dd>").append(esc(e.whenToUse())).append("</dd></dl>");
  }

  private static void ctas(StringBuilder b) {
    b.append("<div class=\"cards two\"><section class=\"card\"><h2>Get your resume score</h2><p>Scored for backend engineer roles:"
        + " the three fixes worth the most points, and every bullet judged in place.</p><p><a class=\"button\" href=\"/#checker\">"
        + "Get my score</a></p></section><section class=\"card\"><h2>Backend engineer cover letter</h2><p>The same role in the same"
        + " tone, drafted from a resume and a posting. Ready to make yours.</p><p><a class=\"button secondary\" href=\"/cover-letter\">"
        + "View the example</a></p></section></div>");
  }

  static String years(LevelProfile p) {
    return p.level() == Level.STAFF ? p.minYears() + "+ years" : p.minYears() + "–" + p.maxYears() + " years";
  }

  /** A JSON Resume as an HTML fragment: the same sections, in the same order, as the PDF. */
  static void resume(StringBuilder h, JsonNode r) {
    JsonNode basics = r.path("basics");
    h.append("<h3 class=\"name\">").append(esc(text(basics, "name"))).append("</h3>");
    if (!text(basics, "label").isEmpty()) {
      h.append("<p class=\"label\">").append(esc(text(basics, "label"))).append("</p>");
    }
    List<String> contact = new ArrayList<>(List.of(text(basics, "email"), text(basics, "phone"),
        join(", ", text(basics.path("location"), "city"), text(basics.path("location"), "region"))));
    basics.path("profiles").forEach(p -> contact.add(text(p, "url")));
    h.append("<p class=\"contact\">").append(esc(join(" | ", contact.toArray(String[]::new)))).append("</p>");
    if (!text(basics, "summary").isEmpty()) {
      h.append("<h4>Summary</h4><p>").append(esc(text(basics, "summary"))).append("</p>");
    }
    for (String[] s : new String[][] {{"work", "Experience", "position", "name"}, {"projects", "Projects", "name", "entity"}}) {
      if (r.path(s[0]).isEmpty()) {
        continue;
      }
      h.append("<h4>").append(s[1]).append("</h4>");
      for (JsonNode w : r.path(s[0])) {
        h.append("<p class=\"entry\"><strong>").append(esc(join(" | ", text(w, s[2]), join(", ", text(w, s[3]), text(w, "location")))))
            .append("</strong> <span class=\"when\">").append(esc(dateRange(w))).append("</span></p><ul>");
        w.path("highlights").forEach(x -> h.append("<li>").append(esc(x.asText(""))).append("</li>"));
        h.append("</ul>");
      }
    }
    if (!r.path("skills").isEmpty()) {
      h.append("<h4>Skills</h4><ul class=\"plain\">");
      for (JsonNode s : r.path("skills")) {
        List<String> kws = new ArrayList<>();
        s.path("keywords").forEach(k -> kws.add(k.asText("")));
        h.append("<li><strong>").append(esc(text(s, "name"))).append(":</strong> ").append(esc(String.join(", ", kws))).append("</li>");
      }
      h.append("</ul>");
    }
    if (!r.path("education").isEmpty()) {
      h.append("<h4>Education</h4>");
      for (JsonNode e : r.path("education")) {
        h.append("<p class=\"entry\"><strong>").append(esc(join(" in ", text(e, "studyType"), text(e, "area")))).append("</strong> | ")
            .append(esc(text(e, "institution"))).append(" <span class=\"when\">").append(esc(dateRange(e))).append("</span></p>");
      }
    }
  }

  // ---- levels ----------------------------------------------------------------------------------

  private void levels(Context ctx) {
    Role role = role(ctx);
    StringBuilder b = new StringBuilder();
    b.append("<h1>How expectations grow from junior to staff</h1><p class=\"lead\">What a ").append(esc(role.name().toLowerCase(Locale.ROOT)))
        .append(" resume is expected to show at each level: the same profile Prism's checker judges with, so this page and your"
            + " score never disagree.</p>");
    roleSwitch(b, role, "/levels");
    b.append("<section aria-labelledby=\"proves-h\"><h2 id=\"proves-h\">What every ").append(esc(role.name().toLowerCase(Locale.ROOT)))
        .append(" resume must prove</h2><ul class=\"cards four\">");
    for (var d : dev.prism.core.role.Dimension.values()) {
      Role.DimensionProfile dp = role.dimensions().get(d);
      if (dp != null) {
        b.append("<li class=\"card\"><h3>").append(esc(dp.name())).append("</h3><p>").append(esc(capital(dp.proves()))).append(".</p></li>");
      }
    }
    b.append("</ul></section>");
    b.append("<section aria-labelledby=\"matrix-h\"><h2 id=\"matrix-h\">The expectations matrix</h2>");
    matrix(b, role);
    b.append("</section>");
    b.append("<section aria-labelledby=\"want-h\"><h2 id=\"want-h\">What hiring managers look for</h2><ul class=\"wants\">");
    for (Map.Entry<String, List<Expectation>> e : expectations(role).entrySet()) {
      List<Level> at = new ArrayList<>();
      for (Level l : Level.values()) {
        if (role.level(l).expects().stream().anyMatch(x -> x.id().equals(e.getKey()))) {
          at.add(l);
        }
      }
      b.append("<li><strong>").append(esc(e.getValue().get(0).text())).append("</strong>: ").append(esc(levelsPhrase(role, at)));
      // A level that words the expectation its own way says so: "senior: of critical production systems".
      for (int i = 1; i < at.size(); i++) {
        String text = e.getValue().get(i).text();
        if (!text.equals(e.getValue().get(0).text())) {
          b.append("; at ").append(esc(role.level(at.get(i)).name().toLowerCase(Locale.ROOT))).append(": ").append(esc(text));
        }
      }
      b.append("</li>");
    }
    b.append("</ul></section>");
    b.append("<section aria-labelledby=\"mistakes-h\"><h2 id=\"mistakes-h\">Common mistakes by level</h2><div class=\"cards four\">");
    for (Level l : Level.values()) {
      LevelProfile p = role.level(l);
      b.append("<section class=\"card\" aria-labelledby=\"m-").append(l.id()).append("\"><h3 id=\"m-").append(l.id()).append("\">")
          .append(esc(p.name())).append("</h3><ul>");
      p.mistakes().forEach(m -> b.append("<li>").append(esc(m)).append("</li>"));
      b.append("</ul></section>");
    }
    b.append("</div><p>Each of these is a rule in the checker: <a href=\"/#checker\">check your resume</a> against the level you are"
        + " aiming at to see which apply to you.</p></section>");
    ctx.html(pages.page("Expectations by level · Prism", "What a " + role.name() + " resume should show at junior, mid-level, senior and staff.",
        "/levels", b.toString()));
  }

  /** The matrix as a table in a scroll area a keyboard can reach, since it is wider than a phone. */
  static void matrix(StringBuilder b, Role role) {
    b.append("<div class=\"table-wrap\" role=\"region\" aria-labelledby=\"matrix-caption\" tabindex=\"0\"><table class=\"matrix\">")
        .append("<caption id=\"matrix-caption\">Expectations by level for ").append(esc(role.name())).append("</caption><thead><tr>")
        .append("<td></td>");
    for (Level l : Level.values()) {
      b.append("<th scope=\"col\">").append(esc(role.level(l).name())).append("</th>");
    }
    b.append("</tr></thead><tbody>");
    List<Map.Entry<String, java.util.function.Function<LevelProfile, String>>> rows = List.of(
        Map.entry("Years", Site::years), Map.entry("Scope", LevelProfile::scope), Map.entry("Ownership", LevelProfile::ownership),
        Map.entry("Collaboration", LevelProfile::collaboration), Map.entry("Judged by", LevelProfile::metric),
        Map.entry("Length", p -> p.maxPages() == 1 ? "One page" : "Up to " + p.maxPages() + " pages"));
    for (var row : rows) {
      b.append("<tr><th scope=\"row\">").append(row.getKey()).append("</th>");
      for (Level l : Level.values()) {
        b.append("<td>").append(esc(row.getValue().apply(role.level(l)))).append("</td>");
      }
      b.append("</tr>");
    }
    b.append("</tbody></table></div>");
  }

  /** Expectations by id, in the order they first appear from junior up. */
  private static Map<String, List<Expectation>> expectations(Role role) {
    Map<String, List<Expectation>> out = new LinkedHashMap<>();
    for (Level l : Level.values()) {
      for (Expectation e : role.level(l).expects()) {
        out.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(e);
      }
    }
    return out;
  }

  /** "expected at every level", "mid-level to senior", "staff only", or a list. */
  static String levelsPhrase(Role role, List<Level> at) {
    if (at.size() == Level.values().length) {
      return "expected at every level";
    }
    String first = role.level(at.get(0)).name();
    if (at.size() == 1) {
      return at.get(0) == Level.STAFF ? "from staff up" : first + " only";
    }
    boolean contiguous = at.get(at.size() - 1).ordinal() - at.get(0).ordinal() == at.size() - 1;
    String last = role.level(at.get(at.size() - 1)).name().toLowerCase(Locale.ROOT);
    if (contiguous) {
      return at.get(at.size() - 1) == Level.STAFF ? first + " and up" : first + " to " + last;
    }
    return String.join(", ", at.stream().map(l -> role.level(l).name()).toList());
  }

  private Role role(Context ctx) {
    String id = ctx.queryParam("role");
    return id == null || id.isBlank() ? prism.role(Roles.DEFAULT)
        : prism.roles().get(id).orElseThrow(() -> ApiProblem.notFound("no role '" + id + "'"));
  }

  private void roleSwitch(StringBuilder b, Role current, String action) {
    if (prism.roles().all().size() < 2) {
      return;
    }
    b.append("<form class=\"inline\" method=\"get\" action=\"").append(action).append("\"><label for=\"role-switch\">Role</label>")
        .append("<select id=\"role-switch\" name=\"role\">");
    for (Role r : prism.roles().all()) {
      b.append("<option value=\"").append(esc(r.id())).append('"').append(r == current ? " selected" : "").append('>')
          .append(esc(r.name())).append("</option>");
    }
    b.append("</select><button type=\"submit\" class=\"secondary\">Show</button></form>");
  }

  // ---- bullets ---------------------------------------------------------------------------------

  private void bullets(Context ctx) {
    StringBuilder b = new StringBuilder();
    b.append("<h1>Write bullets that get interviews</h1><p class=\"lead\">The same piece of work written two ways. The verdicts are"
        + " Prism's own, computed as this page loads, the same way it judges the bullets in your resume.</p><ol class=\"pairs\">");
    for (String[] pair : pairs) {
      BulletAnalysis weak = prism.bullet(pair[0], Roles.DEFAULT);
      BulletAnalysis strong = prism.bullet(pair[1], Roles.DEFAULT);
      b.append("<li class=\"pair card\">");
      verdict(b, "Before", weak);
      verdict(b, "After", strong);
      b.append("<p class=\"why\"><strong>What changed:</strong> ").append(esc(pair[2])).append("</p></li>");
    }
    b.append("</ol><section class=\"card\"><h2>Check your own</h2><p>Paste a bullet, or a few, into the <a href=\"/#bullet-checker\">"
        + "bullet checker</a> for its verdict, the reasons, and a rewrite that keeps your facts and marks what only you can fill in."
        + " For the thinking behind strong bullets, read <a href=\"/guides/quantify-resume-achievements\">how to quantify"
        + " achievements</a>.</p></section>");
    ctx.html(pages.page("Weak and strong resume bullets · Prism", "Weak and strong backend resume bullets, judged by Prism.", "/bullets",
        b.toString()));
  }

  private static void verdict(StringBuilder b, String when, BulletAnalysis a) {
    String label = a.label().id();
    b.append("<div class=\"side ").append(label).append("\"><p class=\"side-head\">").append(when).append(' ')
        .append(Html.labelPill(label, a.strength())).append("</p><p class=\"quote\">").append(esc(a.text())).append("</p>");
    if (!a.reasons().isEmpty() && !"strong".equals(label)) {
      b.append("<ul class=\"small\">");
      a.reasons().stream().limit(3).forEach(r -> b.append("<li>").append(esc(r)).append("</li>"));
      b.append("</ul>");
    }
    b.append("</div>");
  }

  private static List<String[]> pairs(String tsv) {
    List<String[]> out = new ArrayList<>();
    for (String line : tsv.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] p = line.split("\t");
      if (p.length != 3) {
        throw new IllegalStateException("site/bullet-pairs.tsv: expected weak <tab> strong <tab> note in: " + line);
      }
      out.add(p);
    }
    return List.copyOf(out);
  }

  /** The pairs as written: weak, strong, what changed. */
  List<String[]> pairs() {
    return pairs;
  }

  // ---- questions -------------------------------------------------------------------------------

  private void faq(Context ctx) {
    Role role = prism.role(Roles.DEFAULT);
    StringBuilder levels = new StringBuilder("<ul>");
    for (Level l : Level.values()) {
      LevelProfile p = role.level(l);
      levels.append("<li><strong>").append(esc(p.name())).append("</strong> (").append(esc(years(p))).append("): ")
          .append(esc(p.scope().toLowerCase(Locale.ROOT))).append("; ").append(esc(lowerFirst(p.ownership()))).append(".</li>");
    }
    levels.append("</ul>");
    StringBuilder length = new StringBuilder("<p>");
    List<String> parts = new ArrayList<>();
    for (Level l : Level.values()) {
      LevelProfile p = role.level(l);
      parts.add(p.name() + ": " + (p.maxPages() == 1 ? "one page" : "up to " + p.maxPages() + " pages"));
    }
    length.append(esc(String.join("; ", parts))).append(". Longer resumes are not read further; a reviewer who has to hunt for your"
        + " best work stops. Prism checks the length against the level you aim at.</p>");
    String body = faq.replace("<!--levels-->", levels).replace("<!--length-->", length);
    ctx.html(pages.page("Questions about backend resumes · Prism", "Answers about backend engineer resumes and about Prism.", "/faq",
        "<h1>Frequently asked questions</h1><p class=\"lead\">About backend engineer resumes, and about how Prism checks them.</p>"
            + body));
  }

  // ---- cover letter ----------------------------------------------------------------------------

  private void coverLetter(Context ctx) throws UnreadableInputException {
    String toneId = ctx.queryParam("tone") == null ? "formal" : ctx.queryParam("tone");
    Tone tone = Tone.byId(toneId).orElseThrow(() -> ApiProblem.notFound("no tone '" + toneId + "'"));
    Example e = Examples.get(RECOMMENDED);
    Report r = prism.check(read(e), CheckOptions.defaults());
    CoverLetter letter = CoverLetters.write(prism.match(r, JobDescriptions.parse(job)), tone);
    StringBuilder b = new StringBuilder();
    b.append("<h1>Backend engineer cover letter example</h1><p class=\"lead\">Same role, same tone, ready to make yours. Prism drafted"
        + " this letter from the <a href=\"/examples/").append(RECOMMENDED.id()).append("\">mid-level example resume</a> and a fictional"
            + " job posting; every claim in it comes from the resume.</p>");
    b.append("<nav class=\"tones\" aria-label=\"Tone\"><ul>");
    for (Tone t : Tone.values()) {
      b.append("<li><a href=\"/cover-letter?tone=").append(t.id()).append('"').append(t == tone ? " aria-current=\"page\"" : "").append('>')
          .append(esc(capital(t.id()))).append("</a></li>");
    }
    b.append("</ul></nav><article class=\"letter card\" aria-label=\"The letter\">");
    for (String para : letter.paragraphs()) {
      b.append("<p>").append(esc(para)).append("</p>");
    }
    b.append("</article><details class=\"card\"><summary>The job posting it answers</summary><pre class=\"posting\">").append(esc(job))
        .append("</pre></details><section class=\"card\"><h2>Make it yours</h2><p>Paste your resume and the posting you are applying"
            + " to into the <a href=\"/#checker\">checker</a>, then choose <em>Draft a cover letter for this job</em> in the result."
            + " The draft uses only what your resume says.</p></section>");
    ctx.html(pages.page("Backend engineer cover letter example · Prism", "A backend engineer cover letter drafted by Prism from an"
        + " example resume.", "/cover-letter", b.toString()));
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
