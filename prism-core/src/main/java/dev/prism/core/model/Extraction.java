package dev.prism.core.model;

import java.util.List;
import java.util.Objects;

/**
 * What a reader makes of a document: the text every span refers to, in reading order, plus what it
 * knows that plain text cannot carry.
 *
 * @param format the input format id ("text", "markdown", "html", "json-resume", "pdf", "docx", "latex")
 * @param pages page count where the format has pages, else an estimate from the text length
 * @param layout what the reader knows of how the text looks and what its spans are
 * @param warnings applicant-tracking issues the reader noticed
 */
public record Extraction(
    String text, String format, int pages, Layout layout, List<ParseWarning> warnings) {
  public Extraction {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(layout, "layout");
    warnings = List.copyOf(warnings);
    if (!layout.fits(text.length())) {
      throw new IllegalArgumentException("a layout span lies outside the text");
    }
    if (pages < 0) {
      throw new IllegalArgumentException("pages must not be negative");
    }
  }

  /** Plain text with no layout; pages estimated from its length. */
  public static Extraction plain(String text, String format) {
    return new Extraction(text, format, estimatePages(text), Layout.NONE, List.of());
  }

  /** The same extraction with its page count estimated from the text (for formats without pages). */
  public Extraction withEstimatedPages() {
    return new Extraction(text, format, estimatePages(text), layout, warnings);
  }

  /** The same extraction with more warnings. */
  public Extraction withWarnings(List<ParseWarning> more) {
    List<ParseWarning> all = new java.util.ArrayList<>(warnings);
    all.addAll(more);
    return new Extraction(text, format, pages, layout, all);
  }

  /**
   * About 550 words, or 60 non-blank lines, make a page of a typical resume; whichever gives more
   * pages wins, since short lines fill a page as fast as long ones.
   */
  static int estimatePages(String text) {
    long lines = text.lines().filter(l -> !l.isBlank()).count();
    return (int) Math.max(contentPages(text), (lines + 59) / 60);
  }

  /** Words in the text. */
  public int words() {
    return words(text);
  }

  private static int words(String text) {
    return text.isBlank() ? 0 : dev.prism.core.text.Whitespace.splitLength(text.trim());
  }

  /**
   * How many pages the content would fill at a typical resume's density, whatever the template:
   * one page per 550 words, at least one. The printed page count depends on the template's type,
   * margins and columns (the same 300 words print on one page or four), so a judgement of length
   * stands on this one.
   */
  public int contentPages() {
    return contentPages(text);
  }

  private static int contentPages(String text) {
    return Math.max(1, (words(text) + 549) / 550);
  }
}
