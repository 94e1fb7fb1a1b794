package dev.prism.ingest.latex;

import dev.prism.core.model.Layout;
import dev.prism.ingest.latex.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a LaTeX source the way TeX would set it, without a TeX installation: the source's own
 * macros expanded with their bodies, the reader's tables for LaTeX, common packages, the classes
 * resumes use (moderncv, Awesome-CV, AltaCV) and Jake's template, and whatever nobody defined kept
 * as the text of its arguments.
 */
public final class LatexTypesetting {

  /**
   * The typeset text, each line's 1-based source line, the layout (every line's cells, look and
   * marks; the contact details the source names), and the files the body inputs that were not given.
   */
  public record Typeset(String text, List<Integer> sourceLines, Layout layout, List<String> missingInputs) {
    public Typeset {
      sourceLines = List.copyOf(sourceLines);
      missingInputs = List.copyOf(missingInputs);
    }
  }

  /**
   * A source whose macros expand without end ({@code \def\a{\a\a}}), or into far more text than
   * a resume holds: TeX itself would stop with "capacity exceeded".
   */
  public static final class Runaway extends RuntimeException {
    Runaway(String message) {
      super(message, null, false, false);
    }
  }

  private LatexTypesetting() {}

  /** @throws Runaway when the source's macros expand without end */
  public static Typeset typeset(String source) {
    String src = source.replace("\r\n", "\n").replace('\r', '\n');
    List<Token> tokens = Lexer.lex(src, false);
    if (quoteShorthands(tokens)) {
      tokens = Lexer.lex(src, false, Names.quoteShorthands());
    }
    int begin = find(tokens, "begin", 0);
    int end = begin < 0 ? -1 : find(tokens, "end", begin);
    Expander ex = new Expander(Tables.forClass(documentClass(tokens, begin < 0 ? tokens.size() : begin)));
    ex.bound(tokens.size());
    // A resume's text is shorter than its source; macros may make it longer, not by this much.
    Page page = new Page(src, Math.max(1_000_000, 3L * src.length()));
    Typesetter ts = new Typesetter(ex, page);
    if (begin >= 0) {
      ts.preamble(tokens.subList(0, begin));
      ts.body(tokens.subList(begin + 4, end < 0 ? tokens.size() : end));
    } else {
      ts.body(tokens);
    }
    Page.Result r = page.finish();
    return new Typeset(r.text(), r.sourceLines(), r.layout(), List.copyOf(ts.missing()));
  }

  /** Where {@code \begin{document}} (or {@code \end{document}}) stands among the tokens, from {@code from}; -1 if nowhere. */
  private static int find(List<Token> tokens, String command, int from) {
    for (int i = from; i + 3 < tokens.size(); i++) {
      if (tokens.get(i).isCommand(command) && tokens.get(i + 1).kind() == Kind.OPEN
          && tokens.get(i + 2).is(Kind.CHAR, "document") && tokens.get(i + 3).kind() == Kind.CLOSE) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether the source's language makes the double quote a shorthand ({@code B"uro} for "Büro"):
   * babel given German as its main language, or the old {@code ngerman} package, and no
   * {@code \shorthandoff} that takes the quote back. Read from the tokens before the quote means
   * anything, as TeX decides it when the package loads.
   */
  private static boolean quoteShorthands(List<Token> tokens) {
    boolean language = false;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.isCommand("shorthandoff")) {
        for (int j = i + 1; j < tokens.size() && tokens.get(j).kind() != Kind.CLOSE; j++) {
          if (tokens.get(j).text().contains("\"")) {
            return false;
          }
        }
      }
      if (!(t.isCommand("usepackage") || t.isCommand("RequirePackage"))) {
        continue;
      }
      // "[options]{names}": babel's main language is its "main=" option or its last; the old
      // German packages are named themselves. Other packages' options say nothing of the text.
      List<String> options = new ArrayList<>();
      List<String> names = new ArrayList<>();
      StringBuilder word = new StringBuilder();
      List<String> into = null;
      for (int j = i + 1; j < tokens.size(); j++) {
        Token u = tokens.get(j);
        if (u.is(Kind.CHAR, "[") || u.kind() == Kind.OPEN) {
          into = u.kind() == Kind.OPEN ? names : options;
        } else if (into != null && (u.is(Kind.CHAR, ",") || u.is(Kind.CHAR, "]") || u.kind() == Kind.CLOSE)) {
          if (word.length() > 0) {
            into.add(word.toString().strip());
            word.setLength(0);
          }
          if (u.kind() == Kind.CLOSE) {
            break;
          }
          if (u.is(Kind.CHAR, "]")) {
            into = null;
          }
        } else if (into != null && u.kind() == Kind.CHAR) {
          word.append(u.text());
        } else if (into == null && u.kind() != Kind.SPACE) {
          break;
        }
      }
      if (names.contains("babel")) {
        String main = null;
        for (String o : options) {
          if (o.startsWith("main=")) {
            main = o.substring(5);
          }
        }
        List<String> bare = options.stream().filter(o -> !o.contains("=")).toList();
        String chosen = main != null ? main : bare.isEmpty() ? "" : bare.get(bare.size() - 1);
        language = Names.quoteShorthandLanguage(chosen);
      } else {
        for (String n : names) {
          language |= Names.quoteShorthandLanguage(n);
        }
      }
    }
    return language;
  }

  /** The class {@code \documentclass[..]{name}} names in the preamble; "" when there is none. */
  private static String documentClass(List<Token> tokens, int to) {
    for (int i = 0; i < to; i++) {
      if (!tokens.get(i).isCommand("documentclass")) {
        continue;
      }
      int j = i + 1;
      if (j < to && tokens.get(j).is(Kind.CHAR, "[")) {
        while (j < to && !tokens.get(j).is(Kind.CHAR, "]")) {
          j++;
        }
        j++;
      }
      while (j < to && tokens.get(j).kind() == Kind.SPACE) {
        j++;
      }
      if (j < to && tokens.get(j).kind() == Kind.OPEN) {
        StringBuilder b = new StringBuilder();
        for (j++; j < to && tokens.get(j).kind() != Kind.CLOSE; j++) {
          b.append(tokens.get(j).source());
        }
        return b.toString().strip();
      }
    }
    return "";
  }
}
