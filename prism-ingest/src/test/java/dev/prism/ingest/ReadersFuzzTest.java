package dev.prism.ingest;

import static dev.prism.ingest.Samples.docx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.prism.core.ingest.UnreadableInputException;
import dev.prism.core.model.Extraction;
import dev.prism.core.text.Segmenter;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** Whatever the bytes, reading ends in an extraction or a clear refusal, never anything else. */
class ReadersFuzzTest {
  private static final byte[] PDF = Samples.resumePdf();
  private static final byte[] DOCX = Samples.docx(true);
  private static final byte[] DOCX_BOXES = Samples.docxWithTextBoxes();
  private static final byte[] DOCX_CONTROLS = Samples.docxWithContentControls();
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

  @Property(tries = 60)
  void mutatedDocxWithTextBoxes(@ForAll @IntRange(min = 0, max = 1_000_000) int seed, @ForAll @IntRange(min = 1, max = 40) int flips) {
    outcome("cv.docx", mutate(DOCX_BOXES, seed, flips));
  }

  @Property(tries = 60)
  void mutatedDocxWithContentControls(@ForAll @IntRange(min = 0, max = 1_000_000) int seed, @ForAll @IntRange(min = 1, max = 40) int flips) {
    outcome("cv.docx", mutate(DOCX_CONTROLS, seed, flips));
  }

  /**
   * Random trees of text boxes, shapes, groups, AlternateContent branches and content controls
   * (around paragraphs and around runs, some still showing their prompt), some nested past the
   * reader's bound: every text in a branch the reader should take, within the bound, comes out
   * exactly once, and nothing from a copy or prompt it should skip or from below the bound comes
   * out at all.
   */
  @Property(tries = 80)
  void boxAndControlTreesReadEachTextOnce(@ForAll @IntRange(min = 0, max = 1_000_000) int seed) throws Exception {
    BoxTree tree = new BoxTree(new Random(seed));
    String body = tree.paragraphs(0, true, 1 + tree.random.nextInt(3));
    byte[] bytes;
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText("Jordan Lee");
      ContentControls.append(doc.getDocument().getBody(), body);
      doc.write(out);
      bytes = out.toByteArray();
    }
    String text = READERS.read("cv.docx", bytes).text();
    for (int id : tree.read) {
      assertThat(text.split("T" + id + "\\.", -1)).as("T%d in %s", id, body).hasSize(2);
    }
    for (int id : tree.unread) {
      assertThat(text).as("T%d in %s", id, body).doesNotContain("T" + id + ".");
    }
  }

  @Provide
  Arbitrary<String> headerLines() {
    return Arbitraries.oneOf(
        Arbitraries.of("Jordan Lee", "JORDAN LEE", "Ana de la Cruz", "Curriculum Vitae", "Page 1", "Your Name", "Work Experience",
            "Senior Backend Engineer", "Jordan Lee\tResume", "Jordan Lee | jordan.lee@example.com", "+1 555 010 2030", " ", "Jordan"),
        Arbitraries.strings().withChars("Aa Zz|\t-.@1").ofMaxLength(30));
  }

  @Provide
  Arbitrary<String> firstBodyLines() {
    return Arbitraries.of("Jordan Lee", "Summary", "Senior Backend Engineer", "jordan.lee@example.com",
        "Backend engineer with six years of payments work.", "Alex Morgan", "");
  }

  /**
   * Whatever a header holds and however the body starts, reading the header only adds lines, all
   * together, above the body or after its first line: no body line is dropped, changed or moved.
   */
  @Property(tries = 100)
  void aHeaderOnlyAddsLinesAboveOrAfterTheFirst(@ForAll("headerLines") String header, @ForAll("firstBodyLines") String first)
      throws Exception {
    Consumer<XWPFDocument> body = doc -> {
      if (!first.isEmpty()) {
        doc.createParagraph().createRun().setText(first);
      }
      XWPFParagraph h = doc.createParagraph();
      h.setStyle("Heading1");
      h.createRun().setText("Experience");
      doc.createParagraph().createRun().setText("Backend Engineer | Acme Corp  2019 - 2023");
    };
    List<String> plain = List.of(READERS.read("cv.docx", docx(body)).text().split("\n", -1));
    Extraction e = READERS.read("cv.docx", docx(doc -> {
      XWPFRun run = doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun();
      String[] parts = header.split("\t", -1);
      for (int i = 0; i < parts.length; i++) {
        if (i > 0) {
          run.addTab();
        }
        run.setText(parts[i]);
      }
      body.accept(doc);
    }));
    Segmenter.segment(e);
    List<String> read = List.of(e.text().split("\n", -1));
    int added = read.size() - plain.size();
    assertThat(added).isNotNegative();
    boolean kept = false;
    for (int at = 0; at <= 1 && !kept; at++) {
      List<String> without = new ArrayList<>(read.subList(0, Math.min(at, read.size())));
      without.addAll(read.subList(Math.min(at + added, read.size()), read.size()));
      kept = without.equals(plain);
    }
    assertThat(kept).as("%s over %s", read, plain).isTrue();
  }

  /**
   * Builds one random tree, numbering its texts and noting which the reader must and must not read.
   * Depth counts what the reader counts: each box and each control around paragraphs is a level; a
   * control around runs is not, since a paragraph bounds its own nesting.
   */
  private static final class BoxTree {
    final Random random;
    final List<Integer> read = new ArrayList<>();
    final List<Integer> unread = new ArrayList<>();
    int next;
    int budget = 80;

    BoxTree(Random random) {
      this.random = random;
    }

    /** Paragraphs {@code depth} levels deep, some wrapped in controls, some holding controls around runs. */
    String paragraphs(int depth, boolean taken, int count) {
      StringBuilder b = new StringBuilder();
      for (int i = count; i > 0; i--) {
        int kind = depth <= DocxReader.MAX_DEPTH + 1 && budget-- > 0 ? random.nextInt(8) : 0;
        switch (kind) {
          case 1 -> b.append(ContentControls.control(paragraphs(depth + 1, taken, 1 + random.nextInt(2))));
          case 2 -> b.append(ContentControls.prompt(paragraphs(depth + 1, false, 1)));
          case 3 -> b.append("<w:p>").append(ContentControls.control("<w:r>" + run(depth, taken) + "</w:r>")).append("</w:p>");
          case 4 -> b.append("<w:p>").append(ContentControls.prompt("<w:r>" + run(depth, false) + "</w:r>")).append("</w:p>");
          default -> b.append("<w:p><w:r>").append(run(depth, taken)).append("</w:r></w:p>");
        }
      }
      return b.toString();
    }

    /** The content of a run in a paragraph {@code level} boxes and controls deep. */
    String run(int level, boolean taken) {
      StringBuilder b = new StringBuilder();
      for (int i = 1 + random.nextInt(3); i > 0; i--) {
        // A little past the bound is enough to check it; the budget keeps the file small.
        int kind = level <= DocxReader.MAX_DEPTH + 1 && budget-- > 0 ? random.nextInt(10) : 0;
        switch (kind) {
          case 1 -> b.append(TextBoxes.drawing(box(level, taken)));
          case 2 -> b.append(TextBoxes.vml(box(level, taken)));
          // Word's two copies, each with texts of its own (the same content twice would double the
          // file at every level): only the Choice's may be read.
          case 3 -> b.append("<mc:AlternateContent><mc:Choice Requires=\"wps\">").append(TextBoxes.drawing(box(level, taken)))
              .append("</mc:Choice><mc:Fallback>").append(TextBoxes.vml(box(level, false)))
              .append("</mc:Fallback></mc:AlternateContent>");
          case 4 -> b.append(TextBoxes.group(box(level, taken), box(level, taken)));
          case 5 -> b.append(TextBoxes.fallbackOnly(box(level, taken)));
          case 6 -> b.append("<mc:AlternateContent><mc:Choice Requires=\"wps\">").append(TextBoxes.drawing(box(level, taken)))
              .append("</mc:Choice><mc:Choice Requires=\"wpg\">").append(TextBoxes.drawing(box(level, false)))
              .append("</mc:Choice><mc:Fallback>").append(TextBoxes.vml(box(level, false)))
              .append("</mc:Fallback></mc:AlternateContent>");
          default -> b.append("<w:t>").append(text(level, taken)).append("</w:t>");
        }
      }
      return b.toString();
    }

    /** A box's paragraphs, anchored in a paragraph {@code level} deep. */
    private String box(int level, boolean taken) {
      return paragraphs(level + 1, taken, random.nextInt(3));
    }

    private String text(int level, boolean taken) {
      int id = next++;
      (taken && level <= DocxReader.MAX_DEPTH ? read : unread).add(id);
      return "T" + id + ".";
    }
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
