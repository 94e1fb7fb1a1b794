package dev.prism.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prism.core.ingest.UnreadableInputException;
import dev.prism.core.ingest.UnreadableInputException.Problem;
import dev.prism.core.model.Claim;
import dev.prism.core.model.Mark;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A source's own macros are expanded with their bodies, as TeX would, and no source can make that run away. */
class LatexMacrosTest {

  private static String doc(String preamble, String body) {
    return "\\documentclass{article}\n" + preamble + "\n\\begin{document}\n" + body + "\n\\end{document}\n";
  }

  @Test
  void newcommandWithArgumentsAndAnOptionalFirstOne() {
    LatexReading r = LatexReading.of(doc("""
        \\newcommand{\\job}[3][Remote]{\\textbf{#2} \\hfill #3 \\\\ \\textit{#1}}
        """, """
        \\job{Platform Engineer}{2021 -- 2023}

        \\job[Oslo, Norway]{Data Engineer}{2019 -- 2021}
        """));
    assertThat(r.cells("Platform Engineer")).containsExactly("Platform Engineer", "2021 – 2023");
    assertThat(r.line("Platform Engineer").style().bold()).isTrue();
    assertThat(r.lines()).contains("Remote", "Oslo, Norway");
    assertThat(r.line("Oslo").style().italic()).isTrue();
  }

  @Test
  void relsizeStepsPrintTheirTextInLine() {
    // An acronym set a little smaller (relsize's \textscale) is a word of its line, not a cell of
    // its own: "IT Consultant" stays one title.
    LatexReading r = LatexReading.of(doc("""
        \\usepackage{relsize}
        \\newcommand*\\acr[1]{\\textscale{.85}{#1}}
        """, """
        \\acr{IT} Consultant \\hfill Nov 2008 -- Feb 2009

        Built the \\textsmaller{MIS} and the \\textlarger[2]{API}\\relsize{-1} for lenders
        """));
    assertThat(r.cells("IT Consultant")).containsExactly("IT Consultant", "Nov 2008 – Feb 2009");
    assertThat(r.lines()).contains("Built the MIS and the API for lenders");
  }

  @Test
  void aSymbolDefinedWithMathpaletteEndsItsMathWhereTheSourceDoes() {
    // A bullet symbol built the way TeX answers recommend, with \mathpalette: its "$" pair closes
    // before the item's words, which keep their spaces.
    LatexReading r = LatexReading.of(doc("""
        \\makeatletter
        \\newcommand*\\bigcdot{\\mathpalette\\bigcdot@{.5}}
        \\newcommand*\\bigcdot@[2]{\\mathbin{\\vcenter{\\hbox{\\scalebox{#2}{$\\m@th#1\\bullet$}}}}}
        \\makeatother
        """, """
        $\\bigcdot$ Designed the ledger service for payouts

        $\\bigcdot$ Ran the release process
        """));
    assertThat(r.lines()).contains("• Designed the ledger service for payouts", "• Ran the release process");
  }

  @Test
  void ragged2esJustifyUsedAsACommandStartsALine() {
    // A template's entry macro sets the header's line, then "\\justify" before the description:
    // ragged2e's environment opens a list there, so the role under it is a line of its own, not
    // glued to the place ("Oslo, NorwayEmbedded Engineer").
    LatexReading r = LatexReading.of(doc("""
        \\usepackage{ragged2e}
        \\newcommand{\\entry}[3]{\\textbf{#1}\\hfill{\\footnotesize #2}%
          \\justify #3\\par}
        """, """
        \\entry{Globex}{Oslo, Norway}{\\emph{Embedded Engineer}
        \\begin{itemize}
        \\item Wrote the device drivers
        \\end{itemize}}
        """));
    assertThat(r.lines()).contains("Embedded Engineer").noneMatch(l -> l.contains("NorwayEmbedded"));
  }

  @Test
  void aGuessedCommandGivenMoreArgumentsThanItAsksForSetsTheRestAsCellsOfTheirOwn() {
    // A class the reader does not know, whose \\cvitem takes date, role, employer and text: the
    // guess from moderncv takes two (date and role), and the arguments left over are the cells of
    // a line of their own after it, not text glued onto the role.
    LatexReading r = LatexReading.of("""
        \\documentclass{quillcv}
        \\begin{document}
        \\cvitem{since 2020}{Backend Developer}{Quillfeather Studios}{Built and ran the booking services.}

        \\namesection{Jordan}{Lee}{Backend Engineer}{jordan@example.com}

        Reach me at \\email{jordan@example.com} {\\small (preferred)} or by phone.
        \\end{document}
        """);
    assertThat(r.cells("since 2020")).containsExactly("since 2020", "Backend Developer");
    assertThat(r.cells("Quillfeather Studios")).containsExactly("Quillfeather Studios", "Built and ran the booking services.");
    // Deedy's \\namesection guessed with three arguments keeps the name whole; a group after a
    // space is the text going on, no argument of the command before it.
    assertThat(r.lines()).contains("Jordan Lee", "jordan@example.com").anyMatch(l -> l.contains("(preferred) or by phone"));
  }

  @Test
  void aGuessedCommandUsedWithAStarAndAnOptionOnlySetsTheOptionAsACell() {
    // CurVe's \\entry*[dates] sets the dates in the margin, the entry's text after it. The class
    // is not there, and the guess for \\entry (friggeri-cv's, four groups) would take the star,
    // the bracket and the date's first digit as its arguments.
    LatexReading r = LatexReading.of("""
        \\documentclass{curve}
        \\begin{document}
        \\entry* [11/2014-\\ldots]
        \\textbf {Backend Engineer at Globex}

        Built the search pipelines.

        \\entry*[2010-2014] \\textbf{Developer at Initech}
        \\end{document}
        """);
    assertThat(r.cells("11/2014")).containsExactly("11/2014-...", "Backend Engineer at Globex");
    assertThat(r.cells("2010-2014")).containsExactly("2010-2014", "Developer at Initech");
    // An option the source never closes is read to the end (here: nothing), and throws nothing.
    assertThatCode(() -> LatexReading.of("\\documentclass{curve}\n\\begin{document}\n\\entry*[")).doesNotThrowAnyException();
  }

  @Test
  void aNameCommandNobodyDefinedGivesOneName() {
    // A class's \setname{given}{family}, not in the source: one name, as moderncv's \name.
    LatexReading r = LatexReading.of("""
        \\documentclass{main}
        \\setname{Ilsa}{Moreno Vance}
        \\setmail{ilsa@example.com}
        \\setposition{Backend Engineer}
        \\begin{document}
        \\makeheader
        \\section{Experience}
        \\end{document}
        """);
    assertThat(r.claims()).containsEntry(Claim.ContactField.NAME, "Ilsa Moreno Vance");
    assertThat(r.lines()).contains("Ilsa Moreno Vance");
  }

  @Test
  void aSeparatorCommandNobodyDefinedPartsTheValuesBesideIt() {
    // A class's separator macro, not in the source: the employer and its address are two cells.
    LatexReading r = LatexReading.of(doc("", """
        \\textbf{Globex \\slashsep \\href{https://globex.example}{globex.example}}

        Ledger \\unknownmark rebuilt
        """));
    assertThat(r.cells("Globex")).containsExactly("Globex", "globex.example");
    // Any other command nobody defined, used alone, is nothing.
    assertThat(r.lines()).contains("Ledger rebuilt");
  }

  @Test
  void aCommandNobodyDefinedGivenOnlyGroupsSetsThemAsItems() {
    // A class's list macro, not in the source: each group is an item, not one run-on line.
    LatexReading r = LatexReading.of(doc("", """
        \\explanation{\\textbf{Backend Engineer}}
        \\createbullets{
          {Built the ledger API in Go.},
          {Ran the \\textbf{Postgres} migration.}
        }
        \\stack{Go}{Kafka}
        \\summary{Plain {words} here}
        """));
    assertThat(r.lines()).contains("Backend Engineer", "- Built the ledger API in Go.", "- Ran the Postgres migration.");
    // Two arguments are cells, not items; text between groups keeps the argument one run.
    assertThat(r.lines()).noneMatch(l -> l.startsWith("- Go") || l.startsWith("- Kafka") || l.startsWith("- words"));
  }

  @Test
  void theSourcesDefinitionWinsOverTheOneTheReaderKnows() {
    // Jake's \resumeItem is known; this source makes it set a label in bold before a colon.
    LatexReading r = LatexReading.of(doc("""
        \\renewcommand{\\resumeItem}[2]{\\item \\textbf{#1}: #2}
        \\providecommand{\\resumeItem}[1]{\\item IGNORED #1}
        \\providecommand{\\tagline}[1]{\\textit{#1}}
        """, """
        \\begin{itemize}
        \\resumeItem{Caching}{cut p99 latency by 40\\%}
        \\end{itemize}
        \\tagline{Builds payment systems}
        """));
    assertThat(r.lines()).contains("- Caching: cut p99 latency by 40%", "Builds payment systems");
    assertThat(r.text()).doesNotContain("IGNORED");
    assertThat(r.line("Builds").style().italic()).isTrue();
  }

  @Test
  void twoArgumentResumeItemWithoutItsDefinitionReadsAsOneBullet() {
    // sb2nov's two-argument \resumeItem, used where its definition lives in another file.
    LatexReading r = LatexReading.of("""
        \\section{Experience}
        \\resumeItemListStart
          \\resumeItem{Ledger}{Rebuilt the ledger service in Go}
          \\resumeItem{Moved billing to Kafka}
        \\resumeItemListEnd
        """);
    assertThat(r.lines()).contains("- Ledger: Rebuilt the ledger service in Go", "- Moved billing to Kafka");
    assertThat(r.line("Ledger").has(Mark.LIST_ITEM)).isTrue();
  }

  @Test
  void plainTexDefinitionsWithParametersDelimitersAndLet() {
    LatexReading r = LatexReading.of(doc("""
        \\def\\role#1#2{#1 at #2}
        \\def\\span#1--#2.{from #1 to #2}
        \\let\\strong\\textbf
        \\def\\stack{Go, Kafka}
        """, """
        \\role{SRE}{Fjord Bank}
        \\span 2019--2022.
        \\strong{Stack:} \\stack
        """));
    assertThat(r.text()).contains("SRE at Fjord Bank").contains("from 2019 to 2022").contains("Stack: Go, Kafka");
  }

  @Test
  void letKeepsTheBuiltInMeaningWhenTheNameIsRedefinedAfter() {
    // Saving \href before redefining it to call the saved copy: TeX binds the copy to the meaning
    // \href had at the \let, so the two never call each other.
    LatexReading r = LatexReading.of(doc("""
        \\let\\plainhref\\href
        \\renewcommand{\\href}[2]{\\plainhref{#1}{#2 (link)}}
        """, """
        \\section{Experience}
        \\textbf{Platform Engineer} \\hfill \\href{https://example.org}{Quillfeather Labs}
        """));
    assertThat(r.text()).contains("Platform Engineer").contains("Quillfeather Labs (link)");
  }

  @Test
  void germanQuoteShorthandsPrintTheirLettersWhereBabelSpeaksGerman() {
    // babel's German (or the old ngerman package) makes "u print ü, "s ß, and "- a hyphenation point.
    String body = """
        \\section{Berufserfahrung}
        \\textbf{Softwareentwickler} \\hfill M"arz 2019 -- heute \\\\
        Gr"o"sere Projekte f"ur Kunden in D"usseldorf, Software"-entwicklung, "`Qualit"at"'
        """;
    for (String german : new String[] {"\\usepackage[ngerman]{babel}", "\\usepackage{ngerman}",
        "\\usepackage[english,german]{babel}"}) {
      LatexReading r = LatexReading.of(doc(german, body));
      assertThat(r.text()).as(german).contains("März 2019").contains("Größere Projekte für Kunden in Düsseldorf")
          .contains("Softwareentwicklung").contains("„Qualität“");
    }
    // Elsewhere the quote is a quote: another main language, or German only as another package's option.
    for (String other : new String[] {"\\usepackage[english]{babel}", "\\usepackage[ngerman,english]{babel}",
        "\\usepackage[main=english,german]{babel}", "\\usepackage[ngerman]{datetime2}"}) {
      assertThat(LatexReading.of(doc(other, "Called it \"unbreakable\" once")).text()).as(other).contains("\"unbreakable\"");
    }
    assertThat(LatexReading.of(doc("\\usepackage[ngerman]{babel}\n\\shorthandoff{\"}", "Called it \"unbreakable\" once")).text())
        .contains("\"unbreakable\"");
  }

  @Test
  void xparseCommandsAndEnvironments() {
    LatexReading r = LatexReading.of(doc("""
        \\NewDocumentCommand{\\entry}{s O{Remote} m m}{\\IfBooleanTF{#1}{\\textit{#3}}{\\textbf{#3}} \\hfill #4 \\\\ #2}
        \\NewDocumentEnvironment{role}{m +b}{\\textbf{#1}\\par #2}{\\par}
        \\newenvironment{employer}[2]{\\textsc{#1} \\hfill #2 \\par}{\\par}
        """, """
        \\entry{Backend Engineer}{2020 -- 2022}

        \\entry*[Lyon, France]{Intern}{2019}

        \\begin{employer}{Quillfeather Labs}{Lyon}
        \\begin{role}{Staff Engineer}
        Led the storage team.
        \\end{role}
        \\end{employer}
        """));
    assertThat(r.cells("Backend Engineer")).containsExactly("Backend Engineer", "2020 – 2022");
    assertThat(r.line("Backend Engineer").style().bold()).isTrue();
    assertThat(r.line("Intern").style().italic()).isTrue();
    assertThat(r.lines()).contains("Remote", "Lyon, France", "Staff Engineer", "Led the storage team.");
    assertThat(r.cells("Quillfeather")).containsExactly("Quillfeather Labs", "Lyon");
    assertThat(r.line("Quillfeather").style().smallCaps()).isTrue();
  }

  @Test
  void conditionalsAreDecided() {
    LatexReading r = LatexReading.of(doc("""
        \\newif\\ifshowphone
        \\showphonetrue
        \\newcommand{\\place}[1]{\\ifx&#1&\\else, #1\\fi}
        \\newcommand{\\dates}[2]{#1\\ifstrempty{#2}{ -- present}{ -- #2}}
        \\NewDocumentCommand{\\org}{o m}{#2\\IfValueT{#1}{ (#1)}}
        """, """
        Acme\\place{Berlin}\\place{}
        \\dates{2020}{} and \\dates{2017}{2019}
        \\org{Globex} \\org[acquired]{Initech}
        \\ifshowphone +49 555 0100 \\else no phone \\fi
        \\iffalse
        An old job, commented out.
        \\fi
        \\ifthenelse{\\equal{a}{b}}{wrong}{right}
        """));
    assertThat(r.text()).contains("Acme, Berlin").contains("2020 – present and 2017 – 2019")
        .contains("Globex Initech (acquired)").contains("+49 555 0100").contains("right")
        .doesNotContain("no phone").doesNotContain("old job").doesNotContain("wrong");
  }

  @Test
  void latex3CodeIgnoresItsWhiteSpaceAndDecidesItsTests() {
    // A class written in LaTeX3 syntax: its white space and line breaks print nothing, "~" is a
    // space, and a test of a blank argument takes one branch, not both.
    LatexReading r = LatexReading.of(doc("""
        \\ExplSyntaxOn
        \\NewDocumentCommand{\\job}{m m m m}{
          \\textbf{#1}
          \\tl_if_blank:nTF {#2}{}{,~#2}~
          @~#3 \\hfill #4
          \\tl_if_empty:nF {#2} {~(team)}
        }
        \\ExplSyntaxOff
        """, """
        \\job{Software Engineer}{Ledger Platform}{Quillstone}{2021 -- 2023}

        \\job{Data Analyst}{}{Nordkapp}{2019 -- 2021}
        """));
    assertThat(r.cells("Software Engineer")).containsExactly("Software Engineer, Ledger Platform @ Quillstone", "2021 – 2023 (team)");
    assertThat(r.cells("Data Analyst")).containsExactly("Data Analyst @ Nordkapp", "2019 – 2021");
  }

  @Test
  void ifthenSwitchesAreSetAndReadAndPrintNothing() {
    LatexReading r = LatexReading.of(doc("""
        \\usepackage{ifthen}
        \\newboolean{started}
        \\newcommand{\\row}[1]{\\ifthenelse{\\boolean{started}}{, }{}#1\\setboolean{started}{true}}
        """, """
        \\row{Go}\\row{Kafka}\\row{Postgres}

        \\setboolean{started}{false}\\row{Docker}
        """));
    assertThat(r.lines()).contains("Go, Kafka, Postgres", "Docker");
    assertThat(r.text()).doesNotContain("true").doesNotContain("false").doesNotContain("started");
  }

  @Test
  void anUnknownIfMacroWithBracedArgumentsHidesNothing() {
    // biblatex's \iffieldundef takes its test and branches in braces. Read as a TeX conditional,
    // it waited for a \fi that never came, and the header it was kept for hid the whole document.
    LatexReading r = LatexReading.of(doc("""
        \\AtEveryBibitem{\\iffieldundef{doi}{}{\\clearfield{url}}}
        """, """
        \\name{Pat Quill}
        \\makecvheader
        Backend Engineer at Globex
        \\ifdim\\textwidth>1in wide\\else narrow\\fi
        \\iffalse
        {\\bf Junior Developer}, an old job
        \\fi
        """));
    assertThat(r.text()).contains("Backend Engineer at Globex").contains("narrow").doesNotContain("wide")
        .doesNotContain("old job");
  }

  @Test
  void aTemplatesOwnSectionCommandMarksItsHeadings() {
    LatexReading r = LatexReading.of(doc("""
        \\newcommand{\\resumeSection}[1]{\\vspace{4pt}{\\large\\textsc{#1}}\\hrule}
        \\newenvironment{cvSection}[1]{{\\Large #1}\\par}{}
        """, """
        \\resumeSection{Experience}
        Built things.
        \\begin{cvSection}{Education}
        Went to school.
        \\end{cvSection}
        """));
    assertThat(r.line("Experience").has(Mark.HEADING)).isTrue();
    assertThat(r.line("Experience").style().smallCaps()).isTrue();
    assertThat(r.line("Education").has(Mark.HEADING)).isTrue();
    assertThat(r.line("Built").has(Mark.HEADING)).isFalse();
  }

  @Test
  void textFromAnArgumentMapsToWhereTheArgumentIsWritten() {
    String src = doc("\\newcommand{\\bullet}[1]{\\item #1}", """
        \\begin{itemize}
        \\bullet{Responsible for the backend}
        \\bullet{Cut costs
          by half}
        \\end{itemize}
        """);
    LatexReader.LatexText t = LatexReader.toText(src);
    String[] source = src.split("\n");
    int at = t.text().indexOf("Responsible");
    assertThat(source[t.sourceLineAt(at) - 1]).contains("Responsible for the backend");
    assertThat(source[t.sourceLineAt(t.text().indexOf("Cut costs")) - 1]).contains("Cut costs");
  }

  @Test
  void macrosThatRunAwayStopTheReadingWithAClearError() {
    for (String hostile : new String[] {
        "\\def\\a{\\a\\a}\\a \\section{Skills} Go",
        "\\newcommand{\\x}{x\\x}\\x",
        "\\def\\b#1{#1#1#1#1#1#1#1#1}\\b{\\b{\\b{\\b{\\b{\\b{\\b{\\b{\\b{\\b{lol}}}}}}}}}}",
        "\\def\\c{\\csname c\\endcsname}\\c",
        "\\newenvironment{e}{\\begin{e}}{}\\begin{e}x\\end{e}"}) {
      assertThatThrownBy(() -> new LatexReader().read(hostile.getBytes(StandardCharsets.UTF_8)))
          .as(hostile)
          .isInstanceOf(UnreadableInputException.class)
          .hasMessageContaining("macros expand")
          .extracting(e -> ((UnreadableInputException) e).problem()).isEqualTo(Problem.CORRUPT);
    }
  }

  @Test
  void aMacroThatAnUnknownCommandInItsOwnBodyTakesAsArgumentDoesNotRunAway() {
    // As a custom size does: the kernel's size command takes the size's own name as its argument
    // and never runs it, so TeX sets this; the reader does not know that command.
    LatexReading r = LatexReading.of(doc("""
        \\makeatletter
        \\renewcommand\\normalsize{\\pkg@setsize\\normalsize{10pt}{12pt}\\let\\@listi\\@listI}
        \\normalsize
        \\def\\tagline{\\pkg@store\\tagline Builds data platforms}
        \\makeatother
        """, """
        \\section{Summary}
        {\\normalsize \\tagline}

        Built the billing API
        """));
    assertThat(r.lines()).contains("Builds data platforms", "Built the billing API");
  }

  @Test
  void aLongSourceWhoseEveryLineGoesThroughManyMacrosReadsWhole() throws Exception {
    // 12,000 lines through a chain of 20 macros each (\\mu to \\ma): more expansions than a short
    // source may make before it counts as running away, fewer than a source this long may.
    StringBuilder src = new StringBuilder("\\def\\ma#1{\\item #1}\n");
    for (char c = 'b'; c <= 'u'; c++) {
      src.append("\\def\\m").append(c).append("#1{\\m").append((char) (c - 1)).append("{#1}}\n");
    }
    src.append("\\section{Experience}\n\\begin{itemize}\n");
    for (int i = 0; i < 12_000; i++) {
      src.append("\\mu{Shipped release ").append(i).append("}\n");
    }
    src.append("\\end{itemize}\n");
    String t = new LatexReader().read(src.toString().getBytes(StandardCharsets.UTF_8)).text();
    assertThat(t).contains("- Shipped release 0\n").contains("- Shipped release 11999\n");
  }

  @Test
  void brokenDefinitionsAndConditionalsLoseNoText() throws Exception {
    String src = """
        \\newcommand{\\broken
        \\def\\odd#1.{#1}
        \\section{Experience}
        \\odd no full stop ever
        \\ifnum\\value{page}>1 Page two \\fi
        Built the billing API
        \\newcommand{\\late}[9]{#9}\\late{1}{2}
        """;
    String t = new LatexReader().read(src.getBytes(StandardCharsets.UTF_8)).text();
    assertThat(t).contains("Built the billing API");
  }
}
