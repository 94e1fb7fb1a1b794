package dev.prism.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.prism.core.model.Entry;
import dev.prism.core.model.Extraction;
import dev.prism.core.model.Resume;
import dev.prism.core.model.SectionKind;
import dev.prism.core.text.Segmenter;
import dev.prism.ingest.pdf.PdfReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * Resumes laid out in HTML the way templates do it (flex rows with dates flush right, a tinted
 * sidebar, letter-spaced names, company-first entries) and printed by a real Chromium, so the PDF
 * reader meets Skia's output as written rather than PDFs shaped for it. Skipped where
 * {@code /usr/bin/chromium} is absent; {@code .ci/run} installs it.
 */
@EnabledIf("chromiumPresent")
class ChromiumPdfTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static Playwright playwright;
  static Browser browser;

  static boolean chromiumPresent() {
    return Files.isExecutable(CHROMIUM);
  }

  @BeforeAll
  static void start() {
    playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage")));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
  }

  private static final String STYLE = """
      <style>
        body { font-family: 'DejaVu Sans', 'Liberation Sans', sans-serif; font-size: 10pt; margin: 0; }
        h1 { font-size: 22pt; margin: 0 0 4pt; }
        h2 { font-size: 11pt; text-transform: uppercase; border-bottom: 1px solid #999; margin: 12pt 0 4pt; }
        .row { display: flex; justify-content: space-between; }
        .role { font-weight: bold; }
        ul { margin: 2pt 0 6pt; padding-left: 14pt; }
        p { margin: 0; }
      </style>
      """;

  private static final String ONE_COLUMN = STYLE + """
      <div style="padding: 36pt 48pt">
        <h1>Priya Raman</h1>
        <p>priya.raman@example.org | (415) 555-0142 | <a href="https://www.linkedin.com/in/priya-raman">linkedin.com/in/priya-raman</a> | Oakland, CA</p>
        <h2>Experience</h2>
        <div class="row"><span class="role">Staff Software Engineer, Ledgerline</span><span>Apr 2021 &ndash; Present</span></div>
        <ul>
          <li>Split the payments monolith into 9 services on Kubernetes, cutting deploy time from 50 minutes to 8</li>
          <li>Led 6 engineers through a zero-downtime move from MySQL to PostgreSQL for 2 TB of ledger data</li>
        </ul>
        <div class="row"><span class="role">Backend Engineer, Orchard Health</span><span>Jun 2017 &ndash; Mar 2021</span></div>
        <ul>
          <li>Built a Kafka event pipeline handling 40,000 messages per second with p99 lag under 2 seconds</li>
        </ul>
        <h2>Education</h2>
        <div class="row"><span class="role">B.S. Computer Science, University of Washington</span><span>2013 &ndash; 2017</span></div>
        <h2>Skills</h2>
        <p>Go, Java, PostgreSQL, Kafka, Kubernetes, Terraform</p>
      </div>
      """;

  private static final String SIDEBAR = STYLE + """
      <div style="display: flex; min-height: 100vh">
        <div style="width: 30%; background: #e8eef4; padding: 36pt 14pt">
          <h2>Contact</h2>
          <p>diego.alvarez@example.com</p>
          <p>+44 20 7946 0958</p>
          <p>London, UK</p>
          <h2>Skills</h2>
          <p>Java</p><p>Spring Boot</p><p>gRPC</p><p>Redis</p><p>AWS</p>
          <h2>Education</h2>
          <p>MEng Software Engineering</p>
          <p>Imperial College London</p>
          <p>2012 &ndash; 2016</p>
        </div>
        <div style="width: 70%; padding: 36pt 20pt">
          <h1 style="letter-spacing: 0.3em">DIEGO ALVAREZ</h1>
          <p>Senior Backend Engineer</p>
          <h2>Experience</h2>
          <div class="row"><span class="role">Senior Backend Engineer</span><span>Jan 2020 &ndash; Present</span></div>
          <p>Fernhill Logistics</p>
          <ul>
            <li>Cut route-planning API latency from 900 ms to 140 ms by moving hot lookups into Redis</li>
            <li>Mentored 4 engineers and ran the design review for the new dispatch service</li>
          </ul>
          <div class="row"><span class="role">Software Engineer</span><span>Sep 2016 &ndash; Dec 2019</span></div>
          <p>Brightwater Bank</p>
          <ul>
            <li>Replaced nightly batch reconciliation with a streaming job that finishes in 4 minutes instead of 3 hours</li>
          </ul>
        </div>
      </div>
      """;

  /** Company first, two roles at one employer, dates in the company line. */
  private static final String SHARED_EMPLOYER = STYLE + """
      <div style="padding: 36pt 48pt">
        <h1>Mei Tanaka</h1>
        <p>mei.tanaka@example.net &middot; 206-555-0175 &middot; Seattle, WA</p>
        <h2>Work Experience</h2>
        <div class="row"><span class="role">Cobalt Systems</span><span>Seattle, WA</span></div>
        <div class="row"><span><i>Senior Software Engineer</i></span><span>Mar 2022 &ndash; Present</span></div>
        <ul><li>Designed a multi-region failover for the billing API, raising availability from 99.9% to 99.99%</li></ul>
        <div class="row"><span><i>Software Engineer</i></span><span>Jul 2019 &ndash; Feb 2022</span></div>
        <ul><li>Moved 30 cron jobs onto a queue-based scheduler, ending missed runs after deploys</li></ul>
        <h2>Education</h2>
        <div class="row"><span class="role">University of Oregon</span><span>2015 &ndash; 2019</span></div>
        <p>B.S. Computer Science</p>
      </div>
      """;

  @Test
  void oneColumnWithDatesFlushRight() throws Exception {
    Resume r = read(ONE_COLUMN);
    assertThat(r.contact().name().value()).isEqualTo("Priya Raman");
    assertThat(r.contact().email().value()).isEqualTo("priya.raman@example.org");
    assertThat(r.contact().phone().value()).isEqualTo("(415) 555-0142");
    assertThat(r.contact().links()).anyMatch(l -> l.value().contains("linkedin.com/in/priya-raman"));
    List<Entry> jobs = entries(r, SectionKind.EXPERIENCE);
    assertThat(jobs).hasSize(2);
    assertThat(header(jobs.get(0))).contains("Staff Software Engineer").contains("Ledgerline");
    assertThat(jobs.get(0).dates().present()).isTrue();
    assertThat(jobs.get(0).dates().start().year()).isEqualTo(2021);
    assertThat(jobs.get(0).bullets()).hasSize(2);
    assertThat(header(jobs.get(1))).contains("Orchard Health");
    assertThat(jobs.get(1).dates().end().year()).isEqualTo(2021);
    assertThat(header(entries(r, SectionKind.EDUCATION).get(0))).contains("University of Washington");
  }

  @Test
  void sidebarStaysOutOfTheMainColumn() throws Exception {
    Resume r = read(SIDEBAR);
    assertThat(r.contact().name().value().replace(" ", "")).isEqualToIgnoringCase("DiegoAlvarez");
    assertThat(r.contact().email().value()).isEqualTo("diego.alvarez@example.com");
    assertThat(r.contact().phone().value()).isEqualTo("+44 20 7946 0958");
    List<Entry> jobs = entries(r, SectionKind.EXPERIENCE);
    assertThat(jobs).hasSize(2);
    assertThat(header(jobs.get(0))).contains("Senior Backend Engineer").contains("Fernhill Logistics");
    assertThat(header(jobs.get(1))).contains("Software Engineer").contains("Brightwater Bank");
    // Each bullet reads whole: no sidebar words spliced into it.
    assertThat(jobs.get(0).bullets().get(0).text())
        .isEqualTo("Cut route-planning API latency from 900 ms to 140 ms by moving hot lookups into Redis");
    assertThat(jobs.get(1).bullets().get(0).text()).startsWith("Replaced nightly batch reconciliation")
        .endsWith("instead of 3 hours");
    assertThat(header(entries(r, SectionKind.EDUCATION).get(0))).contains("Imperial College London");
  }

  @Test
  void oneEmployerWithTwoRoles() throws Exception {
    Resume r = read(SHARED_EMPLOYER);
    assertThat(r.contact().name().value()).isEqualTo("Mei Tanaka");
    assertThat(r.contact().phone().value()).isEqualTo("206-555-0175");
    List<Entry> jobs = entries(r, SectionKind.EXPERIENCE);
    assertThat(jobs).hasSize(2);
    for (Entry job : jobs) {
      assertThat(job.organization()).as(header(job)).isNotNull();
      assertThat(job.organization().value()).contains("Cobalt Systems");
      assertThat(job.bullets()).hasSize(1);
    }
    assertThat(jobs.get(0).title().value()).isEqualTo("Senior Software Engineer");
    assertThat(jobs.get(1).title().value()).isEqualTo("Software Engineer");
    assertThat(jobs.get(1).dates().start().year()).isEqualTo(2019);
  }

  /** Bullets in a column so narrow that every hyphen and optional hyphen is a line break. */
  private static final String HYPHENS = STYLE + """
      <div style="padding: 36pt 48pt">
        <h1>Ana Costa</h1>
        <p>ana.costa@example.org | Lisbon</p>
        <h2>Experience</h2>
        <div class="row"><span class="role">Platform Engineer, Tidewater</span><span>2020 &ndash; Present</span></div>
        <ul style="width: 40pt">
          <li>Owned real-time end-to-end micro&shy;services</li>
        </ul>
      </div>
      """;

  @Test
  void wordsBrokenAtHyphensReadWhole() throws Exception {
    // Chromium draws its own hyphen at an optional break (as U+2010, after a space glyph of no
    // width); the typed hyphens are kept, and no space is left inside a broken word.
    String text = extract(HYPHENS).text();
    assertThat(text).contains("Owned real-time end-to-end micro-services");
  }

  private static Resume read(String html) throws Exception {
    return Segmenter.segment(extract(html));
  }

  private static Extraction extract(String html) throws Exception {
    byte[] pdf;
    try (Page page = browser.newPage()) {
      page.setContent("<!doctype html><html><head><meta charset='utf-8'></head><body>" + html + "</body></html>");
      pdf = page.pdf(new Page.PdfOptions().setFormat("Letter").setPrintBackground(true));
    }
    return new PdfReader().read(pdf);
  }

  private static List<Entry> entries(Resume r, SectionKind kind) {
    return r.sections().stream().filter(s -> s.kind() == kind).flatMap(s -> s.entries().stream()).toList();
  }

  private static String header(Entry e) {
    return (e.title() == null ? "" : e.title().value()) + " | " + (e.organization() == null ? "" : e.organization().value());
  }
}
