package dev.prism.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prism.core.CheckOptions;
import dev.prism.core.Prism;
import dev.prism.core.model.Extraction;
import dev.prism.core.model.Field;
import dev.prism.core.model.Layout;
import dev.prism.core.model.ParseWarning;
import dev.prism.core.model.Reading;
import dev.prism.core.model.Span;
import dev.prism.core.report.Report;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reading checks itself: each shape of a reading gone wrong lowers the confidence and says why. */
class ReadingCheckTest {

  private static final String TOP = "Jordan Lee\njordan.lee@example.com\n\n";
  private static final String UNREAD = "Summary\nI build backend systems.\nWhere I have been\nAcme Corp 2019 – 2023.\n"
      + "Globex 2016 – 2019.\nInitech 2014 – 2016.\nHooli 2012 – 2014.\nVandelay 2010 – 2012.\n";

  private static Reading reading(String text) {
    Extraction x = Extraction.plain(text, "text");
    return ReadingCheck.assess(x, Segmenter.read(x));
  }

  private static List<String> codes(Reading r) {
    return r.problems().stream().map(ParseWarning::code).toList();
  }

  @Test
  void aCleanResumeIsTrusted() {
    Reading r = reading(TOP + "Experience\nBackend Engineer | Acme Corp  2019 – 2023\n- Built the billing service in Go.\n"
        + "Engineer | Globex  2016 – 2019\n- Ran the search cluster.\nEducation\nB.S. Computer Science, State University  2012 – 2016\n");
    assertThat(r.confidence()).isEqualTo(1.0);
    assertThat(r.trusted()).isTrue();
  }

  @Test
  void datesEverywhereButNoJobIsSuspect() {
    // Dates and roles under a heading no reader would know, read as the summary's prose.
    Reading r = reading(TOP + UNREAD);
    assertThat(codes(r)).contains("NO_JOBS_READ");
    assertThat(r.trusted()).isFalse();
  }

  @Test
  void aStudentsDatedDegreesAreNoMissingJobs() {
    Reading r = reading(TOP + "Education\nB.S. Computer Science, State University  2019 – 2023\nHigh School Diploma  2015 – 2019\n"
        + "Projects\nLedgerly  2022\n- A ledger in Go.\nChess engine  2021\n- A chess engine in Rust.\n");
    assertThat(codes(r)).doesNotContain("NO_JOBS_READ");
  }

  @Test
  void moreJobsThanAPageHoldsAreSuspect() {
    StringBuilder b = new StringBuilder(TOP + "Experience\n");
    for (int i = 0; i < 16; i++) {
      b.append("Engineer | Company ").append((char) ('A' + i)).append("  ").append(2000 + i).append(" – ").append(2001 + i).append('\n');
    }
    Reading r = reading(b.toString());
    assertThat(codes(r)).contains("TOO_MANY_JOBS");
  }

  @Test
  void datesReadAsEmployersAreSuspect() {
    Reading r = reading(TOP + "Experience\nOctober\n2014 – Present\n- Built it.\nNovember\n2013 – 2014\n- Built it too.\n"
        + "Engineer | Acme Corp  2010 – 2013\n- Ran it.\n");
    assertThat(codes(r)).contains("ODD_JOBS");
  }

  /** Dates in any language the lexicon knows are dates, not names: its open ends and openers too. */
  @Test
  void aFieldOfDateWordsInAnyLanguageIsADate() {
    for (String date : List.of("Okt. 2014 – heute", "seit 07/2022", "2019 – aujourd'hui", "October", "2014 to date")) {
      assertThat(ReadingCheck.dateAsName(new Field(date, new Span(0, date.length())))).as(date).isTrue();
    }
    for (String name : List.of("Acme Corp", "Date Labs", "Present Systems GmbH")) {
      assertThat(ReadingCheck.dateAsName(new Field(name, new Span(0, name.length())))).as(name).isFalse();
    }
  }

  @Test
  void wordsRunTogetherAreSuspectButAddressesAreNot() {
    String glued = "Builtthebillingserviceinkotlin Reducedlatencybyhalfusingcaches ".repeat(6);
    Reading r = reading(TOP + "Experience\nEngineer | Acme  2019 – 2023\n" + glued + "\n" + "plain words ".repeat(30) + "\n");
    assertThat(codes(r)).contains("GLUED_WORDS");
    Reading links = reading(TOP + "Links\n" + "github.com/jordanlee/averyverylongrepositoryname ".repeat(10) + "\n" + "plain words ".repeat(30));
    assertThat(codes(links)).doesNotContain("GLUED_WORDS");
    // Chinese and Japanese put no space between words: a long run of their letters is no glue, and
    // neither is one that mixes in a Latin name ("负责SpringBoot微服务的设计与开发").
    String han = "负责订单服务的设计与开发并优化数据库查询性能 使用SpringBoot构建微服务网关与鉴权模块 ".repeat(6);
    Reading chinese = reading(TOP + "Experience\nEngineer | Acme  2019 – 2023\n" + han + "\n" + "plain words ".repeat(30) + "\n");
    assertThat(codes(chinese)).doesNotContain("GLUED_WORDS");
  }

  @Test
  void lostTextReportedByTheReaderLowersTheConfidence() {
    String text = TOP + "Experience\nBackend Engineer | Acme Corp  2019 – 2023\n- Built the billing service.\n";
    Extraction x = new Extraction(text, "pdf", 1, Layout.NONE,
        List.of(new ParseWarning("UNREADABLE_FONT", "Some text is in a font that cannot be read back")));
    Reading r = ReadingCheck.assess(x, Segmenter.read(x));
    assertThat(codes(r)).contains("UNREADABLE_FONT");
    assertThat(r.confidence()).isLessThan(1.0);
  }

  @Test
  void anUntrustedReadingIsTheReportsFirstWarning() {
    Extraction x = Extraction.plain(TOP + UNREAD, "text");
    Report report = Prism.standard().check(x, CheckOptions.defaults());
    assertThat(report.warnings().get(0).code()).isEqualTo("READING_UNCERTAIN");
    assertThat(report.warnings().get(0).message()).contains("may not be fair");
  }
}
