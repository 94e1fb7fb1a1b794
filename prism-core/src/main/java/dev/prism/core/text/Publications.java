package dev.prism.core.text;

import dev.prism.core.model.Entry;
import dev.prism.core.model.Field;
import dev.prism.core.model.Span;
import dev.prism.core.text.Parts.Part;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The entries of a publications section: a reference's title, where it appeared, and the lines
 * that name its authors or its DOI, which describe it and head nothing.
 */
final class Publications {

  static final Pattern PERSON_NAME = Pattern.compile("\\p{Lu}[\\p{L}'’-]*\\.?(?:\\s+\\p{Lu}[\\p{L}'’-]*\\.?){1,3}");

  static final Pattern AUTHOR_SEPARATOR = Pattern.compile(",\\s*(?:and\\s+|&\\s*)?|\\s+(?:and|&)\\s+");

  static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+$");

  private Publications() {}

  /**
   * A publication: its name is the first part of its first header line that is not a byline (a
   * whole reference is one part), its publisher the part after that on the same line ("Talk —
   * KubeCon"). Authors, DOIs and other header lines are its description, each line whole.
   */
  static Entry of(Block b, List<Part> parts) {
    Line nameLine = null;
    for (Line h : b.header) {
      if (nameLine == null && !isByline(h) && parts.stream().anyMatch(p -> b.header.get(p.line()) == h)) {
        nameLine = h;
      }
    }
    if (nameLine == null && !parts.isEmpty()) {
      nameLine = b.header.get(parts.get(0).line());
    }
    Field name = null;
    Field publisher = null;
    List<Field> described = new ArrayList<>();
    for (int li = 0; li < b.header.size(); li++) {
      Line h = b.header.get(li);
      int at = li;
      List<Part> onLine = parts.stream().filter(p -> p.line() == at).toList();
      if (onLine.isEmpty()) {
        continue;
      }
      if (h == nameLine) {
        boolean citation = isCitation(h);
        if (citation) {
          Span span = Span.between(onLine.get(0).span().offset(), onLine.get(onLine.size() - 1).span().end());
          name = new Field(Inline.clean(textAcross(b.header, span)), span);
        } else {
          name = onLine.get(0).field();
          publisher = onLine.size() > 1 ? onLine.get(1).field() : null;
          for (int k = 2; k < onLine.size(); k++) {
            described.add(onLine.get(k).field());
          }
        }
      } else {
        // The line from its first part to its last, so a date at either end stays out.
        Span span = Span.between(onLine.get(0).span().offset(), onLine.get(onLine.size() - 1).span().end());
        described.add(new Field(Inline.clean(textAcross(b.header, span)), span));
      }
    }
    return new Entry(name, publisher, null, b.dates, b.bullets(), b.description(described), b.span());
  }

  /**
   * The text of a span over the header lines, one space where it crosses from line to line: a part
   * that wraps (see {@link Parts#of}) ends on the line after the one it starts on.
   */
  static String textAcross(List<Line> header, Span span) {
    StringBuilder text = new StringBuilder();
    for (Line l : header) {
      int from = Math.max(span.offset(), l.contentStart());
      int to = Math.min(span.end(), l.contentEnd());
      if (from < to) {
        text.append(text.isEmpty() ? "" : " ").append(l.textOf(Span.between(from, to)));
      }
    }
    return text.toString();
  }

  /**
   * A whole reference on one line: "et al.", a title in curly quotes, or at least two sentence
   * breaks after a word ("…B. Lee. Scaling Ledgers. In Proc. …"); an author's initial is no break.
   */
  static boolean isCitation(Line line) {
    String c = line.content();
    if (c.contains("et al") || c.indexOf('“') >= 0 && c.indexOf('”') > c.indexOf('“')) {
      return true;
    }
    int breaks = 0;
    int letters = 0;
    for (int i = 0; i < c.length(); i++) {
      char ch = c.charAt(i);
      if (Character.isLetter(ch)) {
        letters++;
        continue;
      }
      if (ch == '.' && letters >= 2 && i + 2 < c.length() && c.charAt(i + 1) == ' ' && Character.isUpperCase(c.charAt(i + 2))) {
        breaks++;
      }
      letters = 0;
    }
    return breaks >= 2;
  }

  /** A line naming who wrote a publication or where to find it: a DOI, or two or more person names. */
  static boolean isByline(Line line) {
    String c = Inline.clean(line.content());
    String lower = c.toLowerCase(Locale.ROOT);
    if (lower.startsWith("doi") || lower.contains("doi.org/") || DOI.matcher(c).lookingAt()) {
      return true;
    }
    if (isCitation(line) || c.indexOf(',') < 0 && !lower.contains(" and ") && c.indexOf('&') < 0) {
      return false;
    }
    String[] names = AUTHOR_SEPARATOR.split(c);
    if (names.length < 2) {
      return false;
    }
    for (String n : names) {
      String name = n.strip();
      if (!name.isEmpty() && !name.equals("et al.") && !PERSON_NAME.matcher(name).matches()) {
        return false;
      }
    }
    return true;
  }
}
