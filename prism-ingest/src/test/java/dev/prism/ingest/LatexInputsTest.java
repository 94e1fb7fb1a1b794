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
    Path main = write("a/b/c/d/e/cv.tex", """
        \\begin{document}
        \\input{../../../../../secret}
        \\input{/etc/hostname}
        \\input{C:/Windows/win.ini}
        \\end{document}
        """);
    String source = read(main);
    assertThat(source).doesNotContain("TOP SECRET").contains("\\input{/etc/hostname}");
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
    assertThat(read(main)).isEqualTo("\\includegraphics{logo} 100\\% \nLOGO TEXT\n\n");
    Path md = write("cv.md", "\\input{logo}");
    assertThat(new String(LatexInputs.read(md), StandardCharsets.UTF_8)).isEqualTo("\\input{logo}");
    Path none = write("plain.tex", "\\section{Experience} no inputs");
    assertThat(LatexInputs.read(none)).isEqualTo(Files.readAllBytes(none));
  }
}
