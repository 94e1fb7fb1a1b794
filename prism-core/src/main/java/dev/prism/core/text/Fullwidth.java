package dev.prism.core.text;

import dev.prism.core.model.Bullet;
import dev.prism.core.model.Contact;
import dev.prism.core.model.Entry;
import dev.prism.core.model.Field;
import dev.prism.core.model.Resume;
import dev.prism.core.model.Section;
import dev.prism.core.model.SkillGroup;
import dev.prism.core.model.Span;
import java.util.List;

/**
 * Chinese and Japanese resumes write their punctuation in full width: "（2017年11月 ～ 至今）",
 * "2022 ~ 現在：エンジニア", "Globex｜2019". Segmentation reads those marks as the ASCII ones they
 * stand for (Unicode's compatibility mapping of the full-width forms), one character for one, so
 * every span stays where it was; so are the ideographic comma and full stop ("、", "。"). Full-width
 * letters and digits are left as written. What the reading gives back holds the marks as written
 * ({@link #restore}): the folding is how segmentation reads, not what the person wrote.
 */
final class Fullwidth {
  private static final char IDEOGRAPHIC_SPACE = '\u3000';
  private static final char IDEOGRAPHIC_COMMA = '\u3001';
  private static final char IDEOGRAPHIC_FULL_STOP = '\u3002';

  private Fullwidth() {}

  /** The text with each full-width punctuation mark as its ASCII form, and the ideographic space, comma and full stop as theirs. */
  static String fold(String text) {
    char[] out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char folded = fold(c);
      if (folded != c) {
        if (out == null) {
          out = text.toCharArray();
        }
        out[i] = folded;
      }
    }
    return out == null ? text : new String(out);
  }

  private static char fold(char c) {
    if (c == IDEOGRAPHIC_SPACE) {
      return ' ';
    }
    // The ideographic comma and full stop: "ダブリン、アイルランド" is a town and its country.
    if (c == IDEOGRAPHIC_COMMA) {
      return ',';
    }
    if (c == IDEOGRAPHIC_FULL_STOP) {
      return '.';
    }
    if (c < '\uFF01' || c > '\uFF5E') {
      return c;
    }
    char ascii = (char) (c - 0xFEE0);
    return Character.isLetterOrDigit(ascii) ? c : ascii;
  }

  /** The resume read from the folded text, its values in the marks of the original text. */
  static Resume restore(Resume r, String folded, String original) {
    Restorer x = new Restorer(folded, original);
    Contact c = r.contact();
    Contact contact = new Contact(x.field(c.name()), x.field(c.email()), x.field(c.phone()), x.field(c.location()),
        x.fields(c.links()));
    List<Section> sections = r.sections().stream().map(s -> new Section(s.kind(), x.field(s.heading()),
        s.entries().stream().map(e -> new Entry(x.field(e.title()), x.field(e.organization()), x.field(e.location()),
            e.dates(), e.bullets().stream().map(b -> new Bullet(x.value(b.text(), b.span()), b.span())).toList(),
            x.fields(e.lines()), e.span())).toList(),
        s.skills().stream().map(g -> new SkillGroup(x.field(g.label()), x.fields(g.skills()))).toList(),
        s.span())).toList();
    return new Resume(contact, sections);
  }

  /** Values taken back to the original text's marks, character by character along their spans. */
  private record Restorer(String folded, String original) {
    Field field(Field f) {
      return f == null ? null : new Field(value(f.value(), f.span()), f.span());
    }

    List<Field> fields(List<Field> fs) {
      return fs.stream().map(this::field).toList();
    }

    /**
     * A value cleaned from its span (spaces joined, markup dropped): each of its characters that the
     * folding may have made is matched, in order, to the same character in the span, and takes the
     * original's character there; a character the span does not hold nearby (a space joining two
     * lines) stays as it is.
     */
    String value(String v, Span span) {
      if (span == null || span.end() > folded.length() || v.chars().noneMatch(Fullwidth::folds)) {
        return v;
      }
      StringBuilder out = new StringBuilder(v.length());
      int p = span.offset();
      boolean marked = false;
      for (int i = 0; i < v.length(); i++) {
        char c = v.charAt(i);
        if (Character.isWhitespace(c)) {
          // A space stands for the blank run at this point of the span (a line break and an
          // indent joined), or for nothing there.
          if (p < span.end() && Character.isWhitespace(folded.charAt(p))) {
            out.append(folded.charAt(p) == ' ' && original.charAt(p) != ' ' && !isLineBreak(original.charAt(p)) ? original.charAt(p) : c);
            while (p < span.end() && Character.isWhitespace(folded.charAt(p))) {
              p++;
            }
          } else if (!marked) {
            // A space the reading put after a mark ("Globex, Payments" joined from two parts): a
            // full-width mark carries its own space.
            out.append(c);
          }
          marked = false;
          continue;
        }
        int at = -1;
        for (int q = p; q < span.end() && q < p + NEAR; q++) {
          if (folded.charAt(q) == c) {
            at = q;
            break;
          }
        }
        if (at < 0) {
          out.append(c);
          marked = false;
          continue;
        }
        char written = folds(c) ? original.charAt(at) : c;
        marked = written != c;
        out.append(written);
        p = at + 1;
      }
      return out.toString();
    }
  }

  /** How far ahead in a span a value's next character is looked for: a line break and an indent. */
  private static final int NEAR = 24;

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r';
  }

  /** Whether folding may have made this character (an ASCII mark or a space). */
  private static boolean folds(int c) {
    return c == ' ' || c < 0x7F && !Character.isLetterOrDigit(c) && c > ' ';
  }
}
