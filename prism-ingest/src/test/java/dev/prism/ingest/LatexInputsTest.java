package dev.prism.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prism.core.model.Extraction;
import dev.prism.core.model.ParseWarning;
import dev.prism.core.model.Resume;
import dev.prism.core.model.SectionKind;
import dev.prism.core.text.Segmenter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A LaTeX main file read from disk with the files it inputs, as TeX reads them (LatexInputs). */
class LatexInputsTest {
  @TempDir Path dir;

  private static final String MAIN = """
      \\documentclass{article}
      \\begin{document}
      {\\Huge Casey Moreau} \\\\ casey@example.org
      \\input{sections/experience}
      % \\input{sections/unused}
      \\include{sections/education.tex}
      \\end{document}
      """;

  private static final String EXPERIENCE = """
      \\section{Experience}
      \\textbf{Globex} \\hfill 2021 -- Present \\\\
      \\textit{Backend Engineer}
      \\begin{itemize}
        \\item Moved billing onto an event log and cut the nightly run from 4 hours to 20 minutes
      \\end{itemize}
      """;

  private static final String EDUCATION = """
      \\section{Education}
      State University \\hfill 2015 -- 2019 \\\\ BSc Computer Science
      """;

  private Path write(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private static String read(Path main) throws Exception {
    return new String(LatexInputs.read(main), StandardCharsets.UTF_8);
  }

  @Test
  void theFilesAMainFileInputsAreReadFromBesideIt() throws Exception {
    Path main = write("cv/main.tex", MAIN);
    write("cv/sections/experience.tex", EXPERIENCE);
    write("cv/sections/education.tex", EDUCATION);
    write("cv/sections/unused.tex", "\\section{Hobbies} Sailing");
    String source = read(main);
    assertThat(source).contains("\\textbf{Globex}", "State University").doesNotContain("Sailing");
    Extraction x = new LatexReader().read(LatexInputs.read(main));
    assertThat(x.warnings()).extracting(ParseWarning::code).doesNotContain(Warnings.INPUT_MISSING);
    Resume r = Segmenter.segment(x);
    assertThat(r.sections(SectionKind.EXPERIENCE).flatMap(s -> s.entries().stream()))
        .extracting(e -> e.title().value() + " @ " + e.organization().value())
        .containsExactly("Backend Engineer @ Globex");
  }

  @Test
  void aNameIsFoundFromTheFolderAboveWhereTexWasRun() throws Exception {
    // A repository that builds resumes/backend/cv.tex from its root names its parts from there.
    Path main = write("repo/resumes/backend/cv.tex", MAIN.replace("sections/", "resumes/shared/"));
    write("repo/resumes/shared/experience.tex", EXPERIENCE);
    assertThat(read(main)).contains("\\textbf{Globex}").contains("\\include{resumes/shared/education.tex}");
  }

  @Test
  void aSubfileGivesOnlyItsBodyAndASubimportIsFoundFromItsOwnFolder() throws Exception {
    Path main = write("cv.tex", """
        \\documentclass{article}
        \\begin{document}
        \\subfile{parts/work}
        \\subimport{parts/}{school}
        \\end{document}
        """);
    write("parts/work.tex", "\\documentclass[../cv.tex]{subfiles}\n\\begin{document}\n" + EXPERIENCE + "\\end{document}\n");
    write("parts/school.tex", EDUCATION);
    String source = read(main);
    assertThat(source).contains("\\textbf{Globex}", "State University");
    assertThat(source.indexOf("\\begin{document}")).isEqualTo(source.lastIndexOf("\\begin{document}"));
  }

  @Test
  void aWrapperThatInputsTheWholeDocumentGivesItsPreambleToo() throws Exception {
    // "cv.tex" sets a switch and inputs the full document, whose preamble inputs the commands it
    // uses: TeX reads that preamble, so the commands and the person's details are defined.
    Path main = write("cv.tex", "\\def\\OnlyCv{1}\n\\input{application.tex}\n");
    write("application.tex", """
        \\documentclass{article}
        \\input{commands.tex}
        \\newcommand*{\\FullName}{Casey Moreau}
        \\begin{document}
        \\ifdefined\\OnlyCv\\else Dear hiring team \\fi
        \\Sender
        \\section{Experience}
        Backend Engineer, Globex \\hfill 2021 -- Present
        \\end{document}
        """);
    write("commands.tex", "\\newcommand{\\Sender}{\\rightline{\\FullName}\\rightline{casey@example.org}}\n");
    String source = read(main);
    assertThat(source).contains("\\documentclass{article}", "\\newcommand{\\Sender}");
    LatexReading r = LatexReading.of(source);
    assertThat(r.lines()).containsSubsequence("Casey Moreau", "casey@example.org", "Experience").doesNotContain("Dear hiring team");
  }

  @Test
  void aFileNotFoundStaysAsWrittenAndTheReaderSaysSo() throws Exception {
    Path main = write("cv/main.tex", MAIN);
    write("cv/sections/experience.tex", EXPERIENCE);
    String source = read(main);
    assertThat(source).contains("\\include{sections/education.tex}");
    Extraction x = new LatexReader().read(LatexInputs.read(main));
    assertThat(x.warnings()).extracting(ParseWarning::code).contains(Warnings.INPUT_MISSING);
  }

  @Test
  void nothingOutsideTheFoldersTexCouldHaveRunInIsRead() throws Exception {
    write("secret.tex", "TOP SECRET");
    // Inside the highest folder TeX could have run in (a/b), but named by an absolute path.
    Path inside = write("a/b/inside.tex", "INSIDE SECRET");
    Path main = write("a/b/c/d/e/cv.tex", "\\begin{document}\n\\input{../../../../../secret}\n\\input{"
        + inside.toAbsolutePath() + "}\n\\end{document}\n");
    String source = read(main);
    assertThat(source).doesNotContain("TOP SECRET").doesNotContain("INSIDE SECRET")
        .contains("\\input{" + inside.toAbsolutePath() + "}");
  }

  @Test
  void onlyTexFilesAreRead() throws Exception {
    // A source checked in CI may come from anyone: it cannot publish a key or a password file
    // that sits beside it.
    write("keys/id_rsa", "PRIVATE KEY");
    write("notes.txt", "PRIVATE NOTE");
    Path main = write("cv.tex", "\\input{keys/id_rsa}\n\\input{notes.txt}\n\\input{notes}\n");
    assertThat(read(main)).doesNotContain("PRIVATE");
  }

  @Test
  void aLinkOutOfTheFoldersIsNotFollowed() throws Exception {
    // The main file sits four folders below "top": TeX could have run in any of those four, and
    // a link from there to a folder beside "top" leads out of them all.
    write("outside/secret.tex", "TOP SECRET");
    Path main = write("top/a/b/repo/cv.tex", "\\input{sections/secret}\n\\input{linked/secret}\n\\input{../../../../outside/secret}\n");
    Files.createDirectories(dir.resolve("top/a/b/repo/sections"));
    Files.createSymbolicLink(dir.resolve("top/a/b/repo/sections/secret.tex"), dir.resolve("outside/secret.tex"));
    Files.createSymbolicLink(dir.resolve("top/a/b/repo/linked"), dir.resolve("outside"));
    assertThat(read(main)).doesNotContain("TOP SECRET");
    // The same link inside the folders is followed.
    write("top/a/b/repo/parts/work.tex", "WORK TEXT");
    Files.createSymbolicLink(dir.resolve("top/a/b/repo/sections/work.tex"), dir.resolve("top/a/b/repo/parts/work.tex"));
    assertThat(read(write("top/a/b/repo/cv2.tex", "\\input{sections/work}\n"))).contains("WORK TEXT");
  }

  @Test
  void aMainFileNearTheRootNeverReadsFromTheRoot() throws Exception {
    // The root of the file system is no folder a resume is built in: a main file right under it
    // has no folder to look in, though a name relative to the root would find a file.
    write("secret.tex", "TOP SECRET");
    String fromRoot = dir.toAbsolutePath().getRoot().relativize(dir.toAbsolutePath().resolve("secret")).toString();
    byte[] source = ("\\input{" + fromRoot + "}").getBytes(StandardCharsets.UTF_8);
    Path main = dir.toAbsolutePath().getRoot().resolve("cv.tex");
    assertThat(new String(LatexInputs.inline(main, source).bytes(), StandardCharsets.UTF_8)).doesNotContain("TOP SECRET");
  }

  @Test
  void nothingNamedInVerbatimIsReadAndTexsOwnFormIs() throws Exception {
    write("work.tex", "WORK TEXT\n");
    Path main = write("cv.tex", """
        \\begin{verbatim}
        \\input{work}
        \\end{verbatim}
        \\verb|\\input{work}|
        builds \\input work for banks
        """);
    String source = read(main);
    assertThat(source).contains("\\begin{verbatim}\n\\input{work}\n", "\\verb|\\input{work}|")
        .contains("builds WORK TEXT  for banks");
    assertThat(source.split("WORK TEXT", -1)).hasSize(2);
  }

  @Test
  void nestingIsBoundedInDepth() throws Exception {
    for (int i = 0; i <= LatexInputs.MAX_DEPTH + 2; i++) {
      write("n" + i + ".tex", "level " + i + " \\input{n" + (i + 1) + "}\n");
    }
    String source = read(write("cv.tex", "\\input{n0}\n"));
    // The main file's inputs are the first level; the input named at the last level stays as written.
    assertThat(source).contains("level " + (LatexInputs.MAX_DEPTH - 1) + " ", "\\input{n" + LatexInputs.MAX_DEPTH + "}")
        .doesNotContain("level " + LatexInputs.MAX_DEPTH);
  }

  @Test
  void aFileThatInputsItselfIsReadOnce() throws Exception {
    Path main = write("cv.tex", "\\begin{document}\nhead \\input{loop}\n\\end{document}\n");
    write("loop.tex", "Loop \\input{loop} \\input{cv}");
    String source = read(main);
    assertThat(source.split("Loop", -1)).hasSize(2);
    assertThat(source).contains("\\input{loop}", "\\input{cv}");
  }

  @Test
  void theInputsAreBoundedInNumberAndSize() throws Exception {
    StringBuilder many = new StringBuilder("\\begin{document}\n");
    for (int i = 0; i < LatexInputs.MAX_FILES + 10; i++) {
      write("p/part" + i + ".tex", "part " + i + " here\n");
      many.append("\\input{p/part").append(i).append("}\n");
    }
    write("big.tex", "x".repeat(Readers.MAX_BYTES));
    Path main = write("cv.tex", many.append("\\input{big}\n\\end{document}\n").toString());
    String source = read(main);
    assertThat(source).contains("part " + (LatexInputs.MAX_FILES - 1) + " here")
        .doesNotContain("part " + LatexInputs.MAX_FILES + " here").contains("\\input{big}");
    assertThat(source.length()).isLessThan(Readers.MAX_BYTES);
  }

  @Test
  void otherCommandsEscapesAndOtherFilesAreLeftAlone() throws Exception {
    write("logo.tex", "LOGO TEXT");
    Path main = write("cv.tex", "\\includegraphics{logo} 100\\% \\input{logo}\n");
    assertThat(read(main)).isEqualTo("\\includegraphics{logo} 100\\% LOGO TEXT\n");
    Path md = write("cv.md", "\\input{logo}");
    assertThat(new String(LatexInputs.read(md), StandardCharsets.UTF_8)).isEqualTo("\\input{logo}");
    Path none = write("plain.tex", "\\section{Experience} no inputs");
    assertThat(LatexInputs.read(none)).isEqualTo(Files.readAllBytes(none));
  }
}
