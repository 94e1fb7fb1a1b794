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
}
