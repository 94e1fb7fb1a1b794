package dev.prism.core.letter;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.prism.core.model.Span;

/** A cover letter as JSON, the same for {@code prism cover-letter --format json} and the HTTP API. */
public final class CoverLetterJson {
  private CoverLetterJson() {}

  /**
   * The letter, its paragraphs, and each piece of evidence with the resume text it quotes.
   *
   * @param text the resume text the evidence spans refer to
   */
  public static ObjectNode tree(CoverLetter letter, String text) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("tone", letter.tone().id());
    o.put("company", letter.company());
    o.put("role", letter.role());
    o.put("text", letter.text());
    letter.paragraphs().forEach(o.putArray("paragraphs")::add);
    ArrayNode ev = o.putArray("evidence");
    for (Span s : letter.evidence()) {
      ev.addObject().put("offset", s.offset()).put("length", s.length()).put("text", s.of(text));
    }
    return o;
  }
}
