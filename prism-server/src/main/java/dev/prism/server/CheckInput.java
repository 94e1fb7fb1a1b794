package dev.prism.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.prism.core.role.Level;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A resume as it arrived, in any of the three shapes {@code POST /checks} and {@code /parse} take:
 * a multipart upload, JSON with {@code text}, or JSON with a JSON Resume {@code resume}. Decoding
 * stops at the shape; reading the document is the engine's work, done on a check worker.
 *
 * @param fileName the name that picks a reader ("resume.txt" for pasted text)
 * @param bytes the document
 * @param role role id, or null for the default
 * @param level target level, or null
 * @param save whether to store the report
 * @param jd a job description as text, or as a JSON Resume job (JSON text); null for none
 * @param jdJson whether {@code jd} is a JSON Resume job
 * @param tone cover-letter tone id, or null
 */
record CheckInput(String fileName, byte[] bytes, String role, Level level, boolean save, String jd, boolean jdJson, String tone) {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Set<String> JSON_FIELDS = Set.of("text", "resume", "role", "level", "save", "fileName", "jd", "tone");
  /** Job descriptions longer than this are refused; a posting runs a few thousand characters. */
  static final int MAX_JD_CHARS = 100_000;
  static final String SUPPORTED_BODIES = "multipart/form-data (field 'file'), application/json ({\"text\"} or {\"resume\"}), text/plain";

  CheckInput {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(bytes, "bytes");
  }

  static CheckInput from(Context ctx) {
    String type = mediaType(ctx.contentType());
    boolean saveQuery = bool(ctx.queryParam("save"), "save");
    return switch (type) {
      case "multipart/form-data" -> multipart(ctx, saveQuery);
      case "application/json" -> json(ctx, saveQuery);
      case "text/plain" -> new CheckInput("resume.txt", ctx.bodyAsBytes(), ctx.queryParam("role"),
          level(ctx.queryParam("level")), saveQuery, null, false, ctx.queryParam("tone"));
      default -> throw ApiProblem.unsupported(
          (type.isEmpty() ? "no Content-Type given" : "Content-Type '" + type + "' is not accepted") + "; send " + SUPPORTED_BODIES);
    };
  }

  private static CheckInput multipart(Context ctx, boolean saveQuery) {
    UploadedFile file;
    String jd;
    String role;
    String level;
    String save;
    String tone;
    String text;
    try {
      file = ctx.uploadedFile("file");
      jd = ctx.formParam("jd");
      role = ctx.formParam("role");
      level = ctx.formParam("level");
      save = ctx.formParam("save");
      tone = ctx.formParam("tone");
      text = ctx.formParam("text");
    } catch (Exception e) {
      // A truncated body, a missing boundary, a part over the limit: the parser throws checked and
      // unchecked exceptions alike, and none of them is the server's fault.
      if (isSizeProblem(e)) {
        throw ApiProblem.tooLarge("the upload is larger than the 5 MiB limit");
      }
      throw ApiProblem.badRequest("file", "the multipart body could not be read; send one file in the field 'file'");
    }
    byte[] bytes = null;
    String name = "resume";
    if (file != null && file.size() > 0) {
      try (InputStream in = file.content()) {
        bytes = in.readAllBytes();
      } catch (IOException e) {
        throw ApiProblem.badRequest("file", "the upload could not be read");
      }
      name = file.filename() == null || file.filename().isBlank() ? "resume" : file.filename();
    } else if (text != null) {
      // The page's form sends pasted text in 'text' when no file is chosen.
      bytes = text.getBytes(StandardCharsets.UTF_8);
      name = "resume.txt";
    } else if (file != null) {
      bytes = new byte[0];
      name = file.filename() == null || file.filename().isBlank() ? "resume" : file.filename();
    }
    if (bytes == null) {
      throw ApiProblem.badRequest("file", "no file in the multipart field 'file'");
    }
    return new CheckInput(name, bytes, blankToNull(role), level(level), saveQuery || bool(save, "save"),
        jd == null || jd.isBlank() ? null : limitJd(jd), false, blankToNull(tone));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static boolean isSizeProblem(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = t.getMessage();
      if (m != null && (m.contains("exceeds") || m.contains("too large") || m.contains("Too large"))) {
        return true;
      }
    }
    return false;
  }

  private static CheckInput json(Context ctx, boolean saveQuery) {
    return json(object(ctx.bodyAsBytes(), JSON_FIELDS), saveQuery);
  }

  /** A JSON body already parsed and its fields checked, as {@link #object} answers it. */
  static CheckInput json(ObjectNode body, boolean saveQuery) {
    JsonNode text = body.get("text");
    JsonNode resume = body.get("resume");
    if ((text == null) == (resume == null)) {
      throw ApiProblem.badRequest(text == null ? "text" : "resume", "give exactly one of 'text' (the resume as text) or 'resume' (a JSON Resume object)");
    }
    String role = optionalString(body, "role");
    Level level = level(optionalString(body, "level"));
    boolean save = saveQuery || (body.has("save") && booleanField(body, "save"));
    JsonNode jdNode = body.get("jd");
    String jd = null;
    boolean jdJson = false;
    if (jdNode != null && !jdNode.isNull()) {
      if (jdNode.isTextual()) {
        jd = jdNode.asText().isBlank() ? null : limitJd(jdNode.asText());
      } else if (jdNode.isObject()) {
        jd = jdNode.toString();
        jdJson = true;
      } else {
        throw ApiProblem.badRequest("jd", "'jd' must be the job description as text, or a JSON Resume job object");
      }
    }
    String tone = optionalString(body, "tone");
    if (text != null) {
      if (!text.isTextual()) {
        throw ApiProblem.badRequest("text", "'text' must be a string");
      }
      String fileName = optionalString(body, "fileName");
      return new CheckInput(fileName == null ? "resume.txt" : fileName, text.asText().getBytes(StandardCharsets.UTF_8), role, level,
          save, jd, jdJson, tone);
    }
    if (!resume.isObject()) {
      throw ApiProblem.badRequest("resume", "'resume' must be a JSON Resume object");
    }
    try {
      return new CheckInput("resume.json", JSON.writeValueAsBytes(resume), role, level, save, jd, jdJson, tone);
    } catch (JsonProcessingException e) {
      throw ApiProblem.badRequest("resume", "'resume' could not be read");
    }
  }

  private static String limitJd(String jd) {
    if (jd.length() > MAX_JD_CHARS) {
      throw ApiProblem.badRequest("jd", "the job description is " + jd.length() + " characters; the limit is " + MAX_JD_CHARS);
    }
    return jd;
  }

  /** Parses a JSON object body, refusing other JSON and any field not in {@code allowed}. */
  static ObjectNode object(byte[] body, Set<String> allowed) {
    JsonNode n;
    try {
      n = JSON.readTree(body);
    } catch (IOException e) {
      throw ApiProblem.badRequest("body", "the body is not valid JSON"
          + (e instanceof JsonProcessingException j && j.getLocation() != null
              ? " (line " + j.getLocation().getLineNr() + ", column " + j.getLocation().getColumnNr() + ")" : ""));
    }
    if (n == null || !n.isObject()) {
      throw ApiProblem.badRequest("body", "the body must be a JSON object");
    }
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!allowed.contains(f)) {
        throw ApiProblem.badRequest(f, "unknown field '" + f + "'; accepted fields: " + String.join(", ", allowed.stream().sorted().toList()));
      }
    }
    return (ObjectNode) n;
  }

  static String optionalString(ObjectNode body, String field) {
    JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw ApiProblem.badRequest(field, "'" + field + "' must be a string");
    }
    return v.asText();
  }

  static boolean booleanField(ObjectNode body, String field) {
    JsonNode v = body.get(field);
    if (!v.isBoolean()) {
      throw ApiProblem.badRequest(field, "'" + field + "' must be true or false");
    }
    return v.asBoolean();
  }

  static Level level(String id) {
    if (id == null || id.isBlank()) {
      return null;
    }
    return Level.byId(id).orElseThrow(() -> ApiProblem.badRequest("level",
        "unknown level '" + id + "'; use junior, mid, senior or staff"));
  }

  private static boolean bool(String v, String field) {
    if (v == null || v.isBlank()) {
      return false;
    }
    return switch (v.trim().toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes", "on" -> true;
      case "false", "0", "no", "off" -> false;
      default -> throw ApiProblem.badRequest(field, "'" + field + "' must be true or false");
    };
  }

  static String mediaType(String contentType) {
    if (contentType == null) {
      return "";
    }
    int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
  }
}
