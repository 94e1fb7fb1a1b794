package dev.prism.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.prism.core.CheckOptions;
import dev.prism.core.Prism;
import dev.prism.core.examples.ResumeMarkdown;
import dev.prism.core.model.Extraction;
import dev.prism.core.report.JsonResumeWriter;
import dev.prism.core.report.Report;
import dev.prism.core.report.ReportJson;
import dev.prism.core.text.Segmenter;
import dev.prism.report.HtmlReport;
import dev.prism.report.PdfReport;
import dev.prism.report.ResumeDocx;
import dev.prism.report.ResumePdf;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * What the page needs to edit a resume in place, all stateless: the text travels with each request
 * and nothing is stored. Each takes the text and layout a check answered and the person's edits
 * ({@link TextEdits}), so a PDF's bullets stay bullets: {@code /rechecks} checks the edited resume,
 * {@code /resumes} writes it as Markdown, DOCX, PDF or JSON Resume, {@code /reports} writes its report
 * as the CLI's HTML or PDF.
 */
final class EditApi {
  /** Far above any resume (ten pages run to about 40,000 characters), far below the body limit. */
  static final int MAX_TEXT_CHARS = 200_000;

  private final Api api;
  private final Prism prism;
  private final CheckRunner runner;
  /** The deadline for writing a file: a PDF, fonts loaded the first time, takes several checks' time. */
  private final java.time.Duration fileTimeout;

  EditApi(Api api, Prism prism, CheckRunner runner, java.time.Duration fileTimeout) {
    this.api = api;
    this.prism = prism;
    this.runner = runner;
    this.fileTimeout = fileTimeout;
  }

  void register(Javalin app) {
    api.route(app, HandlerType.POST, "/rechecks", api.limited(Limits.Scope.EDIT, this::recheck));
    api.route(app, HandlerType.POST, "/resumes", api.limited(Limits.Scope.CHECK, this::resume));
    api.route(app, HandlerType.POST, "/reports", api.limited(Limits.Scope.CHECK, this::report));
  }

  /** An edited text, checked as its first check was: same layout, role, level and job. */
  private void recheck(Context ctx) throws Exception {
    ObjectNode body = body(ctx, Set.of("text", "layout", "edits", "role", "level", "jd"));
    Extraction x = edited(body);
    CheckOptions options = options(body);
    String jd = CheckInput.optionalString(body, "jd");
    Api.json(ctx, runner.run(() -> api.answer(x, options, Api.job(jd == null || jd.isBlank() ? null : jd, false, false))));
  }

  private void resume(Context ctx) throws Exception {
    ObjectNode body = body(ctx, Set.of("text", "layout", "edits", "format"));
    Extraction x = edited(body);
    String format = format(body, Set.of("markdown", "docx", "pdf", "json"));
    byte[] file = runner.run(() -> {
      JsonNode resume = JsonResumeWriter.write(Segmenter.segment(x));
      return switch (format) {
        case "markdown" -> ResumeMarkdown.render(resume).getBytes(StandardCharsets.UTF_8);
        case "docx" -> ResumeDocx.render(resume);
        case "pdf" -> ResumePdf.render(resume);
        default -> ReportJson.write(resume, true).getBytes(StandardCharsets.UTF_8);
      };
    }, fileTimeout);
    switch (format) {
      case "markdown" -> attachment(ctx, "resume.md", "text/markdown; charset=utf-8", file);
      case "docx" -> attachment(ctx, "resume.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", file);
      case "pdf" -> attachment(ctx, "resume.pdf", "application/pdf", file);
      default -> attachment(ctx, "resume.json", "application/json", file);
    }
  }

  private void report(Context ctx) throws Exception {
    ObjectNode body = body(ctx, Set.of("text", "layout", "edits", "role", "level", "format"));
    Extraction x = edited(body);
    CheckOptions options = options(body);
    String format = format(body, Set.of("html", "pdf"));
    byte[] file = runner.run(() -> {
      Report r = prism.check(x, options);
      return format.equals("pdf") ? PdfReport.render(r, "your resume")
          : HtmlReport.render(r, "your resume").getBytes(StandardCharsets.UTF_8);
    }, fileTimeout);
    if (format.equals("pdf")) {
      attachment(ctx, "prism-report.pdf", "application/pdf", file);
    } else {
      attachment(ctx, "prism-report.html", "text/html; charset=utf-8", file);
    }
  }

  private static ObjectNode body(Context ctx, Set<String> allowed) {
    Api.requireJson(ctx);
    return CheckInput.object(ctx.bodyAsBytes(), allowed);
  }

  /** The text as its check read it (text and layout), with the person's edits made. */
  static Extraction edited(ObjectNode body) {
    String text = text(body);
    Extraction x = LayoutJson.read(text, body.get("layout"));
    return TextEdits.apply(x, TextEdits.read(body.get("edits"), text.length()));
  }

  private static String text(ObjectNode body) {
    JsonNode t = body.get("text");
    if (t == null || !t.isTextual()) {
      throw ApiProblem.badRequest("text", "'text' must be the resume text as a string");
    }
    String text = t.asText();
    if (text.isBlank()) {
      throw ApiProblem.unreadable("the text is empty");
    }
    if (text.length() > MAX_TEXT_CHARS) {
      throw ApiProblem.tooLarge("the text is " + text.length() + " characters; the limit is " + MAX_TEXT_CHARS);
    }
    return text;
  }

  private CheckOptions options(ObjectNode body) {
    return CheckOptions.defaults().withRole(api.role(CheckInput.optionalString(body, "role")))
        .withTarget(CheckInput.level(CheckInput.optionalString(body, "level")));
  }

  private static String format(ObjectNode body, Set<String> known) {
    String f = CheckInput.optionalString(body, "format");
    if (f == null || !known.contains(f)) {
      throw ApiProblem.badRequest("format", "'format' must be one of " + String.join(", ", known.stream().sorted().toList()));
    }
    return f;
  }

  static void attachment(Context ctx, String fileName, String contentType, byte[] body) {
    // An edited resume is personal: no cache along the way may keep a copy.
    ctx.header("Cache-Control", "no-store");
    Api.attachment(ctx, fileName, contentType, body);
  }
}
