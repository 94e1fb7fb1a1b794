package dev.prism.server;

import static dev.prism.server.Html.esc;

import dev.prism.core.report.Report;
import dev.prism.report.HtmlReport;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Server-rendered pages: the guides and their comments. The checker itself is the static
 * {@code public/index.html}; guides are rendered here so they read (and can be commented on)
 * without JavaScript. Every piece of user text goes through {@link Html#esc}.
 */
final class Pages {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy").withZone(ZoneOffset.UTC);
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

  void register(Javalin app) {
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

  private void index(Context ctx) {
    StringBuilder b = new StringBuilder();
    b.append("<h1>Guides</h1><ul class=\"guide-list\">");
    for (Guides.Guide g : guides.all()) {
      b.append("<li><a href=\"/guides/").append(esc(g.slug())).append("\">").append(esc(g.title())).append("</a><p>")
          .append(esc(g.summary())).append("</p></li>");
    }
    b.append("</ul>");
    ctx.html(layout("Guides · Prism", b.toString()));
  }

  private void guide(Context ctx) {
    Guides.Guide g = guides.get(ctx.pathParam("slug")).orElseThrow(() -> ApiProblem.notFound("no such guide"));
    StringBuilder b = new StringBuilder();
    b.append("<article class=\"guide\"><h1>").append(esc(g.title())).append("</h1>")
        .append("<p class=\"lead\">").append(esc(g.summary())).append("</p>")
        .append(g.html()) // our own text, see Guides
        .append("</article>");
    b.append("<section id=\"comments\" aria-labelledby=\"comments-h\"><h2 id=\"comments-h\">Comments</h2>");
    var comments = community.comments(g.slug(), false);
    if (comments.isEmpty()) {
      b.append("<p class=\"muted\" id=\"no-comments\">No comments yet. Be the first.</p>");
    }
    b.append("<ol class=\"comments\" id=\"comment-list\">");
    for (Community.Comment c : comments) {
      b.append("<li class=\"comment\"><p class=\"comment-meta\"><strong>").append(esc(c.author())).append("</strong> · <time datetime=\"")
          .append(Instant.ofEpochMilli(c.createdAt())).append("\">").append(DAY.format(Instant.ofEpochMilli(c.createdAt())))
          .append("</time></p><p class=\"comment-body\">").append(esc(c.body())).append("</p></li>");
    }
    b.append("</ol>");
    String error = ctx.queryParam("error");
    b.append("<form class=\"card\" id=\"comment-form\" method=\"post\" action=\"/guides/").append(esc(g.slug()))
        .append("/comments\" data-slug=\"").append(esc(g.slug())).append("\">")
        .append("<h3>Add a comment</h3>")
        .append("<p class=\"error\" id=\"comment-error\" role=\"alert\">").append(esc(error == null ? "" : error)).append("</p>")
        .append("<label for=\"comment-author\">Name (optional)</label>")
        .append("<input id=\"comment-author\" name=\"author\" maxlength=\"80\" autocomplete=\"nickname\">")
        .append("<label for=\"comment-body\">Comment <span class=\"muted\">(plain text, up to 1000 characters)</span></label>")
        .append("<textarea id=\"comment-body\" name=\"body\" rows=\"4\" maxlength=\"1000\" required></textarea>")
        .append("<button type=\"submit\">Post comment</button></form></section>");
    ctx.html(layout(g.title() + " · Prism", b.toString()));
  }

  /** The no-JavaScript path: a plain form post, answered with a redirect back to the guide. */
  private void postComment(Context ctx) {
    Guides.Guide g = guides.get(ctx.pathParam("slug")).orElseThrow(() -> ApiProblem.notFound("no such guide"));
    String back = "/guides/" + g.slug();
    try {
      limits.check(ctx, Limits.Scope.POST);
      api.addComment(g, ctx.formParam("author"), ctx.formParam("body"));
      ctx.redirect(back + "#comments", io.javalin.http.HttpStatus.SEE_OTHER);
    } catch (ApiProblem p) {
      if (p.status() == 429) {
        throw p;
      }
      ctx.redirect(back + "?error=" + java.net.URLEncoder.encode(p.getMessage(), java.nio.charset.StandardCharsets.UTF_8)
          + "#comment-form", io.javalin.http.HttpStatus.SEE_OTHER);
    }
  }

  /** The shared chrome; {@code main} is already-escaped HTML. */
  static String layout(String title, String main) {
    return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>" + esc(title) + "</title><link rel=\"icon\" href=\"/favicon.ico\"><link rel=\"stylesheet\" href=\"/style.css\"></head><body>"
        + "<a class=\"skip\" href=\"#main\">Skip to content</a>"
        + "<header class=\"top\"><a class=\"brand\" href=\"/\">Prism</a><nav aria-label=\"Main\">"
        + "<a href=\"/#checker\">Check a resume</a><a href=\"/#bullet-checker\">Check a bullet</a>"
        + "<a href=\"/#examples\">Examples</a><a href=\"/guides\">Guides</a><a href=\"/#reviews\">Reviews</a></nav></header>"
        + "<main id=\"main\">" + main + "</main>"
        + "<footer><p>Prism checks resumes in memory; nothing is kept unless you choose to save a report.</p></footer>"
        + "<script src=\"/guide.js\" defer></script></body></html>";
  }
}
