package dev.prism.ingest.latex;

import dev.prism.ingest.latex.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Cuts a LaTeX source into tokens the way TeX's eyes do: a control word swallows the blanks after
 * it, a line end is a space, a blank line ends a paragraph, a comment runs to the end of its line
 * and takes the line end with it. A run of letters and digits is one token. "@" is a letter after {@code \makeatletter} (and in the reader's
 * own tables). Ligatures that change the text ("--", "---", "``", "''") come out as one token. The
 * {@code comment} environment and {@code \verb} are read here, since their content is no TeX.
 */
final class Lexer {
  private final String src;
  private final int end;
  private boolean atLetter;
  /**
   * Between {@code \ExplSyntaxOn} and {@code \ExplSyntaxOff} (LaTeX3 code a preamble defines its
   * commands with), "_" and ":" are letters of command names: {@code \seq_set_split:Nnn} is one
   * command nobody defined, not "\seq" and text that would print. White space there is no
   * space, and "~" is one.
   */
  private boolean expl;
  private int i;
  private final List<Token> out = new ArrayList<>();
  /**
   * Babel's shorthands after a double quote in German ({@code B"uro} reads "Büro"), keyed by the
   * character after the quote; empty where the source's language makes none.
   */
  private Map<Character, String> quoteShorthands = Map.of();
  /**
   * Where the last shorthand that ends a word's letters ends: letters right there join that word
   * ({@code B"udingen} is one word). -1 when none does.
   */
  private int wordOpenAt = -1;

  // What the blanks at the reading point mean: inside a line (a space), after a space or a control
  // word (nothing), or at the start of a line (nothing; a line end there is a blank line).
  private enum State { MID, SKIP, NEW_LINE }

  private State state = State.NEW_LINE;

  private Lexer(String src, int from, int end, boolean atLetter) {
    this.src = src;
    this.i = from;
    this.end = end;
    this.atLetter = atLetter;
  }

  static List<Token> lex(String src, boolean atLetter) {
    return lex(src, atLetter, Map.of());
  }

  /** The tokens of a source whose language makes {@code "} a shorthand, with what each prints. */
  static List<Token> lex(String src, boolean atLetter, Map<Character, String> quoteShorthands) {
    Lexer l = new Lexer(src, 0, src.length(), atLetter);
    l.quoteShorthands = quoteShorthands;
    l.run();
    return balanced(l.out);
  }

  /**
   * The tokens without the braces that close nothing or are never closed. TeX would stop at them;
   * the reader reads on, so that a stray brace loses no text and no argument runs to the end.
   */
  private static List<Token> balanced(List<Token> tokens) {
    boolean[] drop = new boolean[tokens.size()];
    int[] open = new int[tokens.size()];
    int depth = 0;
    boolean any = false;
    for (int i = 0; i < tokens.size(); i++) {
      Kind k = tokens.get(i).kind();
      if (k == Kind.OPEN) {
        open[depth++] = i;
      } else if (k == Kind.CLOSE) {
        if (depth == 0) {
          drop[i] = true;
          any = true;
        } else {
          depth--;
        }
      }
    }
    for (int d = 0; d < depth; d++) {
      drop[open[d]] = true;
      any = true;
    }
    if (!any) {
      return tokens;
    }
    List<Token> out = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      if (!drop[i]) {
        out.add(tokens.get(i));
      }
    }
    return out;
  }

  private void run() {
    while (i < end) {
      char c = src.charAt(i);
      switch (c) {
        case '\\' -> control();
        case '%' -> comment();
        case '\n' -> {
          if (expl) {
            // LaTeX3 code ignores its white space, blank lines too: "~" is its space.
            i++;
            continue;
          }
          if (state == State.NEW_LINE) {
            if (out.isEmpty() || out.get(out.size() - 1).kind() != Kind.PAR) {
              dropTrailingSpace();
              out.add(new Token(Kind.PAR, "", i));
            }
          } else if (state == State.MID) {
            out.add(Token.SPACE);
          }
          i++;
          state = State.NEW_LINE;
        }
        case ' ', '\t', '\f' -> {
          if (state == State.MID && !expl) {
            out.add(Token.SPACE);
            state = State.SKIP;
          }
          i++;
        }
        case '{' -> single(Kind.OPEN, "{");
        case '}' -> single(Kind.CLOSE, "}");
        case '&' -> single(Kind.ALIGN, "&");
        case '~' -> {
          if (expl) {
            out.add(new Token(Kind.SPACE, " ", i));
            i++;
            state = State.SKIP;
          } else {
            single(Kind.ACTIVE, "~");
          }
        }
        case '$' -> {
          int at = i;
          i += src.startsWith("$$", i) ? 2 : 1;
          out.add(new Token(Kind.MATH, src.substring(at, i), at));
          state = State.MID;
        }
        case '#' -> {
          int at = i++;
          if (i < end && src.charAt(i) >= '1' && src.charAt(i) <= '9') {
            out.add(new Token(Kind.PARAM, String.valueOf(src.charAt(i++)), at));
          } else if (i < end && src.charAt(i) == '#') {
            i++;
            out.add(new Token(Kind.PARAM, "#", at));
          } else {
            out.add(new Token(Kind.CHAR, "#", at));
          }
          state = State.MID;
        }
        case '-' -> ligature('-');
        case '`' -> ligature('`');
        case '\'' -> ligature('\'');
        case '"' -> {
          String shorthand = i + 1 < end ? quoteShorthands.get(src.charAt(i + 1)) : null;
          if (shorthand == null) {
            word();
          } else {
            shorthand(shorthand);
          }
        }
        default -> word();
      }
    }
  }

  private void word() {
    // A run of letters and digits is one token (a word), which keeps a large source small;
    // whoever reads a single character as an argument takes the word's first.
    int from = i;
    int cp = src.codePointAt(i);
    i += Character.charCount(cp);
    boolean letters = Character.isLetterOrDigit(cp);
    if (letters) {
      while (i < end && Character.isLetterOrDigit(src.codePointAt(i))) {
        i += Character.charCount(src.codePointAt(i));
      }
    }
    if (letters && from == wordOpenAt) {
      join(src.substring(from, i));
    } else {
      out.add(new Token(Kind.CHAR, src.substring(from, i), from));
    }
    state = State.MID;
  }

  /**
   * A babel shorthand: its letter joins the word around it ({@code B"udingen} is one word,
   * "Büdingen"), a hyphenation mark prints nothing and keeps the word open.
   */
  private void shorthand(String text) {
    int at = i;
    i += 2;
    boolean inWord = !out.isEmpty() && state == State.MID && out.get(out.size() - 1).kind() == Kind.CHAR
        && Character.isLetterOrDigit(out.get(out.size() - 1).text().codePointBefore(out.get(out.size() - 1).text().length()));
    if (text.isEmpty()) {
      wordOpenAt = inWord ? i : -1;
    } else if (Character.isLetter(text.codePointAt(0))) {
      if (inWord) {
        join(text);
      } else {
        out.add(new Token(Kind.CHAR, text, at));
      }
      wordOpenAt = i;
    } else {
      out.add(new Token(Kind.CHAR, text, at));
      wordOpenAt = -1;
    }
    state = State.MID;
  }

  /** The last token with more letters after it. */
  private void join(String letters) {
    Token last = out.remove(out.size() - 1);
    out.add(new Token(Kind.CHAR, last.text() + letters, last.pos()));
  }

  private void single(Kind kind, String text) {
    out.add(new Token(kind, text, i++));
    state = State.MID;
  }

  /** "-", "--", "---"; "`", "``"; "'", "''". */
  private void ligature(char c) {
    int at = i;
    int max = c == '-' ? 3 : 2;
    while (i < end && src.charAt(i) == c && i - at < max) {
      i++;
    }
    out.add(new Token(Kind.CHAR, src.substring(at, i), at));
    state = State.MID;
  }

  private void comment() {
    while (i < end && src.charAt(i) != '\n') {
      i++;
    }
    // The line end goes with the comment ("word%" then "next" reads "wordnext"); the next line
    // starts afresh, so a blank line after it still ends the paragraph.
    if (i < end) {
      i++;
    }
    state = State.NEW_LINE;
  }

  private void skipBlanks() {
    while (i < end && (src.charAt(i) == ' ' || src.charAt(i) == '\t')) {
      i++;
    }
  }

  private void control() {
    int at = i++;
    if (i >= end) {
      return;
    }
    char c = src.charAt(i);
    if (!isLetter(c)) {
      int cp = src.codePointAt(i);
      String name = src.substring(i, i + Character.charCount(cp));
      i += name.length();
      out.add(Token.command(name, at));
      state = State.MID;
      return;
    }
    int from = i;
    while (i < end && isLetter(src.charAt(i))) {
      i++;
    }
    String name = src.substring(from, i);
    switch (name) {
      case "makeatletter" -> atLetter = true;
      case "makeatother" -> atLetter = false;
      case "ExplSyntaxOn" -> expl = true;
      case "ExplSyntaxOff" -> expl = false;
      case "verb" -> {
        verb(at);
        return;
      }
      default -> out.add(Token.command(name, at));
    }
    // A control word swallows the blanks after it, and a single line end.
    state = State.SKIP;
    skipBlanks();
    if (i < end && src.charAt(i) == '\n') {
      i++;
      state = State.NEW_LINE;
      skipBlanks();
    }
    if (name.equals("begin") && src.startsWith("{comment}", i)) {
      int close = src.indexOf("\\end{comment}", i);
      i = close < 0 ? end : close + "\\end{comment}".length();
      out.remove(out.size() - 1);
      state = State.MID;
    }
  }

  /** {@code \verb|text|}: the text as it stands, each character typeset. */
  private void verb(int at) {
    if (i < end && src.charAt(i) == '*') {
      i++;
    }
    if (i >= end) {
      return;
    }
    char delim = src.charAt(i++);
    while (i < end && src.charAt(i) != delim && src.charAt(i) != '\n') {
      char c = src.charAt(i);
      out.add(c == ' ' ? new Token(Kind.SPACE, " ", i) : new Token(Kind.CHAR, String.valueOf(c), i));
      i++;
    }
    if (i < end && src.charAt(i) == delim) {
      i++;
    }
    state = State.MID;
  }

  private void dropTrailingSpace() {
    if (!out.isEmpty() && out.get(out.size() - 1).kind() == Kind.SPACE) {
      out.remove(out.size() - 1);
    }
  }

  private boolean isLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || atLetter && c == '@' || expl && (c == '_' || c == ':');
  }
}
