package dev.prism.ingest;

import static dev.prism.ingest.WordXml.cellOf;
import static dev.prism.ingest.WordXml.cellXml;
import static dev.prism.ingest.WordXml.document;
import static dev.prism.ingest.WordXml.p;
import static dev.prism.ingest.WordXml.r;
import static dev.prism.ingest.WordXml.row;
import static dev.prism.ingest.WordXml.styled;
import static dev.prism.ingest.WordXml.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prism.core.ingest.UnreadableInputException;
import dev.prism.core.model.Extraction;
import dev.prism.core.text.Segmenter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Layout that no editor writes, or writes without end: style chains that loop, properties that
 * are not numbers, merges and spans that do not add up, tables of thousands of rows. Each is read
 * into a text whose layout fits it, or refused clearly; and random tables lose and repeat no text.
 */
class DocxHostileLayoutTest {
  private final DocxReader reader = new DocxReader();

  @Test
  void stylesBasedOnEachOtherInALoopAreReadToABound() throws Exception {
    String styles = WordXml.paragraphStyle("A", "heading 1", "B", "", "<w:sz w:val=\"28\"/>")
        + WordXml.paragraphStyle("B", "B", "A", "<w:numPr><w:numId w:val=\"4\"/></w:numPr>", "<w:b/>")
        + WordXml.paragraphStyle("C", "C", "C", "", "") + WordXml.characterStyle("D", "<w:rStyle w:val=\"D\"/>");
    Extraction e = reader.read(document(styles, p("Jordan Lee") + styled("A", "Experience") + styled("B", "Built it")
        + styled("C", "Backend Engineer, Acme Corp  2019 – 2023") + p("", r("<w:rStyle w:val=\"D\"/>", "Ran it"))));
    assertThat(e.text()).isEqualTo("Jordan Lee\nExperience\nBuilt it\nBackend Engineer, Acme Corp  2019 – 2023\nRan it\n");
  }

  @Test
  void propertiesThatAreNotNumbersCountAsAbsent() throws Exception {
    String styles = WordXml.paragraphStyle("Odd", "Odd", null, "<w:outlineLvl w:val=\"abc\"/><w:numPr><w:numId w:val=\"x\"/></w:numPr>",
        "<w:sz w:val=\"huge\"/><w:b w:val=\"maybe\"/>");
    String odd = "<w:gridSpan w:val=\"-3\"/><w:vMerge w:val=\"sideways\"/><w:tcW w:w=\"1e309\" w:type=\"dxa\"/>";
    String huge = "<w:gridSpan w:val=\"99999999999999\"/><w:tcW w:w=\"NaN\" w:type=\"dxa\"/>";
    String vml = "<w:pict><v:shape style=\"position:absolute;margin-left:abcpt;width:-;height:1e400in\">"
        + "<v:textbox><w:txbxContent>" + p("Boxed") + "</w:txbxContent></v:textbox></v:shape></w:pict>";
    Extraction e = reader.read(document(styles, p("Jordan Lee") + styled("Odd", "Experience")
        + "<w:tbl><w:tblGrid><w:gridCol w:w=\"-1\"/><w:gridCol w:w=\"zz\"/></w:tblGrid><w:tr>" + cellXml(odd, p("Left"))
        + cellXml(huge, p("Right")) + "</w:tr><w:tr>" + cellXml("<w:vMerge/>") + "</w:tr></w:tbl>"
        + "<w:p><w:r>" + vml + "</w:r></w:p>"));
    // The box's anchoring paragraph is empty: a blank line after the box.
    assertThat(e.text()).isEqualTo("Jordan Lee\nExperience\nLeft  Right\nBoxed\n\n");
    Segmenter.segment(e);
  }

  /** Some web builders write a DOCX whose body only imports an HTML part that Word converts on opening. */
  @Test
  void aBodyThatOnlyImportsItsContentIsRefusedWithAReason() {
    assertThatThrownBy(() -> reader.read(document(null, "<w:altChunk r:id=\"rId99\"/>" + p(""))))
        .isInstanceOfSatisfying(UnreadableInputException.class, u -> {
          assertThat(u.problem()).isEqualTo(UnreadableInputException.Problem.EMPTY);
          assertThat(u.getMessage()).contains("embedded").contains("save it as .docx again").doesNotContain("\n");
        });
    assertThatThrownBy(() -> reader.read(document(null, p(" "))))
        .isInstanceOfSatisfying(UnreadableInputException.class, u -> assertThat(u.getMessage()).isEqualTo("the file has no text"));
  }

  @Test
  void thousandsOfRowsAndAColumnBesideThemAreRead() throws Exception {
    StringBuilder rows = new StringBuilder();
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      many.add(row("Role " + i, "Org " + i, "20" + (10 + i % 15)));
    }
    Extraction e = reader.read(document(null, p("Jordan Lee") + table(new int[] {3000, 3000, 3000}, many.toArray(String[]::new))));
    assertThat(e.text().lines().count()).isEqualTo(3001);
    assertThat(e.text()).contains("\nRole 2999  Org 2999  2024\n");

    List<String> column = new ArrayList<>();
    column.add(cellOf("Side 0") + cellXml("<w:vMerge w:val=\"restart\"/>", p("Main text")));
    for (int i = 1; i < 2000; i++) {
      column.add(cellOf("Side " + i) + cellXml("<w:vMerge/>"));
    }
    rows.append(table(new int[] {2000, 7000}, column.toArray(String[]::new)));
    Extraction columns = reader.read(document(null, p("Jordan Lee") + rows));
    assertThat(columns.text()).startsWith("Jordan Lee\nSide 0\nSide 1\n").contains("\nSide 1999\nMain text\n");
  }

  /**
   * Random tables of random cells (one to three short or long lines, some empty, some merged or
   * spanning, some nested tables) read every text exactly once, and the layout fits the text.
   */
  @Property(tries = 60)
  void randomTablesReadEachTextOnce(@ForAll @IntRange(min = 0, max = 1_000_000) int seed) throws Exception {
    Random random = new Random(seed);
    List<String> texts = new ArrayList<>();
    String body = p("Jordan Lee") + randomTable(random, texts, 0);
    Extraction e;
    try {
      e = reader.read(document(null, body));
    } catch (UnreadableInputException refused) {
      assertThat(refused.getMessage()).isNotBlank();
      return;
    }
    for (String t : texts) {
      assertThat(e.text().split(java.util.regex.Pattern.quote(t), -1)).as("%s in %s", t, e.text()).hasSize(2);
    }
    Segmenter.segment(e);
  }

  private static String randomTable(Random random, List<String> texts, int depth) {
    int rows = 1 + random.nextInt(5);
    int columns = 1 + random.nextInt(4);
    int[] widths = new int[columns];
    for (int c = 0; c < columns; c++) {
      widths[c] = random.nextInt(4) == 0 ? 0 : 500 + random.nextInt(5000);
    }
    List<String> out = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      StringBuilder row = new StringBuilder();
      for (int c = 0; c < columns; c++) {
        String props = switch (random.nextInt(6)) {
          case 0 -> r == 0 ? "<w:vMerge w:val=\"restart\"/>" : "<w:vMerge/>";
          case 1 -> "<w:gridSpan w:val=\"" + (1 + random.nextInt(3)) + "\"/>";
          default -> "";
        };
        StringBuilder content = new StringBuilder();
        int lines = random.nextInt(4);
        for (int l = 0; l < lines; l++) {
          String t = "T" + texts.size() + ".";
          texts.add(t);
          String words = random.nextBoolean() ? "" : " with a long tail of words that runs past any title or date range there is";
          content.append(random.nextInt(5) == 0 ? styled("Heading1", t + words) : p(t + words));
        }
        if (depth < 2 && random.nextInt(8) == 0) {
          content.append(randomTable(random, texts, depth + 1)).append("<w:p/>");
        }
        row.append(cellXml(props, content.length() == 0 ? new String[0] : new String[] {content.toString()}));
      }
      out.add(row.toString());
    }
    return table(widths, out.toArray(String[]::new));
  }
}
