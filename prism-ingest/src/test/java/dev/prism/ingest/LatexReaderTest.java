package dev.prism.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prism.core.ingest.UnreadableInputException;
import dev.prism.core.model.Claim;
import dev.prism.core.model.Entry;
import dev.prism.core.model.Extraction;
import dev.prism.core.model.Resume;
import dev.prism.core.model.SectionKind;
import dev.prism.core.text.Segmenter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatexReaderTest {
  private static final String JAKE = """
      \\documentclass[letterpaper,11pt]{article}
      \\newcommand{\\resumeItem}[1]{\\item\\small{{#1 \\vspace{-2pt}}}}
      \\begin{document}
      \\begin{center}
        \\textbf{\\Huge \\scshape Jos\\'e M\\"uller} \\\\ \\vspace{1pt}
        \\small 555-010-2030 $|$ \\href{mailto:jose@example.com}{\\underline{jose@example.com}} $|$
        \\href{https://github.com/jose}{GitHub}
      \\end{center}
      %-----------EXPERIENCE-----------
      \\section{Experience}
        \\resumeSubHeadingListStart
          \\resumeSubheading
            {Backend Engineer}{June 2020 -- Present}
            {Acme \\& Sons}{Austin, TX}
            \\resumeItemListStart
              \\resumeItem{Cut p99 latency by 40\\% with a Redis cache} % a comment
              \\resumeItem{Moved {\\v c}ron jobs to Kafka~streams}
            \\resumeItemListEnd
        \\resumeSubHeadingListEnd
      \\section{Education}
        \\cventry{2012--2016}{BSc Computer Science}{State University}{Austin, TX}{}{}
      \\end{document}
      """;

  @Test
  void jakesTemplateBecomesAPlainTextResume() throws Exception {
    Extraction e = new LatexReader().read(JAKE.getBytes(StandardCharsets.UTF_8));
    String t = e.text();
    assertThat(t).startsWith("José Müller\n");
    assertThat(t).contains("555-010-2030 | jose@example.com | GitHub (github.com/jose)");
    assertThat(t).contains("Backend Engineer  June 2020 – Present\nAcme & Sons  Austin, TX\n");
    assertThat(t).contains("- Cut p99 latency by 40% with a Redis cache\n");
    assertThat(t).contains("- Moved čron jobs to Kafka streams\n");
    assertThat(t).doesNotContain("comment").doesNotContain("\\").doesNotContain("vspace");
    Resume r = Segmenter.segment(e);
    assertThat(r.contact().name().value()).isEqualTo("José Müller");
    assertThat(r.contact().email().value()).isEqualTo("jose@example.com");
    Entry job = r.sections(SectionKind.EXPERIENCE).findFirst().orElseThrow().entries().get(0);
    assertThat(job.title().value()).isEqualTo("Backend Engineer");
    assertThat(job.organization().value()).isEqualTo("Acme & Sons");
    assertThat(job.dates().present()).isTrue();
    assertThat(job.bullets()).hasSize(2);
    Entry school = r.sections(SectionKind.EDUCATION).findFirst().orElseThrow().entries().get(0);
    assertThat(school.dates().start().year()).isEqualTo(2012);
  }

  @Test
  void mapsEveryOutputLineToItsSourceLine() {
    LatexReader.LatexText t = LatexReader.toText(JAKE);
    String[] lines = t.text().split("\n");
    String[] source = JAKE.split("\n");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith("- Cut p99")) {
        assertThat(source[t.sourceLines().get(i) - 1]).contains("Cut p99");
      }
      if (lines[i].equals("Experience")) {
        assertThat(source[t.sourceLines().get(i) - 1]).contains("\\section{Experience}");
      }
    }
    assertThat(t.sourceLines()).hasSize(t.text().split("\n", -1).length - 1);
  }

  @Test
  void plainSectionsWithItemizeAndUnbalancedBraces() throws Exception {
    String src = "\\section*{Skills}\n\\begin{itemize}\n\\item Java, \\textbf{Go}\n\\item SQL}}}{{{\n\\end{itemize}\n";
    String t = text(src);
    assertThat(t).isEqualTo("Skills\n- Java, Go\n- SQL\n");
    assertThatThrownBy(() -> new LatexReader().read("% only a comment\n".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(UnreadableInputException.class);
    String deep = "{".repeat(100_000);
    assertThatThrownBy(() -> new LatexReader().read(deep.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(UnreadableInputException.class);
  }

  @Test
  void aLargeSourceIsReadInOnePass() throws Exception {
    StringBuilder src = new StringBuilder("\\section{Experience}\n");
    for (int i = 0; i < 20_000; i++) {
      src.append("\\resumeItem{Cut \\textbf{latency} by ").append(i).append("\\%}\n");
    }
    LatexReader.LatexText t = LatexReader.toText(src.toString());
    assertThat(t.sourceLines()).hasSize(20_001);
    assertThat(t.sourceLineAt(t.text().indexOf("by 19999"))).isEqualTo(20_001);
  }

  @Test
  void moderncvAndAwesomeCvEntriesAndPreambleContact() throws Exception {
    String moderncv = """
        \\documentclass{moderncv}
        \\moderncvstyle{classic}
        \\name{Dana}{Whitfield}
        \\email{dana@example.com}
        \\phone[mobile]{+1 555 014 7788}
        \\social[github]{danaw}
        % \\email{old@example.com}
        \\begin{document}
        \\makecvtitle
        \\section{Experience}
        \\cventry{2020--Present}{Senior Backend Engineer}{Harbor Pay}{Seattle, WA}{}{%
        \\begin{itemize}
        \\item Cut p99 latency from 180 ms to 35 ms
        \\end{itemize}}
        \\end{document}
        """;
    Resume m = Segmenter.segment(new LatexReader().read(moderncv.getBytes(StandardCharsets.UTF_8)));
    assertThat(m.contact().name().value()).isEqualTo("Dana Whitfield");
    assertThat(m.contact().email().value()).isEqualTo("dana@example.com");
    assertThat(m.contact().links()).extracting(f -> f.value()).contains("github.com/danaw");
    Entry job = m.sections(SectionKind.EXPERIENCE).findFirst().orElseThrow().entries().get(0);
    assertThat(job.title().value()).isEqualTo("Senior Backend Engineer");
    assertThat(job.organization().value()).isEqualTo("Harbor Pay");
    assertThat(job.bullets()).extracting(b -> b.text()).containsExactly("Cut p99 latency from 180 ms to 35 ms");

    String awesome = """
        \\documentclass{awesome-cv}
        \\name{Dana}{Whitfield}
        \\email{dana@example.com}
        \\linkedin{danaw}
        \\begin{document}
        \\makecvheader
        \\cvsection{Experience}
        \\begin{cventries}
        \\cventry{Senior Backend Engineer}{Harbor Pay}{Seattle, WA}{Apr. 2020 - Present}{
        \\begin{cvitems}
        \\item {Cut p99 latency from 180 ms to 35 ms}
        \\end{cvitems}}
        \\end{cventries}
        \\end{document}
        """;
    Resume a = Segmenter.segment(new LatexReader().read(awesome.getBytes(StandardCharsets.UTF_8)));
    assertThat(a.contact().name().value()).isEqualTo("Dana Whitfield");
    Entry aj = a.sections(SectionKind.EXPERIENCE).findFirst().orElseThrow().entries().get(0);
    assertThat(aj.title().value()).isEqualTo("Senior Backend Engineer");
    assertThat(aj.organization().value()).isEqualTo("Harbor Pay");
    assertThat(aj.dates().present()).isTrue();
    assertThat(aj.bullets()).hasSize(1);
  }

  /**
   * A class's entry command says which argument is which field: the reader claims the entry and
   * its fields, so that a grade's words ("Two month internship") are no title, a year in the
   * description ("Windows Server 2008") heads no entry, a label and its items, or a line of what
   * was used ("\\cvitem{Stack}{…}"), under the command stay the entry's, and a school's name written where the degree goes is still the school.
   */
  @Test
  void moderncvEntriesAreClaimedWithTheirFields() throws Exception {
    String src = """
        \\documentclass{moderncv}
        \\name{Dana}{Whitfield}
        \\begin{document}
        \\makecvtitle
        \\section{Experience}
        \\cventry{2011--2013}{IT Specialist}{Lindenau Services Sp. z o.o.}{Warsaw}{Full time}{Kept the office network running.}
        \\cvitem{}{Responsible for:}
        \\cvlistitem{Windows and Linux servers}
        \\cvlistitem{Database backups}
        \\cvitem{Stack}{Go, Kafka, PostgreSQL}
        \\cventry{2012}{Contract Work}{Quillfeather Sp. z o.o.}{Warsaw}{Ad hoc work}{Set up a small office with a HP server running Windows Server 2008 to share files}
        \\cventry{2010}{Intern-Trainee}{Nordkapp Sp. z o.o.}{Warsaw}{Two month internship}{Supported the site office.}
        \\section{Education}
        \\cventry{2009--2013}{Lindenau Technical University}{Not finished}{Prague}{}{}
        \\end{document}
        """;
    Extraction e = new LatexReader().read(src.getBytes(StandardCharsets.UTF_8));
    assertThat(e.layout().claims()).filteredOn(c -> c instanceof Claim.Entry).hasSize(4);
    Claim.Entry first = (Claim.Entry) e.layout().claims().stream().filter(c -> c instanceof Claim.Entry).findFirst().orElseThrow();
    assertThat(e.text().substring(first.title().offset(), first.title().end())).isEqualTo("IT Specialist");
    assertThat(e.text().substring(first.dates().offset(), first.dates().end())).isEqualTo("2011–2013");
    Resume r = Segmenter.segment(e);
    List<Entry> jobs = r.sections(SectionKind.EXPERIENCE).findFirst().orElseThrow().entries();
    assertThat(jobs).extracting(j -> j.title().value()).containsExactly("IT Specialist", "Contract Work", "Intern-Trainee");
    assertThat(jobs).extracting(j -> j.organization().value())
        .containsExactly("Lindenau Services Sp. z o.o.", "Quillfeather Sp. z o.o.", "Nordkapp Sp. z o.o.");
    assertThat(jobs.get(0).bullets()).extracting(b -> b.text()).containsExactly("Windows and Linux servers", "Database backups");
    assertThat(jobs.get(0).lines()).extracting(l -> l.value()).anyMatch(l -> l.contains("Go, Kafka, PostgreSQL"));
    Entry school = r.sections(SectionKind.EDUCATION).findFirst().orElseThrow().entries().get(0);
    assertThat(school.organization().value()).isEqualTo("Lindenau Technical University");
  }

  /** tabularx takes a width before its columns; neither is text ("@{}X r@{}" stayed in the title). */
  @Test
  void tabularxWidthAndColumnsAreNoText() throws Exception {
    String t = article("", """
        \\section{Experience}
        \\begin{tabularx}{\\linewidth}{@{}X r@{}}
        \\textbf{Machine Learning Engineer}, Carnegie Robotics & Jul 2021 -- Present \\\\
        \\end{tabularx}
        """);
    assertThat(t).contains("Machine Learning Engineer, Carnegie Robotics").doesNotContain("@").doesNotContain("linewidth");
  }

  /**
   * tabu gives its width with no braces before its columns ("to \\textwidth"), read by a parameter
   * that ends at a brace ("#1#{"); a cell's paragraphs are lines of its row, with no blank line
   * between them to part one entry in two.
   */
  @Test
  void tabuWidthIsNoTextAndCellParagraphsStayInTheirRow() throws Exception {
    String t = article("", """
        \\section{Experience}
        \\begin{tabu} to \\textwidth {r|X}
        2019 -- 2021 & {
          {\\bfseries Backend Developer}

          Quillfeather Labs
        } \\\\
        \\end{tabu}
        """);
    assertThat(t).doesNotContain("to ").doesNotContain("r|X").doesNotContain("textwidth")
        .containsPattern("Backend Developer[ \\t]*\\n[ \\t]*Quillfeather Labs");
  }

  /** A plain TeX parameter written against the body's brace ("#1#{") takes what comes before the next "{". */
  @Test
  void parameterDelimitedByABraceLeavesTheBrace() throws Exception {
    String t = article("\\def\\lead#1#{[#1]}", "\\lead Quillfeather Labs {Backend Developer}");
    assertThat(t).contains("[Quillfeather Labs ]Backend Developer");
  }

  /**
   * A margin note shows on the page: layouts that set each section's title in the margin
   * (a \\section redefined to put it in \\marginpar) keep their titles; the table of contents'
   * entry a section writes prints nothing.
   */
  @Test
  void marginNotesPrintAndContentsEntriesDoNot() throws Exception {
    String t = article("\\renewcommand{\\section}[2]{\\phantomsection\\addcontentsline{toc}{section}{#1}\\marginpar{\\scshape #1}#2}",
        "\\section{Work experience}\n\\textbf{Quillfeather} Backend Developer, 2019 -- 2021");
    assertThat(t).containsPattern("(?m)^Work experience$").doesNotContain("toc");
  }

  /** Inside a line a note's words stay on it; inside a list item it is a mark beside the bullet, left out. */
  @Test
  void marginNotesInsideALineOrAnItem() throws Exception {
    String t = article("", """
        \\textbf{Backend Engineer}\\marginpar{\\rule{2mm}{2mm}} at Quillfeather, Berlin \\hfill 2016--2019
        \\begin{itemize}
        \\item Built payments in Go\\marginpar{$\\star$}
        \\end{itemize}
        \\textbf{Junior Developer}, Initech, Hamburg\\marginpar{2012--2016}
        """);
    assertThat(t).contains("Backend Engineer at Quillfeather, Berlin").containsPattern("Built payments in Go\\s*\\n")
        .contains("Junior Developer, Initech, Hamburg 2012–2016");
  }

  /** The marginnote package's note, as CVs that set each post's years in the margin use it. */
  @Test
  void marginnoteSetsYearsOnALineOfTheirOwn() throws Exception {
    String t = article("\\usepackage{marginnote}\n\\newcommand{\\years}[1]{\\marginnote{\\scriptsize #1}}",
        "\\years{2011--2012}Lead developer, Quillfeather Sistemas, S.L.");
    assertThat(t).containsPattern("(?m)^2011–2012\\s*\\n\\s*Lead developer, Quillfeather Sistemas, S.L.");
  }

  /** moderncv's date cell broken over lines ("Mar 2015\\\\--Feb 2017") is one range on one line. */
  @Test
  void moderncvDatesBrokenOverLinesStayOneRange() throws Exception {
    String t = text("""
        \\documentclass{moderncv}
        \\firstname{Dana}\\familyname{Whitfield}
        \\begin{document}
        \\section{Experience}
        \\cventry{Mar 2015\\\\--Feb 2017}{Senior Software Engineer}{Quillfeather}{}{}{Built the ledger.}
        \\end{document}
        """);
    assertThat(t).contains("Mar 2015 –Feb 2017  Senior Software Engineer");
  }

  /**
   * A date cell that stacks its ends with no dash ("December 2020\\\\Present") reads as one
   * range; a range word that opens the second line ("\\\\to July 2020") stands in for the dash.
   */
  @Test
  void moderncvStackedDatesWithoutDashReadAsOneRange() throws Exception {
    String t = text("""
        \\documentclass{moderncv}
        \\firstname{Dana}\\familyname{Whitfield}
        \\begin{document}
        \\section{Experience}
        \\cventry{December 2020 \\\\ Present}{Firmware Engineer}{Nordwind}{Rennes}{}{Built the updater.}
        \\cventry{January 2015 \\\\to July 2020}{Engineer}{Kestrel}{Lyon}{}{Built the ledger.}
        \\end{document}
        """);
    assertThat(t).contains("December 2020 – Present  Firmware Engineer");
    assertThat(t).contains("January 2015 to July 2020  Engineer");
  }

  /** A range broken right after its dash ("Jul/2017 -- \\\\Jan/2019"), in any command, stays one line. */
  @Test
  void aLineBrokenAfterARangesDashGoesOn() throws Exception {
    String t = article("", """
        \\section{Experience}
        \\job{Jul/2017 -- \\\\Jan/2019}{Technology Analyst}{Kestrel}

        Skills -- \\\\ Go
        """);
    assertThat(t).contains("Jul/2017 – Jan/2019  Technology Analyst");
    // "2021 --" before anything but a date is a range still running: the line ends there.
    String running = article("", """
        \\textit{Backend Engineer} \\hfill 2021 --\\\\
        \\textit{Junior Engineer} \\hfill 2019 -- 2021\\\\
        """);
    assertThat(running).containsPattern("2021 –\\s*\\n\\s*Junior Engineer");
    assertThat(t).containsPattern("Skills –\\s*\\n\\s*Go");
  }

  /** The text a source gives. */
  private static String text(String source) throws Exception {
    return new LatexReader().read(source.getBytes(StandardCharsets.UTF_8)).text();
  }

  /** The text of an article with this preamble and body. */
  private static String article(String preamble, String body) throws Exception {
    return text("\\documentclass{article}\n" + preamble + "\n\\begin{document}\n" + body + "\n\\end{document}\n");
  }
}
