package dev.prism.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prism.core.model.Claim;
import dev.prism.core.model.Contact;
import dev.prism.core.model.Extraction;
import dev.prism.core.model.Field;
import dev.prism.core.model.Layout;
import dev.prism.core.model.LayoutLine;
import dev.prism.core.model.Mark;
import dev.prism.core.model.Span;
import dev.prism.core.model.Style;
import java.util.Set;
import dev.prism.core.model.Resume;
import dev.prism.core.model.Section;
import dev.prism.core.model.SectionKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactParserTest {

  private static final String BODY = "\n\nExperience\nEngineer, Acme  2020 – 2022\n- Built things.\n";

  private static Contact contact(String text) {
    return Segmenter.segment(Extraction.plain(text, "text")).contact();
  }

  private static void spanHoldsValue(String text, Field f) {
    assertThat(f.span().of(text)).isEqualTo(f.value());
  }

  /** Icons before contact items, as Chromium, WeasyPrint and react-pdf renders of icon fonts give them. */
  @ParameterizedTest
  @ValueSource(strings = {
      "Jane Doe\n✉ jane@example.com | ☎ (415) 555-0142 | ⌂ Oakland, CA",
      "Jane Doe\n📍 Oakland, CA | jane@example.com | ☎️ (415) 555-0142",
      // The PDF reader's stand-in for a glyph of an icon font, with and without a space after it.
      "Jane Doe\n\ue000 jane@example.com  \ue001(415) 555-0142  \ue002Oakland, CA",
      // No drawn separator at all: the icons alone part the items.
      "Jane Doe\n✉ jane@example.com ☎ (415) 555-0142 ⌂ Oakland, CA",
      // An icon before the name, too.
      "\ue000 Jane Doe\n\ue001 jane@example.com | \ue002 (415) 555-0142 | \ue003 Oakland, CA",
      // A Markdown heading's marks, then an emoji of several code points, before the name.
      "# \ud83d\udd75\ufe0f\u200d\u2642\ufe0f Jane Doe\n\u2709 jane@example.com \u260e (415) 555-0142 \u2302 Oakland, CA",
  })
  void iconsBeforeContactItemsAreIgnored(String top) {
    String text = top + BODY;
    Contact c = contact(text);
    assertThat(c.name().value()).isEqualTo("Jane Doe");
    assertThat(c.email().value()).isEqualTo("jane@example.com");
    assertThat(c.phone().value()).isEqualTo("(415) 555-0142");
    assertThat(c.location().value()).isEqualTo("Oakland, CA");
    for (Field f : new Field[] {c.name(), c.email(), c.phone(), c.location()}) {
      spanHoldsValue(text, f);
    }
  }

  /** A PDF sidebar: the reader marks each heading, "CONTACT" among them. */
  private static final String SIDEBAR = """
      Jordan Doe
      Backend Engineer
      CONTACT
      Seattle, WA
      github.com/jdoe
      linkedin.com/in/jdoe
      (206) 555-0100
      jdoe@example.com
      SKILLS
      Go, Kafka, PostgreSQL
      EXPERIENCE
      Engineer, Acme Corp  2020 – 2022
      - Built the billing service.
      """;

  private static Resume styled(String text, String... headings) {
    List<LayoutLine> lines = new ArrayList<>();
    for (String h : headings) {
      lines.add(LayoutLine.of(new Span(text.indexOf("\n" + h + "\n") + 1, h.length()), Style.UNKNOWN, Set.of(Mark.HEADING)));
    }
    return Segmenter.segment(new Extraction(text, "pdf", 1, new Layout(lines, List.of()), List.of()));
  }

  /** A name the reader claims (a DOCX title) set as a greeting: the name is what follows "I'm". */
  @Test
  void aClaimedNameAfterAnIntroductionIsTheNameAlone() {
    String text = "Hello\nI'm Jordan Quill Lee!\njordan@example.org" + BODY;
    int at = text.indexOf("I'm");
    Claim name = new Claim.Contact(new Span(at, "I'm Jordan Quill Lee!".length()), Claim.ContactField.NAME);
    Contact c = Segmenter.segment(new Extraction(text, "docx", 1, new Layout(List.of(), List.of(name)), List.of())).contact();
    assertThat(c.name().value()).isEqualTo("Jordan Quill Lee");
    spanHoldsValue(text, c.name());
  }

  @Test
  void linesUnderAMarkedContactHeadingAreContactDetails() {
    Resume r = styled(SIDEBAR, "CONTACT", "SKILLS", "EXPERIENCE");
    Contact c = r.contact();
    assertThat(c.name().value()).isEqualTo("Jordan Doe");
    assertThat(c.location().value()).isEqualTo("Seattle, WA");
    spanHoldsValue(SIDEBAR, c.location());
    assertThat(c.links()).extracting(Field::value).containsExactly("github.com/jdoe", "linkedin.com/in/jdoe");
    assertThat(c.phone().value()).isEqualTo("(206) 555-0100");
    assertThat(c.email().value()).isEqualTo("jdoe@example.com");
    assertThat(r.sections()).extracting(Section::kind).containsExactly(SectionKind.SKILLS, SectionKind.EXPERIENCE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Contact", "CONTACT INFO", "Contact Details:", "Get in touch", "Personal details"})
  void everyContactWordingFeedsTheContactParser(String heading) {
    String text = "Jordan Doe\nBackend Engineer\nEXPERIENCE\nEngineer, Acme Corp  2020 – 2022\n- Built it.\n"
        + heading + "\nLocation: Seattle, WA\nPhone\n(206) 555-0100\njdoe.dev\nEDUCATION\nB.S., State University  2016\n";
    for (Resume r : List.of(styled(text, heading, "EXPERIENCE", "EDUCATION"), Segmenter.segment(Extraction.plain(text, "text")))) {
      Contact c = r.contact();
      assertThat(c.location().value()).isEqualTo("Seattle, WA");
      spanHoldsValue(text, c.location());
      assertThat(c.phone().value()).isEqualTo("(206) 555-0100");
      assertThat(c.links()).extracting(Field::value).containsExactly("jdoe.dev");
      assertThat(r.sections()).extracting(Section::kind).containsExactly(SectionKind.EXPERIENCE, SectionKind.EDUCATION);
    }
  }

  @Test
  void whatIsNoContactDetailUnderAContactHeadingStaysASection() {
    String text = "Jordan Doe\njdoe@example.com\nEXPERIENCE\nEngineer, Acme Corp  2020 – 2022\n- Built it.\n"
        + "CONTACT\nSeattle, WA\nReferences available on request\n";
    Resume r = styled(text, "EXPERIENCE", "CONTACT");
    assertThat(r.contact().location().value()).isEqualTo("Seattle, WA");
    Section other = r.sections(SectionKind.OTHER).findFirst().orElseThrow();
    assertThat(other.heading().value()).isEqualTo("CONTACT");
    assertThat(other.span().of(text)).isEqualTo("CONTACT\nSeattle, WA\nReferences available on request");
  }
}
