package dev.prism.core.model;

/** What a reader knows a line to be, from the document's structure rather than its words. */
public enum Mark {
  /** A heading: a DOCX heading style, a LaTeX {@code \section}, a PDF line in the headings' style. */
  HEADING,
  /** A list item: the reader took a list glyph or numbering off its front. */
  LIST_ITEM,
  /** A rule is drawn under the line (or the line is itself a rule of characters). */
  RULE,
  /** Page furniture at the top of a page (a running header). */
  PAGE_HEADER,
  /** Page furniture at the foot of a page (a running footer). */
  PAGE_FOOTER,
  /** In a sidebar: a column clearly narrower than the main one beside it. */
  SIDEBAR,
  /**
   * A table's header row whose cells name the fields of the rows below ("Company", "Role",
   * "Dates"): labels of the columns, no content of the resume.
   */
  TABLE_HEADER,
  /**
   * Targets of links whose visible text hides them ("LinkedIn", an icon), gathered by the reader
   * onto a line of their own: addresses the document holds but does not show.
   */
  LINK_TARGETS
}
