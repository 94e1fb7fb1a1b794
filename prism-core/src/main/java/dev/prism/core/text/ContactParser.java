package dev.prism.core.text;

import dev.prism.core.model.Contact;
import dev.prism.core.model.Field;
import dev.prism.core.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the contact block: the lines before the first heading. Email, phone and links may also be
 * found further down (some resumes put them in a footer); the name only at the top.
 */
final class ContactParser {

  record Result(Contact contact, List<Line> rest) {}

  static final Pattern EMAIL =
      Pattern.compile("(?<![\\w.+-])[\\w.+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63})*\\.[A-Za-z]{2,24}(?![\\w-])");
  // Nine to fifteen digits, with the separators people put between them. Date ranges such as
  // "2019 - 2023" have eight digits and so never match.
  static final Pattern PHONE =
      Pattern.compile("(?<![\\w/])(?:\\+\\d{1,3}[\\s.-]?)?(?:\\(\\d{2,4}\\)[\\s.-]?)?\\d[\\d\\s.-]{6,16}\\d(?![\\w/])");
  static final Pattern URL =
      Pattern.compile(
          "(?i)(?<![\\w@/.])(?:https?://|www\\.)[^\\s|,;()<>\\[\\]]+"
              + "|(?<![\\w@/.])(?:linkedin\\.com|github\\.com|gitlab\\.com|bitbucket\\.org|stackoverflow\\.com|twitter\\.com|x\\.com|medium\\.com)/[^\\s|,;()<>\\[\\]]+"
              + "|(?<![\\w@/.])[a-z0-9-]{2,40}\\.(?:dev|io|me|com|net|org|app|tech|codes|page|site|xyz)(?:/[^\\s|,;()<>\\[\\]]*)?(?![\\w@.])");
  private static final Pattern LOCATION =
      Pattern.compile(
          "^(?:[A-Z][\\p{L}.'-]+(?: [A-Z][\\p{L}.'-]+){0,3}, ?(?:[A-Z]{2}|[A-Z][\\p{L}.'-]+(?: [A-Z][\\p{L}.'-]+){0,2})(?:, ?[A-Z][\\p{L}.'-]+(?: [A-Z][\\p{L}.'-]+)?)?|Remote|Remote \\(.*\\))$");
  private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:[|•·◦●⋅∙♦/]|\\s{2,}|\\t| - | – | — )\\s*");
  private static final int MAX_CONTACT_LINES = 8;
  private static final int MAX_CONTACT_WORDS = 16;

  private ContactParser() {}

  static Result parse(String text, List<Line> lines, int firstHeading) {
    Field name = null;
    Field email = null;
    Field phone = null;
    Field location = null;
    List<Field> links = new ArrayList<>();
    List<Line> rest = new ArrayList<>();
    int contactLines = 0;
    int prose = 0;

    for (int i = 0; i < firstHeading && i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.blank() || line.rule()) {
        continue;
      }
      boolean contactish = looksLikeContact(line);
      boolean shortEnough = line.words() <= MAX_CONTACT_WORDS;
      if (name == null && contactLines == 0 && prose == 0 && shortEnough) {
        Field n = name(line);
        if (n != null) {
          name = n;
        }
      }
      // The block above the first heading: the name, a headline ("Senior Backend Engineer"), and
      // lines of contact details. Prose there is a summary without a heading. A long line is
      // content even when it carries an email (resumes pasted onto one line).
      boolean headline = prose == 0 && line.words() <= 8 && !line.content().endsWith(".");
      if (shortEnough && (contactish || headline) && contactLines < MAX_CONTACT_LINES) {
        contactLines++;
        if (email == null) {
          email = first(EMAIL, line);
        }
        if (phone == null) {
          phone = firstPhone(line);
        }
        links.addAll(all(URL, line, email));
        if (location == null) {
          location = location(line);
        }
      } else {
        prose++;
        rest.add(line);
      }
    }
    // Contact details outside the top block: footers, or resumes with no heading at all.
    if (email == null || phone == null) {
      for (Line line : lines) {
        if (email == null) {
          email = first(EMAIL, line);
        }
        if (phone == null && (looksLikeContact(line) || line.words() <= 6)) {
          phone = firstPhone(line);
        }
      }
    }
    if (links.isEmpty()) {
      for (Line line : lines) {
        if (line.content().matches("(?i).*(linkedin|github|gitlab)\\.com/.*")) {
          links.addAll(all(URL, line, email));
        }
      }
    }
    return new Result(new Contact(name, email, phone, location, dedupe(links)), rest);
  }

  private static boolean looksLikeContact(Line line) {
    String c = line.content();
    return EMAIL.matcher(c).find()
        || PHONE.matcher(c).find()
        || URL.matcher(c).find()
        || location(line) != null;
  }

  /** The first line, when it reads as a person's name: a few capitalised words, no digits. */
  private static Field name(Line line) {
    String c = line.content();
    String[] parts = SEPARATORS.split(c);
    String candidate = Inline.clean(parts.length > 0 ? parts[0] : c);
    if (candidate.toLowerCase().startsWith("name:")) {
      candidate = candidate.substring(5).trim();
    }
    candidate = collapseLetterSpacing(candidate);
    if (candidate.isEmpty() || candidate.length() > 60 || candidate.matches(".*[\\d@:/].*")) {
      return null;
    }
    String[] words = candidate.split("\\s+");
    if (words.length > 5) {
      return null;
    }
    int capitalised = 0;
    for (String w : words) {
      if (!w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || !Character.isLetter(w.charAt(0)))) {
        capitalised++;
      }
    }
    if (capitalised < words.length - 1 || Headings.kindOf(candidate).isPresent()) {
      return null;
    }
    int at = c.indexOf(parts.length > 0 ? parts[0].trim() : c);
    int start = line.contentStart() + Math.max(0, at);
    int len = parts.length > 0 ? parts[0].trim().length() : c.length();
    return new Field(candidate, new Span(start, Math.min(len, line.contentEnd() - start)));
  }

  /** "J O R D A N   L E E" reads as "JORDAN LEE". */
  static String collapseLetterSpacing(String s) {
    if (!s.matches("(?:\\p{L} )+\\p{L}(?:\\s{2,}(?:\\p{L} )*\\p{L})*")) {
      return s;
    }
    StringBuilder b = new StringBuilder();
    for (String word : s.split("\\s{2,}")) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(word.replace(" ", ""));
    }
    return b.toString();
  }

  private static Field location(Line line) {
    int offset = 0;
    for (String part : SEPARATORS.split(line.content())) {
      int at = line.content().indexOf(part, offset);
      offset = Math.max(offset, at);
      String p = part.trim();
      if (!p.isEmpty() && LOCATION.matcher(p).matches() && !EMAIL.matcher(p).find()) {
        return new Field(p, new Span(line.contentStart() + at, p.length()));
      }
    }
    return null;
  }

  private static Field first(Pattern p, Line line) {
    Matcher m = p.matcher(line.content());
    return m.find() ? new Field(m.group(), new Span(line.contentStart() + m.start(), m.end() - m.start())) : null;
  }

  private static Field firstPhone(Line line) {
    Matcher m = PHONE.matcher(line.content());
    while (m.find()) {
      String g = m.group().trim();
      String digits = g.replaceAll("\\D", "");
      // Seven digits are enough with phone punctuation ("555-0100", "+1-555-0100"); a year range
      // such as "2019-2023" or "2019 - 2023" never counts.
      boolean punctuated = g.startsWith("+") || g.startsWith("(") || g.matches(".*\\d{3}[-. ]\\d{4}$");
      boolean yearRange = g.matches("(?:19|20)\\d{2}\\s*[-–]\\s*(?:19|20)\\d{2}");
      if ((digits.length() >= 9 || digits.length() >= 7 && punctuated) && digits.length() <= 15 && !yearRange) {
        return new Field(m.group().trim(), new Span(line.contentStart() + m.start(), m.group().trim().length()));
      }
    }
    return null;
  }

  private static List<Field> all(Pattern p, Line line, Field email) {
    List<Field> out = new ArrayList<>();
    Matcher m = p.matcher(line.content());
    while (m.find()) {
      String url = m.group().replaceAll("[.]+$", "");
      Span span = new Span(line.contentStart() + m.start(), url.length());
      if (email != null && email.span().contains(span)) {
        continue;
      }
      if (EMAIL.matcher(url).find()) {
        continue;
      }
      out.add(new Field(url, span));
    }
    return out;
  }

  private static List<Field> dedupe(List<Field> links) {
    List<Field> out = new ArrayList<>();
    for (Field f : links) {
      if (out.stream().noneMatch(o -> o.value().equalsIgnoreCase(f.value()))) {
        out.add(f);
      }
    }
    return out;
  }
}
