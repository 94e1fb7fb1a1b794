package dev.prism.core.text;

import dev.prism.core.model.Bullet;
import dev.prism.core.model.Entry;
import dev.prism.core.model.Field;
import dev.prism.core.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an entry says about the work, as the person wrote it: its bullets and its description
 * paragraphs, each a unit as written. Whether a template draws a glyph before a job's summary or
 * sets it as a paragraph is the template's choice: the same words are one bullet in one rendering
 * of a resume and a paragraph in another, so both are judged alike, whole ("Led the search
 * rewrite. Adoption rose from 5% to 60%." says what was done and what it changed; cut in two, the
 * first half shows no result and the second no work). A unit too long to be one (more than
 * {@link #GLUED_WORDS} words) is judged sentence by sentence, however it was drawn. A paragraph is
 * its lines joined where a sentence runs on from one line to the next; short lines (a team's name,
 * a web address, "Highlights") are no statements.
 */
public final class Statements {
  /** Fewer words than this say no piece of work: a department, a place, a label. */
  static final int MIN_WORDS = 6;
  /**
   * More words than this make no one bullet: several lines read as one, or a paragraph written as
   * an item. The bullet analysis judges no such text whole; its sentences are judged one by one.
   */
  public static final int GLUED_WORDS = 90;
  // A sentence's end: a full stop, "!" or "?" after a word (not after a lone letter, as in "e.g."
  // or "U.S."), then a space and a capital.
  private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<![.\\s]\\p{L})(?<=[\\p{L}\\d)])[.!?]\\s+(?=\\p{Lu})");
  // Compiled once: String.split compiles a pattern of more than one character on every call.
  private static final Pattern SPACE_RUN = Pattern.compile("\\s+");

  private Statements() {}

  /** The entry's bullets and description paragraphs, in text order. */
  public static List<Bullet> of(Entry entry, String text) {
    List<Bullet> out = new ArrayList<>();
    for (Bullet b : entry.bullets()) {
      // A paragraph set as one item ("Built the quoting service … Kept its pages small … Moved its
      // releases to the CDN …") says what a template that breaks it into lines says in several:
      // its sentences are its statements, as a description's are.
      if (words(b.text()) > GLUED_WORDS && SENTENCE_BREAK.matcher(b.text()).find()) {
        add(out, new StringBuilder(b.text()), b.span().offset(), b.span().end(), text);
      } else {
        out.add(b);
      }
    }
    StringBuilder paragraph = null;
    int from = 0;
    int to = 0;
    for (Field f : entry.lines()) {
      String v = f.value().strip();
      if (v.isEmpty()) {
        continue;
      }
      if (paragraph != null && runsOn(paragraph, v, text, to, f.span().offset())) {
        paragraph.append(' ').append(v);
        to = f.span().end();
        continue;
      }
      add(out, paragraph, from, to, text);
      paragraph = new StringBuilder(v);
      from = f.span().offset();
      to = f.span().end();
    }
    add(out, paragraph, from, to, text);
    out.sort(Comparator.comparingInt(b -> b.span().offset()));
    return out;
  }

  /** A line continues the paragraph when the paragraph's sentence is unfinished and the line follows it directly. */
  private static boolean runsOn(StringBuilder paragraph, String next, String text, int end, int start) {
    char last = paragraph.charAt(paragraph.length() - 1);
    if (last == '.' || last == '!' || last == '?' || last == ':' || start < end) {
      return false;
    }
    for (int i = end; i < start && i < text.length(); i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    char first = next.charAt(0);
    return Character.isLowerCase(first) || Character.isDigit(first) || last == ',';
  }

  /**
   * The paragraph as one statement, or, longer than {@link #GLUED_WORDS} words, its sentences, each
   * judged on its own; a sentence too short to say a piece of work goes with the one before it
   * (the first with the one after it).
   */
  private static void add(List<Bullet> out, StringBuilder paragraph, int from, int to, String text) {
    if (paragraph == null || Headings.isSubLabel(paragraph.toString())) {
      return;
    }
    String v = paragraph.toString();
    List<String> sentences = new ArrayList<>();
    if (words(v) <= GLUED_WORDS) {
      sentences.add(v);
    } else {
      Matcher end = SENTENCE_BREAK.matcher(v);
      int start = 0;
      while (end.find()) {
        if (!afterAbbreviation(v, end.start())) {
          sentences.add(v.substring(start, end.start() + 1));
          start = end.end();
        }
      }
      sentences.add(v.substring(start));
    }
    List<String> merged = new ArrayList<>();
    // A short first sentence ("Owned the search service.") goes with the one after it.
    String lead = "";
    for (String sentence : sentences) {
      if (!merged.isEmpty() && words(sentence) < MIN_WORDS) {
        merged.set(merged.size() - 1, merged.get(merged.size() - 1) + " " + sentence);
      } else if (merged.isEmpty() && words(lead + sentence) < MIN_WORDS && sentences.size() > 1) {
        lead = lead + sentence + " ";
      } else {
        merged.add(lead + sentence);
        lead = "";
      }
    }
    if (!lead.isEmpty()) {
      merged.add(lead.strip());
    }
    int cursor = from;
    for (String sentence : merged) {
      Span span = locate(sentence, text, cursor, to);
      cursor = span.end();
      boolean prose = sentence.chars().anyMatch(Character::isLowerCase);
      if (words(sentence) >= MIN_WORDS && prose) {
        out.add(new Bullet(sentence, span));
      }
    }
  }

  /** Whether the stop at {@code stop} ends a known abbreviation ("vs.", "St.": see {@link Parts#isAbbreviation}). */
  private static boolean afterAbbreviation(String v, int stop) {
    int from = stop;
    while (from > 0 && Character.isLetter(v.charAt(from - 1))) {
      from--;
    }
    return Parts.isAbbreviation(v.substring(from, stop));
  }

  private static int words(String s) {
    return s.isBlank() ? 0 : Whitespace.splitLength(s.strip());
  }

  /**
   * Where {@code sentence} stands in the text between {@code from} and {@code to}: from its first
   * word to its last, since the paragraph joined its lines with single spaces.
   */
  private static Span locate(String sentence, String text, int from, int to) {
    String[] w = SPACE_RUN.split(sentence.strip());
    int limit = Math.min(to, text.length());
    int a = text.indexOf(w[0], from);
    if (a < 0 || a >= limit) {
      return Span.between(from, Math.max(from, limit));
    }
    int b = text.indexOf(w[w.length - 1], a + (w.length > 1 ? w[0].length() : 0));
    int e = b < 0 || b + w[w.length - 1].length() > limit ? limit : b + w[w.length - 1].length();
    return Span.between(a, Math.max(a, e));
  }
}
