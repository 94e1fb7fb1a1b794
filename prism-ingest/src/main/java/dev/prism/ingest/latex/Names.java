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
  private static final List<String> PERSONAL_PARTS = LISTS.get("personal-part");
  private static final List<String> ICON_PARTS = LISTS.get("icon-part");
  private static final List<String> DRAWING_PREFIXES = LISTS.get("drawing-prefix");
  private static final List<String> HEADER_MAKER_STARTS = LISTS.get("header-maker-start");
  private static final List<String> HEADER_MAKER_PARTS = LISTS.get("header-maker-part");
  private static final List<String> SEPARATOR_ENDINGS = LISTS.get("separator-ending");
  private static final java.util.Set<String> TEX_LENGTHS = java.util.Set.copyOf(LISTS.get("tex-length"));
  private static final List<String> NAME_COMMAND_PREFIXES = LISTS.get("name-command-prefix");
  private static final java.util.regex.Pattern PICTURE = java.util.regex.Pattern.compile(
      "(?i)[\\w./~-]+\\.(?:" + String.join("|", LISTS.get("file-extension")) + ")");
  private static final java.util.regex.Pattern PDF_FILE = java.util.regex.Pattern.compile("(?i)[\\w./~-]+\\.pdf");
  private static final java.util.Set<String> TEX_CONDITIONALS = java.util.Set.copyOf(LISTS.get("tex-conditional"));

  private static final java.util.Set<String> QUOTE_SHORTHAND_LANGUAGES = java.util.Set.copyOf(LISTS.get("quote-shorthand-language"));
  private static final Map<Character, String> QUOTE_SHORTHANDS = quoteShorthandTable(LISTS.get("quote-shorthand"));

  private Names() {}

  /** A command or environment that, given one short argument, heads a section. */
  static boolean headingLike(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return HEADING_ENDINGS.stream().anyMatch(n::endsWith) && ENTRY_PARTS.stream().noneMatch(n::contains);
  }

  /**
   * Whether an argument is an icon's name and nothing else: one word in lower case, its parts
   * joined by hyphens ("briefcase", "graduation-cap", "phone-alt"), as Font Awesome and the
   * classes built on it name their glyphs. "Go", "Java, Kotlin" or a command are text.
   */
  static boolean iconName(List<Token> arg) {
    for (Token t : arg) {
      if (t.kind() != Token.Kind.CHAR) {
        return false;
      }
    }
    String s = Expander.plain(arg);
    return s.length() <= MAX_ICON_NAME && ICON_NAME.matcher(s).matches();
  }

  private static final int MAX_ICON_NAME = 32;
  private static final java.util.regex.Pattern ICON_NAME = java.util.regex.Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");

  /** Whether a command ends the line being read ahead: a paragraph, a vertical space, a list or an environment. */
  static boolean endsLine(String command) {
    return LINE_ENDS.contains(command);
  }

  private static final java.util.Set<String> LINE_ENDS = java.util.Set.copyOf(LISTS.get("line-end"));

  /**
   * Whether an argument is the name of an icon the icon fonts draw ("envelope", "phone-alt",
   * "linkedin-square"), as the lexicon lists them, with a style's suffix ("-alt", "-o", "-square")
   * set aside.
   */
  static boolean knownIcon(List<Token> arg) {
    if (!iconName(arg)) {
      return false;
    }
    String s = Expander.plain(arg).strip();
    for (String suffix : ICON_SUFFIXES) {
      if (s.endsWith(suffix) && ICON_WORDS.contains(s.substring(0, s.length() - suffix.length()))) {
        return true;
      }
    }
    return ICON_WORDS.contains(s);
  }

  private static final java.util.Set<String> ICON_WORDS = dev.prism.core.lexicon.Lexicon.set("glyphs.txt", "icon-word");
  private static final List<String> ICON_SUFFIXES = dev.prism.core.lexicon.Lexicon.list("glyphs.txt", "icon-suffix");

  /** A command nobody defined whose name says it draws, inside a picture ({@code \pgfsetfillcolor}, {@code \tikzset}). */
  static boolean drawing(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return DRAWING_PREFIXES.stream().anyMatch(n::startsWith);
  }

  /**
   * An argument a drawing takes rather than text to print: one lower-case word (a colour, a
   * style, an icon: "accent"), or a number or a sum ("0.8*5", "(2,3)").
   */
  static boolean drawingArgument(List<Token> arg) {
    String s = Expander.plain(arg).strip();
    // A year alone ("2018", a timeline's mark) is text; "0.8*5", "(2,3)" or "4" is not.
    return iconName(arg) || SUM.matcher(s).matches() && (s.length() <= 2 || s.chars().anyMatch(c -> "+-*/().,".indexOf(c) >= 0));
  }

  /** Whether an argument holds words: two letters or more, then a blank and another word. */
  static boolean wordsIn(List<Token> arg) {
    return WORDS.matcher(Expander.plain(arg)).find();
  }

  private static final java.util.regex.Pattern SUM = java.util.regex.Pattern.compile("[-+*/().,\\d\\s]*");
  private static final java.util.regex.Pattern WORDS = java.util.regex.Pattern.compile("\\p{L}{2,}\\s+\\p{L}");

  /** A command nobody defined whose lower-cased name says it draws an icon ({@code \contacticon{phone-alt}}). */
  static boolean drawsIcon(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return ICON_PARTS.stream().anyMatch(n::contains);
  }

  /** A preamble command nobody defined whose name says it gives the person's details ({@code \ecvname}). */
  static boolean personal(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return PERSONAL_PARTS.stream().anyMatch(n::contains);
  }

  /**
   * A preamble command nobody defined that names the person, given and family names apart
   * ({@code \setname{Pat}{Doe}}, {@code \myname}): its lower-cased name ends in "name" and is no
   * other thing's ({@code \jobname}, {@code \companyname}).
   */
  static boolean nameCommand(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith("name") && NAME_COMMAND_PREFIXES.stream().anyMatch(p -> n.equals(p + "name"));
  }

  /** A command nobody defined whose name says it draws a separator ({@code \slashsep}, {@code \cvsep}). */
  static boolean separator(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return SEPARATOR_ENDINGS.stream().anyMatch(n::endsWith) && !TEX_LENGTHS.contains(n);
  }

  /** A command nobody defined that, used alone, prints what the preamble gave ({@code \makeheader}). */
  static boolean headerMaker(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return HEADER_MAKER_STARTS.stream().anyMatch(n::startsWith) && HEADER_MAKER_PARTS.stream().anyMatch(n::contains);
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

  /**
   * An argument that only names a picture to draw ("pictures/globex.png", "logos/initech.pdf"), no
   * text: a picture's extension, or a PDF inside a folder of the source's own. A web address
   * ("example.org/cv.pdf") or a file name that may be a project's ("resume.tex") is text.
   */
  static boolean fileName(String argument) {
    String a = argument.strip();
    if (a.length() <= 4 || a.length() >= 200 || a.contains(":") || a.startsWith("www.")) {
      return false;
    }
    // "./pictures/globex.png", "../logos/initech.png": folders relative to the source's own.
    while (a.startsWith("./") || a.startsWith("../")) {
      a = a.substring(a.indexOf('/') + 1);
    }
    int slash = a.indexOf('/');
    boolean ownFolder = slash > 0 && a.substring(0, slash).indexOf('.') < 0;
    if (slash > 0 && !ownFolder) {
      return false;
    }
    return PICTURE.matcher(a).matches() || ownFolder && PDF_FILE.matcher(a).matches();
  }

  /** The table ({@code latex/FILE.tex}) for sources of a class; null for a class the reader does not know. */
  static String tableFor(String documentClass) {
    List<String> file = LISTS.get("class " + documentClass.toLowerCase(Locale.ROOT));
    return file == null || file.isEmpty() ? null : file.get(0);
  }

  /** Every class table, each once. */
  static List<String> classTables() {
    return LISTS.entrySet().stream().filter(e -> e.getKey().startsWith("class ")).map(e -> e.getValue().get(0))
        .distinct().toList();
  }

  /** One of TeX's own conditionals or an engine's switch ("ifx", "ifpdf"), by its name without the backslash. */
  static boolean texConditional(String name) {
    return TEX_CONDITIONALS.contains(name);
  }

  /** A babel language, by its option or package name, in which {@code "u} prints ü. */
  static boolean quoteShorthandLanguage(String name) {
    return QUOTE_SHORTHAND_LANGUAGES.contains(name.strip().toLowerCase(Locale.ROOT));
  }

  /** What {@code "} followed by each character prints in those languages ({@code "u}: ü, {@code "-}: nothing). */
  static Map<Character, String> quoteShorthands() {
    return QUOTE_SHORTHANDS;
  }

  private static Map<Character, String> quoteShorthandTable(List<String> items) {
    Map<Character, String> table = new java.util.HashMap<>();
    for (String item : items) {
      char key = item.charAt(0);
      String text = item.substring(1);
      table.put(key, text);
      if (Character.isLetter(key)) {
        table.put(Character.toUpperCase(key), text.toUpperCase(Locale.ROOT));
      }
    }
    return Map.copyOf(table);
  }
}
