package dev.prism.ingest;

import dev.prism.core.ingest.ResumeReader;
import dev.prism.core.ingest.UnreadableInputException;
import dev.prism.core.ingest.UnreadableInputException.Problem;
import dev.prism.core.model.Extraction;
import dev.prism.core.model.Layout;
import dev.prism.core.model.ParseWarning;
import dev.prism.core.text.DateParser;
import dev.prism.ingest.latex.LatexTypesetting;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * LaTeX resume sources, read without a TeX installation, the way TeX would set them
 * ({@link LatexTypesetting}): the source's own macros expanded, the common classes and templates
 * (moderncv, Awesome-CV, AltaCV, Jake's) known, and each line handed on with its cells, its look
 * relative to the body text and its marks (a {@code \section} a heading, an {@code \item} a list
 * item), with the contact details the source names for certain claimed. A file the body inputs is
 * not there to read: a warning says so.
 */
public final class LatexReader implements ResumeReader {

  /**
   * The text a source gives, for each output line the 1-based source line it came from, the
   * layout, and the warnings reading it raised.
   */
  public record LatexText(String text, List<Integer> sourceLines, Layout layout, List<ParseWarning> warnings) {
    public LatexText {
      sourceLines = List.copyOf(sourceLines);
      warnings = List.copyOf(warnings);
    }

    /** The 1-based source line of the text at {@code offset} (a span's start), for SARIF regions. */
    public int sourceLineAt(int offset) {
      int line = 0;
      for (int i = 0; i < offset && i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          line++;
        }
      }
      return sourceLines.isEmpty() ? 1 : sourceLines.get(Math.min(line, sourceLines.size() - 1));
    }
  }

  @Override
  public String format() {
    return "latex";
  }

  @Override
  public boolean accepts(String fileName, byte[] head) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".tex");
  }

  /**
   * Fewer words than this, and no date, read from a main file whose other files were not given, is
   * the frame of a resume (a name, contact, a title line), not one: a header alone runs to 20 to 50
   * words, a page of resume to 350 or more.
   */
  static final int SHELL_WORDS = 100;

  @Override
  public Extraction read(byte[] bytes) throws UnreadableInputException {
    LatexText t;
    try {
      t = toText(TextDecoding.decode(bytes));
    } catch (LatexTypesetting.Runaway e) {
      throw new UnreadableInputException(Problem.CORRUPT, e.getMessage() + "; TeX would stop there too", e);
    } catch (RuntimeException | StackOverflowError e) {
      throw new UnreadableInputException(Problem.CORRUPT, "the LaTeX source could not be read; check that its braces balance", e);
    }
    if (t.text().isBlank()) {
      if (!t.warnings().isEmpty()) {
        throw new UnreadableInputException(Problem.EMPTY,
            "the file has no text of its own: " + t.warnings().get(0).message());
      }
      throw new UnreadableInputException(Problem.EMPTY, "the file has no text");
    }
    Extraction x = new Extraction(t.text(), format(), 1, t.layout(), t.warnings()).withEstimatedPages();
    ParseWarning missing = t.warnings().stream().filter(w -> w.code().equals(Warnings.INPUT_MISSING)).findFirst().orElse(null);
    if (missing != null && x.words() < SHELL_WORDS && !dated(t.text())) {
      // A main file that only frames its parts (a header, then \input{experience}…) is no resume on
      // its own: a score of the frame would judge what the person did not write there. A short
      // resume with dated entries of its own is one, an optional part aside.
      throw new UnreadableInputException(Problem.EMPTY,
          "the file has little text of its own (" + x.words() + " words): " + missing.message());
    }
    return x;
  }

  /** Whether any line of the text holds a date: an entry (a job, a degree) of the file's own. */
  private static boolean dated(String text) {
    return text.lines().anyMatch(l -> DateParser.find(l, 0).isPresent());
  }

  /** Converts a LaTeX source into resume text with a line map back to the source. */
  public static LatexText toText(String source) {
    LatexTypesetting.Typeset t = LatexTypesetting.typeset(source);
    List<ParseWarning> warnings = new ArrayList<>();
    if (!t.missingInputs().isEmpty()) {
      warnings.add(Warnings.inputMissing(t.missingInputs()));
    }
    long written = bodyLetters(source);
    long read = letters(t.text());
    if (written >= MIN_LETTERS_TO_WEIGH && read < KEPT_SHARE * written) {
      warnings.add(Warnings.textNotRead((int) Math.round(100.0 * read / written)));
    }
    return new LatexText(t.text(), t.sourceLines(), t.layout(), warnings);
  }

  /**
   * The share of the body's letters a reading is expected to keep at the least. The words of a
   * resume are most of its body; what TeX does not print (command names, lengths, addresses behind
   * links, environment names) is a tenth to a fifth of its letters. A reading that kept less than
   * this lost text to commands it could not expand: ones a class or a file it was not given defines.
   */
  private static final double KEPT_SHARE = 0.4;
  /** Below this many letters a body is too short to weigh: a stub, or a body that only inputs files. */
  private static final int MIN_LETTERS_TO_WEIGH = 1000;
  private static final Pattern COMMENT = Pattern.compile("(?m)(?<!\\\\)%.*$");
  private static final Pattern COMMAND = Pattern.compile("\\\\[A-Za-z@]+");
  /**
   * Arguments TeX never prints as text: a link's address, a colour, a length, a label, a picture's
   * file, an environment's name, the options in square brackets after a command.
   */
  private static final Pattern UNPRINTED = Pattern.compile(
      "(?<=\\\\(?:href|color|textcolor|colorbox|fcolorbox|pagecolor|hspace|vspace|label|ref|includegraphics|setlength"
          + "|addtolength|definecolor|begin|end|fontsize|setmainfont|setsansfont|usepackage|documentclass)\\*?)"
          + "\\s*(?:\\[[^\\]\\n]{0,200}]\\s*)*\\{[^{}\\n]{0,300}}"
          + "|(?<=\\\\[A-Za-z@]{1,40}\\*?)\\s*\\[[^\\]\\n]{0,200}]");

  /**
   * The letters the source writes after {@code \begin{document}} (all of it when there is none),
   * command names, comments, hidden blocks and the arguments TeX does not print left out.
   */
  static long bodyLetters(String source) {
    String body = COMMENT.matcher(source).replaceAll("");
    body = unhidden(unhidden(body, "\\iffalse", "\\fi"), "\\begin{comment}", "\\end{comment}");
    int begin = body.indexOf("\\begin{document}");
    String printed = UNPRINTED.matcher(begin < 0 ? body : body.substring(begin)).replaceAll(" ");
    return letters(COMMAND.matcher(printed).replaceAll(" "));
  }

  /**
   * The text without what the author hid from the page on purpose, from each {@code open} to the
   * next {@code close} (an {@code \iffalse} block, a comment environment; nesting ignored). One
   * pass: an open with no close hides the rest.
   */
  private static String unhidden(String s, String open, String close) {
    StringBuilder out = new StringBuilder(s.length());
    int at = 0;
    for (int o = s.indexOf(open); o >= 0; o = s.indexOf(open, at)) {
      out.append(s, at, o);
      int c = s.indexOf(close, o + open.length());
      at = c < 0 ? s.length() : c + close.length();
    }
    return out.append(s, at, s.length()).toString();
  }

  private static long letters(String s) {
    return s.chars().filter(Character::isLetter).count();
  }
}
