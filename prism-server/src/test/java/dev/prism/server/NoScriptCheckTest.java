package dev.prism.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The check form works before (or without) its script: it posts, never puts the resume in the URL,
 * and the answer is the report as a page.
 */
class NoScriptCheckTest extends OneNodeTest {

  @Test
  void theCheckFormPostsAMultipartBody() {
    String page = node.get("/").body();
    int form = page.indexOf("<form id=\"check-form\"");
    assertThat(form).isNotNegative();
    String tag = page.substring(form, page.indexOf('>', form));
    assertThat(tag).contains("method=\"post\"", "action=\"/check\"", "enctype=\"multipart/form-data\"");
  }

  static byte[] form(String boundary, String text) {
    String b = "--" + boundary + "\r\n";
    String body = b + "Content-Disposition: form-data; name=\"file\"; filename=\"\"\r\nContent-Type: application/octet-stream\r\n\r\n\r\n"
        + b + "Content-Disposition: form-data; name=\"role\"\r\n\r\nbackend-engineer\r\n"
        + b + "Content-Disposition: form-data; name=\"level\"\r\n\r\nsenior\r\n"
        + b + "Content-Disposition: form-data; name=\"text\"\r\n\r\n" + text + "\r\n"
        + b + "Content-Disposition: form-data; name=\"jd\"\r\n\r\n\r\n"
        + "--" + boundary + "--\r\n";
    return body.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aPastedResumeIsAnsweredWithTheReportPage() {
    TestNode.Res r = node.post("/check", "multipart/form-data; boundary=nojs", form("nojs", TestNode.RESUME), "Origin", node.base,
        "Accept", "text/html");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.type()).startsWith("text/html");
    assertThat(r.body()).contains("<html", "Senior Backend Engineer").containsIgnoringCase("score");
    assertThat(r.header("Location")).isNull();
    assertThat(r.header("Cache-Control")).isEqualTo("no-store");
    assertThat(r.raw().uri().toString()).isEqualTo(node.base + "/check");
  }

  @Test
  void anUnreadableSubmissionIsAnsweredWithAPageThatSaysWhy() {
    TestNode.Res r = node.post("/check", "multipart/form-data; boundary=nojs", form("nojs", "   "), "Accept", "text/html");
    assertThat(r.status()).isEqualTo(422);
    assertThat(r.type()).startsWith("text/html");
    assertThat(r.body()).contains("no text");
  }
}
