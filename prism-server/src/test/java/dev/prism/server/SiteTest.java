package dev.prism.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prism.core.Prism;
import dev.prism.core.bullet.BulletAnalysis;
import dev.prism.core.role.Roles;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The content pages, without a browser: each section of the pages the product was specified from
 * has its counterpart here, in the project's own words, and what the engine also knows is drawn
 * from the engine.
 */
class SiteTest extends OneNodeTest {
  static String page(String path) {
    TestNode.Res r = node.get(path);
    assertThat(r.status()).as(path).isEqualTo(200);
    assertThat(r.type()).as(path).startsWith("text/html");
    return r.body();
  }

  /** Seed section, the page that answers it, and text that page must carry. */
  static final List<String[]> COUNTERPARTS = List.of(
      new String[] {"reviews average and count in the header", "/examples", "id=\"rating-line\""},
      new String[] {"select your experience level", "/examples", "aria-label=\"Choose your level\""},
      new String[] {"recommended starting point", "/examples", "Recommended starting point"},
      new String[] {"who it's for / what it doesn't show / when to use it", "/examples/mid", "When to use it"},
      new String[] {"view resume example", "/examples/staff", "class=\"resume-doc\""},
      new String[] {"get your resume score", "/examples", "Get your resume score"},
      new String[] {"cover letter: same role, same tone", "/cover-letter", "Same role, same tone"},
      new String[] {"how expectations evolve", "/levels", "The expectations matrix"},
      new String[] {"weak versus strong bullets", "/bullets", "Write bullets that get interviews"},
      new String[] {"what hiring managers want", "/levels", "What hiring managers look for"},
      new String[] {"common mistakes by level", "/levels", "Common mistakes by level"},
      new String[] {"which example matches my experience", "/faq", "Which example resume matches my experience?"},
      new String[] {"what skills to highlight", "/faq", "Which skills should a backend engineer highlight?"},
      new String[] {"how to quantify impact", "/faq", "How do I put numbers on my impact?"},
      new String[] {"frontend skills on a backend resume", "/faq", "Should I list frontend skills on a backend resume?"},
      new String[] {"how long", "/faq", "How long should my resume be?"},
      new String[] {"make it yours: customise to a job description", "/", "Found the right example? Make it yours."},
      new String[] {"what a backend engineer must prove", "/guides/backend-engineer-resume", "Prove the four things"},
      new String[] {"duties versus results", "/guides/backend-engineer-resume", "Turn duties into results"},
      new String[] {"how to write the skills section", "/guides/backend-engineer-resume", "Languages and frameworks"},
      new String[] {"backend versus software engineer", "/guides/backend-engineer-resume", "Backend engineer or software engineer?"},
      new String[] {"guide's common mistakes", "/guides/backend-engineer-resume", "<h2>Common mistakes</h2>"},
      new String[] {"guide's questions", "/guides/backend-engineer-resume", "<h2>Questions</h2>"},
      new String[] {"read time", "/guides/backend-engineer-resume", "min read"},
      new String[] {"check it free", "/guides/backend-engineer-resume", "How does yours hold up?"},
      new String[] {"keep reading", "/guides/backend-engineer-resume", "Keep reading"},
      new String[] {"comments with a counter", "/guides/backend-engineer-resume", "0/1000 characters"});

  @Test
  void everySectionOfTheSeedPagesHasItsCounterpart() {
    for (String[] c : COUNTERPARTS) {
      assertThat(page(c[1])).as(c[0] + " on " + c[1]).contains(c[2]);
    }
  }

  @Test
  void everyContentPageHasOneHeadingTheSharedChromeAndAFavicon() {
    for (String path : List.of("/examples", "/examples/junior", "/examples/mid", "/examples/senior", "/examples/staff", "/levels",
        "/levels?role=software-engineer", "/bullets", "/faq", "/cover-letter", "/cover-letter?tone=warm", "/guides")) {
      String html = page(path);
      assertThat(html.split("<h1").length - 1).as(path).isEqualTo(1);
      assertThat(html).as(path).contains("<html lang=\"en\">", "rel=\"icon\"", "Skip to content", "<main id=\"main\">");
    }
    assertThat(node.get("/favicon.svg").status()).isEqualTo(200);
  }

  @Test
  void sixGuidesAndMoreWithDatesRelatedReadingAndQuestions() {
    Guides guides = Guides.builtIn();
    assertThat(guides.all()).hasSizeGreaterThanOrEqualTo(7);
    assertThat(guides.all()).extracting(Guides.Guide::slug).contains("backend-engineer-resume", "software-engineer-resume",
        "api-engineer-resume", "full-stack-developer-resume", "tailor-resume-to-job-description", "quantify-resume-achievements",
        "list-skills-on-resume");
    for (Guides.Guide g : guides.all()) {
      assertThat(g.related()).as(g.slug()).hasSizeGreaterThanOrEqualTo(2);
      assertThat(g.readMinutes()).as(g.slug()).isPositive();
      String html = page("/guides/" + g.slug());
      assertThat(html).as(g.slug()).contains("<h2>Questions</h2>", "Last updated", "Keep reading", "comment-count");
      for (String r : g.related()) {
        assertThat(html).contains("href=\"/guides/" + r + "\"");
      }
    }
  }

  @Test
  void theLevelsPageSaysWhatTheRoleFileSays() {
    String html = page("/levels");
    var role = Prism.standard().role(Roles.DEFAULT);
    for (var level : dev.prism.core.role.Level.values()) {
      var p = role.level(level);
      assertThat(html).contains(Html.esc(p.scope()), Html.esc(p.metric()));
      p.mistakes().forEach(m -> assertThat(html).contains(Html.esc(m)));
      p.expects().forEach(e -> assertThat(html).contains(Html.esc(e.text())).as(e.id()));
    }
    assertThat(html).contains("expected at every level", "tabindex=\"0\"", "role=\"region\"");
    assertThat(page("/faq")).contains("Junior: one page", "Staff: up to 2 pages");
  }

  @Test
  void theEngineOrdersEveryBulletPairTheWayThePageShowsIt() {
    Prism prism = Prism.standard();
    String html = page("/bullets");
    Site site = new Site(prism, null);
    assertThat(site.pairs()).hasSizeGreaterThanOrEqualTo(3);
    for (String[] pair : site.pairs()) {
      BulletAnalysis weak = prism.bullet(pair[0], Roles.DEFAULT);
      BulletAnalysis strong = prism.bullet(pair[1], Roles.DEFAULT);
      assertThat(strong.strength()).as(pair[1]).isGreaterThan(weak.strength());
      assertThat(html).contains(Html.esc(pair[0]), Html.esc(pair[1]), weak.label().id() + " · " + weak.strength());
    }
  }

  @Test
  void theExamplePageShowsTheEnginesVerdictAndTheDownloadsWork() {
    String html = page("/examples/senior");
    assertThat(html).contains("Prism's check for a senior target", "/?level=senior#checker", "/?example=senior#checker");
    for (String f : List.of("markdown", "docx", "pdf", "json")) {
      assertThat(node.get("/api/v1/examples/senior/download?format=" + f).status()).as(f).isEqualTo(200);
    }
    assertThat(page("/cover-letter")).contains("<article class=\"letter card\"", "Northwind Ledger");
  }

  @Test
  void unknownOrHostileParametersAreNotFoundPagesWithTheirTextEscaped() {
    for (String path : List.of("/examples/wizard", "/examples/MID", "/levels?role=%3Cscript%3Ealert(1)%3C/script%3E",
        "/cover-letter?tone=%3Cb%3Eloud", "/reports/short", "/guides/nope")) {
      TestNode.Res r = node.get(path, "Accept", "text/html");
      assertThat(r.status()).as(path).isEqualTo(404);
      assertThat(r.body()).as(path).contains("Not found").doesNotContain("<script>alert", "<b>loud");
    }
    // Jetty refuses an encoded traversal before any route sees it.
    assertThat(node.get("/reports/..%2F..%2Fetc%2Fpasswd").status()).isBetween(400, 404);
  }

  @Test
  void aSavedReportsLinkIsTheCheckerWithTheResultFirstAndNotCached() {
    TestNode.Res r = node.get("/reports/AAAAAAAAAAAAAAAAAAAAAA");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body()).contains("<body class=\"report-view loading\">", "id=\"result\"");
    assertThat(r.header("Cache-Control")).isEqualTo("no-store");
  }

  @Test
  void aRateLimitedPlainCommentIsAMessageOnThePageNotJson() {
    try (TestNode limited = new TestNode(TestNode.config("jdbc:h2:mem:" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
        .withRateLimits(100, 1), TestNode.FIXED)) {
      String form = "author=Ann&body=" + java.net.URLEncoder.encode("A first comment", java.nio.charset.StandardCharsets.UTF_8);
      assertThat(limited.post("/guides/faq-free/comments", "application/x-www-form-urlencoded", form).status()).isEqualTo(404);
      TestNode.Res ok = limited.post("/guides/list-skills-on-resume/comments", "application/x-www-form-urlencoded", form);
      assertThat(ok.status()).isEqualTo(303);
      TestNode.Res limitedAnswer = limited.post("/guides/list-skills-on-resume/comments", "application/x-www-form-urlencoded", form);
      assertThat(limitedAnswer.status()).isEqualTo(303);
      assertThat(limitedAnswer.header("Location")).startsWith("/guides/list-skills-on-resume?error=").contains("try+again+in");
      TestNode.Res shown = limited.get(limitedAnswer.header("Location").replaceFirst("#.*", ""));
      assertThat(shown.body()).contains("You are commenting faster than we allow");
    }
  }
}
