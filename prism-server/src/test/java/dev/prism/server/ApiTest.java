package dev.prism.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiTest extends OneNodeTest {
  static void assertProblem(TestNode.Res r, int status, String field) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.type()).startsWith("application/problem+json");
    JsonNode p = r.json();
    assertThat(p.path("type").asText()).startsWith("/problems/");
    assertThat(p.path("title").asText()).isNotBlank();
    assertThat(p.path("status").asInt()).isEqualTo(status);
    assertThat(p.path("detail").asText()).isNotBlank();
    if (field != null) {
      assertThat(p.path("field").asText()).isEqualTo(field);
    }
  }

  @Test
  void checksPastedTextIntoAReport() {
    TestNode.Res r = node.json("/api/v1/checks", Map.of("text", TestNode.RESUME, "level", "staff"));
    assertThat(r.status()).isEqualTo(200);
    JsonNode j = r.json();
    assertThat(j.path("schema").asText()).isEqualTo("prism.report/1");
    assertThat(j.path("score").asInt()).isBetween(0, 100);
    assertThat(j.path("level").path("target").asText()).isEqualTo("staff");
    assertThat(j.path("bullets").size()).isGreaterThanOrEqualTo(4);
    assertThat(j.has("id")).isFalse();
    JsonNode b = j.path("bullets").get(0);
    String text = j.path("text").asText();
    assertThat(text.substring(b.path("offset").asInt(), b.path("offset").asInt() + b.path("length").asInt()))
        .contains(b.path("text").asText().substring(0, 10));
  }

  @Test
  void checksAnUploadedFileAndAJsonResume() {
    byte[] body = TestNode.multipart("XyZ", "resume.md", TestNode.RESUME.getBytes(StandardCharsets.UTF_8));
    TestNode.Res up = node.post("/api/v1/checks", "multipart/form-data; boundary=XyZ", body);
    assertThat(up.status()).as(up.body()).isEqualTo(200);
    assertThat(up.json().path("parse").path("format").asText()).isEqualTo("markdown");
    assertThat(up.json().path("level").path("target").asText()).isEqualTo("senior");

    Map<String, Object> resume = Map.of("basics", Map.of("name", "Jane Doe", "email", "jane@example.com"),
        "work", List.of(Map.of("name", "Acme", "position", "Backend Engineer", "startDate", "2020-01",
            "highlights", List.of("Built a Kafka pipeline processing 40K events/s"))));
    TestNode.Res jr = node.json("/api/v1/checks", Map.of("resume", resume));
    assertThat(jr.status()).as(jr.body()).isEqualTo(200);
    assertThat(jr.json().path("parse").path("format").asText()).isEqualTo("json-resume");
  }

  @Test
  void savesFetchesAndDeletesWithTheToken() {
    TestNode.Res saved = node.json("/api/v1/checks?save=true", Map.of("text", TestNode.RESUME));
    assertThat(saved.status()).isEqualTo(201);
    String id = saved.json().path("id").asText();
    String token = saved.json().path("deleteToken").asText();
    assertThat(id).matches("[A-Za-z0-9_-]{22}");
    assertThat(saved.header("Location")).isEqualTo("/api/v1/checks/" + id);

    TestNode.Res got = node.get("/api/v1/checks/" + id);
    assertThat(got.status()).isEqualTo(200);
    assertThat(got.json().path("score").asInt()).isEqualTo(saved.json().path("score").asInt());
    assertThat(got.body()).doesNotContain(token);

    assertProblem(node.delete("/api/v1/checks/" + id, "X-Delete-Token", "wrong"), 403, null);
    assertProblem(node.delete("/api/v1/checks/" + id), 400, "token");
    assertThat(node.delete("/api/v1/checks/" + id, "X-Delete-Token", token).status()).isEqualTo(204);
    assertProblem(node.get("/api/v1/checks/" + id), 404, null);
    assertProblem(node.get("/api/v1/checks/' OR 1=1 --".replace(" ", "%20").replace("'", "%27")), 404, null);
  }

  @Test
  void analysesBullets() {
    TestNode.Res r = node.json("/api/v1/bullets", Map.of("bullets", List.of(
        "Helped the team with database queries and fixed some bugs.",
        "Cut p95 API latency from 180 ms to 135 ms by adding PostgreSQL indexes")));
    assertThat(r.status()).isEqualTo(200);
    JsonNode bs = r.json().path("bullets");
    assertThat(bs.size()).isEqualTo(2);
    assertThat(bs.get(0).path("strength").asInt()).isLessThan(bs.get(1).path("strength").asInt());
    assertThat(bs.get(0).path("id").asText()).isEqualTo("b1");
    assertProblem(node.json("/api/v1/bullets", Map.of("bullets", List.of())), 400, "bullets");
    assertProblem(node.json("/api/v1/bullets", Map.of("bullets", List.of("x".repeat(2001)))), 400, "bullets");
  }

  static final String JD = """
      Senior Backend Engineer, Payments

      What you'll do
      - Design and build REST APIs for the ledger service
      - Keep p99 latency low as volume grows

      Requirements
      - 5+ years building backend services in Java
      - Production experience with PostgreSQL and Kafka
      - Experience with Kubernetes and Terraform

      Nice to have
      - Redis caching

      We offer 30 days of paid time off. We are an equal opportunity employer.
      """;

  @Test
  void matchesAgainstAJobDescription() {
    TestNode.Res r = node.json("/api/v1/matches", Map.of("text", TestNode.RESUME, "jd", JD));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode m = r.json();
    assertThat(m.path("matchRate").asInt()).isBetween(0, 100);
    assertThat(m.path("required").findValuesAsText("term")).isNotEmpty();
    assertThat(m.path("missing").findValuesAsText("term")).isNotEmpty();

    JsonNode withMatch = node.json("/api/v1/checks", Map.of("text", TestNode.RESUME, "jd", JD)).json();
    assertThat(withMatch.path("match").path("matchRate").asInt()).isEqualTo(m.path("matchRate").asInt());
    assertThat(node.json("/api/v1/checks", Map.of("text", TestNode.RESUME)).json().has("match")).isFalse();

    assertProblem(node.json("/api/v1/matches", Map.of("text", TestNode.RESUME)), 400, "jd");
    assertProblem(node.json("/api/v1/matches", Map.of("text", TestNode.RESUME, "jd", 42)), 400, "jd");
    assertProblem(node.json("/api/v1/matches", Map.of("text", TestNode.RESUME, "jd", "We offer free lunch and a gym.")), 400, "jd");
    assertProblem(node.json("/api/v1/matches", Map.of("text", TestNode.RESUME, "jd", "x".repeat(100_001))), 400, "jd");
  }

  @Test
  void draftsACoverLetterFromTheResumeOnly() {
    TestNode.Res r = node.json("/api/v1/cover-letters", Map.of("text", TestNode.RESUME, "jd", JD, "tone", "direct"));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode l = r.json();
    assertThat(l.path("tone").asText()).isEqualTo("direct");
    assertThat(l.path("text").asText()).isNotBlank();
    for (JsonNode e : l.path("evidence")) {
      assertThat(TestNode.RESUME).contains(e.path("text").asText());
    }
    assertProblem(node.json("/api/v1/cover-letters", Map.of("text", TestNode.RESUME, "jd", JD, "tone", "sarcastic")), 400, "tone");
    assertProblem(node.json("/api/v1/cover-letters", Map.of("text", TestNode.RESUME)), 400, "jd");
  }

  @Test
  void parsesIntoJsonResume() {
    TestNode.Res r = node.json("/api/v1/parse", Map.of("text", TestNode.RESUME));
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().path("resume").path("basics").path("email").asText()).isEqualTo("jane.doe@example.com");
    assertThat(r.json().path("resume").path("work").size()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void servesRolesWithTheirLevelMatrix() {
    JsonNode roles = node.get("/api/v1/roles").json().path("roles");
    assertThat(roles.findValuesAsText("id")).contains("backend-engineer");
    JsonNode be = node.get("/api/v1/roles/backend-engineer").json();
    assertThat(be.path("levels").size()).isEqualTo(4);
    for (JsonNode l : be.path("levels")) {
      for (String f : List.of("scope", "ownership", "collaboration", "metric")) {
        assertThat(l.path(f).asText()).as(f).isNotBlank();
      }
      assertThat(l.path("expects").isArray()).isTrue();
    }
    assertProblem(node.get("/api/v1/roles/astronaut"), 404, null);
  }

  @Test
  void servesExampleResumesByLevel() {
    JsonNode list = node.get("/api/v1/examples").json().path("examples");
    assertThat(list.findValuesAsText("level")).containsExactly("junior", "mid", "senior", "staff");
    JsonNode senior = node.get("/api/v1/examples/senior").json();
    assertThat(senior.path("resume").path("basics").path("name").asText()).isNotBlank();
    assertThat(senior.path("text").asText()).contains(senior.path("resume").path("basics").path("name").asText());
    assertThat(senior.path("markdown").asText()).startsWith("#");
    assertProblem(node.get("/api/v1/examples/intern"), 404, null);
    // An example checked as text reads as strong.
    TestNode.Res r = node.json("/api/v1/checks", Map.of("text", senior.path("text").asText(), "level", "senior"));
    assertThat(r.json().path("score").asInt()).isGreaterThanOrEqualTo(60);
  }

  @Test
  void examplesDownloadAsJsonResumeMarkdownAndPdf() throws Exception {
    java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
    String name = node.get("/api/v1/examples/mid").json().path("resume").path("basics").path("name").asText();
    TestNode.Res json = node.get("/api/v1/examples/mid/download");
    assertThat(json.status()).isEqualTo(200);
    assertThat(json.raw().headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"prism-example-mid.json\"");
    assertThat(json.json().path("basics").path("name").asText()).isEqualTo(name);
    TestNode.Res md = node.get("/api/v1/examples/mid/download?format=markdown");
    assertThat(md.body()).startsWith("# " + name);
    var pdf = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(node.base + "/api/v1/examples/mid/download?format=pdf")).build(),
        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
      assertThat(text).contains(name).contains("Experience".toUpperCase());
    }
    assertThat(node.get("/api/v1/examples/mid/download?format=docx").header("Content-Disposition"))
        .isEqualTo("attachment; filename=\"prism-example-mid.docx\"");
    assertProblem(node.get("/api/v1/examples/mid/download?format=exe"), 400, "format");
    assertProblem(node.get("/api/v1/examples/intern/download"), 404, null);
  }

  @Test
  void servesArticlesAndTheGuidePage() {
    JsonNode list = node.get("/api/v1/articles").json().path("articles");
    assertThat(list.size()).isGreaterThanOrEqualTo(1);
    String slug = list.get(0).path("slug").asText();
    assertThat(node.get("/api/v1/articles/" + slug).json().path("html").asText()).contains("<h2>");
    TestNode.Res page = node.get("/guides/" + slug);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("<html lang=\"en\">", "comment-form");
    assertProblem(node.get("/api/v1/articles/nope"), 404, null);
  }

  @Test
  void commentsAreStoredAsTextAndEscapedOnThePage() {
    String hostile = "<script>alert('x')</script> <img src=x onerror=alert(1)> '; DROP TABLE guide_comment; --";
    // Markup in a name is refused outright; in a body it is kept as text.
    assertProblem(node.json("/api/v1/articles/backend-engineer-resume/comments", Map.of("author", "<b>Mallory</b>", "body", "hi")),
        400, "author");
    TestNode.Res posted = node.json("/api/v1/articles/backend-engineer-resume/comments",
        Map.of("author", "Mallory", "body", hostile));
    assertThat(posted.status()).as(posted.body()).isEqualTo(201);
    assertThat(posted.json().path("body").asText()).isEqualTo(hostile);

    JsonNode comments = node.get("/api/v1/articles/backend-engineer-resume/comments").json().path("comments");
    assertThat(comments.findValuesAsText("body")).contains(hostile);

    String page = node.get("/guides/backend-engineer-resume").body();
    assertThat(page).doesNotContain("<script>alert").doesNotContain("<img src=x");
    assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "Mallory");
    assertThat(node.get("/api/v1/reviews").status()).isEqualTo(200); // the table survived the "DROP"
  }

  @Test
  void commentLimitsAndPlainFormPost() {
    assertProblem(node.json("/api/v1/articles/backend-engineer-resume/comments", Map.of("body", "x".repeat(1001))), 400, "body");
    assertProblem(node.json("/api/v1/articles/backend-engineer-resume/comments", Map.of("body", "  ")), 400, "body");
    assertProblem(node.json("/api/v1/articles/backend-engineer-resume/comments", Map.of("body", "hi", "admin", true)), 400, "admin");
    assertProblem(node.post("/api/v1/articles/backend-engineer-resume/comments", "text/plain", "hi"), 415, null);

    TestNode.Res form = node.post("/guides/backend-engineer-resume/comments", "application/x-www-form-urlencoded",
        "author=Form&body=Plain+form+%3Cb%3Eworks%3C%2Fb%3E");
    assertThat(form.status()).isEqualTo(303);
    assertThat(node.get("/guides/backend-engineer-resume").body()).contains("Plain form &lt;b&gt;works&lt;/b&gt;");
  }

  @Test
  void moderatorHidesAndDeletesComments() {
    long id = node.json("/api/v1/articles/backend-engineer-resume/comments", Map.of("body", "spam spam")).json().path("id").asLong();
    String path = "/api/v1/articles/backend-engineer-resume/comments/" + id;
    assertProblem(node.patch(path, "{\"hidden\":true}"), 401, null);
    assertProblem(node.patch(path, "{\"hidden\":true}", "Authorization", "Bearer nope"), 403, null);
    assertThat(node.patch(path, "{\"hidden\":true}", "Authorization", "Bearer " + TestNode.ADMIN).status()).isEqualTo(204);
    assertThat(node.get("/guides/backend-engineer-resume").body()).doesNotContain("spam spam");
    assertThat(node.get("/api/v1/articles/backend-engineer-resume/comments", "Authorization", "Bearer " + TestNode.ADMIN).body())
        .contains("spam spam");
    assertThat(node.delete(path, "Authorization", "Bearer " + TestNode.ADMIN).status()).isEqualTo(204);
    assertProblem(node.delete(path, "Authorization", "Bearer " + TestNode.ADMIN), 404, null);
  }

  @Test
  void reviewsAverageAndCount() {
    try (TestNode fresh = TestNode.h2()) {
      assertThat(fresh.json("/api/v1/reviews", Map.of("stars", 5, "body", "Clear and fast")).status()).isEqualTo(201);
      // One review per client: a second one from the same address is refused.
      assertThat(fresh.json("/api/v1/reviews", Map.of("stars", 4, "body", "Good")).status()).isEqualTo(409);
      JsonNode r = fresh.get("/api/v1/reviews").json();
      assertThat(r.path("count").asInt()).isEqualTo(1);
      assertThat(r.path("average").asDouble()).isEqualTo(5.0);
      assertThat(r.path("display").asText()).isEqualTo("5.0 · 1 review");
      assertProblem(fresh.json("/api/v1/reviews", Map.of("stars", 6)), 400, "stars");
      assertProblem(fresh.json("/api/v1/reviews", Map.of("stars", "5")), 400, "stars");
      assertProblem(fresh.json("/api/v1/reviews", Map.of("stars", 3, "body", "y".repeat(1001))), 400, "body");
    }
  }

  // ---- SPEC §5, row by row ----------------------------------------------------------------------

  @Test
  void emptyOrBlankInputIs422() {
    assertProblem(node.json("/api/v1/checks", Map.of("text", "")), 422, null);
    TestNode.Res blank = node.json("/api/v1/checks", Map.of("text", " \n\t  "));
    assertProblem(blank, 422, null);
    assertThat(blank.json().path("detail").asText()).isEqualTo("the file has no text");
    assertProblem(node.post("/api/v1/checks", "multipart/form-data; boundary=b", TestNode.multipart("b", "empty.txt", new byte[0])), 422, null);
  }

  @Test
  void unsupportedTypeIs415ListingTheSupportedOnes() {
    TestNode.Res r = node.post("/api/v1/checks", "multipart/form-data; boundary=b",
        TestNode.multipart("b", "photo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3}));
    assertProblem(r, 415, null);
    assertThat(r.json().path("detail").asText()).contains("text", "markdown");
    TestNode.Res wrongType = node.post("/api/v1/checks", "application/xml", "<resume/>");
    assertProblem(wrongType, 415, null);
    assertThat(wrongType.json().path("detail").asText()).contains("multipart/form-data", "application/json");
  }

  @Test
  void oversizeBodyIs413() {
    byte[] big = new byte[6 * 1024 * 1024];
    java.util.Arrays.fill(big, (byte) 'a');
    assertProblem(node.post("/api/v1/checks", "text/plain", big), 413, null);
  }

  @Test
  void oversizeChunkedBodiesAre413() {
    byte[] big = new byte[6 * 1024 * 1024];
    java.util.Arrays.fill(big, (byte) 'a');
    // No Content-Length: the limit is enforced while reading.
    TestNode.Res text = node.postStream("/api/v1/checks", "text/plain", big);
    assertProblem(text, 413, null);
    TestNode.Res upload = node.postStream("/api/v1/checks", "multipart/form-data; boundary=b", TestNode.multipart("b", "big.txt", big));
    assertProblem(upload, 413, null);
    assertThat(node.get("/healthz").status()).isEqualTo(200);
  }

  @Test
  void brokenLinksInABrowserGetAPage() {
    TestNode.Res r = node.get("/guides/no-such-guide", "Accept", "text/html");
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.type()).startsWith("text/html");
    assertThat(r.body()).contains("<html lang=\"en\">", "Not found");
    assertProblem(node.get("/api/v1/nothing", "Accept", "text/html"), 404, null);
  }

  @Test
  void tooManyPagesIs422() {
    String longText = ("Experience\n" + "- Built a service in Java handling 1K req/s\n".repeat(900));
    TestNode.Res r = node.json("/api/v1/checks", Map.of("text", longText));
    assertProblem(r, 422, null);
    assertThat(r.json().path("detail").asText()).contains("pages");
  }

  @Test
  void aDocumentThatIsNotAResumeGetsAReport() {
    TestNode.Res r = node.json("/api/v1/checks", Map.of("text", "Preheat the oven to 200 degrees. Mix flour and butter.\nBake for 20 minutes."));
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().path("notAResume").asBoolean()).isTrue();
  }

  @Test
  void malformedJsonUnknownRoleOrLevelIs400NamingTheField() {
    assertProblem(node.post("/api/v1/checks", "application/json", "{\"text\": "), 400, "body");
    assertProblem(node.post("/api/v1/checks", "application/json", "[1,2]"), 400, "body");
    assertProblem(node.json("/api/v1/checks", Map.of("text", "x", "role", "astronaut")), 400, "role");
    assertProblem(node.json("/api/v1/checks", Map.of("text", "x", "level", "wizard")), 400, "level");
    assertProblem(node.json("/api/v1/checks", Map.of("text", "x", "colour", "red")), 400, "colour");
    assertProblem(node.json("/api/v1/checks", Map.of("text", 42)), 400, "text");
    assertProblem(node.json("/api/v1/checks", Map.of("role", "backend-engineer")), 400, "text");
    assertProblem(node.json("/api/v1/bullets", Map.of("bullets", List.of("Built things"), "role", "x")), 400, "role");
  }

  @Test
  void malformedMultipartIs400() {
    assertProblem(node.post("/api/v1/checks", "multipart/form-data; boundary=abc", "--abc\r\nthis is not a part"), 400, "file");
    assertProblem(node.post("/api/v1/checks", "multipart/form-data; boundary=abc", "--abc--\r\n"), 400, "file");
  }

  @Test
  void sqlLikeTextIsJustText() {
    String sql = "Robert'); DROP TABLE saved_report;-- \nExperience\n- Built SELECT * FROM users WHERE 1=1 tooling";
    TestNode.Res r = node.json("/api/v1/checks?save=true", Map.of("text", sql));
    assertThat(r.status()).isEqualTo(201);
    assertThat(node.get("/api/v1/checks/" + r.json().path("id").asText()).json().path("text").asText()).isEqualTo(sql);
  }

  @Test
  void unknownRoutesAndMethodsAreProblems() {
    assertProblem(node.get("/api/v1/nothing-here"), 404, null);
    assertThat(node.get("/").body()).contains("<html lang=\"en\">", "id=\"check-form\"");
  }

  @Test
  void operationsEndpoints() {
    assertThat(node.get("/healthz").status()).isEqualTo(200);
    assertThat(node.get("/readyz").json().path("status").asText()).isEqualTo("ready");
    node.json("/api/v1/checks", Map.of("text", TestNode.RESUME));
    String metrics = node.metrics();
    assertThat(metrics).contains("http_server_requests_seconds_bucket", "route=\"/api/v1/checks\"", "status=\"200\"",
        "prism_checks_total", "outcome=\"ok\"", "jvm_memory_used_bytes");
  }

  @Test
  void openApiDocumentListsEveryRoute() {
    JsonNode doc = node.get("/openapi.json").json();
    assertThat(doc.path("openapi").asText()).startsWith("3.");
    JsonNode paths = doc.path("paths");
    List<String> routes = node.server.routes();
    assertThat(routes).contains("POST /api/v1/checks", "GET /api/v1/reviews", "GET /healthz").doesNotContain("GET /metrics");
    for (String route : routes) {
      String[] mp = route.split(" ", 2);
      assertThat(paths.path(mp[1]).has(mp[0].toLowerCase(java.util.Locale.ROOT))).as("documented: " + route).isTrue();
    }
    // Every mark a reader may set on a layout line is documented.
    List<String> marks = new java.util.ArrayList<>();
    doc.findValue("marks").path("items").path("enum").forEach(m -> marks.add(m.asText()));
    assertThat(marks).containsExactlyInAnyOrder(
        java.util.Arrays.stream(dev.prism.core.model.Mark.values()).map(Enum::name).toArray(String[]::new));
    // And nothing documented that the server does not serve.
    for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      e.getValue().fieldNames().forEachRemaining(m -> {
        if (!m.equals("parameters")) {
          assertThat(routes).contains(m.toUpperCase(java.util.Locale.ROOT) + " " + e.getKey());
        }
      });
    }
    // Every operation documents its responses and every $ref resolves.
    for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
      it.next().getValue().fields().forEachRemaining(op -> {
        if (!op.getKey().equals("parameters")) {
          assertThat(op.getValue().path("responses").size()).isPositive();
        }
      });
    }
    doc.findValuesAsText("$ref").forEach(ref -> {
      String[] parts = ref.substring(2).split("/");
      JsonNode target = doc;
      for (String part : parts) {
        target = target.path(part);
      }
      assertThat(target.isMissingNode()).as(ref).isFalse();
    });
  }

  @Test
  void resumeTextNeverReachesTheLog() {
    java.io.PrintStream original = System.err;
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      String marker = "Zebulon Quartermaine-" + java.util.UUID.randomUUID();
      node.json("/api/v1/checks", Map.of("text", marker + "\nExperience\n- Built things"));
      node.json("/api/v1/checks", Map.of("text", marker, "level", marker));
      node.post("/api/v1/checks", "multipart/form-data; boundary=b", TestNode.multipart("b", marker + ".docx", marker.getBytes(StandardCharsets.UTF_8)));
      node.post("/api/v1/checks", "multipart/form-data; boundary=b", "--b\r\n" + marker);
      node.json("/api/v1/articles/backend-engineer-resume/comments", Map.of("body", marker));
      assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("Zebulon");
    } finally {
      System.setErr(original);
    }
  }

  @Test
  void securityHeadersOnPages() {
    TestNode.Res r = node.get("/");
    assertThat(r.header("Content-Security-Policy")).contains("script-src 'self'");
    assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
  }
}
