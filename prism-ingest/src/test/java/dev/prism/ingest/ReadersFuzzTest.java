package dev.prism.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prism.core.ingest.UnreadableInputException;
import dev.prism.core.model.Extraction;
import dev.prism.core.text.Segmenter;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Whatever the bytes, reading ends in an extraction or a clear refusal, never anything else. */
class ReadersFuzzTest {
  private static final byte[] PDF = Samples.resumePdf();
  private static final byte[] DOCX = Samples.docx(true);
  private static final Readers READERS = Readers.standard();

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.of("cv.pdf", "cv.docx", "cv.tex", "cv.json", "cv.md", "cv.txt", "cv");
  }

  @Property(tries = 150)
  void randomBytes(@ForAll("names") String name, @ForAll @Size(max = 2048) byte[] bytes) {
    outcome(name, bytes);
  }

  @Property(tries = 120)
  void mutatedPdf(@ForAll @IntRange(min = 0, max = 1_000_000) int seed, @ForAll @IntRange(min = 1, max = 40) int flips) {
    outcome("cv.pdf", mutate(PDF, seed, flips));
  }

  @Property(tries = 80)
  void mutatedDocx(@ForAll @IntRange(min = 0, max = 1_000_000) int seed, @ForAll @IntRange(min = 1, max = 40) int flips) {
    outcome("cv.docx", mutate(DOCX, seed, flips));
  }

  /** Flips bytes at random places, and sometimes truncates. */
  private static byte[] mutate(byte[] original, int seed, int flips) {
    java.util.Random random = new java.util.Random(seed);
    byte[] b = Arrays.copyOf(original, original.length);
    for (int i = 0; i < flips; i++) {
      b[random.nextInt(b.length)] = (byte) random.nextInt(256);
    }
    return random.nextBoolean() ? b : Arrays.copyOf(b, 1 + random.nextInt(b.length));
  }

  private static void outcome(String name, byte[] bytes) {
    try {
      Extraction e = READERS.read(name, bytes);
      assertThat(e.text()).isNotNull();
      Segmenter.segment(e);
    } catch (UnreadableInputException expected) {
      assertThat(expected.getMessage()).isNotBlank().doesNotContain("\n");
    }
  }
}
