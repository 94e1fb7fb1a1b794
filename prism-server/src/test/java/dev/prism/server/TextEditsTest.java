package dev.prism.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prism.core.model.Claim;
import dev.prism.core.model.Extraction;
import dev.prism.core.model.Layout;
import dev.prism.core.model.LayoutLine;
import dev.prism.core.model.Mark;
import dev.prism.core.model.Span;
import dev.prism.core.model.Style;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How a layout follows an edit of its text. */
class TextEditsTest {
  static final TextEdits.Edit EDIT = new TextEdits.Edit(10, 5, "twelve chars"); // [10, 15) becomes 12 characters: +7

  @Test
  void spansBeforeStayAfterMoveAroundStretchAndInsideGo() {
    assertThat(TextEdits.move(Span.between(0, 10), EDIT)).isEqualTo(Span.between(0, 10));
    assertThat(TextEdits.move(Span.between(15, 20), EDIT)).isEqualTo(Span.between(22, 27));
    assertThat(TextEdits.move(Span.between(5, 30), EDIT)).isEqualTo(Span.between(5, 37));
    assertThat(TextEdits.move(Span.between(10, 15), EDIT)).isEqualTo(Span.between(10, 22));
    // The first line of a bullet that wrapped ends where the new text ends; its second line is gone.
    assertThat(TextEdits.move(Span.between(10, 12), EDIT)).isEqualTo(Span.between(10, 22));
    assertThat(TextEdits.move(Span.between(13, 15), EDIT)).isNull();
    assertThat(TextEdits.move(Span.between(12, 40), EDIT)).isNull();
    // An insertion moves what starts at its point.
    TextEdits.Edit insert = new TextEdits.Edit(10, 0, "abc");
    assertThat(TextEdits.move(Span.between(10, 20), insert)).isEqualTo(Span.between(13, 23));
    assertThat(TextEdits.move(Span.between(0, 10), insert)).isEqualTo(Span.between(0, 10));
  }

  @Test
  void aWrappedBulletEditedIntoOneLineKeepsItsMarkAndTheLinesAfterItMove() {
    String text = "Experience\nBuilt a thing that\nwrapped onto two lines\nSkills\n";
    int bullet = text.indexOf("Built");
    int second = text.indexOf("wrapped");
    int skills = text.indexOf("Skills");
    Layout layout = new Layout(List.of(
        LayoutLine.of(Span.between(0, 10), Style.BODY, Set.of(Mark.HEADING)),
        new LayoutLine(Span.between(bullet, second - 1), List.of(Span.between(bullet, bullet + 5)), Style.BODY, Set.of(Mark.LIST_ITEM), null),
        LayoutLine.of(Span.between(second, skills - 1), Style.BODY, Set.of()),
        LayoutLine.of(Span.between(skills, skills + 6), Style.BODY, Set.of(Mark.HEADING))),
        List.of(new Claim.Heading(Span.between(skills, skills + 6), null)));
    Extraction x = new Extraction(text, "docx", 1, layout, List.of());
    String now = "Cut latency by 40%";
    Extraction edited = TextEdits.apply(x, List.of(new TextEdits.Edit(bullet, skills - 1 - bullet, now)));
    assertThat(edited.text()).isEqualTo("Experience\n" + now + "\nSkills\n");
    List<LayoutLine> lines = edited.layout().lines();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1).span().of(edited.text())).isEqualTo(now);
    assertThat(lines.get(1).has(Mark.LIST_ITEM)).isTrue();
    assertThat(lines.get(1).cells()).isEmpty();
    assertThat(lines.get(2).span().of(edited.text())).isEqualTo("Skills");
    assertThat(edited.layout().claims().get(0).span().of(edited.text())).isEqualTo("Skills");
  }
}
