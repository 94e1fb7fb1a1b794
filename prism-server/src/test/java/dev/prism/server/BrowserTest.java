package dev.prism.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * The page in a real headless Chromium (Debian's, since Playwright cannot download its own here).
 * Skipped where {@code /usr/bin/chromium} is absent. Screenshots land in {@code target/screenshots}.
 */
@EnabledIf("chromiumPresent")
class BrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path SHOTS = Path.of("target", "screenshots");
  static TestNode node;
  static Playwright playwright;
  static Browser browser;

  static boolean chromiumPresent() {
    return Files.isExecutable(CHROMIUM);
  }

  @BeforeAll
  static void start() throws Exception {
    Files.createDirectories(SHOTS);
    node = TestNode.h2();
    playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--disable-dev-shm-usage")));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
    if (node != null) {
      node.close();
    }
  }

  private static Page page(int width, int height, AtomicBoolean dialog) {
    BrowserContext ctx = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height));
    Page p = ctx.newPage();
    p.setDefaultTimeout(15_000);
    // A dialog would mean a script from user text ran.
    p.onDialog(d -> {
      dialog.set(true);
      d.dismiss();
    });
    return p;
  }

  /** Pastes the sample resume, as a person would, and waits for the result. */
  private static void pasteAndCheck(Page p, String level, boolean save) {
    p.navigate(node.base + "/");
    p.getByLabel("…or paste the text").fill(TestNode.RESUME);
    p.getByLabel("Target level").selectOption(level);
    if (save) {
      p.getByLabel("Save the report and give me a private link").check();
    }
    p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check my resume")).click();
    p.locator("#result").waitFor();
  }

  @Test
  void pastedResumeShowsScoreAndHighlightedBullets() {
    AtomicBoolean dialog = new AtomicBoolean();
    Page p = page(1280, 900, dialog);
    pasteAndCheck(p, "staff", false);
    assertThat(p.locator("#score").textContent()).matches("\\d{1,3}");
    assertThat(p.locator("#dimensions li").count()).isEqualTo(7);
    Locator marks = p.locator("#resume-view mark");
    assertThat(marks.count()).isGreaterThanOrEqualTo(4);
    assertThat(p.locator("#resume-view mark.weak").count()).isPositive();
    assertThat(p.locator("#resume-view mark.strong, #resume-view mark.fair").count()).isPositive();
    // Keyboard: focus a weak bullet and open it with Enter.
    p.locator("#resume-view mark.weak").first().focus();
    p.keyboard().press("Enter");
    assertThat(p.locator("#bullet-detail").textContent()).contains("weak");
    assertThat(p.locator("#findings li").count()).isPositive();
    assertThat(p.locator("#gaps li").count()).isPositive();
    p.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("checker-desktop.png")).setFullPage(true));
    assertThat(p.locator("#match-box").isHidden()).isTrue();
    p.locator("#result").scrollIntoViewIfNeeded();
    p.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("checker-result.png")));
    assertThat(dialog).isFalse();
    p.context().close();
  }

  @Test
  void savedReportOpensFromItsLinkAndCanBeDeleted() {
    AtomicBoolean dialog = new AtomicBoolean();
    Page p = page(1280, 900, dialog);
    pasteAndCheck(p, "", true);
    Locator link = p.locator("#saved a");
    link.waitFor();
    String href = link.getAttribute("href");
    assertThat(href).contains("/#report=");
    String score = p.locator("#score").textContent();

    Page other = page(1280, 900, dialog);
    other.navigate(href);
    other.locator("#result").waitFor();
    assertThat(other.locator("#score").textContent()).isEqualTo(score);
    other.context().close();

    p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete this saved report")).click();
    p.getByText("The saved report was deleted.").waitFor();
    String id = href.substring(href.indexOf("=") + 1);
    assertThat(node.get("/api/v1/checks/" + id).status()).isEqualTo(404);
    p.context().close();
  }

  @Test
  void anExampleCanBeTheStartingPoint() {
    AtomicBoolean dialog = new AtomicBoolean();
    Page p = page(1280, 900, dialog);
    p.navigate(node.base + "/#examples");
    p.locator("#example-list article").nth(3).waitFor();
    p.locator("#example-list article").nth(2).getByRole(AriaRole.BUTTON).click();
    p.waitForCondition(() -> !p.getByLabel("…or paste the text").inputValue().isEmpty());
    assertThat(p.getByLabel("Target level").inputValue()).isEqualTo("senior");
    p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check my resume")).click();
    p.locator("#result").waitFor();
    assertThat(Integer.parseInt(p.locator("#score").textContent())).isGreaterThanOrEqualTo(60);
    p.context().close();
  }

  @Test
  void jobDescriptionAddsTheMatchAndALetter() {
    AtomicBoolean dialog = new AtomicBoolean();
    Page p = page(1280, 900, dialog);
    p.navigate(node.base + "/");
    p.getByLabel("…or paste the text").fill(TestNode.RESUME);
    p.locator("#jd-box summary").click();
    p.getByLabel("Job description").fill(ApiTest.JD);
    p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check my resume")).click();
    p.locator("#match-box").waitFor();
    assertThat(p.locator("#match-line").textContent()).startsWith("Match ");
    assertThat(p.locator("#match-required li").count()).isPositive();
    p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Draft a cover letter for this job")).click();
    p.waitForCondition(() -> !p.locator("#letter").textContent().startsWith("Drafting"));
    assertThat(p.locator("#letter").textContent()).doesNotStartWith("Could not").hasSizeGreaterThan(100);
    p.locator("#match-box").scrollIntoViewIfNeeded();
    p.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("match.png")));
    p.context().close();
  }

  @Test
  void worksOnAPhoneAndChecksSingleBullets() {
    AtomicBoolean dialog = new AtomicBoolean();
    Page p = page(390, 844, dialog);
    p.navigate(node.base + "/");
    p.getByLabel("One bullet per line").fill("Helped the team with database queries and fixed some bugs.\n"
        + "Cut p95 API latency from 180 ms to 135 ms with PostgreSQL indexes");
    p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check bullets")).click();
    p.locator("#bullet-results li").nth(1).waitFor();
    assertThat(p.locator("#bullet-results .pill.weak").count()).isPositive();
    assertThat(p.locator("#matrix tbody tr").count()).isGreaterThanOrEqualTo(5);
    assertThat(p.locator("#example-list article").count()).isEqualTo(4);
    // Nothing wider than the phone's screen.
    Object overflow = p.evaluate("document.documentElement.scrollWidth > window.innerWidth");
    assertThat(overflow).isEqualTo(false);
    p.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("phone.png")).setFullPage(true));
    p.context().close();
  }

  @Test
  void scriptInACommentOrReviewIsShownAsText() {
    AtomicBoolean dialog = new AtomicBoolean();
    Page p = page(1280, 900, dialog);
    String hostile = "<script>alert('pwned')</script><img src=x onerror=alert(2)>";
    p.navigate(node.base + "/guides/backend-engineer-resume");
    assertThat(p.locator("h1").textContent()).contains("backend engineer resume");
    // Markup in a name is refused (TextRules); in the body it is shown as text.
    p.getByLabel("Name (optional)").fill("Eve O'Neil");
    p.locator("#comment-body").fill(hostile);
    p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post comment")).click();
    p.locator("#comment-list li").last().waitFor();
    assertThat(p.locator("#comment-list .comment-body").last().textContent()).isEqualTo(hostile);
    p.reload();
    assertThat(p.locator("#comment-list .comment-body").last().textContent()).isEqualTo(hostile);
    assertThat(p.locator("#comment-list strong").last().textContent()).isEqualTo("Eve O'Neil");
    assertThat(p.locator("#comment-list img").count()).isZero();
    p.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("guide-comments.png")).setFullPage(true));

    p.navigate(node.base + "/#reviews");
    p.locator("#review-body").fill(hostile);
    p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post review")).click();
    p.locator("#review-list .comment-body").first().waitFor();
    assertThat(p.locator("#review-list .comment-body").first().textContent()).isEqualTo(hostile);
    assertThat(p.locator("#reviews-summary").textContent()).contains("· 1 review");
    assertThat(dialog).as("no script from user text ran").isFalse();
    p.context().close();
  }
}
