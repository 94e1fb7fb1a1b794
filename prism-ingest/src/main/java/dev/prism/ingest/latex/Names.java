package dev.prism.ingest.latex;

import dev.prism.core.text.ResourceLists;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the names of commands and environments the reader has no definition for say about them
 * ({@code latex/names.txt}): a class's {@code \CVHeading{Experience}} or
 * {@code \begin{rSection}{Education}} heads a section; {@code \resumeSubheading} heads an entry.
 */
final class Names {
  private static final Map<String, List<String>> LISTS = ResourceLists.read(Names.class, "/dev/prism/ingest/latex/names.txt");
  private static final List<String> HEADING_ENDINGS = LISTS.get("heading-ending");
  private static final List<String> ENTRY_PARTS = LISTS.get("entry-part");

  private Names() {}

  /** A command or environment that, given one short argument, heads a section. */
  static boolean headingLike(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return HEADING_ENDINGS.stream().anyMatch(n::endsWith) && ENTRY_PARTS.stream().noneMatch(n::contains);
  }

  /** An argument that sets options ("leftmargin=*", "pdfauthor={..}") rather than holding text. */
  static boolean settings(String argument) {
    String a = argument.strip().toLowerCase(Locale.ROOT);
    int eq = a.indexOf('=');
    if (eq <= 0) {
      return false;
    }
    return a.substring(0, eq).strip().matches("[a-z@-]+");
  }

  /** Classes the reader has a table for ({@code latex/CLASS.tex}). */
  static List<String> knownClasses() {
    return LISTS.get("class");
  }
}
