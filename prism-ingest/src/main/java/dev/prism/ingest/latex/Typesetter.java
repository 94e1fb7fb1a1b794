package dev.prism.ingest.latex;

import dev.prism.core.lexicon.Lexicon;
import dev.prism.core.model.Claim.ContactField;
import dev.prism.core.text.DateParser;
import dev.prism.ingest.latex.Page.Look;
import dev.prism.ingest.latex.Token.Kind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TeX's stomach, as far as a resume needs it: takes the expanded tokens and sets them on a
 * {@link Page}. It knows the primitives the reader's tables ({@code latex/*.tex}) define everything
 * else with: fonts and sizes, line and paragraph ends, list items, cells, headings, links, contact
 * details, boxes, accents. A command nobody defined keeps the text of its arguments, each
 * argument a cell of its own; one whose name says it heads a section ({@code \CVHeading}) is a
 * heading.
 */
final class Typesetter {

  /**
   * What a group sets: the look, a forced letter case, and whether it is a date column that stacks
   * a range's two ends over each other (moderncv's "May 2017\\\\--today", "December 2020\\\\Present"):
   * its line breaks join the ends into one range on one line.
   */
  private record State(Look look, int letterCase, boolean dateColumn) {}

  private record ListState(boolean bullets) {}

  private final Expander ex;
  private final Page page;
  private final ArrayDeque<State> groups = new ArrayDeque<>();
  private final ArrayDeque<ListState> lists = new ArrayDeque<>();
  private final Map<String, List<Token>> boxes = new HashMap<>();
  private final Map<String, List<List<Token>>> stored = new java.util.LinkedHashMap<>();
  private final Set<String> missing = new LinkedHashSet<>();
  private boolean math;
  private int blocks;
  /**
   * For each table open, what its column specification sets between two columns in every row
   * ({@code @{\enspace--\enspace}}), and the column being set; {@link Columns#NONE} for a table
   * that gave none.
   */
  private final ArrayDeque<Columns> tables = new ArrayDeque<>();
  private boolean preamble;
  private int contact;
  /** TikZ pictures open, and the node texts and matrices open inside them (see {@link #drawn}). */
  private int pictures;
  private int pictureText;
  /** The matrix text each open picture interrupted (a picture drawn inside a cell). */
  private final ArrayDeque<Integer> pictureTexts = new ArrayDeque<>();

  Typesetter(Expander ex, Page page) {
    this.ex = ex;
    this.page = page;
    groups.push(new State(Look.NORMAL, 0, false));
  }

  /** Files the body inputs that the reader was not given. */
  Set<String> missing() {
    return missing;
  }

  /**
   * Sets the preamble: only what a class prints from it (the name and contact details moderncv and
   * Awesome-CV take there) is set; any other command given arguments there keeps them, in case the
   * body prints them by its name alone (a class's sidebar command given its content in the
   * preamble, used alone in the body).
   */
  void preamble(List<Token> tokens) {
    preamble = true;
    run(tokens);
    page.lineBreak();
    preamble = false;
    // What the preamble gave the person's details by a class's own names (\ecvname, \contacts)
    // heads the text, as the class prints it at the top.
    List<Token> top = new ArrayList<>();
    for (String name : new ArrayList<>(stored.keySet())) {
      if (Names.personal(name)) {
        top.addAll(stored(name, stored.remove(name), 0));
      }
    }
    if (!top.isEmpty()) {
      run(top);
    }
  }

  /**
   * Whether a preamble command's arguments are short fields, one an email address or a phone
   * number: a class's own command that sets the details a footer prints
   * ({@code \SetFooter{+49 151 2345678}{pat@example.org}{Berlin}}), whatever its name.
   */
  private static boolean givesContact(List<List<Token>> args) {
    boolean contact = false;
    for (List<Token> a : args) {
      String text = Expander.plain(a).strip();
      // Fields, each short: a block of the page given whole (a sidebar's content) is printed where
      // the body asks for it.
      if (text.length() > MAX_CONTACT_FIELD) {
        return false;
      }
      contact |= EMAIL.matcher(text).find() || PHONE.matcher(text).matches();
    }
    return contact;
  }

  /** The longest argument a command that sets contact details gives: an address, not a block. */
  private static final int MAX_CONTACT_FIELD = 80;

  private static final java.util.regex.Pattern EMAIL = Lexicon.pattern("email");
  private static final java.util.regex.Pattern PHONE = Lexicon.pattern("phone");

  void body(List<Token> tokens) {
    run(tokens);
    // What the preamble gave a command the body never printed, when it sets contact details (a
    // class's own footer: see givesContact), goes at the foot, where the page has them: the
    // body's own header still names the person first, and a recipient's address set so
    // ("\recipient{Globex}{jobs@globex.example}") takes no one's place.
    List<Token> foot = new ArrayList<>();
    for (String name : new ArrayList<>(stored.keySet())) {
      if (givesContact(stored.get(name))) {
        foot.addAll(stored(name, stored.remove(name), 0));
      }
    }
    if (!foot.isEmpty()) {
      page.paragraph();
      run(foot);
    }
  }

  private void run(List<Token> tokens) {
    ex.input(tokens);
    Token t;
    while ((t = ex.next()) != null) {
      handle(t);
    }
  }

  private State state() {
    return groups.peek();
  }

  private void look(Look l) {
    State s = groups.pop();
    groups.push(new State(l, s.letterCase(), s.dateColumn()));
  }

  private void handle(Token t) {
    if (pictures > 0 && drawn(t)) {
      return;
    }
    switch (t.kind()) {
      case CHAR -> chars(t);
      case SPACE, ACTIVE -> {
        if (!math) {
          page.space();
        }
      }
      case PAR -> {
        // A stray $ ends at the paragraph, as TeX ends it there, rather than gluing the rest.
        math = false;
        if (inBulletItem()) {
          page.space();
        } else if (blocks > 0) {
          // Paragraphs inside a table's cell (a p or X column) are lines of its row, set together.
          page.lineBreak();
        } else if (!preamble) {
          page.paragraph();
        }
      }
      case OPEN -> groups.push(state());
      case CLOSE -> {
        if (groups.size() > 1) {
          groups.pop();
        }
      }
      case ALIGN -> {
        page.cell();
        Columns c = tables.peek();
        if (blocks > 0 && c != null) {
          List<Token> between = c.next();
          if (!between.isEmpty()) {
            ex.push(between);
          }
        }
      }
      case MATH -> math = !math;
      case PARAM -> { }
      case MARK -> mark(t);
      case BEGIN -> beginUnknown(t);
      case END -> {
        page.lineBreak();
        if (groups.size() > 1) {
          groups.pop();
        }
      }
      case COMMAND -> command(t);
    }
  }

  private void chars(Token t) {
    String s = t.text();
    if (math && (s.equals("^") || s.equals("_"))) {
      return;
    }
    String out = switch (s) {
      case "--" -> math ? "-" : "–";
      case "---" -> "—";
      case "``" -> "“";
      case "''" -> "”";
      case "`" -> "‘";
      default -> s;
    };
    emit(out, t.pos());
  }

  private void emit(String s, int pos) {
    if (preamble && contact == 0) {
      return;
    }
    int c = state().letterCase();
    String text = c > 0 ? s.toUpperCase(Locale.ROOT) : c < 0 ? s.toLowerCase(Locale.ROOT) : s;
    page.text(text, state().look(), pos);
  }

  private void mark(Token t) {
    String m = t.text();
    switch (m) {
      case "heading-start" -> page.headingStart();
      case "heading-end" -> page.headingEnd();
      case "contact-end" -> {
        page.claimEnd();
        contact = Math.max(0, contact - 1);
      }
      case "claim-end" -> page.claimEnd();
      case "picture-text-start" -> pictureText++;
      case "picture-text-end" -> pictureText = Math.max(0, pictureText - 1);
      case "label-start" -> page.labelStart();
      case "label-end" -> page.labelEnd(true);
      case "accent" -> {
        String accent = pendingAccent.poll();
        if (accent != null && !(preamble && contact == 0)) {
          page.accent(accent);
        }
      }
      case "entry-start" -> page.entryStart();
      case "entry-end" -> page.entryEnd();
      case "entry-field-end" -> page.fieldEnd();
      default -> {
        if (m.startsWith("claim:")) {
          page.claim(ContactField.valueOf(m.substring(6)));
        } else if (m.startsWith("entry-field:")) {
          page.fieldStart(m.substring("entry-field:".length()));
        }
      }
    }
  }

  // --- Commands ------------------------------------------------------------------------------

  private void command(Token t) {
    String name = t.text();
    Look l = state().look();
    switch (name) {
      case "par" -> breakLine();
      case "\\" -> {
        ex.star();
        ex.readOptional();
        if (blocks > 0 && !tables.isEmpty()) {
          tables.peek().newRow();
        }
        // "Jul 2017 -- \\ Jan 2019": a line broken right after a range's dash goes on with its end;
        // "2021 --" before anything but a date is a range still running.
        if (page.endsInRangeDash() && dateAhead()) {
          page.space();
        } else if (inBulletItem() && (page.endsInDateRange() || page.headerSized() && datedLineAhead())) {
          // "\item \textbf{Lead} – Globex : 2018 - 2019 \\ \textit{What the job was}": an item
          // that opens with an entry's header breaks there, its description on the lines below,
          // hung under the item's text. So does one whose header's dates come on its next line
          // ("\item \textbf{Globex}---Lyon \\ \textit{Engineer: May 2012-Present}").
          page.itemLineBreak();
        } else {
          breakLine();
        }
      }
      case "item" -> item();
      case "bfseries" -> look(new Look(true, l.italic(), l.smallCaps(), l.size()));
      case "mdseries" -> look(new Look(false, l.italic(), l.smallCaps(), l.size()));
      case "itshape", "slshape" -> look(new Look(l.bold(), true, l.smallCaps(), l.size()));
      case "upshape" -> look(new Look(l.bold(), false, false, l.size()));
      case "em" -> look(new Look(l.bold(), !l.italic(), l.smallCaps(), l.size()));
      case "scshape" -> look(new Look(l.bold(), l.italic(), true, l.size()));
      case "normalfont" -> look(new Look(false, false, false, l.size()));
      case "prism@size" -> look(new Look(l.bold(), l.italic(), l.smallCaps(), number(Expander.plain(ex.readArg()), 1f)));
      case "prism@fontsize" -> {
        // An absolute size against the standard classes' 10pt \normalsize.
        float pt = points(Expander.plain(ex.readArg()));
        if (pt > 0 && pt < 200) {
          look(new Look(l.bold(), l.italic(), l.smallCaps(), Math.round(pt / 10f * 100) / 100f));
        }
      }
      case "prism@cell" -> page.cell();
      case "prism@gap" -> page.paragraph();
      case "prism@block" -> {
        // A table's rows are lines; an item that opens with one lays an entry out, with no bullet
        // of its own (sb2nov's \resumeSubheading in a bulleted list).
        page.lineBreak();
        page.noItemBeforeText();
        blocks++;
        tables.push(Columns.NONE);
      }
      case "prism@columns" -> {
        List<Token> spec = ex.readArg();
        if (!tables.isEmpty()) {
          tables.pop();
          tables.push(Columns.of(spec));
        }
      }
      case "prism@endblock" -> {
        page.lineBreak();
        blocks = Math.max(0, blocks - 1);
        if (!tables.isEmpty()) {
          tables.pop();
        }
      }
      case "prism@hspace" -> space(points(Expander.plain(ex.readArg())));
      case "hskip", "kern" -> space(points(scanDimension()));
      case "vskip" -> {
        scanDimension();
        page.lineBreak();
      }
      case "prism@discard" -> discard(Expander.plain(ex.readArg()).strip());
      // A picture is a box in the line, as in TeX. One inside a matrix cell's text (a rating's dots
      // drawn with \tikz) draws again until it ends.
      case "prism@picture" -> {
        pictureTexts.push(pictureText);
        pictureText = 0;
        pictures++;
      }
      case "prism@endpicture" -> {
        pictures = Math.max(0, pictures - 1);
        pictureText = pictures == 0 || pictureTexts.isEmpty() ? 0 : pictureTexts.pop();
        if (pictures == 0) {
          pictureTexts.clear();
        }
      }
      case "prism@tabbing" -> tabbing(t.pos());
      case "prism@heading" -> {
        String level = Expander.plain(ex.readArg()).strip();
        List<Token> text = ex.readArg();
        iconNameAfter();
        heading(level, text, t.pos());
      }
      case "prism@headingstyle" -> {
        String level = Expander.plain(ex.readArg()).strip();
        headingStyle(level, ex.readArg());
      }
      case "titleformat" -> titleformat();
      case "prism@contact" -> contact(Expander.plain(ex.readArg()).strip(), ex.readArg(), t.pos());
      case "prism@entry" -> wrapped("entry-start", ex.readArg(), "entry-end", t.pos());
      case "prism@field" -> {
        String field = Expander.plain(ex.readArg()).strip();
        wrapped("entry-field:" + field, ex.readArg(), "entry-field-end", t.pos());
      }
      case "prism@list" -> {
        String kind = Expander.plain(ex.readArg()).strip();
        lists.push(new ListState(bullets(kind, ex.readArg())));
        page.listDepth(glyphLists());
      }
      case "prism@endlist" -> {
        page.lineBreak();
        page.noItem();
        if (!lists.isEmpty()) {
          lists.pop();
        }
        page.listDepth(glyphLists());
      }
      case "prism@accent" -> {
        String accent = Expander.plain(ex.readArg());
        List<Token> arg = ex.readArg();
        if (!arg.isEmpty()) {
          List<Token> out = new ArrayList<>(arg);
          out.add(new Token(Kind.MARK, "accent", t.pos()));
          ex.push(out);
          pendingAccent.push(accent);
        }
      }
      case "prism@case" -> {
        int c = Expander.plain(ex.readArg()).strip().equals("upper") ? 1 : -1;
        inGroup(new State(state().look(), c, state().dateColumn()), ex.readArg(), t.pos());
      }
      case "prism@dates" -> inGroup(new State(state().look(), state().letterCase(), true), ex.readArg(), t.pos());
      case "prism@margin" -> {
        // A margin note set where a paragraph starts (a section's title or an entry's years in
        // the margin) reads as a line of its own before it; set inside a line, as words beside
        // the text ("Initech, Hamburg" and its years), which neither cut the line nor part it.
        // Inside a list item it is a mark beside the bullet, and left out.
        List<Token> arg = ex.readArg();
        boolean own = page.lineEmpty() && !page.inItem();
        if (!page.inItem()) {
          List<Token> out = new ArrayList<>();
          out.add(own ? Token.command("par", t.pos()) : new Token(Kind.SPACE, " ", t.pos()));
          out.add(new Token(Kind.OPEN, "{", t.pos()));
          out.addAll(arg);
          out.add(new Token(Kind.CLOSE, "}", t.pos()));
          out.add(own ? Token.command("par", t.pos()) : new Token(Kind.SPACE, " ", t.pos()));
          ex.push(out);
        }
      }
      case "prism@math" -> math = !math;
      case "prism@useall" -> {
        // Everything the preamble gave, in its order (a class's header prints it), after the
        // kernel's \author, which base.tex keeps in \prism@author (empty once \maketitle printed it).
        List<Token> out = new ArrayList<>();
        out.add(Token.command("par", t.pos()));
        out.add(Token.command("prism@author", t.pos()));
        out.add(Token.command("par", t.pos()));
        stored.forEach((command, args) -> out.addAll(stored(command, args, t.pos())));
        stored.clear();
        ex.push(out);
      }
      case "href" -> href(t.pos());
      case "url", "nolinkurl" -> url(t.pos());
      case "sbox", "savebox" -> {
        String key = Expander.plain(ex.readArg()).strip();
        if (name.equals("savebox")) {
          ex.readOptional();
          ex.readOptional();
        }
        boxes.put(key, ex.readArg());
      }
      case "usebox", "copy", "box", "unhbox", "unhcopy" -> {
        List<Token> box = boxes.get(Expander.plain(ex.readArg()).strip());
        if (box != null) {
          List<Token> out = new ArrayList<>();
          out.add(new Token(Kind.OPEN, "{", t.pos()));
          out.addAll(box);
          out.add(new Token(Kind.CLOSE, "}", t.pos()));
          ex.push(out);
        }
      }
      case "input", "include", "subfile", "import", "subimport", "subfileinclude" -> input(name);
      case "&", "%", "$", "#", "_", "{", "}" -> emit(name, t.pos());
      case "textbackslash" -> emit("\\", t.pos());
      case "textasciitilde" -> emit("~", t.pos());
      case "textasciicircum" -> emit("^", t.pos());
      case "textunderscore" -> emit("_", t.pos());
      case "(", ")" -> math = name.equals("(");
      case "[", "]" -> {
        math = name.equals("[");
        page.lineBreak();
      }
      default -> unknown(t);
    }
  }

  /**
   * Whether the text up to the next line break, item or paragraph (read ahead, then given back) is
   * a header's line that ends in a date range ("Engineer: July 2012-Present"): a few words, no
   * sentence, the range last. A bullet's next sentence that names its years ("Built the API in
   * 2019-2020 for the shop.") is none.
   */
  private boolean datedLineAhead() {
    List<Token> read = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    Token t;
    while (read.size() < MAX_LINE_AHEAD && (t = ex.nextRaw()) != null) {
      read.add(t);
      if (t.kind() == Kind.PAR || t.kind() == Kind.BEGIN || t.kind() == Kind.END || t.isCommand("\\") || t.isCommand("item")
          || t.kind() == Kind.COMMAND && Names.endsLine(t.text())) {
        break;
      }
      if (t.kind() == Kind.CHAR) {
        text.append(t.text());
      } else if (t.kind() == Kind.SPACE || t.kind() == Kind.ACTIVE) {
        text.append(' ');
      }
    }
    ex.pushBack(read);
    String line = text.toString().strip();
    return !line.isEmpty() && line.split("\\s+").length <= Page.HEADER_WORDS && !line.endsWith(".")
        && DateParser.endsInRange(line);
  }

  /** The most tokens {@link #datedLineAhead} reads: a header's line, not a page. */
  private static final int MAX_LINE_AHEAD = 200;

  /** Whether the next text opens with a date: a digit or a month's name ("Jan/2019", "2019"). */
  private boolean dateAhead() {
    Token next = ex.peekNonSpace();
    return next != null && next.kind() == Kind.CHAR && !next.text().isEmpty()
        && (Character.isDigit(next.text().codePointAt(0)) || DateParser.isMonth(next.text()));
  }

  /** Sets {@code arg} in a group of its own that {@code state} opens; the group closes after it. */
  private void inGroup(State state, List<Token> arg, int pos) {
    groups.push(state);
    List<Token> out = new ArrayList<>(arg);
    out.add(new Token(Kind.CLOSE, "}", pos));
    ex.push(out);
  }

  private final ArrayDeque<String> pendingAccent = new ArrayDeque<>();

  /**
   * A line or paragraph end. Inside a bulleted item of a list it is a blank: the bullet goes on
   * to the next {@code \item} ("...using Ansible, \par including Grafana" is one bullet).
   */
  private void breakLine() {
    if (state().dateColumn()) {
      page.stackedBreak();
    } else if (inBulletItem()) {
      page.space();
    } else {
      page.lineBreak();
    }
  }

  private boolean inBulletItem() {
    return blocks == 0 && !lists.isEmpty() && page.inItem();
  }

  /** A horizontal space: a wide one (an em or more) parts cells, a narrow one is a blank. */
  private void space(float pt) {
    if (pt >= 9.5f) {
      page.cell();
    } else if (pt > 0) {
      page.space();
    }
  }

  // --- Lists ---------------------------------------------------------------------------------

  private static final Pattern LABEL_OPTION = Pattern.compile("(?:^|,)\\s*label\\s*=\\s*(\\{\\s*\\}|[^,]*)");

  /**
   * Whether a list's items show a glyph: not when its options give an empty label
   * ({@code [label={}]}, Jake's entry list), nor a description's, nor where the source set the
   * level's glyph to nothing ({@code \renewcommand{\labelitemi}{}}).
   */
  private boolean bullets(String kind, List<Token> options) {
    if (kind.equals("description")) {
      return false;
    }
    Matcher m = LABEL_OPTION.matcher(Expander.plain(options));
    if (m.find()) {
      String label = m.group(1).replace("{", "").replace("}", "").strip();
      return !label.isEmpty();
    }
    if (kind.equals("itemize")) {
      String level = switch (lists.size()) {
        case 0 -> "labelitemi";
        case 1 -> "labelitemii";
        case 2 -> "labelitemiii";
        default -> "labelitemiv";
      };
      Macro glyph = ex.defs.macros.get(level);
      return glyph == null || !Expander.plain(glyph.body()).replace("{", "").replace("}", "").isBlank();
    }
    return true;
  }

  /** How many of the open lists show a glyph before their items: a nested item's text stands in by one step less. */
  private int glyphLists() {
    int n = 0;
    for (ListState l : lists) {
      n += l.bullets() ? 1 : 0;
    }
    return n;
  }

  private void item() {
    math = false;
    List<Token> label = ex.readOptional();
    page.lineBreak();
    page.noItem();
    if (label == null) {
      if (lists.isEmpty() || lists.peek().bullets()) {
        page.item();
      }
      itemArguments();
      return;
    }
    if (Expander.plain(label).isBlank()) {
      return;
    }
    ex.push(marked("label-start", label, "label-end", label.get(0).pos()));
  }

  /** {@code body} in a group of its own between two marks the typesetter acts on. */
  private static List<Token> marked(String start, List<Token> body, String end, int pos) {
    List<Token> out = new ArrayList<>();
    out.add(Token.mark(start, pos));
    out.add(new Token(Kind.OPEN, "{", pos));
    out.addAll(body);
    out.add(new Token(Kind.CLOSE, "}", pos));
    out.add(Token.mark(end, pos));
    return out;
  }

  /**
   * Groups right after an item, two or more, one line after another ("\item{Mars - Juin 2016}" /
   * "{Laboratoire I3s}" / "{Stage}") in a list no environment the reader knows opened: a class
   * the reader does not have made \item take arguments (tccv's event lists: the dates, the
   * employer, the role), and each is a cell of the item's line, as a template's entry command's
   * are, and the line is an entry's, no list item. One group after an item is its text.
   */
  private void itemArguments() {
    // Inside a list the reader knows (itemize, enumerate, one a macro builds on them), groups
    // after an item are its text: "\item{Built the pipeline}{ and cut costs}".
    if (!lists.isEmpty()) {
      return;
    }
    int n = ex.bareGroupsAhead();
    if (n < 2) {
      return;
    }
    int pos = ex.peekNonSpace().pos();
    List<List<Token>> args = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      args.add(ex.readArg());
    }
    // An entry's row, as a table's opening an item is: no list glyph of its own.
    page.noItemBeforeText();
    List<Token> out = cells(args, pos);
    out.add(Token.command("par", pos));
    ex.push(out);
  }

  // --- Headings ------------------------------------------------------------------------------

  /** A heading's text in its level's style ({@code prism@style@LEVEL}, which {@code \titleformat} sets). */
  private void heading(String level, List<Token> text, int pos) {
    Macro style = ex.defs.macros.get("prism@style@" + level);
    if (style == null) {
      style = ex.defs.macros.get("prism@style@section");
    }
    List<Token> out = new ArrayList<>();
    out.add(Token.mark("heading-start", pos));
    out.add(new Token(Kind.OPEN, "{", pos));
    if (style != null) {
      for (Token s : style.body()) {
        out.add(s.at(pos));
      }
    }
    out.add(new Token(Kind.OPEN, "{", pos));
    out.addAll(text);
    out.add(new Token(Kind.CLOSE, "}", pos));
    out.add(new Token(Kind.CLOSE, "}", pos));
    out.add(Token.mark("heading-end", pos));
    ex.push(out);
  }

  /**
   * Reads past a group set right against a heading's text that holds an icon's name and nothing
   * else ({@code \section{Work Experience}{briefcase}}): a class the reader was not given made the
   * heading take a second argument, the glyph to draw beside it, which TeX never prints as a word.
   * Any other group there (words, capitals, a command) is text and stays.
   */
  private void iconNameAfter() {
    Token next = ex.nextRaw();
    if (next == null) {
      return;
    }
    if (next.kind() != Kind.OPEN) {
      ex.unread();
      return;
    }
    List<Token> group = ex.readGroupBody();
    if (!Names.iconName(group)) {
      List<Token> back = new ArrayList<>();
      back.add(next);
      back.addAll(group);
      back.add(new Token(Kind.CLOSE, "}", next.pos()));
      ex.pushBack(back);
    }
  }

  private void headingStyle(String level, List<Token> format) {
    if (!level.isEmpty()) {
      ex.defs.define("prism@style@" + level, new Macro(List.of(), format, Macro.Origin.USER), false);
    }
  }

  /** titlesec: {@code \titleformat{\section}[shape]{format}{label}{sep}{before}[after]}, or the starred short form. */
  private void titleformat() {
    boolean star = ex.star();
    String level = "";
    for (Token c : ex.readArg()) {
      if (c.kind() == Kind.COMMAND) {
        level = c.text();
        break;
      }
    }
    List<Token> format;
    if (star) {
      format = ex.readArg();
    } else {
      ex.readOptional();
      format = new ArrayList<>(ex.readArg());
      ex.readArg();
      ex.readArg();
      // The code before the title: "\MakeUppercase" or "\textbf" take the title as their argument.
      format.addAll(ex.readArg());
      ex.readOptional();
    }
    headingStyle(level, format);
  }

  // --- Contact and links ---------------------------------------------------------------------

  /**
   * A contact detail the source names ({@code \prism@contact{email}{...}}): its text set where it
   * stands, and claimed, in the block at the top only (the same command later on, such as a
   * template's {@code \location} beside each job, is no contact detail). Kind "text" sets the text
   * alone.
   */
  private void contact(String kind, List<Token> text, int pos) {
    ContactField field = switch (kind) {
      case "name" -> ContactField.NAME;
      case "headline" -> ContactField.HEADLINE;
      case "email" -> ContactField.EMAIL;
      case "phone" -> ContactField.PHONE;
      case "location" -> ContactField.LOCATION;
      case "link" -> ContactField.LINK;
      default -> null;
    };
    contact++;
    List<Token> out = new ArrayList<>();
    if (field != null && !page.headingSeen()) {
      out.add(Token.mark("claim:" + field.name(), pos));
    }
    out.add(new Token(Kind.OPEN, "{", pos));
    for (int k = 0; k < text.size(); k++) {
      Token t = text.get(k);
      // A name the template sets over lines ("\cvname{Ana Luísa\\[2pt]Costa}") is one name: its
      // line breaks, with their star and space, are blanks, and the claim covers all of it.
      boolean lineEnd = t.isCommand("\\") || t.isCommand("newline") || t.kind() == Kind.PAR;
      if (field != ContactField.NAME || !lineEnd) {
        out.add(t);
        continue;
      }
      out.add(new Token(Kind.SPACE, " ", t.pos()));
      if (t.isCommand("\\")) {
        k = pastLineBreakOptions(text, k + 1) - 1;
      }
    }
    out.add(new Token(Kind.CLOSE, "}", pos));
    out.add(Token.mark("contact-end", pos));
    ex.push(out);
  }

  /**
   * A class's entry command ({@code \prism@entry{...}}) or one of its fields ({@code
   * \prism@field{title}{#3}}): the text set between the two marks is the entry, or that field of
   * it, which the page claims (see Page#entryStart). The text is set as it would be without them.
   */
  private void wrapped(String open, List<Token> text, String close, int pos) {
    List<Token> out = new ArrayList<>(text.size() + 4);
    out.add(Token.mark(open, pos));
    out.add(new Token(Kind.OPEN, "{", pos));
    out.addAll(text);
    out.add(new Token(Kind.CLOSE, "}", pos));
    out.add(Token.mark(close, pos));
    ex.push(out);
  }

  /** Where the text after a line break's star and bracketed space ({@code \\*[2pt]}) starts, from {@code k}. */
  private static int pastLineBreakOptions(List<Token> text, int k) {
    if (k < text.size() && text.get(k).is(Kind.CHAR, "*")) {
      k++;
    }
    if (k < text.size() && text.get(k).is(Kind.CHAR, "[")) {
      for (int j = k + 1; j < text.size(); j++) {
        if (text.get(j).is(Kind.CHAR, "]")) {
          return j + 1;
        }
      }
    }
    return k;
  }

  private static final Pattern SCHEME = Pattern.compile("(?i)^(?:mailto:|tel:|callto:|https?://(?:www\\.)?)");
  private static final Set<String> LABELS = Lexicon.set("contact-words.txt", "label");

  /**
   * {@code \href{url}{text}}: the text as typeset. A mail or phone link claims its address; at the
   * top, so does a web link. Where the text is a label ("GitHub", "Email") or an icon, the address
   * follows it in brackets, in the contact block only: further down, and behind a name or a
   * project's title, a link's target is not what a reader sees.
   */
  private void href(int pos) {
    String url = urlText(address(ex.readArg()));
    List<Token> text = ex.readArg();
    String lower = url.toLowerCase(Locale.ROOT);
    boolean mail = lower.startsWith("mailto:");
    boolean tel = lower.startsWith("tel:") || lower.startsWith("callto:");
    boolean top = !page.headingSeen();
    ContactField field = mail ? ContactField.EMAIL : tel ? ContactField.PHONE
        : top && (lower.startsWith("http") || lower.startsWith("www.")) ? ContactField.LINK : null;
    String bare = SCHEME.matcher(url).replaceFirst("").replaceAll("/+$", "");
    String shown = visible(text);
    boolean showsAddress = shown.contains("@") || shown.contains(".") || shown.matches(".*\\d{3}.*")
        || !bare.isEmpty() && shown.toLowerCase(Locale.ROOT).contains(bare.toLowerCase(Locale.ROOT));
    List<Token> out = new ArrayList<>();
    if (field != null && showsAddress) {
      out.add(Token.mark("claim:" + field.name(), pos));
    }
    out.add(new Token(Kind.OPEN, "{", pos));
    out.addAll(text);
    out.add(new Token(Kind.CLOSE, "}", pos));
    out.add(Token.mark("claim-end", pos));
    if (!showsAddress && !bare.isEmpty() && (top || mail || tel) && label(shown)) {
      out.add(Token.SPACE);
      out.add(new Token(Kind.CHAR, "(", pos));
      if (field != null) {
        out.add(Token.mark("claim:" + field.name(), pos));
      }
      out.addAll(literal(bare, pos));
      out.add(Token.mark("claim-end", pos));
      out.add(new Token(Kind.CHAR, ")", pos));
    }
    ex.push(out);
  }

  /** Nothing but an icon, or a few words one of which labels a contact detail ("GitHub", "My website"). */
  private static boolean label(String shown) {
    String[] words = shown.toLowerCase(Locale.ROOT).split("[^\\p{L}-]+");
    if (shown.isBlank()) {
      return true;
    }
    if (words.length > 3) {
      return false;
    }
    for (String w : words) {
      if (LABELS.contains(w)) {
        return true;
      }
    }
    return LABELS.contains(shown.strip().toLowerCase(Locale.ROOT));
  }

  /** Roughly what tokens show: their characters, commands left out. */
  private static String visible(List<Token> tokens) {
    StringBuilder b = new StringBuilder();
    for (Token t : tokens) {
      if (t.kind() == Kind.CHAR) {
        b.append(t.text());
      } else if (t.kind() == Kind.SPACE || t.kind() == Kind.ACTIVE) {
        b.append(' ');
      }
    }
    return b.toString().strip();
  }

  /** A bare URL command: the address as written; claimed as a link at the top. */
  private void url(int pos) {
    String url = urlText(address(ex.readArg()));
    List<Token> out = new ArrayList<>();
    if (!page.headingSeen()) {
      out.add(Token.mark("claim:" + (url.contains("@") && !url.contains("/") ? "EMAIL" : "LINK"), pos));
    }
    out.addAll(literal(url, pos));
    out.add(Token.mark("claim-end", pos));
    ex.push(out);
  }

  /** The text of tokens as characters, each set as it is (for addresses, which TeX does not read). */
  private static List<Token> literal(String s, int pos) {
    List<Token> out = new ArrayList<>();
    s.codePoints().forEach(cp -> out.add(Character.isWhitespace(cp)
        ? new Token(Kind.SPACE, " ", pos)
        : new Token(Kind.CHAR, new String(Character.toChars(cp)), pos)));
    return out;
  }

  /**
   * An address as hyperref reads it: the source's own macros without arguments in it
   * ({@code \newcommand{\github}{https://github.com/ada}}, then {@code \href{\github/ledger}{ledger}})
   * stand for their text, inner ones too, a few levels deep.
   */
  private List<Token> address(List<Token> arg) {
    List<Token> out = arg;
    for (int level = 0; level < 8; level++) {
      List<Token> next = new ArrayList<>(out.size());
      boolean expanded = false;
      for (Token t : out) {
        Macro m = t.kind() == Kind.COMMAND ? ex.defs.macros.get(t.text()) : null;
        if (m != null && m.origin() == Macro.Origin.USER && m.params().isEmpty()) {
          next.addAll(m.body());
          expanded = true;
        } else {
          next.add(t);
        }
      }
      if (!expanded) {
        return out;
      }
      out = next;
    }
    return out;
  }

  /** An address written in a source: its escapes ({@code \_}, {@code \#}, {@code \%}, {@code \~}) undone. */
  private static String urlText(List<Token> tokens) {
    StringBuilder b = new StringBuilder();
    for (Token t : tokens) {
      switch (t.kind()) {
        case CHAR -> b.append(t.text());
        case ACTIVE -> b.append('~');
        case PARAM -> b.append('#');
        case ALIGN -> b.append('&');
        case COMMAND -> {
          String n = t.text();
          if (n.length() == 1 && !Character.isLetter(n.charAt(0))) {
            b.append(n);
          } else if (n.equals("textasciitilde")) {
            b.append('~');
          }
        }
        default -> { }
      }
    }
    return b.toString().strip();
  }

  /**
   * Skips an environment's content unread (a TikZ picture's drawing commands are no text), up to
   * its {@code \end}, which is then read as usual.
   */
  private void discard(String env) {
    int depth = 0;
    Token t;
    while ((t = ex.nextRaw()) != null) {
      if (t.isCommand("begin") || t.isCommand("end")) {
        List<Token> name = ex.readArg();
        if (!Expander.plain(name).strip().equals(env)) {
          continue;
        }
        if (t.isCommand("begin")) {
          depth++;
        } else if (depth-- == 0) {
          List<Token> end = new ArrayList<>();
          end.add(t);
          end.add(new Token(Kind.OPEN, "{", t.pos()));
          end.addAll(name);
          end.add(new Token(Kind.CLOSE, "}", t.pos()));
          ex.pushBack(end);
          return;
        }
      }
    }
  }

  // --- TikZ pictures ---------------------------------------------------------------------------

  /**
   * Whether a token inside a TikZ picture is drawing rather than text, and so dropped; handles a
   * node or a matrix it opens. A picture's text is its matrices' cells ({@code \matrix (m) {a & b
   * \\ c & d \\};}), its rows lines of cells as a table's, a node's text in a cell its text: CVs
   * set a contact list or a timeline of jobs that way. A node placed on its own ({@code \node[..]
   * (name) at (x,y) {text};}) stands anywhere on the page, a drawing's label as often as not, and
   * is left out with the coordinates, options and paths. A template's macro that draws a node is
   * expanded before it gets here; one the reader was not given keeps its arguments' text inside a
   * matrix.
   */
  private boolean drawn(Token t) {
    boolean text = pictureText > 0;
    switch (t.kind()) {
      case COMMAND -> {
        if (t.text().equals("node")) {
          return node(t.pos(), text);
        }
        if (t.text().equals("matrix")) {
          return matrix(t.pos());
        }
        return false;
      }
      case CHAR -> {
        if (t.text().equals("node")) {
          return node(t.pos(), text);
        }
        // A statement's closing semicolon in a cell (a path drawn there; a node reads its own) is
        // no text.
        return !text || t.text().equals(";");
      }
      case SPACE, ACTIVE, PAR, ALIGN, MATH -> {
        return !text;
      }
      default -> {
        return false;
      }
    }
  }

  /**
   * A node's text, found past its options, name and place ({@code [above] (n1) at (0,1)}):
   * typeset in a group inside a matrix's cell, left out elsewhere; the statement's semicolon read.
   * Anything else after the word (the "node" of {@code every node/.style}) is no node: true
   * only when the token was one.
   */
  private boolean node(int pos, boolean inText) {
    List<Token> read = new ArrayList<>();
    if (!toGroup(read, true)) {
      // No node after all: what was read goes back, and the word is drawing or, in text, a word.
      ex.pushBack(read);
      return !inText;
    }
    List<Token> body = ex.readGroupBody();
    Token semicolon = ex.peekNonSpace();
    if (semicolon != null && semicolon.is(Kind.CHAR, ";")) {
      ex.nextNonSpaceRaw();
    }
    if (inText) {
      ex.push(marked("picture-text-start", body, "picture-text-end", pos));
    } else if (box(read)) {
      // A node given a text width and no place is a box of running text (a template that draws
      // each block of the page as a node, "\tikz{\node[text width=\linewidth] {…};}"): its text
      // is printed, a paragraph of its own.
      List<Token> box = new ArrayList<>();
      box.add(Token.command("par", pos));
      box.addAll(marked("picture-text-start", body, "picture-text-end", pos));
      box.add(Token.command("par", pos));
      ex.push(box);
    }
    return true;
  }

  /**
   * Whether a node's options, name and place (as read before its text) make it a box of running
   * text: a text width, and no place on a drawing, neither "at (x,y)" nor a side of another node
   * ("above", "right of"): a timeline's years and names placed so are labels of the drawing.
   */
  private static boolean box(List<Token> read) {
    String written = Expander.plain(read);
    if (!written.contains(TEXT_WIDTH) || PLACED.matcher(written).find()) {
      return false;
    }
    return read.stream().noneMatch(t -> t.is(Kind.CHAR, "at"));
  }

  /** The option that gives a node a paragraph's width: its text is running text, no label. */
  private static final String TEXT_WIDTH = "text width";
  /** A node's place beside another, as an option of its own writes it ("above", "right=of n"; not "align=left"). */
  private static final java.util.regex.Pattern PLACED = java.util.regex.Pattern.compile("(?:^|[\\[,])\\s*(?:above|below|left|right)\\b");

  /**
   * Reads past what stands between a node's or a matrix's word and its group: blanks, options in
   * brackets, a name or a place in parentheses, and for a node the word "at" ({@code [above]
   * (n1) at (0,1)}). True when the group's brace was read next; else false, with all that was
   * read in {@code read} to be given back.
   */
  private boolean toGroup(List<Token> read, boolean place) {
    Token t;
    while ((t = ex.nextRaw()) != null) {
      read.add(t);
      if (t.kind() == Kind.SPACE || place && t.is(Kind.CHAR, "at")) {
        continue;
      }
      if (t.is(Kind.CHAR, "[")) {
        ex.unread();
        read.remove(read.size() - 1);
        List<Token> options = ex.readOptional();
        if (options == null) {
          return false;
        }
        read.addAll(options);
        continue;
      }
      if (t.is(Kind.CHAR, "(") && parenthesis(read)) {
        continue;
      }
      return t.kind() == Kind.OPEN;
    }
    return false;
  }

  /** Reads past a parenthesis just opened ("(n1)", "(0,1)", "($(a)+(1,0)$)") into {@code read}; false if it never closes on its line. */
  private boolean parenthesis(List<Token> read) {
    int depth = 1;
    Token t;
    for (int n = 0; n < MAX_PARENTHESIS && (t = ex.nextRaw()) != null; n++) {
      read.add(t);
      if (t.kind() == Kind.PAR || t.kind() == Kind.OPEN || t.kind() == Kind.CLOSE) {
        return false;
      }
      if (t.is(Kind.CHAR, "(")) {
        depth++;
      } else if (t.is(Kind.CHAR, ")") && --depth == 0) {
        return true;
      }
    }
    return false;
  }

  /** The most tokens a node's name or place may hold. */
  private static final int MAX_PARENTHESIS = 64;

  /**
   * A matrix past its options and name: its body typeset as a table, cells by {@code &}, rows by
   * {@code \\}, the text of its cells kept. True: the command is drawing either way.
   */
  private boolean matrix(int pos) {
    List<Token> read = new ArrayList<>();
    if (!toGroup(read, false)) {
      ex.pushBack(read);
      return true;
    }
    List<Token> out = new ArrayList<>();
    out.add(Token.command("prism@block", pos));
    out.add(Token.mark("picture-text-start", pos));
    out.addAll(ex.readGroupBody());
    out.add(Token.command("\\", pos));
    out.add(Token.mark("picture-text-end", pos));
    out.add(Token.command("prism@endblock", pos));
    ex.push(out);
    return true;
  }

  /** What moves to a tab stop in a {@code tabbing} environment, where it is no accent: a gap between cells. */
  private static final java.util.Set<String> TAB_MOVES = java.util.Set.of("=", ">", "<", "'", "`");
  /** What changes a {@code tabbing} environment's margins or stops, and prints nothing. */
  private static final java.util.Set<String> TAB_SETTINGS = java.util.Set.of("+", "-", "pushtabs", "poptabs");

  /**
   * A {@code tabbing} environment's rows, read up to its end: its tab moves ({@code \=}, {@code \>})
   * part cells, as a table's {@code &} does, and a row ended by {@code \kill} only sets the stops
   * and is not printed. Outside {@code tabbing} the same commands are accents.
   */
  private void tabbing(int pos) {
    List<Token> rows = new ArrayList<>();
    List<Token> row = new ArrayList<>();
    List<Token> end = List.of();
    Token t;
    while ((t = ex.nextRaw()) != null) {
      if (t.isCommand("end")) {
        // The tabbing's own end, or any other: an environment of the source's own that opened the
        // tabbing ends it too (its end code holds the \end{tabbing} this scan never sees).
        List<Token> name = ex.readArg();
        end = new ArrayList<>(List.of(t, new Token(Kind.OPEN, "{", t.pos())));
        end.addAll(name);
        end.add(new Token(Kind.CLOSE, "}", t.pos()));
        break;
      } else if (t.isCommand("kill")) {
        row.clear();
      } else if (t.isCommand("\\")) {
        row.add(t);
        rows.addAll(row);
        row.clear();
      } else if (t.kind() == Kind.COMMAND && TAB_MOVES.contains(t.text())) {
        row.add(Token.command("prism@cell", t.pos()));
      } else if (t.kind() != Kind.COMMAND || !TAB_SETTINGS.contains(t.text())) {
        row.add(t);
      }
    }
    rows.addAll(row);
    rows.addAll(end);
    ex.pushBack(rows);
  }

  // --- Inputs --------------------------------------------------------------------------------

  /** {@code \input{file}}, {@code \input file}, {@code \import{dir}{file}}: a file the reader was not given. */
  private void input(String name) {
    String dir = "";
    if (name.equals("import") || name.equals("subimport")) {
      dir = urlText(ex.readArg());
    }
    String file;
    Token next = ex.peekNonSpace();
    if (next != null && next.kind() == Kind.OPEN) {
      file = urlText(ex.readArg());
    } else {
      StringBuilder b = new StringBuilder();
      Token t;
      while ((t = ex.nextRaw()) != null && t.kind() == Kind.CHAR) {
        b.append(t.text());
      }
      if (t != null) {
        ex.unread();
      }
      file = b.toString();
    }
    if (!preamble && !file.isBlank()) {
      missing.add(dir + file);
    }
  }

  // --- What nobody defined -------------------------------------------------------------------

  private void beginUnknown(Token t) {
    groups.push(state());
    page.lineBreak();
    // A section's environment takes no arguments from the next line: its body may open with groups.
    List<List<Token>> args = texts(arguments(t.pos(), !Names.headingLike(t.text())));
    if (args.size() == 1 && Names.headingLike(t.text()) && Expander.plain(args.get(0)).strip().length() <= 60) {
      heading("section", args.get(0), t.pos());
      return;
    }
    if (!args.isEmpty()) {
      List<Token> out = cells(args, t.pos());
      out.add(Token.command("par", t.pos()));
      ex.push(out);
    }
  }

  /**
   * A command nobody defined: a length set ({@code \itemsep -2pt}) is nothing; an icon or a switch
   * without arguments is nothing, unless the preamble gave the command content to print; the
   * arguments of any other are its cells, or its heading when its name says it heads sections.
   */
  private void unknown(Token t) {
    String name = t.text();
    if (!Character.isLetter(name.charAt(0)) && name.length() == 1) {
      return;
    }
    if (assignment()) {
      return;
    }
    // In the preamble, a command that gives the person's details may give them as its option
    // (Europass' \ecvtelephone[+49 151 2345678]{}, the mobile before the landline): text too.
    List<List<Token>> given = arguments(-1, false, preamble && Names.personal(name));
    List<List<Token>> args = texts(given);
    if (Names.drawsIcon(name)) {
      // \contacticon{phone-alt}: an argument that names a glyph the icon fonts draw prints
      // nothing; a user name ("pat-quill") and the words beside it print.
      args = args.stream().filter(a -> !Names.knownIcon(a)).toList();
    }
    // base.tex's \prism@kept@… commands keep their text for a command that prints it later,
    // given in the body too: the kernel's \title set just before \maketitle prints under it, in
    // its size, not where it stands.
    if (preamble || name.startsWith("prism@kept@") && !args.isEmpty()) {
      if (!args.isEmpty()) {
        stored.put(name, args);
      }
      return;
    }
    if (args.isEmpty() && Names.separator(name) && !stored.containsKey(name)) {
      ex.push(List.of(Token.command("prism@cell", t.pos())));
      return;
    }
    if (args.isEmpty()) {
      use(name, t.pos());
      return;
    }
    if (args.size() == 1 && Names.headingLike(name) && Expander.plain(args.get(0)).strip().length() <= 60) {
      heading("section", args.get(0), t.pos());
      return;
    }
    List<List<Token>> listed = given.size() == 1 ? groupList(given.get(0)) : List.of();
    if (listed.size() >= 2) {
      ex.push(items(listed, t.pos()));
      return;
    }
    if (pictures > 0 && pictureText == 0) {
      // Inside a picture, a template's macro the reader was not given draws its text as a node
      // does (a timeline's \workitem{x}{y}{year}{the job}) when an argument holds words; a
      // drawing's macro (PGF's, a skill bar's \skillbar{accent}{4}) draws, and its colours,
      // sizes and sums are no text.
      List<List<Token>> words = args.stream().filter(a -> !Names.drawingArgument(a)).toList();
      if (Names.drawing(name) || words.stream().noneMatch(Names::wordsIn)) {
        return;
      }
      args = words;
    }
    List<Token> out = cells(args, t.pos());
    if (pictures > 0 && pictureText == 0) {
      out = marked("picture-text-start", out, "picture-text-end", t.pos());
    }
    if (given.size() >= 2 && blocks == 0) {
      // A template's row or entry (\cvjob{..}{..}{..}, \skillline{..}{..}) stands on a line of its
      // own; inside a table's cell it is that cell's text, and the row goes on.
      out.add(0, Token.command("par", t.pos()));
      out.add(Token.command("par", t.pos()));
    }
    ex.push(out);
  }

  /**
   * Prints what the preamble gave a command nobody defined, by its name alone; a class's own
   * command that prints its header ({@code \makeheader}) prints all the preamble gave, as
   * {@code \maketitle} does.
   */
  private void use(String name, int pos) {
    List<List<Token>> args = stored.remove(name);
    if (args != null) {
      ex.push(stored(name, args, pos));
    } else if (Names.headerMaker(name)) {
      ex.push(List.of(Token.command("prism@useall", pos)));
    }
  }

  /**
   * The groups of an argument that holds nothing but groups, side by side or parted by commas
   * ({@code \createbullets{{Built the ledger API}, {Ran the Postgres migration}}}): a list a class's
   * macro sets as items, one per group, each of three words or more. Empty when anything else stands
   * between them, or a group is shorter (a header's fields).
   */
  private static List<List<Token>> groupList(List<Token> arg) {
    List<List<Token>> out = new ArrayList<>();
    int depth = 0;
    int from = -1;
    for (int i = 0; i < arg.size(); i++) {
      Token k = arg.get(i);
      if (depth == 0) {
        if (k.kind() == Kind.OPEN) {
          depth = 1;
          from = i + 1;
        } else if (!(k.kind() == Kind.SPACE || k.kind() == Kind.PAR || k.is(Kind.CHAR, ","))) {
          return List.of();
        }
      } else if (k.kind() == Kind.OPEN) {
        depth++;
      } else if (k.kind() == Kind.CLOSE && --depth == 0) {
        out.add(arg.subList(from, i));
      }
    }
    // Items say something: a header's fields ("{Backend Engineer}, {Globex}") are shorter.
    boolean said = out.stream().allMatch(g -> Expander.plain(g).strip().split("\\s+").length >= 3);
    return depth == 0 && said ? out : List.of();
  }

  /** Groups as the items of a list, each on a line of its own. */
  private static List<Token> items(List<List<Token>> groups, int pos) {
    List<Token> out = new ArrayList<>();
    out.add(Token.command("par", pos));
    for (List<Token> g : groups) {
      out.add(Token.command("item", pos));
      braced(out, g, pos);
    }
    out.add(Token.command("par", pos));
    return out;
  }

  /**
   * What the preamble gave a command nobody defined, printed: a name command's given and family
   * names ({@code \setname{Pat}{Doe}}, as moderncv's {@code \name} takes them) are one name; any
   * other's arguments are the cells of a line of their own.
   */
  private static List<Token> stored(String name, List<List<Token>> args, int pos) {
    if (!Names.nameCommand(name) || args.size() < 2 || args.size() > 3) {
      return block(args, pos);
    }
    List<Token> out = new ArrayList<>();
    out.add(Token.command("par", pos));
    out.add(Token.command("prism@contact", pos));
    braced(out, List.of(new Token(Kind.CHAR, "name", pos)), pos);
    List<Token> whole = new ArrayList<>();
    for (int k = 0; k < args.size(); k++) {
      if (k > 0) {
        whole.add(new Token(Kind.SPACE, " ", pos));
      }
      whole.addAll(args.get(k));
    }
    braced(out, whole, pos);
    out.add(Token.command("par", pos));
    return out;
  }

  /** Arguments as the cells of lines of their own. */
  private static List<Token> block(List<List<Token>> args, int pos) {
    List<Token> out = new ArrayList<>();
    out.add(Token.command("par", pos));
    out.addAll(cells(args, pos));
    out.add(Token.command("par", pos));
    return out;
  }

  // A number of one or two digits, a decimal, or a length ("1", "0.5", "2cm", "0.3\\linewidth"): a
  // setting of the command, not text (a year has four digits and stays).
  private static final Pattern PARAMETER = Pattern.compile(
      "[-+]?(?:\\d{1,2}|\\d*[.,]\\d+)\\s*(?:pt|bp|in|cm|mm|em|ex|pc|sp)?\\s*(?:\\\\[a-zA-Z@]+)?|[-+]?\\d+\\s*(?:pt|bp|in|cm|mm|em|ex|pc|sp)");

  // A web address's scheme and nothing else ("mailto:", "https://"): the start of a link a class's
  // macro completes with its next argument (\contactlink{mailto:}{pat@example.org}), never printed.
  private static final Pattern SCHEME_ALONE = Pattern.compile("(?i)(?:mailto|tel|https?|ftp):(?://)?");

  /** The arguments that hold text: not settings ("leftmargin=*"), not files to draw or load, not numbers or lengths. */
  private static List<List<Token>> texts(List<List<Token>> args) {
    List<List<Token>> out = new ArrayList<>();
    for (List<Token> a : args) {
      String written = Expander.plain(a);
      if (!Names.settings(written) && !Names.fileName(written) && !PARAMETER.matcher(written.strip()).matches()
          && !SCHEME_ALONE.matcher(written.strip()).matches()) {
        out.add(a);
      }
    }
    return out;
  }

  /**
   * The groups that follow (optional [..] arguments among them left out). For an environment begun
   * at {@code begun} (else -1), only the groups on the line it begins on, or going on from the last,
   * or a next line of nothing but groups side by side ({@link Page#groupsToLineEnd}): its body may
   * well open with a group of its own.
   */
  private List<List<Token>> arguments(int begun) {
    return arguments(begun, false);
  }

  private List<List<Token>> arguments(int begun, boolean nextLine) {
    return arguments(begun, nextLine, false);
  }

  /** As {@link #arguments(int, boolean)}; with {@code options}, a bracketed argument counts as a group too. */
  private List<List<Token>> arguments(int begun, boolean nextLine, boolean options) {
    List<List<Token>> args = new ArrayList<>();
    int line = begun < 0 ? -1 : page.sourceLineOf(begun);
    while (args.size() < 9) {
      List<Token> option;
      while ((option = ex.readOptional()) != null) {
        if (options && !option.isEmpty()) {
          args.add(option);
        }
      }
      Token next = ex.peekNonSpace();
      if (next == null || next.kind() != Kind.OPEN) {
        break;
      }
      if (line >= 0 && page.sourceLineOf(next.pos()) != line) {
        if (!nextLine || page.sourceLineOf(next.pos()) != line + 1 || !page.groupsToLineEnd(next.pos())) {
          break;
        }
        line++;
      }
      List<Token> a = ex.readArg();
      if (line >= 0 && !a.isEmpty()) {
        line = page.sourceLineOf(a.get(a.size() - 1).pos());
      }
      args.add(a);
    }
    return args;
  }

  /** Each argument in a cell of its own. */
  private static List<Token> cells(List<List<Token>> args, int pos) {
    List<Token> out = new ArrayList<>();
    for (List<Token> a : args) {
      out.add(Token.command("prism@cell", pos));
      braced(out, a, pos);
    }
    out.add(Token.command("prism@cell", pos));
    return out;
  }

  /** Appends {@code tokens} as one group, "{" … "}", the argument of the command before it. */
  private static void braced(List<Token> out, List<Token> tokens, int pos) {
    out.add(new Token(Kind.OPEN, "{", pos));
    out.addAll(tokens);
    out.add(new Token(Kind.CLOSE, "}", pos));
  }

  private static final Pattern DIMENSION = Pattern.compile(
      "\\s*=?\\s*([-+]?\\s*(?:\\d+(?:[.,]\\d*)?|[.,]\\d+))\\s*(?:(pt|bp|in|cm|mm|em|ex|pc|sp|dd|cc|mu)|(\\\\[a-zA-Z@]+))?.*",
      Pattern.DOTALL);

  /**
   * A length or count set by a command nobody defined ({@code \itemsep -2pt}, {@code \topmargin=-0.6in}):
   * read and dropped. A number with no unit after it ("\faCalendar 2019") is text, and stays.
   */
  private boolean assignment() {
    Token next = ex.peekNonSpace();
    if (next == null || next.kind() != Kind.CHAR) {
      return false;
    }
    String c = next.text();
    if (!c.equals("=") && !c.equals("-") && !c.equals("+") && !c.equals(".") && !Character.isDigit(c.charAt(0))) {
      return false;
    }
    List<Token> read = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    Token t;
    while ((t = ex.nextRaw()) != null && read.size() < 16) {
      if (t.kind() == Kind.CHAR || t.kind() == Kind.SPACE) {
        read.add(t);
        b.append(t.text());
        continue;
      }
      if (t.kind() == Kind.COMMAND && Character.isLetter(t.text().charAt(0))) {
        read.add(t);
        b.append('\\').append(t.text());
      } else {
        ex.unread();
      }
      break;
    }
    Matcher m = DIMENSION.matcher(b);
    boolean matched = m.matches();
    boolean length = matched && (m.group(2) != null || m.group(3) != null);
    boolean set = b.toString().strip().startsWith("=");
    if (!length && !set) {
      ex.pushBack(read);
      return false;
    }
    // The number and its unit are dropped; what follows them ("-2pt" then "\item") goes back.
    int used = !matched ? b.length() : m.group(2) != null ? m.end(2) : m.group(3) != null ? m.end(3) : m.end(1);
    int at = 0;
    int i = 0;
    while (i < read.size() && at < used) {
      at += read.get(i).kind() == Kind.COMMAND ? read.get(i).text().length() + 1 : read.get(i).text().length();
      i++;
    }
    ex.pushBack(new ArrayList<>(read.subList(i, read.size())));
    return true;
  }

  /**
   * A dimension written after {@code \hskip}, {@code \kern} or {@code \vskip} ("5.0 pt",
   * "0.5\\linewidth", "2pt plus 1pt"), read as TeX reads it and given as written, stretch left out.
   */
  private String scanDimension() {
    StringBuilder b = new StringBuilder();
    boolean unit = false;
    boolean glue = false;
    Token t;
    int n = 0;
    while ((t = ex.nextRaw()) != null && n++ < 32) {
      String x = t.text();
      if (t.kind() == Kind.SPACE) {
        continue;
      }
      // "3pt", "1fil" (a stretch's order after its factor: "plus 1fil").
      if (t.kind() == Kind.CHAR && !unit && x.matches("[-+=.,]|\\d+(?:[a-z]{2}|fil{1,3})?")) {
        unit = x.matches("\\d+(?:[a-z]{2}|fil{1,3})");
      } else if (t.kind() == Kind.CHAR && !unit && (UNITS.containsKey(x) || x.startsWith("fil"))) {
        unit = true;
      } else if (t.kind() == Kind.CHAR && unit && (x.equals("plus") || x.equals("minus"))) {
        unit = false;
        glue = true;
        continue;
      } else if (t.kind() == Kind.COMMAND && !unit && Character.isLetter(x.charAt(0))) {
        unit = true;
        if (x.equals("wd") || x.equals("ht") || x.equals("dp")) {
          ex.nextRaw();
        }
      } else {
        ex.unread();
        break;
      }
      if (!glue) {
        b.append(t.kind() == Kind.COMMAND ? "\\" + x : x);
      }
    }
    return b.toString();
  }

  private static final Map<String, Float> UNITS = Map.of(
      "pt", 1f, "bp", 1.004f, "in", 72.27f, "cm", 28.45f, "mm", 2.845f, "em", 10f, "ex", 4.3f, "pc", 12f, "dd", 1.07f,
      "cc", 12.8f);

  /**
   * A written length in points: "2.17in", "0.35em", "-2pt"; a stretch ({@code \fill}) or a part of
   * the line ({@code 0.5\linewidth}) is as wide as a column.
   */
  static float points(String dim) {
    String d = dim.strip();
    if (d.contains("\\fill") || d.contains("\\stretch") || d.contains("width") || d.contains("\\hfil")) {
      return d.startsWith("-") ? 0 : 100;
    }
    Matcher m = Pattern.compile("([-+]?\\s*(?:\\d+(?:[.,]\\d*)?|[.,]\\d+))\\s*([a-z]{2})?").matcher(d);
    if (!m.find()) {
      return 0;
    }
    float n = number(m.group(1).replace(" ", "").replace(',', '.'), 0);
    Float unit = m.group(2) == null ? null : UNITS.get(m.group(2));
    return n * (unit == null ? 1f : unit);
  }

  private static float number(String s, float otherwise) {
    try {
      return Float.parseFloat(s.strip());
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }
}
