package dev.prism.ingest.latex;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The reader's tables of what commands mean, written in LaTeX under {@code latex/} and read by the
 * reader's own expander: {@code base.tex} (LaTeX and its common packages, in the typesetter's
 * primitives), {@code templates.tex} (the macros of the templates most resumes copy, for sources
 * that use them without their definitions), and a file per class the reader knows. A class it does
 * not know gets every class file as a guess, one definition per arity.
 */
final class Tables {
  private static final String DIR = "/dev/prism/ingest/latex/";
  private static final Map<String, Definitions> BY_CLASS = new ConcurrentHashMap<>();

  private Tables() {}

  /** A fresh copy of the definitions a source of this class starts with. */
  static Definitions forClass(String documentClass) {
    String table = Names.tableFor(documentClass);
    return BY_CLASS.computeIfAbsent(table == null ? "" : table, Tables::build).copy();
  }

  /** The definitions for sources whose class has the table {@code classTable}; "" for a class without one. */
  private static Definitions build(String classTable) {
    Definitions d = new Definitions();
    Expander e = new Expander(d);
    load(e, "base.tex", Macro.Origin.CLASS);
    load(e, "templates.tex", Macro.Origin.FALLBACK);
    if (classTable.isEmpty()) {
      for (String c : Names.classTables()) {
        load(e, c + ".tex", Macro.Origin.FALLBACK);
      }
    } else {
      load(e, classTable + ".tex", Macro.Origin.CLASS);
    }
    return d;
  }

  private static void load(Expander e, String file, Macro.Origin origin) {
    String text;
    try (InputStream in = Tables.class.getResourceAsStream(DIR + file)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + DIR + file);
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    List<Token> tokens = Lexer.lex(text, true);
    e.defining = origin;
    e.input(tokens);
    // The tables hold definitions only; anything else in them would be a defect, and is dropped.
    while (e.next() != null) {
      // definitions are recorded as they are read
    }
  }
}
