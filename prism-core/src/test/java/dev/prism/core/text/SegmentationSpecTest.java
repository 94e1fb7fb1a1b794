package dev.prism.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prism.core.model.Box;
import dev.prism.core.model.Bullet;
import dev.prism.core.model.DateRange;
import dev.prism.core.model.Entry;
import dev.prism.core.model.Extraction;
import dev.prism.core.model.Field;
import dev.prism.core.model.Layout;
import dev.prism.core.model.LayoutLine;
import dev.prism.core.model.Mark;
import dev.prism.core.model.Resume;
import dev.prism.core.model.Section;
import dev.prism.core.model.SectionKind;
import dev.prism.core.model.Span;
import dev.prism.core.model.Style;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the segmentation spec: the Markdown files under {@code dev/prism/core/text/spec/} in the
 * test resources, whose fenced {@code example} blocks give a resume's lines (with notes on how a
 * reader saw them) and, after a line holding only ".", what the segmenter must read from them.
 * The format is described in {@code spec/README.md}; every example runs as a test of its own, named
 * by the file, the heading above it and its number.
 */
class SegmentationSpecTest {

  record Example(String file, String heading, int number, List<String> input, List<String> expected) {
    String name() {
      return file + " › " + heading + " #" + number;
    }
  }

  @TestFactory
  Stream<DynamicTest> spec() throws IOException, URISyntaxException {
    Path dir = Path.of(SegmentationSpecTest.class.getResource("spec").toURI());
    List<Example> examples = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        examples.addAll(parse(f.getFileName().toString(), Files.readAllLines(f, StandardCharsets.UTF_8)));
      }
    }
    assertThat(examples).as("spec examples").hasSizeGreaterThan(40);
    return examples.stream().map(e -> DynamicTest.dynamicTest(e.name(), () -> run(e)));
  }

  /**
   * No example hides outside a fence: a "." line or an expected reading in the prose means an
   * example lost its opening fence, and would silently never run.
   */
  @org.junit.jupiter.api.Test
  void everyExpectationStandsInsideAnExample() throws IOException, URISyntaxException {
    Path dir = Path.of(SegmentationSpecTest.class.getResource("spec").toURI());
    List<String> stray = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        stray.addAll(outsideExamples(f.getFileName().toString(), Files.readAllLines(f, StandardCharsets.UTF_8)));
      }
    }
    assertThat(stray).as("expectations outside an example block").isEmpty();
    assertThat(outsideExamples("t.md", List.of("```", "Experience", "Engineer, Globex  2019", ".",
        "experience: Engineer | Globex | - | 2019 | 0", "```"))).hasSize(2);
  }

  private static final java.util.regex.Pattern EXPECTATION =
      java.util.regex.Pattern.compile("\\.|(?:sections|name|email|phone|location|experience|education|projects|publications): .*");

  /** The lines outside example blocks that only an example's expected reading holds. */
  static List<String> outsideExamples(String file, List<String> lines) {
    List<String> out = new ArrayList<>();
    boolean inside = false;
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (!inside && l.strip().equals("```example")) {
        inside = true;
      } else if (inside && l.strip().equals("```")) {
        inside = false;
      } else if (!inside && EXPECTATION.matcher(l).matches()) {
        out.add(file + ":" + (i + 1) + ": " + l);
      }
    }
    return out;
  }

  static List<Example> parse(String file, List<String> lines) {
    List<Example> out = new ArrayList<>();
    String heading = file;
    int number = 0;
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (l.startsWith("#")) {
        heading = l.replaceFirst("^#+\\s*", "");
        number = 0;
      } else if (l.strip().equals("```example")) {
        List<String> input = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        List<String> into = input;
        int opened = i + 1;
        for (i++; i < lines.size() && !lines.get(i).strip().equals("```"); i++) {
          if (lines.get(i).equals(".")) {
            into = expected;
          } else if (lines.get(i).strip().equals("```example")) {
            // An example opened inside another: the first lost its closing fence.
            throw new AssertionError(file + ":" + (i + 1) + ": an example opens inside the one opened at line " + opened);
          } else {
            into.add(lines.get(i));
          }
        }
        if (into != expected) {
          throw new AssertionError(file + ":" + opened + ": an example with no \".\" line expects nothing");
        }
        out.add(new Example(file, heading, ++number, input, expected));
      }
    }
    return out;
  }

  /** The extraction an example's input stands for: its text, and a layout when any line carries notes. */
  static Extraction extraction(List<String> input) {
    StringBuilder text = new StringBuilder();
    List<LayoutLine> layout = new ArrayList<>();
    boolean styled = input.stream().anyMatch(l -> l.contains("⇥") || NOTE.matcher(l).find());
    // Where any line says where it stands ("page=", "col=", "x=", "w="), every line gets a box;
    // those notes hold for the lines after until one changes them. "y=" sets one line's baseline
    // (a line the text has after another that stands above it on the page); by default a line
    // stands 12 points under the one before.
    boolean placed = input.stream().anyMatch(l -> PLACE.matcher(l).find());
    int[] place = {0, 0, 0, 300};
    for (String raw : input) {
      java.util.regex.Matcher m = NOTE.matcher(raw);
      String line = raw;
      String notes = "";
      if (m.find()) {
        notes = m.group(1);
        line = raw.substring(0, m.start());
      }
      int start = text.length();
      List<Span> cells = new ArrayList<>();
      String[] pieces = line.split("\\s*⇥\\s*", -1);
      for (int k = 0; k < pieces.length; k++) {
        if (k > 0) {
          text.append("  ");
        }
        cells.add(new Span(text.length(), pieces[k].length()));
        text.append(pieces[k]);
      }
      int end = text.length();
      text.append('\n');
      if (styled && end > start) {
        Box box = null;
        if (placed) {
          place(notes, place);
          java.util.regex.Matcher y = BASELINE.matcher(notes);
          float baseline = y.find() ? Float.parseFloat(y.group(1)) : 12f * layout.size();
          box = new Box(place[0], place[2], place[2] + place[3], baseline, place[1]);
        }
        layout.add(new LayoutLine(Span.between(start, end), cells.size() > 1 ? cells : List.of(), style(notes), marks(notes), box));
      }
    }
    return new Extraction(text.toString(), styled ? "pdf" : "text", 1, styled ? new Layout(layout, List.of()) : Layout.NONE,
        List.of());
  }

  /** Notes at a line's end, in braces: "{b}", "{i size=1.4 h}". */
  private static final java.util.regex.Pattern NOTE = java.util.regex.Pattern.compile("\\s*\\{([a-z0-9.= ]+)\\}\\s*$");

  private static final java.util.regex.Pattern PLACE = java.util.regex.Pattern.compile("\\{[^}]*\\b(?:page|col|x|w|y)=");
  private static final java.util.regex.Pattern BASELINE = java.util.regex.Pattern.compile("\\by=(\\d+)");

  /** Reads "page=1", "col=1", "x=243" and "w=120" into {@code place} (page, column, x, width), keeping what they leave unsaid. */
  private static void place(String notes, int[] place) {
    for (String n : notes.split("\\s+")) {
      String[] kv = n.split("=", 2);
      if (kv.length == 2) {
        switch (kv[0]) {
          case "page" -> place[0] = Integer.parseInt(kv[1]);
          case "col" -> place[1] = Integer.parseInt(kv[1]);
          case "x" -> place[2] = Integer.parseInt(kv[1]);
          case "w" -> place[3] = Integer.parseInt(kv[1]);
          default -> { }
        }
      }
    }
  }

  private static Style style(String notes) {
    float size = 1;
    boolean bold = false;
    boolean italic = false;
    boolean smallCaps = false;
    for (String n : notes.split("\\s+")) {
      switch (n) {
        case "b" -> bold = true;
        case "i" -> italic = true;
        case "sc" -> smallCaps = true;
        default -> {
          if (n.startsWith("size=")) {
            size = Float.parseFloat(n.substring(5));
          }
        }
      }
    }
    return new Style(size, bold, italic, smallCaps);
  }

  private static Set<Mark> marks(String notes) {
    Set<Mark> out = EnumSet.noneOf(Mark.class);
    for (String n : notes.split("\\s+")) {
      switch (n) {
        case "h" -> out.add(Mark.HEADING);
        case "li" -> out.add(Mark.LIST_ITEM);
        case "rule" -> out.add(Mark.RULE);
        case "links" -> out.add(Mark.LINK_TARGETS);
        default -> { }
      }
    }
    return out;
  }

  private static void run(Example e) {
    Extraction x = extraction(e.input());
    Resume r = Segmenter.segment(x);
    List<String> actual = describe(r, x.text(), e.expected());
    assertThat(String.join("\n", actual)).as(e.name()).isEqualTo(String.join("\n", e.expected()));
  }

  /**
   * The resume described in the expected block's terms, only as far as the block asks: sections
   * when it lists them, contact fields it names, and the entries of each kind it shows.
   */
  static List<String> describe(Resume r, String text, List<String> expected) {
    Set<String> asked = new HashSet<>();
    for (String l : expected) {
      if (!l.startsWith(" ") && l.contains(":")) {
        asked.add(l.substring(0, l.indexOf(':')));
      }
    }
    boolean bulletsAsked = expected.stream().anyMatch(l -> l.startsWith("  - "));
    boolean linesAsked = expected.stream().anyMatch(l -> l.startsWith("  + "));
    List<String> out = new ArrayList<>();
    for (String key : List.of("name", "email", "phone", "location")) {
      if (asked.contains(key)) {
        Field f = switch (key) {
          case "name" -> r.contact().name();
          case "email" -> r.contact().email();
          case "phone" -> r.contact().phone();
          default -> r.contact().location();
        };
        out.add(key + ": " + value(f));
      }
    }
    if (asked.contains("sections")) {
      out.add("sections: " + String.join(", ", r.sections().stream().map(s -> s.kind().id()).toList()));
    }
    for (Section s : r.sections()) {
      if (!asked.contains(s.kind().id())) {
        continue;
      }
      for (Entry en : s.entries()) {
        out.add(s.kind().id() + ": " + value(en.title()) + " | " + value(en.organization()) + " | " + value(en.location())
            + " | " + dates(en.dates()) + " | " + en.bullets().size());
        for (Field f : new Field[] {en.title(), en.organization(), en.location()}) {
          // Every field must cover its value in the text, up to white space and the emphasis
          // marks a value is read without ("Senior *Backend* Engineer").
          if (f != null) {
            assertThat(f.span().of(text).replace("*", "").replaceAll("\\s+", " ")).as("span of " + f.value())
                .isEqualTo(f.value().replaceAll("\\s+", " "));
          }
        }
        if (bulletsAsked) {
          for (Bullet b : en.bullets()) {
            out.add("  - " + b.text());
          }
        }
        if (linesAsked) {
          for (Field f : en.lines()) {
            out.add("  + " + f.value());
          }
        }
      }
    }
    return out;
  }

  private static String value(Field f) {
    return f == null ? "-" : f.value();
  }

  static String dates(DateRange d) {
    if (d == null) {
      return "-";
    }
    if (d.single()) {
      return d.start().iso();
    }
    return d.start().iso() + " – " + (d.present() ? "present" : d.end().iso());
  }
}
