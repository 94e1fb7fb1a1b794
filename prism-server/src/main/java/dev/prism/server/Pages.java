package dev.prism.server;

import static dev.prism.server.Html.esc;

import dev.prism.core.report.Report;
import dev.prism.report.HtmlReport;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Server-rendered pages: the shared chrome (header with the reviews' average, navigation, footer),
 * the guides and their comments. The checker itself is the static {@code public/index.html}; the
 * other content pages are {@link Site}. Guides are rendered here so they read (and can be commented
 * on) without JavaScript. Every piece of user text goes through {@link Html#esc}.
 */
final class Pages {
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);
  /** The navigation, as path and label; the page whose path it is gets {@code aria-current}. */
  private static final List<String[]> NAV = List.of(
      new String[] {"/#checker", "Check a resume"}, new String[] {"/examples", "Examples"}, new String[] {"/levels", "Levels"},
      new String[] {"/bullets", "Bullets"}, new String[] {"/cover-letter", "Cover letter"}, new String[] {"/guides", "Guides"},
      new String[] {"/faq", "FAQ"});

  private final Guides guides;
  private final Community community;
  private final Api api;
  private final Limits limits;

  Pages(Guides guides, Community community, Api api, Limits limits) {
    this.guides = guides;
    this.community = community;
    this.api = api;
    this.limits = limits;
  }

  /** The checker page, also the shell of a saved report's private link. */
  private final String checker = Guides.resource("public/index.html");

  void register(Javalin app) {
    app.get("/reports/{id}", this::savedReport);
    app.get("/guides", this::index);
    app.get("/guides/{slug}", this::guide);
    app.post("/guides/{slug}/comments", this::postComment);
    app.post("/check", this::check);
  }

  /**
   * The check form's answer when its script has not run: the form posts here (multipart, so the
   * resume never reaches a URL, a history or a log) and gets the report as a page.
   */
  private void check(Context ctx) throws Exception {
    ctx.header("Cache-Control", "no-store");
    String page;
    try {
      limits.check(ctx, Limits.Scope.CHECK);
      CheckInput in = CheckInput.from(ctx);
      Report report = api.checkReport(in);
      page = HtmlReport.render(report, in.fileName());
      if (in.save()) {
        SavedReports.Saved saved = api.save(report);
        page = page.replaceFirst("<body>\n", java.util.regex.Matcher.quoteReplacement("<body>\n<section class=\"notice\"><h2>Saved</h2>"
            + "<p>Your report is at <a href=\"" + Api.BASE + "/checks/" + saved.id() + "\">" + Api.BASE + "/checks/" + saved.id()
            + "</a>. To delete it, send DELETE to that address with the header X-Delete-Token: <code>" + saved.deleteToken()
            + "</code>. Keep this token: it is shown once.</p></section>\n"));
      }
    } catch (ApiProblem p) {
      ctx.status(p.status());
      if (p.retryAfterSeconds > 0) {
        ctx.header("Retry-After", Long.toString(p.retryAfterSeconds));
      }
      ctx.html(layout("Check · Prism", "<h1>The resume could not be checked</h1><p class=\"error\">" + esc(p.getMessage())
          + "</p><p><a href=\"/#checker\">Back to the checker</a></p>"));
      return;
    }
    // The report carries its own stylesheet inline: allow exactly that one, by its hash.
    ctx.header("Content-Security-Policy", "default-src 'none'; style-src '" + styleHash(page)
        + "'; img-src data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
    ctx.html(page);
  }

  private static String styleHash(String page) {
    int start = page.indexOf("<style>");
    int end = page.indexOf("</style>", start);
    if (start < 0 || end < 0) {
      return "none";
    }
    String css = page.substring(start + "<style>".length(), end);
    try {
      byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(css.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return "sha256-" + java.util.Base64.getEncoder().encodeToString(d);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A saved report's private link: the checker page with the result first and already laid out
   * (see {@code .report-view} in style.css), so that nothing on screen moves when the script fills
   * it in. The id is checked for shape only; the script says so if no report has it.
   */
  private void savedReport(Context ctx) {
    if (!ctx.pathParam("id").matches("[A-Za-z0-9_-]{22}")) {
      throw ApiProblem.notFound("no saved report with this id");
    }
    ctx.header("Cache-Control", "no-store");
    ctx.html(checker.replace("<body>", "<body class=\"report-view loading\">"));
  }

  private void index(Context ctx) {
    StringBuilder b = new StringBuilder();
    b.append("<h1>Guides</h1><p class=\"lead\">How to write each part of a backend resume, and how to aim it at a job. Each guide"
        + " ends where Prism's checker starts.</p><ul class=\"cards guide-list\">");
    for (Guides.Guide g : guides.all()) {
      b.append("<li class=\"card\"><h2><a href=\"/guides/").append(esc(g.slug())).append("\">").append(esc(g.title()))
          .append("</a></h2><p>").append(esc(g.summary())).append("</p>").append(meta(g)).append("</li>");
    }
    b.append("</ul>");
    ctx.html(page("Guides · Prism", "Guides to writing a backend engineer resume.", "/guides", b.toString()));
  }

  private static String meta(Guides.Guide g) {
    return "<p class=\"meta\">" + g.readMinutes() + " min read · Last updated <time datetime=\"" + g.updated() + "\">"
        + esc(day(g.updated())) + "</time></p>";
  }

  static String day(LocalDate d) {
    return DAY.format(d.atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  private void guide(Context ctx) {
    Guides.Guide g = guides.get(ctx.pathParam("slug")).orElseThrow(() -> ApiProblem.notFound("no such guide"));
    StringBuilder b = new StringBuilder();
    b.append("<article class=\"guide\"><h1>").append(esc(g.title())).append("</h1>").append(meta(g))
        .append("<p class=\"lead\">").append(esc(g.summary())).append("</p>")
        .append(g.html()) // our own text, see Guides
        .append("<aside class=\"cta\" aria-labelledby=\"cta-h\"><h2 id=\"cta-h\">How does yours hold up?</h2>"
            + "<p>Paste or upload your resume: a score with the lines behind it, the three fixes worth the most, and rewrites of your"
            + " weakest bullets. Free, no sign-up, checked in memory.</p><p><a class=\"button\" href=\"/#checker\">Check my resume</a></p>"
            + "</aside></article>");
    if (!g.related().isEmpty()) {
      b.append("<nav class=\"related\" aria-labelledby=\"related-h\"><h2 id=\"related-h\">Keep reading</h2><ul>");
      for (String slug : g.related()) {
        Guides.Guide r = guides.get(slug).orElseThrow();
        b.append("<li><a href=\"/guides/").append(esc(r.slug())).append("\">").append(esc(r.title())).append("</a> <span class=\"meta\">")
            .append(r.readMinutes()).append(" min read</span></li>");
      }
      b.append("</ul></nav>");
    }
    comments(b, g, ctx.queryParam("error"));
    ctx.html(page(g.title() + " · Prism", g.summary(), "/guides", b.toString()));
  }

  private void comments(StringBuilder b, Guides.Guide g, String error) {
    var comments = community.comments(g.slug(), false);
    b.append("<section id=\"comments\" aria-labelledby=\"comments-h\"><h2 id=\"comments-h\">Comments <span class=\"meta\">(")
        .append(comments.size()).append(")</span></h2>");
    if (comments.isEmpty()) {
      b.append("<p class=\"muted\" id=\"no-comments\">No comments yet. Be the first.</p>");
    }
    b.append("<ol class=\"comments\" id=\"comment-list\">");
    for (Community.Comment c : comments) {
      Instant at = Instant.ofEpochMilli(c.createdAt());
      b.append("<li class=\"comment\"><p class=\"comment-meta\"><strong>").append(esc(c.author())).append("</strong> · <time datetime=\"")
          .append(at).append("\">").append(DAY.format(at)).append("</time></p><p class=\"comment-body\">").append(esc(c.body()))
          .append("</p></li>");
    }
    b.append("</ol>");
    b.append("<form class=\"card\" id=\"comment-form\" method=\"post\" action=\"/guides/").append(esc(g.slug()))
        .append("/comments\" data-slug=\"").append(esc(g.slug())).append("\">")
        .append("<h3>Add a comment</h3>")
        .append("<p class=\"error\" id=\"comment-error\" role=\"alert\">").append(esc(error == null ? "" : error)).append("</p>")
        .append("<label for=\"comment-author\">Name (optional)</label>")
        .append("<input id=\"comment-author\" name=\"author\" maxlength=\"").append(Community.MAX_AUTHOR).append("\" autocomplete=\"nickname\">")
        .append("<label for=\"comment-body\">Comment <span class=\"muted\">(plain text)</span></label>")
        .append("<textarea id=\"comment-body\" name=\"body\" rows=\"4\" maxlength=\"").append(Community.MAX_BODY)
        .append("\" required aria-describedby=\"comment-count\"></textarea>")
        .append("<p class=\"counter\" id=\"comment-count\">0/").append(Community.MAX_BODY).append(" characters</p>")
        .append("<p class=\"status\" id=\"comment-status\" role=\"status\"></p>")
        .append("<button type=\"submit\">Post comment</button></form></section>");
  }

  /**
   * The no-JavaScript path: a plain form post, answered with a redirect back to the guide. Every
   * refusal, a rate limit included, comes back as a message on the page, never as a JSON document.
   */
  private void postComment(Context ctx) {
    Guides.Guide g = guides.get(ctx.pathParam("slug")).orElseThrow(() -> ApiProblem.notFound("no such guide"));
    String back = "/guides/" + g.slug();
    try {
      limits.check(ctx, Limits.Scope.POST);
      api.addComment(g, ctx.formParam("author"), ctx.formParam("body"));
      ctx.redirect(back + "#comments", HttpStatus.SEE_OTHER);
    } catch (ApiProblem p) {
      String message = p.status() == 429
          ? "You are commenting faster than we allow; try again in " + p.retryAfterSeconds + " seconds. Your comment was not posted."
          : p.getMessage();
      ctx.redirect(back + "?error=" + URLEncoder.encode(message, StandardCharsets.UTF_8) + "#comment-form", HttpStatus.SEE_OTHER);
    }
  }

  /** The reviews' average and count for the header, as shown: "4.8 · 127 reviews". */
  String rating() {
    return community.summary("").display();
  }

  /** A full page in the shared chrome; {@code main} is already-escaped HTML, {@code current} the nav path to mark. */
  String page(String title, String description, String current, String main) {
    return layout(title, description, current, main, rating());
  }

  /** The chrome for pages that must not touch the database (errors). */
  static String layout(String title, String main) {
    return layout(title, "Prism checks backend engineer resumes.", "", main, null);
  }

  static String layout(String title, String description, String current, String main, String rating) {
    StringBuilder b = new StringBuilder(main.length() + 2048);
    b.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>").append(esc(title)).append("</title><meta name=\"description\" content=\"").append(esc(description)).append("\">")
        .append("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\"><link rel=\"stylesheet\" href=\"/style.css\"></head><body>")
        .append("<a class=\"skip\" href=\"#main\">Skip to content</a>")
        .append("<header class=\"top\"><a class=\"brand\" href=\"/\">Prism</a><nav aria-label=\"Main\">");
    for (String[] item : NAV) {
      b.append("<a href=\"").append(item[0]).append('"').append(item[0].equals(current) ? " aria-current=\"page\"" : "").append('>')
          .append(item[1]).append("</a>");
    }
    b.append("</nav>");
    if (rating != null) {
      b.append("<a class=\"rating\" id=\"rating-line\" href=\"/#reviews\"><span aria-hidden=\"true\">★ </span>").append(esc(rating))
          .append("</a>");
    }
    b.append("</header><main id=\"main\">").append(main).append("</main>")
        .append("<footer><p>Prism checks resumes in memory; nothing is kept unless you choose to save a report. ")
        .append("<a href=\"/openapi.json\">API</a></p></footer>")
        .append("<script src=\"/guide.js\" defer></script></body></html>");
    return b.toString();
  }
}
