package dev.prism.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.prism.core.model.Claim;
import dev.prism.core.model.Extraction;
import dev.prism.core.model.Layout;
import dev.prism.core.model.LayoutLine;
import dev.prism.core.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The person's edits to a checked text, applied on the server so the page never has to move a
 * layout's offsets itself: the page keeps the text and layout its check answered, and sends them
 * back with each bullet it changed as {@code {"offset", "length", "text"}} at the original offsets.
 * The layout follows each edit (see {@link #move}), and an edited line loses its cells. Line breaks
 * in an edit's text become spaces.
 */
final class TextEdits {
  static final int MAX_EDITS = 200;
  static final int MAX_EDIT_CHARS = Api.MAX_BULLET_CHARS;

  private TextEdits() {}

  /** One replacement of {@code length} characters at {@code offset} by {@code text}. */
  record Edit(int offset, int length, String text) {
    Edit {
      Objects.requireNonNull(text, "text");
      if (offset < 0 || length < 0) {
        throw new IllegalArgumentException("an edit lies inside the text");
      }
    }

    int end() {
      return offset + length;
    }
  }

  /** The edits of a request, checked against the text they apply to; empty when there are none. */
  static List<Edit> read(JsonNode list, int textLength) {
    if (list == null || list.isNull()) {
      return List.of();
    }
    if (!list.isArray() || list.size() > MAX_EDITS) {
      throw ApiProblem.badRequest("edits", "'edits' must be an array of at most " + MAX_EDITS + " {\"offset\", \"length\", \"text\"}");
    }
    List<Edit> out = new ArrayList<>();
    for (JsonNode e : list) {
      JsonNode offset = e.path("offset");
      JsonNode length = e.path("length");
      JsonNode text = e.path("text");
      if (!e.isObject() || e.size() != 3 || !offset.canConvertToInt() || !offset.isIntegralNumber() || !length.canConvertToInt()
          || !length.isIntegralNumber() || !text.isTextual()) {
        throw ApiProblem.badRequest("edits", "each edit is {\"offset\": N, \"length\": N, \"text\": \"...\"}");
      }
      int at = offset.asInt();
      int n = length.asInt();
      if (at < 0 || n < 0 || (long) at + n > textLength) {
        throw ApiProblem.badRequest("edits", "an edit at " + at + " of length " + n + " lies outside the text");
      }
      if (text.asText().length() > MAX_EDIT_CHARS) {
        throw ApiProblem.badRequest("edits", "an edit is " + text.asText().length() + " characters; the limit is " + MAX_EDIT_CHARS);
      }
      // A layout line has no line break inside it, so an edit is one line; a bullet is, anyway.
      out.add(new Edit(at, n, text.asText().replaceAll("\\R", " ")));
    }
    out.sort(Comparator.comparingInt(Edit::offset));
    for (int i = 1; i < out.size(); i++) {
      if (out.get(i).offset() < out.get(i - 1).end()) {
        throw ApiProblem.badRequest("edits", "edits overlap at " + out.get(i).offset());
      }
    }
    return out;
  }

  /** The extraction with every edit made, last first so the earlier offsets stay true. */
  static Extraction apply(Extraction x, List<Edit> edits) {
    String text = x.text();
    Layout layout = x.layout();
    for (int i = edits.size() - 1; i >= 0; i--) {
      Edit e = edits.get(i);
      text = text.substring(0, e.offset()) + e.text() + text.substring(e.end());
      layout = shift(layout, e);
    }
    return new Extraction(text, x.format(), x.pages(), layout, x.warnings());
  }

  private static Layout shift(Layout layout, Edit e) {
    List<LayoutLine> lines = new ArrayList<>();
    for (LayoutLine l : layout.lines()) {
      Span s = move(l.span(), e);
      if (s == null) {
        continue;
      }
      boolean touched = e.offset() < l.span().end() && l.span().offset() < Math.max(e.end(), e.offset() + 1);
      List<Span> cells = touched ? List.of() : l.cells().stream().map(c -> move(c, e)).toList();
      lines.add(new LayoutLine(s, cells, l.style(), l.marks(), l.box()));
    }
    List<Claim> claims = new ArrayList<>();
    for (Claim c : layout.claims()) {
      if (move(c.span(), e) == null) {
        continue;
      }
      // Claim is sealed; Java 17 has no pattern switch, so the last branch names the one kind left.
      if (c instanceof Claim.Heading h) {
        claims.add(new Claim.Heading(move(h.span(), e), h.kind()));
      } else if (c instanceof Claim.Entry en) {
        claims.add(new Claim.Entry(move(en.span(), e), en.section(), moveOrNull(en.title(), e), moveOrNull(en.organization(), e),
            moveOrNull(en.location(), e), moveOrNull(en.dates(), e)));
      } else {
        Claim.Contact k = (Claim.Contact) c;
        claims.add(new Claim.Contact(move(k.span(), e), k.field()));
      }
    }
    return new Layout(lines, claims);
  }

  /**
   * Where a span lies after the edit: before it, unchanged; after it, moved; around it, stretched;
   * cut at its end by the edit (the first line of a bullet that wrapped), ending where the new text
   * ends; starting inside the edit (the bullet's second line), null: gone.
   */
  static Span move(Span s, Edit e) {
    int delta = e.text().length() - e.length();
    if (s.end() <= e.offset()) {
      return s;
    }
    if (s.offset() >= e.end()) {
      return Span.between(s.offset() + delta, s.end() + delta);
    }
    if (s.offset() <= e.offset() && s.end() >= e.end()) {
      return Span.between(s.offset(), s.end() + delta);
    }
    if (s.offset() <= e.offset()) {
      return Span.between(s.offset(), e.offset() + e.text().length());
    }
    return null;
  }

  private static Span moveOrNull(Span s, Edit e) {
    return s == null ? null : move(s, e);
  }
}
