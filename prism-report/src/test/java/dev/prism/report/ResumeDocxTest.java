package dev.prism.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.prism.core.CheckOptions;
import dev.prism.core.Prism;
import dev.prism.core.examples.Example;
import dev.prism.core.examples.Examples;
import dev.prism.core.model.Bullet;
import dev.prism.core.model.Extraction;
import dev.prism.core.model.Mark;
import dev.prism.core.model.Resume;
import dev.prism.core.model.SectionKind;
import dev.prism.core.report.Report;
import dev.prism.core.role.Roles;
import dev.prism.core.text.Segmenter;
import dev.prism.ingest.Readers;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The DOCX resume writer, read back by Prism's own DOCX reader. */
class ResumeDocxTest {
  static final ObjectMapper JSON = new ObjectMapper();

  static Extraction read(byte[] docx) throws Exception {
    return Readers.standard().read("resume.docx", docx);
  }

  static List<String> bullets(Resume r, SectionKind kind) {
    return r.sections(kind).flatMap(s -> s.entries().stream()).flatMap(e -> e.bullets().stream()).map(Bullet::text).toList();
  }

  @Test
  void anEditedBulletComesBackAsABulletOfItsRole() throws Exception {
    ObjectNode resume = (ObjectNode) Examples.byId("mid").orElseThrow().resume();
    ArrayNode highlights = (ArrayNode) resume.path("work").get(0).path("highlights");
    String edited = "Cut p99 latency of the payment notification API from 310 ms to 85 ms by batching PostgreSQL writes";
    highlights.set(0, edited);

    byte[] docx = ResumeDocx.render(resume);
    assertThat(docx).startsWith('P', 'K');
    Extraction x = read(docx);
    assertThat(x.format()).isEqualTo("docx");
    Resume back = Segmenter.segment(x);
    assertThat(back.contact().name().value()).isEqualTo(resume.at("/basics/name").asText());
    assertThat(back.contact().email().value()).isEqualTo(resume.at("/basics/email").asText());
    var firstJob = back.sections(SectionKind.EXPERIENCE).findFirst().orElseThrow().entries().get(0);
    assertThat(firstJob.bullets()).extracting(Bullet::text).first().isEqualTo(edited);
    assertThat(x.layout().lines()).anyMatch(l -> l.has(Mark.LIST_ITEM) && x.text().startsWith(edited, l.span().offset()));
    assertThat(x.layout().lines()).anyMatch(l -> l.has(Mark.HEADING) && x.text().startsWith("Experience", l.span().offset()));
  }

  @Test
  void everyExampleKeepsItsEntriesBulletsAndScore() throws Exception {
    CheckOptions options = new CheckOptions(Roles.DEFAULT, null, Fixtures.TODAY);
    for (Example e : Examples.all()) {
      JsonNode resume = e.resume();
      Extraction x = read(ResumeDocx.render(resume));
      Resume back = Segmenter.segment(x);
      int jobs = resume.path("work").size();
      assertThat(back.sections(SectionKind.EXPERIENCE).mapToInt(s -> s.entries().size()).sum()).as(e.level().id()).isEqualTo(jobs);
      int highlights = 0;
      for (JsonNode w : resume.path("work")) {
        highlights += w.path("highlights").size();
      }
      assertThat(bullets(back, SectionKind.EXPERIENCE)).as(e.level().id()).hasSize(highlights);
      assertThat(back.sections(SectionKind.SKILLS).count()).isOne();
      assertThat(back.sections(SectionKind.EDUCATION).count()).isOne();
      // The same resume, whether written as DOCX or PDF, is judged the same.
      Report fromDocx = Prism.standard().check(x, options);
      Report fromPdf = Prism.standard().check(Readers.standard().read("r.pdf", ResumePdf.render(resume)), options);
      assertThat(fromDocx.score()).as(e.level().id()).isCloseTo(fromPdf.score(), org.assertj.core.data.Offset.offset(3));
    }
  }

  @Test
  void hostileAndEmptyInputStillMakesADocumentThatOpens() throws Exception {
    ObjectNode resume = JSON.createObjectNode();
    resume.putObject("basics").put("name", "Eve <script>alert(1)</script> \u0000\u0007\uD800 Tester").put("email", "eve@example.com");
    ObjectNode job = resume.putArray("work").addObject();
    job.put("position", "Engineer & \"Lead\"").put("name", "Acme]]><x>").put("startDate", "2020-01");
    job.putArray("highlights").add("Line one\nline two\twith a tab and \u001b[31m escape").add("").add("x".repeat(20_000));
    resume.putArray("skills").addObject().put("name", "Storage").putArray("keywords").add("PostgreSQL").add(7);

    Extraction x = read(ResumeDocx.render(resume));
    assertThat(x.text()).contains("Eve <script>alert(1)</script>", "Engineer & \"Lead\" | Acme]]><x>", "Line one line two with a tab",
        "PostgreSQL, 7");
    assertThat(x.text()).doesNotContain("\u0000", "\u0007");

    // An empty document and one with fields of the wrong type give a file, not an exception.
    assertThat(read(ResumeDocx.render(JSON.readTree("{\"basics\":{\"name\":\"A\"}}"))).text()).contains("A");
    assertThat(ResumeDocx.render(JSON.readTree("{\"basics\":[1],\"work\":{\"a\":1},\"skills\":\"x\"}"))).isNotEmpty();
  }

  @Test
  void aSegmentedResumeCanBeWrittenDirectly() throws Exception {
    Extraction x = Readers.standard().read("r.md", Fixtures.MARKDOWN.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Resume r = Segmenter.segment(x);
    Resume back = Segmenter.segment(read(ResumeDocx.render(r)));
    assertThat(bullets(back, SectionKind.EXPERIENCE)).isEqualTo(bullets(r, SectionKind.EXPERIENCE));
  }
}
