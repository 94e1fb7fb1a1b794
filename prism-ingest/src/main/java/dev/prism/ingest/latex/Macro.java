package dev.prism.ingest.latex;

import java.util.List;
import java.util.Objects;

/**
 * A macro's definition: how its arguments are read, and the tokens it stands for ({@code #1}..
 * {@code #9} in them being the arguments, in the order of {@code params}).
 */
record Macro(List<Param> params, List<Token> body, Origin origin) {

  /** Where a definition comes from, which decides which one wins. */
  enum Origin {
    /** The reader's tables for the base of LaTeX and for the document's own class. */
    CLASS,
    /**
     * The reader's guess for a command the document uses without defining it: a template's macros
     * written in a file the source does not include, or a class the reader does not know. A user's
     * {@code \providecommand} replaces it, as it would in LaTeX where nothing defined it.
     */
    FALLBACK,
    /** The document's own definition: it always wins. */
    USER
  }

  /** How one argument is read. */
  sealed interface Param {
    /** A group or a single token. */
    record Mandatory() implements Param {}

    /** [..] if present; else {@code fallback}, or the no-value mark when it is null. */
    record Optional(List<Token> fallback) implements Param {}

    /** An environment's body, up to its {@code \end} (an xparse {@code b}); the end is read with it. */
    record Body() implements Param {}

    /** A star, if present (an xparse {@code s}). */
    record Star() implements Param {}

    /** Plain TeX: the tokens up to {@code delimiter} (a group or single token when it is empty). */
    record Delimited(List<Token> delimiter) implements Param {
      public Delimited {
        delimiter = List.copyOf(delimiter);
      }

      /** "#1#{": the argument ends before a "{", which is left for what follows. */
      boolean bracedEnd() {
        return delimiter.size() == 1 && delimiter.get(0).kind() == Token.Kind.OPEN;
      }
    }

    /** Plain TeX: tokens that must follow the macro's name (else the source misuses the macro). */
    record Literal(List<Token> tokens) implements Param {
      public Literal {
        tokens = List.copyOf(tokens);
      }
    }
  }

  Macro {
    params = List.copyOf(params);
    body = List.copyOf(body);
    Objects.requireNonNull(origin, "origin");
  }

  /** The arguments in braces a use must give: what tells a moderncv {@code \cventry} from an Awesome-CV one. */
  int mandatory() {
    int n = 0;
    for (Param p : params) {
      if (p instanceof Param.Mandatory) {
        n++;
      }
    }
    return n;
  }

  /** How many of the params give a {@code #n} (a literal gives none). */
  int numbered() {
    int n = 0;
    for (Param p : params) {
      if (!(p instanceof Param.Literal)) {
        n++;
      }
    }
    return n;
  }
}
