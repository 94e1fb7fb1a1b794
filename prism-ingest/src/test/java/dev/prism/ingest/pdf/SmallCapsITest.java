package dev.prism.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmallCapsITest {

  @Test
  void aLineInSmallCapitalsGetsItsCapitalIBack() {
    assertThat(SmallCapsI.folded("STAFF PLATFORM ENGiNEER · BACHELOR iN PHYSiCS"))
        .isEqualTo("STAFF PLATFORM ENGINEER · BACHELOR IN PHYSICS");
    assertThat(SmallCapsI.folded("iNTERNSHiP iN THE DATA TEAM  Feb. 2017 - May 2017"))
        .as("a line with other lower-case letters (the dates' months) is left as it is")
        .isEqualTo("iNTERNSHiP iN THE DATA TEAM  Feb. 2017 - May 2017");
    assertThat(SmallCapsI.folded("CONSULTiNG · DiSTRiBUTED SYSTEMS")).isEqualTo("CONSULTING · DISTRIBUTED SYSTEMS");
  }

  @Test
  void namesCasedSoOnPurposeStayAsWritten() {
    assertThat(SmallCapsI.folded("TiDB and Kafka")).isEqualTo("TiDB and Kafka");
    assertThat(SmallCapsI.folded("AWS, GCP, TiDB")).as("one such word alone").isEqualTo("AWS, GCP, TiDB");
    assertThat(SmallCapsI.folded("WiFi")).isEqualTo("WiFi");
    assertThat(SmallCapsI.folded("16 GiB, 2 TiB")).as("units are shorter than words").isEqualTo("16 GiB, 2 TiB");
    assertThat(SmallCapsI.folded("ENGINEER")).isEqualTo("ENGINEER");
    assertThat(SmallCapsI.folded("")).isEmpty();
  }
}
