package dev.prism.ingest.markdown;

import dev.prism.core.lexicon.Lexicon;
import dev.prism.core.lexicon.NameWords;
import dev.prism.core.text.Headings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
 * <p>Hidden: front matter (but for the person's name and contact), images, code fences, link reference
 * definitions, HTML comments, template tags ("{{< job >}}", "{% include %}"), pandoc's attributes
 * ("{.nobreak}"), the colon that opens a definition list's item, a block quote's marks, pandoc's fenced divs (":::"), HTML declarations ("<!DOCTYPE html>"), tags, and what the elements a page never
 * shows hold (a script, a style, the page's head). Tags that style text
 * inside a line become '*', which reads as Markdown emphasis (no gap, so no field is split where
 * one stood); other tags leave a gap, and a list item's tag at the start of its line becomes a list
 * marker, and a heading's tag the marks of a Markdown heading. Character entities become the
 * character they name. Only names HTML uses are tags:
 * "Queue&lt;Event&gt;" is text.
 *
 * <p>Everything is blanked, never removed, and no line break is added: the result has the source's
 * length and its lines, so a line and column of the result are those of the source. Every pass is
 * linear in the source's length, whatever markup is left unclosed.
 */
public final class MarkdownText {
  private static final Set<String> INLINE_TAGS = Lexicon.set("markup.txt", "inline-tag");
  private static final Set<String> BLOCK_TAGS = Lexicon.set("markup.txt", "block-tag");
  private static final Set<String> NAME_KEYS = Lexicon.set("markup.txt", "name-key");
  private static final Set<String> TITLE_KEYS = Lexicon.set("markup.txt", "title-key");
  private static final Set<String> IMAGE_KEYS = Lexicon.set("markup.txt", "image-key");
  // Words a role or an organisation is named with, never a person: a title holding one is no name.
  private static final Set<String> NOT_IN_TITLED_NAME = union(
      Lexicon.set("entry-words.txt", "title"), Lexicon.set("entry-words.txt", "title-noun-first"),
      Lexicon.set("entry-words.txt", "organization"),
      Lexicon.set("entry-words.txt", "organization-weak"), Lexicon.set("entry-words.txt", "unit"));
  private static final Set<String> HIDDEN_ELEMENTS = Lexicon.set("markup.txt", "hidden-element");
  private static final Map<String, Integer> ENTITIES = entities();
  private static final Pattern EMAIL = Lexicon.pattern("email");
  private static final Pattern PHONE = Lexicon.pattern("phone");
  private static final Pattern URL = Lexicon.pattern("url");
  // One line's worth at most: a '<' that no '>' closes on its line is text ("<3 years", "a < b").
  private static final Pattern TAG = Pattern.compile("</?([A-Za-z][A-Za-z0-9-]*)(?:[\\s/][^<>\\n]*)?>");
  // A site generator's shortcode alone on its line, opening or closing a block ("[block]" …
  // "[/block]", "[section class=jobs]"): it wraps blocks for the template and shows nothing. Only a
  // name the source closes somewhere ("[/block]"), so a bracketed word of the text ("[WIP]") stays.
  private static final Pattern SHORTCODE = Pattern.compile("(?m)^ {0,3}\\[(/?)([A-Za-z][\\w-]{0,30})(?:[ \\t][^\\]\\n]{0,200})?][ \\t]*$");

  private static void shortcodes(String source, char[] out) {
    if (source.indexOf("[/") < 0) {
      return;
    }
    Set<String> closed = new java.util.HashSet<>();
    Matcher m = SHORTCODE.matcher(source);
    while (m.find()) {
      if (!m.group(1).isEmpty()) {
        closed.add(m.group(2));
      }
    }
    m.reset();
    while (m.find()) {
      if (closed.contains(m.group(2))) {
        for (int i = m.start(); i < m.end(); i++) {
          out[i] = ' ';
        }
      }
    }
  }

  // "@import "resume.less"": a previewer's directive on a line of its own (markup.txt
  // line-directive), which loads a file and shows nothing.
  private static final Pattern DIRECTIVE = Pattern.compile("(?m)^ {0,3}@(?:"
      + String.join("|", Lexicon.list("markup.txt", "line-directive").stream().map(Pattern::quote).toList())
      + ")[ \\t]+[\"'(\\[{][^\\n]*$");

  // "<!DOCTYPE html>", "<?xml version="1.0"?>": what a page's file declares, not what it shows.
  private static final Pattern DECLARATION = Pattern.compile("<![A-Za-z][^<>\\n]*>|<\\?[A-Za-z][^<>\\n]*\\?>");
  // A definition under its term, as pandoc and Markdown Extra write one (":   Globex: Engineer"): the
  // page indents it and shows no colon, nor one that opens an empty definition.
  private static final Pattern DEFINITION = Pattern.compile("(?m)^ {0,3}:(?=[ \\t]+\\S|[ \\t]*$)");
  // Pandoc's fenced divs (":::: {.job}", "::: columns", ":::"): they group blocks for styling, and
  // show nothing. "::: Experience :::", closed on its own line, is a heading drawn so, and shows.
  private static final Pattern FENCED_DIV = Pattern.compile("(?m)^ {0,3}:{3,}[ \\t]*(?:\\{[^}\n]*}|[\\w-]+)?[ \\t]*$");
  // A block quote's marks ("> ", "> > "): the page draws a bar beside the quote, not the marks.
  private static final Pattern QUOTE = Pattern.compile("(?m)^ {0,3}>(?:[ \\t]?>)*[ \\t]?");
  // A backslash that ends a line breaks it there (a hard line break): the page shows no backslash.
  private static final Pattern HARD_BREAK = Pattern.compile("(?m)(?<!\\\\)\\\\$");
  private static final Pattern ENTITY = Pattern.compile("&(?:#(\\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z]{2,8}));");
  // "![photo](me.jpg)", "![badge][ref]": the page shows a picture, not its text or address.
  private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]\\n]*]\\([^)\\n]*\\)|!\\[[^\\]\\n]*]\\[[^\\]\\n]*]");
  private static final Pattern FENCE = Pattern.compile("(?m)^ {0,3}(?:```|~~~).*$");
  // "[^1]: …" is a footnote, which a page shows.
  private static final Pattern REFERENCE = Pattern.compile("(?m)^ {0,3}\\[[^\\]^\\n][^\\]\\n]*]:[ \\t]*\\S+.*$");
  // An item of a list in front matter, its value without quotes: "  - 'Pat Doe'".
  private static final Pattern LIST_ITEM = Pattern.compile("^\\s*-\\s+[\"']?(.*?)[\"']?\\s*$");
  private static final Pattern FRONT_KEY = Pattern.compile("^(\\s*)(-\\s+)?([A-Za-z_][A-Za-z0-9_-]*)\\s*[:=]\\s*[\"']?(.*?)[\"']?\\s*$");
  // A line front matter may hold besides "key: value": a list item, an indented continuation, a
  // comment, a table header ("[params]"), or nothing.
  private static final Pattern FRONT_OTHER = Pattern.compile("^(?:\\s*-\\s.*|\\s+\\S.*|\\s*#.*|\\s*\\[[^\\]]+]\\s*|\\s*)$");
  // Pandoc's attributes after a heading, a link or a span: "{.nobreak}", "{#jobs .unnumbered}".
  // A bounded run of one character class: a repeated group would recurse once per attribute.
  private static final Pattern ATTRIBUTES = Pattern.compile("\\{[#.][A-Za-z][\\w .#=\"\t-]{0,200}}");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");

  private MarkdownText() {}

  @SafeVarargs
  private static Set<String> union(Set<String>... sets) {
    Set<String> out = new java.util.HashSet<>();
    for (Set<String> s : sets) {
      out.addAll(s);
    }
    return Set.copyOf(out);
  }

  // What plain text does not hold and Markdown does: a heading's marks, a link to an address, a
  // fenced div.
  private static final Pattern ATX_HEADING = Pattern.compile("(?m)^ {0,3}#{1,6}[ \\t]+\\S");
  // Bounded, and stopping at the next "[": tried at every "[", it must not scan the rest of a line.
  private static final Pattern LINK = Pattern.compile("\\[[^\\[\\]\\n]{1,300}]\\((?:https?:|mailto:|www\\.)");
  /** How many formatting tags a text file needs to be Markdown: a plain text may mention one. */
  private static final int MARKDOWN_TAGS = 2;

  /**
   * Whether a text file is written in Markdown (a resume kept as "resume.txt" in a repository):
   * a heading's marks ("## Experience"), a link ("[Globex](https://…)"), a fenced div, or an HTML
   * tag that formats text as a page's source writes one: closed ("&lt;/b&gt;"), with attributes
   * ("&lt;a href=…&gt;") or a line break ("&lt;br&gt;"), twice at least. Plain text holds none of
   * these, or mentions a tag by its name ("the &lt;canvas&gt; and &lt;video&gt; elements"), and
   * is read as it is; a script pasted into it is no sign of Markdown either.
   */
  public static boolean looksLikeMarkdown(String text) {
    if (ATX_HEADING.matcher(text).find() || LINK.matcher(text).find() || FENCED_DIV.matcher(text).find()) {
      return true;
    }
    Matcher m = TAG.matcher(text);
    int tags = 0;
    while (m.find()) {
      String name = m.group(1).toLowerCase(Locale.ROOT);
      boolean formats = (INLINE_TAGS.contains(name) || BLOCK_TAGS.contains(name)) && !HIDDEN_ELEMENTS.contains(name);
      boolean written = text.charAt(m.start() + 1) == '/' || m.end() - m.start() > name.length() + 3 || name.equals("br");
      if (formats && written && ++tags >= MARKDOWN_TAGS) {
        return true;
      }
    }
    return false;
  }

  /** The source with what its page does not show blanked; the same length and lines as the source. */
  public static String visible(String source) {
    char[] out = source.toCharArray();
    frontMatter(source, out);
    blankAll(FENCE.matcher(source), out);
    blankAll(IMAGE.matcher(source), out);
    blankAll(REFERENCE.matcher(source), out);
    comments(source, out);
    templates(source, out, "{{", "}}");
    templates(source, out, "{%", "%}");
    shortcodes(source, out);
    blankAll(DECLARATION.matcher(source), out);
    blankAll(DIRECTIVE.matcher(source), out);
    blankAll(DEFINITION.matcher(source), out);
    blankAll(FENCED_DIV.matcher(source), out);
    blankAll(QUOTE.matcher(source), out);
    blankAll(HARD_BREAK.matcher(source), out);
    closingHashes(source, out);
    tags(source, out);
    blankAll(ATTRIBUTES.matcher(source), out);
    rawTex(source, out);
    entities(source, out);
    underscores(out);
    return new String(out);
  }

  // An ATX heading's closing sequence ("### Globex (2015 to Present) ###"): hashes after a space at
  // the line's end, which CommonMark prints no more than the opening ones. Hashes glued to a word
  // ("C#", "F#") are text.
  private static final Pattern CLOSING_HASHES = Pattern.compile("(?m)^( {0,3}#{1,6}[ \\t]+\\S.*?)[ \\t]+(#+)[ \\t]*$");

  /** Blanks the closing hashes of ATX headings, keeping every offset. */
  private static void closingHashes(String source, char[] out) {
    Matcher m = CLOSING_HASHES.matcher(source);
    while (m.find()) {
      for (int i = m.start(2); i < m.end(2); i++) {
        out[i] = ' ';
      }
    }
  }

  /**
   * Emphasis written with single underscores ("in _Cologne, Germany_") becomes '*' emphasis, the one
   * form the engine reads: the same length, so every offset stays. An underscore opens only where no
   * letter, digit or underscore stands before it and text follows, and closes where text stands
   * before it and no letter, digit or underscore follows, as CommonMark has it: "snake_case" and
   * "__init__" stay. Not inside a code span, nor in a web address ("example.org/_drafts_/").
   */
  static void underscores(char[] out) {
    int open = -1;
    boolean code = false;
    for (int i = 0; i < out.length; i++) {
      char c = out[i];
      if (c == '\n') {
        open = -1;
        code = false;
      } else if (c == '`') {
        code = !code;
        open = -1;
      } else if (c == '_' && !code && !codeIndent(out, i)) {
        char before = i > 0 ? out[i - 1] : ' ';
        char after = i + 1 < out.length ? out[i + 1] : ' ';
        if (before == '_' || after == '_') {
          continue;
        }
        boolean closes = open >= 0 && !Character.isWhitespace(before) && !Character.isLetterOrDigit(after);
        if (closes) {
          out[open] = '*';
          out[i] = '*';
          open = -1;
        } else if (!Character.isLetterOrDigit(before) && !Character.isWhitespace(after) && after != '\n' && !inAddress(out, i)) {
          open = i;
        }
      }
    }
  }

  /** Whether the line holding {@code at} is indented as code is (a tab, or four spaces or more). */
  private static boolean codeIndent(char[] out, int at) {
    int start = at;
    while (start > 0 && out[start - 1] != '\n') {
      start--;
    }
    return out[start] == '\t' || start + 4 <= out.length && out[start] == ' ' && out[start + 1] == ' ' && out[start + 2] == ' ' && out[start + 3] == ' ';
  }

  /** Whether the word holding {@code at} is a web address or a path ("https://…", "www.…", "a/b"). */
  private static boolean inAddress(char[] out, int at) {
    int from = at;
    while (from > 0 && !Character.isWhitespace(out[from - 1])) {
      from--;
    }
    int to = at;
    while (to < out.length && !Character.isWhitespace(out[to])) {
      to++;
    }
    String word = new String(out, from, to - from);
    return word.contains("://") || word.startsWith("www.") || word.indexOf('/') >= 0 || word.indexOf('@') >= 0;
  }

  /**
   * "---" (YAML) or "+++" (TOML) on the first line, up to the same on a line of its own, with
   * nothing but settings between: for a site generator, not the page. A header drawn between two
   * rules ("---" / "# Pat Doe" / "---") is no front matter. The value of a name key, and any value
   * that is an email address, a phone number or a web address, stays where it is: site themes
   * print them as the page's header.
   */
  private static void frontMatter(String s, char[] out) {
    String fence = s.startsWith("---") ? "---" : s.startsWith("+++") ? "+++" : null;
    int firstEnd = s.indexOf('\n');
    if (fence == null || firstEnd < 0 || !s.substring(0, firstEnd).strip().equals(fence)) {
      return;
    }
    int at = firstEnd + 1;
    int keys = 0;
    while (at < s.length()) {
      int end = s.indexOf('\n', at);
      int lineEnd = end < 0 ? s.length() : end;
      String line = s.substring(at, lineEnd);
      if (line.strip().equals(fence) || fence.equals("---") && line.strip().equals("...")) {
        if (keys > 0) {
          blankKeepingContact(s, out, 0, lineEnd);
        }
        return;
      }
      if (FRONT_KEY.matcher(line).matches()) {
        keys++;
      } else if (!FRONT_OTHER.matcher(line).matches()) {
        return; // a line no settings file holds: the rules frame part of the page
      }
      at = lineEnd + 1;
    }
    // Never closed: not front matter, and nothing is hidden.
  }

  private static void blankKeepingContact(String s, char[] out, int from, int to) {
    int at = from;
    boolean named = false;
    boolean nameKey = hasNameKey(s, from, to);
    // Under a name key with no value ("author:"), the items of its list: pandoc's title block
    // lists the name first, then the author's contact details ("- Pat Doe", "- <pat@example.com>").
    boolean nameList = false;
    while (at < to) {
      int end = s.indexOf('\n', at);
      int lineEnd = end < 0 || end > to ? to : end;
      String line = s.substring(at, lineEnd);
      Matcher m = FRONT_KEY.matcher(line);
      Matcher item = LIST_ITEM.matcher(line);
      boolean listed = nameList && !m.matches() && item.matches();
      Matcher value = listed ? item : m;
      int group = listed ? 1 : 4;
      boolean name = !named && (listed || m.matches() && !m.group(4).isBlank() && (isName(m) || !nameKey && isTitledName(m)));
      named |= name;
      // A picture's address ("image: https://…/avatar.png") is no contact link.
      boolean picture = m.matches() && IMAGE_KEYS.contains(m.group(3).toLowerCase(Locale.ROOT));
      boolean shown = name || (listed || m.matches()) && !picture && !value.group(group).isBlank() && isContact(value.group(group));
      for (int i = at; i < lineEnd; i++) {
        if (!shown || i < at + value.start(group) || i >= at + value.end(group)) {
          blank(out, i);
        }
      }
      if (m.matches()) {
        nameList = m.group(4).isBlank() && isName(m);
      } else if (!item.matches()) {
        nameList = false;
      }
      at = lineEnd + 1;
    }
  }

  private static boolean hasNameKey(String s, int from, int to) {
    for (String line : s.substring(from, to).split("\n")) {
      Matcher m = FRONT_KEY.matcher(line);
      if (m.matches() && isName(m)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A title key whose value has a person's name's shape (two to four words, each opening with a
   * capital, no digits): pandoc and site themes print the title at the top of the page, and a
   * resume's title is often its author's name ("title: Pat Doe"). Read only where no name key is.
   */
  private static boolean isTitledName(Matcher key) {
    if (key.group(2) != null || !TITLE_KEYS.contains(key.group(3).toLowerCase(Locale.ROOT))) {
      return false;
    }
    String value = key.group(4).strip();
    String[] words = value.split("\\s+");
    return words.length >= 2 && words.length <= 4
        && java.util.Arrays.stream(words).allMatch(w -> Character.isUpperCase(w.charAt(0)) && w.chars().noneMatch(Character::isDigit))
        // "Senior Backend Engineer", "Pat Doe Resume", "Work Experience", "Globex Engineering Team".
        && !NameWords.hasNotNameWord(value) && Headings.kindOf(value).isEmpty()
        && java.util.Arrays.stream(words).noneMatch(w -> NOT_IN_TITLED_NAME.contains(w.toLowerCase(Locale.ROOT)));
  }

  /**
   * The person's name: the first name key ("name", "author"; "profile: / name: …" too), not one of
   * a list's items ("- name: Globex" under the jobs).
   */
  private static boolean isName(Matcher key) {
    return key.group(2) == null && NAME_KEYS.contains(key.group(3).toLowerCase(Locale.ROOT));
  }

  /**
   * A value that holds an email address, a phone number (not a date such as "2024-03-05") or a web
   * address standing nearly alone. A theme's header item may wrap its value in markup
   * ("<i class=…></i> +1 555 0100"); a sentence that mentions a site is no header item.
   */
  private static boolean isContact(String v) {
    return EMAIL.matcher(v).find() || PHONE.matcher(v).find() && !ISO_DATE.matcher(v).matches()
        || URL.matcher(v).find() && v.split("\\s+").length <= 3;
  }

  private static final Set<String> TEX_SILENT = Lexicon.set("markup.txt", "tex-silent");
  private static final Set<String> TEX_LAST = Lexicon.set("markup.txt", "tex-last-argument");
  // A LaTeX command: a backslash, letters, an optional star.
  private static final Pattern TEX_COMMAND = Pattern.compile("\\\\([A-Za-z]+)\\*?");
  /** Fewer raw LaTeX commands than this are text that names one ("the \n in C"), not markup. */
  private static final int TEX_COMMANDS = 3;
  /** How far a command's argument may run: one line's worth. */
  private static final int TEX_ARGUMENT = 300;

  /**
   * Raw LaTeX in pandoc Markdown: a command's name, its options in square brackets and the braces
   * of its arguments are blanked; the arguments' words stay, but for commands that only set the
   * page's look ({@code tex-silent}: "\vspace{3pt}", "\begin{center}") and the first arguments
   * of those that show only their last ("\textcolor{navy}{Skills}"). "\\" (a line break)
   * goes too. Only where the source holds a few commands, outside code.
   */
  private static void rawTex(String s, char[] out) {
    if (s.indexOf('\\') < 0) {
      return;
    }
    String shown = new String(out);
    Matcher m = TEX_COMMAND.matcher(shown);
    int found = 0;
    while (found < TEX_COMMANDS && m.find()) {
      found++;
    }
    if (found < TEX_COMMANDS) {
      return;
    }
    m.reset();
    while (m.find()) {
      String name = m.group(1);
      for (int i = m.start(); i < m.end(); i++) {
        blank(out, i);
      }
      int at = m.end();
      // Options: "[rgb]", "[most]".
      if (at < shown.length() && shown.charAt(at) == '[') {
        int close = shown.indexOf(']', at);
        if (close > 0 && close - at < TEX_ARGUMENT && shown.indexOf('\n', at) > close) {
          for (int i = at; i <= close; i++) {
            blank(out, i);
          }
          at = close + 1;
        }
      }
      // Arguments: each "{…}" right after, on the line, braces matched.
      List<int[]> args = new ArrayList<>();
      while (at < shown.length() && shown.charAt(at) == '{') {
        int close = closingBrace(shown, at);
        if (close < 0) {
          break;
        }
        args.add(new int[] {at, close});
        at = close + 1;
      }
      for (int k = 0; k < args.size(); k++) {
        int[] a = args.get(k);
        boolean silent = TEX_SILENT.contains(name) || TEX_LAST.contains(name) && k < args.size() - 1;
        for (int i = a[0]; i <= a[1]; i++) {
          if (silent || i == a[0] || i == a[1]) {
            blank(out, i);
          }
        }
      }
    }
    Matcher breaks = TEX_BREAK.matcher(shown);
    while (breaks.find()) {
      blank(out, breaks.start());
      blank(out, breaks.start() + 1);
    }
  }

  // "\\" ending a line of raw LaTeX: a line break, not text.
  private static final Pattern TEX_BREAK = Pattern.compile("\\\\\\\\(?=\\s*$)", Pattern.MULTILINE);

  /** Where the brace opened at {@code open} closes on its line, nested braces matched; -1 if not. */
  private static int closingBrace(String s, int open) {
    int depth = 0;
    for (int i = open; i < s.length() && i - open < TEX_ARGUMENT; i++) {
      char c = s.charAt(i);
      if (c == '\n') {
        return -1;
      }
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    return -1;
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

  /** Template tags closed on their own line ("{{< job >}}", "{% include x %}"); unclosed ones are text. */
  private static void templates(String s, char[] out, String open, String close) {
    int at = s.indexOf(open);
    while (at >= 0) {
      int end = s.indexOf(close, at + open.length());
      if (end < 0) {
        return; // nothing after closes any opener
      }
      int lineEnd = s.indexOf('\n', at);
      if (lineEnd >= 0 && lineEnd < end) {
        at = s.indexOf(open, lineEnd + 1); // every opener up to this line's end is unclosed on its line
        continue;
      }
      for (int i = at; i < end + close.length(); i++) {
        blank(out, i);
      }
      at = s.indexOf(open, end + close.length());
    }
  }

  private static void tags(String s, char[] out) {
    boolean[] textAfter = textAfterOnLine(s, out);
    Matcher m = TAG.matcher(s);
    // Whether the line shows text before the tag at hand: carried along, one pass over the text.
    int scanned = 0;
    boolean textBefore = false;
    // Where a script's or a style's end was looked for in vain: no later one ends either.
    Map<String, Integer> unclosedFrom = new HashMap<>();
    int hiddenTo = 0;
    while (m.find()) {
      if (m.start() < hiddenTo || out[m.start()] != '<') {
        continue; // inside something already hidden (a comment, front matter, a script)
      }
      for (; scanned < m.start(); scanned++) {
        char c = out[scanned];
        if (c == '\n') {
          textBefore = false;
        } else if (shows(c)) {
          textBefore = true;
        }
      }
      String name = m.group(1).toLowerCase(Locale.ROOT);
      boolean inline = INLINE_TAGS.contains(name);
      if (!inline && !BLOCK_TAGS.contains(name) && name.indexOf('-') < 0) {
        continue; // "Queue<Event>": no tag of a page
      }
      boolean closing = s.charAt(m.start() + 1) == '/';
      for (int i = m.start(); i < m.end(); i++) {
        if (inline) {
          out[i] = '*';
        } else {
          blank(out, i);
        }
      }
      // "<span class="org">Globex</span><span class="place">Lyon</span>": an element closed
      // against the text before it, with one that its own style sets apart opening at once, shows
      // two runs the page sets apart, never one glued word: a space parts them. Unstyled tags
      // ("<b>Pay</b><i>Nest</i>", a drop capital) may cut one word, and part nothing.
      if (inline && closing && m.start() > 0 && shows(out[m.start() - 1]) && styledInlineTagAt(s, m.end())) {
        blank(out, m.end() - 1);
      }
      scanned = m.end();
      // A list item's tag at the start of its line becomes the list marker plain text would show.
      if (name.equals("li") && !closing && !textBefore && m.end() < textAfter.length && textAfter[m.end()]) {
        out[m.start()] = '-';
        textBefore = true;
      }
      // A heading's tag at the start of its line becomes the marks of a Markdown heading ("<h3>"
      // is "### "), where the tag leaves room for as many marks as its level and a space: a bare
      // "<h4>" has none, and stays a plain line rather than rank with the "<h3>" above it.
      int level = isHeadingTag(name) ? name.charAt(1) - '0' : 0;
      if (level > 0 && level < m.end() - m.start() && !closing && !textBefore && m.end() < textAfter.length && textAfter[m.end()]) {
        for (int k = 0; k < level; k++) {
          out[m.start() + k] = '#';
        }
        textBefore = true;
      }
      // What a script, a style or a page's head holds is never shown.
      if (HIDDEN_ELEMENTS.contains(name) && !closing && m.end() < unclosedFrom.getOrDefault(name, Integer.MAX_VALUE)) {
        int end = closingTag(s, name, m.end());
        if (end < 0) {
          unclosedFrom.put(name, m.end());
        } else {
          for (int i = m.end(); i < end; i++) {
            blank(out, i);
          }
          hiddenTo = end;
          scanned = end;
        }
      }
    }
  }

  /**
   * Whether an opening tag of an inline element with attributes (a class, a style) stands at
   * {@code at}, with text right after it.
   */
  private static boolean styledInlineTagAt(String s, int at) {
    if (at + 1 >= s.length() || s.charAt(at) != '<' || s.charAt(at + 1) == '/') {
      return false;
    }
    Matcher t = TAG.matcher(s).region(at, s.length());
    return t.lookingAt() && INLINE_TAGS.contains(t.group(1).toLowerCase(Locale.ROOT)) && t.group().indexOf('=') > 0
        && t.end() < s.length() && !Character.isWhitespace(s.charAt(t.end()));
  }

  private static boolean isHeadingTag(String name) {
    return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
  }

  /** For each offset, whether its line shows text from there on, tags aside: one pass from the end. */
  private static boolean[] textAfterOnLine(String s, char[] out) {
    boolean[] after = new boolean[out.length + 1];
    boolean seen = false;
    int tagEnd = -1;
    for (int i = out.length - 1; i >= 0; i--) {
      char c = out[i];
      if (c == '\n') {
        seen = false;
        tagEnd = -1;
      } else if (c == '>') {
        tagEnd = i;
      } else if (c == '<' && tagEnd > i) {
        // The characters of a tag still to blank are no text; they were counted, so count again
        // from the tag's end.
        seen = after[tagEnd + 1];
        tagEnd = -1;
      } else if (shows(c)) {
        seen = true;
      }
      after[i] = seen;
    }
    return after;
  }

  private static boolean shows(char c) {
    return !Character.isWhitespace(c) && c != '*';
  }

  /**
   * Where the closing tag of {@code name} stands from {@code from}, or -1: "</head>" or "</head >",
   * never "</header>".
   */
  private static int closingTag(String s, String name, int from) {
    String needle = "</" + name;
    for (int i = from; i + needle.length() <= s.length(); i++) {
      if (s.regionMatches(true, i, needle, 0, needle.length())) {
        int after = i + needle.length();
        if (after == s.length() || s.charAt(after) == '>' || Character.isWhitespace(s.charAt(after))) {
          return i;
        }
      }
    }
    return -1;
  }

  /**
   * Each entity becomes the character it names. A word written with entities ("&#98;&#101;n", as
   * addresses are hidden from robots) stays one word: its characters close up at the start of the
   * run, and the blanks go after it, so the text keeps its length and its lines.
   */
  private static void entities(String s, char[] out) {
    Matcher m = ENTITY.matcher(s);
    int cursor = -1; // where the next character of the word being closed up goes; -1: none
    int runEnd = -1; // where the last entity of that word ended
    while (m.find()) {
      if (out[m.start()] != '&') {
        continue;
      }
      int cp;
      if (m.group(1) != null) {
        cp = Integer.parseInt(m.group(1));
      } else if (m.group(2) != null) {
        cp = Integer.parseInt(m.group(2), 16);
      } else {
        cp = ENTITIES.getOrDefault(m.group(3).toLowerCase(Locale.ROOT), -1);
      }
      if (cp <= 0 || cp > Character.MAX_CODE_POINT || cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
        continue; // not an entity a page would show: left as written
      }
      if (cursor >= 0 && shown(out, runEnd, m.start())) {
        cursor = closeUp(out, runEnd, m.start(), cursor);
      } else {
        if (cursor >= 0) {
          closeUp(out, runEnd, wordEnd(out, runEnd), cursor);
        }
        cursor = m.start();
      }
      for (int i = m.start(); i < m.end(); i++) {
        out[i] = ' ';
      }
      // A space of any width, or a control character (a line break among them), is a plain space
      // and ends the word; anything else stands at the cursor.
      if (!Character.isSpaceChar(cp) && !Character.isISOControl(cp)) {
        char[] chars = Character.toChars(cp);
        System.arraycopy(chars, 0, out, cursor, chars.length);
        cursor += chars.length;
        runEnd = m.end();
      } else {
        cursor = -1;
      }
    }
    if (cursor >= 0) {
      closeUp(out, runEnd, wordEnd(out, runEnd), cursor);
    }
  }

  /** Whether {@code [from, to)} shows only characters of a word: no blank, no line break. */
  private static boolean shown(char[] out, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isWhitespace(out[i])) {
        return false;
      }
    }
    return true;
  }

  /** Where the word that goes on at {@code from} ends: the next blank or line break. */
  private static int wordEnd(char[] out, int from) {
    int i = from;
    while (i < out.length && !Character.isWhitespace(out[i])) {
      i++;
    }
    return i;
  }

  /** Moves {@code [from, to)} to {@code cursor} (never after {@code from}), blanks what it left; the next cursor. */
  private static int closeUp(char[] out, int from, int to, int cursor) {
    for (int i = from; i < to; i++) {
      char c = out[i];
      out[i] = ' ';
      out[cursor++] = c;
    }
    return cursor;
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

  private static Map<String, Integer> entities() {
    Map<String, Integer> out = new HashMap<>();
    for (String[] row : Lexicon.rows("entities.txt", 2)) {
      out.put(row[1].toLowerCase(Locale.ROOT), Integer.parseInt(row[2], 16));
    }
    return Map.copyOf(out);
  }
}
