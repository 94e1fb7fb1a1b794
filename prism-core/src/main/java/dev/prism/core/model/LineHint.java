package dev.prism.core.model;

/**
 * Layout facts a reader knows about one line of its text (a PDF's font size, a DOCX paragraph
 * style), which plain text lacks. The segmenter uses them to tell headings and bullets apart.
 *
 * @param offset the line's start in the text
 * @param heading the reader is sure this line is a section heading (a styled heading, a large or
 *     bold short line)
 * @param bullet the reader saw a list glyph or numbering that it removed from the text
 */
public record LineHint(int offset, boolean heading, boolean bullet) {}
