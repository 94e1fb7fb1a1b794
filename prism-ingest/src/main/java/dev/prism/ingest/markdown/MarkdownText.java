package dev.prism.ingest.markdown;

import dev.prism.core.lexicon.Lexicon;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a Markdown resume as its page shows it, at the source's own offsets: what the page
 * does not show as text is blanked in place, so every span (and every SARIF region) still points at
 * the line a person edits, and the segmenter never reads markup as a job.
 *
 * <p>Hidden: front matter (but for the person's name), code fences, link reference definitions,
 * HTML comments, template tags ("{{< job >}}", "{% include %}"), HTML tags and what a script or a
 * style element holds. Tags that style text inside a line become '*', which reads as Markdown
 * emphasis (no gap, so no field is split where one stood); other tags leave a gap, and a list
 * item's tag at the start of its line becomes a list marker. Character entities become the
 * character they name.
 *
 * <p>Everything is blanked, never removed, and no line break is added: the result has the source's
 * length and its lines, so a line and column of the result are those of the source.
 */
public final class MarkdownText {
  private static final Set<String> INLINE_TAGS = Lexicon.set("markup.txt", "inline-tag");
  private static final Set<String> NAME_KEYS = Lexicon.set("markup.txt", "name-key");
  private static final Map<String, Integer> ENTITIES = entities();
  private static final Pattern EMAIL = Lexicon.pattern("email");
  private static final Pattern PHONE = Lexicon.pattern("phone");
  private static final Pattern URL = Lexicon.pattern("url");
  // One line's worth at most: a '<' that no '>' closes on its line is text ("<3 years", "a < b").
  private static final Pattern TAG = Pattern.compile("</?([A-Za-z][A-Za-z0-9-]*)(?:[\\s/][^<>\\n]*)?>");
  private static final Pattern ENTITY = Pattern.compile("&(?:#(\\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z]{2,8}));");
  private static final Pattern TEMPLATE = Pattern.compile("\\{\\{.*?}}|\\{%.*?%}");
  private static final Pattern FENCE = Pattern.compile("(?m)^ {0,3}(?:```|~~~).*$");
  private static final Pattern REFERENCE = Pattern.compile("(?m)^ {0,3}\\[[^\\]\\n]+]:[ \\t]*\\S+.*$");
  private static final Pattern FRONT_KEY = Pattern.compile("^\\s*(?:-\\s+)?([A-Za-z_]+)\\s*[:=]\\s*[\"']?(.*?)[\"']?\\s*$");

  private MarkdownText() {}

  /** The source with what its page does not show blanked; the same length as the source. */
  public static String visible(String source) {
    char[] out = source.toCharArray();
    frontMatter(source, out);
    blankAll(FENCE.matcher(source), out);
    blankAll(REFERENCE.matcher(source), out);
    comments(source, out);
    blankAll(TEMPLATE.matcher(source), out);
    tags(source, out);
    entities(source, out);
    return new String(out);
  }

  /**
   * "---" (YAML) or "+++" (TOML) on the first line, up to the same on a line of its own: settings
   * for a site generator, not the page. The value of a name key, and any value that is an email
   * address, a phone number or a web address, stays where it is: site themes print them as the
   * page's header.
   */
  private static void frontMatter(String s, char[] out) {
    String fence = s.startsWith("---") ? "---" : s.startsWith("+++") ? "+++" : null;
    int firstEnd = s.indexOf('\n');
    if (fence == null || firstEnd < 0 || !s.substring(0, firstEnd).strip().equals(fence)) {
      return;
    }
    int at = firstEnd + 1;
    while (at < s.length()) {
      int end = s.indexOf('\n', at);
      int lineEnd = end < 0 ? s.length() : end;
      String line = s.substring(at, lineEnd);
      if (line.strip().equals(fence) || fence.equals("---") && line.strip().equals("...")) {
        blankKeepingNames(s, out, 0, lineEnd);
        return;
      }
      at = lineEnd + 1;
    }
    // Never closed: not front matter, and nothing is hidden.
  }

  private static void blankKeepingNames(String s, char[] out, int from, int to) {
    int at = from;
    while (at < to) {
      int end = s.indexOf('\n', at);
      int lineEnd = end < 0 || end > to ? to : end;
      Matcher m = FRONT_KEY.matcher(s.substring(at, lineEnd));
      boolean shown = m.matches() && !m.group(2).isBlank()
          && (NAME_KEYS.contains(m.group(1).toLowerCase(Locale.ROOT)) || isContact(m.group(2)));
      for (int i = at; i < lineEnd; i++) {
        if (!shown || i < at + m.start(2) || i >= at + m.end(2)) {
          blank(out, i);
        }
      }
      at = lineEnd + 1;
    }
  }

  /** An email address, a phone number or a web address: contact the page header shows from it. */
  private static boolean isContact(String v) {
    return EMAIL.matcher(v).find() || PHONE.matcher(v).find() || URL.matcher(v).find();
  }

  /** {@code <!-- … -->}, over lines too; one never closed hides nothing. */
  private static void comments(String s, char[] out) {
    int at = s.indexOf("<!--");
    while (at >= 0) {
      int end = s.indexOf("-->", at + 4);
      if (end < 0) {
        return;
      }
      for (int i = at; i < end + 3; i++) {
        blank(out, i);
      }
      at = s.indexOf("<!--", end + 3);
    }
  }

  private static void tags(String s, char[] out) {
    Matcher m = TAG.matcher(s);
    while (m.find()) {
      if (out[m.start()] != '<') {
        continue; // inside something already hidden (a comment, front matter)
      }
      String name = m.group(1).toLowerCase(Locale.ROOT);
      if (INLINE_TAGS.contains(name)) {
        for (int i = m.start(); i < m.end(); i++) {
          out[i] = '*';
        }
        continue;
      }
      for (int i = m.start(); i < m.end(); i++) {
        blank(out, i);
      }
      // A list item's tag at the start of its line becomes the list marker plain text would show.
      if (name.equals("li") && s.charAt(m.start() + 1) != '/' && !textBefore(out, m.start())
          && textAfter(s, out, m.end())) {
        out[m.start()] = '-';
      }
      // What a script or a style holds is never shown.
      if ((name.equals("script") || name.equals("style")) && s.charAt(m.start() + 1) != '/') {
        int close = s.toLowerCase(Locale.ROOT).indexOf("</" + name, m.end());
        for (int i = m.end(); close >= 0 && i < close; i++) {
          blank(out, i);
        }
      }
    }
  }

  private static void entities(String s, char[] out) {
    Matcher m = ENTITY.matcher(s);
    while (m.find()) {
      if (out[m.start()] != '&') {
        continue;
      }
      int cp = -1;
      if (m.group(1) != null) {
        cp = Integer.parseInt(m.group(1));
      } else if (m.group(2) != null) {
        cp = Integer.parseInt(m.group(2), 16);
      } else {
        cp = ENTITIES.getOrDefault(m.group(3).toLowerCase(Locale.ROOT), -1);
      }
      if (cp <= 0 || cp > Character.MAX_CODE_POINT || Character.isSurrogate((char) cp) && cp < 0x10000) {
        continue; // not an entity a page would show: left as written
      }
      char[] chars = Character.toChars(cp);
      for (int i = m.start(); i < m.end(); i++) {
        out[i] = ' ';
      }
      // A space of any width, or a control character (a line break among them), is a plain space;
      // anything else stands where the entity began.
      if (!Character.isSpaceChar(cp) && !Character.isISOControl(cp)) {
        System.arraycopy(chars, 0, out, m.start(), chars.length);
      }
    }
  }

  private static void blankAll(Matcher m, char[] out) {
    while (m.find()) {
      for (int i = m.start(); i < m.end(); i++) {
        blank(out, i);
      }
    }
  }

  /** A space where a character was; line breaks stay, so lines keep their numbers. */
  private static void blank(char[] out, int i) {
    if (out[i] != '\n' && out[i] != '\r') {
      out[i] = ' ';
    }
  }

  private static boolean textBefore(char[] out, int at) {
    for (int i = at - 1; i >= 0 && out[i] != '\n'; i--) {
      if (!Character.isWhitespace(out[i]) && out[i] != '*') {
        return true;
      }
    }
    return false;
  }

  /** Whether the line shows text after {@code at}, past blanks and any tags still to come. */
  private static boolean textAfter(String s, char[] out, int at) {
    Matcher tag = TAG.matcher(s);
    int i = at;
    while (i < out.length && out[i] != '\n') {
      if (out[i] == '<' && tag.region(i, s.length()).lookingAt()) {
        i = tag.end();
      } else if (Character.isWhitespace(out[i]) || out[i] == '*') {
        i++;
      } else {
        return true;
      }
    }
    return false;
  }

  private static Map<String, Integer> entities() {
    Map<String, Integer> out = new HashMap<>();
    for (String[] row : Lexicon.rows("entities.txt", 2)) {
      out.put(row[1].toLowerCase(Locale.ROOT), Integer.parseInt(row[2], 16));
    }
    return Map.copyOf(out);
  }
}
