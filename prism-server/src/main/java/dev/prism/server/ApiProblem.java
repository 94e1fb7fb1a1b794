package dev.prism.server;

import java.util.Objects;

/**
 * An error answer as an RFC 9457 problem document. Thrown from handlers; one exception handler
 * turns it into {@code application/problem+json}.
 *
 * @param status the HTTP status
 * @param type a short slug, published as {@code /problems/SLUG}
 * @param title the same for every problem of this type
 * @param detail what went wrong this time, for a person
 * @param field the offending request field, or null
 * @param retryAfterSeconds for 429 and 503, seconds before trying again; else 0
 */
public final class ApiProblem extends RuntimeException {
  final int status;
  final String type;
  final String title;
  final String field;
  final long retryAfterSeconds;

  public ApiProblem(int status, String type, String title, String detail, String field, long retryAfterSeconds) {
    super(Objects.requireNonNull(detail, "detail"), null, false, false);
    this.status = status;
    this.type = Objects.requireNonNull(type, "type");
    this.title = Objects.requireNonNull(title, "title");
    this.field = field;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public static ApiProblem badRequest(String field, String detail) {
    return new ApiProblem(400, "invalid-request", "The request is not valid", detail, field, 0);
  }

  public static ApiProblem notFound(String detail) {
    return new ApiProblem(404, "not-found", "Not found", detail, null, 0);
  }

  public static ApiProblem forbidden(String detail) {
    return new ApiProblem(403, "forbidden", "Not allowed", detail, null, 0);
  }

  public static ApiProblem unreadable(String detail) {
    return new ApiProblem(422, "unreadable-input", "The input cannot be read as a resume", detail, null, 0);
  }

  public static ApiProblem tooLarge(String detail) {
    return new ApiProblem(413, "too-large", "The request is too large", detail, null, 0);
  }

  public static ApiProblem unsupported(String detail) {
    return new ApiProblem(415, "unsupported-type", "Unsupported file type", detail, null, 0);
  }

  public static ApiProblem busy(String detail) {
    return new ApiProblem(503, "busy", "The server is busy", detail, null, 2);
  }

  public int status() {
    return status;
  }
}
