package dev.prism.core.text;

import java.util.List;
import static org.assertj.core.api.Assertions.assertThat;

import dev.prism.core.model.DateRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "2019–21                                     | 2019 | 2021",
      "Dean's List 2013-14                         | 2013 | 2014",
      "(2015-17) Berlin                            | 2015 | 2017",
      "Lead, Hooli  2012-25 engineers              | 2012 | ",
      "Windows Server 2012-16 rollout, 2014 – 2016 | 2014 | 2016",
      "ISO 27001:2013-17 audits  2014 – 2016       | 2014 | 2016",
      "2019–20% growth                             | 2019 | ",
  })
  void aShortEndYearOnlyWhereNothingElseReadsBetter(String text, String start, String end) {
    List<DateRange> all = DateParser.all(text, 0);
    DateRange d = all.stream().filter(r -> r.end() != null || r.present()).findFirst().orElse(all.get(0));
    assertThat(d.start().iso()).isEqualTo(start);
    assertThat(d.end() == null ? null : d.end().iso()).isEqualTo(end);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Mar 2021 – Present        | 2021-03 | present",
      "*Mar 2016* – *Dec 2018*   | 2016-03 | 2018-12",
      "Mar 2016 – _Dec 2018_     | 2016-03 | 2018-12",
      "2019 - 2023               | 2019    | 2023",
      "03/2021 - 06/2022         | 2021-03 | 2022-06",
      "Summer 2024               | 2024-06 | ",
      "Jun 2017 – Feb 2021       | 2017-06 | 2021-02",
      "January 2020 to Current   | 2020-01 | present",
      "Sept. 2018 — Dec. 2019    | 2018-09 | 2019-12",
      "2020-01 to 2021-06        | 2020-01 | 2021-06",
      "Fall 2019 - Spring 2021   | 2019-09 | 2021-03",
      "Senior Engineer, Acme (2016–2019) | 2016 | 2019",
      "Acme Corp    Berlin    Oct 2015 - Now | 2015-10 | present",
      "Q3 2021 – Q1 2023         | 2021-07 | 2023-01",
      "Q4 2019 - present         | 2019-10 | present",
      "2019–present              | 2019    | present",
      "Intern (Summer 2021)      | 2021-06 | ",
      "März 2021 – heute         | 2021-03 | present",
      "Okt. 2017 – Feb. 2021     | 2017-10 | 2021-02",
      "Juni 2016 bis Dezember 2019 | 2016-06 | 2019-12",
      "janv. 2020 – présent      | 2020-01 | present",
      "sept. 2016 – déc. 2019    | 2016-09 | 2019-12",
      "Février 2018 – aujourd’hui | 2018-02 | present",
      "juil. 2015 - août 2016    | 2015-07 | 2016-08",
      "maio 2025 - até o momento | 2025-05 | present",
      "2019 – bis 2021           | 2019    | 2021",
      "Mrz. 2014 – Aug. 2016     | 2014-03 | 2016-08",
      "2021-10 / 2022-06         | 2021-10 | 2022-06",
      "2022-07 / 現在             | 2022-07 | present",
      "03/2021                   | 2021-03 | ",
      "Summer 2018 / Summer 2019 | 2018-06 | ",
      "2014 / 2015 – 2017 / 2018 | 2015    | 2017",
      "(Summer of 2000/2001)     | 2000    | 2001",
      "Tutor  2019/20            | 2019    | 2020",
      "Teaching AssistantJanuary 2020 - June 2020 | 2020-01 | 2020-06",
      "Launched PayMay 2021 for the Denver market | 2021 | ",
  })
  void readsTheWaysResumesWriteDates(String text, String start, String end) {
    DateRange d = DateParser.find(text, 0).orElseThrow();
    assertThat(d.start().iso()).isEqualTo(start);
    if (end == null) {
      assertThat(d.end()).isNull();
      assertThat(d.present()).isFalse();
    } else if (end.equals("present")) {
      assertThat(d.present()).isTrue();
    } else {
      assertThat(d.end().iso()).isEqualTo(end);
    }
    assertThat(text.substring(d.span().offset(), d.span().end())).isNotBlank();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Cut latency by 300 ms", "Served 12000 users", "call 555 0100", "p99 under 40ms", "Go 1.21",
      "doi 10.1109/TASC.2023.3340648", "release v3.2019.1",
      "EQ2019 tuning", "Ran SQL Server 2016/2017 clusters", "Windows Server 2003/2008", "2019/2020: led the rewrite"})
  void ignoresNumbersThatAreNotDates(String text) {
    assertThat(DateParser.find(text, 0)).isEmpty();
  }

  /**
   * Names match case-insensitively, and a few letters (the long s, "ſ") match a plain letter that
   * way while lower-casing keeps them: such a name is no month or season, and it throws nothing.
   */
  @ParameterizedTest
  @ValueSource(strings = {"ſpring2019", "ſept-Jan2019", "ſept 2019 - 2021", "Built it ſpring 2019"})
  void namesThatMatchOnlyByCaseFoldingThrowNothing(String text) {
    org.assertj.core.api.Assertions.assertThatCode(() -> DateParser.all(text, 0)).doesNotThrowAnyException();
  }

  /** A name is read as the pattern matched it: text upper-cased under a Turkish locale writes "APRİL". */
  @ParameterizedTest
  @CsvSource({"'ſept 2019 - 2021', 2019, 9", "'APRİL 2019 – JUNE 2020', 2019, 4"})
  void namesFoldedAsTheyMatch(String text, int year, int month) {
    DateRange d = DateParser.find(text, 0).orElseThrow();
    assertThat(d.start().year()).isEqualTo(year);
    assertThat(d.start().month()).isEqualTo(month);
  }

  /** A lone season is one date like a lone month or year: a start, no end, not open. */
  @ParameterizedTest
  @ValueSource(strings = {"Summer 2017", "Intern (Summer 2017)", "Mar 2021", "2019", "Q3 2021"})
  void aLoneDateIsSingle(String text) {
    DateRange d = DateParser.find(text, 0).orElseThrow();
    assertThat(d.single()).isTrue();
    assertThat(d.months(new dev.prism.core.model.PartialDate(2030, 1))).isZero();
  }

  /** A line that ends with a whole range is an entry's header; a lone date or a range inside the line is not. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Lead SRE – Globex (France) : juillet 2018 - mars 2019 | true",
      "Backend Engineer, Initech, 2019 – Present.            | true",
      "Senior Developer (Jan 2020 – Mar 2021)                | true",
      "Moved billing onto a queue in 2016 and                | false",
      "Joined in March 2019                                  | false",
      "Between 2016 - 2017 the team grew to ten people       | false"})
  void aLineEndsInARangeOnlyWhereItsLastWordsAreOne(String line, boolean ends) {
    assertThat(DateParser.endsInRange(line)).isEqualTo(ends);
  }

  @org.junit.jupiter.api.Test
  void spansAreShiftedByTheLineOffset() {
    DateRange d = DateParser.find("Acme  2019 - 2021", 100).orElseThrow();
    assertThat(d.span().offset()).isEqualTo(106);
    assertThat(d.span().length()).isEqualTo(11);
  }

  @org.junit.jupiter.api.Test
  void aBackwardRangeLeavesItsFirstDateAndReadsOnFromTheSecond() {
    // "2019 - 2017" is no range: 2019 stands alone and the search goes on from 2017. (Months and
    // years written newest first, "Jan 2019 – Sep 2018", are a range: see dates.md.)
    List<DateRange> all = DateParser.all("Acme 2019 - 2017 - 2020, since 03/2021; x2019 ’19 - Present", 0);
    assertThat(all).extracting(d -> d.start().iso() + "/" + (d.end() == null ? (d.present() ? "present" : "-") : d.end().iso()))
        .containsExactly("2019/-", "2017/2020", "2021-03/present", "2019/present");
    assertThat(all.get(1).span()).isEqualTo(new dev.prism.core.model.Span(12, 11));
  }

  @org.junit.jupiter.api.Test
  void anOpenEndARangeHoldsOpensNoOtherRange() {
    // "Present" ends the first range; the year after it stands alone (found by FastPathTest: the
    // two spans overlapped).
    List<DateRange> all = DateParser.all("2019-  Present–2019", 0);
    assertThat(all).extracting(d -> d.start().iso() + "/" + (d.end() == null ? (d.present() ? "present" : "-") : d.end().iso()))
        .containsExactly("2019/present", "2019/-");
    assertThat(all.get(0).span().end()).isLessThanOrEqualTo(all.get(1).span().offset());
  }

  /**
   * Month numbers before a date make a range within its year only where a field opens, and never
   * out of a day joined to its month by hyphens; a form read only within a range starts one after
   * an opener only where the field ends with it. Each line gives the first date read, or none.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Stagiaire, Globex, 03–06 2012              | 2012-03 | 2012-06",
      "08-09/2012                                 | 2012-08 | 2012-09",
      "Math Tutor, Grades 6-12 – Sep 2018 – Present | 2018-09 | present",
      "Teacher, Grades 10-12 - 2019 - 2021        | 2019    | 2021",
      "01/20 - 2021                               | 2020-01 | 2021",
      "09/19 – Jul 2021                           | 2019-09 | 2021-07",
      "Mar 2016 – 08/19                           | 2016-03 | 2019-08",
      "03-16 - Now                                | 2016-03 | present",
      "09-13 - 03-14                              | 2013-09 | 2014-03",
      "Grew the team from 10-20 to 30-40 people   |         | ",
      "Software Engineer, Acme, 01-06-2015 – x    | 2015-06 | ",
      "Date of birth: 04-11-1990                  | 1990-11 | ",
      "Grades 09-12 2012                          | 2012    | ",
      "Released 11-12 2019 edition                | 2019    | ",
      "seit 03/23                                 | 2023-03 | present",
      "since 07/22, Berlin                        | 2022-07 | present",
      "Since Jul 23 we shipped weekly             |         | ",
      "Since 10/12 cases were closed              |         | ",
      "Stagiaire – Globex – 03-06 2012            | 2012-03 | 2012-06",
      "seit 03/23 (Teilzeit)                      | 2023-03 | present",
      "seit 10/21 – Berlin                        | 2021-10 | present",
      "Jan  2019 - Mar  2021                      | 2019-01 | 2021-03",
      "Engineer 2  Jul 2016 - May 2017            | 2016-07 | 2017-05",
  })
  void monthNumbersAndShortFormsOnlyWhereAFieldIsThem(String text, String start, String end) {
    check(text, start, end);
  }

  /**
   * An open end right after a date, with no dash, runs the range on only where the date opens its
   * field and the open end closes it: a name or a sentence that goes on after the word is no range.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "2024-02 ongoing                            | 2024-02 | present",
      "Jan 2020 present                           | 2020-01 | present",
      "Globex, Lyon  05/2019 Present              | 2019-05 | present",
      "Jan 2020 Present Day Labs                  | 2020-01 | ",
      "Joined Globex in 2019 now leading the team | 2019    | ",
      "Globex 2019 present                        | 2019    | ",
      "Summer Intern, Wattle Systems  Dec 2018  ACT | 2018-12 | ",
  })
  void anOpenEndAfterADateWithoutADashEndsItsField(String text, String start, String end) {
    check(text, start, end);
  }

  private static void check(String text, String start, String end) {
    List<DateRange> all = DateParser.all(text, 0);
    if (start == null) {
      assertThat(all).isEmpty();
      return;
    }
    assertThat(all.get(0).start().iso()).isEqualTo(start);
    assertThat(all.get(0).present() ? "present" : all.get(0).end() == null ? null : all.get(0).end().iso()).isEqualTo(end);
  }

  /**
   * A dash and a long run of spaces with no date after it (a hostile line, or a rail's padding):
   * each run of white space is read one way only, so the line is read in one pass; split every way
   * against every form, 2,000 spaces had taken seconds and 20,000 would take hours.
   */
  @org.junit.jupiter.api.Test
  void aLongRunOfSpacesAfterADashIsReadInOnePass() {
    String line = "Jan 2019 -" + " ".repeat(20_000) + "x";
    assertThat(DateParser.all(line, 0)).first().satisfies(d -> assertThat(d.start().iso()).isEqualTo("2019-01"));
    String spelled = "Jan 2019 - to" + " ".repeat(20_000) + "x";
    assertThat(DateParser.all(spelled, 0)).first().satisfies(d -> assertThat(d.start().iso()).isEqualTo("2019-01"));
    String month = "Jan" + " ".repeat(20_000) + "x";
    assertThat(DateParser.all(month, 0)).isEmpty();
  }
}
