package dev.prism.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's own answers (a request it cannot parse, such as {@code Content-Length: abc}, or one no
 * handler took) as problem documents like every other error, instead of Jetty's HTML page.
 */
final class JettyProblems extends ErrorHandler {
  static byte[] json(int status, String reason) {
    String title = HttpStatus.getMessage(status);
    String detail = reason == null || reason.isBlank() ? "the request could not be handled" : reason;
    return ("{\"type\":\"/problems/http-" + status + "\",\"title\":\"" + clean(title) + "\",\"status\":" + status
        + ",\"detail\":\"" + clean(detail) + "\"}").getBytes(StandardCharsets.UTF_8);
  }

  /** Jetty's reasons are its own words, but keep them to plain printable text all the same. */
  private static String clean(String s) {
    return s.replaceAll("[^A-Za-z0-9 .,:;()'/_-]", "");
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, "application/problem+json");
    return ByteBuffer.wrap(json(status, reason));
  }

  @Override
  protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request, HttpServletResponse response,
      int code, String message) throws IOException {
    byte[] body = json(code, message);
    response.setContentType("application/problem+json");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
    baseRequest.setHandled(true);
  }
}
