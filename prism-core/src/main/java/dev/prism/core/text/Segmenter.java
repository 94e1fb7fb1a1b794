package dev.prism.core.text;

import dev.prism.core.model.Contact;
import dev.prism.core.model.DateRange;
import dev.prism.core.model.Entry;
import dev.prism.core.model.Extraction;
import dev.prism.core.model.Field;
import dev.prism.core.model.LineHint;
import dev.prism.core.model.Resume;
import dev.prism.core.model.Section;
import dev.prism.core.model.SectionKind;
import dev.prism.core.model.SkillGroup;
import dev.prism.core.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns extracted text into a {@link Resume}: contact details, sections of canonical kinds, entries
 * with their header fields and dates, bullets and skills.
 *
 * <p>It works line by line on any reader's text. Readers that know the layout (PDF fonts, DOCX
 * styles) pass {@link LineHint}s; without them the segmenter relies on wording alone: known heading
 * variants, bullet glyphs, dates and the shape of a line. It never throws on odd input: whatever it
 * cannot place ends up as description lines of some entry.
 */
public final class Segmenter {

  private Segmenter() {}

  public static Resume segment(Extraction extraction) {
    String text = extraction.text();
    List<Line> lines = Line.split(text, extraction.hints());
    List<Integer> headings = new ArrayList<>();
    // A reader that knows styles (PDF fonts, DOCX heading styles) marks headings; then a line it
    // did not mark is a heading only if its wording is a standard one, so that "NGP Professional
    // Education" in an employer's font stays an employer.
    boolean styled = extraction.hints().stream().filter(LineHint::heading).count() >= 2;
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).blank() && isHeading(lines, i) && (!styled || lines.get(i).hintHeading()
          || Headings.isStandard(lines.get(i).content()) || lines.get(i).content().startsWith("#"))) {
        headings.add(i);
      }
    }

    int firstHeading = headings.isEmpty() ? lines.size() : headings.get(0);
    // A block under a contact heading ("Contact", "Get in touch"; a PDF sidebar's, often) is no
    // section: its details go to the contact parser, wherever the layout put the block. Lines
    // there that hold no contact detail stay a section under that heading.
    List<Line> listed = new ArrayList<>();
    Map<Integer, List<Line>> notContact = new HashMap<>();
    for (int h = 0; h < headings.size(); h++) {
      if (Headings.isContact(lines.get(headings.get(h)).content())) {
        List<Line> rest = new ArrayList<>();
        for (Line l : body(lines, headings, h)) {
          (ContactParser.holdsContact(l) ? listed : rest).add(l);
        }
        notContact.put(h, rest);
      }
    }
    ContactParser.Result top = ContactParser.parse(text, lines, firstHeading, listed);
    List<Section> sections = new ArrayList<>();

    // Prose between the contact block and the first heading reads as a summary.
    if (!top.rest().isEmpty()) {
      List<Line> rest = top.rest();
      if (headings.isEmpty()) {
        sections.addAll(withoutHeadings(text, rest));
      } else {
        sections.add(summary(null, rest));
      }
    }
    for (int h = 0; h < headings.size(); h++) {
      Line heading = lines.get(headings.get(h));
      SectionKind kind = Headings.kindOf(heading.content()).orElse(SectionKind.OTHER);
      List<Line> body = notContact.getOrDefault(h, body(lines, headings, h));
      if (notContact.containsKey(h) && body.stream().allMatch(Line::blank)) {
        continue;
      }
      Field headingField = new Field(Inline.clean(heading.content()), heading.contentSpan());
      sections.add(section(kind, headingField, body));
    }
    return new Resume(top.contact(), sections);
  }

  /** The lines under the {@code h}-th heading, up to the next one, rules left out. */
  private static List<Line> body(List<Line> lines, List<Integer> headings, int h) {
    int to = h + 1 < headings.size() ? headings.get(h + 1) : lines.size();
    return lines.subList(headings.get(h) + 1, to).stream().filter(l -> !l.rule()).toList();
  }

  /** A document with no headings at all: infer what its body is from its content. */
  private static List<Section> withoutHeadings(String text, List<Line> body) {
    boolean anyDates = body.stream().anyMatch(l -> DateParser.find(l.content(), 0).isPresent());
    boolean anyBullets = body.stream().anyMatch(Line::bullet);
    if (anyDates || anyBullets) {
      return List.of(section(SectionKind.EXPERIENCE, null, body));
    }
    return List.of(summary(null, body));
  }

  private static boolean isHeading(List<Line> lines, int i) {
    Line line = lines.get(i);
    if (line.hintHeading()) {
      return true;
    }
    if (line.bullet() || line.rule()) {
      return false;
    }
    String c = line.content();
    if (c.startsWith("#")) {
      // Markdown: a known section name at any depth is a heading; "# Name" at the top is the
      // person's name, and "### Title | Company" is an entry header, not a section.
      if (Headings.kindOf(c).isPresent() || Headings.isContact(c)) {
        return true;
      }
      int depth = 0;
      while (depth < c.length() && c.charAt(depth) == '#') {
        depth++;
      }
      return depth <= 2 && !isFirstContent(lines, i);
    }
    // Setext headings: a line underlined with === or ---.
    if (i + 1 < lines.size() && lines.get(i + 1).rule() && c.length() <= 40 && !c.contains("@")) {
      return Headings.kindOf(c).isPresent() || Headings.isContact(c) || Inline.isCaps(c);
    }
    return Headings.kindOf(c).isPresent() || Headings.isContact(c);
  }

  private static boolean isFirstContent(List<Line> lines, int i) {
    for (int k = 0; k < i; k++) {
      if (!lines.get(k).blank() && !lines.get(k).rule()) {
        return false;
      }
    }
    return true;
  }

  private static Section summary(Field heading, List<Line> body) {
    return lines(SectionKind.SUMMARY, heading, body);
  }

  /** A section of one entry that holds each line as written: a summary's prose, a list of languages. */
  private static Section lines(SectionKind kind, Field heading, List<Line> body) {
    List<Field> lines = new ArrayList<>();
    for (Line l : body) {
      if (!l.blank() && !l.rule()) {
        lines.add(new Field(Inline.clean(l.content()), l.contentSpan()));
      }
    }
    Span span = spanOf(heading, body);
    List<Entry> entries =
        lines.isEmpty()
            ? List.of()
            : List.of(new Entry(null, null, null, null, List.of(), lines, span));
    return new Section(kind, heading, entries, List.of(), span);
  }

  private static Section section(SectionKind kind, Field heading, List<Line> body) {
    return switch (kind) {
      case SUMMARY -> summary(heading, body);
      case SKILLS -> new Section(kind, heading, List.of(), SkillsParser.parse(body), spanOf(heading, body));
      // "German, English, Mandarin" under "Languages" lists languages; its commas part no title
      // from an organisation.
      default -> kind == SectionKind.OTHER && heading != null && Headings.isList(heading.value())
          ? lines(kind, heading, body)
          : new Section(kind, heading, EntryParser.parse(kind, body), List.of(), spanOf(heading, body));
    };
  }

  private static Span spanOf(Field heading, List<Line> body) {
    int start = heading != null ? heading.span().offset() : -1;
    int end = heading != null ? heading.span().end() : -1;
    for (Line l : body) {
      if (l.blank()) {
        continue;
      }
      if (start < 0) {
        start = l.contentStart();
      }
      end = Math.max(end, l.contentEnd());
    }
    return start < 0 ? Span.EMPTY : Span.between(start, end);
  }

  /** Hints by line offset, for readers that send them. */
  static Map<Integer, LineHint> hintsByOffset(List<LineHint> hints) {
    Map<Integer, LineHint> map = new HashMap<>();
    for (LineHint h : hints) {
      map.put(h.offset(), h);
    }
    return map;
  }

  static Optional<DateRange> dates(Line line) {
    return DateParser.find(line.content(), line.contentStart());
  }
}
