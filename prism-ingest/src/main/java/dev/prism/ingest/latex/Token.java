package dev.prism.ingest.latex;

import java.util.Objects;

/**
 * One token of a LaTeX source, with the offset in the source it was read at (for a token a macro's
 * body produced: the offset of the macro's use, so that what a macro typesets maps back to the line
 * that asked for it).
 *
 * @param text the command's name without its backslash ({@code "textbf"}, {@code "\\"} for a line
 *     break, {@code "'"} for an accent), the character or ligature of a {@code CHAR} ({@code "e"},
 *     {@code "--"}), the digit of a {@code PARAM}, or what a {@code MARK} means
 */
record Token(Kind kind, String text, int pos) {

  enum Kind {
    /** A control sequence. */
    COMMAND,
    /** A character to typeset, or a ligature of two or three ("--", "``"). */
    CHAR,
    /** White space, one line end included. */
    SPACE,
    /** A blank line: a paragraph ends. */
    PAR,
    OPEN,
    CLOSE,
    /** A macro parameter, {@code #1}..{@code #9}; text "#" for {@code ##}. */
    PARAM,
    /** {@code &}. */
    ALIGN,
    /** {@code $} or {@code $$}. */
    MATH,
    /** {@code ~}, a space that does not break. */
    ACTIVE,
    /** An environment the reader does not define, begun or ended ({@code text} is its name). */
    BEGIN,
    END,
    /** Made by the reader, never read: where a claim or a heading ends, an argument left out. */
    MARK
  }

  Token {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }

  /** A blank: where it stands never matters, so all share one. */
  static final Token SPACE = new Token(Kind.SPACE, " ", 0);

  static Token command(String name, int pos) {
    return new Token(Kind.COMMAND, name, pos);
  }

  static Token mark(String what, int pos) {
    return new Token(Kind.MARK, what, pos);
  }

  boolean is(Kind k, String t) {
    return kind == k && text.equals(t);
  }

  boolean isCommand(String name) {
    return kind == Kind.COMMAND && text.equals(name);
  }

  /** The same token at another source offset. */
  Token at(int p) {
    return p == pos ? this : new Token(kind, text, p);
  }

  /** How the token is written in a source (for comparing arguments as strings, and URLs). */
  String source() {
    return switch (kind) {
      case COMMAND -> "\\" + text + (Character.isLetter(text.charAt(0)) ? " " : "");
      case CHAR -> text;
      case SPACE -> " ";
      case PAR -> "\n\n";
      case OPEN -> "{";
      case CLOSE -> "}";
      case PARAM -> "#" + text;
      case ALIGN -> "&";
      case MATH -> text;
      case ACTIVE -> "~";
      case BEGIN -> "\\begin{" + text + "}";
      case END -> "\\end{" + text + "}";
      case MARK -> "";
    };
  }
}
