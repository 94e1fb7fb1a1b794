package dev.prism.core.text;

import dev.prism.core.lexicon.FieldLabelWords;
import dev.prism.core.lexicon.Glyphs;
import dev.prism.core.lexicon.Lexicon;
import dev.prism.core.model.Box;
import dev.prism.core.model.DateRange;
import dev.prism.core.model.PartialDate;
import dev.prism.core.model.SectionKind;
import dev.prism.core.model.Span;
import dev.prism.core.model.Style;
import dev.prism.core.text.Parts.Part;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one line of a section reads as, taken alone or beside its neighbour: a sentence, a list of
 * technologies, a label, a header's shape, a date written with prose after it. The grouping in
 * {@link Entries} asks these questions of each line; none of them looks at the entry being built,
 * so each can be read, and changed, on its own.
 */
final class LineShapes {

  static final Set<String> INLINE_LABELS = Lexicon.set("entry-words.txt", "inline-label");

  static final Set<String> DETAIL_LABELS = FieldLabelWords.detailLabels();

  static final Pattern DANGLING =
      Pattern.compile("(?i)(?:,|\\b(?:and|or|of|with|to|for|in|on|by|from|the|a|an|across|via|using|into))$");

  static final Pattern VERB_START = Pattern.compile("^[A-Z][a-z]+(?:ed|ing|s)\\b");

  // A verb that says what was done, in the past or the present ("Reduced", "Manages"), not a participle.
  static final Pattern DONE_START = Pattern.compile("^[A-Z][a-z]+(?:ed|s)\\b");

  static final Pattern SPACE_RUN = Pattern.compile("\\s+");

  static final Pattern WORD = Pattern.compile("[\\p{L}\\d]+");

  static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\d]+");

  // A name of one to four capitalised words, or a domain written in small letters ("globex.io"),
  // then a drawn separator or a dash (see nameThenAbout).
  static final Pattern NAME_THEN_SEPARATOR = Pattern.compile("^(?:\\p{Lu}\\S*(?: \\p{Lu}\\S*){0,3}|[\\p{Ll}\\d][\\w-]*(?:\\.[\\w-]+)*\\.\\p{Ll}{2,6}) ([" + Glyphs.fieldSeparatorClass() + Glyphs.dashClass() + "]) \\S");

  static final Pattern SEPARATOR_END = Pattern.compile("\\s*[" + Glyphs.fieldSeparatorClass() + Glyphs.dashClass() + "]\\s*$");

  // Compiled once: String.split compiles a pattern of more than one character on every call.
  // Between the items of a list of technologies: commas, or the drawn separators some lists use.
  // A bar, plain or broken, parts a project's name from its stack ("Ledgerly | Go, Kafka") and
  // lists nothing.
  static final String BARS = "|¦";

  // A slash with spaces around it parts items too ("PHP / JS / MySQL"); one inside a word is part
  // of the item ("Yarn/NPM", "CI/CD").
  static final Pattern LIST_COMMA = Pattern.compile("\\s*[," + Glyphs.fieldSeparatorClass() + "&&[^" + BARS + "]]\\s*|\\s+/\\s+");

  static final Pattern SENTENCE_END = Pattern.compile("[.!?;:][)\"'’”]?$");

  static final Pattern TRAILING_STOPS = Pattern.compile("[.,;]+$");

  static final Pattern LEADING_SEPARATORS = Pattern.compile("^[\\s,;" + Glyphs.fieldSeparatorClass() + Glyphs.dashClass() + "]+");

  static final Set<String> SECOND_LEVEL_DOMAINS = Lexicon.set("contact-words.txt", "second-level-domain");

  /** The letters two words must share at their start to be one word's forms ("Engineering", "Engineer"). */
  static final int SHARED_STEM = 6;

  /** A plural's ending written optional after a word: "(s)", "(es)". */
  static final Pattern OPTIONAL_PLURAL = Pattern.compile("\\((?:s|es)\\)(?=\\s|$)");

  /** A short label of letters before the colon of a line that is otherwise one web address. */
  static final Pattern LINK_LABEL = Pattern.compile("\\p{L}+(?: \\p{L}+){0,2}\\s*:\\s*");

  /** The most words of a clause that ends with a colon and introduces the items under it. */
  static final int LEAD_IN_WORDS = 12;

  /** Items each set as code and parted by commas: "`C`, `Linux`, `CAN`". */
  static final Pattern CODE_ITEMS = Pattern.compile("\\s*`[^`]+`(?:\\s*,\\s*`[^`]+`)+\\s*[.;]?\\s*");

  static final int MIN_LIST_ITEMS = 5;

  /** How much further in, in points, an item on a page must stand to be nested: more than the jitter of one edge. */
  static final float NESTED_BY = 2f;

  /** The most words an item stacking a header may have: a department's and its school's full name. */
  static final int MAX_STACKED_WORDS = 14;

  /** The most letters of a word whose full stop marks an abbreviation ("Sr.", "Asst."), not a sentence's end. */
  static final int MAX_ABBREVIATION = 4;

  /** The most words of a header before the full stop that ends it on a line with its description. */
  static final int MAX_HEADER_WORDS = 12;

  /** A type size, relative to the running text's, a little larger: a header's in some templates. */
  static final float SLIGHTLY_LARGER = 1.05f;

  /** The most words a list item set as a header, with its range of dates, has. */
  static final int DATED_HEADER_WORDS = 14;

  /** A type size, relative to the running text's, that sets a line apart as larger. */
  static final float LARGER = 1.15f;

  /** The fewest words of a sentence that follows a date with no colon between them (see datedSentence). */
  static final int MIN_STATEMENT_WORDS = 9;

  /** A full stop after a word of two letters or more, then a capitalised word: one sentence ends, the next begins. */
  static final Pattern FULL_STOP_INSIDE = Pattern.compile("\\p{L}{2,}\\. \\p{Lu}");

  /**
   * A name of one word, then a comma or a dash: "Globex, Berlin – building the payments platform"
   * heads a job. ("Built Kafka, Redis and …" is a statement: its first word is followed by another.)
   */
  static final Pattern NAME_THEN_FIELD = Pattern.compile("^\\p{Lu}[\\p{L}\\d&.'’-]*(?:,| [" + Glyphs.dashClass() + "|] )");

  /** Words that join the last item of a list to the others: "and", "or", "&", "und", "et", "y". */
  static final Set<String> LIST_JOINERS = Lexicon.set("entry-words.txt", "list-joiner");

  /** A difference in type size, as a share of the item's, that sets a line apart. */
  static final float OTHER_SIZE = 0.08f;

  /** How far left of an item's text, in points, a line starts to stand apart from the item. */
  static final float OUTDENT = 3f;

  /** Words after "at" that a header's employer holds at most: more say what was done there. */
  static final int AT_NAME_MAX_WORDS = 5;

  /** Words that open a phrase after a name, not a word of one: "for", "until", "since", "during". */
  static final Set<String> AFTER_NAME = Lexicon.set("entry-words.txt", "after-name");

  /** Words that open a line telling of a change of role inside a job ("Promoted to …"). */
  static final List<String> ROLE_CHANGES = Lexicon.list("entry-words.txt", "role-change");
  /** The same, each with the space that ends it as a line's first word: what a sentence opens with. */
  private static final List<String> ROLE_CHANGES_SPACED = ROLE_CHANGES.stream().map(w -> w + ' ').toList();

  /** The most words a name in a cell before a sentence's cell may have (see {@link #nameBeforeSentence}). */
  static final int MAX_NAME_CELL_WORDS = 6;

  /** The most words a header has, as a rule. */
  static final int HEADER_WORDS = 14;

  static final int LONG_HEADER_WORDS = 24;

  /** A comma, or a dash, bar or middle dot with spaces around it: what parts a header's fields. */
  static final Pattern FIELD_SEPARATOR = Pattern.compile(",\\s|\\s[" + Glyphs.dashClass() + "|·•]\\s");

  /** What parts the tags a theme prints in a row: commas, drawn separators, spaces. */
  static final Pattern TAG_GAPS = Pattern.compile("[\\s,;/" + Glyphs.fieldSeparatorClass() + "]+");

  /** How many lines, links aside, an employer's block holds between its name and its dates. */
  static final int BLOCK_LINES = 3;

  private LineShapes() {}

  /**
   * Whether {@code known} technologies among {@code items} items make a list. Two items are a list
   * only where both are technologies ("_CentOS, Java_"): "Globex, Berlin" is a header. The answer
   * only grows with {@code known}.
   */
  static boolean enoughKnown(int known, int items, boolean bullets) {
    return items == 2 ? known == 2 : bullets ? known * 2 >= items : known * 3 >= items * 2;
  }

  /** Whether the line names a role, or a role after a name and its colon ("Globex: Working student"). */
  static boolean namesRoleAnywhere(Line l) {
    if (Parts.namesRole(l, true)) {
      return true;
    }
    String c = Inline.clean(l.content());
    int colon = c.indexOf(": ");
    return colon > 0 && Parts.isRole(c.substring(colon + 2).strip());
  }

  /**
   * A part that holds a role's word and no organisation's, where languages put the role's word
   * first ("Starszy Inżynier Oprogramowania", a senior software engineer): no banner's name. A
   * field's word ("Globex Engineering") is no role's.
   */
  static boolean holdsRoleWord(String part) {
    String[] words = Parts.lowerWords(part);
    for (String w : words) {
      String t = Parts.trimPunctuation(w);
      if (Parts.TITLE_WORDS.contains(t) && !Parts.FIELD_WORDS.contains(t)) {
        return !Parts.hasWord(words, Parts.ORG_WORDS) && !Parts.hasWord(words, Parts.WEAK_ORG_WORDS);
      }
    }
    return false;
  }

  /**
   * The name a web address gives its site, the label before its domain's ending:
   * "https://www.boo-box.example/about" and "jobs.boo-box.example" give "boobox", "globex.co.uk"
   * gives "globex" (a country's second-level ending such as "co" is part of the ending).
   */
  static String siteName(String url) {
    String host = url.replaceFirst("^(?i)[a-z]+://", "");
    int end = 0;
    while (end < host.length() && host.charAt(end) != '/' && host.charAt(end) != '?' && host.charAt(end) != '#') {
      end++;
    }
    String[] labels = host.substring(0, end).toLowerCase(Locale.ROOT).split("\\.");
    if (labels.length < 2) {
      return "";
    }
    int at = labels.length - 2;
    if (at > 0 && labels[labels.length - 1].length() == 2 && SECOND_LEVEL_DOMAINS.contains(labels[at])) {
      at--;
    }
    return letters(labels[at]);
  }

  /** The letters and digits of a name, in lower case: "Boo-box" gives "boobox". */
  static String letters(String v) {
    StringBuilder b = new StringBuilder(v.length());
    v.codePoints().filter(Character::isLetterOrDigit).forEach(c -> b.appendCodePoint(Character.toLowerCase(c)));
    return b.toString();
  }

  /**
   * A capitalised name of a few words that opens with no team's word ("Payments Modernisation";
   * "Quillmark Analytics" is a firm's) and holds no kind of work's, project's or group label's word.
   */
  static boolean firmNameOnly(String v) {
    String[] words = Parts.lowerWords(v);
    return words.length >= 1 && words.length <= 4 && capitalised(v) && !Parts.UNIT_WORDS.contains(Parts.trimPunctuation(words[0]))
        && !Parts.hasWord(words, Parts.ACTIVITY_WORDS) && !Parts.hasWord(words, Parts.PROJECT_WORDS)
        && !Headings.holdsGroupLabelWord(v) && !Parts.isRole(v);
  }

  /**
   * Whether two roles are steps of one line of work, as a promotion's are: they share a word, or
   * the start of one ("Senior Audio Programmer" over "Programmer", "Engineering Manager" over
   * "Senior Engineer"). "Contractor" over "Backend Engineer" is another job.
   */
  static boolean sameLine(String newer, String older) {
    for (String a : Parts.lowerWords(newer)) {
      for (String b : Parts.lowerWords(older)) {
        if (a.equals(b) && a.length() > 2 && !Parts.RANK_WORDS.contains(a)
            || a.length() >= SHARED_STEM && b.length() >= SHARED_STEM && a.regionMatches(0, b, 0, SHARED_STEM)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A title that says what work was done: a role's word or a kind of employment ("ICT Co-op").
   * Undated, "Contoso Travel" over the next client's bullets names no role to give the employer
   * above to; dated, "Barista | 2019 – 2020" is a role whatever its word.
   */
  static boolean namesWork(String title) {
    String[] words = Parts.lowerWords(title);
    return Parts.hasWord(words, Parts.TITLE_WORDS) || Parts.hasWord(words, Parts.EMPLOYMENT_WORDS);
  }

  /** A firm's word or legal form, or a brand's or an acronym's casing: "Globex Group", "Initech SA", "QuillWorks", "ACME". */
  static boolean firmNamed(String v) {
    return Parts.hasWord(v, Parts.ORG_WORDS) || Parts.endsInLegalForm(v) || Parts.brandCased(v) || Parts.ACRONYM.matcher(v.strip()).matches();
  }

  /**
   * "GPA: 3.8", "Minor: Economics": a line of detail about the entry above it; a form-like CV sets
   * the label in a cell of its own ("Type of business or sector ⇥ Logistics").
   */
  static boolean isDetailLabel(Line line) {
    if (labelled(Inline.clean(line.content()), DETAIL_LABELS)) {
      return true;
    }
    List<Span> cells = line.cells();
    return cells.size() >= 2 && FieldLabelWords.isDetail(line.textOf(cells.get(0)));
  }

  static boolean labelled(String c, Set<String> labels) {
    int colon = c.indexOf(':');
    if (colon < 0 && labelBeforeFigure(c, labels)) {
      return true;
    }
    if (colon < 0) {
      // "Tech stack - Go, Kafka": a dash set apart after the label stands for its colon, where
      // the words before it are a label whole and no place follows ("Quillstone Tech – Berlin",
      // "Platform – Munich" name an employer and a team).
      Matcher dash = SPACED_DASH.matcher(c);
      if (!dash.find() || dash.start() >= 30) {
        return false;
      }
      String label = OPTIONAL_PLURAL.matcher(c.substring(0, dash.start()).strip().toLowerCase(Locale.ROOT)).replaceAll("");
      return labels.contains(label) && !Parts.isLocation(c.substring(dash.end()).strip());
    }
    if (colon == 0 || colon >= 30 || colon + 1 >= c.length()) {
      return false;
    }
    // "Projet(s):", "Technologie(s):": a plural written optional is the label's own word.
    String label = OPTIONAL_PLURAL.matcher(c.substring(0, colon).strip().toLowerCase(Locale.ROOT)).replaceAll("");
    if (labels.contains(label)) {
      return true;
    }
    // "Featured technologies:", "Main tools:": a word or two before a label's last word.
    String[] words = SPACE_RUN.split(label);
    return words.length >= 2 && words.length <= 3 && labels.contains(words[words.length - 1]);
  }

  private static final Pattern SPACED_DASH = Pattern.compile("\\s[" + Glyphs.dashClass() + "]\\s");

  /**
   * "GPA 3.9 (magna cum laude)", "CGPA 9.1/10": a label whole, then a blank and a figure, with
   * the colon left out. The figure says the words before it are a label, not a name.
   */
  private static boolean labelBeforeFigure(String c, Set<String> labels) {
    int digit = 0;
    while (digit < c.length() && digit < 30 && !Character.isDigit(c.charAt(digit))) {
      digit++;
    }
    if (digit == 0 || digit >= c.length() || digit >= 30 || !Character.isWhitespace(c.charAt(digit - 1))) {
      return false;
    }
    return labels.contains(OPTIONAL_PLURAL.matcher(c.substring(0, digit).strip().toLowerCase(Locale.ROOT)).replaceAll(""));
  }

  /** The one single date a cell's text holds and nothing else ("May 2019", "2016"), or null. */
  static DateRange singleDateAlone(String text) {
    List<DateRange> found = DateParser.all(text, 0);
    return found.size() == 1 && found.get(0).single() && found.get(0).span().length() >= text.length() - 1 ? found.get(0) : null;
  }

  /**
   * The rest of a rail's row after its date, when it is a list item: "May 2019 ⇥ • ⇥ Ran the
   * team" (the glyph in a cell of its own, or opening the text's). Null otherwise.
   */
  static Line bulletAfterDate(Line line) {
    List<Span> cells = line.cells();
    if (cells.size() < 2) {
      return null;
    }
    String second = line.textOf(cells.get(1)).strip();
    if (second.isEmpty() || !Glyphs.isBullet(second.codePointAt(0))) {
      return null;
    }
    String after = second.substring(Character.charCount(second.codePointAt(0))).strip();
    if (after.isEmpty()) {
      return cells.size() > 2 ? line.slice(cells.get(2).offset(), line.contentEnd()) : null;
    }
    int at = cells.get(1).offset() + line.textOf(cells.get(1)).indexOf(after);
    return line.slice(at, line.contentEnd());
  }

  /**
   * Whether the row after its first cell is a place alone: twentysecondcv prints the job's start
   * beside its role and employer, and its end beside its town ("Sep 2017 ⇥ Sales Agent ⇥ Globex"
   * over "Oct 2017 ⇥ Lyon, France").
   */
  static boolean placeAfterDate(Line line) {
    List<Span> cells = line.cells();
    return cells.size() == 2 && Parts.isLocation(Inline.clean(line.textOf(cells.get(1))).strip());
  }

  /**
   * "to February 2017", "bis 2017": a range's word and then a date and nothing else, as a rail
   * prints a range's end under its start. The date, else null.
   */
  static DateRange endAfterRangeWord(Line line) {
    String c = Inline.clean(line.content()).strip();
    int space = c.indexOf(' ');
    if (space <= 0 || !DateParser.isRangeWord(c.substring(0, space))) {
      return null;
    }
    String rest = c.substring(space + 1).strip();
    List<DateRange> found = DateParser.all(rest, 0);
    return found.size() == 1 && found.get(0).span().length() >= rest.length() - 1 ? found.get(0) : null;
  }

  /** A line that is one web address and nothing else: "https://globex.com", "www.globex.com/about". */
  static boolean isLinkOnly(Line line) {
    // Asked of most lines under a header: a web address holds a dot or "://" (see
    // ContactParser.mayHoldUrl), and cleaning the markup out adds no character but spaces.
    if (line.content().indexOf('.') < 0 && line.content().indexOf(':') < 0) {
      return false;
    }
    String c = Inline.clean(line.content()).strip();
    java.util.regex.Matcher m = ContactParser.URL.matcher(c);
    // An anchored try at the start rather than find(): find() scanned the whole line for a first
    // match only to require that it start at 0, and where it does, it is the match lookingAt() finds.
    return !c.isEmpty() && m.lookingAt() && m.end() == c.length();
  }

  /**
   * "Code: github.com/globex/ledger", "Demo: https://initech.example/demo": one web address after a
   * short label, which says what the address is of. Under a header it is the entry's link, no
   * header of an entry of its own.
   */
  static boolean labelledLink(Line line) {
    // Asked of most lines under a header: no colon, no label (cleaning the markup out adds none).
    if (line.content().indexOf(':') < 0) {
      return false;
    }
    String c = Inline.clean(line.content()).strip();
    java.util.regex.Matcher label = LINK_LABEL.matcher(c);
    if (!label.lookingAt() || label.end() == c.length()) {
      return false;
    }
    java.util.regex.Matcher m = ContactParser.URL.matcher(c);
    return m.find(label.end()) && m.start() == label.end() && m.end() == c.length();
  }

  /**
   * The words of a lead-in, a text that ends with its mark and says nothing after it ("Key
   * achievements:", "Responsibilities included -"): the words without the mark, or null where the
   * text ends otherwise. The mark is a colon, or a dash set apart from the words by white space
   * ("Repositories -"). What follows it, on the lines under it, is what it introduces.
   */
  static String leadInWords(String clean) {
    // By hand rather than by a pattern searched from every position: this is asked of most lines.
    String t = clean.stripTrailing();
    int n = t.length();
    if (n > 0 && t.charAt(n - 1) == ':' || n > 1 && Glyphs.isDash(t.charAt(n - 1)) && Whitespace.isRegexSpace(t.charAt(n - 2))) {
      return t.substring(0, n - 1).strip();
    }
    return null;
  }

  /** "Highlights", "Key achievements:", "Responsibilities -": a label over the entry's bullets. */
  static boolean isSubLabel(Line line) {
    return Memo.line(line, Memo.LineTest.SUB_LABEL, LineShapes::subLabelTest);
  }

  /** {@link #isSubLabel} itself, its answer not kept. */
  private static boolean subLabelTest(Line line) {
    String c = Inline.clean(line.content());
    String words = leadInWords(c);
    c = words != null ? words : c;
    return c.length() <= 50 && Headings.isSubLabel(c);
  }

  /**
   * "Source code:", "Tools used:": in a job's or a project's body, a few words and a colon with
   * nothing after label what follows inside the entry, whatever the words, but a role's
   * ("Research Assistant:"); so does a longer clause (see LEAD_IN_WORDS).
   */
  static boolean isColonLabel(Line line) {
    return Memo.line(line, Memo.LineTest.COLON_LABEL, LineShapes::colonLabelTest);
  }

  /** {@link #isColonLabel} itself, its answer not kept. */
  private static boolean colonLabelTest(Line line) {
    String c = leadInWords(Inline.clean(line.content()));
    if (c == null || line.words() > LEAD_IN_WORDS || line.hasDates()) {
      return false;
    }
    if (line.words() > 3) {
      // A clause that introduces the items under it, set as headers are ("As an implementation
      // consultant I worked:"): its words in lower case say so; "Senior Engineer at Globex:" has none.
      return Parts.lowerWordsLongerThan(c, 2) >= 2 && !Parts.namesRole(line);
    }
    return !c.isEmpty() && !Parts.isRole(c);
  }

  /**
   * Four or more short items parted by commas ("C++, Visual Studio 2005, PHP, MySQL"): a list, even
   * where an item holds a year; a header has at most a title, an employer and a place.
   */
  static boolean isShortList(Line line) {
    String[] items = Inline.clean(line.content()).split(",");
    if (items.length < 4) {
      return false;
    }
    for (String item : items) {
      if (item.isBlank() || SPACE_RUN.split(item.strip()).length > 4) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Tech stack: Go, Kafka", "Environment: AWS": a line that lists what the entry used; not one
   * that dates something ("Platform: Staff Engineer | 2021 – Present", a team's post) nor a
   * sentence after its label ("Platform: rebuilt the checkout …", an achievement).
   */
  static boolean isInlineLabel(Line line) {
    return Memo.line(line, Memo.LineTest.INLINE_LABEL, LineShapes::inlineLabelTest);
  }

  /** {@link #isInlineLabel} itself, its answer not kept. */
  private static boolean inlineLabelTest(Line line) {
    if (line.hasRange()) {
      return false;
    }
    return labelled(Inline.clean(line.content()), INLINE_LABELS) && !isSentence(line) || isTechList(line);
  }

  /** Whether a comma or a drawn separator other than a bar stands in {@code s}: what LIST_COMMA splits at. */
  static boolean listSeparated(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || BARS.indexOf(c) < 0 && Glyphs.isFieldSeparator(c)
          || c == '/' && i > 0 && i + 1 < s.length() && s.charAt(i - 1) == ' ' && s.charAt(i + 1) == ' ') {
        return true;
      }
    }
    return false;
  }

  /** The fewest cells a row of tags has where few of them are technologies the lexicon knows. */
  static final int MIN_TAG_CELLS = 4;

  /**
   * "LESS ⇥ jQuery ⇥ JSP ⇥ Atomic Design ⇥ BEM", "Java ⇥ Graphic Algorithms ⇥ Eclipse ⇥ Ant": a row
   * of four short cells or more, one of them a technology the lexicon knows, none a role, a place,
   * an employer's word or form, or a sentence. A header has fewer cells, and one of them names a
   * role, an employer or a place; set apart in cells, the others are tags whether or not the
   * lexicon knows them. Only the grouping knows whether the row heads what follows (dates, a
   * description, items: "Ledgerly ⇥ Go ⇥ PostgreSQL ⇥ Docker" over what it is), so it asks.
   */
  static boolean tagRow(Line line) {
    if (line.cells().size() < MIN_TAG_CELLS || line.hasDates() || !shortCells(line)) {
      return false;
    }
    boolean known = false;
    for (Span c : line.cells()) {
      String t = Inline.clean(line.textOf(c)).strip();
      if (t.isEmpty() || SENTENCE_END.matcher(t).find() || Parts.isRole(t) || Parts.isLocation(t)
          || Parts.endsInLegalForm(t) || Parts.hasWord(Parts.lowerWords(t), Parts.ORG_WORDS)) {
        return false;
      }
      known |= Parts.leadingTechnology(t) != null;
    }
    return known;
  }

  /** Whether every cell of the line holds three words at most: a tag ("Google Compute Engine", "Ember.js"). */
  static boolean shortCells(Line line) {
    for (Span c : line.cells()) {
      if (Whitespace.splitLength(line.textOf(c).strip()) > 3) {
        return false;
      }
    }
    return true;
  }

  /** The line's cells as one list parted by bullets: "HTML5 • Vue.js • SASS". */
  static String cellsAsList(Line line) {
    StringBuilder b = new StringBuilder();
    for (Span c : line.cells()) {
      b.append(b.length() == 0 ? "" : " • ").append(line.textOf(c).strip());
    }
    return b.toString();
  }

  /**
   * A line whose first cell lists technologies and nothing else ("Go, Gradle, Spring Boot,
   * Docker"; two only where both are known ones), with no label before it: it says what the entry used, as a "Tech stack:" line does.
   */
  static boolean isTechList(Line line) {
    return Memo.line(line, Memo.LineTest.TECH_LIST, LineShapes::techListTest);
  }

  /** {@link #isTechList} itself, its answer not kept. */
  private static boolean techListTest(Line line) {
    List<Span> cells = line.cells();
    String first = cells.isEmpty() ? line.content() : line.textOf(cells.get(0));
    // "`C`, `Linux`, `CAN`": items each set as code, as Markdown writes a stack, are a list of
    // technologies whether or not they are known ones.
    if (first.indexOf('`') >= 0 && CODE_ITEMS.matcher(first).matches()) {
      return true;
    }
    // "HTML5 ⇥ Vue.js ⇥ SASS ⇥ Git": tags set apart in cells of a few words each are the list's items.
    String list = Inline.clean(cells.size() >= 2 && !line.hasDates() && shortCells(line) ? cellsAsList(line) : first);
    // "_TypeScript • React_": emphasis around the list is no part of its first or last item.
    if (list.length() > 2 && list.startsWith("_") && list.endsWith("_")) {
      list = list.substring(1, list.length() - 1);
    }
    // Without a comma or a drawn separator the split gives one item: no list, and no split needed
    // (this is asked of most lines under a header).
    if (!listSeparated(list)) {
      return false;
    }
    String[] items = LIST_COMMA.split(list);
    if (items.length < 2 || list.chars().anyMatch(c -> BARS.indexOf(c) >= 0)) {
      return false;
    }
    // Bullets between the items say "list" more plainly than commas, which a header's parts use
    // too: there an item that opens with a technology counts ("HTML Canvas"), and half is enough
    // ("TypeScript • React • UX • Product").
    boolean bullets = list.indexOf(',') < 0 && list.indexOf(" / ") < 0;
    // The line is a list only where no test below says no, so the tests may run in any order: the
    // technologies are counted first, stopping once too few are left to make a list, and the role
    // and place tests (the dearer ones) run only on a line that would be a list by its count.
    // Most lines asked are headers ("Engineer, Globex, Berlin"), which fail the count early.
    int known = 0;
    for (int i = 0; i < items.length; i++) {
      items[i] = items[i].strip();
      String t = items[i];
      Span lead = Parts.leadingTechnology(t);
      if (lead != null && (bullets || lead.length() >= t.length() - 1 || technologiesOnly(t))) {
        known++;
      } else if (i == 0 && (Whitespace.splitLength(t) >= 4 || bullets)) {
        // "Wrote dashboards using Vue, Nest, RxJS": a sentence that ends in a list; "Ledgerly •
        // Go • Kafka": a name before its stack.
        return false;
      }
      // Even were every item left a technology, the count would fall short.
      if (!enoughKnown(known + items.length - 1 - i, items.length, bullets)) {
        return false;
      }
    }
    for (String t : items) {
      // "Java Developer • Oracle Cloud • Remote": a role or a place among the items makes a header.
      if (Parts.isRole(t) || Parts.isLocation(t)) {
        return false;
      }
    }
    return true;
  }

  /**
   * An item of tags run together with spaces only ("Django PostGIS", "Redis jQuery Bootstrap"), as
   * a page copies tags set side by side: it opens with a technology, half its words at least are
   * technologies of their own, and every other word is capitalised as a name is (no "for", no
   * "team"'s lower case).
   */
  private static boolean technologiesOnly(String item) {
    String[] words = SPACE_RUN.split(item.strip());
    int known = 0;
    for (String w : words) {
      Span lead = Parts.leadingTechnology(w);
      if (lead != null && lead.length() == w.length()) {
        known++;
      } else if (known == 0 || !Character.isUpperCase(w.codePointAt(0))) {
        return false;
      }
    }
    return words.length > 1 && known * 2 >= words.length;
  }

  /**
   * A list of many short items and nothing else ("Stm32, Linux, Git, Svn, Makefile, FreeRTOS"),
   * whether or not the items are known technologies: at least {@value #MIN_LIST_ITEMS} items of
   * one or two words, none a role or a place, no sentence's end. A header has fewer parts, and one
   * of them names a role, an employer's form or a place.
   */
  static boolean isItemList(Line line) {
    String list = TRAILING_STOPS.matcher(Inline.clean(line.content()).strip()).replaceAll("");
    if (list.indexOf(',') < 0 || list.endsWith(".")) {
      return false;
    }
    String[] items = LIST_COMMA.split(list);
    if (items.length < MIN_LIST_ITEMS) {
      return false;
    }
    for (String t : items) {
      String item = t.strip();
      if (item.isEmpty() || Whitespace.splitLength(item) > 2 || Parts.isRole(item) || Parts.isLocation(item)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a line holds its dates and a role, and nothing else but the marks between them. */
  static boolean onlyRoleBesideDates(Line l) {
    String rest = LEADING_SEPARATORS.matcher(Inline.clean(l.withoutDates())).replaceFirst("");
    rest = SEPARATOR_END.matcher(rest).replaceFirst("").strip();
    return !rest.isEmpty() && Parts.isRole(rest);
  }

  /**
   * Whether an item is an organisation's name and the place it stands in, and no more
   * ("Quillstone University, Lyon, France", "Globex GmbH, Munich, Germany"): no sentence ("Moved
   * the shop of a bakery in Lyon, France"), the name no role and holding an organisation's or a
   * school's word or a legal form (a capitalised achievement, "Harbour Festival Website, Bergen,
   * Norway", names no employer), and what follows its first comma a place.
   */
  static boolean nameInPlace(Line l) {
    String c = Inline.clean(l.content());
    int comma = c.indexOf(", ");
    if (comma <= 0 || !stacksName(l, c) || isSentence(l)) {
      return false;
    }
    String name = c.substring(0, comma);
    return !Parts.isRole(name) && Parts.isLocation(c.substring(comma + 2).strip()) && Parts.namesOrganization(name);
  }

  /**
   * Whether {@code item} stands further in than {@code above}, nested under it: where the page is
   * known (a PDF's), by the items' left edges, since their text carries no indent; else by their
   * indents in the text.
   */
  static boolean nestedUnder(Line item, Line above) {
    return item.box() != null && above.box() != null ? item.box().x() > above.box().x() + NESTED_BY : item.indent() > above.indent();
  }

  /** An item that is a role and no more (see {@link #stacksName} and {@link #namesRoleFirstOrLast}). */
  static boolean stackedRole(Line l) {
    String c = Inline.clean(l.content());
    return stacksName(l, c) && namesRoleFirstOrLast(l, c);
  }

  /**
   * Whether an item ({@code c} its clean text) may stack a header's part: a name and no more, so
   * no dates, no label's colon, no full stop but a legal form's, a department's and its school's
   * words at most.
   */
  static boolean stacksName(Line l, String c) {
    return !l.hasDates() && !c.endsWith(":") && !endsSentence(c) && l.words() <= MAX_STACKED_WORDS;
  }

  /** Whether an item names a role, or holds a role's word where languages put it first ("Desenvolvedor Full Stack"). */
  static boolean namesRoleFirstOrLast(Line l, String c) {
    return Parts.namesRole(l) || Parts.hasWord(Parts.lowerWords(c), Parts.TITLE_WORDS);
  }

  /**
   * Whether a list item opens with its dates: a range, or a single date where the item names a role,
   * in sentence case too ("- 2012 - 1 year, Intern web developer at Globex": the year it began,
   * and how long it lasted).
   */
  static boolean opensWithDates(Line l) {
    DateRange d = l.firstDates();
    // Where the line opens is asked first: naming a role splits the line into header parts, and
    // most single dates in a list item stand at its end ("Led the migration (2021)").
    return d != null && opensWith(l, d) && (!d.single() || Parts.namesRole(l, true)) && !datedStatement(l);
  }

  /** Whether the line's content opens with {@code d}, in brackets or not ("(2019 – 2021) Globex"). */
  static boolean opensWith(Line l, DateRange d) {
    String before = l.content().substring(0, Math.max(0, Math.min(l.content().length(), d.span().offset() - l.contentStart())));
    return before.chars().allMatch(c -> c == '(' || c == '[' || c == '*' || c == '_' || Character.isWhitespace(c));
  }

  /** A Markdown heading that carries dates: "### 2019 - 2023: Engineer, Globex". */
  static boolean datedHeading(Line l) {
    return l.content().startsWith("#") && l.hasDates();
  }

  /**
   * A line that says something of an entry rather than naming it: a sentence, a line that ends
   * with a full stop, or a label and what it labels ("Development : Java, Kotlin").
   */
  static boolean describes(Line line) {
    String c = Inline.clean(line.content());
    // A web address's colon after the name of its own site ("Initech https://initech.example",
    // the employer and its site) labels nothing; after another word ("Repo https://…") it labels
    // the address.
    int colon = c.indexOf(':');
    while (colon >= 0 && c.startsWith("//", colon + 1) && namesOwnSite(c, colon)) {
      colon = c.indexOf(':', colon + 1);
    }
    return isSentence(line) || endsSentence(c) || colon > 0 && colon < 40 && colon + 1 < c.length();
  }

  /**
   * A table's header row: two cells or more, each naming a column of entries ("Dates ⇥ Role ⇥
   * Company", "Zeitraum ⇥ Position ⇥ Unternehmen / Projekt"; a cell may name two, parted by a slash).
   */
  static boolean namesColumns(Line line) {
    List<Span> cells = line.cells();
    if (cells.size() < 2) {
      return false;
    }
    for (Span c : cells) {
      String name = Inline.clean(line.textOf(c)).strip();
      if (FieldLabelWords.column(name) != null) {
        continue;
      }
      // "Company / Client": the first of names set apart by slashes; a cell of slashes alone names none.
      int slash = name.indexOf('/');
      if (slash <= 0 || FieldLabelWords.column(name.substring(0, slash).strip()) == null) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the words before the web address whose scheme ends at {@code colon} are the name its
   * site gives ({@link #siteName}): "Initech" before "https://initech.example", "Blue Fern" before
   * "https://bluefern.example".
   */
  static boolean namesOwnSite(String c, int colon) {
    int scheme = colon;
    while (scheme > 0 && Character.isLetter(c.charAt(scheme - 1))) {
      scheme--;
    }
    int end = scheme;
    while (end < c.length() && !Character.isWhitespace(c.charAt(end))) {
      end++;
    }
    String site = siteName(c.substring(scheme, end));
    return !site.isEmpty() && site.equals(letters(c.substring(0, scheme)));
  }

  /**
   * A label of the projects done in an entry: "Projects:", "Key projects". Written as a label is,
   * capitalised and with no full stop: "projects." is the wrapped end of a sentence.
   */
  static boolean namesProjects(Line label) {
    String c = Inline.clean(label.content());
    return !c.isEmpty() && Character.isUpperCase(c.charAt(0)) && !c.endsWith(".")
        && Parts.hasWord(Parts.lowerWords(c), Parts.PROJECT_WORDS);
  }

  /**
   * Where the role ends on a line that opens with a role and its dates and nothing more, the rest
   * being its description: the end of the first cell ("Systems Analyst (2021 – Present) ⇥ Wrote
   * the jobs"), the colon after the dates ("…(2021 – Present): Wrote the jobs") or the line's end;
   * -1 when the line opens with anything else.
   */
  static int roleEnd(Line line) {
    int end = line.cells().size() > 1 ? line.cells().get(0).end() : line.contentEnd();
    DateRange first = line.firstDates();
    if (line.cells().size() <= 1 && first != null) {
      int colon = line.content().indexOf(": ", first.span().end() - line.contentStart());
      if (colon >= 0) {
        end = line.contentStart() + colon;
      }
    }
    Line head = end < line.contentEnd() ? line.slice(line.contentStart(), end) : line;
    List<Parts.Part> parts = Parts.of(SectionKind.EXPERIENCE, List.of(head));
    boolean only = parts.size() == 1 && Parts.splitWords(parts.get(0).value()).length <= 6 && Parts.isRole(parts.get(0).value());
    return only ? end : -1;
  }

  /** A dated item's header: the line up to its {@link #headerStop}, or all of it. */
  static Line headOf(Line line) {
    int stop = headerStop(line);
    return stop > 0 ? line.slice(line.contentStart(), stop) : line;
  }

  /**
   * Where the header ends on a dated item that goes on with a description: before a cell after the
   * dates that is a sentence ("Globex ⇥ Engineer ⇥ 2019 – 2021 ⇥ Built the billing service.", a
   * LaTeX macro whose last argument describes the job), else at the first full stop after the
   * dates that a space and a capital follow and no initial stands before ("Globex S. A."), when the
   * header before it is short, ends in no legal form ("Initech Inc. Built…" goes on) and three
   * words or more that are no place follow ("Engineer chez Globex. Conception hardware, revue de
   * schémas"); -1 elsewhere. The stop is the character before the description.
   */
  static int headerStop(Line line) {
    DateRange first = line.firstDates();
    if (first == null) {
      return -1;
    }
    for (Span cell : line.cells()) {
      // The stop is the gap's last character before the cell: a cell set right against the one
      // before it leaves none to stop at.
      if (cell.offset() >= first.span().end() && cell.offset() > line.contentStart()
          && Character.isWhitespace(line.content().charAt(cell.offset() - 1 - line.contentStart()))
          && isSentence(line.slice(cell.offset(), line.contentEnd()))) {
        Line head = line.slice(line.contentStart(), cell.offset() - 1);
        return head.words() <= MAX_HEADER_WORDS && !isSentence(head) ? cell.offset() - 1 : -1;
      }
    }
    String c = line.content();
    int from = first.span().end() - line.contentStart();
    for (int i = Math.max(0, from); i + 2 < c.length(); i++) {
      if (c.charAt(i) != '.' || !Character.isWhitespace(c.charAt(i + 1))) {
        continue;
      }
      int next = i + 1;
      while (next < c.length() && Character.isWhitespace(c.charAt(next))) {
        next++;
      }
      if (next >= c.length() || !Character.isUpperCase(c.charAt(next))) {
        continue;
      }
      // An initial or a short abbreviation ("Quillfeather S. A.", "Sr. Engineer", "St. Brigid",
      // "Dr. Lee") ends nothing: the word before the stop must be a name's length.
      int word = i;
      while (word > 0 && Character.isLetter(c.charAt(word - 1))) {
        word--;
      }
      boolean afterLink = i > 0 && c.charAt(i - 1) == ')';
      if (!afterLink && i - word <= MAX_ABBREVIATION) {
        continue;
      }
      String head = Inline.clean(c.substring(0, i + 1));
      if (Parts.endsInLegalForm(head) || SPACE_RUN.split(head.strip()).length > MAX_HEADER_WORDS) {
        return -1;
      }
      int stop = line.contentStart() + i;
      Line rest = line.slice(stop + 1, line.contentEnd());
      return isSentence(rest) || rest.words() >= 3 && !Parts.isLocation(rest.content()) ? stop : -1;
    }
    return -1;
  }

  /**
   * A bullet: a line with a list glyph, unless it is short and set apart from the section's running
   * text (a timeline's dot before each role marks no bullet).
   */
  static boolean isBullet(Line line, String bodyStyle) {
    // A list item set apart as a header is, short, set larger than the text, or holding a range
    // of dates, is a header a template drew with a glyph ("• Laboratório de Estudos Ambientais e
    // Sensoriamento Remoto", "• Nuance Communications, Jan 2012 - May 2012, Montreal, QC").
    // A name and its town in two cells is short whatever the name's aside ("• Initech Sdn Bhd
    // (Globex Technology Group) ⇥ Petaling Jaya, Malaysia").
    return line.bullet() && !(styledAsHeader(line, bodyStyle)
        && (line.words() <= 8 || line.style().size() >= LARGER || line.hasRange() && line.words() <= DATED_HEADER_WORDS
            || nameThenPlace(line))
        && !isSentence(line)) && !glyphHeader(line);
  }

  /** Two cells, the second a place and nothing more: an employer's or a school's name and its town. */
  static boolean nameThenPlace(Line line) {
    return line.cells().size() == 2 && !line.hasDates() && Parts.isLocation(Inline.clean(line.textOf(line.cells().get(1))).strip());
  }

  /**
   * A list item of two short cells set bold and larger than the running text ("• Globex ⇥ Lyon,
   * France" in Jake's template): a header drawn with a glyph, however many of its kind the section
   * holds, which then are no sign of the section's bullets' look.
   */
  static boolean glyphHeader(Line line) {
    return line.bullet() && line.style().bold() && line.style().size() >= SLIGHTLY_LARGER && line.cells().size() == 2
        && line.words() <= 8 && !isSentence(line);
  }

  /** Whether {@code a} is set a little larger ({@value #SLIGHTLY_LARGER} times) than {@code b}, both sizes known. */
  static boolean setLarger(Line a, Line b) {
    return a.style().sizeKnown() && b.style().sizeKnown() && a.style().size() > b.style().size() * SLIGHTLY_LARGER;
  }

  /**
   * A line that dates an entry, its first cell the date range and nothing more, but how long it
   * lasted ("Jan, 2013 - Jan, 2022 9 years").
   */
  static boolean datesOnly(Line dates) {
    if (!datesEntry(dates)) {
      return false;
    }
    Span first = dates.cells().get(0);
    Span range = dates.firstDates().span();
    return range.offset() <= first.offset() + 1 && (range.end() >= first.end() - 1
        || Parts.isDuration(dates.content().substring(range.end() - dates.contentStart(), first.end() - dates.contentStart())));
  }

  static String sizeKey(Style s) {
    return String.valueOf(Math.round(s.size() * 10));
  }

  static String styleKey(Style s) {
    return Math.round(s.size() * 10) + (s.bold() ? "b" : "") + (s.italic() ? "i" : "");
  }

  /**
   * A short line set apart from the section's running text: bold or italic where that is not, or
   * larger. Templates set an entry's title and employer so.
   */
  static boolean styledAsHeader(Line line, String bodyStyle) {
    Style s = line.style();
    if (bodyStyle == null || s == Style.UNKNOWN || tooLongForHeader(line) || styleKey(s).equals(bodyStyle)) {
      return false;
    }
    String c = line.content();
    if (c.endsWith(".") && line.words() > 4 && !capitalised(c)) {
      return false;
    }
    // A description set in its own style (an italic summary under the header) is no header,
    // ended or wrapped: eight or more words, mostly in lower case.
    if (line.words() >= 8 && isSentence(line)) {
      return false;
    }
    boolean bodyBold = bodyStyle.contains("b");
    boolean bodyItalic = bodyStyle.contains("i");
    return s.bold() && !bodyBold || s.italic() && !bodyItalic || s.sizeKnown() && Math.round(s.size() * 10) > Integer.parseInt(digitsOf(bodyStyle));
  }

  /**
   * {@code SPACE_RUN.split(s)} by a loop: the pieces between runs of white space ({@code \s}), an
   * empty first one where {@code s} opens with white space, none empty at the end, and {@code s}
   * itself where it holds no white space. The sentence and capitals tests split every line they
   * look at, and the regular expression's matcher cost more than the split.
   */
  static String[] spaceSplit(String s) {
    java.util.ArrayList<String> out = null;
    int start = 0;
    int i = 0;
    while (i < s.length()) {
      if (!Whitespace.isRegexSpace(s.charAt(i))) {
        i++;
        continue;
      }
      if (out == null) {
        out = new java.util.ArrayList<>();
      }
      out.add(s.substring(start, i));
      while (i < s.length() && Whitespace.isRegexSpace(s.charAt(i))) {
        i++;
      }
      start = i;
    }
    return Parts.asSplit(out, s, start);
  }

  /**
   * The ASCII digits of {@code key} and nothing else, as {@code key.replaceAll("\\D", "")} gives
   * them: the size in a {@link #styleKey}. Asked of most lines a section's style tests look at,
   * where the regular expression's matcher cost more than the test.
   */
  static String digitsOf(String key) {
    StringBuilder b = new StringBuilder(key.length());
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c >= '0' && c <= '9') {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Whether the line's date dates an entry: a year in a sentence ("Acme went live in 2012.") does
   * not, unless the layout sets the date apart in a cell of its own.
   */
  static boolean datesEntry(Line line) {
    return line.hasDates() && (line.cells().size() >= 2 || !isProse(line)) && !datedStatement(line) && !dateInsideClause(line)
        && !datesInListedBrackets(line);
  }

  /**
   * "Foundations of Quillcraft (Fall 2014, Fall 2015), Brindle Systems (Fall 2016).": items of a
   * list, each with its terms or years in brackets after its name (the courses a teaching post
   * taught, a product's releases). Every date stands inside brackets that follow words, and two
   * such brackets or more, parted by a comma, hold them: the line lists what the entry above it
   * did and heads none. A header's dates stand apart from its names, and a role with its one
   * bracketed range ("Engineer (2019 – 2021), Globex") has a single pair of brackets.
   */
  static boolean datesInListedBrackets(Line line) {
    if (line.cells().size() > 1 || line.dates().size() < 2) {
      return false;
    }
    String c = line.content();
    int groups = 0;
    int lastOpen = -1;
    int lastShut = 0;
    for (DateRange d : line.dates()) {
      int from = d.span().offset() - line.contentStart();
      int to = d.span().end() - line.contentStart();
      if (from <= 0 || to > c.length()) {
        return false;
      }
      int open = c.lastIndexOf('(', from - 1);
      int shut = c.indexOf(')', to);
      if (open <= 0 || shut < 0 || c.lastIndexOf(')', from - 1) > open) {
        return false;
      }
      if (open != lastOpen) {
        // Brackets opened inside the last item's ("Foo (2019 (2020), Bar (2021)"): no list of items.
        if (open < lastShut) {
          return false;
        }
        // Words of the item's name before its brackets, and, after the first item, a comma.
        String before = c.substring(lastShut, open);
        if (before.chars().noneMatch(Character::isLetter) || groups > 0 && before.indexOf(',') < 0) {
          return false;
        }
        groups++;
        lastOpen = open;
        lastShut = shut + 1;
      }
    }
    return groups >= 2;
  }

  /**
   * "Took the top prize at a game jam in 2014 with a puzzle app", "Gave a talk in a 2013
   * meetup series on …": a sentence with one date alone inside it, after a small word ("in", "a",
   * "since") and before more of the sentence in lower case. The date says when something the
   * sentence tells happened, an item of the job above, whether or not a full stop ends it (items
   * drawn without a glyph often have none). A header's dates stand apart from its names, at its
   * start or end or after a separator, and a job told in prose dates itself with a range ("from
   * 2019 to 2021"), so both still date an entry.
   */
  static boolean dateInsideClause(Line line) {
    if (line.cells().size() > 1 || line.hasRange() || !isSentence(line)) {
      return false;
    }
    DateRange d = line.firstDates();
    String c = line.content();
    int from = d.span().offset() - line.contentStart();
    int to = d.span().end() - line.contentStart();
    if (from <= 0 || to >= c.length()) {
      return false;
    }
    String[] before = SPACE_RUN.split(c.substring(0, from).strip());
    String after = c.substring(to).strip();
    String lead = before[before.length - 1];
    return before.length >= 2 && !after.isEmpty() && Character.isLowerCase(after.codePointAt(0))
        && (dev.prism.core.bullet.Lexicon.functionWord(lead) || DateParser.leadsClause(lead));
  }

  /**
   * "Apr. 2015: Built a dashboard to chart uploaded files, for Northwind": a date, a colon, then a
   * sentence says what was done then, inside the entry it stands under; it heads no entry of its
   * own. A header written the same way names a role, not a sentence ("2019 – 2021: Senior
   * Engineer at Globex").
   */
  static boolean datedStatement(Line line) {
    DateRange d = line.firstDates();
    if (d == null || !opensWith(line, d)) {
      return false;
    }
    int colon = d.span().end();
    while (colon < line.contentEnd() && " )]".indexOf(line.content().charAt(colon - line.contentStart())) >= 0) {
      colon++;
    }
    if (colon >= line.contentEnd() || line.content().charAt(colon - line.contentStart()) != ':') {
      return false;
    }
    return statement(restFrom(line, colon + 1));
  }

  /** A sentence that names no role and opens with no name and its field: what was done, no header. */
  static boolean statement(Line rest) {
    return isSentence(rest) && !Parts.namesRole(rest, true) && !NAME_THEN_FIELD.matcher(rest.content()).find();
  }

  /** The line from {@code from} on, the blanks there skipped. */
  static Line restFrom(Line line, int from) {
    int at = from;
    while (at < line.contentEnd() && Character.isWhitespace(line.content().charAt(at - line.contentStart()))) {
      at++;
    }
    return line.slice(at, line.contentEnd());
  }

  /**
   * "Since 2018 I work for the company as its only developer. Since the beginning": a date that
   * opens a long sentence with no colon between them. Only a sentence that ends, runs on past
   * its full stop, or opens with a word and is longer than a header ("Since 2004 Globex has been
   * building web tools for the teams of", its paragraph wrapped) says what was done then; a header's words after its
   * dates rarely reach a full stop, and one that names a role is a header.
   */
  static boolean datedSentence(Line line) {
    DateRange d = line.firstDates();
    if (d == null || !opensWith(line, d) || d.span().end() >= line.contentEnd()) {
      return false;
    }
    // Dates in a cell of their own (a rail's, beside the entry's text) date the entry beside them.
    if (line.cells().size() >= 2 && line.cells().get(0).end() <= d.span().end() + 1) {
      return false;
    }
    Line rest = restFrom(line, d.span().end());
    String c = Inline.clean(rest.content()).strip();
    return rest.words() >= MIN_STATEMENT_WORDS && !c.startsWith(":")
        && (endsSentence(c) || FULL_STOP_INSIDE.matcher(c).find() || opensWithWord(line) && tooLongForHeader(line)) && statement(rest);
  }

  /** Whether the line opens with a word, not a figure: "Since 2004 …", not "2019 - 2022 Globex, …". */
  static boolean opensWithWord(Line line) {
    String c = Inline.clean(line.content()).strip();
    return !c.isEmpty() && Character.isLetter(c.codePointAt(0));
  }

  /** Opens with a capital, and most of its longer words do too: "freelance work for shops" is prose. */
  static boolean casedAsHeader(Line line) {
    String c = Inline.clean(line.content()).strip();
    return !c.isEmpty() && Character.isUpperCase(c.charAt(0)) && share(c) >= 0.5;
  }

  /**
   * Whether a line opens with a role, a word for "at" and a capitalised name, however it goes on:
   * "Visiting position at Norvale Labs, Springfield, with Jordan Lee on two projects.", the header
   * a template writes as one sentence beside its dates (moderncv's item). The role is a role's
   * words and no more than a role has, cased as a role's name is: a sentence opens with a verb
   * ("Worked at") or holds the role ("She is a Staff Engineer at Globex").
   */
  static boolean opensWithRoleAtName(Line line) {
    List<Parts.Part> parts = Parts.of(SectionKind.EXPERIENCE, List.of(line));
    if (parts.size() < 2 || !parts.get(1).before().equals("at")) {
      return false;
    }
    String role = parts.get(0).value().strip();
    String name = parts.get(1).value().strip();
    return !role.isEmpty() && !name.isEmpty() && Character.isUpperCase(role.charAt(0)) && Character.isUpperCase(name.charAt(0))
        && SPACE_RUN.split(role).length <= 5 && Parts.isRole(role) && Parts.casedAsRole(role);
  }

  /**
   * Whether a line opens with three fields a comma parts, a role or a name first, then names (every
   * word capitalised, a legal form allowed at the end), before anything else: "Globex Systems,
   * Leeds, England, Internship - study of the build tools and test suites" is a header whose last
   * field runs long, not a sentence. A sentence opening on a list names fewer before its first
   * small word ("Java, Kotlin and Go …"), or goes on with a joiner ("Berlin, Munich, Hamburg, and
   * Vienna offices were …"); three places alone name nobody a header names.
   */
  static boolean namesFieldsFirst(Line line) {
    String[] fields = Inline.clean(line.content()).strip().split(",\\s+", 4);
    if (fields.length < 4 || LIST_JOINERS.contains(fields[3].split("\\s+", 2)[0])) {
      return false;
    }
    int places = 0;
    for (int k = 0; k < 3; k++) {
      if (!allCapitalised(fields[k]) && !(k == 0 && Parts.isRole(fields[k]))) {
        return false;
      }
      places += Parts.isLocation(fields[k]) ? 1 : 0;
    }
    return places < 3;
  }

  /**
   * Every word opens with a capital or a figure, but a legal form that ends the name, written with
   * its inner dots in lower case ("Kestrel s.r.o.", "Orion a.s."): "Orion Data Services", "Leeds".
   * A word ending on a stop alone ("etc.") is no legal form.
   */
  static boolean allCapitalised(String field) {
    String[] words = SPACE_RUN.split(field.strip());
    int last = words.length - 1;
    for (int k = 0; k <= last; k++) {
      String w = words[k];
      int dot = w.indexOf('.');
      boolean legalForm = k == last && k > 0 && w.length() <= 6 && dot > 0 && dot < w.length() - 1;
      if (w.isEmpty() || !legalForm && !Character.isUpperCase(w.codePointAt(0)) && !Character.isDigit(w.codePointAt(0))) {
        return false;
      }
    }
    return !field.isBlank();
  }

  /**
   * What follows the date that opens the line, when it is running text rather than names: a
   * sentence, a phrase cut at a joining word, or more words than a header holds. Null otherwise.
   */
  static Line proseAfterDate(Line line) {
    DateRange d = line.firstDates();
    if (d == null || d.span().end() >= line.contentEnd()) {
      return null;
    }
    Line rest = restFrom(line, d.span().end());
    String c = Inline.clean(rest.content()).strip();
    return rest.words() >= MIN_STATEMENT_WORDS && (isSentence(rest) || dangling(c) || tooLongForHeader(rest)) ? rest : null;
  }

  /**
   * Whether {@code line} opens with the other end of the range whose one end, {@code dates}, opens
   * the line {@code above} (alone there, or beside names): a single date, not an open end, not
   * that date again, and names after it. A year over a month of that year ("2019" over "Mar 2019
   * ⇥ …") is no range.
   */
  static boolean otherEnd(Line above, DateRange dates, Line line) {
    if (dates == null || !dates.single() || dates.present() || !above.opensWithDate() || !line.opensWithDate()
        || line.loneDate() != null) {
      return false;
    }
    DateRange other = line.firstDates();
    PartialDate a = dates.start();
    PartialDate b = other.start();
    if (!other.single() || other.present() || a.equals(b)) {
      return false;
    }
    if (above.loneDate() != null) {
      return a.year() != b.year() || a.month() != 0 && b.month() != 0;
    }
    // Both ends beside names ("Nov 2021 ⇥ Tech Lead na Nova Escola" over "Jul 2021 ⇥ Educação"):
    // only months, and the lower line names no role, for one-line jobs listed under each other
    // ("2019 ⇥ Engineer ⇥ Globex" over "2018 ⇥ Intern ⇥ Initech") are each their own.
    return a.month() != 0 && b.month() != 0 && !Parts.namesRole(line, true) && !namesEmployerOrPlace(line);
  }

  /**
   * Whether a line names an organisation by its words or a place: "Initech Ltd, Munich" is a one-line
   * job of its own, no line about the job above ("Educação", the employer's sector).
   */
  static boolean namesEmployerOrPlace(Line line) {
    for (Parts.Part p : Parts.of(SectionKind.EXPERIENCE, List.of(line))) {
      if (Parts.hasWord(p.value(), Parts.ORG_WORDS) || Parts.isLocation(p.value())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a line in lower case after an item that ended its sentence is set apart from the
   * item's text: in another type size, or starting left of where the item's text starts. It then
   * names what comes next ("qSpark", "eBay" as the next employer, set larger at the entries'
   * margin) rather than going on with the item. Only where the reader gave sizes or geometry.
   */
  static boolean endedApart(Line item, Line line, String itemText) {
    // An item's line that filled its column ran on into this one, whatever stop it ended on
    // ("… for Umbrella Holdings Inc." / "and two partner firms"), where a list sets its wraps
    // under the glyph rather than the text.
    if (item == null || !SENTENCE_END.matcher(itemText.strip()).find() || item.filledBefore(line)) {
      return false;
    }
    boolean otherSize = item.style().sizeKnown() && line.style().sizeKnown()
        && Math.abs(item.style().size() - line.style().size()) > OTHER_SIZE * item.style().size();
    boolean outdented = item.box() != null && line.box() != null && item.box().page() == line.box().page()
        && item.box().column() == line.box().column() && line.box().x() < item.box().x() - OUTDENT;
    return otherSize || outdented;
  }

  /**
   * Whether the line is what {@code prev} ran into, as the page's geometry shows (see
   * {@link Line#ranOnInto}): its sentence wrapped there, however the next line is cased ("…
   * powering wallets including" / "Metamask, Coinbase Wallet and Zerion."). A dated line, or one
   * of several cells, runs on from nothing.
   */
  static boolean ranInto(Line prev, Line line) {
    return prev != null && !line.hasDates() && line.cells().size() <= 1 && line.words() > 0 && prev.ranOnInto(line);
  }

  /**
   * Whether a line of plain text (no reader's layout) stands right under a list item's text,
   * indented to where that text starts (" * I conceived the Cloud" / "   Key Management Service
   * project…"): the item's next line, as Markdown and hand-set text lists hang it, whatever its
   * case. Where the line above ended its sentence, it goes on the item only as a sentence of its
   * own might (see continues).
   */
  static boolean hangsUnder(Line item, Line line) {
    return item != null && line.box() == null && !line.style().sizeKnown() && !line.bullet()
        && line.index() == item.index() + 1 && line.margin() > 0 && line.indent() == item.indent()
        && !line.content().startsWith("#") && !line.content().startsWith("|");
  }

  /** Whether a word has a capital after its first letter: "MySql", "gRPC", "AWS", "APIs". */
  static boolean casedInside(String w) {
    for (int i = 1; i < w.length(); i++) {
      if (Character.isUpperCase(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the line is a capitalised role, then a word for "at", then a capitalised name of a few
   * words ("Software developer, NodeJs & React at Quillstone of programming"): a header however the
   * name is cased after its first word. A sentence has no role before its "at" ("Built the ledger
   * at Globex"), opens in lower case ("then served as lead engineer at Globex"), or goes on after
   * the name with a phrase, a figure or a full stop ("… at Globex for six months").
   */
  static boolean roleAtName(String c) {
    if (c.isEmpty() || !Character.isUpperCase(c.charAt(0))) {
      return false;
    }
    for (String at : Parts.AT_WORDS) {
      int i = c.indexOf(' ' + at + ' ');
      if (i <= 0) {
        continue;
      }
      String before = c.substring(0, i).strip();
      String after = c.substring(i + at.length() + 2).strip();
      int comma = before.indexOf(',');
      String role = comma > 0 ? before.substring(0, comma) : before;
      return !after.isEmpty() && Character.isUpperCase(after.charAt(0)) && Whitespace.splitLength(after) <= AT_NAME_MAX_WORDS
          && !endsSentence(after) && after.chars().noneMatch(Character::isDigit) && !phraseAfterName(after) && Parts.isRole(role);
    }
    return false;
  }

  static boolean phraseAfterName(String after) {
    for (String w : SPACE_RUN.split(after)) {
      if (AFTER_NAME.contains(w.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Prose: starts with a verb form, mostly lower case, long enough to be a statement; or a change
   * of role told in the job ("Promoted to Senior Engineer Dec. 2019."). Never a role at a name
   * ("Software developer, NodeJs & React at Globex") nor a name and what it is.
   */
  static boolean isSentence(Line line) {
    return Memo.line(line, Memo.LineTest.SENTENCE, LineShapes::sentenceTest);
  }

  /** {@link #isSentence} itself, its answer not kept. */
  private static boolean sentenceTest(Line line) {
    int lineWords = line.words();
    String c = Inline.clean(line.content());
    // "Promoted to Senior Engineer Dec. 2019.": with its own date or a full stop, a change of role
    // told in the job; bare ("Promoted to Staff Engineer, Globex" under a range alone), a header.
    String lowered = c.toLowerCase(Locale.ROOT);
    // A loop, not a stream: this is asked of every line.
    for (String change : ROLE_CHANGES_SPACED) {
      if (lowered.startsWith(change) && (line.hasDates() || endsSentence(c))) {
        return true;
      }
    }
    if (lineWords < 5) {
      return false;
    }
    if (nameThenAbout(line) || roleAtName(c)) {
      return false;
    }
    String[] words = spaceSplit(c);
    int lower = 0;
    int counted = 0;
    for (String w : words) {
      // A name cased inside ("MySql", "gRPC", "AWS") is a product's or an acronym's, and a
      // capitalised item of a list ("Laravel, Sass and Go") a name: written so in a sentence and
      // a header alike, they tell nothing either way.
      if (w.isEmpty() || casedInside(w) || w.endsWith(",") && Character.isUpperCase(w.charAt(0))) {
        continue;
      }
      counted++;
      // A word of a script without capitals is no name by its case: in a sentence of Japanese
      // between product names, it counts as the small words of an English one do.
      if (Character.isLowerCase(w.charAt(0)) || Parts.caseless(w.charAt(0))) {
        lower++;
      }
    }
    boolean mostlyLower = counted > 0 && lower * 2 >= counted;
    return mostlyLower && (VERB_START.matcher(c).find() || endsSentence(c) || lineWords >= 9);
  }

  /**
   * "Globex BioMarketing in 2009.", "acquired by Initech, Inc. in August 2006.": a sentence that
   * ends on its only dates, after a small word ("in", "since", "until") or one that says when
   * something took effect ("effective February 2015."). The dates say when
   * something in the sentence happened, the wrapped end of a description; a header's dates stand
   * apart from its names, not inside a clause.
   */
  static boolean dateClosesSentence(Line line) {
    DateRange d = line.firstDates();
    String c = line.content();
    if (d == null || line.cells().size() > 1 || !c.stripTrailing().endsWith(".")) {
      return false;
    }
    int end = d.span().end() - line.contentStart();
    String after = c.substring(Math.min(end, c.length())).strip();
    if (!after.equals(".")) {
      return false;
    }
    String before = c.substring(0, Math.max(0, d.span().offset() - line.contentStart())).strip();
    String[] words = SPACE_RUN.split(before);
    String lead = words[words.length - 1];
    return words.length >= 2 && (dev.prism.core.bullet.Lexicon.functionWord(lead) || DateParser.leadsClause(lead))
        && !lead.endsWith(":");
  }

  private static final Pattern YEAR_AND_STOP = Pattern.compile("\\d{4}\\.");

  /**
   * A year alone with its full stop ("2015.") under a line that ends with a month's name ("…
   * acquired by Globex effective February"): the sentence's date, cut where the line was full, no
   * entry's.
   */
  static boolean yearEndsCutDate(Line above, Line line) {
    if (above == null || !YEAR_AND_STOP.matcher(line.content().strip()).matches()) {
      return false;
    }
    String a = above.content().stripTrailing();
    return DateParser.isMonth(a.substring(a.lastIndexOf(' ') + 1));
  }

  /** A full stop ends the text, not one of a legal form ("Globex Inc."); Chinese and Japanese write "。". */
  static boolean endsSentence(String c) {
    return c.endsWith(".") && !Parts.endsInLegalForm(c) || c.endsWith("。");
  }

  /**
   * The first cell of a line that is a name and no more, with a sentence in the cells after it, or
   * null: capitalised, a few words, no colon, no label of a field, a form or a part of an entry
   * ("Employer ⇥ …", "Highlights ⇥ …", "Key Responsibilities ⇥ …"), no technology ("Java ⇥ Built
   * …"), no sentence of its own.
   */
  static Span nameBeforeSentence(Line line) {
    List<Span> cells = line.cells();
    if (cells.size() < 2) {
      return null;
    }
    Span first = cells.get(0);
    String name = Inline.clean(line.textOf(first)).strip();
    if (name.isEmpty() || !Character.isUpperCase(name.codePointAt(0)) || name.indexOf(':') >= 0
        || FieldLabelWords.named(name) != null || FieldLabelWords.isFormLabel(name) || Headings.isSubLabel(name)
        || INLINE_LABELS.contains(name.toLowerCase(Locale.ROOT)) || namesTechnology(name)
        || Whitespace.splitLength(name) > MAX_NAME_CELL_WORDS || isSentence(line.slice(first.offset(), first.end()))) {
      return null;
    }
    // A sentence that opens in lower case goes on from the first cell ("Year in Industry ⇥ at
    // Brightwater as a developer", a link's text set as a cell): one sentence, no name apart.
    Line rest = line.slice(cells.get(1).offset(), line.contentEnd());
    String restText = Inline.clean(rest.content()).strip();
    return !restText.isEmpty() && !Character.isLowerCase(restText.codePointAt(0)) && isSentence(rest) ? first : null;
  }

  /** Whether a short text is a technology's name and no more ("Java", "Spring Boot"; a stop may follow). */
  static boolean namesTechnology(String name) {
    Span lead = Parts.leadingTechnology(name);
    return lead != null && lead.length() >= name.length() - 1;
  }

  /**
   * A finished sentence: such a line opening an entry is its description, not its header. A
   * paragraph whose last sentence ends with a colon introduces the list below it ("… lead of one
   * of the teams. These are the projects we worked on:"); one sentence so ended may be a job told
   * in prose ("Worked at Globex from 2019 to 2021 on these projects:").
   */
  static boolean isProse(Line line) {
    if (!isSentence(line)) {
      return false;
    }
    String c = Inline.clean(line.content());
    return c.endsWith(".") || c.endsWith(":") && c.contains(". ");
  }

  /**
   * {@code DANGLING.matcher(s).find()}: a match ends at the end (or before a final line break) and is
   * a comma or one word of six letters at most, so it is looked for in the last ten characters only
   * (bullets are long, and find() tried the pattern at every position), with transparent bounds so
   * that \b still sees the character before them. {@code DanglingTailTest} holds it to the pattern.
   */
  static boolean dangling(String s) {
    return DANGLING.matcher(s).useTransparentBounds(true).region(Math.max(0, s.length() - 10), s.length()).find();
  }

  /**
   * More words than a header holds: a paragraph, even one set in bold. Up to {@value
   * #LONG_HEADER_WORDS} words may still be a header when every longer word is capitalised, no
   * sentence ends it and a separator parts it into a header's fields ("Game Developer - Arcadia
   * Redux (Hobby Team Project), Arcadia Redux (Hobby Team Project)": a long title and a long
   * employer's name); a run of capitalised words with no separator is a title-cased sentence.
   */
  static boolean tooLongForHeader(Line line) {
    // Asked of a line by the style tests of the list heads, the grouping and its look-aheads.
    return Memo.line(line, Memo.LineTest.TOO_LONG_FOR_HEADER, LineShapes::tooLongForHeaderTest);
  }

  /** {@link #tooLongForHeader} itself, its answer not kept. */
  private static boolean tooLongForHeaderTest(Line line) {
    int words = line.words();
    if (words <= HEADER_WORDS) {
      return false;
    }
    // A gloss in brackets on what a name is ("Globex (Sale and service of cars from Japanese
    // auctions)") adds none of the header's words.
    String c = Parts.withoutGloss(Inline.clean(line.content()).strip());
    words = Whitespace.splitLength(c);
    if (words <= HEADER_WORDS) {
      return false;
    }
    // Nor does what a name is, said after it and a separator, on a line whose place or dates stand
    // in a cell of their own ("Globex L.P – the global leader in business and financial data,
    // news and insight ⇥ London, UK"); in one run of text such a line is the body's, but under a
    // role that names no employer yet (see employerLineUnderRole).
    if (words <= LONG_HEADER_WORDS && line.cells().size() >= 2 && !SENTENCE_END.matcher(c).find() && nameThenAbout(line)) {
      return false;
    }
    return words > LONG_HEADER_WORDS || SENTENCE_END.matcher(c).find() || share(c) < 1 || !FIELD_SEPARATOR.matcher(c).find();
  }

  /** Short, title-cased, set apart by its style, or carrying a date or separators: reads as an entry header. */
  static boolean isHeaderLike(Line line, String bodyStyle) {
    if (datesEntry(line) || styledAsHeader(line, bodyStyle)) {
      return true;
    }
    int lineWords = line.words();
    if (tooLongForHeader(line)) {
      return false;
    }
    String c = Inline.clean(line.content());
    // moderncv ends "Title, Company, City." with a full stop: a line of capitalised names is a
    // header whatever ends it; a sentence is not, nor is a name and its tagline ("Globex ·
    // Rethinking how towns buy their food."). The stop of a legal form ("Brindlebank a.s.") ends
    // no sentence; the ideographic full stop ends one whatever the words before it ("负责 Globex
    // 的技术方向。", its one capitalised word a name inside the sentence).
    if ((c.endsWith("。") || c.endsWith(".") && !Parts.endsInLegalForm(c) && lineWords > 4 && !capitalised(c)) && !nameThenAbout(line)) {
      return false;
    }
    // A role alone and emphasised, in sentence case ("**Senior software engineer**"), heads its
    // entry as a name would; "Promoted to senior engineer" is a sentence, and "architect" in lower
    // case the rest of a title the line above wrapped.
    // A gloss in brackets on what a name is ("Arsenal LLC (Security company)") is no part of the
    // name's capitals.
    return share(Parts.withoutGloss(c)) >= 0.5 || line.cells().size() >= 2 && lineWords <= 8 || nameThenAbout(line)
        || emphasisedWhole(line.content()) && Parts.namesRole(line, true);
  }

  /** Emphasis around the whole line: "**Senior software engineer**", "_Developer_". */
  static boolean emphasisedWhole(String c) {
    String t = c.strip();
    return t.length() > 4 && (t.startsWith("**") && t.endsWith("**") || t.startsWith("__") && t.endsWith("__")
        || t.charAt(0) == '_' && t.charAt(t.length() - 1) == '_' || t.charAt(0) == '*' && t.charAt(t.length() - 1) == '*');
  }

  /**
   * A name, its separator, then words in sentence case that say what it is ("Globex · Platform
   * for fraud checks, identity and compliance"), or in lower case after a dash ("Initech – the
   * leader in ledgers, audits and insight"): an employer with a line about it, not prose. A list
   * after the separator ("Stack · Java, Spring Boot and Kafka") is none, nor a technology before
   * a dash ("Kafka – the queue between the services").
   */
  static boolean nameThenAbout(Line line) {
    return nameThenAbout(nameAndAbout(line));
  }

  /** The text a name and what it is are read from: the first cell when the line has several (the place beside them is another). */
  static String nameAndAbout(Line line) {
    return Inline.clean(line.cells().size() >= 2 ? line.textOf(line.cells().get(0)) : line.content());
  }

  /** Whether the separator after the name in {@link #nameThenAbout(Line)} is a dash. */
  static boolean aboutAfterDash(Line line) {
    java.util.regex.Matcher m = NAME_THEN_SEPARATOR.matcher(nameAndAbout(line));
    return m.find() && Parts.isDash(m.group(1));
  }

  static boolean nameThenAbout(String c) {
    java.util.regex.Matcher m = NAME_THEN_SEPARATOR.matcher(c);
    if (!m.find()) {
      return false;
    }
    // "Impact · Reduced checkout latency", "Team Lead · Managed five engineers": a label or a role,
    // then what was done, is an achievement, not an employer. A participle says what a company
    // does, as a tagline does ("Globex · Building the payments of tomorrow").
    String name = SEPARATOR_END.matcher(c.substring(0, m.end() - 1)).replaceFirst("").strip();
    // The name said again in the line about it is its subject, not a proper noun that breaks the
    // sentence's case nor a verb of what was done ("Hooli/Geek Crew · Geek Crew is an arm of
    // Hooli that …", "Initechs · Initechs is a provider of …").
    Set<String> nameWords = new HashSet<>(List.of(NON_WORD.split(name)));
    String raw = c.substring(m.end() - 1);
    java.util.regex.Matcher first = WORD.matcher(raw);
    boolean opensWithName = first.find() && nameWords.contains(first.group());
    String about = withWordsInLowerCase(raw, nameWords);
    boolean dash = Parts.isDash(m.group(1));
    return (Parts.sentenceCased(about) || dash && Parts.describingPhrase(about)) && !(dash && namesTechnology(name))
        && (opensWithName || !DONE_START.matcher(about).find()) && !Parts.isRole(name);
  }

  /** {@code text} with each of {@code words} in it after its first word set in lower case. */
  static String withWordsInLowerCase(String text, Set<String> words) {
    StringBuilder out = new StringBuilder(text.length());
    java.util.regex.Matcher w = WORD.matcher(text);
    int last = 0;
    boolean first = true;
    while (w.find()) {
      out.append(text, last, w.start());
      out.append(!first && words.contains(w.group()) ? w.group().toLowerCase(Locale.ROOT) : w.group());
      first = false;
      last = w.end();
    }
    return out.append(text, last, text.length()).toString();
  }

  /**
   * Capitalised as names are ("GLOBEX TRUST & CO.", "Senior Engineer, Quillstone, Lisbon"): of
   * the words longer than three letters, most start with a capital and none does not, or one in a
   * list parted by commas. A sentence has more of them ("Creation of web applications using React").
   */
  static boolean capitalised(String c) {
    int lower = 0;
    for (String w : SPACE_RUN.split(c)) {
      if (w.length() > 3 && Character.isLowerCase(w.charAt(0))) {
        lower++;
      }
    }
    return share(c) >= 0.7 && (lower == 0 || lower == 1 && c.contains(", "));
  }

  /** Five words or more, two of them at least in lower case: the words that join a phrase. */
  static boolean phrase(Line line) {
    if (line.words() < 5) {
      return false;
    }
    int lower = 0;
    for (String w : SPACE_RUN.split(Inline.clean(line.content()))) {
      if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
        lower++;
      }
    }
    return lower >= 2;
  }

  /** Names an organisation: an organisation's or a school's word, or a name joined by "of". */
  static boolean namesOrganisation(Line line) {
    String c = Inline.clean(line.content());
    String[] words = Parts.lowerWords(c);
    return Parts.hasWord(words, Parts.ORG_WORDS) || Parts.hasWord(words, Parts.WEAK_ORG_WORDS)
        || Parts.hasWord(words, Parts.SCHOOL_WORDS) || Parts.isInstitutionName(c.split(",")[0]);
  }

  /** The share of words longer than three letters that start with a capital (or no letter); 1 when none. */
  static double share(String c) {
    int capital = 0;
    int counted = 0;
    for (String w : spaceSplit(c)) {
      if (w.length() <= 3) {
        continue;
      }
      counted++;
      if (Character.isUpperCase(w.charAt(0)) || !Character.isLetter(w.charAt(0))) {
        capital++;
      }
    }
    return counted == 0 ? 1 : (double) capital / counted;
  }

  /**
   * "Freelance" set as a sub-heading (marked so by the reader, or set larger than the header) over
   * a dated header that names a role and someone to work for ("2014 – 2015 ⇥ Web Developer ⇥
   * Globex"): it groups the jobs held so, and is no employer of its own. Set as a header line is
   * ("Freelance ⇥ 2017 – 2018" over "Web Developer"), it is the employer.
   */
  static boolean waysOfWorkingHeading(Line line, List<Line> body, int li) {
    if (!Parts.isWayOfWorking(Inline.clean(line.content()).strip())) {
      return false;
    }
    int at = Line.nextIndex(body, li);
    Line next = at < 0 ? null : body.get(at);
    // A rail's dates on a line of their own before the header ("2014 – 2015" / "Web Developer,
    // Globex"): the header is the line after them, and they date it.
    boolean railDates = next != null && next.loneDate() != null;
    if (railDates) {
      next = Line.next(body, at);
    }
    if (next == null || !(railDates || next.hasDates()) || !Parts.namesRole(next)
        || !(line.markedHeading() || setLarger(line, next))) {
      return false;
    }
    // The next header names someone besides the role and the dates: a name, capitalised ("Web
    // Developer ⇥ E-commerce sites for small shops" says what was built, for no one named).
    int names = 0;
    for (Parts.Part p : Parts.of(SectionKind.EXPERIENCE, List.of(next))) {
      String v = p.value();
      names += Parts.isRole(v) || Parts.isLocation(v) || !capitalised(v) ? 0 : 1;
    }
    return names > 0;
  }

  /** Whether the next line with text after {@code i} holds dates: a job's heading over its dates. */
  static boolean datedBelow(List<Line> body, int i) {
    Line l = Line.next(body, i);
    return l != null && l.hasDates();
  }

  /**
   * {@link #isColonLabel} of line {@code li}, but for a clause over a line of dates: "Contract work
   * for the city of Boulder:" over "2015 – 2016" heads that entry.
   */
  static boolean colonLabel(List<Line> body, int li) {
    Line line = body.get(li);
    if (!isColonLabel(line)) {
      return false;
    }
    Line next = line.words() > 3 ? Line.next(body, li) : null;
    return next == null || !next.hasDates();
  }

  /**
   * "Projet(s): Ledgerly, Strom" after a job's bullets: the projects done in the job, labelled,
   * with no dates and no bullets of their own below. "Project: Weatherly | 2021 – 2022" over its
   * items heads a project (or a consultant's engagement) of its own.
   */
  static boolean projectsOfJob(Line line, List<Line> body, int li) {
    if (line.hasDates() || !LineShapes.labelled(Inline.clean(line.content()), Parts.PROJECT_WORDS)) {
      return false;
    }
    Line next = Line.next(body, li);
    return next == null || !next.bullet();
  }

  /**
   * Whether line {@code i} is a Markdown heading over a deeper one ("### Amazon Web Services, S3"
   * over "#### Systems Engineer II"): it heads what is under it, whatever its words, where a
   * heading of technologies after a job's bullets, over the next job's heading, is that job's.
   */
  static boolean overDeeperHeading(List<Line> body, int i) {
    String c = body.get(i).content();
    Line next = Line.next(body, i);
    return c.startsWith("#") && next != null && next.content().startsWith("#")
        && Sections.hashes(next.content()) > Sections.hashes(c);
  }

  /**
   * Whether the next line that is not blank needs the line above for its employer: a role with no
   * dates and no employer between it and its dates below, or dates with at most one name beside
   * them, places aside ("Java Developer | 2016 – 2020"). A dated line that names a role and an
   * employer is a header of its own.
   */
  static boolean headsNext(List<Line> body, int li) {
    int at = Line.nextIndex(body, li);
    Line next = at < 0 ? null : body.get(at);
    if (next == null) {
      return false;
    }
    if (!next.hasDates()) {
      // A role over a name and then dates ("Software Engineer" / "Initech" / "Jan 2021 – May
      // 2021", AltaCV's header) has its employer below it.
      int second = Line.nextIndex(body, at);
      Line third = second < 0 ? null : Line.next(body, second);
      boolean employerBelow = second >= 0 && !body.get(second).hasDates() && !Parts.namesRole(body.get(second))
          && third != null && third.hasDates();
      return Parts.namesRole(next) && !employerBelow;
    }
    return Parts.of(SectionKind.EXPERIENCE, List.of(next)).stream().filter(p -> !Parts.isLocation(p.value())).count() < 2;
  }

  /**
   * "Celery, Django PostgreSQL, Redis jQuery" right under a piece of work: the tags a theme
   * prints under each item, in a row of chips that a converter joins with commas or with spaces
   * only. Every word capitalised or written with a capital inside ("jQuery"); two known
   * technologies or more, at least half as many as the other words, or one and nothing else
   * ("Perform Code Reviews" is a bullet); not bold nor set as headers are, unless known
   * technologies are as many as the other words; no role, place or employer's word (an
   * employer's line over the next job's bullets: "Northwind Hotels, Front Office").
   */
  static boolean tagsOfItem(Line line, String bodyStyle) {
    String rest = TAG_GAPS.matcher(Inline.clean(line.content())).replaceAll(" ").strip();
    for (String w : SPACE_RUN.split(rest)) {
      // "Perform code reviews": a word in lower case writes a phrase, though a practice it names is known.
      if (w.chars().noneMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))) {
        return false;
      }
    }
    int known = 0;
    int other = 0;
    while (!rest.isEmpty()) {
      Span lead = Parts.leadingTechnology(rest);
      int end;
      if (lead != null) {
        known++;
        end = lead.end();
      } else {
        end = rest.indexOf(' ');
        end = end < 0 ? rest.length() : end;
        other++;
      }
      rest = rest.substring(end).strip();
    }
    // Chips set a size above the text ("Swift | Firebase | Zoom SDK" in AltaCV) are tags still
    // when two known technologies are among them and no fewer than the other words.
    return (known >= 2 || known == 1 && other == 0) && known * 2 >= other && !line.style().bold()
        && (!styledAsHeader(line, bodyStyle) || known >= 2 && known >= other) && !Parts.namesRole(line) && !namesOrganisation(line)
        && !Parts.isLocation(Inline.clean(line.content()).strip());
  }

  /**
   * The size the section's dated headers share, when they share one: at least two lines that date
   * an entry, most of them in one size (weight varies: a template may bolden only some). Null where
   * headers are not set alike, or sizes are not known.
   */
  static String headerStyle(List<Line> body) {
    Map<String, Integer> counts = new HashMap<>();
    int dated = 0;
    for (Line l : body) {
      if (!l.blank() && l.style().sizeKnown() && datesEntry(l)) {
        dated++;
        counts.merge(sizeKey(l.style()), 1, Integer::sum);
      }
    }
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() >= 2 && e.getValue() * 10 >= dated * 6) {
        return e.getKey();
      }
    }
    return null;
  }

  /**
   * Whether the next line of the body, blank lines aside, holds a date and fewer than three cells:
   * it may want the line over it for its name.
   */
  static boolean nextDatedWithoutName(List<Line> body, int li) {
    Line next = Line.next(body, li);
    return next != null && next.hasDates() && next.cells().size() < 3;
  }

  /**
   * Whether line {@code i} opens the next entry's header: a line that dates an entry follows within
   * the next three lines, with no bullet or sentence before it.
   */
  static boolean opensHeader(List<Line> body, int i, String bodyStyle) {
    int seen = 0;
    for (int k = i + 1; k < body.size() && seen < 3; k++) {
      Line l = body.get(k);
      if (l.blank()) {
        continue;
      }
      if (datesEntry(l)) {
        return true;
      }
      if (isBullet(l, bodyStyle) || isSentence(l)) {
        return false;
      }
      seen++;
    }
    return false;
  }

  /** Whether a line of dates alone follows line {@code i} within {@value #BLOCK_LINES} lines, links aside. */
  static boolean datesBelow(List<Line> body, int i) {
    int seen = 0;
    for (int k = i + 1; k < body.size() && seen < BLOCK_LINES; k++) {
      Line l = body.get(k);
      if (l.blank() || isLinkOnly(l)) {
        continue;
      }
      if (l.hasDates() && Parts.datesOnly(l)) {
        return true;
      }
      seen++;
    }
    return false;
  }

  /**
   * Whether line {@code i}, cased as a header is, stands over dates and nothing else set in its
   * own size: an employer's banner and its tenure ("Globex – St. Louis, MO" / "8/1991 —
   * 12/2008") over the roles held there. Dates set as the headers are, apart from the line, are a
   * rail's, which date the header below them ("seit 05/25" over "Geschäftsführer, Weber GmbH").
   */
  static boolean bannerOverDates(List<Line> body, int i) {
    // A page's end may stand between the two: the next line with text.
    Line dates = Line.next(body, i);
    return dates != null && dates.loneDate() != null && casedAsHeader(body.get(i))
        && sizeKey(dates.style()).equals(sizeKey(body.get(i).style()));
  }

  /**
   * Whether the next line with text after {@code i} holds dates: line {@code i} may be its header's
   * first line ("• Initech" over "Engineer, 2016 – 2019").
   */
  static boolean headsDatedLine(List<Line> body, int i) {
    Line l = Line.next(body, i);
    return l != null && l.hasDates();
  }

  /** Whether the line right after {@code i} (no blank between) is dates and nothing else. */
  static boolean overOwnDates(List<Line> body, int i) {
    return i + 1 < body.size() && !body.get(i + 1).blank() && body.get(i + 1).loneDate() != null;
  }

  /**
   * Whether the next line with text after {@code i} holds dates and words beside them but names no
   * role: a header's line that wants the title above it ("Nordkapp Tools ⇥ 2016 – 2021"). One that
   * names its role ("Engineer, Initech ⇥ 2016 – 2019") is complete without the line above.
   */
  static boolean aboveNamedDates(List<Line> body, int i) {
    Line l = Line.next(body, i);
    return l != null && l.hasDates() && l.loneDate() == null && !Parts.namesRole(l);
  }

  /**
   * The style the section's running text is set in, where it has some (bullets or long lines), and
   * otherwise the document's ({@code documentStyle}, {@link #bodyStyle(List)} over all its lines): a
   * section of tag lists or one-line entries has no running text to tell its own, and without a
   * body style every test of a line's look (a header set apart, a bullet, a line of tags) would go
   * silent there, so one-a-line skills under bold headers would read as entries of their own.
   */
  static String bodyStyle(List<Line> body, String documentStyle) {
    String own = bodyStyle(body);
    return own != null ? own : documentStyle;
  }

  /** The style most of the lines' running text is set in: their bullets and long lines; null where there are none. */
  static String bodyStyle(List<Line> body) {
    Map<String, Integer> counts = new HashMap<>();
    for (Line l : body) {
      if (l.blank() || glyphHeader(l)) {
        continue;
      }
      // Counted once a line: the count splits the line's text.
      int words = l.words();
      if (l.bullet() || words >= 8) {
        counts.merge(styleKey(l.style()), words, Integer::sum);
      }
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
  }

  /**
   * The right edge of the text in each column of each page (the furthest any line of the body
   * reaches), where a reader gave the lines' geometry; empty otherwise.
   */
  static Map<Integer, Float> rightEdges(List<Line> body) {
    Map<Integer, Float> out = new HashMap<>();
    for (Line l : body) {
      if (l.box() != null && !l.blank()) {
        out.merge(Line.edgeKey(l.box()), l.box().right(), Math::max);
      }
    }
    return out;
  }

  /**
   * Whether a line on a page runs to its column's right edge, within two characters: a line the
   * page cut where it was full, however short its text (a narrow column's item).
   */
  static boolean fullLine(Line line, Map<Integer, Float> rightEdges) {
    Box a = line.box();
    Float edge = a == null || line.content().isEmpty() ? null : rightEdges.get(Line.edgeKey(a));
    return edge != null && edge - a.right() <= 2 * (a.right() - a.x()) / line.content().length();
  }

  /**
   * Whether the line's first word would have fit at the end of {@code prev}, had they been one
   * text: then {@code prev} ended its sentence where the writer broke the line, and the line is no
   * wrap of it ("Built a REST API for the portal" / "Created a process to automate DNS"). Only
   * where the reader gave both lines' geometry, in the same column.
   */
  static boolean roomForNextWord(Line prev, Line line, Map<Integer, Float> rightEdges) {
    Box a = prev.box();
    Box b = line.box();
    if (a == null || b == null || a.page() != b.page() || a.column() != b.column() || prev.content().isEmpty()) {
      return false;
    }
    Float edge = rightEdges.get(Line.edgeKey(a));
    if (edge == null) {
      return false;
    }
    float perChar = (a.right() - a.x()) / prev.content().length();
    int firstWord = SPACE_RUN.split(line.content().strip(), 2)[0].length();
    return edge - a.right() > (firstWord + 2) * perChar;
  }

}
