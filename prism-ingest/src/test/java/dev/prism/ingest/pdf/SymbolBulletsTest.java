package dev.prism.ingest.pdf;

import static dev.prism.ingest.pdf.FontPdf.codes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.prism.core.model.Entry;
import dev.prism.core.model.Extraction;
import dev.prism.core.model.LayoutLine;
import dev.prism.core.model.Mark;
import dev.prism.core.model.Resume;
import dev.prism.core.model.SectionKind;
import dev.prism.core.text.Segmenter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Word and LibreOffice draw list bullets in the Symbol or Wingdings font, whose glyphs map to
 * private-use characters (U+F0B7 for Symbol's bullet), as icon fonts' glyphs do. Before a line of
 * words such a glyph opens a list item, a long sentence even with a year in it; before a contact
 * item, a heading, a short place or a few words with a date it is an icon and opens none.
 */
class SymbolBulletsTest {
  private final PdfReader reader = new PdfReader();

  @Test
  void aSymbolFontBulletOpensAListItemAndAnIconDoesNot() throws Exception {
    Map<Integer, String> names = FontPdf.asciiNames();
    names.put(0x80, "g128");
    FontPdf pdf = new FontPdf().type1("F", names, Map.of(0x80, "\uf0b7"), Map.of());
    float y = 60;
    pdf.show("F", 72, y, 20, codes("Jordan Lee"));
    pdf.show("F", 72, y += 24, 10, codes(0x80, "  jordan.lee@example.com"));
    pdf.show("F", 72, y += 14, 10, codes(0x80, "  Austin, TX"));
    pdf.show("F", 72, y += 14, 10, codes(0x80, "  in Austin since 2019 with family"));
    pdf.show("F", 72, y += 30, 13, codes(0x80, "  Experience"));
    pdf.show("F", 72, y += 22, 11, codes("Backend Engineer, Globex    2019 - 2023"));
    for (String b : new String[] {"Built the billing service for every shop", "Cut the nightly batch from hours to minutes",
        "Ran the on-call rota for six engineers", "Managed a library of SQL Server 2005 stored procedures for key customers"}) {
      pdf.show("F", 80, y += 14, 10, codes(0x80, "    " + b));
    }
    Extraction x = reader.read(pdf.build());
    List<LayoutLine> lines = x.layout().lines();
    assertThat(lines).filteredOn(l -> l.marks().contains(Mark.LIST_ITEM)).extracting(l -> x.text().substring(l.span().offset(), l.span().end()))
        .containsExactly("Built the billing service for every shop", "Cut the nightly batch from hours to minutes",
            "Ran the on-call rota for six engineers", "Managed a library of SQL Server 2005 stored procedures for key customers");
    assertThat(x.text()).doesNotContain("\ue000").doesNotContain("\uf0b7");
    Resume r = Segmenter.segment(x);
    assertThat(r.contact().email().value()).isEqualTo("jordan.lee@example.com");
    Entry job = r.sections(SectionKind.EXPERIENCE).findFirst().orElseThrow().entries().get(0);
    assertThat(job.title().value()).isEqualTo("Backend Engineer");
    assertThat(job.bullets()).hasSize(4);
  }
}
