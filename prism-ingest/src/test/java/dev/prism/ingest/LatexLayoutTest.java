package dev.prism.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.prism.core.ingest.UnreadableInputException;
import dev.prism.core.ingest.UnreadableInputException.Problem;
import dev.prism.core.model.Claim.ContactField;
import dev.prism.core.model.Extraction;
import dev.prism.core.model.LayoutLine;
import dev.prism.core.model.Mark;
import dev.prism.core.model.ParseWarning;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Each line comes with its cells, its look relative to the body text and its marks; contact details are claimed. */
class LatexLayoutTest {

  @Test
  void cellsComeFromColumnsFlushRightPartsWideSpacesAndArguments() {
    LatexReading r = LatexReading.of("""
        \\begin{tabular*}{\\textwidth}{l@{\\extracolsep{\\fill}}r}
          \\textbf{Backend Engineer} & Mar 2021 -- Present \\\\
          \\textit{Harbor Pay} & Seattle, WA \\\\
        \\end{tabular*}

        Staff Engineer \\hfill 2019 -- 2021

        Ada Nakamura \\hspace{2in} Platform Engineer \\hspace{2pt} at home

        \\cvjobentry{Globex}{Remote}{Site Reliability Engineer}{2017 -- 2019}
        """);
    assertThat(r.cells("Backend Engineer")).containsExactly("Backend Engineer", "Mar 2021 – Present");
    assertThat(r.cells("Harbor Pay")).containsExactly("Harbor Pay", "Seattle, WA");
    assertThat(r.cells("Staff Engineer")).containsExactly("Staff Engineer", "2019 – 2021");
    assertThat(r.cells("Ada Nakamura")).containsExactly("Ada Nakamura", "Platform Engineer at home");
    // A command nobody defined: each argument a cell, on a line of its own.
    assertThat(r.cells("Globex")).containsExactly("Globex", "Remote", "Site Reliability Engineer", "2017 – 2019");
    // The text joins cells with two spaces, as the PDF reader does; the cells are the layout's word.
    assertThat(r.text()).contains("Backend Engineer  Mar 2021 – Present");
  }

  @Test
  void anArgumentThatNamesAPictureIsNoCell() {
    // A class's own command (not in the repository) given a logo beside the entry's fields: the
    // logo is drawn, its file's name never printed, so it is no cell and no text.
    LatexReading r = LatexReading.of("""
        \\cventrywithlogo{2023--2024}{Firmware Engineer}{Globex}{Embedded C, Zephyr}{}{}{pictures/globex-logo.png}

        \\cvbadge{Initech}{logos/initech.PDF}

        \\cvbadge{Hooli}{../logos/hooli.png}

        \\cvbadge{Vandelay}{./pictures/vandelay.jpg}

        \\contactline{Portfolio}{https://example.org/portfolio.pdf}

        \\skillset{Formats}{report.pdf}

        \\cvproject{resume.tex}{A LaTeX resume template with 2k stars}
        """);
    assertThat(r.cells("2023")).containsExactly("2023–2024", "Firmware Engineer", "Globex", "Embedded C, Zephyr");
    assertThat(r.cells("Initech")).containsExactly("Initech");
    assertThat(r.cells("Hooli")).containsExactly("Hooli");
    assertThat(r.cells("Vandelay")).containsExactly("Vandelay");
    assertThat(r.text()).doesNotContain("png").doesNotContain("logos/");
    // A web address, a bare file name and a project named like a file are text to print.
    assertThat(r.cells("Portfolio")).containsExactly("Portfolio", "https://example.org/portfolio.pdf");
    assertThat(r.cells("Formats")).containsExactly("Formats", "report.pdf");
    assertThat(r.cells("resume.tex")).containsExactly("resume.tex", "A LaTeX resume template with 2k stars");
  }

  @Test
  void aTablesColoursPrintNothing() {
    // A heading drawn as a table's row in white on black (colortbl): the colours are no cells.
    LatexReading r = LatexReading.of("""
        \\begin{tabular}{p{0.2\\textwidth}p{0.8\\textwidth}}
          \\multicolumn{2}{c}{\\cellcolor{black} \\textcolor{white}{\\textbf{Work experience}}} \\\\
          \\rowcolor[gray]{0.9} 2019 -- 2021 & Backend Developer at Globex. \\\\
          \\rowcolor{gray!10}[2pt][2pt] 2017 -- 2019 & Developer at Initech. \\\\
        \\end{tabular}

        \\rowcolors[\\hline]{2}{gray!10}{white}
        """);
    assertThat(r.cells("Work experience")).containsExactly("Work experience");
    assertThat(r.cells("2019")).containsExactly("2019 – 2021", "Backend Developer at Globex.");
    // \\rowcolor's overhangs after the colour are no text either.
    assertThat(r.cells("2017")).containsExactly("2017 – 2019", "Developer at Initech.");
    assertThat(r.text()).doesNotContain("black").doesNotContain("gray").doesNotContain("white").doesNotContain("2pt");
  }

  @Test
  void styleIsTheLookOfMostOfTheLineRelativeToTheBodyText() {
    LatexReading r = LatexReading.of("""
        \\documentclass{article}
        \\begin{document}
        {\\Huge\\scshape Ada Nakamura}

        \\section{Experience}
        \\textbf{Senior Platform Engineer} at Harbor Pay

        {\\bfseries Acme} and many more plain words after it

        \\emph{Owned the billing platform end to end}

        \\small Most of the text is small, so small is the body size here, and these words say so at length.
        More small text for the body, so that the body's size is clearly the small one.
        \\end{document}
        """);
    LayoutLine name = r.line("Ada Nakamura");
    assertThat(name.style().smallCaps()).isTrue();
    assertThat(name.style().size()).isGreaterThan(2.5f);
    LayoutLine heading = r.line("Experience");
    assertThat(heading.has(Mark.HEADING)).isTrue();
    assertThat(heading.style().bold()).isTrue();
    assertThat(heading.style().size()).isGreaterThan(1.4f);
    assertThat(r.line("Senior Platform").style().bold()).isTrue();
    assertThat(r.line("Acme").style().bold()).isFalse();
    assertThat(r.line("Owned").style().italic()).isTrue();
    assertThat(r.line("Most of the text").style().size()).isEqualTo(1f);
    assertThat(r.line("Senior Platform").style().size()).isGreaterThan(1.05f);
  }

  @Test
  void titleformatGivesTheHeadingsTheirLook() {
    LatexReading r = LatexReading.of("""
        \\documentclass{article}
        \\usepackage{titlesec}
        \\titleformat{\\section}{\\large\\scshape\\raggedright}{}{0em}{}[\\titlerule]
        \\titleformat{\\subsection}{\\normalsize\\bfseries}{}{0em}{\\MakeUppercase}
        \\begin{document}
        \\section{Projects}
        \\subsection{Open source}
        Maintainer of a Kafka client.
        \\end{document}
        """);
    LayoutLine section = r.line("Projects");
    assertThat(section.has(Mark.HEADING)).isTrue();
    assertThat(section.style().smallCaps()).isTrue();
    assertThat(section.style().bold()).isFalse();
    assertThat(r.lines()).contains("OPEN SOURCE");
    assertThat(r.line("OPEN SOURCE").style().bold()).isTrue();
  }

  @Test
  void itemsOfABulletedListAreListItemsAndOneBulletGoesOnToTheNextItem() {
    LatexReading r = LatexReading.of("""
        \\begin{itemize}[leftmargin=*]
          \\item Moved 40 services to Kubernetes \\\\ with no downtime
          \\item Cut cloud spend by 32\\%,
          \\par saving 1.2M a year
          \\item[--] Wrote the runbooks
        \\end{itemize}
        \\begin{itemize}[label={}]
          \\item \\textbf{Languages}: Go, SQL \\\\ \\textbf{Tools}: Git, Bazel
        \\end{itemize}
        \\begin{description}
          \\item[Cloud:] AWS, GCP
        \\end{description}
        \\begin{enumerate}
          \\item Led the migration
        \\end{enumerate}
        """);
    assertThat(r.lines()).containsSubsequence("- Moved 40 services to Kubernetes with no downtime",
        "- Cut cloud spend by 32%, saving 1.2M a year", "- Wrote the runbooks", "Languages: Go, SQL", "Tools: Git, Bazel",
        "Cloud: AWS, GCP", "- Led the migration");
    assertThat(r.line("Moved").has(Mark.LIST_ITEM)).isTrue();
    assertThat(r.line("Wrote").has(Mark.LIST_ITEM)).isTrue();
    assertThat(r.line("Languages").has(Mark.LIST_ITEM)).isFalse();
    assertThat(r.line("Cloud").has(Mark.LIST_ITEM)).isFalse();
    assertThat(r.line("Led the").has(Mark.LIST_ITEM)).isTrue();
  }

  @Test
  void anItemThatOpensWithATableLaysOutAnEntryNotABullet() {
    LatexReading r = LatexReading.of("""
        \\begin{itemize}
          \\item
            \\begin{tabular*}{0.97\\textwidth}{l@{\\extracolsep{\\fill}}r}
              \\textbf{Tidewater Analytics} & Denver, CO \\\\
              \\textit{Senior Backend Engineer} & Jan 2019 -- Present \\\\
            \\end{tabular*}
            \\begin{itemize}
              \\item Rebuilt the ledger service in Go
            \\end{itemize}
        \\end{itemize}
        """);
    assertThat(r.cells("Tidewater")).containsExactly("Tidewater Analytics", "Denver, CO");
    assertThat(r.cells("Senior Backend")).containsExactly("Senior Backend Engineer", "Jan 2019 – Present");
    assertThat(r.line("Tidewater").has(Mark.LIST_ITEM)).isFalse();
    assertThat(r.line("Rebuilt").has(Mark.LIST_ITEM)).isTrue();
  }

  @Test
  void contactDetailsTheSourceNamesAreClaimed() {
    LatexReading moderncv = LatexReading.of("""
        \\documentclass{moderncv}
        \\name{Dana}{Whitfield}
        \\title{Backend Engineer}
        \\phone[mobile]{+1~555~014~7788}
        \\email{dana@example.com}
        \\social[linkedin]{danaw}
        \\begin{document}
        \\makecvtitle
        \\section{Experience}
        \\cventry{2020--Present}{Engineer}{Harbor Pay}{Seattle}{}{}
        \\end{document}
        """);
    assertThat(moderncv.claims()).containsOnly(entry(ContactField.NAME, "Dana Whitfield"),
        entry(ContactField.HEADLINE, "Backend Engineer"), entry(ContactField.PHONE, "+1 555 014 7788"),
        entry(ContactField.EMAIL, "dana@example.com"), entry(ContactField.LINK, "linkedin.com/in/danaw"));

    // Friggeri's header with a mark set between the two names (\\header{first}{|}{last}{subtitle}):
    // the names make the name, the mark none of it.
    LatexReading friggeri = LatexReading.of("""
        \\documentclass{friggeri-cv}
        \\begin{document}
        \\header{frida}{|}{combe}{java developer}
        \\section{Experience}
        \\end{document}
        """);
    assertThat(friggeri.claims()).containsEntry(ContactField.NAME, "frida combe").containsEntry(ContactField.HEADLINE, "java developer");
    // A fork that sets the contact details in the header as well, its seven groups on lines of their own.
    LatexReading fork = LatexReading.of("""
        \\documentclass{friggeri-cv}
        \\begin{document}
        \\header{Frida}
            { Combe}
            {Java developer}
            {+33 6 00 00 00 00}
            {\\href{mailto:frida@example.org}{frida@example.org}}
            {\\href{https://github.com/fcombe}{fcombe}}
            {\\href{https://www.linkedin.com/in/fcombe/}{fcombe}}
        \\section{Experience}
        \\end{document}
        """);
    assertThat(fork.claims()).containsEntry(ContactField.NAME, "Frida Combe").containsEntry(ContactField.HEADLINE, "Java developer")
        .containsEntry(ContactField.EMAIL, "frida@example.org");
    // A class the reader does not know, whose \\header takes a photo's file between the name and
    // the colour: read by the guess of Friggeri's three groups, the file is no part of the name.
    LatexReading photo = LatexReading.of("""
        \\documentclass{ownclass}
        \\begin{document}
        \\header{Jordan Lee}{jordan-lee.jpg}{Backend engineer}
        \\section{Experience}
        \\end{document}
        """);
    assertThat(photo.claims()).containsEntry(ContactField.NAME, "Jordan Lee");
    assertThat(String.join("\\n", photo.lines())).doesNotContain("jpg");

    LatexReading jake = LatexReading.of("""
        \\begin{center}
          \\textbf{\\Huge Ada Nakamura} \\\\
          \\href{tel:+15550102030}{555-010-2030} $|$ \\href{mailto:ada@example.com}{\\underline{Email}} $|$
          \\href{https://github.com/adan}{\\underline{GitHub}} $|$ \\href{https://ada.example.com}{Ada Nakamura}
        \\end{center}
        \\section{Projects}
        \\href{https://github.com/adan/kafka-replay}{kafka-replay} \\href{mailto:team@example.com}{team@example.com}
        """);
    assertThat(jake.lines()).contains("555-010-2030 | Email (ada@example.com) | GitHub (github.com/adan) | Ada Nakamura");
    assertThat(jake.claims()).containsEntry(ContactField.PHONE, "555-010-2030")
        .containsEntry(ContactField.EMAIL, "ada@example.com").containsEntry(ContactField.LINK, "github.com/adan");
    // Below the first heading a link's target is not shown, and claims no link.
    assertThat(jake.lines()).contains("kafka-replay team@example.com");
    assertThat(jake.t().layout().claims()).hasSize(4);
  }

  @Test
  void aNameSetOverLinesIsOneNameAndOneClaim() {
    // Twenty Seconds' \\cvname given its parts on lines of their own: one name, all of it claimed.
    LatexReading r = LatexReading.of("""
        \\documentclass{twentysecondcv}
        \\cvname{Ana Luísa\\\\[2pt]Costa \\\\*Pereira}
        \\begin{document}
        \\makeprofile
        \\section{Experiencia}
        \\end{document}
        """);
    assertThat(r.claims().get(ContactField.NAME)).isEqualTo("Ana Luísa Costa Pereira");
  }

  @Test
  void aContactCommandBelowTheFirstHeadingIsNoContactDetail() {
    // Deedy's \location sets an entry's dates and place; AltaCV's names where the person lives.
    LatexReading r = LatexReading.of("""
        \\documentclass{deedy-resume-openfont}
        \\begin{document}
        \\namesection{Ada}{Nakamura}{ada@example.com}
        \\section{Experience}
        \\runsubsection{Harbor Pay}
        \\descript{| Backend Engineer}
        \\location{May 2020 -- Present | Seattle, WA}
        \\end{document}
        """);
    assertThat(r.claims()).containsOnlyKeys(ContactField.NAME);
    // The given and the family name, each claimed; the engine reads them as one name.
    assertThat(r.claimed(ContactField.NAME)).containsExactly("Ada", "Nakamura");
    assertThat(r.lines()).contains("May 2020 – Present | Seattle, WA");
  }

  @Test
  void deedysNameCommandGivenANameAndARoleNamesThePersonOnly() throws Exception {
    String src = """
        \\documentclass{deedy-resume-openfont}
        \\begin{document}
        \\namesection{Ada Nakamura}{Senior DevOps Specialist}{Montreal, QC | ada@example.com}
        \\section{Experience}
        \\runsubsection{Harbor Pay}
        \\descript{| Backend Engineer}
        \\location{May 2020 -- Present | Seattle, WA}
        \\end{document}
        """;
    var e = new LatexReader().read(src.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(dev.prism.core.text.Segmenter.segment(e).contact().name().value()).isEqualTo("Ada Nakamura");
    var given = new LatexReader().read(src.replace("{Ada Nakamura}{Senior DevOps Specialist}", "{Ada}{Nakamura}")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(dev.prism.core.text.Segmenter.segment(given).contact().name().value()).isEqualTo("Ada Nakamura");
  }

  @Test
  void inputFilesThatAreNotThereAreNamedInAWarning() throws Exception {
    String src = """
        \\documentclass{article}
        \\input{glyphtounicode}
        \\begin{document}
        \\section{Summary}
        Backend engineer who builds payment services in Go and Java, and keeps them fast and up.
        \\section{Experience}
        \\textbf{Senior Engineer}, Globex \\hfill 2019 -- Present
        \\begin{itemize}
        \\item Cut checkout latency by 40\\% by moving card lookups into a Redis cache in front of Postgres.
        \\item Split the billing monolith into four services with their own schemas and a Kafka outbox.
        \\item Ran the on-call rotation for twelve engineers and wrote the runbooks for every alert we had.
        \\item Built the reconciliation job that matches ledger entries against the bank's daily files.
        \\item Led the move from self-hosted Jenkins to GitHub Actions for thirty repositories in a quarter.
        \\end{itemize}
        \\input{sections/experience}
        \\include{education}
        \\subfile{projects.tex}
        \\end{document}
        """;
    Extraction x = new LatexReader().read(src.getBytes(StandardCharsets.UTF_8));
    assertThat(x.text()).startsWith("Summary\nBackend engineer who builds").contains("Senior Engineer");
    assertThat(x.warnings()).extracting(ParseWarning::code).containsExactly("INPUT_MISSING");
    assertThat(x.warnings().get(0).message())
        .contains("sections/experience", "education", "projects.tex").contains("incomplete").doesNotContain("glyphtounicode");

    String shell = "\\documentclass{article}\n\\begin{document}\n\\input{resume-body}\n\\end{document}\n";
    assertThatThrownBy(() -> new LatexReader().read(shell.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(UnreadableInputException.class).hasMessageContaining("resume-body").hasMessageContaining("no text of its own");

    // A frame: the header is in the main file, every section in files that were not given. It is
    // refused rather than scored as a resume without experience.
    String frame = """
        \\documentclass{article}
        \\newcommand*{\\sectiondir}{sections/}
        \\begin{document}
        {\\Huge Jordan Lee}\\\\
        Backend Developer \\textbullet{} Porto, Portugal \\textbullet{} jordan@example.org \\textbullet{} +351 910 000 000
        \\import{\\sectiondir}{experience.tex}
        \\import{\\sectiondir}{education.tex}
        \\end{document}
        """;
    assertThatThrownBy(() -> new LatexReader().read(frame.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(UnreadableInputException.class, u -> assertThat(u.problem()).isEqualTo(Problem.EMPTY))
        .hasMessageContaining("little text of its own").hasMessageContaining("experience.tex").hasMessageContaining("upload the PDF");

    // As short, but with a dated job of its own: a resume, one optional part missing. Read, and warned.
    String short_ = """
        \\documentclass{article}
        \\begin{document}
        {\\Huge Jordan Lee}\\\\
        jordan@example.org
        \\section{Experience}
        \\textbf{Backend Developer}, Globex \\hfill 2019 -- 2023
        \\begin{itemize}\\item Built the billing service.\\end{itemize}
        \\input{sections/awards}
        \\end{document}
        """;
    assertThat(new LatexReader().read(short_.getBytes(StandardCharsets.UTF_8)).warnings())
        .extracting(ParseWarning::code).containsExactly("INPUT_MISSING");
  }

  @Test
  void aTabbingRowsTabMovesPartCellsAndAKilledRowIsNotPrinted() {
    LatexReading r = LatexReading.of("""
        \\documentclass{res}
        \\begin{document}
        \\begin{tabbing}
        \\hspace{2.3in}\\= \\hspace{2.6in}\\= \\kill % set up two tab positions
        {\\bf Unix Systems Administrator} \\>Quillfeather Labs, \\>Fall 2009 - Present\\\\
        \\>Portland, OR
        \\end{tabbing}
        Caf\\'e owner, \\=o
        \\end{document}
        """);
    assertThat(r.cells("Unix Systems Administrator")).containsExactly("Unix Systems Administrator", "Quillfeather Labs,", "Fall 2009 - Present");
    assertThat(r.lines()).contains("Portland, OR", "Café owner, ō").noneMatch(l -> l.contains("2.3in") || l.contains("2.6in"));

    // A tabbing opened by an environment of the source's own ends with it: the accents after it
    // are accents again.
    LatexReading wrapped = LatexReading.of("""
        \\documentclass{article}
        \\newenvironment{jobtab}{\\begin{tabbing}\\hspace{2in}\\= \\kill}{\\end{tabbing}}
        \\begin{document}
        \\begin{jobtab}
        Engineer \\> Quillfeather \\\\
        \\end{jobtab}
        Universit\\'e de Montr\\'eal, B.Sc.
        \\end{document}
        """);
    assertThat(wrapped.cells("Engineer")).containsExactly("Engineer", "Quillfeather");
    assertThat(wrapped.lines()).contains("Université de Montréal, B.Sc.");
  }

  @Test
  void anEnvironmentNamedLikeASectionThatLaysOutARowHeadsNothing() {
    // A user's "section" that prints its optional argument in a label column beside the
    // mandatory one is a row of two cells; a user's "cvsection" of one argument is a heading.
    LatexReading r = LatexReading.of("""
        \\documentclass{article}
        \\renewenvironment{section}[2][\\hfill]{\\begin{minipage}[t]{0.2\\columnwidth}#1\\end{minipage}\\begin{minipage}[t]{0.8\\columnwidth}#2\\end{minipage}}{\\par}
        \\newenvironment{cvsection}[1]{\\par{\\bfseries\\large #1}\\par}{\\par}
        \\begin{document}
        \\begin{cvsection}{Experience}
        \\begin{section}[Sep 2014 -- Dec 2014]{Silicon Validation}\\end{section}
        \\begin{section}{Quillfeather Inc}\\end{section}
        \\end{cvsection}
        \\end{document}
        """);
    assertThat(r.line("Experience").has(Mark.HEADING)).isTrue();
    assertThat(r.line("Sep 2014").has(Mark.HEADING)).isFalse();
    assertThat(r.line("Quillfeather Inc").has(Mark.HEADING)).isFalse();
  }

  @Test
  void whatAColumnSpecificationSetsBetweenColumnsIsPrintedInEveryRow() {
    // "@{\enspace--\enspace}" between the start and the end: the dash TeX prints in each row,
    // without which the row holds two dates and no range. Column types, widths, rules and the
    // declarations of >{..} print nothing; *{n}{..} repeats.
    LatexReading r = LatexReading.of("""
        \\begin{tabular}{@{}l@{\\enspace--\\enspace}ll}
          \\textbf{2021 Mar.} & Present & Tech Lead at Globex. \\\\
          \\textbf{2019 Jun.} & \\textbf{2021 Mar.} & Developer at Globex. \\\\
        \\end{tabular}

        \\begin{tabularx}{\\textwidth}{|>{\\bfseries}p{3cm}|*{2}{X@{ / }}r|}
          Initech & Lyon & Remote & 2016 \\\\
        \\end{tabularx}
        """);
    assertThat(r.cells("2021 Mar.")).containsExactly("2021 Mar.", "– Present", "Tech Lead at Globex.");
    assertThat(r.cells("2019 Jun.")).containsExactly("2019 Jun.", "– 2021 Mar.", "Developer at Globex.");
    assertThat(r.cells("Initech")).containsExactly("Initech", "Lyon", "/ Remote", "/ 2016");
    // Glue between columns is space, not text; hostile specifications are read within bounds:
    // repeats with no column to stop them, and expressions repeated into every gap.
    LatexReading glue = LatexReading.of("""
        \\begin{tabular}{l@{\\hskip 3pt plus 1fil}r}
          Globex & 2016 \\\\
        \\end{tabular}
        """);
    assertThat(glue.cells("Globex")).containsExactly("Globex", "2016");
    LatexReading hostile = LatexReading.of("""
        \\begin{tabular}{*{64}{*{64}{*{64}{*{64}{*{64}{*{64}{|}}}}}}}l*{64}{*{64}{@{x}}}r}
          Globex & 2016 \\\\
        \\end{tabular}
        """);
    assertThat(String.join(" ", hostile.lines()).length()).isLessThan(400);
  }

  @Test
  void aListItemsHeaderBrokenBeforeItsDatedLineIsTwoLines() {
    // "\\" inside a bulleted item is a blank (a wrapped bullet goes on), but an item that opens
    // with a header's first line, its dates on the line after the break, is a header of two lines.
    LatexReading r = LatexReading.of("""
        \\begin{itemize}
        \\item \\textbf{Globex, Payments}---Seattle, WA \\\\ \\textit{Engineer: March 2014-Present}
          \\begin{itemize}
          \\item Built the sign-in pages \\\\ for every store.
          \\end{itemize}
        \\end{itemize}
        """);
    assertThat(r.lines()).hasSize(3);
    assertThat(r.lines().get(0)).isEqualTo("- Globex, Payments—Seattle, WA");
    assertThat(r.lines().get(1).strip()).isEqualTo("Engineer: March 2014-Present");
    assertThat(r.lines().get(2).strip()).isEqualTo("- Built the sign-in pages for every store.");
    // A bullet's next sentence that names its years is no header's dated line: the item goes on.
    LatexReading bullets = LatexReading.of("""
        \\begin{itemize}
        \\item \\textbf{Backend} \\\\ Built the billing API in 2019-2020 for the new shop.
        \\item \\textbf{Search} \\\\ Rewrote the indexer, 2020 -- 2021, in Rust.
        \\end{itemize}
        """);
    assertThat(bullets.lines()).containsExactly("- Backend Built the billing API in 2019-2020 for the new shop.",
        "- Search Rewrote the indexer, 2020 – 2021, in Rust.");
  }

  @Test
  void aHeadersRoleInBoldAndEmployerPlainBesideItAreCellsApart() {
    // "{\bf Role} Employer \hfill Dates": the change of weight is the only separator the template
    // writes. A list item's bold lead word, a line with no cells, and a single bold word stay whole.
    LatexReading r = LatexReading.of("""
        {\\bf Visiting Assistant Professor in Computer Science} Northfield Institute of Technology\\hfill Sep 2021 - Present

        {\\bf Senior Engineer} Globex

        {\\bf Owner} Quill Software\\hfill 2010 - 2017

        \\begin{itemize}
        \\item \\textbf{Led the team} of five engineers\\hfill 2019
        \\end{itemize}
        """);
    assertThat(r.cells("Visiting")).containsExactly("Visiting Assistant Professor in Computer Science",
        "Northfield Institute of Technology", "Sep 2021 - Present");
    assertThat(r.cells("Senior Engineer")).containsExactly("Senior Engineer Globex");
    assertThat(r.cells("Owner")).containsExactly("Owner Quill Software", "2010 - 2017");
    assertThat(r.cells("Led")).containsExactly("Led the team of five engineers", "2019");
  }

  @Test
  void anIconsNameBesideAHeadingOrInAnIconCommandPrintsNothing() {
    // A class the reader was not given made \section take the icon to draw as a second argument,
    // and its \contacticon draw one; its \contactlink completes the link from a scheme. Words in
    // such a group are text.
    LatexReading r = LatexReading.of("""
        \\section{Work Experience}{briefcase}
        \\section{Education}{graduation-cap}
        \\section{Skills}{Go and Kafka}
        \\contacticon{phone-alt} \\contactlink{tel:}{+1 555 0100}

        \\contactlink{mailto:}{ada@example.org}
        """);
    assertThat(r.lines()).containsExactly("Work Experience", "Education", "Skills", "Go and Kafka", "+1 555 0100",
        "ada@example.org");
    // A user name in an icon command is text; only an icon the fonts draw is not.
    LatexReading names = LatexReading.of("""
        \\contacticon{github}{adaquill}

        \\linkedinicon{ada-quill}
        """);
    assertThat(names.lines()).containsExactly("adaquill", "ada-quill");
  }

  @Test
  void aSourceWhoseWordsMostlyDoNotComeThroughSaysSo() throws Exception {
    // Every job drawn as a node placed on its own inside a picture: TeX prints it, the reader keeps
    // only a picture's matrices (a node placed anywhere is a drawing's label as often as not).
    StringBuilder jobs = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      jobs.append("\\node[right] at (0,").append(i).append(") {Senior Backend Engineer at Harbor"
          + " Payments building settlement services and ledgers for merchants};\n");
    }
    String drawn = "\\documentclass{article}\n\\usepackage{tikz}\n\\begin{document}\nAda Nakamura\n"
        + "\\begin{tikzpicture}\n" + jobs + "\\end{tikzpicture}\n\\end{document}\n";
    Extraction x = new LatexReader().read(drawn.getBytes(StandardCharsets.UTF_8));
    assertThat(x.warnings()).extracting(ParseWarning::code).containsExactly("TEXT_NOT_READ");
    assertThat(x.warnings().get(0).message()).contains("only about 1% of the words").contains("upload the PDF");

    // The same words as text are read; so is a body whose hidden blocks and comments hold many
    // more words than the page, and a body too short to weigh.
    String written = drawn.replace("\\begin{tikzpicture}", "").replace("\\end{tikzpicture}", "")
        .replaceAll("\\\\node\\[right\\] at \\(0,\\d+\\) \\{([^}]*)\\};", "$1\\\\\\\\");
    assertThat(new LatexReader().read(written.getBytes(StandardCharsets.UTF_8)).warnings()).isEmpty();
    String hidden = "\\documentclass{article}\n\\begin{document}\nAda Nakamura, backend engineer.\n"
        + "\\iffalse\n" + jobs + "\\fi\n\\begin{comment}\n" + jobs + "\\end{comment}\n"
        + jobs.toString().replaceAll("(?m)^", "% ") + "\\end{document}\n";
    assertThat(new LatexReader().read(hidden.getBytes(StandardCharsets.UTF_8)).warnings()).isEmpty();
    // Addresses behind links, list options and colours are not printed, and count for nothing.
    StringBuilder linked = new StringBuilder("\\documentclass{article}\n\\begin{document}\nAda Nakamura\n"
        + "\\begin{itemize}[leftmargin=0.15in, label={}, itemsep=-2pt, topsep=0pt]\n");
    for (int i = 0; i < 12; i++) {
      linked.append("\\item \\textcolor{darkgray}{Built} \\href{https://github.com/adanakamura/settlement-service-")
          .append(i).append("/blob/main/documentation/architecture-overview}{ledger ").append(i).append("}\n");
    }
    linked.append("\\end{itemize}\n\\end{document}\n");
    assertThat(new LatexReader().read(linked.toString().getBytes(StandardCharsets.UTF_8)).warnings()).isEmpty();
    String shortDrawn = drawn.replace(jobs, jobs.substring(0, jobs.indexOf("\n") + 1));
    assertThat(new LatexReader().read(shortDrawn.getBytes(StandardCharsets.UTF_8)).warnings()).isEmpty();
  }

  @Test
  void whatAPreambleCommandGivesIsPrintedWhereTheBodyAsksForIt() {
    LatexReading r = LatexReading.of("""
        \\documentclass{CVformat}
        \\sidebar{
          {\\Huge Ada Nakamura} \\\\
          \\url{ada@example.com} \\\\
          \\profilesection{Skills}
          Go, SQL
        }
        \\contacts{+1 555 010 2030}
        \\motto{Stay curious}
        \\begin{document}
        \\sidebar
        \\CVHeading{Experience}
        \\CVItem{Harbor Pay (2020 - 2023)}{\\textbf{Backend Engineer}}
        \\end{document}
        """);
    // The person's details by the class's own names head the text; the sidebar stands where the
    // body prints it; what the body never asks for is not printed.
    assertThat(r.lines()).containsSubsequence("+1 555 010 2030", "Ada Nakamura", "ada@example.com", "Skills", "Go, SQL",
        "Experience");
    assertThat(r.text()).doesNotContain("Stay curious");
    assertThat(r.line("Skills").has(Mark.HEADING)).isTrue();
    assertThat(r.line("Experience").has(Mark.HEADING)).isTrue();
    assertThat(r.claims()).containsEntry(ContactField.EMAIL, "ada@example.com");
    assertThat(r.cells("Harbor Pay")).containsExactly("Harbor Pay (2020 - 2023)", "Backend Engineer");
  }

  @Test
  void theKernelsTitleIsPrintedOnlyByMaketitleAndBeforeTheAuthor() {
    // In a standard class \title only keeps its text for \maketitle; a class table's guess
    // (moderncv prints its \title as a headline where it stands) must not take it.
    LatexReading kept = LatexReading.of("""
        \\documentclass{article}
        \\title{CV_Ada_Nakamura_2024}
        \\author{Ada Nakamura}
        \\begin{document}
        {\\Large Ada Nakamura} \\\\
        \\href{mailto:ada@example.com}{ada@example.com}
        \\section{Experience}
        \\end{document}
        """);
    assertThat(kept.text()).doesNotContain("CV_Ada");
    assertThat(kept.lines().get(0)).isEqualTo("Ada Nakamura");
    assertThat(kept.claims()).doesNotContainKey(ContactField.HEADLINE);
    LatexReading made = LatexReading.of("""
        \\documentclass{article}
        \\author{Ada Nakamura}
        \\title{Curriculum Vitae}
        \\begin{document}
        \\maketitle
        \\section{Experience}
        \\end{document}
        """);
    assertThat(made.lines()).containsSubsequence("Curriculum Vitae", "Ada Nakamura", "Experience");
    // Given in the body, the title, the author and the date print only under \maketitle, each on
    // lines of its own: never side by side where they stand.
    LatexReading body = LatexReading.of("""
        \\documentclass{article}
        \\begin{document}
        \\title{Professional Resume}
        \\author{Ada Nakamura}
        \\date{December 2019}
        \\maketitle
        \\section{Experience}
        \\end{document}
        """);
    assertThat(body.lines()).containsExactly("Professional Resume", "Ada Nakamura", "December 2019", "Experience");
    // In the standard classes' sizes: the title \LARGE, the author \large. A resume's title is
    // often the person's name, under contact lines a class set before it.
    assertThat(body.line("Professional Resume").style().size()).isGreaterThan(body.line("Ada Nakamura").style().size());
    assertThat(body.line("Professional Resume").style().size()).isGreaterThan(body.line("Experience").style().size());
    LatexReading named = LatexReading.of("""
        \\documentclass{simplecv}
        \\begin{document}
        \\leftheader{+34 600 000 000\\\\ \\texttt{dana@example.org}}
        \\title{Dana Quill}
        \\maketitle
        \\section{Experience}
        \\end{document}
        """);
    assertThat(named.lines()).containsSubsequence("Dana Quill", "Experience");
    assertThat(named.lines().stream().filter(l -> l.equals("Dana Quill")).count()).isEqualTo(1);
    assertThat(named.line("Dana Quill").style().size()).isGreaterThan(named.line("Experience").style().size());
    // Without \maketitle the kernel's author prints nowhere; a class's own header prints it.
    LatexReading none = LatexReading.of("""
        \\documentclass{article}
        \\author{Ada Nakamura}
        \\begin{document}
        \\section{Experience}
        \\end{document}
        """);
    assertThat(none.text()).doesNotContain("Ada Nakamura");
    LatexReading header = LatexReading.of("""
        \\documentclass{article}
        \\author{Ada Nakamura}
        \\begin{document}
        \\makecvheader
        \\section{Experience}
        \\end{document}
        """);
    assertThat(header.lines()).containsSubsequence("Ada Nakamura", "Experience");
  }

  @Test
  void anAddressTheSourceKeepsInAMacroOfItsOwnIsPrintedAndClaimed() {
    LatexReading r = LatexReading.of("""
        \\documentclass{article}
        \\newcommand{\\mail}{ada@example.com}
        \\newcommand{\\site}{https://git.example.org/ada}
        \\newcommand{\\repo}{\\site/ledger}
        \\begin{document}
        {\\Huge Ada Nakamura}\\par
        \\url{\\site}\\par
        \\href{mailto:\\mail}{\\mail}
        \\section{Projects}
        Ledger: \\url{\\repo}
        \\end{document}
        """);
    assertThat(r.lines()).contains("https://git.example.org/ada", "Ledger: https://git.example.org/ada/ledger");
    assertThat(r.claims()).containsEntry(ContactField.EMAIL, "ada@example.com")
        .containsEntry(ContactField.LINK, "https://git.example.org/ada");
  }

  @Test
  void paracolsNextColumnIsReadAfterTheLastOneUnlessItStartsBesideIt() {
    LatexReading r = LatexReading.of("""
        \\documentclass{article}
        \\begin{document}
        \\begin{paracol}{2}
        \\section{Experience}
        Built the billing API
        \\switchcolumn
        Go, SQL, Kubernetes
        \\switchcolumn*
        2019 -- 2021
        \\switchcolumn
        Platform Engineer
        \\end{paracol}
        \\end{document}
        """);
    assertThat(r.lines()).contains("Built the billing API", "Platform Engineer");
    assertThat(r.cells("Go, SQL")).containsExactly("Go, SQL, Kubernetes", "2019 – 2021");
  }

  @Test
  void aNodeGivenATextWidthIsABoxOfRunningText() {
    // A hand-made layout that draws each block of the page as a shadowed node: the node's text
    // width makes it a paragraph box, whose text prints, a block of its own; a node without one
    // (a label placed on the drawing) stays out.
    LatexReading r = LatexReading.of("""
        \\newcommand{\\boxedtitle}[1]{\\tikz[baseline=(t.base)]{\\node[fill=teal, text width=\\linewidth] (t) {\\bfseries #1};}}
        \\newcommand{\\boxedcontent}[1]{\\tikz{\\node[draw=white, text width=\\linewidth, align=left] (c) {#1};}}
        \\boxedtitle{Berufserfahrung}\\\\[2pt]
        \\boxedcontent{%
          \\textbf{Software-Ingenieur} -- Quillo -- Finanzen\\\\
          2022-05 / aktuell, Zürich (CH)
        }
        \\tikz{\\node[above] at (0,1) {a label};}
        After the boxes.
        """);
    assertThat(r.lines()).containsExactly("Berufserfahrung", "Software-Ingenieur – Quillo – Finanzen",
        "2022-05 / aktuell, Zürich (CH)", "After the boxes.");

    // A timeline's years and names placed on the drawing, each with a text width, are its labels.
    LatexReading timeline = LatexReading.of("""
        \\begin{tikzpicture}
        \\node[text width=2cm, align=center] at (0,-0.5) {2016};
        \\node[text width=3cm, right=of a] (b) {Initech};
        \\end{tikzpicture}

        Software Engineer, Globex
        """);
    assertThat(timeline.lines()).containsExactly("Software Engineer, Globex");
  }

  @Test
  void aPictureKeepsItsMatrixRowsAndDropsTheDrawing() {
    // A contact list set as a TikZ matrix of icon and detail: its rows, the text of the nodes in
    // its cells, a rating drawn inside a cell dropped. Nodes placed on their own (a photo, a label
    // along a path, a template's macro that draws one) stand anywhere and are left out, with the
    // coordinates, options, names and semicolons.
    LatexReading r = LatexReading.of("""
        \\newcommand\\evdate[1]{\\node[left] {\\footnotesize #1};}
        \\begin{tikzpicture}[every node/.style={inner sep=0pt}]
          \\node[circle, minimum size=2cm] (photo) at (0,0) {\\includegraphics{me.png}};
          \\matrix [column sep=5pt, row sep=4pt] (contact) {
            \\node{\\faEnvelope}; & \\node{\\href{mailto:ada@example.org}{ada@example.org}}; \\\\
            \\node{\\faPhone}; & \\node{+49 30 1234 5678}; \\\\
            \\node{\\faStar}; & \\node{Go \\tikz{\\fill (0,0) circle (2pt);}}; \\\\
          };
          \\draw[gray] (0,-1) -- node[above, font=\\small] {Kafka and Go} (4,-1);
          \\evdate{2019 -- 2023}
        \\end{tikzpicture}

        After the picture.
        """);
    assertThat(r.lines()).containsExactly("ada@example.org", "+49 30 1234 5678", "Go", "After the picture.");
    assertThat(r.cells("ada@")).containsExactly("ada@example.org");

    // A template's timeline macro the reader was not given keeps its arguments' text, and inside
    // a matrix row each cell stays on the row.
    LatexReading timeline = LatexReading.of("""
        \\begin{tikzpicture}
        \\matrix{
          \\when{May 2021} & \\event{Backend Engineer, Globex}{Ran the billing service.} \\\\
        };
        \\end{tikzpicture}
        """);
    assertThat(timeline.cells("May 2021")).containsExactly("May 2021", "Backend Engineer, Globex", "Ran the billing service.");

    // Outside a matrix too: a timeline class's macro the reader was not given, used in a picture,
    // draws its text (\workitem{x}{y}{year}{the job}); its coordinates are no text, and a path
    // drawn beside it prints nothing.
    LatexReading drawnJobs = LatexReading.of("""
        \\begin{tikzpicture}
        \\draw (0,10) -- (0,0);
        \\workitem{0}{9.5}{2019}{Globex, Lyon\\\\ Backend Engineer (Jun 2021 -- Present)}
        \\end{tikzpicture}
        """);
    assertThat(drawnJobs.lines()).hasSize(2).endsWith("Backend Engineer (Jun 2021 – Present)");
    assertThat(drawnJobs.cells("2019")).containsExactly("2019", "Globex, Lyon");
    // A drawing's macro prints nothing: PGF's own, and one whose arguments are a colour and a sum
    // (a skill bar), not words.
    LatexReading bars = LatexReading.of("""
        Go \\begin{tikzpicture}\\pgfmathsetmacro{\\lvl}{0.8*5} \\pgfsetfillcolor{accent} \\skillbar{accent}{4}\\end{tikzpicture}
        """);
    assertThat(bars.lines()).containsExactly("Go");
    // Each such entry stands on a line of its own, as outside a picture.
    LatexReading schools = LatexReading.of("""
        \\begin{tikzpicture}
        \\educationitem{2}{1.7}{M.Tech in Software Engineering}{Northfield University}{(Sep 2017 - June 2021)}{2017}
        \\educationitem{2}{.7}{Bachelor in Computer Applications}{Lakeside University}{(Aug 2013 - May 2017)}{2013}
        \\end{tikzpicture}
        """);
    assertThat(schools.cells("M.Tech")).containsExactly("M.Tech in Software Engineering", "Northfield University",
        "(Sep 2017 - June 2021)", "2017");
    assertThat(schools.cells("Bachelor")).containsExactly("Bachelor in Computer Applications", "Lakeside University",
        "(Aug 2013 - May 2017)", "2013");

    // Hostile pictures: a node whose place never ends in a text, a matrix never opened, a picture
    // never closed. Each is read once, ahead and back, and what follows a broken node is no text.
    String broken = "\\begin{tikzpicture}\\node" + " (a) at (0,0)".repeat(50_000) + " node".repeat(50_000)
        + " \\matrix [x]" + "(".repeat(70) + "\n\nStill drawing.";
    assertThat(LatexReading.of(broken).lines()).isEmpty();

    // An inline picture is a box in its line: a drawn dot leaves the words around it on the line.
    assertThat(LatexReading.of("Rated Go \\tikz{\\fill (0,0) circle (2pt);} highly.\n").lines())
        .containsExactly("Rated Go highly.");
  }

  @Test
  void anItemThatOpensWithAnEntrysHeaderBreaksAfterItsDates() {
    // "\\" inside a bullet is a blank (the bullet goes on), but after an item's closing date range
    // it ends the entry's header: the description below is no part of it.
    LatexReading r = LatexReading.of("""
        \\begin{itemize}
          \\item[--] \\textbf{Lead SRE} -- Globex (France) : juillet 2018 - mars 2019\\\\
            \\textit{Globex sells online. I led a team of four.}
          \\item Rebuilt the billing service\\\\ and its ledger.
        \\end{itemize}
        """);
    assertThat(r.lines()).containsExactly("- Lead SRE – Globex (France) : juillet 2018 - mars 2019",
        "  Globex sells online. I led a team of four.", "- Rebuilt the billing service and its ledger.");
  }

  @Test
  void aKnownTemplatesCommandGivenFewerGroupsThanItTakesIsAnotherTemplates() {
    // AltaCV's \\cvevent takes four groups; a class the reader does not know defines one of two.
    // Its two groups are a line's cells, and the commands after it keep their meaning (the
    // length after \\vspace is no text).
    LatexReading r = LatexReading.of("""
        \\documentclass{my-own-cv}
        \\begin{document}
        \\cvevent{Bachelor of Software Engineering}{State University}
        \\vspace{0.2cm}
        Studied distributed systems.
        \\end{document}
        """);
    assertThat(r.lines()).containsExactly("Bachelor of Software Engineering  State University", "Studied distributed systems.");
  }

  @Test
  void settingsIconsAndLengthsAreNoText() {
    LatexReading r = LatexReading.of("""
        \\begin{itemize}\\itemsep -2pt \\setlength{\\parskip}{0pt}
          \\item \\faGithub\\ Maintains a Kafka client \\hfill \\faCalendar~2019
        \\end{itemize}
        \\setlist{leftmargin=*}\\staticbox{1}{Real text}
        \\begin{tikzpicture}\\draw[thick] (0,0) -- (1,1) -- cycle; \\fill (2,2) circle (3pt);\\end{tikzpicture}

        \\textcolor{blue}{Blue words} \\color{red} \\hypersetup{colorlinks=true}
        """);
    assertThat(r.lines()).containsExactly("- Maintains a Kafka client  2019", "Real text", "Blue words");
  }
}
