package dev.prism.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a row of runs on one baseline becomes lines: which runs stand on a line of their own. */
class PageRowsTest {
  /** A run's glyphs, each character {@code size / 2} wide, from {@code x}. */
  private static void set(List<Glyph> out, String text, float x, float y, float size) {
    for (int i = 0; i < text.length(); i++) {
      out.add(new Glyph(String.valueOf(text.charAt(i)), x + size / 2 * i, y, size / 2, size * 0.7f, size, false));
    }
  }

  /** A contact row ("Phone ⇥ number") at size 10 closed by {@code last} at size 15, and a line below. */
  private static List<String> rowClosedBy(String last) {
    List<Glyph> g = new ArrayList<>();
    set(g, "Phone", 65, 248, 10);
    set(g, "(613)-555-0100", 125, 248, 10);
    set(g, last, 300, 248, 15);
    set(g, "Globex", 65, 289, 11.5f);
    return PageLayout.layout(g, 612, 0).lines().stream().map(TextLine::text).toList();
  }

  @Test
  void aLargerSectionHeadingClosingARowIsALineOfItsOwn() {
    // A theme's contact table whose last row shares its baseline with the next section's heading.
    assertThat(rowClosedBy("Work")).contains("Work").noneMatch(l -> l.contains("Work") && l.contains("(613)"));
  }

  @Test
  void aLargerRunThatNamesNoSectionStaysOnItsRow() {
    assertThat(rowClosedBy("Initech")).anyMatch(l -> l.contains("(613)") && l.contains("Initech"));
  }

  @Test
  void placesAndDatesFlushRightBesideHeadersStayOnTheirRows() {
    // Awesome-CV's entries: the employer and the place on one row, the role and the dates on the
    // next, the places and dates flush right: fewer than half the strip's rows are dates.
    String[][] entries = {
      {"Globex Systems GmbH", "Bad Nordstadt an der Ilm", "SOFTWARE DEVELOPER", "Okt 2023 - heute"},
      {"Initech AG", "Lindenau, Westerfeld", "PROJECT LEAD", "Mai 2019 - Aug 2021"},
      {"Hooli GmbH", "Quillburg", "TRAINEE", "Sommer 2016 - Winter 2019"},
      {"Nordkapp Schule", "Bad Nordstadt an der Ilm", "STUDENT", "2014 - 2016"},
    };
    List<Glyph> g = new ArrayList<>();
    // The person's titles flush right under the name, and the page's number in the footer.
    set(g, "PROJECT LEAD, SOFTWARE DEVELOPER", 556 - 5 * 32, 80, 10);
    set(g, "DANA QUILL - CURRICULUM VITAE", 240, 300, 10);
    set(g, "1", 551, 300, 10);
    float y = 100;
    for (String[] e : entries) {
      set(g, e[0], 40, y, 10);
      set(g, e[1], 556 - 5 * e[1].length(), y, 10);
      set(g, e[2], 40, y + 13, 10);
      set(g, e[3], 556 - 5 * e[3].length(), y + 13, 10);
      y += 42;
    }
    PageLayout.Result r = PageLayout.layout(g, 612, 0);
    assertThat(r.kind()).isEqualTo(PageLayout.Kind.SINGLE);
    assertThat(r.lines().stream().map(TextLine::text).toList()).contains("SOFTWARE DEVELOPER  Okt 2023 - heute");
  }

  @Test
  void aHeaderSetAsAListItemKeepsItsDatesAndIsNoItem() {
    // A converter that keeps a template's list of entries as a list draws a glyph before each
    // header: "• Globex Systems" in bold, its dates flush right on that baseline, the title in
    // italics below and the bullets after. The header is a line with its dates (or its place),
    // and no item.
    List<Glyph> g = new ArrayList<>();
    float y = 100;
    for (String[] e : new String[][] {{"Globex Systems", "Mar 2031 - Present"}, {"Initech", "Jan 2029 - Feb 2031"}}) {
      g.add(new Glyph("\u2022", 84, y, 4, 8, 12, false));
      for (int i = 0; i < e[0].length(); i++) {
        g.add(new Glyph(String.valueOf(e[0].charAt(i)), 108 + 6 * i, y, 6, 8, 12, true));
      }
      set(g, e[1], 457 - 6 * e[1].length(), y, 12);
      set(g, "Backend Developer", 108, y + 17.4f, 12);
      g.add(new Glyph("\u2022", 130, y + 46.8f, 4, 8, 12, false));
      set(g, "Built the billing service for four hundred shops.", 147, y + 46.8f, 12);
      y += 80;
    }
    // The school's header the same way, its place flush right beside it.
    g.add(new Glyph("\u2022", 84, y, 4, 8, 12, false));
    for (int i = 0; i < "Norvale College".length(); i++) {
      g.add(new Glyph(String.valueOf("Norvale College".charAt(i)), 108 + 6 * i, y, 6, 8, 12, true));
    }
    set(g, "Westmark, Quillland", 457 - 6 * 19, y, 12);
    // A bullet that opens with a bold verb set apart from its sentence stays an item.
    y += 30;
    g.add(new Glyph("\u2022", 84, y, 4, 8, 12, false));
    for (int i = 0; i < "Shipped".length(); i++) {
      g.add(new Glyph(String.valueOf("Shipped".charAt(i)), 108 + 6 * i, y, 6, 8, 12, true));
    }
    set(g, "the ledger service to nine regions and cut its costs by a third.", 180, y, 12);
    // And so does a bold label with its colon, its values set apart after it: a line of skills.
    y += 30;
    g.add(new Glyph("\u2022", 84, y, 4, 8, 12, false));
    for (int i = 0; i < "Data Tools:".length(); i++) {
      g.add(new Glyph(String.valueOf("Data Tools:".charAt(i)), 108 + 6 * i, y, 6, 8, 12, true));
    }
    set(g, "Pandas, Spark, dbt", 210, y, 12);
    List<TextLine> lines = PageLayout.layout(g, 612, 0).lines();
    assertThat(lines).anyMatch(l -> l.text().startsWith("Shipped") && l.bullet());
    assertThat(lines).anyMatch(l -> l.text().startsWith("Data Tools:") && l.bullet());
    assertThat(lines.get(0).text()).isEqualTo("Globex Systems  Mar 2031 - Present");
    assertThat(lines).anyMatch(l -> l.text().equals("Norvale College  Westmark, Quillland") && !l.bullet());
    assertThat(lines.get(0).bullet()).isFalse();
    assertThat(lines).anyMatch(l -> l.text().equals("Initech  Jan 2029 - Feb 2031") && !l.bullet());
    assertThat(lines).anyMatch(l -> l.text().startsWith("Built the billing") && l.bullet());
  }

  @Test
  void aStripOfHeadingsCentredOnTheirBlocksIsARail() {
    // A theme that centres each section's heading on its block, in a strip left of the text, and
    // sets the job's dates there too: the headings open their sections, read row by row.
    List<Glyph> g = new ArrayList<>();
    set(g, "Dana Quill", 250, 62, 20);
    float y = 117;
    String[][] blocks = {
      {"CONTACT", "Email dana@example.org", "Phone +32 555 01 02"},
      {"LANGUAGES", "German Fluent", "Dutch Native Speaker", "Spanish Basic"},
      {"PROFILES", "Github github.com/dquill", "Linkedin linkedin.com/in/dquill"},
      {"ABOUT ME", "Backend developer who likes small services, clear logs and quiet on-call weeks.",
          "Runs the on-call rota.", "Mentor of junior developers."},
    };
    for (String[] b : blocks) {
      float first = y;
      for (int k = 1; k < b.length; k++) {
        set(g, b[k], 213, y, 10);
        y += 17;
      }
      // Beside its block's middle row, a point off its baseline, or between two rows.
      set(g, b[0], 90, b.length % 2 == 0 ? first + 18 : first + 8, 10);
      y += 20;
    }
    set(g, "WORK EXPERIENCE", 67, y, 10);
    set(g, "2022-03-01 TO PRESENT", 77, y + 13, 7);
    set(g, "Platform Engineer at Globex", 212, y + 12, 10);
    for (int k = 0; k < 6; k++) {
      set(g, "Built the service number " + k + " for the delivery team with tests.", 227, y + 50 + 14 * k, 10);
    }
    PageLayout.Result r = PageLayout.layout(g, 612, 0);
    List<String> lines = r.lines().stream().map(TextLine::text).toList();
    assertThat(r.kind()).isEqualTo(PageLayout.Kind.RAIL);
    int heading = lines.indexOf(lines.stream().filter(l -> l.contains("WORK EXPERIENCE")).findFirst().orElseThrow());
    int job = lines.indexOf(lines.stream().filter(l -> l.contains("Platform Engineer")).findFirst().orElseThrow());
    assertThat(heading).isLessThan(job);
  }
  /** A header's row: the title at size 11, the dates and {@code after} at size 9, on one baseline. */
  private static List<TextLine> headerRowWith(String after) {
    return headerRowWith(after, 425);
  }

  /** {@link #headerRowWith(String)} with {@code after} from {@code x}: the dates end at 415.5. */
  private static List<TextLine> headerRowWith(String after, float x) {
    List<Glyph> g = new ArrayList<>();
    set(g, "Chief Technology Officer", 40, 120, 11);
    set(g, "Sep 2021 to Present", 330, 120, 9);
    set(g, after, x, 120, 9);
    set(g, "Globex Rentals of Lindenau", 40, 134, 10);
    return PageLayout.layout(g, 612, 0).lines();
  }

  @Test
  void aMiddleDotBeforeAPlaceBesideTheDatesOpensNoItem() {
    // "Sep 2021 to Present · Lindenau, ST": the dot parts the dates from the place.
    assertThat(headerRowWith("\u00b7 Lindenau, ST")).noneMatch(TextLine::bullet);
  }

  @Test
  void aGlyphSetApartFromTheDatesOpensTheFirstItemHoweverShort() {
    // A grid of dates and items: the item's column starts well after the dates.
    assertThat(headerRowWith("\u2022 Kafka Connect Rollout", 470))
        .anyMatch(l -> l.bullet() && l.text().equals("Kafka Connect Rollout"));
  }

  @Test
  void aGlyphBeforeASentenceBesideTheDatesOpensTheFirstItem() {
    assertThat(headerRowWith("\u00b7 Built the rental platform in Go"))
        .anyMatch(l -> l.bullet() && l.text().equals("Built the rental platform in Go"));
  }
}
