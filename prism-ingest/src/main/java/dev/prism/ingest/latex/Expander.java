package dev.prism.ingest.latex;

import dev.prism.ingest.latex.Macro.Origin;
import dev.prism.ingest.latex.Macro.Param;
import dev.prism.ingest.latex.Token.Kind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * TeX's mouth, as far as a resume needs it: reads tokens from a stack of inputs, records what the
 * source defines ({@code \newcommand}, {@code \renewcommand}, {@code \providecommand}, {@code \def}
 * with delimited parameters, {@code \let}, {@code \newenvironment}, xparse's
 * {@code \NewDocumentCommand} and {@code \NewDocumentEnvironment}, {@code \newif}), expands every
 * defined macro and environment with its arguments, and decides conditionals ({@code \ifx},
 * {@code \if}, switches, etoolbox's {@code \ifstrequal}, xparse's {@code \IfValueTF},
 * {@code \ifthenelse}). What it cannot expand it hands on: the typesetter's primitives, and commands
 * nobody defined.
 *
 * <p>Expansion is bounded (macros expanded, tokens produced, inputs nested), as TeX's is: a
 * source that defines a macro by itself ({@code \def\a{\a\a}}) stops the reading with
 * {@link LatexTypesetting.Runaway}, as it would stop TeX with "capacity exceeded".
 */
final class Expander {
  // The bounds grow with the source: a long resume may expand a macro per line, a short source
  // that loops is stopped soon.
  private static final int MAX_EXPANSIONS = 100_000;
  private static final int EXPANSIONS_PER_TOKEN = 2;
  private static final long MAX_TOKENS = 5_000_000;
  private static final int TOKENS_PER_TOKEN = 20;
  static final int MAX_INPUTS = 1_000;
  // How far a delimited argument is looked for; a source cannot make every use scan to its end.
  private static final int MAX_SCAN = 20_000;
  private static final Token NO_VALUE = Token.mark("novalue", 0);
  private static final Token STAR_TRUE = Token.mark("true", 0);
  private static final Token STAR_FALSE = Token.mark("false", 0);

  private static final class Input {
    final List<Token> tokens;
    int at;

    Input(List<Token> tokens) {
      this.tokens = tokens;
    }

    boolean done() {
      return at >= tokens.size();
    }
  }

  private final ArrayDeque<Input> inputs = new ArrayDeque<>();
  final Definitions defs;
  /** The origin given to what is being defined: the reader's tables while they load, else the user. */
  Origin defining = Origin.USER;
  private int expansions;
  private long produced;
  /**
   * Tokens read in search of a delimiter that did not come, then given back. Each such search is
   * bounded ({@link #MAX_SCAN}), but a source that uses a delimited macro at every token, its
   * delimiter nowhere, made each use scan to the end: seconds for 32 KiB, growing with the square
   * of the size. They count against the same bound as the tokens expansions produce.
   */
  private long scannedInVain;
  private long maxExpansions = MAX_EXPANSIONS;
  private long maxTokens = MAX_TOKENS;
  /**
   * The uses of a macro without arguments that its own body makes at its top level right after a
   * command nobody defined ({@code \renewcommand\normalsize{\@setfontsize\normalsize{10pt}{12pt}}}),
   * each token by identity: they are handed on unexpanded. Expanded, such a use would loop for
   * ever; in a source that compiles, that command (the kernel's or a package's, which the reader
   * does not know) takes it as its argument and never runs it. A use after anything else
   * ({@code \def\a{\a\a}}) loops in TeX too, and still runs away.
   */
  private final java.util.Set<Token> selfUses = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  Expander(Definitions defs) {
    this.defs = defs;
  }

  /** Sizes the bounds for a source of {@code tokens} tokens. */
  void bound(int tokens) {
    maxExpansions = MAX_EXPANSIONS + (long) EXPANSIONS_PER_TOKEN * tokens;
    maxTokens = MAX_TOKENS + (long) TOKENS_PER_TOKEN * tokens;
  }

  /** Reads {@code tokens} next, before whatever is left of the current input. */
  void input(List<Token> tokens) {
    pushBack(tokens);
  }

  // --- Raw reading -----------------------------------------------------------------------------

  Token nextRaw() {
    while (!inputs.isEmpty()) {
      Input in = inputs.peek();
      if (!in.done()) {
        return in.tokens.get(in.at++);
      }
      inputs.pop();
    }
    return null;
  }

  /** Gives back the token {@link #nextRaw} just returned. */
  void unread() {
    inputs.peek().at--;
  }

  /** Reads {@code tokens} next, without counting them against the bounds (they were read before). */
  void pushBack(List<Token> tokens) {
    while (!inputs.isEmpty() && inputs.peek().done()) {
      inputs.pop();
    }
    if (!tokens.isEmpty()) {
      inputs.push(new Input(tokens));
    }
  }

  /** Reads what an expansion produced next, counting it against the bounds. */
  void push(List<Token> tokens) {
    produced += tokens.size();
    pushBack(tokens);
  }

  /** Whether another macro may still be expanded; past the bounds the source runs away. */
  boolean canExpand() {
    if (expansions < maxExpansions && produced < maxTokens && inputs.size() < MAX_INPUTS) {
      return true;
    }
    throw new LatexTypesetting.Runaway("the LaTeX source's macros expand without end (a macro that uses itself?)");
  }

  Token nextNonSpaceRaw() {
    Token t;
    while ((t = nextRaw()) != null && t.kind() == Kind.SPACE) {
      // blanks before an argument
    }
    return t;
  }

  /**
   * The next argument, unexpanded: a group's content, or one token (of a word, its first
   * character, as TeX reads "\\'etait"); empty at the end.
   */
  List<Token> readArg() {
    Token t = nextNonSpaceRaw();
    if (t == null) {
      return List.of();
    }
    if (t.kind() == Kind.OPEN) {
      return readGroupBody();
    }
    if (t.kind() == Kind.CLOSE) {
      unread();
      return List.of();
    }
    if (t.kind() == Kind.CHAR && t.text().length() > Character.charCount(t.text().codePointAt(0))) {
      int n = Character.charCount(t.text().codePointAt(0));
      pushBack(List.of(new Token(Kind.CHAR, t.text().substring(n), t.pos() + n)));
      return List.of(new Token(Kind.CHAR, t.text().substring(0, n), t.pos()));
    }
    return List.of(t);
  }

  /** The tokens up to the close of a group whose open was just read (the close is consumed). */
  List<Token> readGroupBody() {
    List<Token> out = new ArrayList<>();
    int depth = 1;
    Token t;
    while ((t = nextRaw()) != null) {
      if (t.kind() == Kind.OPEN) {
        depth++;
      } else if (t.kind() == Kind.CLOSE && --depth == 0) {
        break;
      }
      out.add(t);
    }
    return out;
  }

  /**
   * An optional [..] argument, unexpanded; null when none follows (the blanks before it are gone).
   * A "[" whose "]" never comes, within {@link #MAX_SCAN} tokens or before the source ends, opens
   * no argument: everything read is given back and the bracket is text. Taking the rest of the
   * source as the argument made each "\item[" inside it do the same, with the square of the size.
   * Such searches count against the same bound as those for a macro's delimiter. Inside a group,
   * what was read up to the group's end is still the argument, as before.
   */
  List<Token> readOptional() {
    Token t = nextNonSpaceRaw();
    if (t == null) {
      return null;
    }
    if (!t.is(Kind.CHAR, "[")) {
      unread();
      return null;
    }
    List<Token> read = new ArrayList<>();
    read.add(t);
    int depth = 0;
    while (read.size() < MAX_SCAN && (t = nextRaw()) != null) {
      if (t.kind() == Kind.OPEN) {
        depth++;
      } else if (t.kind() == Kind.CLOSE) {
        if (depth == 0) {
          // "[..." never closed before its group ends: what was read is the argument.
          unread();
          return new ArrayList<>(read.subList(1, read.size()));
        }
        depth--;
      } else if (depth == 0 && t.is(Kind.CHAR, "]")) {
        return new ArrayList<>(read.subList(1, read.size()));
      }
      read.add(t);
    }
    scannedInVain += read.size();
    if (scannedInVain > maxTokens) {
      throw new LatexTypesetting.Runaway("an optional argument is looked for without end (its \"]\" never comes)");
    }
    pushBack(read);
    return null;
  }

  /** Reads a star if one follows right away. */
  boolean star() {
    Token t = nextRaw();
    if (t == null) {
      return false;
    }
    if (t.is(Kind.CHAR, "*")) {
      return true;
    }
    unread();
    return false;
  }

  /** The next token that is not a blank, left unread. */
  Token peekNonSpace() {
    List<Token> spaces = new ArrayList<>();
    Token t;
    while ((t = nextRaw()) != null && t.kind() == Kind.SPACE) {
      spaces.add(t);
    }
    if (t != null) {
      spaces.add(t);
    }
    pushBack(spaces);
    return t;
  }

  /** An argument written after a command: a group or a [..] option, and the spaces before it. */
  private record Ahead(List<Token> spaces, List<Token> tokens, boolean group) {}

  /**
   * The arguments that follow, as written: groups and [..] options, to the first other token.
   * With {@code consume} false all is left unread; with it true the arguments are read and only
   * what ends them is left.
   */
  private List<Ahead> argumentsAhead(boolean consume) {
    List<Ahead> out = new ArrayList<>();
    List<Token> seen = new ArrayList<>();
    List<Token> spaces = new ArrayList<>();
    Token t;
    while ((t = nextRaw()) != null) {
      seen.add(t);
      if (t.kind() == Kind.SPACE) {
        spaces.add(t);
        continue;
      }
      boolean group = t.kind() == Kind.OPEN;
      if (!group && !t.is(Kind.CHAR, "[")) {
        spaces.add(t);
        break;
      }
      // Read to the close of the group, or of the [..] argument, outside inner groups.
      List<Token> arg = new ArrayList<>(List.of(t));
      int depth = group ? 1 : 0;
      while ((t = nextRaw()) != null) {
        seen.add(t);
        arg.add(t);
        if (t.kind() == Kind.OPEN) {
          depth++;
        } else if (t.kind() == Kind.CLOSE && --depth == (group ? 0 : -1)) {
          break;
        } else if (!group && depth == 0 && t.is(Kind.CHAR, "]")) {
          break;
        }
      }
      out.add(new Ahead(List.copyOf(spaces), arg, group));
      spaces.clear();
    }
    pushBack(consume ? spaces : seen);
    return out;
  }

  /** How many groups (with optional [..] arguments among them) follow, all left unread. */
  int groupsAhead() {
    return (int) argumentsAhead(false).stream().filter(Ahead::group).count();
  }

  /**
   * How many groups follow, blanks between them but nothing else (no [..] option, no blank line),
   * all left unread. A group whose close never comes within {@link #MAX_SCAN} tokens ends the
   * count, and what was read for it counts against the same bound as an optional argument
   * looked for in vain: looking ahead at every item of a hostile source stays linear.
   */
  int bareGroupsAhead() {
    List<Token> seen = new ArrayList<>();
    int n = 0;
    Token t;
    while ((t = nextRaw()) != null) {
      seen.add(t);
      if (t.kind() == Kind.SPACE) {
        continue;
      }
      if (t.kind() != Kind.OPEN) {
        break;
      }
      int depth = 1;
      int from = seen.size();
      while (depth > 0 && seen.size() - from < MAX_SCAN && (t = nextRaw()) != null) {
        seen.add(t);
        if (t.kind() == Kind.OPEN) {
          depth++;
        } else if (t.kind() == Kind.CLOSE) {
          depth--;
        }
      }
      if (depth > 0) {
        scannedInVain += seen.size() - from;
        if (scannedInVain > maxTokens) {
          pushBack(seen);
          throw new LatexTypesetting.Runaway("a group is looked for without end (its \"}\" never comes)");
        }
        break;
      }
      n++;
    }
    pushBack(seen);
    return n;
  }

  /**
   * How many groups follow one right after the other, no space between them: a use's own
   * arguments ("\\cvitem{..}{..}{..}"), not a group the text goes on with ("\\email{..} {\\small ..}").
   */
  private int adjacentGroupsAhead() {
    int n = 0;
    for (Ahead a : argumentsAhead(false)) {
      if (n > 0 && !a.spaces().isEmpty()) {
        break;
      }
      if (a.group()) {
        n++;
      }
    }
    return n;
  }

  // --- Expanded reading ----------------------------------------------------------------------

  /**
   * The next token with every defined macro and environment expanded, definitions recorded and
   * conditionals decided; null at the end of the input.
   */
  Token next() {
    while (true) {
      Token t = nextRaw();
      if (t == null) {
        return null;
      }
      if (t.kind() != Kind.COMMAND) {
        return t;
      }
      // An alias was made by \let when its target had no definition of the source's own, so it
      // means the target as built in, even where the source redefines the target afterwards
      // ("\let\plainhref\href" then a \href that calls \plainhref).
      String alias = defs.aliases.get(t.text());
      String name = alias == null ? t.text() : alias;
      if (alias != null) {
        t = Token.command(name, t.pos());
      }
      if (selfUses.contains(t)) {
        return t;
      }
      Macro m = alias == null ? defs.macros.get(name) : null;
      if (m != null && m.origin() == Origin.USER) {
        if (canExpand() && expand(name, m, t)) {
          continue;
        }
        return t;
      }
      if (builtin(name, t)) {
        continue;
      }
      Token result = t;
      if (m != null && canExpand()) {
        List<Macro> alts = defs.alternatives.get(name);
        int groups = m.origin() == Origin.FALLBACK || alts != null ? groupsAhead() : -1;
        Macro chosen = alts == null ? m : choose(alts, groups);
        // A guess (the class is none the reader knows) that asks for fewer arguments than the use
        // gives is another template's command of that name ("\cvitem{date}{role}{employer}{text}"
        // beside moderncv's two): the guess takes what it asks for, and the arguments left over
        // are cells of a line of their own after it, rather than text glued onto its last.
        if (m.origin() == Origin.FALLBACK && chosen.mandatory() > 0 && optionedWithoutGroups(t)) {
          continue;
        }
        // A guess that asks for more arguments than the use gives in braces is another template's
        // command of that name ("\cvevent{degree}{school}" beside AltaCV's four): read as a
        // command nobody defined, its groups the cells of a line, rather than taking the next
        // command or line as its missing arguments ("\vspace" and its length printed as text).
        if (m.origin() == Origin.FALLBACK && groups < chosen.mandatory()) {
          return result;
        }
        if (m.origin() == Origin.FALLBACK && adjacentGroupsAhead() > chosen.mandatory()) {
          pushBack(withLeftoverCells(t, chosen.mandatory()));
          continue;
        }
        if (expand(name, chosen, t)) {
          continue;
        }
      }
      if (name.length() > 4 && (name.endsWith("true") || name.endsWith("false"))) {
        String flag = name.substring(0, name.length() - (name.endsWith("true") ? 4 : 5));
        if (defs.flags.containsKey(flag)) {
          defs.flags.put(flag, name.endsWith("true"));
          continue;
        }
      }
      return result;
    }
  }

  /**
   * The command {@code t} again with the first {@code keep} groups of its use (and any options
   * among them), then a line of its own whose cells are the groups right after those, then what
   * follows: read again, the command finds as many groups as it asks for.
   */
  private List<Token> withLeftoverCells(Token t, int keep) {
    List<Token> head = new ArrayList<>(List.of(t));
    List<Token> tail = new ArrayList<>();
    int groups = 0;
    boolean cells = false;
    boolean leftover = true;
    for (Ahead a : argumentsAhead(true)) {
      leftover &= !(groups > 0 && !a.spaces().isEmpty());
      if (groups < keep || !a.group()) {
        (groups < keep ? head : tail).addAll(a.spaces());
        (groups < keep ? head : tail).addAll(a.tokens());
      } else if (leftover) {
        head.add(Token.command(cells ? "prism@cell" : "par", t.pos()));
        head.addAll(a.tokens());
        cells = true;
      } else {
        tail.addAll(a.spaces());
        tail.addAll(a.tokens());
      }
      if (a.group()) {
        groups++;
      }
    }
    head.add(Token.command("par", t.pos()));
    head.addAll(tail);
    return head;
  }

  /**
   * A guessed command used with a star or a [..] option and no group after them ("\\entry*
   * [11/2014-\\ldots]" of CurVe, whose class the reader does not have): another class's command of
   * that name, used its own way. Taking the guess's arguments from the text after it would take
   * single characters of the option. Instead the star goes, and the option is a label set as a cell
   * of a line of its own before the text that follows (CurVe's dates in the margin); true when so
   * read, false (nothing read) otherwise.
   */
  private boolean optionedWithoutGroups(Token t) {
    Token star = nextRaw();
    boolean starred = star != null && star.is(Kind.CHAR, "*");
    if (!starred && star != null) {
      pushBack(List.of(star));
    }
    List<Ahead> ahead = argumentsAhead(false);
    boolean option = !ahead.isEmpty() && !ahead.get(0).group();
    if (ahead.stream().anyMatch(Ahead::group) || !starred && !option) {
      if (starred) {
        pushBack(List.of(star));
      }
      return false;
    }
    List<Token> out = new ArrayList<>(List.of(Token.command("par", t.pos())));
    if (option) {
      // Its text without the brackets; an option the source never closes runs to the end.
      List<Token> tokens = argumentsAhead(true).get(0).tokens();
      boolean closed = tokens.size() > 1 && tokens.get(tokens.size() - 1).is(Kind.CHAR, "]");
      out.addAll(tokens.subList(1, closed ? tokens.size() - 1 : tokens.size()));
      out.add(Token.command("prism@cell", t.pos()));
    }
    pushBack(out);
    return true;
  }

  /** The guess whose arity the use fits: the most arguments it gives, else the fewest asked. */
  private static Macro choose(List<Macro> alts, int groups) {
    Macro best = null;
    Macro fewest = null;
    for (Macro a : alts) {
      if (a.mandatory() <= groups && (best == null || a.mandatory() > best.mandatory())) {
        best = a;
      }
      if (fewest == null || a.mandatory() < fewest.mandatory()) {
        fewest = a;
      }
    }
    return best != null ? best : fewest;
  }

  /** Handles a command the expander itself knows; false for any other. */
  private boolean builtin(String name, Token t) {
    switch (name) {
      case "newcommand", "renewcommand", "DeclareRobustCommand" -> defineLatex(false);
      case "providecommand" -> defineLatex(true);
      case "NewDocumentCommand", "RenewDocumentCommand", "DeclareDocumentCommand", "NewExpandableDocumentCommand" ->
          defineXparse(false);
      case "ProvideDocumentCommand" -> defineXparse(true);
      case "newenvironment", "renewenvironment" -> defineEnvLatex(false);
      case "provideenvironment" -> defineEnvLatex(true);
      case "NewDocumentEnvironment", "RenewDocumentEnvironment", "DeclareDocumentEnvironment" -> defineEnvXparse(false);
      case "ProvideDocumentEnvironment" -> defineEnvXparse(true);
      case "def", "gdef", "edef", "xdef" -> defineTex();
      case "let" -> let();
      case "global", "long", "outer", "protected", "relax", "noexpand", "expandafter", "protect", "unexpanded" -> { }
      case "newif" -> newif();
      // The ifthen package's switches, read by \ifthenelse{\boolean{name}}.
      case "newboolean", "provideboolean" -> defs.flags.putIfAbsent(plain(readArg()).strip(), false);
      case "setboolean" -> {
        String flag = plain(readArg()).strip();
        defs.flags.put(flag, plain(readArg()).strip().equalsIgnoreCase("true"));
      }
      case "csname" -> csname(t);
      case "begin" -> {
        return begin(t);
      }
      case "end" -> {
        return end(t);
      }
      case "else", "or" -> skipBranch(false);
      case "fi" -> { }
      case "ifstrequal", "IfStrEq" -> {
        String a = plain(readArg());
        String b = plain(readArg());
        choice(a.equals(b));
      }
      // LaTeX3's tests of an argument a class's command passes on ("\tl_if_blank:nTF {#4}{}{,~#4}")
      // are the same tests: an argument given as is (n), or expanded first (e, o, x), as here.
      case "ifstrempty", "isempty", "ifempty", "tl_if_empty:nTF", "tl_if_empty:eTF", "tl_if_empty:oTF", "tl_if_empty:xTF",
          "str_if_empty:nTF", "str_if_empty:eTF" -> choice(plain(readArg()).isEmpty());
      case "tl_if_empty:nT", "tl_if_empty:eT", "tl_if_empty:oT", "tl_if_empty:xT", "str_if_empty:nT" ->
          one(plain(readArg()).isEmpty(), true);
      case "tl_if_empty:nF", "tl_if_empty:eF", "tl_if_empty:oF", "tl_if_empty:xF", "str_if_empty:nF" ->
          one(plain(readArg()).isEmpty(), false);
      case "ifblank", "IfBlankTF", "tl_if_blank:nTF", "tl_if_blank:eTF", "tl_if_blank:oTF", "tl_if_blank:xTF" ->
          choice(plain(readArg()).isBlank());
      case "IfSubStr" -> {
        String a = plain(readArg());
        String b = plain(readArg());
        choice(a.contains(b));
      }
      case "IfBlankT", "tl_if_blank:nT", "tl_if_blank:eT", "tl_if_blank:oT", "tl_if_blank:xT" ->
          one(plain(readArg()).isBlank(), true);
      case "IfBlankF", "tl_if_blank:nF", "tl_if_blank:eF", "tl_if_blank:oF", "tl_if_blank:xF" ->
          one(plain(readArg()).isBlank(), false);
      case "IfValueTF" -> choice(hasValue(readArg()));
      case "IfValueT" -> one(hasValue(readArg()), true);
      case "IfValueF" -> one(hasValue(readArg()), false);
      case "IfNoValueTF" -> choice(!hasValue(readArg()));
      case "IfNoValueT" -> one(!hasValue(readArg()), true);
      case "IfNoValueF" -> one(!hasValue(readArg()), false);
      case "IfBooleanTF" -> choice(readArg().contains(STAR_TRUE));
      case "IfBooleanT" -> one(readArg().contains(STAR_TRUE), true);
      case "IfBooleanF" -> one(readArg().contains(STAR_TRUE), false);
      case "ifdef" -> choice(definedArg(readArg()));
      case "ifundef" -> choice(!definedArg(readArg()));
      case "ifdefempty" -> {
        List<Token> a = readArg();
        Macro m = a.size() == 1 && a.get(0).kind() == Kind.COMMAND ? defs.macros.get(a.get(0).text()) : null;
        choice(m == null || m.body().isEmpty());
      }
      case "ifthenelse" -> choice(condition(readArg()));
      case "@ifnextchar" -> {
        Token want = nextNonSpaceRaw();
        List<Token> yes = readArg();
        List<Token> no = readArg();
        Token ahead = peekNonSpace();
        boolean match = want != null && ahead != null && ahead.kind() == want.kind() && ahead.text().equals(want.text());
        push(match ? yes : no);
      }
      case "@ifstar" -> {
        List<Token> yes = readArg();
        List<Token> no = readArg();
        push(star() ? yes : no);
      }
      case "@ifundefined" -> choice(!defs.defined(plain(readArg()).strip()));
      case "IfFileExists", "InputIfFileExists" -> {
        // The reader has the one file it was given: no other exists.
        readArg();
        choice(false);
      }
      default -> {
        if (isTexIf(name)) {
          texIf(name);
          return true;
        }
        return false;
      }
    }
    return true;
  }

  /** Reads a true and a false branch and reads the chosen one next. */
  private void choice(boolean which) {
    List<Token> yes = readArg();
    List<Token> no = readArg();
    push(which ? yes : no);
  }

  /** Reads one branch and reads it next when {@code which} is {@code when}. */
  private void one(boolean which, boolean when) {
    List<Token> branch = readArg();
    if (which == when) {
      push(branch);
    }
  }

  private static boolean hasValue(List<Token> arg) {
    return !(arg.size() == 1 && arg.get(0) == NO_VALUE);
  }

  private boolean definedArg(List<Token> arg) {
    return arg.size() == 1 && arg.get(0).kind() == Kind.COMMAND && defs.defined(arg.get(0).text());
  }

  /** {@code \ifthenelse}'s test: {@code \equal}, {@code \isempty}, {@code \boolean}, {@code \NOT}, {@code \AND}, {@code \OR}. */
  private boolean condition(List<Token> cond) {
    boolean result = false;
    boolean negate = false;
    String join = null;
    int i = 0;
    while (i < cond.size()) {
      Token t = cond.get(i++);
      Boolean value = null;
      if (t.kind() == Kind.COMMAND) {
        switch (t.text()) {
          case "NOT", "not" -> negate = !negate;
          case "AND", "and" -> join = "and";
          case "OR", "or" -> join = "or";
          case "equal" -> {
            List<Token> a = new ArrayList<>();
            List<Token> b = new ArrayList<>();
            i = group(cond, i, a);
            i = group(cond, i, b);
            value = plain(a).strip().equals(plain(b).strip());
          }
          case "isempty" -> {
            List<Token> a = new ArrayList<>();
            i = group(cond, i, a);
            value = plain(a).isBlank();
          }
          case "boolean" -> {
            List<Token> a = new ArrayList<>();
            i = group(cond, i, a);
            value = defs.flags.getOrDefault(plain(a).strip(), false);
          }
          default -> value = false;
        }
      } else if (t.kind() == Kind.CHAR) {
        value = false;
      }
      if (value != null) {
        boolean v = negate != value;
        result = join == null ? v : join.equals("and") ? result && v : result || v;
        negate = false;
        join = null;
      }
    }
    return result;
  }

  // --- Plain TeX conditionals -----------------------------------------------------------------

  /**
   * A conditional of plain TeX's kind: one of TeX's own ({@code \ifx}, {@code \iffalse}; see
   * latex/names.txt), a {@code \newif} switch, or any other undefined {@code \if…} name that no
   * brace follows. Before a brace ({@code \iffieldundef{doi}{}{…}}, biblatex's) such a name is a
   * macro taking its test and branches in braces: read as a conditional, it would wait for a
   * {@code \fi} that never comes and hide the rest of the document.
   */
  private boolean isTexIf(String name) {
    if (!name.startsWith("if") || defs.macros.containsKey(name)) {
      return false;
    }
    if (Names.texConditional(name) || name.length() > 2 && defs.flags.containsKey(name.substring(2))) {
      return true;
    }
    Token next = peekNonSpace();
    return next == null || next.kind() != Kind.OPEN;
  }

  private void texIf(String name) {
    boolean value;
    switch (name) {
      case "iftrue" -> value = true;
      case "iffalse" -> value = false;
      case "ifx" -> value = sameMeaning(nextRaw(), nextRaw());
      case "if" -> {
        Token a = next();
        Token b = next();
        value = a != null && b != null && (a.kind() == Kind.CHAR) == (b.kind() == Kind.CHAR)
            && (a.kind() != Kind.CHAR || a.text().equals(b.text()));
      }
      case "ifdefined" -> {
        Token a = nextNonSpaceRaw();
        value = a != null && a.kind() == Kind.COMMAND && defs.defined(a.text());
      }
      case "ifcsname" -> {
        StringBuilder b = new StringBuilder();
        Token a;
        while ((a = nextRaw()) != null && !a.isCommand("endcsname")) {
          b.append(a.kind() == Kind.CHAR ? a.text() : "");
        }
        value = defs.defined(b.toString());
      }
      default -> {
        Boolean flag = defs.flags.get(name.substring(2));
        // Numbers, dimensions, modes, engines: a reader without a TeX engine cannot say, and the
        // false branch (\else) is where sources put what works everywhere ("\ifxetex ... \else").
        value = flag != null && flag;
      }
    }
    if (!value) {
      skipBranch(true);
    }
  }

  /**
   * Skips a branch up to its {@code \fi} (or, when {@code toElse}, up to an {@code \else} or
   * {@code \or} of the same level), conditionals inside it counted.
   */
  private void skipBranch(boolean toElse) {
    int depth = 0;
    Token t;
    while ((t = nextRaw()) != null) {
      if (t.kind() != Kind.COMMAND) {
        continue;
      }
      String n = t.text();
      if (n.equals("fi")) {
        if (depth-- == 0) {
          return;
        }
      } else if (toElse && depth == 0 && (n.equals("else") || n.equals("or"))) {
        return;
      } else if (isTexIf(n) && !BRACE_CONDITIONALS.contains(n)) {
        depth++;
      }
    }
  }

  // Conditionals that take their test and branches in braces: no \fi closes them.
  private static final java.util.Set<String> BRACE_CONDITIONALS = java.util.Set.of(
      "ifstrequal", "ifstrempty", "ifblank", "ifempty", "ifdef", "ifundef", "ifdefempty", "ifthenelse");

  private boolean sameMeaning(Token a, Token b) {
    if (a == null || b == null) {
      return a == b;
    }
    if (a.kind() != b.kind()) {
      return false;
    }
    if (a.kind() != Kind.COMMAND) {
      return a.text().equals(b.text());
    }
    Macro ma = defs.macros.get(a.text());
    Macro mb = defs.macros.get(b.text());
    if (ma == null || mb == null) {
      return ma == mb && defs.aliases.getOrDefault(a.text(), a.text()).equals(defs.aliases.getOrDefault(b.text(), b.text()));
    }
    return ma.params().size() == mb.params().size() && plain(ma.body()).equals(plain(mb.body()));
  }

  // --- Environments --------------------------------------------------------------------------

  private boolean begin(Token t) {
    String name = plain(readArg()).strip();
    Definitions.Env e = defs.envs.get(name);
    List<List<Token>> args = e == null || !canExpand() ? null : arguments(e.begin(), t.pos(), name);
    if (args == null) {
      // An environment nobody defined: the typesetter's.
      pushBack(List.of(new Token(Kind.BEGIN, name, t.pos())));
      return true;
    }
    List<Token> out = new ArrayList<>();
    out.add(new Token(Kind.OPEN, "{", t.pos()));
    boolean heading = e.begin().origin() == Origin.USER && Names.headingLike(name) && shortSingle(e.begin(), args);
    if (heading) {
      out.add(Token.mark("heading-start", t.pos()));
    }
    out.addAll(substitute(e.begin().body(), args, t.pos()));
    if (heading) {
      out.add(Token.mark("heading-end", t.pos()));
    }
    if (e.begin().params().stream().anyMatch(p -> p instanceof Param.Body)) {
      // The body was an argument, and its \end was read with it.
      out.addAll(placed(e.end(), t.pos()));
      out.add(new Token(Kind.CLOSE, "}", t.pos()));
    }
    expansions++;
    push(out);
    return true;
  }

  private boolean end(Token t) {
    String name = plain(readArg()).strip();
    Definitions.Env e = defs.envs.get(name);
    if (e == null || !canExpand()) {
      pushBack(List.of(new Token(Kind.END, name, t.pos())));
      return true;
    }
    List<Token> out = new ArrayList<>(placed(e.end(), t.pos()));
    out.add(new Token(Kind.CLOSE, "}", t.pos()));
    expansions++;
    push(out);
    return true;
  }

  // --- Expansion -----------------------------------------------------------------------------

  /** Expands {@code m} used at {@code at}; false (with nothing read) when the use does not fit it. */
  private boolean expand(String name, Macro m, Token at) {
    List<List<Token>> args = arguments(m, at.pos(), null);
    if (args == null) {
      return false;
    }
    if (m.origin() == Origin.FALLBACK) {
      args = withoutPictureFiles(args);
    }
    expansions++;
    List<Token> body = substitute(m.body(), args, at.pos());
    if (m.params().isEmpty()) {
      body = selfUsesMarked(name, body);
    }
    if (m.origin() == Origin.USER && Names.headingLike(name) && shortSingle(m, args)) {
      // A template's own \cvsection{Experience}: what it typesets is a heading, whatever its look.
      List<Token> marked = new ArrayList<>(body.size() + 2);
      marked.add(Token.mark("heading-start", at.pos()));
      marked.addAll(body);
      marked.add(Token.mark("heading-end", at.pos()));
      body = marked;
    }
    push(body);
    return true;
  }

  /**
   * A guessed definition's arguments with every one that only names a picture to draw
   * ({@code jordan-lee.jpg}) left empty: the guess is another class's command of that name, and
   * where the source's own class takes a photo among the name's groups ({@code \header{name}{photo}{colour}})
   * the guess would print the file as a word of the name. No class prints a picture's file name.
   */
  private static List<List<Token>> withoutPictureFiles(List<List<Token>> args) {
    List<List<Token>> out = null;
    for (int i = 0; i < args.size(); i++) {
      List<Token> a = args.get(i);
      if (a != null && !a.isEmpty() && Names.fileName(plain(a))) {
        if (out == null) {
          out = new ArrayList<>(args);
        }
        out.set(i, List.of());
      }
    }
    return out == null ? args : out;
  }

  /** The body of {@code name} (a macro without arguments) with the uses of itself {@link #selfUses} holds marked. */
  private List<Token> selfUsesMarked(String name, List<Token> body) {
    int depth = 0;
    Token before = null;
    List<Token> out = null;
    for (int i = 0; i < body.size(); i++) {
      Token b = body.get(i);
      Token prev = before;
      if (b.kind() != Kind.SPACE) {
        before = b;
      }
      if (b.kind() == Kind.OPEN) {
        depth++;
      } else if (b.kind() == Kind.CLOSE) {
        depth--;
      } else if (depth == 0 && b.isCommand(name) && prev != null && prev.kind() == Kind.COMMAND
          && !defs.defined(prev.text())) {
        if (out == null) {
          out = new ArrayList<>(body);
        }
        Token own = new Token(b.kind(), b.text(), b.pos());
        selfUses.add(own);
        out.set(i, own);
      }
    }
    return out == null ? body : out;
  }

  /** How many of its parameters a definition's body uses ({@code #1}, {@code #2}, ...). */
  private static int paramsPrinted(List<Token> body) {
    java.util.Set<String> used = new java.util.HashSet<>();
    for (int i = 0; i < body.size(); i++) {
      Token b = body.get(i);
      if (b.kind() == Kind.PARAM) {
        String n = b.text().equals("#") && i + 1 < body.size() && body.get(i + 1).kind() == Kind.CHAR ? body.get(i + 1).text() : b.text();
        if (n.length() == 1 && n.charAt(0) >= '1' && n.charAt(0) <= '9') {
          used.add(n);
        }
      }
    }
    return used.size();
  }

  /** A definition's own tokens, placed where the macro was used. */
  private static List<Token> placed(List<Token> tokens, int pos) {
    List<Token> out = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      out.add(t.at(pos));
    }
    return out;
  }

  /**
   * One mandatory argument of a few words, and no other argument printed: what a section
   * heading's command takes. An environment that prints its optional argument beside the
   * mandatory one (a label column and a content column) lays out a row, and heads nothing.
   */
  private static boolean shortSingle(Macro m, List<List<Token>> args) {
    if (m.mandatory() != 1 || paramsPrinted(m.body()) > 1) {
      return false;
    }
    for (int i = 0; i < m.params().size(); i++) {
      if (m.params().get(i) instanceof Param.Mandatory) {
        return plain(args.get(i)).strip().length() <= 60;
      }
    }
    return false;
  }

  /**
   * Reads the arguments {@code m} takes, one list per numbered parameter; null (everything read
   * given back) when the source does not fit a plain TeX definition.
   */
  private List<List<Token>> arguments(Macro m, int pos, String env) {
    List<List<Token>> args = new ArrayList<>();
    List<Token> consumed = new ArrayList<>();
    for (Param p : m.params()) {
      if (p instanceof Param.Body && env != null) {
        args.add(body(env));
      } else if (p instanceof Param.Mandatory || p instanceof Param.Body) {
        args.add(readArg());
      } else if (p instanceof Param.Optional o) {
        List<Token> v = readOptional();
        args.add(v != null ? v : o.fallback() != null ? placed(o.fallback(), pos) : List.of(NO_VALUE));
      } else if (p instanceof Param.Star) {
        args.add(List.of(star() ? STAR_TRUE : STAR_FALSE));
      } else if (p instanceof Param.Literal l) {
        for (Token want : l.tokens()) {
          Token got = nextRaw();
          if (got == null) {
            pushBack(consumed);
            return null;
          }
          consumed.add(got);
          if (got.kind() != want.kind() || !got.text().equals(want.text())) {
            pushBack(consumed);
            return null;
          }
        }
      } else if (p instanceof Param.Delimited d) {
        if (d.delimiter().isEmpty()) {
          List<Token> a = readArg();
          args.add(a);
          consumed.addAll(a);
        } else {
          List<Token> a = delimited(d);
          if (a == null) {
            pushBack(consumed);
            return null;
          }
          args.add(a);
          consumed.addAll(a);
          if (!d.bracedEnd()) {
            consumed.addAll(d.delimiter());
          }
        }
      }
    }
    return args;
  }

  /** An environment's body: the tokens up to its {@code \end} (which is read too), inner ones of its name counted. */
  private List<Token> body(String env) {
    List<Token> out = new ArrayList<>();
    int depth = 0;
    Token t;
    while ((t = nextRaw()) != null) {
      if (t.isCommand("begin") || t.isCommand("end")) {
        List<Token> name = readArg();
        if (plain(name).strip().equals(env)) {
          if (t.isCommand("end") && depth-- == 0) {
            return out;
          }
          depth += t.isCommand("begin") ? 1 : 0;
        }
        out.add(t);
        out.add(new Token(Kind.OPEN, "{", t.pos()));
        out.addAll(name);
        out.add(new Token(Kind.CLOSE, "}", t.pos()));
        continue;
      }
      out.add(t);
    }
    return out;
  }

  /** The tokens before the parameter's delimiter (outside groups); null, all given back, when it does not come. */
  private List<Token> delimited(Param.Delimited param) {
    List<Token> delimiter = param.delimiter();
    List<Token> read = new ArrayList<>();
    int depth = 0;
    Token t;
    boolean toBrace = param.bracedEnd();
    while (read.size() < MAX_SCAN && (t = nextRaw()) != null) {
      if (toBrace && depth == 0 && t.kind() == Kind.OPEN) {
        pushBack(List.of(t));
        return read;
      }
      read.add(t);
      if (t.kind() == Kind.OPEN) {
        depth++;
      } else if (t.kind() == Kind.CLOSE) {
        depth--;
        if (depth < 0) {
          break;
        }
      } else if (depth == 0 && endsWith(read, delimiter)) {
        List<Token> arg = new ArrayList<>(read.subList(0, read.size() - delimiter.size()));
        // One group around the whole argument is taken off, as TeX does.
        if (arg.size() >= 2 && arg.get(0).kind() == Kind.OPEN && arg.get(arg.size() - 1).kind() == Kind.CLOSE
            && balancedInside(arg)) {
          arg = new ArrayList<>(arg.subList(1, arg.size() - 1));
        }
        return arg;
      }
    }
    scannedInVain += read.size();
    if (scannedInVain > maxTokens) {
      throw new LatexTypesetting.Runaway("a macro's argument is looked for without end (its delimiter never comes)");
    }
    pushBack(read);
    return null;
  }

  private static boolean endsWith(List<Token> read, List<Token> delimiter) {
    int n = read.size();
    int d = delimiter.size();
    if (n < d) {
      return false;
    }
    for (int i = 0; i < d; i++) {
      Token a = read.get(n - d + i);
      Token b = delimiter.get(i);
      if (a.kind() != b.kind() || !a.text().equals(b.text())) {
        return false;
      }
    }
    return true;
  }

  private static boolean balancedInside(List<Token> arg) {
    int depth = 0;
    for (int i = 1; i < arg.size() - 1; i++) {
      if (arg.get(i).kind() == Kind.OPEN) {
        depth++;
      } else if (arg.get(i).kind() == Kind.CLOSE && --depth < 0) {
        return false;
      }
    }
    return depth == 0;
  }

  /**
   * The body with its parameters replaced by the arguments: the body's own tokens placed where the
   * macro was used, the arguments' tokens where the source wrote them. {@code ##} becomes {@code #}
   * (for a definition inside the body).
   */
  static List<Token> substitute(List<Token> body, List<List<Token>> args, int pos) {
    List<Token> out = new ArrayList<>(body.size() + 8);
    for (int i = 0; i < body.size(); i++) {
      Token b = body.get(i);
      if (b.kind() == Kind.PARAM) {
        if (b.text().equals("#")) {
          if (i + 1 < body.size() && body.get(i + 1).kind() == Kind.CHAR && body.get(i + 1).text().matches("[1-9]")) {
            out.add(new Token(Kind.PARAM, body.get(++i).text(), pos));
          } else {
            out.add(new Token(Kind.PARAM, "#", pos));
          }
          continue;
        }
        int n = b.text().charAt(0) - '1';
        if (n < args.size()) {
          out.addAll(args.get(n));
        }
        continue;
      }
      out.add(b.at(pos));
    }
    return out;
  }

  // --- Definitions ---------------------------------------------------------------------------

  /** The name being defined: {@code \name} or {@code {\name}}; null when there is none. */
  private String definedName() {
    Token t = nextNonSpaceRaw();
    if (t == null) {
      return null;
    }
    if (t.kind() == Kind.COMMAND) {
      return t.text();
    }
    if (t.kind() == Kind.OPEN) {
      for (Token x : readGroupBody()) {
        if (x.kind() == Kind.COMMAND) {
          return x.text();
        }
      }
    }
    return null;
  }

  private void defineLatex(boolean provide) {
    star();
    String name = definedName();
    List<Param> params = latexParams();
    List<Token> body = readArg();
    if (name != null) {
      defs.define(name, new Macro(params, body, defining), provide);
    }
  }

  /** LaTeX's {@code [n][default]}: n arguments, the first optional when a default is given. */
  private List<Param> latexParams() {
    List<Token> count = readOptional();
    int n = 0;
    if (count != null) {
      String c = plain(count).strip();
      n = c.length() == 1 && c.charAt(0) >= '0' && c.charAt(0) <= '9' ? c.charAt(0) - '0' : 0;
    }
    List<Token> fallback = n > 0 ? readOptional() : null;
    List<Param> params = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      params.add(i == 0 && fallback != null ? new Param.Optional(fallback) : new Param.Mandatory());
    }
    return params;
  }

  private void defineXparse(boolean provide) {
    String name = definedName();
    List<Param> params = xparse(readArg());
    List<Token> body = readArg();
    if (name != null) {
      defs.define(name, new Macro(params, body, defining), provide);
    }
  }

  private void defineEnvLatex(boolean provide) {
    star();
    String name = plain(readArg()).strip();
    List<Param> params = latexParams();
    List<Token> begin = readArg();
    List<Token> end = readArg();
    defineEnv(name, params, begin, end, provide);
  }

  private void defineEnvXparse(boolean provide) {
    String name = plain(readArg()).strip();
    List<Param> params = xparse(readArg());
    List<Token> begin = readArg();
    List<Token> end = readArg();
    defineEnv(name, params, begin, end, provide);
  }

  /**
   * An environment, and (as LaTeX does) its begin and end code as the commands {@code \NAME} and
   * {@code \endNAME}, which templates call directly (RenderCV's {@code \onecolentry}).
   */
  private void defineEnv(String name, List<Param> params, List<Token> begin, List<Token> end, boolean provide) {
    if (name.isEmpty()) {
      return;
    }
    Macro m = new Macro(params, begin, defining);
    defs.defineEnv(name, new Definitions.Env(m, end), provide);
    if (defining == Origin.USER && name.chars().allMatch(Character::isLetter)
        && params.stream().noneMatch(p -> p instanceof Param.Body)) {
      defs.define(name, m, provide);
      defs.define("end" + name, new Macro(List.of(), end, defining), provide);
    }
  }

  /**
   * An xparse argument specification: {@code m} mandatory, {@code o} / {@code O{default}} optional,
   * {@code s} a star; {@code +} and {@code !} change nothing here, processors and embellishments
   * are skipped, and what else takes delimiters reads as optional or mandatory.
   */
  private static List<Param> xparse(List<Token> written) {
    // One token per letter: "mm" is two arguments.
    List<Token> spec = new ArrayList<>();
    for (Token t : written) {
      if (t.kind() == Kind.CHAR && t.text().length() > 1) {
        t.text().codePoints().forEach(cp -> spec.add(new Token(Kind.CHAR, new String(Character.toChars(cp)), t.pos())));
      } else {
        spec.add(t);
      }
    }
    List<Param> out = new ArrayList<>();
    int i = 0;
    while (i < spec.size()) {
      Token t = spec.get(i++);
      if (t.kind() != Kind.CHAR) {
        continue;
      }
      switch (t.text()) {
        case "m", "v", "l", "u" -> out.add(new Param.Mandatory());
        case "b" -> out.add(new Param.Body());
        case "o", "d" -> {
          out.add(new Param.Optional(null));
          i += t.text().equals("d") ? 2 : 0;
        }
        case "O", "D" -> {
          i += t.text().equals("D") ? 2 : 0;
          List<Token> fallback = new ArrayList<>();
          i = group(spec, i, fallback);
          out.add(new Param.Optional(fallback));
        }
        case "r" -> {
          i += 2;
          out.add(new Param.Mandatory());
        }
        case "R" -> {
          i += 2;
          i = group(spec, i, new ArrayList<>());
          out.add(new Param.Mandatory());
        }
        case "s", "t" -> {
          i += t.text().equals("t") ? 1 : 0;
          out.add(new Param.Star());
        }
        case ">", "=", "e", "E" -> i = group(spec, i, new ArrayList<>());
        default -> { }
      }
    }
    return out;
  }

  /** Reads the group starting at {@code i} of {@code spec} into {@code into}; the index after it. */
  private static int group(List<Token> spec, int i, List<Token> into) {
    while (i < spec.size() && spec.get(i).kind() == Kind.SPACE) {
      i++;
    }
    if (i >= spec.size() || spec.get(i).kind() != Kind.OPEN) {
      return i;
    }
    int depth = 0;
    for (; i < spec.size(); i++) {
      Token t = spec.get(i);
      if (t.kind() == Kind.OPEN && depth++ == 0) {
        continue;
      }
      if (t.kind() == Kind.CLOSE && --depth == 0) {
        return i + 1;
      }
      into.add(t);
    }
    return i;
  }

  /** Plain TeX's {@code \def\name<parameter text>{body}}. */
  private void defineTex() {
    Token nameToken = nextNonSpaceRaw();
    if (nameToken == null || nameToken.kind() != Kind.COMMAND) {
      return;
    }
    List<Token> text = new ArrayList<>();
    Token t;
    while ((t = nextRaw()) != null && t.kind() != Kind.OPEN) {
      if (text.size() < 64) {
        text.add(t);
      }
    }
    if (t == null) {
      return;
    }
    List<Token> body = readGroupBody();
    List<Param> params = new ArrayList<>();
    List<Token> literal = new ArrayList<>();
    int i = 0;
    while (i < text.size() && text.get(i).kind() != Kind.PARAM) {
      literal.add(text.get(i++));
    }
    if (!literal.isEmpty()) {
      params.add(new Param.Literal(literal));
    }
    while (i < text.size()) {
      i++; // the parameter
      List<Token> delimiter = new ArrayList<>();
      while (i < text.size() && text.get(i).kind() != Kind.PARAM) {
        delimiter.add(text.get(i++));
      }
      // "#1#{": a last parameter written against the body's brace reads up to the next "{",
      // which stays in place ("\begin{tabu} to \textwidth {rX}" gives "to \textwidth ").
      if (i == text.size() && delimiter.size() == 1 && delimiter.get(0).is(Kind.CHAR, "#")) {
        delimiter.set(0, t);
      }
      params.add(new Param.Delimited(delimiter));
    }
    defs.define(nameToken.text(), new Macro(params, body, defining), false);
  }

  private void let() {
    Token a = nextNonSpaceRaw();
    Token b = nextNonSpaceRaw();
    if (b != null && b.is(Kind.CHAR, "=")) {
      b = nextNonSpaceRaw();
    }
    if (a == null || b == null || a.kind() != Kind.COMMAND) {
      return;
    }
    if (b.kind() != Kind.COMMAND) {
      defs.define(a.text(), new Macro(List.of(), List.of(b), defining), false);
      return;
    }
    Macro m = defs.macros.get(b.text());
    if (m != null) {
      defs.define(a.text(), new Macro(m.params(), m.body(), defining), false);
    } else {
      defs.macros.remove(a.text());
      defs.aliases.put(a.text(), defs.aliases.getOrDefault(b.text(), b.text()));
    }
  }

  private void newif() {
    Token t = nextNonSpaceRaw();
    if (t != null && t.kind() == Kind.COMMAND && t.text().startsWith("if") && t.text().length() > 2) {
      defs.flags.put(t.text().substring(2), false);
    }
  }

  private void csname(Token at) {
    StringBuilder b = new StringBuilder();
    Token t;
    while ((t = next()) != null && !t.isCommand("endcsname")) {
      if (t.kind() == Kind.CHAR) {
        b.append(t.text());
      }
    }
    if (b.length() > 0) {
      pushBack(List.of(Token.command(b.toString(), at.pos())));
    }
  }

  /** The tokens as written, for comparing arguments as strings. */
  static String plain(List<Token> tokens) {
    StringBuilder b = new StringBuilder();
    for (Token t : tokens) {
      b.append(t.source());
    }
    return b.toString();
  }
}
