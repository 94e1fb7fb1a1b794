package dev.prism.ingest;

import dev.prism.core.model.Claim;
import dev.prism.core.model.LayoutLine;
import dev.prism.core.model.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the LaTeX reader made of a source, as the tests look at it: lines, cells, looks, claims. */
record LatexReading(LatexReader.LatexText t) {

  static LatexReading of(String source) {
    return new LatexReading(LatexReader.toText(source));
  }

  String text() {
    return t.text();
  }

  /** The line whose text starts with {@code start} (after any list glyph and a nested list's indent). */
  LayoutLine line(String start) {
    for (LayoutLine l : t.layout().lines()) {
      String s = l.span().of(t.text()).stripLeading();
      if (s.startsWith(start) || s.startsWith("- " + start)) {
        return l;
      }
    }
    throw new AssertionError("no line starts with '" + start + "' in:\n" + t.text());
  }

  /** The texts of a line's cells; the whole line when it is one run. */
  List<String> cells(String start) {
    LayoutLine l = line(start);
    List<String> out = new ArrayList<>();
    for (Span c : l.cells()) {
      out.add(c.of(t.text()));
    }
    if (out.isEmpty()) {
      out.add(l.span().of(t.text()));
    }
    return out;
  }

  /** The text of every contact claim, by field (the first of each). */
  Map<Claim.ContactField, String> claims() {
    Map<Claim.ContactField, String> out = new LinkedHashMap<>();
    for (Claim c : t.layout().claims()) {
      if (c instanceof Claim.Contact k) {
        out.putIfAbsent(k.field(), k.span().of(t.text()));
      }
    }
    return out;
  }

  /** The text of every claim of one contact field, in order. */
  List<String> claimed(Claim.ContactField field) {
    List<String> out = new ArrayList<>();
    for (Claim c : t.layout().claims()) {
      if (c instanceof Claim.Contact k && k.field() == field) {
        out.add(k.span().of(t.text()));
      }
    }
    return out;
  }

  /** The lines of the text, blank ones left out. */
  List<String> lines() {
    return t.text().lines().filter(l -> !l.isBlank()).toList();
  }
}
