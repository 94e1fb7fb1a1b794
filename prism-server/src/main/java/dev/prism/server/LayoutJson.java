package dev.prism.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.prism.core.model.Box;
import dev.prism.core.model.Claim;
import dev.prism.core.model.Extraction;
import dev.prism.core.model.Layout;
import dev.prism.core.model.LayoutLine;
import dev.prism.core.model.Mark;
import dev.prism.core.model.ParseWarning;
import dev.prism.core.model.PartialDate;
import dev.prism.core.model.SectionKind;
import dev.prism.core.model.Span;
import dev.prism.core.model.Style;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a reader knew about a document beyond its text (format, pages, its {@link Layout}: how each
 * line looks and what it is, and the spans it is sure of), sent with every check answer so that the
 * page can send it back, untouched, with the edits the person made. A PDF's bullets lose their
 * glyphs in the text; without the layout an edited text would be read as plain text and the score
 * would move for reasons the person did not type.
 *
 * <p>The shape is compact and meant to be echoed, not read: a span is {@code [start, end]}; a line
 * is {@code {"span", "style": [size, bold, italic, smallCaps], "marks", "cells", "box": [page, x,
 * right, y, column]}}, empty parts left out; a claim is {@code {"claim": "heading"|"entry"|
 * "contact", "span", ...}}. On the way in everything is checked, and any fault is a 400 naming the
 * field.
 */
final class LayoutJson {
  static final Set<String> FORMATS = Set.of("text", "markdown", "html", "json-resume", "pdf", "docx", "latex");
  static final int MAX_WARNINGS = 20;
  static final int MAX_WARNING_CHARS = 500;
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private LayoutJson() {}

  /** The layout of an extraction as JSON, with only the reader's own warnings: the engine adds its own. */
  static ObjectNode write(Extraction x) {
    ObjectNode o = F.objectNode();
    o.put("format", x.format());
    o.put("pages", x.pages());
    if (x.layout().written() != null) {
      o.put("written", x.layout().written().iso());
    }
    ArrayNode lines = o.putArray("lines");
    for (LayoutLine l : x.layout().lines()) {
      ObjectNode n = lines.addObject();
      n.set("span", span(l.span()));
      Style s = l.style();
      n.putArray("style").add(s.size()).add(s.bold()).add(s.italic()).add(s.smallCaps());
      if (!l.marks().isEmpty()) {
        ArrayNode marks = n.putArray("marks");
        EnumSet.copyOf(l.marks()).forEach(m -> marks.add(m.name()));
      }
      if (!l.cells().isEmpty()) {
        ArrayNode cells = n.putArray("cells");
        l.cells().forEach(c -> cells.add(span(c)));
      }
      if (l.box() != null) {
        Box b = l.box();
        n.putArray("box").add(b.page()).add(b.x()).add(b.right()).add(b.y()).add(b.column());
      }
    }
    ArrayNode claims = o.putArray("claims");
    for (Claim c : x.layout().claims()) {
      ObjectNode n = claims.addObject();
      // Claim is sealed; Java 17 has no pattern switch, so the last branch names the one kind left.
      if (c instanceof Claim.Heading h) {
        n.put("claim", "heading").set("span", span(h.span()));
        n.put("kind", h.kind() == null ? null : h.kind().id());
      } else if (c instanceof Claim.Entry e) {
        n.put("claim", "entry").set("span", span(e.span()));
        n.put("section", e.section() == null ? null : e.section().id());
        n.set("title", span(e.title()));
        n.set("organization", span(e.organization()));
        n.set("location", span(e.location()));
        n.set("dates", span(e.dates()));
      } else {
        Claim.Contact k = (Claim.Contact) c;
        n.put("claim", "contact").put("field", k.field().name()).set("span", span(k.span()));
      }
    }
    ArrayNode warnings = o.putArray("warnings");
    x.warnings().forEach(w -> warnings.addObject().put("code", w.code()).put("message", w.message()));
    return o;
  }

  private static JsonNode span(Span s) {
    return s == null ? F.nullNode() : F.arrayNode().add(s.offset()).add(s.end());
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
    Reader r = new Reader(text.length());
    if (!layout.isObject()) {
      throw ApiProblem.badRequest("layout", "'layout' must be the object a check answer gave");
    }
    r.known(layout, "layout", Set.of("format", "pages", "lines", "claims", "warnings", "written"));
    JsonNode format = layout.path("format");
    if (!format.isTextual() || !FORMATS.contains(format.asText())) {
      throw ApiProblem.badRequest("layout.format", "'layout.format' must be one of " + String.join(", ", FORMATS.stream().sorted().toList()));
    }
    JsonNode pages = layout.path("pages");
    if (!pages.isIntegralNumber() || pages.asLong() < 1 || pages.asLong() > Api.MAX_PAGES) {
      throw ApiProblem.badRequest("layout.pages", "'layout.pages' must be a whole number from 1 to " + Api.MAX_PAGES);
    }
    List<LayoutLine> lines = new ArrayList<>();
    for (JsonNode n : r.array(layout.path("lines"), "layout.lines")) {
      lines.add(r.line(n));
    }
    List<Claim> claims = new ArrayList<>();
    for (JsonNode n : r.array(layout.path("claims"), "layout.claims")) {
      claims.add(r.claim(n));
    }
    PartialDate written = null;
    JsonNode w = layout.path("written");
    if (!w.isMissingNode() && !w.isNull()) {
      if (!w.isTextual() || !w.asText().matches("(19|20|21)\\d\\d(-(0[1-9]|1[0-2]))?")) {
        throw ApiProblem.badRequest("layout.written", "'layout.written' must be a month as YYYY-MM or a year as YYYY");
      }
      String t = w.asText();
      written = new PartialDate(Integer.parseInt(t.substring(0, 4)), t.length() > 4 ? Integer.parseInt(t.substring(5)) : 0);
    }
    Layout parsed;
    try {
      parsed = new Layout(lines, claims, written);
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badRequest("layout.lines", "'layout.lines' " + e.getMessage());
    }
    return new Extraction(text, format.asText(), pages.asInt(), parsed, warnings(layout.path("warnings")));
  }

  /** Reads the parts of a layout against a text of known length. */
  private record Reader(int textLength) {
    void known(JsonNode o, String field, Set<String> fields) {
      for (var it = o.fieldNames(); it.hasNext(); ) {
        String f = it.next();
        if (!fields.contains(f)) {
          throw ApiProblem.badRequest(field + "." + f, "unknown field '" + field + "." + f + "'");
        }
      }
    }

    Iterable<JsonNode> array(JsonNode n, String field) {
      if (n.isMissingNode()) {
        return List.of();
      }
      if (!n.isArray() || n.size() > textLength + 1) {
        throw ApiProblem.badRequest(field, "'" + field + "' must be an array, as a check answer gave it");
      }
      return n;
    }

    Span span(JsonNode n, String field, boolean optional) {
      if (optional && (n == null || n.isNull() || n.isMissingNode())) {
        return null;
      }
      if (n == null || !n.isArray() || n.size() != 2 || !n.get(0).canConvertToInt() || !n.get(1).canConvertToInt()
          || !n.get(0).isIntegralNumber() || !n.get(1).isIntegralNumber()) {
        throw ApiProblem.badRequest(field, "'" + field + "' must be a span [start, end]");
      }
      int start = n.get(0).asInt();
      int end = n.get(1).asInt();
      if (start < 0 || end < start || end > textLength) {
        throw ApiProblem.badRequest(field, "'" + field + "' is [" + start + ", " + end + "], outside the text");
      }
      return Span.between(start, end);
    }

    LayoutLine line(JsonNode n) {
      String f = "layout.lines";
      if (!n.isObject()) {
        throw ApiProblem.badRequest(f, "each of '" + f + "' must be an object");
      }
      known(n, f, Set.of("span", "style", "marks", "cells", "box"));
      Span span = span(n.get("span"), f + ".span", false);
      JsonNode st = n.path("style");
      if (!st.isArray() || st.size() != 4 || !st.get(0).isNumber() || !st.get(1).isBoolean() || !st.get(2).isBoolean()
          || !st.get(3).isBoolean()) {
        throw ApiProblem.badRequest(f + ".style", "'" + f + ".style' must be [size, bold, italic, smallCaps]");
      }
      Style style;
      try {
        style = new Style(st.get(0).floatValue(), st.get(1).asBoolean(), st.get(2).asBoolean(), st.get(3).asBoolean());
      } catch (IllegalArgumentException e) {
        throw ApiProblem.badRequest(f + ".style", "'" + f + ".style': " + e.getMessage());
      }
      Set<Mark> marks = EnumSet.noneOf(Mark.class);
      for (JsonNode m : array(n.path("marks"), f + ".marks")) {
        marks.add(constant(Mark.class, m, f + ".marks"));
      }
      List<Span> cells = new ArrayList<>();
      for (JsonNode c : array(n.path("cells"), f + ".cells")) {
        cells.add(span(c, f + ".cells", false));
      }
      Box box = null;
      JsonNode b = n.path("box");
      if (!b.isMissingNode() && !b.isNull()) {
        if (!b.isArray() || b.size() != 5 || !b.get(0).canConvertToInt() || !b.get(4).canConvertToInt()
            || !b.get(1).isNumber() || !b.get(2).isNumber() || !b.get(3).isNumber()) {
          throw ApiProblem.badRequest(f + ".box", "'" + f + ".box' must be [page, x, right, y, column]");
        }
        try {
          box = new Box(b.get(0).asInt(), b.get(1).floatValue(), b.get(2).floatValue(), b.get(3).floatValue(), b.get(4).asInt());
        } catch (IllegalArgumentException e) {
          throw ApiProblem.badRequest(f + ".box", "'" + f + ".box': " + e.getMessage());
        }
      }
      try {
        return new LayoutLine(span, cells, style, marks, box);
      } catch (IllegalArgumentException e) {
        throw ApiProblem.badRequest(f + ".cells", "'" + f + ".cells': " + e.getMessage());
      }
    }

    Claim claim(JsonNode n) {
      String f = "layout.claims";
      if (!n.isObject()) {
        throw ApiProblem.badRequest(f, "each of '" + f + "' must be an object");
      }
      String kind = n.path("claim").asText("");
      return switch (kind) {
        case "heading" -> {
          known(n, f, Set.of("claim", "span", "kind"));
          yield new Claim.Heading(span(n.get("span"), f + ".span", false), section(n.get("kind"), f + ".kind"));
        }
        case "entry" -> {
          known(n, f, Set.of("claim", "span", "section", "title", "organization", "location", "dates"));
          yield new Claim.Entry(span(n.get("span"), f + ".span", false), section(n.get("section"), f + ".section"),
              span(n.get("title"), f + ".title", true), span(n.get("organization"), f + ".organization", true),
              span(n.get("location"), f + ".location", true), span(n.get("dates"), f + ".dates", true));
        }
        case "contact" -> {
          known(n, f, Set.of("claim", "span", "field"));
          yield new Claim.Contact(span(n.get("span"), f + ".span", false), constant(Claim.ContactField.class, n.get("field"), f + ".field"));
        }
        default -> throw ApiProblem.badRequest(f + ".claim", "'" + f + ".claim' must be heading, entry or contact");
      };
    }

    static SectionKind section(JsonNode n, String field) {
      if (n == null || n.isNull()) {
        return null;
      }
      for (SectionKind k : SectionKind.values()) {
        if (n.isTextual() && k.id().equals(n.asText())) {
          return k;
        }
      }
      throw ApiProblem.badRequest(field, "'" + field + "' is not a section kind");
    }

    static <E extends Enum<E>> E constant(Class<E> type, JsonNode n, String field) {
      if (n != null && n.isTextual()) {
        for (E e : type.getEnumConstants()) {
          if (e.name().equals(n.asText().toUpperCase(Locale.ROOT))) {
            return e;
          }
        }
      }
      throw ApiProblem.badRequest(field, "'" + field + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
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
