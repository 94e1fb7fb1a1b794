package dev.prism.core.level;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prism.core.model.Extraction;
import dev.prism.core.model.PartialDate;
import dev.prism.core.model.Resume;
import dev.prism.core.text.Segmenter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {
  static final PartialDate TODAY = new PartialDate(2026, 11);

  static Timeline timeline(String text, PartialDate written) {
    Resume r = Segmenter.segment(Extraction.plain(text, "text"));
    return Timelines.of(r, text, written, TODAY);
  }

  static PositionKind kind(Timeline t, String title) {
    return t.positions().stream().filter(p -> title.equals(p.title())).findFirst().orElseThrow(
        () -> new AssertionError("no position " + title + " in " + t.positions())).kind();
  }

  static final String HEAD = "Robin Vale\nrobin.vale@example.com | +1 555 010 2030\n\n";

  @Test
  void eachEntryIsClassifiedWithTheWordsThatDecidedIt() {
    Timeline t = timeline(HEAD + """
        EXPERIENCE
        Software Engineer Co-op | Northwind Labs | Waterloo    Jan 2019 – Aug 2019
        - Built a billing export in Go.

        Teaching Assistant | University of Lakeside    Sep 2018 – Apr 2019
        - Graded assignments for the databases course.

        Developer (research, full-time) | Lakeside Robotics Institute    Sep 2019 – Aug 2021
        - Wrote the telemetry service in Rust.

        Backend Engineer (Freelance, Part-time) | Various clients    Jan 2020 – Dec 2020
        - Built REST APIs for two shops.

        Co-Founder & CTO | Tiny Startup    Sep 2021 – Mar 2022
        - Built the first version of the product.

        President | Computing Club    2017 – Present
        - Ran weekly meetings.
        """, new PartialDate(2022, 6));
    assertThat(kind(t, "Software Engineer Co-op")).isEqualTo(PositionKind.INTERNSHIP);
    assertThat(kind(t, "Teaching Assistant")).isEqualTo(PositionKind.ASSISTANTSHIP);
    assertThat(kind(t, "Developer (research, full-time)")).isEqualTo(PositionKind.FULL_TIME);
    assertThat(kind(t, "Backend Engineer (Freelance, Part-time)")).isEqualTo(PositionKind.PART_TIME);
    assertThat(kind(t, "Co-Founder & CTO")).isEqualTo(PositionKind.FOUNDER);
    assertThat(kind(t, "President")).isEqualTo(PositionKind.CLUB);
    Position coop = t.positions().stream().filter(p -> p.kind() == PositionKind.INTERNSHIP).findFirst().orElseThrow();
    assertThat(coop.decidedBy()).isEqualTo("\"Co-op\" in the title");
    // Counted: the research developer (24 months) and the founder (7 months); the club's "Present"
    // would have been five years of staff-level experience.
    assertThat(t.years()).isEqualTo(2.6);
    assertThat(t.notCounted()).anyMatch(s -> s.startsWith("President, Computing Club (student club or society"));
  }

  @Test
  void internshipsAndPartTimePostsNamedInOtherLanguagesCountNoYears() {
    Timeline t = timeline(HEAD + """
        EXPERIENCE
        Sviluppatore (tirocinio) | Globex Srl    Nov 2024 – Present
        - Wrote the data import in Python.

        Développeur (alternance) | Initech    Feb 2023 – Jul 2023
        - Built the booking page.

        Estagiário em Desenvolvimento | Hooli    Jan 2022 – Dec 2022
        - Wrote tests for the payments service.

        Werkstudentin Softwareentwicklung | Quillstone GmbH    Jan 2021 – Dec 2021
        - Kept the build green.

        Entwickler (Teilzeit) | Brindlebank    Jan 2020 – Dec 2020
        - Maintained the intranet.
        """, new PartialDate(2025, 6));
    assertThat(kind(t, "Sviluppatore (tirocinio)")).isEqualTo(PositionKind.INTERNSHIP);
    assertThat(kind(t, "Développeur (alternance)")).isEqualTo(PositionKind.INTERNSHIP);
    assertThat(kind(t, "Estagiário em Desenvolvimento")).isEqualTo(PositionKind.INTERNSHIP);
    assertThat(kind(t, "Werkstudentin Softwareentwicklung")).isEqualTo(PositionKind.INTERNSHIP);
    assertThat(kind(t, "Entwickler (Teilzeit)")).isEqualTo(PositionKind.PART_TIME);
    // No full-time post: no years counted at all.
    assertThat(t.years()).isNull();
  }

  @Test
  void onlyTheShortLinesRightUnderTheHeaderSayWhatKindOfPostItWas() {
    // "Part-time" right under the header says how the post was held; a project's name further down,
    // after the first bullet ("Charging station demonstrator" over what was built), says nothing.
    Timeline t = timeline(HEAD + """
        EXPERIENCE
        Senior Engineer | Quillstone    Jun 2015 – Jun 2020
        - Led several projects for the car makers.
        Charging station demonstrator
        - Built the demonstrator's charging service in Go.

        Support Engineer | Globex    Jan 2013 – May 2015
        Part-time
        - Answered the customers' tickets.
        """, new PartialDate(2020, 6));
    assertThat(kind(t, "Senior Engineer")).isEqualTo(PositionKind.FULL_TIME);
    assertThat(kind(t, "Support Engineer")).isEqualTo(PositionKind.PART_TIME);
  }

  @Test
  void yearOnlyRangesCountFromMidYearToMidYear() {
    Timeline t = timeline(HEAD + """
        EXPERIENCE
        Backend Engineer | Acme    2019 – 2020
        - Built the order service.
        """, null);
    assertThat(t.years()).isEqualTo(1.0);
  }

  @Test
  void presentMeansTheFilesDateThenAnUpdatedLineThenALaterDatePrintedThenToday() {
    String job = """
        EXPERIENCE
        Software Engineer | Acme    Jan 2015 – Present
        - Built the order service.
        """;
    assertThat(timeline(HEAD + job, new PartialDate(2015, 7)).years()).isEqualTo(0.6);
    assertThat(timeline(HEAD + job, new PartialDate(2015, 7)).asOf().source()).isEqualTo(DocumentDate.Source.METADATA);

    Timeline updated = timeline(HEAD + "Last updated: March 2016\n\n" + job, null);
    assertThat(updated.asOf().month()).isEqualTo(new PartialDate(2016, 3));
    assertThat(updated.years()).isEqualTo(1.3);

    Timeline printed = timeline(HEAD + job + "\nCERTIFICATIONS\nAWS Solutions Architect | Amazon    June 2016\n", null);
    assertThat(printed.asOf().source()).isEqualTo(DocumentDate.Source.LATEST_PRINTED);
    assertThat(printed.asOf().month()).isEqualTo(new PartialDate(2016, 6));

    // The running job's own start dates nothing: today it is.
    Timeline today = timeline(HEAD + job, null);
    assertThat(today.asOf().source()).isEqualTo(DocumentDate.Source.TODAY);
    assertThat(today.years()).isEqualTo(11.9);
  }

  @Test
  void aFileDateEarlierThanADatePrintedYieldsToIt() {
    Timeline t = timeline(HEAD + """
        EXPERIENCE
        Software Engineer | Acme    Jan 2020 – Mar 2022
        - Built the order service.
        """, new PartialDate(2019, 1));
    assertThat(t.asOf().month()).isEqualTo(new PartialDate(2022, 3));
  }

  @Test
  void aStatedFigureIsReadAndCheckedAgainstTheDates() {
    Timeline t = timeline(HEAD + """
        SUMMARY
        Backend engineer with 6+ years of experience in payments.

        EXPERIENCE
        Software Engineer | Acme    Jan 2021 – Dec 2022
        - Built the order service.
        """, new PartialDate(2023, 1));
    assertThat(t.stated().years()).isEqualTo(6);
    assertThat(t.stated().atLeast()).isTrue();
    assertThat(t.statedAgrees()).isFalse();

    Timeline words = timeline(HEAD + """
        SUMMARY
        Four years of professional experience building APIs.

        EXPERIENCE
        Software Engineer | Acme    Jan 2019 – Dec 2022
        - Built the order service.
        """, new PartialDate(2023, 1));
    assertThat(words.stated().years()).isEqualTo(4);
    assertThat(words.statedAgrees()).isTrue();
  }

  @Test
  void studentsAndNewGraduatesAreToldApart() {
    String student = HEAD + """
        EXPERIENCE
        Software Engineering Intern | Acme    Jun 2023 – Aug 2023
        - Built a dashboard.

        EDUCATION
        BSc Computer Science | State University    2021 – 2025
        """;
    assertThat(timeline(student, new PartialDate(2024, 2)).student()).contains("ends 2025");
    assertThat(timeline(student, new PartialDate(2025, 9)).student()).startsWith("new graduate");
    assertThat(timeline(student, new PartialDate(2026, 9)).student()).isNull();
  }

  @Test
  void brokenAndEmptyInputGiveAnEmptyTimeline() {
    for (String text : List.of("", "\n\n", "EXPERIENCE\n", "EXPERIENCE\nEngineer | Acme    Present – 2019\n",
        "EXPERIENCE\n" + "Engineer | Acme    2019 – 2020\n".repeat(500))) {
      Timeline t = timeline(text, null);
      assertThat(t.years() == null || t.years() >= 0).isTrue();
    }
  }
}
