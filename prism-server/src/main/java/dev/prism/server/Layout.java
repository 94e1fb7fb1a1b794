package dev.prism.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.prism.core.model.Extraction;
import dev.prism.core.model.LineHint;
import dev.prism.core.model.ParseWarning;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a reader knew about a document beyond its text (format, pages, which lines are headings and
 * bullets, its warnings), sent with every check answer so that the page can send it back with an
 * edited text. A PDF's bullets lose their glyphs in the text; without these hints the edited text
 * would be segmented as plain text and the score would move for reasons the person did not type.
 *
 * <p>On the way in everything is checked: a known format, pages in range, offsets at line starts.
 */
final class Layout {
  static final Set<String> FORMATS = Set.of("text", "markdown", "json-resume", "pdf", "docx", "latex");
  static final int MAX_WARNINGS = 20;
  static final int MAX_WARNING_CHARS = 500;
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private Layout() {}

  /** The layout of an extraction, as JSON: only the reader's own warnings, the engine adds its own. */
  static ObjectNode write(Extraction x) {
    ObjectNode o = F.objectNode();
    o.put("format", x.format());
    o.put("pages", x.pages());
    ArrayNode headings = o.putArray("headings");
    ArrayNode bullets = o.putArray("bullets");
    for (LineHint h : x.hints()) {
      if (h.heading()) {
        headings.add(h.offset());
      }
      if (h.bullet()) {
        bullets.add(h.offset());
      }
    }
    ArrayNode warnings = o.putArray("warnings");
    x.warnings().forEach(w -> warnings.addObject().put("code", w.code()).put("message", w.message()));
    return o;
  }

  /**
   * The extraction a text and its layout stand for; {@code layout} may be null for plain text.
   *
   * @throws ApiProblem 400 naming the field for anything out of shape
   */
  static Extraction read(String text, JsonNode layout) {
    if (layout == null || layout.isNull()) {
      return Extraction.plain(text, "text");
    }
    if (!layout.isObject()) {
      throw ApiProblem.badRequest("layout", "'layout' must be the object a check answer gave");
    }
    for (var it = layout.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!Set.of("format", "pages", "headings", "bullets", "warnings").contains(f)) {
        throw ApiProblem.badRequest("layout." + f, "unknown field 'layout." + f + "'");
      }
    }
    JsonNode format = layout.path("format");
    if (!format.isTextual() || !FORMATS.contains(format.asText())) {
      throw ApiProblem.badRequest("layout.format", "'layout.format' must be one of " + String.join(", ", FORMATS.stream().sorted().toList()));
    }
    JsonNode pages = layout.path("pages");
    if (!pages.isIntegralNumber() || pages.asLong() < 1 || pages.asLong() > Api.MAX_PAGES) {
      throw ApiProblem.badRequest("layout.pages", "'layout.pages' must be a whole number from 1 to " + Api.MAX_PAGES);
    }
    TreeMap<Integer, boolean[]> hints = new TreeMap<>();
    offsets(text, layout.path("headings"), "layout.headings", hints, 0);
    offsets(text, layout.path("bullets"), "layout.bullets", hints, 1);
    List<LineHint> out = new ArrayList<>();
    hints.forEach((offset, flags) -> out.add(new LineHint(offset, flags[0], flags[1])));
    return new Extraction(text, format.asText(), pages.asInt(), out, warnings(layout.path("warnings")));
  }

  private static void offsets(String text, JsonNode list, String field, TreeMap<Integer, boolean[]> hints, int flag) {
    if (list.isMissingNode()) {
      return;
    }
    if (!list.isArray()) {
      throw ApiProblem.badRequest(field, "'" + field + "' must be an array of line offsets");
    }
    for (JsonNode n : list) {
      if (!n.canConvertToInt() || !n.isIntegralNumber()) {
        throw ApiProblem.badRequest(field, "'" + field + "' must hold whole numbers");
      }
      int at = n.asInt();
      if (at < 0 || at >= text.length() || at > 0 && text.charAt(at - 1) != '\n') {
        throw ApiProblem.badRequest(field, "'" + field + "' has " + at + ", which is not the start of a line of the text");
      }
      hints.computeIfAbsent(at, k -> new boolean[2])[flag] = true;
    }
  }

  private static List<ParseWarning> warnings(JsonNode list) {
    if (list.isMissingNode()) {
      return List.of();
    }
    if (!list.isArray() || list.size() > MAX_WARNINGS) {
      throw ApiProblem.badRequest("layout.warnings", "'layout.warnings' must be an array of at most " + MAX_WARNINGS + " warnings");
    }
    List<ParseWarning> out = new ArrayList<>();
    for (JsonNode w : list) {
      JsonNode code = w.path("code");
      JsonNode message = w.path("message");
      if (!code.isTextual() || !code.asText().matches("[A-Z][A-Z0-9_]{0,39}") || !message.isTextual()
          || message.asText().isBlank() || message.asText().length() > MAX_WARNING_CHARS) {
        throw ApiProblem.badRequest("layout.warnings", "each warning is {\"code\": \"UPPER_SNAKE\", \"message\": \"...\"} as a check"
            + " answer gave it");
      }
      out.add(new ParseWarning(code.asText(), message.asText()));
    }
    return out;
  }
}
