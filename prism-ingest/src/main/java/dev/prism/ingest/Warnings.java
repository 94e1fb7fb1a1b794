package dev.prism.ingest;

import dev.prism.core.model.ParseWarning;

/**
 * The parse-preview warnings readers raise, one factory each so that a code always comes with the
 * same advice whichever format raised it. Codes are stable; messages say what to do.
 */
public final class Warnings {
  private Warnings() {}

  /** The code of {@link #inputMissing}. */
  public static final String INPUT_MISSING = "INPUT_MISSING";

  /** Text laid out in columns (a sidebar, two columns). */
  public static ParseWarning twoColumns() {
    return new ParseWarning("TWO_COLUMNS",
        "the resume is laid out in columns; many applicant-tracking systems read across them line by line,"
            + " so use a single column for the main text");
  }

  /** The name or contact details found only in a page header or footer. */
  public static ParseWarning contactInHeaderFooter() {
    return new ParseWarning("CONTACT_IN_HEADER_FOOTER",
        "the name or contact details appear only in a page header or footer, which many applicant-tracking systems skip;"
            + " put them in the body at the top of the first page");
  }

  /** Text whose font maps its glyphs to no characters (an embedded font without a character map). */
  public static ParseWarning unreadableFont() {
    return new ParseWarning("UNREADABLE_FONT",
        "part of the text uses a font whose characters cannot be read back (an embedded font without a"
            + " character map), so applicant-tracking systems see gaps or gibberish there; use a standard font"
            + " and export again");
  }

  /** A document laid out with tables. */
  public static ParseWarning tableLayout() {
    return new ParseWarning("TABLE_LAYOUT",
        "the layout is built with tables; applicant-tracking systems often scramble table cells, so use plain"
            + " paragraphs with tab stops instead");
  }

  /** Text kept in text boxes or shapes, which Prism reads but many tracking systems do not. */
  public static ParseWarning textBoxes() {
    return new ParseWarning("TEXT_BOXES",
        "some text sits in text boxes or shapes, which many applicant-tracking systems skip or read out of order;"
            + " type it into the body as ordinary paragraphs");
  }

  /**
   * A content control (a fill-in field of a Word template) still showing the template's prompt,
   * which Prism leaves out of the text but a person opening the file still sees.
   */
  public static ParseWarning templatePlaceholder() {
    return new ParseWarning("TEMPLATE_PLACEHOLDER",
        "some fields of the Word template still show its prompt text (such as \"Type your name here\"); replace"
            + " each prompt with your own text or delete the field before sending the resume");
  }

  /**
   * A LaTeX source that inputs files ({@code \input}, {@code \include}, {@code \subfile}) Prism was
   * not given: it reads the main file only, so parts of the resume may be missing from the check.
   */
  public static ParseWarning inputMissing(java.util.List<String> files) {
    String named = files.size() <= 5 ? String.join(", ", files)
        : String.join(", ", files.subList(0, 5)) + " and " + (files.size() - 5) + " more";
    return new ParseWarning(INPUT_MISSING,
        "the LaTeX source inputs " + (files.size() == 1 ? "a file" : "files") + " that " + (files.size() == 1 ? "was" : "were")
            + " not uploaded (" + named + "), so only the main file was read and the resume may be incomplete;"
            + " upload the PDF it builds, or paste those files' content into the main file");
  }

  /**
   * A LaTeX source most of whose words did not come through the reading: they sit in commands that
   * a class, a package or a file Prism was not given defines. The check then sees part of the resume.
   */
  public static ParseWarning textNotRead(int keptPercent) {
    return new ParseWarning("TEXT_NOT_READ",
        "only about " + keptPercent + "% of the words in the LaTeX source came through, so the check may miss much of"
            + " the resume: most of it sits in commands defined by a class, package or file Prism does not have;"
            + " upload the PDF it builds instead");
  }

  /** A page with large images and little text. */
  public static ParseWarning textInImages() {
    return new ParseWarning("TEXT_IN_IMAGES",
        "a page holds images but little text; text inside images cannot be read, so type it as text");
  }
}
