package dev.prism.core.text;

import dev.prism.core.model.Resume;
import java.util.List;
import java.util.Objects;

/**
 * A resume as {@link Segmenter#read} segmented it, with what the passes after it would otherwise
 * read the text again for: the lines that hold a date, which {@link Line#tag} parsed already.
 *
 * @param datedLines the start offset of every line of the text that holds a date, in text order
 */
public record Segmentation(Resume resume, List<Integer> datedLines) {
  public Segmentation {
    Objects.requireNonNull(resume, "resume");
    datedLines = List.copyOf(datedLines);
  }
}
