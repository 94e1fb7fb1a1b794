package dev.prism.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.prism.core.CheckOptions;
import dev.prism.core.Prism;
import dev.prism.core.UnknownRoleException;
import dev.prism.core.bullet.BulletAnalysis;
import dev.prism.core.ingest.UnreadableInputException;
import dev.prism.core.model.Extraction;
import dev.prism.core.examples.Example;
import dev.prism.core.examples.ExampleJson;
import dev.prism.core.examples.Examples;
import dev.prism.core.examples.ResumeMarkdown;
import dev.prism.core.match.JobDescription;
import dev.prism.core.match.JobDescriptions;
import dev.prism.core.match.MatchJson;
import dev.prism.core.report.JsonResumeWriter;
import dev.prism.core.report.Report;
import dev.prism.core.report.ReportJson;
import dev.prism.core.role.Level;
import dev.prism.core.role.Role;
import dev.prism.core.role.Role.Expectation;
import dev.prism.core.role.Role.LevelProfile;
import dev.prism.core.role.Roles;
import dev.prism.core.text.Segmenter;
import dev.prism.ingest.JsonResumeReader;
import dev.prism.ingest.Readers;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.micrometer.core.instrument.MeterRegistry;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * The JSON API under {@code /api/v1} (SPEC §4). Each route is one line in {@link #register}; the
 * handlers below validate, hand engine work to the {@link CheckRunner}, and write JSON.
 */
final class Api {
  static final String BASE = "/api/v1";
  /** Documents longer than this are refused; a resume runs one or two pages. */
  static final int MAX_PAGES = 10;
  static final int MAX_BULLETS = 100;
  static final int MAX_BULLET_CHARS = 2000;
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private final Prism prism;
  private final Readers readers;
  private final CheckRunner runner;
  private final SavedReports reports;
  private final Community community;
  private final Guides guides;
  private final Limits limits;
  private final ServerConfig config;
  private final MeterRegistry metrics;

  Api(Prism prism, Readers readers, CheckRunner runner, SavedReports reports, Community community, Guides guides,
      Limits limits, ServerConfig config, MeterRegistry metrics) {
    this.prism = prism;
    this.readers = readers;
    this.runner = runner;
    this.reports = reports;
    this.community = community;
    this.guides = guides;
    this.limits = limits;
    this.config = config;
    this.metrics = metrics;
  }

  /** Every API route as "METHOD /path", in registration order; the OpenAPI test compares against it. */
  private final List<String> routes = new java.util.ArrayList<>();

  void register(Javalin app) {
    route(app, HandlerType.POST, "/checks", limited(Limits.Scope.CHECK, this::postCheck));
    route(app, HandlerType.GET, "/checks/{id}", this::getCheck);
    route(app, HandlerType.DELETE, "/checks/{id}", this::deleteCheck);
    route(app, HandlerType.POST, "/bullets", limited(Limits.Scope.CHECK, this::postBullets));
    route(app, HandlerType.POST, "/parse", limited(Limits.Scope.CHECK, this::postParse));
    route(app, HandlerType.POST, "/matches", limited(Limits.Scope.CHECK, this::postMatch));
    route(app, HandlerType.GET, "/examples", this::getExamples);
    route(app, HandlerType.GET, "/examples/{level}", this::getExample);
    route(app, HandlerType.GET, "/examples/{level}/download", this::downloadExample);
    route(app, HandlerType.GET, "/roles", this::getRoles);
    route(app, HandlerType.GET, "/roles/{id}", this::getRole);
    route(app, HandlerType.GET, "/articles", this::getArticles);
    route(app, HandlerType.GET, "/articles/{slug}", this::getArticle);
    route(app, HandlerType.GET, "/articles/{slug}/comments", this::getComments);
    route(app, HandlerType.POST, "/articles/{slug}/comments", limited(Limits.Scope.POST, this::postComment));
    route(app, HandlerType.PATCH, "/articles/{slug}/comments/{commentId}", this::moderateComment);
    route(app, HandlerType.DELETE, "/articles/{slug}/comments/{commentId}", this::deleteComment);
    route(app, HandlerType.GET, "/reviews", this::getReviews);
    route(app, HandlerType.POST, "/reviews", limited(Limits.Scope.REVIEW, this::postReview));
    route(app, HandlerType.PATCH, "/reviews/{reviewId}", this::moderateReview);
    route(app, HandlerType.DELETE, "/reviews/{reviewId}", this::deleteReview);
  }

  void route(Javalin app, HandlerType method, String path, Handler h) {
    app.addHttpHandler(method, BASE + path, h);
    routes.add(method.name() + " " + BASE + path);
  }

  List<String> routes() {
    return List.copyOf(routes);
  }

  Handler limited(Limits.Scope scope, Handler h) {
    return ctx -> {
      limits.check(ctx, scope);
      h.handle(ctx);
    };
  }

  // ---- checks ----------------------------------------------------------------------------------

  private void postCheck(Context ctx) throws Exception {
    CheckInput in = CheckInput.from(ctx);
    String role = role(in.role());
    ObjectNode report;
    try {
      report = runner.run(() -> {
        Extraction x = extract(in);
        JobDescription job = job(in.jd(), in.jdJson(), false);
        return answer(x, CheckOptions.defaults().withRole(role).withTarget(in.level()), job);
      });
    } catch (ApiProblem p) {
      if (p.status() == 503) {
        outcome(p.type);
      }
      throw p;
    }
    outcome("ok");
    if (in.save()) {
      SavedReports.Saved saved = reports.save(ReportJson.write(withId(report, null), false));
      ObjectNode out = withId(report, saved);
      ctx.status(201).header("Location", BASE + "/checks/" + saved.id());
      json(ctx, out);
    } else {
      json(ctx, report);
    }
  }

  /** A check for the page without JavaScript: the report itself, read and checked on a worker. */
  Report checkReport(CheckInput in) throws Exception {
    String role = role(in.role());
    return runner.run(() -> prism.check(extract(in), CheckOptions.defaults().withRole(role).withTarget(in.level())));
  }

  /** Stores a report as its JSON document. */
  SavedReports.Saved save(Report report) {
    return reports.save(ReportJson.write(ReportJson.tree(report), false));
  }

  /**
   * A check's answer: the JSON report, the job match when a job was given, and the layout the page
   * sends back with an edited text. A document that is not a resume is said to be one instead of
   * being scored: its score and band are null, and {@code message} says what was missing.
   */
  ObjectNode answer(Extraction x, CheckOptions options, JobDescription job) {
    Report checked = prism.check(x, options);
    ObjectNode tree = ReportJson.tree(checked);
    if (checked.notAResume()) {
      tree.putNull("score");
      tree.putNull("band");
      tree.put("message", NOT_A_RESUME);
    }
    if (job != null) {
      tree.set("match", MatchJson.tree(prism.match(checked, job)));
    }
    tree.set("layout", LayoutJson.write(x));
    return tree;
  }

  static final String NOT_A_RESUME = "This does not look like a resume: there are no contact details and no experience, education or"
      + " skills section, so there is nothing to score. Check that this is the right file or text.";

  /** The report with the saved id (and, for the saver only, the token) first. */
  private static ObjectNode withId(ObjectNode report, SavedReports.Saved saved) {
    if (saved == null) {
      return report;
    }
    ObjectNode o = F.objectNode();
    o.put("id", saved.id());
    o.put("deleteToken", saved.deleteToken());
    o.put("url", BASE + "/checks/" + saved.id());
    o.setAll(report);
    return o;
  }

  private void getCheck(Context ctx) {
    String body = reports.find(ctx.pathParam("id")).orElseThrow(() -> ApiProblem.notFound("no saved report with this id"));
    ctx.contentType("application/json").result(body);
  }

  private void deleteCheck(Context ctx) {
    if (ctx.queryParam("token") != null) {
      // A URL is written to proxy logs and browser history; the token would outlive the report.
      throw ApiProblem.badRequest("token", "give the deletion token in the X-Delete-Token header, never in the URL");
    }
    String token = ctx.header("X-Delete-Token");
    if (token == null || token.isBlank()) {
      throw ApiProblem.badRequest("token", "give the deletion token in the X-Delete-Token header");
    }
    switch (reports.delete(ctx.pathParam("id"), token)) {
      case DELETED -> ctx.status(204);
      case NOT_FOUND -> throw ApiProblem.notFound("no saved report with this id");
      case WRONG_TOKEN -> throw ApiProblem.forbidden("the deletion token does not match this report");
    }
  }

  /** Reads the document; refuses what is empty, unreadable or too long (runs on a worker). */
  Extraction extract(CheckInput in) {
    Extraction x;
    try {
      x = readers.read(in.fileName(), in.bytes());
    } catch (UnreadableInputException e) {
      outcome(e.problem().name().toLowerCase(java.util.Locale.ROOT));
      throw switch (e.problem()) {
        case UNSUPPORTED_TYPE -> ApiProblem.unsupported(e.getMessage());
        case TOO_LARGE -> ApiProblem.tooLarge(e.getMessage());
        case EMPTY, TOO_MANY_PAGES, ENCRYPTED, NO_TEXT_LAYER, CORRUPT -> ApiProblem.unreadable(e.getMessage());
      };
    }
    if (x.text().isBlank()) {
      outcome("empty");
      throw ApiProblem.unreadable("the file has no text");
    }
    if (x.pages() > MAX_PAGES) {
      outcome("too_many_pages");
      throw ApiProblem.unreadable("the document has " + x.pages() + " pages; the limit is " + MAX_PAGES);
    }
    return x;
  }

  private void outcome(String o) {
    metrics.counter("prism.checks", "outcome", o).increment();
  }

  String role(String id) {
    String r = id == null || id.isBlank() ? Roles.DEFAULT : id;
    try {
      prism.role(r);
    } catch (UnknownRoleException e) {
      throw ApiProblem.badRequest("role", e.getMessage().replaceFirst("^role: ", ""));
    }
    return r;
  }

  /** The job description of a request, read and checked (runs on a worker); null when none was given. */
  static JobDescription job(String jd, boolean jdJson, boolean required) {
    if (jd == null) {
      if (required) {
        throw ApiProblem.badRequest("jd", "give the job description in 'jd', as text or as a JSON Resume job");
      }
      return null;
    }
    JobDescription job;
    try {
      job = jdJson ? JobDescriptions.parseJson(jd) : JobDescriptions.parse(jd);
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badRequest("jd", e.getMessage());
    }
    if (!job.hasRequirements()) {
      throw ApiProblem.badRequest("jd", "no requirements found in the job description; paste the part of the posting that lists"
          + " responsibilities and qualifications");
    }
    return job;
  }

  private void postMatch(Context ctx) throws Exception {
    CheckInput in = CheckInput.from(ctx);
    CheckOptions options = CheckOptions.defaults().withRole(role(in.role())).withTarget(in.level());
    json(ctx, runner.run(() -> {
      Extraction x = extract(in);
      return MatchJson.tree(prism.match(x, job(in.jd(), in.jdJson(), true), options));
    }));
  }

  private void postParse(Context ctx) throws Exception {
    CheckInput in = CheckInput.from(ctx);
    ObjectNode out = runner.run(() -> {
      Extraction x = extract(in);
      ObjectNode o = F.objectNode();
      o.set("resume", JsonResumeWriter.write(Segmenter.segment(x)));
      ObjectNode parse = o.putObject("parse");
      parse.put("format", x.format());
      parse.put("pages", x.pages());
      ArrayNode warnings = parse.putArray("warnings");
      x.warnings().forEach(w -> warnings.addObject().put("code", w.code()).put("message", w.message()));
      return o;
    });
    json(ctx, out);
  }

  private void postBullets(Context ctx) throws Exception {
    requireJson(ctx);
    ObjectNode body = CheckInput.object(ctx.bodyAsBytes(), Set.of("bullets", "role"));
    String role = role(CheckInput.optionalString(body, "role"));
    JsonNode list = body.get("bullets");
    if (list == null || !list.isArray() || list.isEmpty()) {
      throw ApiProblem.badRequest("bullets", "'bullets' must be a non-empty array of strings");
    }
    if (list.size() > MAX_BULLETS) {
      throw ApiProblem.badRequest("bullets", "at most " + MAX_BULLETS + " bullets per request");
    }
    List<String> texts = new java.util.ArrayList<>();
    for (JsonNode b : list) {
      if (!b.isTextual() || b.asText().isBlank()) {
        throw ApiProblem.badRequest("bullets", "every bullet must be a non-empty string");
      }
      if (b.asText().length() > MAX_BULLET_CHARS) {
        throw ApiProblem.badRequest("bullets", "a bullet is " + b.asText().length() + " characters; the limit is " + MAX_BULLET_CHARS);
      }
      texts.add(b.asText().strip());
    }
    ObjectNode out = runner.run(() -> {
      ObjectNode root = F.objectNode();
      ArrayNode arr = root.putArray("bullets");
      int i = 1;
      for (String t : texts) {
        BulletAnalysis a = prism.bullet(t, role);
        ObjectNode n = F.objectNode().put("id", "b" + i++);
        n.setAll(ReportJson.bullet(a, 0, a.text().length()));
        arr.add(n);
      }
      return root;
    });
    json(ctx, out);
  }

  // ---- examples --------------------------------------------------------------------------------

  private void getExamples(Context ctx) {
    ArrayNode arr = F.arrayNode();
    for (Example e : Examples.all()) {
      arr.add(ExampleJson.summary(e).put("url", BASE + "/examples/" + e.level().id()));
    }
    json(ctx, F.objectNode().set("examples", arr));
  }

  /** One example: the JSON Resume, plus the same as plain text and Markdown to start editing from. */
  private void getExample(Context ctx) throws UnreadableInputException {
    String level = ctx.pathParam("level");
    Example e = Examples.byId(level).orElseThrow(() -> ApiProblem.notFound("no example for level '" + level
        + "'; use junior, mid, senior or staff"));
    ObjectNode n = ExampleJson.full(e);
    n.put("text", JsonResumeReader.layout(e.resume()));
    n.put("markdown", ResumeMarkdown.render(e.resume()));
    json(ctx, n);
  }

  /** One example as a file to keep and edit: JSON Resume (default), Markdown, DOCX or PDF. */
  private void downloadExample(Context ctx) {
    String level = ctx.pathParam("level");
    Example e = Examples.byId(level).orElseThrow(() -> ApiProblem.notFound("no example for level '" + level
        + "'; use junior, mid, senior or staff"));
    String format = java.util.Objects.requireNonNullElse(ctx.queryParam("format"), "json");
    String base = "prism-example-" + e.level().id();
    switch (format) {
      case "json" -> attachment(ctx, base + ".json", "application/json",
          e.resume().toPrettyString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      case "markdown" -> attachment(ctx, base + ".md", "text/markdown; charset=utf-8",
          ResumeMarkdown.render(e.resume()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      case "pdf" -> attachment(ctx, base + ".pdf", "application/pdf", dev.prism.report.ResumePdf.render(e.resume()));
      case "docx" -> attachment(ctx, base + ".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          dev.prism.report.ResumeDocx.render(e.resume()));
      default -> throw ApiProblem.badRequest("format", "unknown format '" + format + "'; use json, markdown, docx or pdf");
    }
  }

  static void attachment(Context ctx, String fileName, String contentType, byte[] body) {
    ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    ctx.contentType(contentType);
    ctx.result(body);
  }

  // ---- roles -----------------------------------------------------------------------------------

  private void getRoles(Context ctx) {
    ArrayNode arr = F.arrayNode();
    for (Role r : prism.roles().all()) {
      arr.addObject().put("id", r.id()).put("name", r.name()).put("summary", r.summary()).put("url", BASE + "/roles/" + r.id());
    }
    json(ctx, F.objectNode().set("roles", arr));
  }

  private void getRole(Context ctx) {
    String id = ctx.pathParam("id");
    Role r = prism.roles().get(id).orElseThrow(() -> ApiProblem.notFound("no role '" + id + "'; see " + BASE + "/roles"));
    json(ctx, roleJson(r));
  }

  static ObjectNode roleJson(Role r) {
    ObjectNode o = F.objectNode().put("id", r.id()).put("name", r.name()).put("summary", r.summary());
    ArrayNode levels = o.putArray("levels");
    for (Level l : Level.values()) {
      LevelProfile p = r.level(l);
      ObjectNode n = levels.addObject();
      n.put("id", l.id()).put("name", p.name()).put("minYears", p.minYears());
      if (l == Level.STAFF) {
        n.putNull("maxYears");
      } else {
        n.put("maxYears", p.maxYears());
      }
      n.put("maxPages", p.maxPages()).put("scope", p.scope()).put("ownership", p.ownership())
          .put("collaboration", p.collaboration()).put("metric", p.metric());
      ArrayNode ex = n.putArray("expects");
      for (Expectation e : p.expects()) {
        ex.addObject().put("id", e.id()).put("text", e.text());
      }
      ArrayNode mistakes = n.putArray("mistakes");
      p.mistakes().forEach(mistakes::add);
    }
    ArrayNode proves = o.putArray("proves");
    for (dev.prism.core.role.Dimension d : dev.prism.core.role.Dimension.values()) {
      Role.DimensionProfile dp = r.dimensions().get(d);
      if (dp != null) {
        proves.addObject().put("id", d.id()).put("name", dp.name()).put("proves", dp.proves());
      }
    }
    return o;
  }

  // ---- articles and comments --------------------------------------------------------------------

  private void getArticles(Context ctx) {
    ArrayNode arr = F.arrayNode();
    for (Guides.Guide g : guides.all()) {
      arr.addObject().put("slug", g.slug()).put("title", g.title()).put("summary", g.summary())
          .put("url", BASE + "/articles/" + g.slug()).put("page", "/guides/" + g.slug());
    }
    json(ctx, F.objectNode().set("articles", arr));
  }

  private Guides.Guide guide(Context ctx) {
    String slug = ctx.pathParam("slug");
    return guides.get(slug).orElseThrow(() -> ApiProblem.notFound("no article '" + slug + "'; see " + BASE + "/articles"));
  }

  private void getArticle(Context ctx) {
    Guides.Guide g = guide(ctx);
    json(ctx, F.objectNode().put("slug", g.slug()).put("title", g.title()).put("summary", g.summary())
        .put("html", g.html()).put("page", "/guides/" + g.slug()));
  }

  private void getComments(Context ctx) {
    Guides.Guide g = guide(ctx);
    ArrayNode arr = F.arrayNode();
    for (Community.Comment c : community.comments(g.slug(), isModerator(ctx))) {
      arr.add(commentJson(c));
    }
    json(ctx, F.objectNode().put("article", g.slug()).set("comments", arr));
  }

  private void postComment(Context ctx) {
    Guides.Guide g = guide(ctx);
    requireJson(ctx);
    ObjectNode body = CheckInput.object(ctx.bodyAsBytes(), Set.of("author", "body"));
    Community.Comment c = addComment(g, CheckInput.optionalString(body, "author"), CheckInput.optionalString(body, "body"));
    ctx.status(201);
    json(ctx, commentJson(c));
  }

  /** Validates and stores a comment; shared by the API and the page's plain form. */
  Community.Comment addComment(Guides.Guide g, String author, String body) {
    String text = TextRules.body("body", body, Community.MAX_BODY);
    return community.addComment(g.slug(), TextRules.author(author, Community.MAX_AUTHOR), text);
  }

  private void moderateComment(Context ctx) {
    requireModerator(ctx);
    guide(ctx);
    requireJson(ctx);
    ObjectNode body = CheckInput.object(ctx.bodyAsBytes(), Set.of("hidden"));
    if (!body.has("hidden")) {
      throw ApiProblem.badRequest("hidden", "give 'hidden': true or false");
    }
    if (!community.hideComment(commentId(ctx), CheckInput.booleanField(body, "hidden"))) {
      throw ApiProblem.notFound("no such comment");
    }
    ctx.status(204);
  }

  private void deleteComment(Context ctx) {
    requireModerator(ctx);
    guide(ctx);
    if (!community.deleteComment(commentId(ctx))) {
      throw ApiProblem.notFound("no such comment");
    }
    ctx.status(204);
  }

  private static long commentId(Context ctx) {
    return numericId(ctx, "commentId", "comment");
  }

  private static long numericId(Context ctx, String param, String what) {
    try {
      return Long.parseLong(ctx.pathParam(param));
    } catch (NumberFormatException e) {
      throw ApiProblem.notFound("no such " + what);
    }
  }

  private static ObjectNode commentJson(Community.Comment c) {
    ObjectNode n = F.objectNode().put("id", c.id()).put("author", c.author()).put("body", c.body())
        .put("createdAt", java.time.Instant.ofEpochMilli(c.createdAt()).toString());
    if (c.hidden()) {
      n.put("hidden", true);
    }
    return n;
  }

  boolean isModerator(Context ctx) {
    String expected = config.adminToken();
    String auth = ctx.header("Authorization");
    if (expected == null || auth == null || !auth.startsWith("Bearer ")) {
      return false;
    }
    return MessageDigest.isEqual(auth.substring(7).trim().getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Lets a moderator through. Wrong tokens are counted per client: past a few a minute the client
   * is refused before its token is even compared, so guessing gets nowhere.
   */
  private void requireModerator(Context ctx) {
    if (ctx.header("Authorization") == null) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiProblem(401, "unauthorized", "Moderator token required", "send Authorization: Bearer with the moderator token", null, 0);
    }
    limits.checkAuthAllowed(ctx);
    if (!isModerator(ctx)) {
      limits.authFailed(ctx);
      throw ApiProblem.forbidden("the token is not the moderator token");
    }
  }

  // ---- reviews ---------------------------------------------------------------------------------

  private void getReviews(Context ctx) {
    json(ctx, reviewsJson(subject(ctx.queryParam("guide")), 50, isModerator(ctx)));
  }

  /** "" for Prism itself, else the slug of an existing guide. */
  private String subject(String guide) {
    if (guide == null || guide.isBlank()) {
      return "";
    }
    return guides.get(guide).orElseThrow(() -> ApiProblem.notFound("no guide '" + guide + "'; see " + BASE + "/articles")).slug();
  }

  ObjectNode reviewsJson(String subject, int limit, boolean includeHidden) {
    Community.Summary s = community.summary(subject);
    ObjectNode o = F.objectNode().put("average", s.average()).put("count", s.count()).put("display", s.display());
    if (!subject.isEmpty()) {
      o.put("guide", subject);
    }
    ArrayNode arr = o.putArray("reviews");
    for (Community.Review r : community.reviews(subject, limit, includeHidden)) {
      arr.add(reviewJson(r));
    }
    return o;
  }

  private void postReview(Context ctx) {
    requireJson(ctx);
    ObjectNode body = CheckInput.object(ctx.bodyAsBytes(), Set.of("stars", "author", "body", "guide"));
    JsonNode stars = body.get("stars");
    // canConvertToInt: 4294967301 is integral, but as an int it is 5.
    if (stars == null || !stars.isIntegralNumber() || !stars.canConvertToInt() || stars.intValue() < 1 || stars.intValue() > 5) {
      throw ApiProblem.badRequest("stars", "'stars' must be a whole number from 1 to 5");
    }
    String text = TextRules.body("body", CheckInput.optionalString(body, "body"), Community.MAX_BODY);
    String author = TextRules.author(CheckInput.optionalString(body, "author"), Community.MAX_AUTHOR);
    String subject = subject(CheckInput.optionalString(body, "guide"));
    Community.Review r;
    try {
      r = community.addReview(stars.intValue(), author, text, subject, limits.clientIp(ctx));
    } catch (Community.AlreadyReviewed e) {
      throw new ApiProblem(409, "already-reviewed", "Already reviewed",
          "this client has already reviewed " + (subject.isEmpty() ? "Prism" : "this guide") + "; one review each", null, 0);
    }
    ctx.status(201);
    json(ctx, reviewJson(r));
  }

  private void moderateReview(Context ctx) {
    requireModerator(ctx);
    requireJson(ctx);
    ObjectNode body = CheckInput.object(ctx.bodyAsBytes(), Set.of("hidden"));
    if (!body.has("hidden")) {
      throw ApiProblem.badRequest("hidden", "give 'hidden': true or false");
    }
    if (!community.hideReview(numericId(ctx, "reviewId", "review"), CheckInput.booleanField(body, "hidden"))) {
      throw ApiProblem.notFound("no such review");
    }
    ctx.status(204);
  }

  private void deleteReview(Context ctx) {
    requireModerator(ctx);
    if (!community.deleteReview(numericId(ctx, "reviewId", "review"))) {
      throw ApiProblem.notFound("no such review");
    }
    ctx.status(204);
  }

  private static ObjectNode reviewJson(Community.Review r) {
    ObjectNode n = F.objectNode().put("id", r.id()).put("stars", r.stars()).put("author", r.author()).put("body", r.body())
        .put("createdAt", java.time.Instant.ofEpochMilli(r.createdAt()).toString());
    if (!r.subject().isEmpty()) {
      n.put("guide", r.subject());
    }
    if (r.hidden()) {
      n.put("hidden", true);
    }
    return n;
  }

  // ---- helpers ---------------------------------------------------------------------------------

  static void requireJson(Context ctx) {
    String type = CheckInput.mediaType(ctx.contentType());
    if (!type.equals("application/json")) {
      throw ApiProblem.unsupported((type.isEmpty() ? "no Content-Type given" : "Content-Type '" + type + "' is not accepted") + "; send application/json");
    }
  }

  static void json(Context ctx, JsonNode node) {
    ctx.contentType("application/json").result(ReportJson.write(node, false));
  }
}
