package dev.prism.core.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What a reader knows about its text beyond the characters: how each line looks
 * ({@link LayoutLine}: its cells, style, marks and, for PDFs, where it stands on the page) and what
 * the reader knows for certain about some spans ({@link Claim}: a LaTeX {@code \cventry}'s fields,
 * a JSON Resume field, a DOCX heading). The segmenter reads this rather than guessing the layout
 * back from the text, so no text convention (two spaces, a synthetic separator) carries meaning
 * between the reader and the engine. All offsets are into {@link Extraction#text()}.
 *
 * <p>A reader may describe only some lines; the segmenter treats any other line as plain text in
 * the body style.
 *
 * @param lines lines the reader describes, in text order, none overlapping
 * @param claims what the reader knows for certain, in any order
 * @param written when the document was written, as its file says (a PDF's or DOCX's creation or
 *     modification date), or null; a resume's "Present" means that month rather than today
 */
public record Layout(List<LayoutLine> lines, List<Claim> claims, PartialDate written) {
  /** A reader that knows nothing beyond the text. */
  public static final Layout NONE = new Layout(List.of(), List.of());

  public Layout(List<LayoutLine> lines, List<Claim> claims) {
    this(lines, claims, null);
  }

  /** The same layout, written in {@code month}. */
  public Layout writtenIn(PartialDate month) {
    return new Layout(lines, claims, month);
  }

  public Layout {
    List<LayoutLine> sorted = new ArrayList<>(Objects.requireNonNull(lines, "lines"));
    sorted.sort(Comparator.comparingInt(l -> l.span().offset()));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).span().offset() < sorted.get(i - 1).span().end()) {
        throw new IllegalArgumentException("layout lines overlap at offset " + sorted.get(i).span().offset());
      }
    }
    lines = List.copyOf(sorted);
    claims = List.copyOf(claims);
  }

  public boolean isEmpty() {
    return lines.isEmpty() && claims.isEmpty();
  }

  /** Whether every span lies inside a text of the given length: readers are held to it by tests. */
  public boolean fits(int textLength) {
    for (LayoutLine l : lines) {
      if (l.span().end() > textLength) {
        return false;
      }
    }
    for (Claim c : claims) {
      if (c.span().end() > textLength) {
        return false;
      }
    }
    return true;
  }
}
