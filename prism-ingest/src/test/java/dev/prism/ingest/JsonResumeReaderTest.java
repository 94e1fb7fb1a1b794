package dev.prism.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.prism.core.ingest.UnreadableInputException;
import dev.prism.core.model.Entry;
import dev.prism.core.model.Extraction;
import dev.prism.core.model.Field;
import dev.prism.core.model.Resume;
import dev.prism.core.model.SectionKind;
import dev.prism.core.text.Segmenter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JSON Resume is laid out as text and segmented back: the structure must survive the round trip. */
class JsonResumeReaderTest {
  static final String SAMPLE = """
      {
        "basics": {"name": "Rin Okafor", "label": "Backend Engineer", "email": "rin@example.com", "phone": "+1 555 010 9911",
                   "location": {"city": "Toronto", "region": "ON"},
                   "profiles": [{"network": "GitHub", "url": "https://github.com/rinok"}],
                   "summary": "Builds storage-heavy services."},
        "work": [
          {"name": "Maple Logistics", "position": "Senior Backend Engineer", "startDate": "2021-04-01",
           "highlights": ["Designed the shipment-tracking API in Go, serving 2K requests per second at 30 ms p99.",
                          "Led the move from MySQL to PostgreSQL with zero downtime."]},
          {"name": "Birch Bank", "position": "Backend Engineer", "startDate": "2017-09", "endDate": "2021-03",
           "highlights": ["Built the statements service in Java."]}
        ],
        "education": [{"institution": "University of Waterloo", "area": "Computer Science", "studyType": "BMath", "startDate": "2013", "endDate": "2017"}],
        "skills": [{"name": "Storage", "keywords": ["PostgreSQL", "MySQL", "Redis"]}, {"name": "Languages", "keywords": ["Go", "Java"]}]
      }
      """;

  static Resume roundTrip(String json) throws UnreadableInputException {
    Extraction x = new JsonResumeReader().read(json.getBytes(StandardCharsets.UTF_8));
    return Segmenter.segment(x);
  }

  @Test
  void publicationsKeepTheirReleaseDateAndSummary() throws UnreadableInputException {
    String json = """
        {"basics": {"name": "Rin Okafor", "email": "rin@example.com"},
         "publications": [{"name": "Tail Latency in Shared Queues", "publisher": "USENIX ATC",
                           "releaseDate": "2022-07-11", "summary": "R. Okafor and T. Lind."}],
         "awards": [{"title": "Best Paper", "awarder": "USENIX ATC", "date": "2022-07", "summary": "Out of 340 papers."}]}
        """;
    Extraction x = new JsonResumeReader().read(json.getBytes(StandardCharsets.UTF_8));
    Resume r = Segmenter.segment(x);
    Entry paper = r.sections(SectionKind.PUBLICATIONS).flatMap(s -> s.entries().stream()).findFirst().orElseThrow();
    assertThat(paper.dates()).as("the schema's releaseDate").isNotNull();
    assertThat(paper.dates().start().iso()).isEqualTo("2022-07");
    assertThat(x.text()).contains("R. Okafor and T. Lind.").contains("Out of 340 papers.");
  }

  @Test
  void aFreshResumeReadsAsTheSameFields() throws UnreadableInputException {
    // FRESH (HackMyResume's schema) keeps its jobs under employment.history, the employer as
    // "employer", the dates as start and end; contact details under contact.
    String fresh = """
        {"name": "Rin Okafor", "meta": {"format": "FRESH@0.6.0"},
         "info": {"label": "Backend Engineer", "brief": "Builds storage-heavy services."},
         "contact": {"email": "rin@example.com", "phone": "+1 555 010 9911", "website": "https://rin.example"},
         "location": {"city": "Toronto", "region": "ON", "country": "CA"},
         "employment": {"history": [
           {"position": "Senior Backend Engineer", "employer": "Maple Logistics", "start": "2021-04-01",
            "location": "Toronto", "highlights": ["Designed the shipment-tracking API in Go."]},
           {"position": "Backend Engineer", "employer": "Birch Bank", "start": "2017-09-01", "end": "2021-03-01",
            "highlights": ["Built the statements service in Java.", "Ran the Kafka cluster."]}]},
         "education": {"history": [{"institution": "University of Waterloo", "title": "BMath", "area": "Computer Science",
                                    "start": "2013", "end": "2017"}]},
         "skills": {"sets": [{"name": "Storage", "skills": ["PostgreSQL", "Redis"]}]},
         "service": {"history": [{"position": "Mentor", "organization": "Code Club", "start": "2019"}]}}
        """;
    Resume r = roundTrip(fresh);
    assertThat(r.contact().name().value()).isEqualTo("Rin Okafor");
    assertThat(r.contact().email().value()).isEqualTo("rin@example.com");
    assertThat(r.contact().phone().value()).isEqualTo("+1 555 010 9911");
    List<Entry> work = r.sections(SectionKind.EXPERIENCE).flatMap(s -> s.entries().stream()).toList();
    assertThat(work).extracting(e -> e.title().value()).containsExactly("Senior Backend Engineer", "Backend Engineer");
    assertThat(work).extracting(e -> e.organization().value()).containsExactly("Maple Logistics", "Birch Bank");
    assertThat(work.get(0).dates().present()).isTrue();
    assertThat(work.get(1).dates().end().iso()).isEqualTo("2021-03");
    assertThat(work.get(1).bullets()).hasSize(2);
    assertThat(r.listedSkills()).extracting(Field::value).containsExactly("PostgreSQL", "Redis");
    Entry edu = r.sections(SectionKind.EDUCATION).flatMap(s -> s.entries().stream()).findFirst().orElseThrow();
    assertThat(edu.organization().value()).isEqualTo("University of Waterloo");
    // Broken FRESH: a history that is no list, items that are no objects, read as nothing there.
    Resume broken = roundTrip("""
        {"name": "Rin Okafor", "employment": {"history": "none"}, "education": {"history": [1, "x", null]},
         "contact": {"email": "rin@example.com"}}
        """);
    assertThat(broken.contact().email().value()).isEqualTo("rin@example.com");
    assertThat(broken.sections(SectionKind.EXPERIENCE).flatMap(s -> s.entries().stream())).isEmpty();
  }

  @Test
  void structureSurvivesTheRoundTrip() throws UnreadableInputException {
    Resume r = roundTrip(SAMPLE);
    assertThat(r.contact().name().value()).isEqualTo("Rin Okafor");
    assertThat(r.contact().email().value()).isEqualTo("rin@example.com");
    assertThat(r.contact().phone().value()).isEqualTo("+1 555 010 9911");
    List<Entry> work = r.sections(SectionKind.EXPERIENCE).flatMap(s -> s.entries().stream()).toList();
    assertThat(work).hasSize(2);
    assertThat(work.get(0).title().value()).isEqualTo("Senior Backend Engineer");
    assertThat(work.get(0).organization().value()).isEqualTo("Maple Logistics");
    assertThat(work.get(0).dates().present()).isTrue();
    assertThat(work.get(0).bullets()).hasSize(2);
    assertThat(work.get(1).dates().end().iso()).isEqualTo("2021-03");
    assertThat(r.listedSkills()).extracting(Field::value).containsExactly("PostgreSQL", "MySQL", "Redis", "Go", "Java");
    Entry edu = r.sections(SectionKind.EDUCATION).flatMap(s -> s.entries().stream()).findFirst().orElseThrow();
    assertThat(edu.organization().value()).isEqualTo("University of Waterloo");
  }

  @Test
  void theSharedCorpusSampleRoundTrips() throws Exception {
    Path p = Path.of("../../shared/corpus/jsonresume/jsonresume-sample.resume.json");
    assumeTrue(Files.exists(p), "shared corpus not present");
    Resume r = roundTrip(Files.readString(p));
    assertThat(r.contact().name()).isNotNull();
    assertThat(r.contact().email()).isNotNull();
    assertThat(r.sections(SectionKind.EXPERIENCE).flatMap(s -> s.entries().stream())).isNotEmpty()
        .allSatisfy(e -> assertThat(e.organization()).isNotNull());
  }

  @Test
  void malformedJsonSaysWhere() {
    assertThatThrownBy(() -> new JsonResumeReader().read("{\"basics\": {\"name\": }".getBytes(StandardCharsets.UTF_8)))
        .hasMessageStartingWith("malformed JSON at line 1, column");
  }

  @Test
  void aPhoneIsANumberInAnyScriptsDigitsAndAPlaceholderIsNone() throws UnreadableInputException {
    String wide = "{\"basics\": {\"name\": \"Rowan Quill\", \"phone\": \"０９０-１２３４-５６７８\"}}";
    assertThat(Segmenter.segment(new JsonResumeReader().read(wide.getBytes(StandardCharsets.UTF_8))).contact().phone())
        .isNotNull();
    String placeholder = "{\"basics\": {\"name\": \"Rowan Quill\", \"phone\": \"phone number\"}}";
    assertThat(Segmenter.segment(new JsonResumeReader().read(placeholder.getBytes(StandardCharsets.UTF_8))).contact().phone())
        .isNull();
  }

  @Test
  void aTrailingCommaLeftByHandIsReadPast() throws UnreadableInputException {
    String json = "{\"basics\": {\"name\": \"Rowan Quill\", \"email\": \"rowan@example.org\",},\n"
        + " \"work\": [{\"name\": \"Globex\", \"position\": \"Engineer\", \"startDate\": \"2019-03\","
        + " \"highlights\": [\"Built the billing service\",]},]}";
    Resume r = Segmenter.segment(new JsonResumeReader().read(json.getBytes(StandardCharsets.UTF_8)));
    assertThat(r.contact().name().value()).isEqualTo("Rowan Quill");
    assertThat(r.sections(SectionKind.EXPERIENCE).flatMap(s -> s.entries().stream())).singleElement()
        .satisfies(e -> assertThat(e.organization().value()).isEqualTo("Globex"));
    // A missing item between two commas is still malformed.
    assertThatThrownBy(() -> new JsonResumeReader().read("{\"work\": [1,,2]}".getBytes(StandardCharsets.UTF_8)))
        .hasMessageStartingWith("malformed JSON");
  }

  @Test
  void nonObjectsAndEmptyObjectsAreRefused() {
    assertThatThrownBy(() -> new JsonResumeReader().read("[1,2,3]".getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("must be a JSON object");
    assertThatThrownBy(() -> new JsonResumeReader().read("{}".getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("no resume fields");
  }

  @Test
  void deepNestingIsRefusedNotCrashed() {
    String deep = "{\"a\":".repeat(5000) + "1" + "}".repeat(5000);
    assertThatThrownBy(() -> new JsonResumeReader().read(deep.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(UnreadableInputException.class);
  }

  @Test
  void wrongTypesAreIgnoredNotCrashed() throws UnreadableInputException {
    Resume r = roundTrip("{\"basics\": {\"name\": 42, \"email\": [\"x\"]}, \"work\": {\"oops\": true}, \"skills\": \"Go\", \"education\": [null, 3]}");
    assertThat(r).isNotNull();
  }
}
