package dev.prism.core.text;

import dev.prism.core.model.Claim;
import dev.prism.core.model.SectionKind;
import dev.prism.core.model.Style;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which lines head sections, and of what kind (the second pass). Style, marks and wording decide
 * together:
 *
 * <ul>
 *   <li>a heading the reader claims or marks is one, unless the marked lines fall into styles of
 *       which only some carry section wordings (a DOCX whose "Heading 3" paragraphs are job titles);
 *   <li>a standard wording ("Work Experience", "SKILLS:") is a heading, whatever icon or letter
 *       spacing it has, unless the same words come back in a style no heading has ("Highlights"
 *       over each job's bullets);
 *   <li>where the document's headings share a style (two or more standard wordings set alike, in a
 *       style that stands out), a short line in that style below the first of them is a heading
 *       too, its kind read from any word that names one ("PROJECTS UNDERTAKEN", "IT PROFICIENCY");
 *   <li>without styles, Markdown's and Setext's heading syntax, and capitals naming a kind.
 * </ul>
 */
final class Sections {

  /**
   * A heading: its first line, its kind, and its last line (the same but where a narrow column set
   * it over two: "Career" over "Description").
   */
  record Heading(int line, SectionKind kind, int last) {
    Heading(int line, SectionKind kind) {
      this(line, kind, line);
    }
  }

  private Sections() {}

  static List<Heading> find(List<Line> lines, List<Claim> claims) {
    Wordings w = new Wordings(lines);
    Map<Integer, SectionKind> claimed = new HashMap<>();
    for (Claim c : claims) {
      if (c instanceof Claim.Heading h) {
        for (Line l : lines) {
          if (!l.blank() && h.span().offset() < l.contentEnd() && h.span().end() > l.contentStart()) {
            claimed.put(l.index(), h.kind() != null ? h.kind() : Headings.kindOfStyled(w.of(l)));
          }
        }
      }
    }
    Set<Integer> subheadings = new HashSet<>();
    Set<Integer> nested = new HashSet<>();
    Set<Integer> marked = markedHeadings(lines, w, subheadings, nested);
    // A reader that marks the document's headings (LaTeX sections, DOCX heading styles) marks them
    // all: an unmarked label such as "Key Projects:" inside an entry is none.
    boolean readerMarks = marked.size() >= 2;
    boolean styled = lines.stream().anyMatch(l -> !l.blank() && l.style() != Style.UNKNOWN);
    Map<String, Integer> headingStyles = new HashMap<>();
    Map<String, Integer> otherStyles = new HashMap<>();
    Map<String, Integer> wordings = new HashMap<>();
    // The same, per style: a wording said again in another style ("Technologies" as a heading,
    // then as a label in a skills table) is no wording repeated over each entry, unless both are
    // set in the body's size (see styledHeading).
    Map<String, Integer> styledWordings = new HashMap<>();
    if (styled) {
      // Each candidate's wording worked out once for the three passes below.
      List<Candidate> candidates = new ArrayList<>();
      for (Line l : lines) {
        if (candidate(l, w)) {
          Headings.Wording c = w.of(l);
          boolean standard = Headings.isStandard(c) || Headings.isContact(c);
          boolean qualified = !standard && qualified(c);
          Candidate k = new Candidate(l, styleKey(l, c), c.normal(), standard, qualified, Headings.isSubLabel(c));
          candidates.add(k);
          if (standard || qualified) {
            wordings.merge(k.words(), 1, Integer::sum);
            styledWordings.merge(styledWording(k.words(), k.key()), 1, Integer::sum);
          }
        }
      }
      // The styles a standard wording met once is set in: a qualified wording ("Teaching
      // Experience") teaches only one of those. Set in any style, two bold degrees ("Master of
      // Education") or a label over each job ("Client Projects") would teach the entries' own.
      Set<String> standardStyles = new HashSet<>();
      for (Candidate k : candidates) {
        if (k.standard() && wordings.get(k.words()) == 1 && !k.subLabel() && distinctive(k.line(), w)) {
          standardStyles.add(k.key());
        }
      }
      for (Candidate k : candidates) {
        // Only a wording met once teaches the headings' style: "Highlights" over every job does not.
        // A qualified wording ("Teaching Experience") in a standard heading's style confirms it,
        // unless it could name an employer ("Globex Technologies"): a resume whose only standard
        // heading is "Education" then still has two headings in that style.
        String c = k.line().content();
        boolean once = wordings.getOrDefault(k.words(), 0) == 1 && (k.standard() || k.qualified()
            && standardStyles.contains(k.key()) && !Parts.hasWord(c, Parts.ORG_WORDS) && !Parts.hasWord(c, Parts.WEAK_ORG_WORDS));
        if (once && !k.subLabel()) {
          if (distinctive(k.line(), w)) {
            headingStyles.merge(k.key(), 1, Integer::sum);
          }
        } else if (k.standard() || k.qualified() || !plainKind(k.line(), w)) {
          // A wording no list knows that ends with a kind's word ("Hardware technical skills",
          // "Teaching experience") is a heading the lists miss, not an employer's name: it is no
          // sign that the headings' style is the employers' too.
          otherStyles.merge(k.key(), 1, Integer::sum);
        }
      }
    }
    List<Heading> out = new ArrayList<>();
    boolean known = false;
    boolean textBefore = false;
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.blank()) {
        continue;
      }
      if (claimed.containsKey(i)) {
        out.add(new Heading(i, claimed.get(i)));
        continue;
      }
      // "# CV", "LEBENSLAUF" before any heading titles the whole document: it heads no section,
      // and the name and contact under it are the page's top.
      if (out.isEmpty() && ContactParser.aboutTheDocument(l)) {
        continue;
      }
      // A reader-marked heading that opens the page with a person's name ("\section*{Jordan Lee}"),
      // with an email or a phone under it before the next heading, heads no section: it is the name.
      if (out.isEmpty() && !textBefore && l.markedHeading() && !namesSection(w.of(l)) && ContactParser.isWholeName(l)
          && ContactParser.contactWithin(lines, i, 5)) {
        textBefore = true;
        continue;
      }
      textBefore = true;
      if (marked.contains(i)) {
        out.add(new Heading(i, Headings.kindOfStyled(w.of(l))));
        continue;
      }
      if (nested.contains(i)) {
        // A part of a section of entries takes its kind; under "Skills" a "Side Quests" with its
        // own dated entries is a section of no kind, as it was read before.
        SectionKind above = out.isEmpty() ? SectionKind.OTHER : out.get(out.size() - 1).kind();
        out.add(new Heading(i, above.describesWork() || above == SectionKind.EDUCATION ? above : Headings.kindOfStyled(w.of(l))));
        continue;
      }
      if (subheadings.contains(i)) {
        // A section's wording in the sub-headings' style opens a minor section ("Certifications",
        // "Languages") unless an entry's dates follow it, as under a job titled "Volunteer", or it
        // labels a group of skills ("Languages" over Java and Go).
        Headings.Wording c = w.of(l);
        boolean inSkills = !out.isEmpty() && out.get(out.size() - 1).kind() == SectionKind.SKILLS;
        // Only a wording of no particular kind ("Volunteer") can be a job's title; "Certifications"
        // over "Cloud Developer ⇥ 2021 – 2024" is still a section.
        SectionKind kind = Headings.kindOfStyled(c);
        if (namesSection(c) && !inSkills && !(kind == SectionKind.OTHER && Line.rangeNext(lines, i))) {
          out.add(new Heading(i, kind));
        }
        continue;
      }
      if (l.bullet() || l.rule() || !claimed.isEmpty() && !l.has(dev.prism.core.model.Mark.HEADING) && claimedAll(claims)) {
        continue;
      }
      if (readerMarks && Headings.isSubLabel(w.of(l))) {
        continue;
      }
      if (leadInUnderJob(lines, i, out, w)) {
        continue;
      }
      SectionKind kind = styled ? styledHeading(lines, i, headingStyles, otherStyles, wordings, styledWordings, known, w)
          : plainHeading(lines, i, w);
      if (kind != null) {
        out.add(new Heading(i, kind));
        known |= Headings.kindOf(w.of(l)).isPresent() || Headings.isContact(w.of(l));
      }
    }
    if (styled && !readerMarks) {
      nestSmaller(out, lines, w, claimed.keySet());
    }
    return joinStacked(styled || readerMarks ? out : byIndent(lines, out, w), lines);
  }

  /**
   * "Projects:" written as a label (a colon, no heading's mark or size) right under a work entry's
   * dated header, with nothing of the entry between: a lead-in over the job's own parts, its
   * clients' projects, not a section; a header heading nothing would be an empty job. Only the
   * projects' or a sub-label's wording: "Education:" there opens the studies. Under a school's
   * dates, "Projects:" may well open the projects.
   */
  private static boolean leadInUnderJob(List<Line> lines, int i, List<Heading> above, Wordings w) {
    Line l = lines.get(i);
    if (!Wordings.labelShaped(l)) {
      return false;
    }
    int before = Line.previousIndex(lines, i);
    Headings.Wording wording = w.of(l);
    return (Wordings.projectsLabel(l, wording) || Headings.isSubLabel(wording))
        && !l.has(dev.prism.core.model.Mark.HEADING) && l.style().size() <= BODY_SIZED
        && !above.isEmpty() && above.get(above.size() - 1).kind() == SectionKind.EXPERIENCE
        && before > above.get(above.size() - 1).line() && lines.get(before).hasRange();
  }

  /** The most words each line of a heading set over two lines has ("Career" / "Description"). */
  private static final int STACKED_HEADING_WORDS = 2;

  /**
   * A heading set over two lines ("Career" over "Description", "Work" over "History"): right
   * under a heading, a short line in its style that is no heading's wording alone, whose words
   * and the heading's together are a standard wording, is the heading's second line. The heading
   * takes the kind they name together; read apart, the second line would head (or open) a
   * section of no kind and take the jobs under it with it. A line that is a standard wording
   * itself ("Experience" right under "Summary") heads its own section. (The PDF reader joins its
   * stacked headings before this, by geometry, "Professional" over "Experience" too, and hands
   * one line; this pass is for readers that mark each line a heading, such as DOCX.)
   */
  private static List<Heading> joinStacked(List<Heading> found, List<Line> lines) {
    List<Heading> out = new ArrayList<>(found);
    for (int h = 0; h < out.size(); h++) {
      Heading head = out.get(h);
      int next = head.line() + 1;
      while (next < lines.size() && lines.get(next).blank()) {
        next++;
      }
      if (next == lines.size()) {
        continue;
      }
      Line first = lines.get(head.line());
      Line second = lines.get(next);
      boolean secondHeads = h + 1 < out.size() && out.get(h + 1).line() == next;
      if (secondHeads && out.get(h + 1).kind() != SectionKind.OTHER || second.bullet() || second.hasDates()
          || !first.style().equals(second.style()) || first.words() > STACKED_HEADING_WORDS || second.words() > STACKED_HEADING_WORDS
          || Headings.isStandard(second.content()) || Headings.isContact(second.content())) {
        continue;
      }
      String both = first.content().strip() + " " + second.content().strip();
      if (!Headings.isStandard(both)) {
        continue;
      }
      out.set(h, new Heading(head.line(), Headings.kindOfStyled(both), next));
      if (secondHeads) {
        out.remove(h + 1);
      }
    }
    return out;
  }

  /**
   * What {@link #markedHeadings} does for a reader's headings, done for headings found by their
   * look: one whose words name no kind at all, set smaller than a style whose headings mostly name
   * sections, heads a part of the section above it ("Expériences" over "Vocation" and "Autres", a LaTeX
   * subsection as a PDF sets it) and takes that section's kind where it holds entries. Read as a
   * section of no kind, it would take the jobs under it out of the work.
   */
  private static void nestSmaller(List<Heading> out, List<Line> lines, Wordings w, Set<Integer> claimed) {
    Map<String, int[]> byStyle = new HashMap<>();
    for (Heading h : out) {
      Line l = lines.get(h.line());
      int[] n = byStyle.computeIfAbsent(styleKey(l, w.of(l)), k -> new int[2]);
      n[0]++;
      n[1] += namesSection(w.of(l)) ? 1 : 0;
    }
    for (int k = 1; k < out.size(); k++) {
      Heading h = out.get(k);
      Line l = lines.get(h.line());
      if (!claimed.contains(h.line()) && rightUnder(lines, out.get(k - 1).line(), h.line())
          && labelsSkillGroup(lines.get(out.get(k - 1).line()), out.get(k - 1).kind(), l, w)) {
        out.remove(k--);
        continue;
      }
      if (claimed.contains(h.line()) || Headings.kindNamed(w.of(l)) != null || Headings.isContact(w.of(l))) {
        continue;
      }
      float size = l.style().size();
      // The section it stands in: the nearest heading above set larger, in a style whose
      // headings mostly name sections, with none between but its other parts. After a section's
      // heading in its own size ("Stack" over "Frameworks" in a sidebar), it is a section too.
      for (int j = k - 1; j >= 0; j--) {
        Line above = lines.get(out.get(j).line());
        if (above.style().size() <= size) {
          if (Headings.kindNamed(w.of(above)) != null) {
            break;
          }
          continue;
        }
        // A sidebar's heading read after the main column's is no part of the section above it.
        if (above.box() != null && l.box() != null && above.box().column() != l.box().column()) {
          break;
        }
        int[] n = byStyle.get(styleKey(above, w.of(above)));
        SectionKind kind = out.get(j).kind();
        if (n[1] * 2 >= n[0] && (kind.describesWork() || kind == SectionKind.EDUCATION)) {
          out.set(k, new Heading(h.line(), kind));
        }
        break;
      }
    }
  }

  /** Whether only blank lines stand between line {@code above} and line {@code below}. */
  private static boolean rightUnder(List<Line> lines, int above, int below) {
    for (int i = above + 1; i < below; i++) {
      if (!lines.get(i).blank()) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Languages" set smaller right under "Skills", in its column: the label of a group of skills
   * (Python, Go…), as in the sub-headings' style of a page whose reader marks its headings, not a
   * section of spoken languages that would leave the skills section empty. The wordings are those
   * of headings.txt's {@code list} (sections whose lines list items).
   */
  private static boolean labelsSkillGroup(Line skills, SectionKind kind, Line l, Wordings w) {
    return kind == SectionKind.SKILLS && Headings.isList(w.of(l).text())
        && skills.style().size() > l.style().size()
        && (skills.box() == null || l.box() == null || skills.box().column() == l.box().column());
  }

  /** The most words a line at the margin of an indented text may have and still be a heading. */
  private static final int MARGIN_HEADING_WORDS = 5;

  /**
   * Plain text that sets its headings at the margin and indents what stands under them
   * ("Experience" over "  Engineer, Globex (Nov 2011 - Present)"): there a short line at the
   * margin is a heading whatever its words ("Community Contributions"), and a heading's wording
   * indented under one ("    Project Portfolio" inside a job) labels a part of an entry. Only
   * where two headings or more stand at the margin and nine lines in ten under them (list items
   * aside) are indented.
   */
  private static List<Heading> byIndent(List<Line> lines, List<Heading> found, Wordings w) {
    // A text that sets a section's '#' heading up to three spaces in (" ## Work Experience"), as
    // Markdown allows, says where its sections are with the marks: those spaces are no indent that
    // parts headings from bodies. A tab, or a list's glyph before the marks, is one.
    if (found.stream().map(h -> lines.get(h.line()))
        .anyMatch(l -> l.margin() > 0 && l.margin() < 4 && l.indent() == l.margin() && hashes(l.content()) > 0 && namesSection(w.of(l)))) {
      return found;
    }
    Map<Integer, Heading> at = new HashMap<>();
    int top = 0;
    int first = -1;
    for (Heading h : found) {
      at.put(h.line(), h);
      if (lines.get(h.line()).indent() == 0) {
        top++;
        first = first < 0 ? h.line() : first;
      }
    }
    if (top < 2) {
      return found;
    }
    // The lines under the first heading that could be no heading: the indented, and those at the
    // margin too long or too dated to head anything.
    int body = 0;
    int indented = 0;
    for (int i = first + 1; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (!l.blank() && !l.rule() && !l.bullet() && !at.containsKey(i) && (l.indent() > 0 || !atMargin(l))) {
        body++;
        indented += l.indent() > 0 ? 1 : 0;
      }
    }
    if (body < 4 || indented * 10 < body * 9 || !bodiesIndented(lines, found)) {
      return found;
    }
    List<Heading> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      Heading h = at.get(i);
      if (i < first) {
        if (h != null) {
          out.add(h);
        }
      } else if (h != null) {
        if (l.indent() == 0) {
          out.add(h);
        }
      } else if (!l.blank() && !l.rule() && !l.bullet() && l.indent() == 0 && atMargin(l)) {
        out.add(new Heading(i, Headings.kindOfStyled(w.of(l))));
      }
    }
    return out;
  }

  /**
   * Whether what stands right under each heading at the margin is indented: where an employer's or
   * a school's name stands at the margin under "Experience" ("Globex Corporation" over its indented
   * roles), the margin holds entries too, and its short lines are no headings.
   */
  private static boolean bodiesIndented(List<Line> lines, List<Heading> found) {
    for (Heading h : found) {
      if (lines.get(h.line()).indent() > 0) {
        continue;
      }
      for (int k = h.line() + 1; k < lines.size(); k++) {
        Line l = lines.get(k);
        if (!l.blank() && !l.rule()) {
          if (l.indent() == 0 && !l.bullet()) {
            return false;
          }
          break;
        }
      }
    }
    return true;
  }

  /** A line at the margin that could head a section there: short, undated, no sentence, no contact detail. */
  private static boolean atMargin(Line l) {
    return l.indent() == 0 && l.words() <= MARGIN_HEADING_WORDS && !l.hasDates() && !l.content().strip().endsWith(".")
        && !ContactParser.holdsContact(l);
  }

  /**
   * Each line's heading wording, worked out at the first question about the line and kept for the
   * rest of one {@link #find}: a candidate line is asked whether it is a standard, contact,
   * qualified or sub-label wording, its style key and whether it is in capitals, each of which
   * worked the wording out again.
   */
  private static final class Wordings {
    private final List<Line> lines;
    private final Headings.Wording[] byLine;
    private int[] knownDepth;
    private Map<String, Integer> labelCounts;

    Wordings(List<Line> lines) {
      this.lines = lines;
      this.byLine = new Headings.Wording[lines.size()];
    }

    /**
     * The depth of the last Markdown heading before line {@code i} that names a section ("# Work
     * Experience" is 1), or {@link Integer#MAX_VALUE} if none: worked out for all lines at the
     * first question, in one pass.
     */
    int knownDepthBefore(int i) {
      if (knownDepth == null) {
        knownDepth = new int[lines.size()];
        int last = Integer.MAX_VALUE;
        for (int k = 0; k < lines.size(); k++) {
          knownDepth[k] = last;
          Line l = lines.get(k);
          if (l.content().startsWith("#")) {
            if (namesSection(of(l)) && !entryUnder(lines, k, last)) {
              last = hashes(l.content());
            }
          } else if (k + 1 < lines.size() && lines.get(k + 1).rule() && !l.blank() && namesSection(of(l))) {
            // A section underlined ("Experience" over "----------") in a page whose entries are
            // '#' headings ranks above them: "## Globex" under it is an entry's header, though
            // Markdown gives the two the same level.
            last = (lines.get(k + 1).content().strip().startsWith("=") ? 1 : 2) - 1;
          }
        }
      }
      return i >= 0 && i < knownDepth.length ? knownDepth[i] : Integer.MAX_VALUE;
    }

    /**
     * Whether a label's wording ("Achievements:", "Highlights") stands on more than one line with
     * no heading's marks, written the same way (see labelKey): a label over each entry's part, not
     * a section. Counted over the sub-label lines only, at the first question.
     */
    boolean repeatedLabel(Line l) {
      if (l.content().startsWith("#")) {
        return false;
      }
      Headings.Wording wording = of(l);
      if (!Headings.isSubLabel(wording) && !projectsLabel(l, wording)) {
        return false;
      }
      if (labelCounts == null) {
        labelCounts = new HashMap<>();
        for (Line k : lines) {
          if (!k.blank() && k.words() <= 6 && !k.content().startsWith("#")) {
            Headings.Wording kw = of(k);
            if (Headings.isSubLabel(kw) || projectsLabel(k, kw)) {
              labelCounts.merge(labelKey(k, kw), 1, Integer::sum);
            }
          }
        }
      }
      return labelCounts.getOrDefault(labelKey(l, wording), 0) >= 2;
    }

    /**
     * Labels are counted apart with and without their colon: a "Projects" heading stays one where
     * "Projects:" labels parts of entries, and "Highlights" written twice with no colon is a label.
     * A label of the projects counts as one whatever its language: "Projekte:" and "Projects:"
     * under two jobs are the same label twice ("Key Projects:" and "Achievements:" keep their words).
     */
    private static String labelKey(Line l, Headings.Wording w) {
      String words = projectsLabel(l, w) ? "projects" : w.normal();
      return labelShaped(l) ? words + ":" : words;
    }


    /** "Projekte:", "Projets :": a label of the projects in any language (the lexicon's project words), with its colon. */
    static boolean projectsLabel(Line l, Headings.Wording w) {
      return labelShaped(l) && Parts.PROJECT_WORDS.contains(w.normal());
    }

    /**
     * Written as a label is, not as a heading: ending with a colon ("**Achievements:**",
     * "Projects:"), with no heading's marks. "## Projects" is a heading however often the word
     * labels parts of entries elsewhere.
     */
    private static boolean labelShaped(Line l) {
      String c = l.content();
      return !c.startsWith("#") && Inline.clean(c).endsWith(":");
    }

    Headings.Wording of(Line l) {
      int i = l.index();
      // Kept by index only for the lines of this list (a line's index is its place in it).
      if (i < 0 || i >= byLine.length || lines.get(i) != l) {
        return Headings.Wording.of(l.content());
      }
      if (byLine[i] == null) {
        byLine[i] = Headings.Wording.of(l.content());
      }
      return byLine[i];
    }
  }

  /** A line that could be a heading, with what the style learning asks of its wording. */
  private record Candidate(Line line, String key, String words, boolean standard, boolean qualified, boolean subLabel) {}

  /**
   * "### [Tarnwell Projects](…)" over "_April 2012 – Sept 2012_" under "## Experience": a Markdown
   * heading deeper than the section heading above it ({@code sectionDepth}), over a date range,
   * whose whole text is a link heads an entry of that section: a name with its web address, an
   * employer's, though its last word names a kind. A heading that is no link ("### Research
   * Experience", "### Side Projects") opens its part of the page still.
   */
  private static boolean entryUnder(List<Line> lines, int i, int sectionDepth) {
    String c = lines.get(i).content();
    return hashes(c) > sectionDepth && LINKED_HEADING.matcher(c).matches() && Line.rangeNext(lines, i);
  }

  /** A Markdown heading whose text is one link: "### [Tarnwell Projects](https://tarnwell.example)". */
  private static final Pattern LINKED_HEADING = Pattern.compile("#+\\s+\\[[^\\]]+\\]\\([^)\\s]*\\)\\s*");

  /** A wording that names a kind of section, or contact details. */
  private static boolean namesSection(Headings.Wording c) {
    return Headings.kindOf(c).isPresent() || Headings.isContact(c);
  }

  /** A reader that claims headings (JSON Resume) claims all of them. */
  private static boolean claimedAll(List<Claim> claims) {
    return claims.stream().anyMatch(c -> c instanceof Claim.Heading h && h.kind() != null);
  }

  /**
   * The lines the reader marks as headings, less those in a style of which no marked line carries a
   * section wording while another style's do: such lines head entries, not sections; so do those
   * that carry dates and name no section. The lines of
   * a style of {@link #subheadings} go to {@code sub}: no wording makes them sections either, nor
   * do three or more lines in the sections' own style, more than those naming sections, that name
   * no section and stand over dates. Lines
   * naming no section in a smaller style whose other lines do go to {@code nested}: each heads a
   * part of the section it stands in, of that section's kind where that section holds entries.
   * Where no marked line names a section but plain lines do (HTML converted to DOCX), marked lines
   * with dates a few lines under them head entries, and those above the first plain section line
   * that name none open no section.
   */
  private static Set<Integer> markedHeadings(List<Line> lines, Wordings w, Set<Integer> sub, Set<Integer> nested) {
    Map<String, List<Integer>> byStyle = new HashMap<>();
    for (Line l : lines) {
      if (l.markedHeading() && (l.hasDates() || placeAfterName(l)) && !namesSection(w.of(l))) {
        // "Globex, Senior Developer | Mar 2020 - now, Katowice" as a LaTeX \subsubsection: a
        // heading that carries a job's dates heads that job, whatever level the reader saw; set
        // in the sections' own size it would make every job a section of its own. So does one
        // that names a place after a name ("Globex, Berlin, Germany"): no section is a town's.
        sub.add(l.index());
      } else if (l.markedHeading()) {
        byStyle.computeIfAbsent(styleKey(l, w.of(l)), k -> new ArrayList<>()).add(l.index());
      }
    }
    Map<String, Integer> worded = new HashMap<>();
    // The different section names each style sets: "Experience" over every job, as a page built
    // of one table per job repeats it, is one section's name however often it stands.
    Map<String, Set<String>> names = new HashMap<>();
    byStyle.forEach((key, idx) -> {
      for (int i : idx) {
        Headings.Wording c = w.of(lines.get(i));
        if (namesSection(c)) {
          worded.merge(key, 1, Integer::sum);
          names.computeIfAbsent(key, k -> new HashSet<>()).add(c.normal());
        }
      }
    });
    // Sections named by plain lines the reader did not mark ("WORK EXPERIENCE" in the body's
    // style): the marked lines are then something else, jobs' titles as often as not.
    int firstPlainSection = -1;
    for (int i = 0; i < lines.size() && worded.isEmpty() && firstPlainSection < 0; i++) {
      Line l = lines.get(i);
      firstPlainSection = !l.markedHeading() && !l.bullet() && namesSection(w.of(l)) ? i : -1;
    }
    boolean plainSections = firstPlainSection >= 0;
    // The lambda below needs a value that stays put.
    int plainFrom = firstPlainSection;
    Set<Integer> out = new HashSet<>();
    byStyle.forEach((key, idx) -> {
      boolean below = belowSectionStyle(key, byStyle, worded, lines);
      if (below && subheadings(key, worded, byStyle.get(key).size())) {
        sub.addAll(idx);
      } else if (below && worded.containsKey(key)) {
        // Set smaller than the section headings, a heading that names no section heads a part of
        // the section above it ("Experience" over "Vocational" and "Miscellaneous"); one that
        // names a section ("Miscellaneous") opens that section.
        for (int i : idx) {
          (namesSection(w.of(lines.get(i))) ? out : nested).add(i);
        }
      } else if (worded.isEmpty() || worded.containsKey(key)) {
        // In the sections' own style, names that no section has over a line of dates ("AirMed"
        // over "2019-07-31 - 2020-12-07 Co-Founder, CTO") or under dates alone on their line
        // ("Dec 2015 - Now" over "Medic Mobile", floated right before it), three at least and
        // more than the headings that name sections, head entries: a theme that sets employers
        // and sections alike. A few such lines are odd sections' names ("Industry", "Academia").
        // Where plain lines name the sections, a marked line's dates may stand a few lines under
        // it, after the employer and the team ("Senior Data Engineer" / "Globex" / "Payments" /
        // "08.2021 - now").
        List<Integer> overRanges = new ArrayList<>();
        for (int i : idx) {
          if (!namesSection(w.of(lines.get(i))) && Headings.compound(w.of(lines.get(i))) == null
              && (Line.rangeNext(lines, i) || Line.loneRangeBefore(lines, i) || plainSections && rangeUnder(lines, i))) {
            overRanges.add(i);
          }
        }
        boolean entries = (!worded.isEmpty() || plainSections) && overRanges.size() >= 3
            && overRanges.size() > names.getOrDefault(key, Set.of()).size();
        for (int i : idx) {
          if (entries && overRanges.contains(i)) {
            sub.add(i);
          } else if (!plainSections || i > plainFrom || namesSection(w.of(lines.get(i)))) {
            // Above the first section a plain line names, a marked line that names none (the
            // person's name set large) opens no section; below it, one still opens a section of
            // its own ("Side Quests").
            out.add(i);
          }
        }
      }
    });
    return out;
  }

  /** The most lines under a marked line that its dates may stand on (see {@link #markedHeadings}). */
  private static final int DATES_UNDER = 3;

  /** Whether one of the few lines under line {@code i}, before the next marked line, holds a date range. */
  private static boolean rangeUnder(List<Line> lines, int i) {
    int k = i;
    for (int n = 0; n < DATES_UNDER; n++) {
      k = Line.nextIndex(lines, k);
      if (k < 0 || lines.get(k).markedHeading()) {
        return false;
      }
      if (lines.get(k).hasRange()) {
        return true;
      }
    }
    return false;
  }

  /** Whether a part after the line's first names a place: "Globex, Berlin, Germany", not "Berlin". */
  private static boolean placeAfterName(Line l) {
    List<Parts.Part> parts = Parts.of(SectionKind.EXPERIENCE, List.of(l));
    for (int i = 1; i < parts.size(); i++) {
      if (Parts.isLocation(parts.get(i).value())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the marked lines of a style are set smaller than those of a style whose lines mostly
   * name sections: they stand inside the sections.
   */
  private static boolean belowSectionStyle(String key, Map<String, List<Integer>> byStyle, Map<String, Integer> worded, List<Line> lines) {
    float size = lines.get(byStyle.get(key).get(0)).style().size();
    for (Map.Entry<String, List<Integer>> other : byStyle.entrySet()) {
      List<Integer> theirs = other.getValue();
      if (lines.get(theirs.get(0)).style().size() > size && worded.getOrDefault(other.getKey(), 0) * 2 >= theirs.size()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the marked lines of a style set below the section headings are all sub-headings: at
   * least as often naming no section as naming one, twice at least ("Freelance Data Scientist",
   * "Databases" under "Professional Experience" and "Technical Skills"). They head entries or
   * label groups of skills; a section wording among them ("Certifications") does not make the rest
   * sections.
   */
  private static boolean subheadings(String key, Map<String, Integer> worded, int count) {
    int unworded = count - worded.getOrDefault(key, 0);
    return unworded >= 2 && unworded >= worded.getOrDefault(key, 0);
  }

  /** Whether the line right above line {@code i} (no blank between) is a date and nothing else. */
  private static boolean underLoneDate(List<Line> lines, int i) {
    Line above = lines.get(i - 1);
    return !above.blank() && above.loneDate() != null;
  }

  /** The largest relative size still the body's own: a label set so is no larger than the text. */
  private static final float BODY_SIZED = 1.05f;

  private static SectionKind styledHeading(List<Line> lines, int i, Map<String, Integer> headingStyles,
      Map<String, Integer> otherStyles, Map<String, Integer> wordings, Map<String, Integer> styledWordings,
      boolean afterKnown, Wordings w) {
    Line l = lines.get(i);
    if (l.content().startsWith("#")) {
      return plainHeading(lines, i, w);
    }
    if (!candidate(l, w)) {
      return null;
    }
    Headings.Wording c = w.of(l);
    String key = styleKey(l, c);
    int known = headingStyles.getOrDefault(key, 0);
    boolean learned = headingStyles.values().stream().anyMatch(n -> n >= 2);
    if (Headings.isStandard(c) || Headings.isContact(c)) {
      // The same words again and again, or a label such as "Highlights", in a style no heading
      // has, label parts of entries. Said in another style too, the words are repeated only where
      // this line is set in the body's size, as labels over each job are: "Technologies" as a
      // heading and again in a skills table's cells, or "Languages" larger than the body and again
      // as a bold label in the skills, is a heading.
      boolean bodySized = l.style().size() <= BODY_SIZED;
      boolean label = Headings.isSubLabel(c);
      // The work's or the schooling's own heading said twice is that section going on ("Experience"
      // again at the top of a page a template sets by hand), not a label over each entry.
      SectionKind named = Headings.kindOf(c).orElse(SectionKind.OTHER);
      boolean goesOn = !label && (named == SectionKind.EXPERIENCE || named == SectionKind.EDUCATION)
          && wordings.getOrDefault(c.normal(), 0) == 2;
      boolean repeated = !goesOn && (known < 2 && bodySized ? wordings.getOrDefault(c.normal(), 0) >= 2
          : styledWordings.getOrDefault(styledWording(c.normal(), key), 0) >= 2);
      // A label over each job's bullets ("Key Achievements" four times) heads no section, even in
      // the headings' style.
      if (repeated && label || (repeated || label) && learned && known < 2) {
        return null;
      }
      // "Projekte:" under one job and "Projects:" under the next, written as labels: one label
      // over parts of entries, in whatever language (see Wordings.repeatedLabel).
      if (Wordings.labelShaped(l) && w.repeatedLabel(l)) {
        return null;
      }
      // Where the headings are set apart, a wording in the running text's own style is a phrase
      // the layout broke off ("Cloud" / "Experience" in a skills table's cell). Nor is one in a
      // style of no other heading right under a rail's lone date a heading: it is the job's line
      // about its trade ("Jul 2021" over an italic "Educação", the employer's sector).
      if (learned && (known == 0 && !distinctive(l, w) || known <= 1 && i > 0 && underLoneDate(lines, i))) {
        return null;
      }
      // "Recherche" in the running text's size, bold, among a work section's jobs where the
      // headings are set larger: a label of the research posts, as "Industrie" labels the others.
      if (learned && known <= 1 && bodySized && Headings.isUnitHead(c)) {
        return null;
      }
      return Headings.isContact(c) ? SectionKind.OTHER : Headings.kindOf(c).orElse(SectionKind.OTHER);
    }
    // A qualified wording ("Relevant Experience") in the headings' style; where no style was
    // learned, in capitals and set apart. "Globex Technologies" in an employer's bold is none.
    boolean qualified = qualified(c);
    // Where the headings' style is also the employers' (more lines in it are no heading than are),
    // a wording that names an organisation is an employer: "Globex Technologies".
    int others = otherStyles.getOrDefault(key, 0);
    if (others > known && orgWorded(Parts.lowerWords(l.content()))) {
      return null;
    }
    // A school's name ("NORVALE UNIVERSITY") in a two-column template's style of entry heads, which
    // its groups of skills share ("LANGUAGES", "TECHNOLOGIES"), ends in a word of the schooling's
    // headings but names no section: the school heads its entry. A wording a list knows as a
    // heading ("University Projects") is still one.
    if (Headings.kindOf(c).isEmpty() && Headings.compound(c) == null && Parts.hasWord(Parts.lowerWords(l.content()), Parts.SCHOOL_WORDS)) {
      return null;
    }
    if (qualified && (known >= 2 || !learned && distinctive(l, w) && Inline.isCaps(c.text()))) {
      return Headings.kindOfStyled(c);
    }
    // "Work experience as a software developer" in the headings' style: the heading, and what
    // the work was.
    SectionKind about = known >= 2 && others <= known && distinctive(l, w) ? Headings.kindBeforeAbout(c) : null;
    if (about != null) {
      return about;
    }
    // An unknown wording in the headings' style heads a section only after a known heading: above
    // the first, a line so set is the person's headline ("SENIOR SOFTWARE ENGINEER"). One that ends
    // in a company's legal form ("hexa LEDGERS Inc", "Initech GmbH") is an employer set as the
    // headings are, however few such lines there are ("Open Source Labs" may head a section); so
    // is one that names a place after the name ("PicPay | Remote", "Expedia | Bellevue, WA"):
    // no section is a town's.
    // A kind's word anywhere in it lets it run as long as a qualified wording ("Sistemas y
    // proyectos de código abierto", "Experiencia laboral y proyectos de clientes"); not a role's
    // line set as the headings are ("Open Source Projects Lead at Globex", "Developer Experience
    // and Projects Manager"), which holds a role's word, nor one that parts fields with a comma.
    if (afterKnown && distinctive(l, w) && known >= 2 && (others <= known || qualified)
        && (l.words() <= 4 || l.words() <= 6 && (qualified || namesKindAnywhere(l, c)))
        && (qualified || !Parts.endsInLegalForm(Inline.clean(l.content()).strip()) && !placeAfterName(l))) {
      return Headings.kindOfStyled(c);
    }
    return null;
  }

  /** A kind's word anywhere in the wording, and no role's or firm's word nor a comma (see above). */
  private static boolean namesKindAnywhere(Line l, Headings.Wording c) {
    if (c.text().indexOf(',') >= 0 || Headings.kindNamed(c) == null) {
      return false;
    }
    String[] lower = Parts.lowerWords(l.content());
    return !Parts.hasWord(lower, Parts.TITLE_WORDS) && !orgWorded(lower);
  }

  /**
   * A heading's shape no list holds (see Headings.namesKindPlainly) with no word of an organisation,
   * a school or a role: "Rochester Institute of Technology" and "VP Customer Experience" end with a
   * kind's word too.
   */
  private static boolean plainKind(Line l, Wordings w) {
    String[] lower = Parts.lowerWords(l.content());
    return Headings.namesKindPlainly(w.of(l)) && !orgWorded(lower) && !Parts.hasWord(lower, Parts.SCHOOL_WORDS)
        && !Parts.isRole(Inline.clean(l.content()));
  }

  /** Holds an organisation's word, strong or weak: the line's words split once for both lists. */
  private static boolean orgWorded(String[] lowerWords) {
    return Parts.hasWord(lowerWords, Parts.ORG_WORDS) || Parts.hasWord(lowerWords, Parts.WEAK_ORG_WORDS);
  }

  /**
   * Whether the page's first line is a heading of a name, a comma, and a headline whose words give
   * it a kind ("# Rob Quill, Full-Stack Team Lead": "stack"): the person, no section.
   */
  private static boolean nameAndHeadline(List<Line> lines, int i) {
    String c = Inline.clean(lines.get(i).content());
    int comma = c.indexOf(", ");
    return contentBefore(lines, i) == 0 && comma > 0 && Headings.kindOfStyled(c.substring(0, comma)) == SectionKind.OTHER;
  }

  private static SectionKind plainHeading(List<Line> lines, int i, Wordings w) {
    Line line = lines.get(i);
    String c = line.content();
    Headings.Wording h = w.of(line);
    // "**Achievements:**" under each job labels a part of each entry, whatever it is written like.
    if (w.repeatedLabel(line)) {
      return null;
    }
    if (c.startsWith("#")) {
      // Markdown: a known section name at any depth is a heading; "# Name" at the top is the
      // person's name, and "### Title | Company" is an entry header, not a section.
      if (entryUnder(lines, i, w.knownDepthBefore(i))) {
        return null;
      }
      if (namesSection(h)) {
        return Headings.kindOfStyled(h);
      }
      // A role heading over the dates of an entry ("## Senior Engineer" over "Globex, 2019 –
      // 2021") is that entry's header: a page may list its jobs as headings with no section over
      // them. "## Military Service" over a dated job still opens a section.
      if ((line.hasRange() || Line.rangeNext(lines, i)) && Parts.namesRole(line)) {
        return null;
      }
      // A heading that holds its own date range ("# Globex (May 2022 - Present)") is an entry's
      // header, an employer over its roles, whatever its depth, unless a word of the rest names a
      // section ("## Work Experience (2012 – Present)", "## Experience — 10 years (2014 - 2024)").
      // So is one that opens with a single year ("# 2015 Freelancer") where the page heads its jobs
      // so: two headings of that depth or more open with a range ("# 2018-2019 Globex"); else
      // "## 2024 Goals" is a section.
      int depth = hashes(c);
      if ((line.hasRange() || line.opensWithDate() && datedAtDepth(lines, depth) >= 2)
          && Headings.kindOfStyled(line.withoutDates()) == SectionKind.OTHER) {
        return null;
      }
      // Under a section heading set shallower ("# Work Experience"), a heading that names no
      // section ("## Globex, Eindhoven - Senior Engineer") heads an entry of that section.
      if (w.knownDepthBefore(i) < depth) {
        return null;
      }
      SectionKind kind = Headings.kindOfStyled(h);
      // Where the page sets its sections deeper ("### Work Experience"), a heading that names
      // none at that depth ("### Campus Involvement") opens a section too.
      boolean sectionDepth = depth <= 2 || w.knownDepthBefore(i) == depth;
      return sectionDepth && (contentBefore(lines, i) > 1 || kind != SectionKind.OTHER && !nameAndHeadline(lines, i)) ? kind : null;
    }
    // Setext headings: a line underlined with === or ---.
    if (i + 1 < lines.size() && lines.get(i + 1).rule() && c.length() <= 40 && !c.contains("@")) {
      // The first line of the page, underlined, is the person's name ("JORDAN LEE" over "====").
      if (namesSection(h) || Inline.isCaps(c) && contentBefore(lines, i) > 0) {
        return Headings.kindOfStyled(h);
      }
      // Where the page underlines its sections so ("Experience" over "----" twice or more), an
      // underlined wording no list knows ("The Story") opens a section too, as "## The Story"
      // does: what follows is not the section above's.
      if (contentBefore(lines, i) > 1 && sectionLike(line) && underlinesOnlySections(lines, lines.get(i + 1).content().charAt(0), w)) {
        return Headings.kindOfStyled(h);
      }
    }
    // A wording that is a role's too ("Internship", "Volunteer") right over a date range alone
    // on its line is the role of the entry those dates date, as plain text writes a header on
    // lines of its own ("Globex, Berlin" / "Internship" / "Jun 2021 – Aug 2021").
    Line next = Line.next(lines, i);
    if (Parts.namesRole(line) && next != null && next.loneDate() != null && !next.loneDate().single()) {
      return null;
    }
    if (Headings.kindOf(h).isPresent()) {
      return Headings.kindOf(h).get();
    }
    // A German compound ending with a heading's word ("Arbeitserfahrungen") on a line of its own
    // with a blank line after it, as plain text sets its headings apart; right over the lines it
    // labels, it labels part of a job ("Kundenprojekte" over the projects' bullets).
    SectionKind compound = Headings.compound(h);
    if (compound != null && i + 1 < lines.size() && lines.get(i + 1).blank() && (i == 0 || lines.get(i - 1).blank())) {
      return compound;
    }
    if (Headings.isContact(h)) {
      return SectionKind.OTHER;
    }
    // "PROJECTS UNDERTAKEN": capitals, few words, one of them naming a kind.
    if (candidate(line, w) && Inline.isCaps(c) && line.words() <= 4 && !line.hasDates()) {
      SectionKind k = Headings.kindOfStyled(h);
      return k == SectionKind.OTHER ? null : k;
    }
    return null;
  }

  /**
   * Whether a page underlines its sections with {@code mark} ("----") and nothing else that looks
   * like an entry: two known wordings or more so underlined, and no underlined line with dates, a
   * comma or a role (a page that underlines its jobs too, "Backend Engineer, Globex (2016 - 2021)",
   * tells its sections apart by their words only).
   */
  private static boolean underlinesOnlySections(List<Line> lines, char mark, Wordings w) {
    int known = 0;
    for (int k = 0; k + 1 < lines.size(); k++) {
      Line under = lines.get(k + 1);
      if (!under.rule() || under.content().charAt(0) != mark || lines.get(k).blank()) {
        continue;
      }
      if (namesSection(w.of(lines.get(k)))) {
        known++;
      } else if (!sectionLike(lines.get(k)) || underAHeading(lines, k)) {
        return false;
      }
    }
    return known >= 2;
  }

  /**
   * Whether the line right above line {@code k}, blank lines aside, underlines a heading: a
   * wording underlined straight under a section's heading ("Projects" / "----" / "Ledgerkit" /
   * "----") is the first of its entries, and the page underlines its entries too.
   */
  private static boolean underAHeading(List<Line> lines, int k) {
    for (int j = k - 1; j >= 0; j--) {
      if (!lines.get(j).blank()) {
        return lines.get(j).rule() && j > 0 && !lines.get(j - 1).blank() && !lines.get(j - 1).rule();
      }
    }
    return false;
  }

  /** A line a section heading could be: a few words, no dates, comma, role or sentence stop. */
  private static boolean sectionLike(Line l) {
    String c = l.content();
    return l.words() <= 6 && !l.hasDates() && c.indexOf(',') < 0 && c.indexOf('|') < 0 && !c.endsWith(".") && !Parts.namesRole(l);
  }

  /** How many Markdown headings of {@code depth} open with a date range. */
  private static int datedAtDepth(List<Line> lines, int depth) {
    int n = 0;
    for (Line l : lines) {
      if (l.content().startsWith("#") && l.hasRange() && l.opensWithDate() && hashes(l.content()) == depth) {
        n++;
      }
    }
    return n;
  }

  /** How many '#' open a Markdown heading. */
  static int hashes(String c) {
    int depth = 0;
    while (depth < c.length() && c.charAt(depth) == '#') {
      depth++;
    }
    return depth;
  }

  /**
   * How many lines with content stand above line {@code i}, counting to two: "# Pat Doe" opens a
   * page, and a heading right under it that names no section ("## Senior Software Engineer") is the
   * headline, no section either.
   */
  private static int contentBefore(List<Line> lines, int i) {
    int n = 0;
    for (int k = 0; k < i && n < 2; k++) {
      if (!lines.get(k).blank() && !lines.get(k).rule()) {
        n++;
      }
    }
    return n;
  }

  /** Could be a heading at all: short, no date, no address, no sentence punctuation at its end. */
  private static boolean candidate(Line l, Wordings w) {
    // The line's own tags first: they cost nothing, and most lines (bullets, dated lines, rows of
    // cells) fail one, so their wording is never worked out.
    if (l.blank() || l.bullet() || l.hasDates() || l.cells().size() > 1 && !(numbered(l) && distinctive(l, w))) {
      return false;
    }
    String t = w.of(l).text();
    return t.length() <= 48 && Whitespace.splitLength(t) <= 6 && !t.contains("@") && !t.endsWith(".") && !t.endsWith(",")
        && hasLetter(t);
  }

  /**
   * A wording that names a kind without being one of the standard ones: qualified ("Relevant
   * Experience"), or a German compound ending with a heading's word ("Arbeitserfahrungen").
   */
  private static boolean qualified(Headings.Wording c) {
    return Headings.kindOf(c).isPresent() || Headings.compound(c) != null || Headings.namesKindPlainly(c);
  }

  /** A section's number in a cell of its own: "1", "02.", "IV)". */
  private static final Pattern NUMBERING = Pattern.compile("(?:\\d{1,2}|[IVX]{1,4})[.)]?");

  /**
   * A heading numbered in a cell of its own ("1 ⇥ SKILLS", a LaTeX \section's number set apart
   * from its title): two cells, the first only the number. Only one set apart by its look is a
   * candidate: a table of figures ("14 ⇥ Projects") in the running text's style is none.
   */
  private static boolean numbered(Line l) {
    return l.cells().size() == 2 && NUMBERING.matcher(l.textOf(l.cells().get(0))).matches();
  }

  private static boolean hasLetter(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (Character.isLetter(t.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Set apart from the body text: larger, bold, small capitals, or in capitals. */
  private static boolean distinctive(Line l, Wordings w) {
    return l.style().distinctive() || Inline.isCaps(w.of(l).text());
  }

  /** A wording and the style it is set in, as one key. */
  private static String styledWording(String words, String styleKey) {
    return words + '\u0000' + styleKey;
  }

  /** A line's style as headings are compared: size, weight, and capitals (small or not). */
  static String styleKey(Line l, Headings.Wording wording) {
    Style s = l.style();
    boolean caps = s.smallCaps() || Inline.isCaps(wording.text());
    return Math.round(s.size() * 10) + (s.bold() ? "b" : "") + (s.italic() ? "i" : "") + (caps ? "C" : "");
  }
}
