package dev.prism.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prism.core.model.Claim.ContactField;
import dev.prism.core.model.Entry;
import dev.prism.core.model.Field;
import dev.prism.core.model.Resume;
import dev.prism.core.model.SectionKind;
import dev.prism.core.text.Segmenter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The families of LaTeX resumes read end to end: what the reader hands on lets the engine find the
 * person and each job's title, employer and dates, whatever macros the template typesets them with.
 * Every source here is invented, in the shape of a template family.
 */
class LatexTemplatesTest {

  private static Resume read(String source) throws Exception {
    return Segmenter.segment(new LatexReader().read(source.getBytes(StandardCharsets.UTF_8)));
  }

  /** A moderncv document (classic style, Ada Nakamura's title block) around {@code body}, the lines after \makecvtitle. */
  private static String moderncv(String body) {
    return """
        \\documentclass[11pt,a4paper,sans]{moderncv}
        \\moderncvstyle{classic}
        \\name{Ada}{Nakamura}
        \\email{ada@example.com}
        \\begin{document}
        \\makecvtitle
        """ + body + "\\end{document}\n";
  }

  /** The person's name, then per job: title | employer | start – end. */
  private static void reads(Resume r, String name, String... jobs) {
    assertThat(r.contact().name().value()).isEqualTo(name);
    assertThat(jobs(r)).containsExactly(jobs);
  }

  /** Per job: title | employer | start – end (the date alone where the entry gives one). */
  private static List<String> jobs(Resume r) {
    return r.sections(SectionKind.EXPERIENCE).flatMap(s -> s.entries().stream()).map(LatexTemplatesTest::job).toList();
  }

  private static String job(Entry e) {
    return v(e.title()) + " | " + v(e.organization()) + " | "
        + (e.dates() == null ? "-" : e.dates().single() ? e.dates().start().iso()
            : e.dates().start().iso() + " – " + (e.dates().present() ? "present" : e.dates().end().iso()));
  }

  private static String v(Field f) {
    return f == null ? "-" : f.value();
  }

  @Test
  void aPersonalDetailGivenAsTheOptionOfACommandNobodyDefinedIsRead() throws Exception {
    // europasscv: \ecvtelephone[mobile]{landline}, the class not given; the mobile alone is set.
    Resume r = read("""
        \\documentclass{europasscv}
        \\ecvname{Ada Nakamura}
        \\ecvtelephone[+49 151 2345678]{}
        \\ecvemail{ada@example.com}
        \\begin{document}
        \\section{Berufserfahrung}
        \\textbf{Entwicklerin}, Globex GmbH \\hfill 2019 -- 2023
        \\end{document}
        """);
    assertThat(r.contact().phone().value()).isEqualTo("+49 151 2345678");
    assertThat(r.contact().email().value()).isEqualTo("ada@example.com");
  }

  @Test
  void aPlaceholderLeftInTheTemplatesPhoneCommandIsNoPhone() throws Exception {
    // moderncv's example values kept where the person had none: "tel" prints, and is no number.
    Resume r = read("""
        \\documentclass{moderncv}
        \\moderncvstyle{classic}
        \\firstname{Ada}
        \\familyname{Nakamura}
        \\address{adresse}{ville}
        \\phone{tel}
        \\email{ada@example.com}
        \\begin{document}
        \\maketitle
        \\section{Expérience}
        \\cventry{2019--2023}{Ingénieur}{Globex}{Paris}{}{Le service de facturation.}
        \\end{document}
        """);
    assertThat(r.contact().phone()).isNull();
    assertThat(r.contact().email().value()).isEqualTo("ada@example.com");
    reads(r, "Ada Nakamura", "Ingénieur | Globex | 2019 – 2023");
  }

  @Test
  void anIconCommandWithItsSizeAndTextPrintsOnlyTheText() throws Exception {
    // developercv's \icon{name}{size}{text}: the name and the box size are no words of the page.
    String source = """
        \\documentclass[10pt]{developercv}
        \\begin{document}
        {\\Huge\\bfseries Ada Nakamura}\\\\
        \\icon{MapMarker}{12}{Lisbon}\\\\
        \\icon{Phone}{12}{+351 912 345 678}\\\\
        \\icon{At}{12}{\\href{mailto:ada@example.com}{ada@example.com}}\\\\
        \\section{Experience}
        \\textbf{Backend Engineer}, Globex \\hfill 2019 -- 2023
        \\begin{itemize}\\item Built the billing service\\end{itemize}
        \\end{document}
        """;
    Resume r = read(source);
    assertThat(r.contact().phone().value()).isEqualTo("+351 912 345 678");
    assertThat(r.contact().email().value()).isEqualTo("ada@example.com");
    assertThat(new LatexReader().read(source.getBytes(StandardCharsets.UTF_8)).text()).contains("Lisbon")
        .doesNotContain("12Lisbon").doesNotContain("MapMarker");
  }

  @Test
  void aClassTheReaderDoesNotKnowWithItsOwnEntryCommands() throws Exception {
    // The class's commands are defined in its .cls, which the reader never sees: their arguments
    // are cells, the section environment's argument a heading.
    Resume r = read("""
        \\documentclass{cv}
        \\begin{document}
        \\cvheader{Ada Nakamura}{Staff Engineer}{ada@example.com \\hspace{0.35em}$\\cdot$\\hspace{0.35em} +1 555 010 2030}
        \\begin{cvsection}{Experience}
        \\cvjob{Harbor Pay}{Seattle, WA}{Staff Software Engineer}{Mar 2022 -- Present}{%
          \\item Built the token service serving 30K QPS
        }
        \\cvjob{Globex}{Austin, TX}{Software Engineer}{Jan 2016 -- May 2019}{%
          \\item Wrote the order pipeline
        }
        \\end{cvsection}
        \\end{document}
        """);
    assertThat(r.contact().email().value()).isEqualTo("ada@example.com");
    reads(r, "Ada Nakamura", "Staff Software Engineer | Harbor Pay | 2022-03 – present",
        "Software Engineer | Globex | 2016-01 – 2019-05");
  }

  @Test
  void aClassWhoseItemsTakeArguments() throws Exception {
    // tccv's event lists make \item take the dates, the employer and the role, each group on a
    // line of its own: they are the cells of an entry's line, not one item's text run together.
    // One group after an item is still its text.
    Resume r = read("""
        \\documentclass{tccv}
        \\begin{document}
        \\part{Ada Nakamura}
        ada@example.com
        \\section{Experience}
        \\begin{eventlist}
        \\item{Mar - Jun 2016}
             {Tinqueville Lab}
             {Research Intern}

        Built a language for highly variable systems.

        \\item{Apr - Sep 2015}
             {Globex}
             {Engineering Intern}

        \\item{Wrote the energy game's backend.}
        \\end{eventlist}
        \\end{document}
        """);
    reads(r, "Ada Nakamura", "Research Intern | Tinqueville Lab | 2016-03 – 2016-06",
        "Engineering Intern | Globex | 2015-04 – 2015-09");
  }

  @Test
  void aFamilyNameSetOnALineOfItsOwnIsPartOfTheName() throws Exception {
    // moderncv's \firstname and \familyname, the family name pushed down by line breaks: one name.
    Resume r = read("""
        \\documentclass{moderncv}
        \\firstname{Ilsa Maren}
        \\familyname{\\\\ \\\\Marek}
        \\email{ilsa@example.org}
        \\begin{document}
        \\makecvtitle
        \\section{Experience}
        \\cventry{2019--2021}{Engineer}{Globex}{Lyon}{}{Built the ledger.}
        \\end{document}
        """);
    assertThat(r.contact().name().value()).isEqualTo("Ilsa Maren Marek");
  }

  @Test
  void groupsAfterAnItemOfAnItemizeAreItsText() throws Exception {
    // In a list the reader knows, "\item{..}{..}" is a bullet written in pieces: its text, whole.
    Resume r = read("""
        \\documentclass{article}
        \\begin{document}
        Ada Nakamura
        \\section{Experience}
        \\textbf{Senior Engineer}, Globex, Berlin \\hfill 2019 -- 2021
        \\begin{itemize}
        \\item{Built the ingestion pipeline}{ and cut costs by 30\\%}
        \\item {\\bf Go} {services for the billing team}
        \\item Ran the on-call rotation.
        \\end{itemize}
        \\end{document}
        """);
    reads(r, "Ada Nakamura", "Senior Engineer | Globex | 2019 – 2021");
    assertThat(r.sections(SectionKind.EXPERIENCE).findFirst().orElseThrow().entries().get(0).bullets())
        .extracting(b -> b.text())
        .containsExactly("Built the ingestion pipeline and cut costs by 30%", "Go services for the billing team",
            "Ran the on-call rotation.");
  }

  @Test
  void aTemplateWhosePreambleFileIsNotGivenWithItsDateStamps() throws Exception {
    // simple-resume-cv's preamble (another file) defines its date stamps and items: the dates
    // come through with their months.
    Resume r = read("""
        \\documentclass{article}
        \\input{CV-Preamble.tex}
        \\begin{document}
        \\title{Ada Nakamura}
        \\section{Experience}
        {\\textbf{Harbor Pay}}, Seattle, Washington, USA
        \\par
        Database Engineer IV
        \\hfill
        \\DatestampYM{2012}{08} -- Present

        \\BulletItem
        Designed and deployed five Hadoop clusters.

        {\\textbf{Globex}}, Reno, Nevada, USA
        \\par
        Senior Systems Administrator
        \\hfill
        \\DatestampYM{2010}{04} -- \\DatestampYMD{2012}{08}{31}

        \\BulletItem
        Implemented two configuration management installations.
        \\end{document}
        """);
    assertThat(jobs(r)).containsExactly("Database Engineer IV | Harbor Pay | 2012-08 – present",
        "Senior Systems Administrator | Globex | 2010-04 – 2012-08");
  }

  @Test
  void awesomeCvWithAHeaderBuiltFromTheClasssStyleCommands() throws Exception {
    // No \name or \makecvheader: the header calls the class's style commands itself.
    Resume r = read("""
        \\documentclass[]{awesome-cv}
        \\begin{document}
        \\begin{center}
          \\headerfirstnamestyle{Ada} \\headerlastnamestyle{Nakamura} \\\\
          \\vspace{2mm}
          {\\faEnvelope\\ ada@example.com} | {\\faMobile\\ +1 555 010 2030}
        \\end{center}
        \\cvsection{Experience}
        \\begin{cventries}
        \\cventry{Backend Engineer}{Globex}{Berlin}{2019 -- 2021}{\\begin{cvitems}\\item{Built the ledger}\\end{cvitems}}
        \\end{cventries}
        \\end{document}
        """);
    assertThat(r.contact().email().value()).isEqualTo("ada@example.com");
    reads(r, "Ada Nakamura", "Backend Engineer | Globex | 2019 – 2021");
  }

  @Test
  void datesGivenInThePlacesArgumentAreTheDates() throws Exception {
    // The author swapped the last two arguments: the range in the place's, the town in the dates'.
    Resume r = read("""
        \\documentclass[]{awesome-cv}
        \\name{Ada}{Nakamura}
        \\begin{document}
        \\cvsection{Experience}
        \\begin{cventries}
        \\cventry{Backend Engineer}{Globex}{Dec 2020 -- Mar 2024}{(hybrid) Krakow}{\\begin{cvitems}\\item{Built the ledger}\\end{cvitems}}
        \\cventry{Intern}{Initech}{Berlin}{2019 -- 2020}{\\begin{cvitems}\\item{Wrote tests}\\end{cvitems}}
        \\end{cventries}
        \\end{document}
        """);
    reads(r, "Ada Nakamura", "Backend Engineer | Globex | 2020-12 – 2024-03", "Intern | Initech | 2019 – 2020");
    Entry first = r.sections(SectionKind.EXPERIENCE).findFirst().orElseThrow().entries().get(0);
    assertThat(v(first.location())).isEqualTo("(hybrid) Krakow");
  }

  @Test
  void jobsAsTheOuterItemsOfNestedLists() throws Exception {
    // Each job is an item of the outer list, its bullets an inner list: the inner items are set
    // indented, as plain text would indent them, so the outer ones head the entries.
    Resume r = read("""
        \\documentclass{article}
        \\begin{document}
        {\\Huge Ada Nakamura} \\\\ ada@example.com
        \\section{Experience}
        \\begin{itemize}
        \\item \\textbf{Staff Engineer}, Harbor Pay \\hfill Mar 2022 -- Present
          \\begin{itemize}
          \\item Built the token service
          \\item Led four engineers
          \\end{itemize}
        \\item \\textbf{Software Engineer}, Globex \\hfill Jan 2016 -- May 2019
          \\begin{itemize}
          \\item Wrote the order pipeline
          \\end{itemize}
        \\end{itemize}
        \\end{document}
        """);
    reads(r, "Ada Nakamura", "Staff Engineer | Harbor Pay | 2022-03 – present",
        "Software Engineer | Globex | 2016-01 – 2019-05");
    assertThat(r.sections().stream().flatMap(s -> s.entries().stream()).mapToInt(e -> e.bullets().size()).sum()).isEqualTo(3);
  }

  @Test
  void deeplyNestedListsSetNoMoreTextThanTheSourceHolds() {
    // The nested lists' indent stops at LaTeX's four levels: 3000 levels set no quadratic text.
    int depth = 3000;
    String source = "\\documentclass{article}\n\\begin{document}\n\\section{Experience}\n"
        + "\\begin{itemize}\\item x\n".repeat(depth) + "\\end{itemize}\n".repeat(depth) + "\\end{document}\n";
    assertThat(LatexReading.of(source).text().length()).isLessThan(source.length());
  }

  @Test
  void altaCvWithTheTemplatesOwnEmployerBanner() throws Exception {
    Resume r = read("""
        \\documentclass[10pt,a4paper]{altacv}
        \\newcommand{\\cvsubevent}[4]{%
            \\sbox0{{\\textbf{#2}}}%
            \\sbox1{{\\small\\makebox[0.26\\linewidth][l]{\\cvDateMarker~#3}}}%
            \\noindent\\makebox[\\linewidth][s]{\\usebox0\\hfill\\hdashrule[0.5ex]{\\dimexpr\\linewidth-\\wd0\\relax}{0.6pt}{0.5ex}\\hfill\\usebox1}%
          \\medskip\\normalsize
        }
        \\newcommand{\\cveventinv}[4]{%
          {\\large #1}
          \\smallskip\\normalsize
          \\ifstrequal{#4}{}{}{{\\small\\hfill\\makebox[0.1\\linewidth][l]{\\faMapMarker~#4}}}%
          \\ifstrequal{#3}{}{}{{\\small\\hfill\\makebox[0.26\\linewidth][l]{\\faCalendar~#3}}}\\par
        }
        \\begin{document}
        \\name{Ada Nakamura}
        \\tagline{Site Reliability Engineer}
        \\personalinfo{\\location{Lisbon, Portugal} \\email{ada@example.com}}
        \\makecvheader
        \\cvsection{Experience}
        \\cveventinv{Fjord Bank}{}{May 2016 -- Current}{Remote / Lisbon}

        \\cvsubevent{}{Senior Site Reliability Engineer}{January 2021 -- Current}{}
        \\begin{itemize}
          \\item \\small{Moved the platform to Kubernetes}
        \\end{itemize}

        \\cvsubevent{}{Systems Engineer}{May 2016 -- December 2020}{}
        \\begin{itemize}
          \\item \\small{Ran the on-call rotation}
        \\end{itemize}
        \\end{document}
        """);
    reads(r, "Ada Nakamura", "Senior Site Reliability Engineer | Fjord Bank | 2021-01 – present",
        "Systems Engineer | Fjord Bank | 2016-05 – 2020-12");
  }

  @Test
  void altaCvsPhotoOnEitherSideIsNoText() {
    LatexReading r = LatexReading.of("""
        \\documentclass[10pt,a4paper]{altacv}
        \\begin{document}
        \\name{Ada Nakamura}
        \\photoR{2,5cm}{pics/portrait.png}
        \\photoL{2cm}{Globe,Suitcase}
        \\personalinfo{\\email{ada@example.com}}
        \\makecvheader
        \\end{document}
        """);
    assertThat(r.lines()).containsExactly("Ada Nakamura", "ada@example.com");
  }

  @Test
  void tablesWithLinkedEmployersAndANameBesideTheHeadline() throws Exception {
    // res.cls: \name in the body with the headline pushed right; each job a two-column table.
    Resume r = read("""
        \\documentclass[margin,line]{res}
        \\begin{document}
        \\name{ADA NAKAMURA \\hspace{2in} Data Engineer}
        \\begin{resume}
        \\hfill
        \\begin{tabular}{l}
          \\href{mailto:ada@example.com}{ada@example.com} \\\\
        \\end{tabular}
        \\section{EXPERIENCE}
        \\begin{tabular}{p{4.6in} l}
          {\\bf Staff Data Engineer, Platform \\& Operations} & \\emph{June 2022 - January 2023} \\\\
          \\href{https://harbor.example.com}{\\it Harbor Pay} & \\emph{Remote} \\\\
          Data platform at a payments company
        \\end{tabular}
        \\begin{itemize}\\itemsep -2pt
          \\item Maintained the onboarding pipelines
        \\end{itemize}
        \\end{resume}
        \\end{document}
        """);
    reads(r, "ADA NAKAMURA", "Staff Data Engineer, Platform & Operations | Harbor Pay | 2022-06 – 2023-01");
    Entry job = r.sections(SectionKind.EXPERIENCE).findFirst().orElseThrow().entries().get(0);
    assertThat(job.bullets()).extracting(b -> b.text()).containsExactly("Maintained the onboarding pipelines");
  }

  @Test
  void aSidebarTheClassTakesInThePreamble() throws Exception {
    Resume r = read("""
        \\documentclass[12pt]{CVformat}
        \\userinformation{
          \\begin{flushleft}
            {\\Huge Ada Nakamura} \\\\
            \\url{ada.nakamura@example.com} \\\\
            07700 900123 \\\\
            \\profilesection{Skills}
            \\begin{itemize} \\item Embedded Linux \\end{itemize}
          \\end{flushleft}
        }
        \\begin{document}
        \\userinformation
        \\CVHeading{Experience}
        \\CVItem{Vantage Silicon (July 2021 - August 2022)}{\\textbf{FPGA Software Engineer} \\\\
        \\begin{itemize} \\item Wrote the release tooling \\end{itemize}}
        \\end{document}
        """);
    assertThat(r.contact().email().value()).isEqualTo("ada.nakamura@example.com");
    assertThat(r.contact().phone().value()).isEqualTo("07700 900123");
    reads(r, "Ada Nakamura", "FPGA Software Engineer | Vantage Silicon | 2021-07 – 2022-08");
  }

  @Test
  void moderncvEntriesSetTheirDatesInTheMargin() throws Exception {
    Resume r = read(moderncv("""
        \\section{Experience}
        \\cventry{2015--now}{Senior software engineer}{Vltava Logistics s.r.o.}{Prague}{}{Built the routing engine.}
        \\cventry{2012--2015}{Java developer}{Kestrel Systems a.s.}{Brno}{}{Maintained the billing system.}
        \\section{Education}
        \\cventry{2008--2012}{MSc Computer Science}{Czech Technical University}{Prague}{}{}
        """));
    reads(r, "Ada Nakamura", "Senior software engineer | Vltava Logistics s.r.o. | 2015 – present",
        "Java developer | Kestrel Systems a.s. | 2012 – 2015");
  }

  @Test
  void theTermsOfAContractWhereTheEmployerGoesLeaveTheEmployerToTheArgumentThatNamesIt() throws Exception {
    // "\cventry{dates}{title}{CDI - 3 ans ½}{}{Globex (Lyon)}": the kind of contract and how long
    // it ran where moderncv sets the employer, the employer and its town in the next argument.
    Resume r = read(moderncv("""
        \\section{Expériences}
        \\cventry{2017 -- 2020}{Développeuse Front}{CDI - 3 ans ½}{}{Globex (Lyon)}{Refonte du site.}
        \\cventry{2012}{Développeuse .NET}{Stage - 4 mois}{}{Initech (Paris)}{Outils internes.}
        \\cventry{2010 -- 2012}{Développeuse}{Hooli}{Nantes}{}{Le back-office.}
        """));
    reads(r, "Ada Nakamura", "Développeuse Front | Globex | 2017 – 2020", "Développeuse .NET | Initech | 2012",
        "Développeuse | Hooli | 2010 – 2012");
    Entry first = r.sections(SectionKind.EXPERIENCE).findFirst().orElseThrow().entries().get(0);
    assertThat(first.location().value()).isEqualTo("Lyon");
    assertThat(first.lines()).extracting(Field::value).contains("CDI - 3 ans ½");
  }

  @Test
  void anEmployerSetInTheDatesArgumentByTheAuthorsOwnMacroIsTheEntrysEmployer() throws Exception {
    // Authors who want the employer in moderncv's margin beside the years write a macro of their
    // own that sets it apart (bold, larger) and pass it in the dates argument, leaving the
    // employer's argument empty: the emphasised words are the employer, the years the dates, and
    // what follows them a line of the entry's; a stacked "years \\ employer" reads the same.
    Resume r = read(moderncv("""
        \\newcommand{\\Firm}[1]{\\textbf{\\large #1}}
        \\section{Experience}
        \\cventry{05/2031 - 09/2033 \\ \\Firm{Quillstone} \\ Team of 40}{Platform Engineer}{}{Norvale}{}{Built the ledger.}
        \\cventry{02/2028 - 04/2031 \\ \\Firm{Globex}/\\Firm{Initech}}{Backend Developer}{}{Norvale}{}{Ran the billing jobs.}
        \\cventry{2025 -- 2028 \\\\ \\Firm{Hooli}}{Junior Developer}{}{Norvale}{}{Wrote the tests.}
        \\cventry{2022 -- 2025 \\ \\Firm{Norvale Works};}{Intern}{}{Lindenau}{}{Fixed the build.}
        """));
    reads(r, "Ada Nakamura", "Platform Engineer | Quillstone | 2031-05 – 2033-09",
        "Backend Developer | Globex/Initech | 2028-02 – 2031-04", "Junior Developer | Hooli | 2025 – 2028",
        "Intern | Norvale Works | 2022 – 2025");
  }

  @Test
  void aGradeATeamOrASentenceInALaterArgumentIsNoEmployer() throws Exception {
    // Beside the terms of a contract, what the later arguments hold must read as an employer's
    // name for it to stand in: a grade, a team or a sentence there is what the class meant.
    Resume r = read(moderncv("""
        \\section{Experience}
        \\cventry{2019--2023}{Software Engineer}{Contract}{Lyon}{Worked on the payments platform}{Built billing APIs}
        \\cventry{2016--2019}{Developer}{Temporary}{Grenoble}{Excellent}{Maintained the intranet}
        \\cventry{2014--2016}{Developer}{Permanent}{Lyon}{Mobile Team}{Built the app}
        """));
    assertThat(jobs(r)).hasSize(3).noneMatch(j -> j.contains("Worked on") || j.contains("Excellent") || j.contains("Mobile Team"));
    assertThat(r.sections(SectionKind.EXPERIENCE).flatMap(sec -> sec.entries().stream()))
        .extracting(e -> e.title().value()).containsExactly("Software Engineer", "Developer", "Developer");
  }

  @Test
  void moderntimelineEntriesReadTheirYearsAsTheirDates() throws Exception {
    // moderntimeline draws the years as a bar; an end of 0 is a bar that runs on to today.
    Resume r = read("""
        \\documentclass{moderncv}
        \\usepackage{moderntimeline}
        \\name{Ada}{Nakamura}
        \\email{ada@example.com}
        \\begin{document}
        \\makecvtitle
        \\section{Berufstätigkeit}
        \\tlcventry{2016}{0}{Backend-Entwickler}{Vltava Logistik GmbH}{Wien}{}{Betrieb der Bestell-API.}
        \\tlcventry{2012}{2016}{Trainer}{Kestrel Schulungen AG}{in Österreich}{}{Kurse für Java und SQL.}
        \\tldatecventry{2011}{Praktikant}{Globex AG}{Linz}{}{}
        \\end{document}
        """);
    reads(r, "Ada Nakamura", "Backend-Entwickler | Vltava Logistik GmbH | 2016 – present",
        "Trainer | Kestrel Schulungen AG | 2012 – 2016", "Praktikant | Globex AG | 2011");
  }

  @Test
  void resumeClsSectionsAndDeedyColumnsAndRenderCvEntries() throws Exception {
    Resume rsection = read("""
        \\documentclass{resume}
        \\name{Owen Achebe}
        \\address{555-010-2299 \\\\ Leeds, UK}
        \\address{\\href{mailto:owen@example.com}{owen@example.com}}
        \\begin{document}
        \\begin{rSection}{Experience}
        \\begin{rSubsection}{Lumen Freight}{Oct 2020 - Present}{Backend Developer}{Leeds, UK}
        \\item Designed the booking API in Kotlin
        \\end{rSubsection}
        \\end{rSection}
        \\end{document}
        """);
    reads(rsection, "Owen Achebe", "Backend Developer | Lumen Freight | 2020-10 – present");

    // The same environment with its other arguments on the next line, as the class's users often
    // write it: they are arguments still, not the body's text run together.
    Resume wrapped = read("""
        \\documentclass{resume}
        \\name{Owen Achebe}
        \\begin{document}
        \\begin{rSection}{Experience}
        \\begin{rSubsection}{Lumen Freight}
        {Oct 2020 - Present}{Backend Developer}{Leeds, UK} % the class sets these right of the name
        \\item Designed the booking API in Kotlin
        \\end{rSubsection}
        \\end{rSection}
        \\end{document}
        """);
    reads(wrapped, "Owen Achebe", "Backend Developer | Lumen Freight | 2020-10 – present");
    // A body that opens with one group is the body's: its words are not taken for arguments.
    String body = new LatexReader().read("""
        \\documentclass{resume}
        \\begin{document}
        \\begin{rSubsection}{Harrow Mills}
        {\\bfseries Head} of Data
        \\end{rSubsection}
        \\end{document}
        """.getBytes(StandardCharsets.UTF_8)).text();
    assertThat(body).contains("Head of Data");

    Resume deedy = read("""
        \\documentclass[]{deedy-resume-openfont}
        \\begin{document}
        \\namesection{Marta}{Kowalczyk}{\\href{mailto:marta@example.net}{marta@example.net} | 555.010.8899}
        \\begin{minipage}[t]{0.66\\textwidth}
        \\section{Experience}
        \\runsubsection{Quarry Labs}
        \\descript{| Software Engineer Intern}
        \\location{May 2020 – Aug 2020 | Chicago, IL}
        \\begin{tightemize}
        \\item Built a metrics pipeline in Kafka
        \\end{tightemize}
        \\end{minipage}
        \\end{document}
        """);
    reads(deedy, "Marta Kowalczyk", "Software Engineer Intern | Quarry Labs | 2020-05 – 2020-08");

    Resume rendercv = read("""
        \\documentclass[10pt, letterpaper]{article}
        \\newenvironment{onecolentry}{\\begin{adjustwidth}{0 cm + 0.00001 cm}{0 cm + 0.00001 cm}}{\\end{adjustwidth}}
        \\newenvironment{twocolentry}[2][]{
            \\onecolentry
            \\def\\secondColumn{#2}
            \\setcolumnwidth{\\fill, 4.5 cm}
            \\begin{paracol}{2}
        }{
            \\switchcolumn \\raggedleft \\secondColumn
            \\end{paracol}
            \\endonecolentry
        }
        \\begin{document}
            \\begin{header}
                \\fontsize{25 pt}{25 pt}\\selectfont Lena Okafor

                \\mbox{\\href{mailto:lena@example.com}{lena@example.com}}
            \\end{header}
            \\section{Experience}
                \\begin{twocolentry}{
                    June 2021 – present
                }
                    \\textbf{Platform Engineer}, Kestrel Payments -- Lagos, Nigeria\\end{twocolentry}
                \\begin{onecolentry}
                    \\begin{itemize}
                        \\item Moved 40 services from VMs to Kubernetes
                    \\end{itemize}
                \\end{onecolentry}
        \\end{document}
        """);
    reads(rendercv, "Lena Okafor", "Platform Engineer | Kestrel Payments | 2021-06 – present");
  }

  @Test
  void aClassesOwnHeaderCommandPrintsWhatThePreambleGave() {
    // A class the reader has no table for: its \profile holds the contact details, and the body
    // prints them with the class's own header command.
    LatexReading r = LatexReading.of("""
        \\documentclass{vitae}
        \\name{Ada}{Nakamura}
        \\profile{
          \\mobile{+1 555 010 2030}
          \\email{ada@example.com}
        }
        \\begin{document}
        \\makeheader
        \\section{Experience}
        \\end{document}
        """);
    assertThat(r.claims()).containsEntry(ContactField.EMAIL, "ada@example.com")
        .containsEntry(ContactField.PHONE, "+1 555 010 2030");
    assertThat(r.lines().get(r.lines().size() - 1)).isEqualTo("Experience");
  }

  @Test
  void theKeywordsOfThePdfAreNotPrintedWithTheHeader() {
    LatexReading r = LatexReading.of("""
        \\documentclass{vitae}
        \\name{Ada}{Nakamura}
        \\keywords{Go, Kubernetes, Linux}
        \\profile{\\email{ada@example.com}}
        \\begin{document}
        \\makeheader
        \\section{Experience}
        \\end{document}
        """);
    assertThat(r.text()).contains("ada@example.com").doesNotContain("Kubernetes");
  }

  @Test
  void personalDetailsAClassTakesInThePreambleHeadTheText() throws Exception {
    // Europass: \ecvname and the like fill a block the class prints; the reader knows none of them.
    Resume r = read("""
        \\documentclass[english,a4paper]{europasscv}
        \\ecvname{Ines Moreau}
        \\ecvmobile{+33 555 010 200}
        \\ecvemail{ines@example.fr}
        \\begin{document}
        \\begin{europasscv}
        \\ecvpersonalinfo
        \\ecvsection{Work experience}
        \\ecvtitle{2019--Present}{Backend Developer}
        \\ecvitem{}{Lumiere Data, Lyon}
        \\ecvitem{}{\\begin{ecvitemize}\\item Built the export service in Java\\end{ecvitemize}}
        \\end{europasscv}
        \\end{document}
        """);
    reads(r, "Ines Moreau", "Backend Developer | Lumiere Data | 2019 – present");
    assertThat(r.contact().email().value()).isEqualTo("ines@example.fr");
    assertThat(r.contact().phone().value()).isEqualTo("+33 555 010 200");
  }

  @Test
  void aPreambleCommandThatSetsAnEmailAndAPhoneGivesThemWhateverItsName() throws Exception {
    // A package of the author's own sets the contact details in the page footer; the package is
    // not uploaded, so the command is nobody's, and its name says nothing of a person.
    Resume r = read("""
        \\documentclass{article}
        \\usepackage{mytemplate}
        \\SetFooter{+33 555 010 200}{ines@example.fr}{Lyon, France}
        \\SetColours{blue}{grey}
        \\begin{document}
        \\section{Work experience}
        \\textbf{Backend Developer}, Lumiere Data \\hfill 2019 -- Present
        \\end{document}
        """);
    assertThat(r.contact().email().value()).isEqualTo("ines@example.fr");
    assertThat(r.contact().phone().value()).isEqualTo("+33 555 010 200");
  }

  @Test
  void aPreambleCommandWithSomeoneElsesAddressTakesNoPlaceOfThePersonsOwn() throws Exception {
    // A letter's recipient set in the preamble: the body's header still names the person.
    Resume r = read("""
        \\documentclass{mycv}
        \\recipient{Globex Hiring Team}{jobs@globex.example}
        \\begin{document}
        {\\Huge Ines Moreau} \\\\ ines@example.fr \\\\ +33 555 010 200
        \\section{Work experience}
        \\textbf{Backend Developer}, Lumiere Data \\hfill 2019 -- Present
        \\end{document}
        """);
    assertThat(r.contact().name().value()).isEqualTo("Ines Moreau");
    assertThat(r.contact().email().value()).isEqualTo("ines@example.fr");
  }

  /**
   * An article titled "Resume" with the person as its author: the title is no name. A mail link
   * that shows a label before the address gives the address alone.
   */
  @Test
  void anArticleTitledResumeWithItsAuthorAndALabelledMailLink() throws Exception {
    Resume r = read("""
        \\documentclass{article}
        \\begin{document}
        \\title{Resume}
        \\author{Rui Tavares}
        \\maketitle
        \\href{https://linkedin.com/in/rtavares}{LinkedIn} --- \\href{mailto:rui@example.pt}{Personal: rui@example.pt} --- Lisbon
        \\section{Work Experience}
        \\subsection{Backend developer}
        \\textbf{Harbor Pay} \\hfill August 2022 - Current
        \\end{document}
        """);
    assertThat(r.contact().name().value()).isEqualTo("Rui Tavares");
    assertThat(r.contact().email().value()).isEqualTo("rui@example.pt");
  }

  /** Deedy's \namesection given the whole name in one argument and the contact line in the second. */
  @Test
  void deedysNameSectionWithTwoArguments() throws Exception {
    Resume r = read("""
        \\documentclass{deedy-resume-openfont}
        \\begin{document}
        \\namesection{Omar Haddad}{ \\urlstyle{same}
        Giza, Egypt | 0100 555 0123 | \\href{mailto:omar@example.com}{omar@example.com}
        }
        \\section{Experience}
        \\runsubsection{Harbor Pay}
        \\descript{| Backend Engineer}
        \\location{Jan 2020 -- Present | Cairo}
        \\end{document}
        """);
    assertThat(r.contact().name().value()).isEqualTo("Omar Haddad");
    assertThat(r.contact().email().value()).isEqualTo("omar@example.com");
  }

  /**
   * AltaCV's \NewInfoField makes a field command of the header, and LaTeX3 code in the preamble
   * (between \ExplSyntaxOn and \ExplSyntaxOff) defines a command: neither prints its code.
   */
  @Test
  void altacvInfoFieldsAndLatex3CodePrintNoCode() throws Exception {
    String text = new LatexReader().read("""
        \\documentclass{altacv}
        \\ExplSyntaxOn
        \\NewDocumentCommand{\\multilineaddress}{m}{
          \\seq_set_split:Nnn \\l_tmpa_seq {;} {#1}
          \\seq_use:Nn \\l_tmpa_seq {,~}
        }
        \\ExplSyntaxOff
        \\NewInfoField{pronouns}{\\faUser}
        \\begin{document}
        \\multilineaddress{Hafenstrasse 2; 10555 Berlin}
        \\pronouns{she/her}
        \\end{document}
        """.getBytes(StandardCharsets.UTF_8)).text();
    assertThat(text).contains("Hafenstrasse 2").contains("she/her")
        .doesNotContain("_set_split").doesNotContain("tmpa").doesNotContain("pronouns");
  }
}
