package dev.prism.core.text;

import dev.prism.core.model.Field;
import dev.prism.core.model.SkillGroup;
import dev.prism.core.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Skills sections: grouped ("Languages: Go, Java") or flat ("Go, Java, Kafka" or one per line). */
final class SkillsParser {
  private static final Pattern LABEL = Pattern.compile("^\\**([\\p{L}][\\p{L}0-9 &/+.,()'-]{0,40}?)\\**\\s*[:：]\\**\\s*");

  private SkillsParser() {}

  static List<SkillGroup> parse(List<Line> body) {
    List<SkillGroup> groups = new ArrayList<>();
    List<Field> flat = new ArrayList<>();
    // A label alone on its line ("Languages:") heads the items of the lines under it, up to the
    // next label.
    Field open = null;
    List<Field> openItems = new ArrayList<>();
    for (Line line : body) {
      if (line.blank() || line.rule()) {
        continue;
      }
      String c = line.content();
      Matcher m = LABEL.matcher(c);
      boolean labelled = m.find() && Whitespace.splitLength(m.group(1).trim()) <= 5;
      if (labelled && c.substring(m.end()).isBlank()) {
        close(groups, open, openItems);
        open = new Field(Inline.clean(m.group(1)), new Span(line.contentStart() + m.start(1), m.group(1).length()));
        openItems = new ArrayList<>();
      } else if (line.markedHeading() && !line.bullet() && line.words() <= 5 && c.indexOf(',') < 0) {
        // A sub-heading the reader marks inside the section ("Databases" set as a LaTeX
        // \subsection under "Technical Skills") labels the items under it, as "Databases:" would.
        close(groups, open, openItems);
        open = new Field(Inline.clean(c), line.contentSpan());
        openItems = new ArrayList<>();
      } else if (labelled) {
        close(groups, open, openItems);
        open = null;
        String label = Inline.clean(m.group(1));
        Field labelField = new Field(label, new Span(line.contentStart() + m.start(1), m.group(1).length()));
        groups.add(new SkillGroup(labelField, items(c, m.end(), line.contentStart(), cellStarts(line))));
      } else {
        (open != null ? openItems : flat).addAll(items(c, 0, line.contentStart(), cellStarts(line)));
      }
    }
    close(groups, open, openItems);
    if (!flat.isEmpty()) {
      groups.add(new SkillGroup(null, flat));
    }
    return groups;
  }

  /** Adds the group a label alone on its line opened, with the items read under it (none: no group). */
  private static void close(List<SkillGroup> groups, Field label, List<Field> items) {
    if (label != null && !items.isEmpty()) {
      groups.add(new SkillGroup(label, items));
    }
  }

  /**
   * Where the line's cells after the first start, as offsets into its content: a layout gap parts
   * two items as a comma does ("CircleCI ⇥ Flutter", chips of a sidebar set side by side).
   */
  private static boolean[] cellStarts(Line line) {
    boolean[] starts = new boolean[line.content().length() + 1];
    List<Span> cells = line.cells();
    for (int k = 1; k < cells.size(); k++) {
      int at = cells.get(k).offset() - line.contentStart();
      if (at > 0 && at < starts.length) {
        starts[at] = true;
      }
    }
    return starts;
  }

  /**
   * Splits on commas, semicolons, pipes and bullets, but not inside parentheses ("AWS (EC2, S3)"),
   * and where a cell starts ({@code cellStarts}, by offset into {@code s}).
   */
  private static List<Field> items(String s, int from, int base, boolean[] cellStarts) {
    List<Field> out = new ArrayList<>();
    int depth = 0;
    int start = from;
    for (int i = from; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : ',';
      if (i < s.length() && i > start && cellStarts[i] && depth == 0) {
        add(out, s, start, i, base);
        start = i;
      }
      if (c == '(' || c == '[') {
        depth++;
      } else if ((c == ')' || c == ']') && depth > 0) {
        depth--;
      }
      boolean sep = i == s.length() || depth == 0 && (c == ',' || c == ';' || dev.prism.core.lexicon.Glyphs.isFieldSeparator(c) || c == '\t');
      if (sep) {
        add(out, s, start, i, base);
        start = i + 1;
      }
    }
    return out;
  }

  private static void add(List<Field> out, String s, int start, int end, int base) {
    int a = start;
    int b = end;
    while (a < b && (Line.isSpace(s.charAt(a)) || s.charAt(a) == '*' || s.charAt(a) == '-')) {
      a++;
    }
    while (b > a && (Line.isSpace(s.charAt(b - 1)) || s.charAt(b - 1) == '.' || s.charAt(b - 1) == '*')) {
      b--;
    }
    if (s.regionMatches(true, a, "and ", 0, 4)) {
      a += 4;
    }
    if (b - a < 1 || b - a > 60) {
      return;
    }
    out.add(new Field(Inline.clean(s.substring(a, b)), new Span(base + a, b - a)));
  }
}
