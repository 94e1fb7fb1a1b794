package dev.prism.server;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.prism.core.CheckOptions;
import dev.prism.core.Prism;
import dev.prism.core.letter.CoverLetter;
import dev.prism.core.letter.CoverLetterJson;
import dev.prism.core.letter.CoverLetters;
import dev.prism.core.letter.Tone;
import dev.prism.core.match.Match;
import dev.prism.core.match.Tailor;
import dev.prism.core.match.TailoredMarkdown;
import dev.prism.core.match.Tailoring;
import dev.prism.core.match.TailoringJson;
import dev.prism.core.model.Extraction;
import dev.prism.core.report.JsonResumeWriter;
import dev.prism.report.LetterFiles;
import dev.prism.report.ResumeDocx;
import dev.prism.report.ResumePdf;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a job posting beside a resume gives besides the match a check carries: {@code POST
 * /tailorings} (the resume tailored to the job, or the tailored resume as a file) and {@code POST
 * /cover-letters} (a letter drafted from both, or the letter as a file). Both take the bodies
 * {@code /checks} takes. A JSON body may also carry the layout a check answered and the person's
 * edits, as {@code /rechecks} takes them, so that the page tailors what is on its screen: a PDF's
 * bullets stay bullets, and an edited bullet is tailored as edited. Nothing is stored.
 */
final class JobApi {
  /** What a JSON body may add to a check's fields: the layout its check answered and the edits made since. */
  private static final Set<String> EDIT_FIELDS = Set.of("layout", "edits");
  private static final Set<String> FIELDS = union(CheckInput.JSON_FIELDS, EDIT_FIELDS);
  private static final List<String> TAILORING_FORMATS = List.of("json", "markdown", "docx", "pdf", "json-resume");
  private static final List<String> LETTER_FORMATS = List.of("json", "text", "docx", "pdf");
  static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private final Api api;
  private final Prism prism;
  private final CheckRunner runner;

  JobApi(Api api, Prism prism, CheckRunner runner) {
    this.api = api;
    this.prism = prism;
    this.runner = runner;
  }

  void register(Javalin app) {
    api.route(app, HandlerType.POST, "/cover-letters", api.limited(Limits.Scope.CHECK, this::coverLetter));
    api.route(app, HandlerType.POST, "/tailorings", api.limited(Limits.Scope.CHECK, this::tailoring));
  }

  /**
   * A request's resume and options. {@code edited} holds the text, layout and edits when the body
   * brought a layout or edits (read as {@link EditApi#edited} reads them), else null.
   */
  private record Request(CheckInput in, ObjectNode edited) {}

  private static Request request(Context ctx) {
    if (!CheckInput.mediaType(ctx.contentType()).equals("application/json")) {
      return new Request(CheckInput.from(ctx), null);
    }
    ObjectNode body = CheckInput.object(ctx.bodyAsBytes(), FIELDS);
    if (!body.has("layout") && !body.has("edits")) {
      return new Request(CheckInput.json(body, false), null);
    }
    if (!body.has("text")) {
      throw ApiProblem.badRequest("text", "'layout' and 'edits' go with 'text': the text the check answered");
    }
    ObjectNode edited = JsonNodeFactory.instance.objectNode();
    edited.set("text", body.get("text"));
    EDIT_FIELDS.stream().filter(body::has).forEach(f -> edited.set(f, body.remove(f)));
    return new Request(CheckInput.json(body, false), edited);
  }

  /** The resume read against the job (runs on a worker). */
  private Match match(Request r, CheckOptions options) {
    Extraction x = r.edited() == null ? api.extract(r.in()) : EditApi.edited(r.edited());
    return prism.match(x, Api.job(r.in().jd(), r.in().jdJson(), true), options);
  }

  private static String format(Context ctx, List<String> known, String what) {
    String format = Objects.requireNonNullElse(ctx.queryParam("format"), "json");
    if (!known.contains(format)) {
      throw ApiProblem.badRequest("format", "unknown format '" + format + "'; use json (" + what + "), " + String.join(", ", known.subList(1,
          known.size() - 1)) + " or " + known.get(known.size() - 1));
    }
    return format;
  }

  /** The tailored resume beside the original, or (with {@code ?format=}) the tailored resume alone as a file. */
  private void tailoring(Context ctx) throws Exception {
    String format = format(ctx, TAILORING_FORMATS, "the tailoring");
    Request r = request(ctx);
    CheckOptions options = CheckOptions.defaults().withRole(api.role(r.in().role())).withTarget(r.in().level());
    // The engine's work runs under the check deadline; laying out a PDF or DOCX is the example
    // downloads' work, done after it as they do, so a cold font cache cannot cost the person their tailoring.
    Tailored done = runner.run(() -> {
      Match m = match(r, options);
      return new Tailored(m, Tailor.tailor(m));
    });
    Tailoring t = done.tailoring();
    switch (format) {
      case "markdown" -> EditApi.attachment(ctx, "resume-tailored.md", "text/markdown; charset=utf-8",
          TailoredMarkdown.write(t).getBytes(StandardCharsets.UTF_8));
      case "json-resume" -> EditApi.attachment(ctx, "resume-tailored.json", "application/json",
          JsonResumeWriter.write(t.resume()).toPrettyString().getBytes(StandardCharsets.UTF_8));
      case "pdf" -> EditApi.attachment(ctx, "resume-tailored.pdf", "application/pdf", ResumePdf.render(JsonResumeWriter.write(t.resume())));
      case "docx" -> EditApi.attachment(ctx, "resume-tailored.docx", DOCX, ResumeDocx.render(t.resume()));
      default -> Api.json(ctx, TailoringJson.tree(t, done.match()));
    }
  }

  private record Tailored(Match match, Tailoring tailoring) {}

  /** A letter for the job in the tone asked for, or (with {@code ?format=}) the letter alone as a file. */
  private void coverLetter(Context ctx) throws Exception {
    String format = format(ctx, LETTER_FORMATS, "the letter with its evidence");
    Request r = request(ctx);
    String toneId = r.in().tone() == null || r.in().tone().isBlank() ? "formal" : r.in().tone();
    Tone tone = Tone.byId(toneId).orElseThrow(() -> ApiProblem.badRequest("tone", "unknown tone '" + toneId + "'; use "
        + String.join(", ", Arrays.stream(Tone.values()).map(Tone::id).toList())));
    CheckOptions options = CheckOptions.defaults().withRole(api.role(r.in().role()));
    Drafted done = runner.run(() -> {
      Match m = match(r, options);
      return new Drafted(CoverLetters.write(m, tone), m.text());
    });
    CoverLetter letter = done.letter();
    switch (format) {
      case "text" -> EditApi.attachment(ctx, "cover-letter.txt", "text/plain; charset=utf-8", letter.text().getBytes(StandardCharsets.UTF_8));
      case "docx" -> EditApi.attachment(ctx, "cover-letter.docx", DOCX, LetterFiles.docx(letter));
      case "pdf" -> EditApi.attachment(ctx, "cover-letter.pdf", "application/pdf", LetterFiles.pdf(letter));
      default -> Api.json(ctx, CoverLetterJson.tree(letter, done.text()));
    }
  }

  private record Drafted(CoverLetter letter, String text) {}

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }
}
