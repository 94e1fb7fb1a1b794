package dev.prism.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.prism.core.model.Extraction;
import dev.prism.core.text.Segmenter;
import org.junit.jupiter.api.Test;

class JsonResumeWriterTest {
  @Test
  void degreesSplitIntoTypeAndArea() {
    String text = """
        Priya Raman
        priya@example.org

        EDUCATION
        B.S. Computer Science, University of Washington, 2013 - 2017
        Master of Science in Distributed Systems, ETH Zurich, 2017 - 2019
        PhD in Physics, University of Oslo, 2019 - 2023
        Bachelor of Music, Music Composition, Berklee College of Music, 2008 - 2012
        Associate degree, Business Management, Austin Community College, 2006 - 2008
        """;
    JsonNode education = JsonResumeWriter.write(Segmenter.segment(Extraction.plain(text, "text"))).get("education");
    assertThat(education).hasSize(5);
    // The full stop after "B.S" belongs to the degree, not to the field of study.
    assertThat(education.get(0).get("studyType").asText()).isEqualTo("B.S.");
    assertThat(education.get(0).get("area").asText()).isEqualTo("Computer Science");
    assertThat(education.get(1).get("studyType").asText()).isEqualTo("Master of Science");
    assertThat(education.get(1).get("area").asText()).isEqualTo("Distributed Systems");
    assertThat(education.get(2).get("studyType").asText()).isEqualTo("PhD");
    assertThat(education.get(2).get("area").asText()).isEqualTo("Physics");
    assertThat(education.get(3).get("studyType").asText()).isEqualTo("Bachelor of Music");
    assertThat(education.get(3).get("area").asText()).isEqualTo("Music Composition");
    assertThat(education.get(4).get("studyType").asText()).isEqualTo("Associate degree");
    assertThat(education.get(4).get("area").asText()).isEqualTo("Business Management");
  }

  @Test
  void aSingleDateIsARangeOfOnePointNotAnOpenOne() {
    String text = """
        Priya Raman
        priya@example.org

        EXPERIENCE
        Software Engineering Intern, Brightwater Labs (Summer 2017)
        - Built the test harness.
        Engineer, Acme Corp (Mar 2021)
        - Built the cache.
        Backend Engineer, Globex Inc  2019 – Present
        - Built the queue.
        """;
    JsonNode work = JsonResumeWriter.write(Segmenter.segment(Extraction.plain(text, "text"))).get("work");
    assertThat(work.get(0).get("startDate").asText()).isEqualTo("2017-06");
    assertThat(work.get(0).get("endDate").asText()).isEqualTo("2017-06");
    assertThat(work.get(1).get("startDate").asText()).isEqualTo("2021-03");
    assertThat(work.get(1).get("endDate").asText()).isEqualTo("2021-03");
    // No endDate is what JSON Resume means by "Present".
    assertThat(work.get(2).has("endDate")).isFalse();
    // Read back, the one point stays one date; the open range stays open.
    assertThat(JsonResumeText.dateRange(work.get(1))).isEqualTo(JsonResumeText.monthYear("2021-03"));
    assertThat(JsonResumeText.dateRange(work.get(2))).endsWith("Present");
  }

  @Test
  void publicationsAwardsAndCertificatesUseTheirSchemaFields() {
    String text = """
        Priya Raman
        priya@example.org

        PUBLICATIONS
        Scaling Ledgers Without Tears | OSDI  Jan 2021
        Priya Raman, Jo Park

        AWARDS
        - Engineering Excellence Award, 2021
        - Hackathon Winner, 2019

        CERTIFICATIONS
        - AWS Certified Developer
        """;
    JsonNode root = JsonResumeWriter.write(Segmenter.segment(Extraction.plain(text, "text")));
    JsonNode paper = root.get("publications").get(0);
    assertThat(paper.get("name").asText()).isEqualTo("Scaling Ledgers Without Tears");
    assertThat(paper.get("publisher").asText()).isEqualTo("OSDI");
    // JSON Resume dates a publication with releaseDate; awards and certificates use date.
    assertThat(paper.get("releaseDate").asText()).isEqualTo("2021-01");
    assertThat(paper.has("date")).isFalse();
    assertThat(paper.get("summary").asText()).isEqualTo("Priya Raman, Jo Park");
    // A plain list is one item a bullet, not one nameless item.
    assertThat(root.get("awards")).extracting(a -> a.get("title").asText())
        .containsExactly("Engineering Excellence Award, 2021", "Hackathon Winner, 2019");
    assertThat(root.get("certificates")).extracting(c -> c.get("name").asText()).containsExactly("AWS Certified Developer");
  }
}
