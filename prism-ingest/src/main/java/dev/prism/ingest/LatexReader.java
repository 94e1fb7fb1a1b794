package dev.prism.ingest;

import dev.prism.core.ingest.ResumeReader;
import dev.prism.core.ingest.UnreadableInputException;
import dev.prism.core.ingest.UnreadableInputException.Problem;
import dev.prism.core.model.Extraction;
import dev.prism.core.model.Layout;
import dev.prism.core.model.LayoutLine;
import dev.prism.core.model.Mark;
import dev.prism.core.model.Span;
import dev.prism.core.model.Style;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * LaTeX resume sources, read without a TeX installation. The common resume macros (Jake's
 * {@code \resumeSubheading}, {@code \resumeItem}, moderncv's {@code \cventry} and {@code \cvitem},
 * plain {@code \section} with {@code itemize}) become text laid out like a plain-text resume:
 * headings on their own lines, entry header lines, "- " bullets. Any other macro keeps the text of
 * its arguments; layout macros ({@code \vspace}) and the preamble are dropped.
 */
public final class LatexReader implements ResumeReader {

  /** The text a source gives, and for each output line the 1-based source line it came from. */
  public record LatexText(String text, List<Integer> sourceLines, Layout layout) {
    public LatexText {
      sourceLines = List.copyOf(sourceLines);
    }

    /** The 1-based source line of the text at {@code offset} (a span's start), for SARIF regions. */
    public int sourceLineAt(int offset) {
      int line = 0;
      for (int i = 0; i < offset && i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          line++;
        }
      }
      return sourceLines.isEmpty() ? 1 : sourceLines.get(Math.min(line, sourceLines.size() - 1));
    }
  }

  // Macros whose arguments are layout, not text.
  /** An optional [..] argument is a few words; a bracket not closed within this many characters is text. */
  private static final int MAX_OPTIONAL = 1_000;

  private static final Set<String> DROP_ARGS = Set.of(
      "vspace", "hspace", "setlength", "addtolength", "usepackage", "documentclass", "newcommand", "renewcommand",
      "providecommand", "newenvironment", "renewenvironment", "pagestyle", "thispagestyle", "titleformat", "titlespacing",
      "definecolor", "color", "input", "include", "geometry", "hypersetup", "fancyhf", "setcounter", "label", "ref",
      "pdfgentounicode", "raisebox", "includegraphics", "moderncvstyle", "moderncvcolor", "photo", "extracolsep",
      "colorlet", "fontsize", "linespread", "setmainfont", "setsansfont", "addtocounter", "newlength", "def",
      "rule", "hfill", "vfill", "resumeSubHeadingListStart", "resumeSubHeadingListEnd", "resumeItemListStart",
      "resumeItemListEnd", "cite", "vcenter", "hbox", "phantom", "textcolor");
  // textcolor keeps its second argument; handled below.
  private static final Map<String, String> SYMBOLS = Map.ofEntries(
      Map.entry("&", "&"), Map.entry("%", "%"), Map.entry("$", "$"), Map.entry("_", "_"), Map.entry("#", "#"),
      Map.entry("{", "{"), Map.entry("}", "}"), Map.entry(",", " "), Map.entry(";", " "), Map.entry(":", " "),
      Map.entry("!", ""), Map.entry(" ", " "), Map.entry("/", ""), Map.entry("-", ""), Map.entry("@", ""),
      Map.entry("LaTeX", "LaTeX"), Map.entry("TeX", "TeX"), Map.entry("textbar", "|"), Map.entry("textbullet", "•"),
      Map.entry("bullet", "•"), Map.entry("cdot", "·"), Map.entry("ldots", "..."), Map.entry("dots", "..."),
      Map.entry("textasciitilde", "~"), Map.entry("textendash", "–"), Map.entry("textemdash", "—"),
      Map.entry("quad", " "), Map.entry("qquad", " "), Map.entry("newline", "\n"), Map.entry("linebreak", "\n"),
      Map.entry("par", "\n"), Map.entry("times", "×"), Map.entry("sim", "~"), Map.entry("approx", "≈"),
      Map.entry("to", "→"), Map.entry("rightarrow", "→"), Map.entry("ss", "ß"), Map.entry("o", "ø"),
      Map.entry("O", "Ø"), Map.entry("ae", "æ"), Map.entry("AE", "Æ"), Map.entry("aa", "å"), Map.entry("l", "ł"),
      Map.entry("i", "ı"), Map.entry("textpipe", "|"), Map.entry("item", "\n- "), Map.entry("and", ", "));
  private static final Map<Character, Character> ACCENTS = Map.ofEntries(
      Map.entry('\'', '\u0301'), Map.entry('`', '\u0300'), Map.entry('"', '\u0308'), Map.entry('^', '\u0302'),
      Map.entry('~', '\u0303'), Map.entry('=', '\u0304'), Map.entry('.', '\u0307'), Map.entry('v', '\u030c'),
      Map.entry('u', '\u0306'), Map.entry('H', '\u030b'), Map.entry('c', '\u0327'), Map.entry('k', '\u0328'),
      Map.entry('r', '\u030a'));
  private static final int MAX_DEPTH = 200;
  private static final Pattern PERSONAL = Pattern.compile(
      "\\\\(?:name|firstname|familyname|email|phone|mobile|homepage|social|github|linkedin|address|position)\\b");
  // Two spaces between the left and right parts of a header line; a private character while
  // converting so that white-space folding leaves it alone.
  private static final String GAP = "\ue001";

  @Override
  public String format() {
    return "latex";
  }

  @Override
  public boolean accepts(String fileName, byte[] head) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".tex");
  }

  @Override
  public Extraction read(byte[] bytes) throws UnreadableInputException {
    LatexText t;
    try {
      t = toText(TextDecoding.decode(bytes));
    } catch (RuntimeException | StackOverflowError e) {
      throw new UnreadableInputException(Problem.CORRUPT, "the LaTeX source could not be read; check that its braces balance", e);
    }
    if (t.text().isBlank()) {
      throw new UnreadableInputException(Problem.EMPTY, "the file has no text");
    }
    return new Extraction(t.text(), format(), 1, t.layout(), List.of()).withEstimatedPages();
  }

  /** Converts a LaTeX source into resume text with a line map back to the source. */
  public static LatexText toText(String source) {
    String src = source.replace("\r\n", "\n").replace('\r', '\n');
    int begin = src.indexOf("\\begin{document}");
    int from = begin < 0 ? 0 : begin + "\\begin{document}".length();
    int end = src.indexOf("\\end{document}", from);
    Converter c = new Converter(src, end < 0 ? src.length() : end);
    if (begin > 0) {
      // moderncv and Awesome-CV set the name and contact details in the preamble.
      int bodyLimit = c.limit;
      c.limit = begin;
      Matcher m = PERSONAL.matcher(src).region(0, begin);
      while (m.find()) {
        int lineStart = src.lastIndexOf('\n', m.start()) + 1;
        if (src.substring(lineStart, m.start()).contains("%") || m.start() < c.pos) {
          continue;
        }
        c.pos = m.start();
        c.command(0);
      }
      c.breakLine();
      c.limit = bodyLimit;
    }
    c.pos = from;
    c.run(0, false);
    return c.finish();
  }

  private static final class Converter {
    final String src;
    int limit;
    int pos;
    final List<StringBuilder> lines = new ArrayList<>();
    final List<Integer> lineSource = new ArrayList<>();
    final List<Boolean> lineHeading = new ArrayList<>();
    final int[] lineStarts;

    Converter(String src, int limit) {
      this(src, limit, lineStarts(src));
    }

    /** A converter for one argument shares the source's line table rather than rebuilding it. */
    Converter(String src, int limit, int[] lineStarts) {
      this.src = src;
      this.limit = limit;
      this.lineStarts = lineStarts;
      newLine();
    }

    static int[] lineStarts(String src) {
      List<Integer> starts = new ArrayList<>();
      starts.add(0);
      for (int i = 0; i < src.length(); i++) {
        if (src.charAt(i) == '\n') {
          starts.add(i + 1);
        }
      }
      return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    int sourceLine(int at) {
      int lo = 0;
      int hi = lineStarts.length - 1;
      while (lo < hi) {
        int mid = (lo + hi + 1) >>> 1;
        if (lineStarts[mid] <= at) {
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      return lo + 1;
    }

    void newLine() {
      if (!lines.isEmpty() && lines.get(lines.size() - 1).toString().isBlank()) {
        lines.get(lines.size() - 1).setLength(0);
        return;
      }
      lines.add(new StringBuilder());
      lineSource.add(-1);
      lineHeading.add(false);
    }

    /** Starts a new output line unless the current one is empty. */
    void breakLine() {
      if (!lines.get(lines.size() - 1).toString().isBlank()) {
        newLine();
      }
    }

    void emit(String s) {
      for (int i = 0; i < s.length(); i++) {
        char ch = s.charAt(i);
        if (ch == '\n') {
          breakLine();
          continue;
        }
        StringBuilder cur = lines.get(lines.size() - 1);
        if (Character.isWhitespace(ch)) {
          if (cur.length() > 0 && cur.charAt(cur.length() - 1) != ' ') {
            cur.append(' ');
          }
          continue;
        }
        if (lineSource.get(lines.size() - 1) < 0) {
          lineSource.set(lines.size() - 1, sourceLine(Math.min(pos, src.length() - 1 < 0 ? 0 : pos)));
        }
        cur.append(ch);
      }
    }

    /** Reads until the end of the input, or of the current group when {@code inGroup}. */
    void run(int depth, boolean inGroup) {
      if (depth > MAX_DEPTH) {
        throw new IllegalStateException("nesting too deep");
      }
      int blankRun = 0;
      while (pos < limit) {
        char ch = src.charAt(pos);
        if (ch == '}') {
          pos++;
          if (inGroup) {
            return;
          }
          continue;
        }
        if (ch == '{') {
          pos++;
          run(depth + 1, true);
          continue;
        }
        if (ch == '%') {
          while (pos < limit && src.charAt(pos) != '\n') {
            pos++;
          }
          continue;
        }
        if (ch == '\n') {
          pos++;
          blankRun++;
          if (blankRun >= 2) {
            breakLine();
            newLine();
          } else {
            emit(" ");
          }
          continue;
        }
        if (!Character.isWhitespace(ch)) {
          blankRun = 0;
        }
        if (ch == '\\') {
          command(depth);
          continue;
        }
        pos++;
        switch (ch) {
          case '~' -> emit(" ");
          case '&' -> emit(GAP);
          case '$' -> { }
          case '-' -> {
            if (src.startsWith("--", pos)) {
              pos += 2;
              emit("—");
            } else if (src.startsWith("-", pos)) {
              pos++;
              emit("–");
            } else {
              emit("-");
            }
          }
          case '`' -> emit(src.startsWith("`", pos) ? "" : "'");
          default -> emit(String.valueOf(ch));
        }
      }
    }

    /** The text of the next argument ({...} or a single token), skipping optional [..] first. */
    String arg(int depth) {
      skipOptional();
      skipSpace();
      if (pos >= limit) {
        return "";
      }
      Converter sub = new Converter(src, limit, lineStarts);
      sub.pos = pos;
      if (src.charAt(pos) == '{') {
        sub.pos++;
        sub.run(depth + 1, true);
      } else if (src.charAt(pos) == '\\') {
        sub.command(depth + 1);
      } else {
        sub.emit(String.valueOf(src.charAt(pos)));
        sub.pos++;
      }
      pos = sub.pos;
      StringBuilder b = new StringBuilder();
      for (StringBuilder l : sub.lines) {
        if (!l.toString().isBlank()) {
          if (b.length() > 0) {
            b.append(' ');
          }
          b.append(l.toString().strip());
        }
      }
      return b.toString();
    }

    void skipArg() {
      skipOptional();
      skipSpace();
      if (pos < limit && src.charAt(pos) == '{') {
        int level = 0;
        while (pos < limit) {
          char ch = src.charAt(pos++);
          if (ch == '\\') {
            pos++;
          } else if (ch == '{') {
            level++;
          } else if (ch == '}' && --level == 0) {
            return;
          }
        }
      } else if (pos < limit && src.charAt(pos) == '\\') {
        pos++;
        while (pos < limit && Character.isLetter(src.charAt(pos))) {
          pos++;
        }
      }
    }

    void skipOptional() {
      int save = pos;
      skipSpace();
      if (pos < limit && src.charAt(pos) == '[') {
        int open = pos;
        int end = Math.min(limit, pos + MAX_OPTIONAL);
        int level = 0;
        while (pos < end) {
          char ch = src.charAt(pos++);
          if (ch == '[') {
            level++;
          } else if (ch == ']' && --level == 0) {
            return;
          }
        }
        // Never closed: a stray bracket, read as text. Moving past it keeps callers that loop
        // while an optional argument follows from finding the same one forever.
        pos = open + 1;
        return;
      }
      pos = save;
    }

    void skipSpace() {
      while (pos < limit && (src.charAt(pos) == ' ' || src.charAt(pos) == '\t'
          || (src.charAt(pos) == '\n' && !src.startsWith("\n\n", pos)))) {
        pos++;
      }
    }

    boolean nextIsGroup() {
      int save = pos;
      skipSpace();
      boolean group = pos < limit && src.charAt(pos) == '{';
      pos = save;
      return group;
    }

    void command(int depth) {
      int start = pos;
      pos++; // the backslash
      if (pos >= limit) {
        return;
      }
      char first = src.charAt(pos);
      if (first == '\\') {
        pos++;
        skipOptional();
        emit("\n");
        return;
      }
      if (!Character.isLetter(first)) {
        pos++;
        Character accent = ACCENTS.get(first);
        if (accent != null && "'`\"^~=.".indexOf(first) >= 0) {
          accent(accent, depth);
          return;
        }
        emit(SYMBOLS.getOrDefault(String.valueOf(first), ""));
        return;
      }
      int nameStart = pos;
      while (pos < limit && Character.isLetter(src.charAt(pos))) {
        pos++;
      }
      String name = src.substring(nameStart, pos);
      if (pos < limit && src.charAt(pos) == '*') {
        pos++;
      }
      if (name.length() == 1 && ACCENTS.containsKey(name.charAt(0)) && !"o".equals(name) && (nextIsGroup() || pos < limit && src.charAt(pos) == ' ')) {
        accent(ACCENTS.get(name.charAt(0)), depth);
        return;
      }
      switch (name) {
        case "section", "subsection", "cvsection", "part", "chapter" -> {
          String title = arg(depth);
          breakLine();
          emit(title);
          lineHeading.set(lines.size() - 1, true);
          emit("\n");
        }
        case "resumeSubheading" -> {
          String a = arg(depth);
          String b = arg(depth);
          String c = arg(depth);
          String d = arg(depth);
          header(start, a, b);
          header(start, c, d);
        }
        case "resumeSubSubheading", "resumeProjectHeading" -> header(start, arg(depth), arg(depth));
        case "resumeItem", "resumeSubItem", "cvitemwithcomment" -> {
          String a = arg(depth);
          String b = nextIsGroup() && name.equals("resumeSubItem") ? arg(depth) : "";
          breakLine();
          emit("- " + a + (b.isEmpty() ? "" : ": " + b));
          emit("\n");
        }
        case "cventry" -> {
          String[] a = {arg(depth), arg(depth), arg(depth), arg(depth)};
          if (nextIsGroup() && sixArguments()) {
            // moderncv: {dates}{title}{organisation}{location}{grade}{description}
            String grade = arg(depth);
            header(start, a[1], a[0]);
            header(start, a[2] + (a[3].isEmpty() ? "" : ", " + a[3]), grade);
          } else {
            // Awesome-CV: {title}{organisation}{location}{dates}{description}
            header(start, a[0], a[3]);
            header(start, a[1], a[2]);
          }
          breakLine();
          inlineArg(depth);
          breakLine();
        }
        case "cvitems", "cvhonors" -> breakLine();
        case "cvskill", "cvhonor" -> {
          String a = arg(depth);
          String b = arg(depth);
          breakLine();
          emit(a + ": " + b);
          emit("\n");
        }
        case "cvitem", "cvlistitem", "cvline" -> {
          String label = name.equals("cvlistitem") ? "" : arg(depth);
          String text = arg(depth);
          breakLine();
          emit(label.isEmpty() ? "- " + text : label + ": " + text);
          emit("\n");
        }
        case "href" -> {
          String url = arg(depth);
          String text = arg(depth);
          String bare = url.replaceFirst("(?i)^(mailto:|tel:|https?://(www\\.)?)", "").replaceAll("/+$", "");
          boolean looksLikeAddress = text.contains(".") || text.contains("@") || text.matches(".*\\d{3}.*");
          emit(looksLikeAddress || url.toLowerCase(Locale.ROOT).startsWith("mailto:") || text.toLowerCase(Locale.ROOT).contains(bare.toLowerCase(Locale.ROOT))
              ? text : text + " (" + bare + ")");
        }
        case "url" -> emit(arg(depth));
        case "begin" -> {
          String env = arg(depth);
          skipOptional();
          if (env.startsWith("tabular") || env.equals("minipage")) {
            // column specifications and widths: tabular*, tabularx and tabulary take a width before
            // the columns ("{\\linewidth}{@{}X r@{}}")
            skipArg();
            if (env.equals("tabular*") || env.equals("tabularx") || env.equals("tabulary")) {
              skipArg();
            }
          }
          breakLine();
        }
        case "end" -> {
          arg(depth);
          breakLine();
        }
        case "textcolor", "colorbox" -> {
          skipArg();
          emit(arg(depth));
        }
        case "name" -> {
          // moderncv: \name{First}{Last}
          String a = arg(depth);
          String b = nextIsGroup() ? arg(depth) : "";
          breakLine();
          emit((a + " " + b).strip());
          emit("\n");
        }
        case "email", "phone", "homepage", "social", "address", "mobile", "github", "linkedin", "position" -> {
          String kind = optional();
          String a = arg(depth);
          String b = name.equals("address") && nextIsGroup() ? arg(depth) : "";
          String network = name.equals("social") ? kind : name;
          String value = switch (network) {
            case "linkedin" -> a.contains("linkedin.") ? a : "linkedin.com/in/" + a;
            case "github" -> a.contains("github.") ? a : "github.com/" + a;
            default -> a + (b.isEmpty() ? "" : ", " + b);
          };
          breakLine();
          emit(value);
          emit("\n");
        }
        case "firstname", "familyname" -> emit(arg(depth) + " ");
        default -> {
          if (DROP_ARGS.contains(name)) {
            while (nextIsGroup() || nextIsOptional()) {
              skipArg();
            }
          } else if (SYMBOLS.containsKey(name)) {
            emit(SYMBOLS.get(name));
            if (pos < limit && src.charAt(pos) == ' ' && !name.equals("item")) {
              // a control word swallows the space after it; the text had one, though
              emit(" ");
            }
          }
          // Unknown macros: their arguments are read as text where they stand.
        }
      }
    }

    /** The text of an optional [..] argument, or "" when there is none. */
    String optional() {
      int save = pos;
      skipSpace();
      if (pos < limit && src.charAt(pos) == '[') {
        int close = src.indexOf(']', pos);
        if (close > 0 && close < limit && close - pos <= MAX_OPTIONAL) {
          String v = src.substring(pos + 1, close).strip().toLowerCase(Locale.ROOT);
          pos = close + 1;
          return v;
        }
      }
      pos = save;
      return "";
    }

    /** Whether the macro at hand has a sixth argument group (moderncv) after the fifth. */
    boolean sixArguments() {
      int save = pos;
      skipArg();
      boolean six = nextIsGroup();
      pos = save;
      return six;
    }

    /** Converts the next argument where it stands, keeping its lines and bullets. */
    void inlineArg(int depth) {
      skipOptional();
      skipSpace();
      if (pos < limit && src.charAt(pos) == '{') {
        pos++;
        run(depth + 1, true);
      }
    }

    boolean nextIsOptional() {
      int save = pos;
      skipSpace();
      boolean opt = pos < limit && src.charAt(pos) == '[';
      pos = save;
      return opt;
    }

    void accent(char mark, int depth) {
      String letter;
      if (nextIsGroup()) {
        letter = arg(depth);
      } else {
        skipSpace();
        if (pos < limit && src.charAt(pos) == '\\') {
          letter = arg(depth);
        } else {
          letter = pos < limit ? String.valueOf(src.charAt(pos++)) : "";
        }
      }
      if (letter.isEmpty()) {
        return;
      }
      String base = letter.equals("ı") ? "i" : letter;
      emit(Normalizer.normalize(base.charAt(0) + String.valueOf(mark) + base.substring(1), Normalizer.Form.NFC));
    }

    /** An entry header line: left text, two spaces, right text (as the typeset line shows it). */
    void header(int start, String left, String right) {
      if (left.isBlank() && right.isBlank()) {
        return;
      }
      breakLine();
      emit(left.strip() + (right.isBlank() ? "" : GAP + right.strip()));
      emit("\n");
    }

    LatexText finish() {
      StringBuilder text = new StringBuilder();
      List<Integer> sources = new ArrayList<>();
      List<LayoutLine> layout = new ArrayList<>();
      boolean lastBlank = true;
      for (int i = 0; i < lines.size(); i++) {
        // The left and right parts of a header line are its cells; the text keeps two spaces there.
        List<Span> cells = new ArrayList<>();
        StringBuilder joined = new StringBuilder();
        for (String piece : lines.get(i).toString().split("\ue001")) {
          String t = piece.strip();
          if (t.isEmpty()) {
            continue;
          }
          if (joined.length() > 0) {
            joined.append("  ");
          }
          cells.add(new Span(text.length() + joined.length(), t.length()));
          joined.append(t);
        }
        String l = joined.toString();
        if (l.isEmpty()) {
          if (!lastBlank) {
            text.append('\n');
            sources.add(Math.max(1, lineSource.get(i)));
          }
          lastBlank = true;
          continue;
        }
        if (lineHeading.get(i) || cells.size() > 1) {
          layout.add(new LayoutLine(new Span(text.length(), l.length()), cells.size() > 1 ? cells : List.of(), Style.UNKNOWN,
              lineHeading.get(i) ? java.util.Set.of(Mark.HEADING) : java.util.Set.of(), null));
        }
        text.append(l).append('\n');
        sources.add(Math.max(1, lineSource.get(i)));
        lastBlank = false;
      }
      // No blank line at the end.
      while (text.length() >= 2 && text.charAt(text.length() - 1) == '\n' && text.charAt(text.length() - 2) == '\n') {
        text.setLength(text.length() - 1);
        sources.remove(sources.size() - 1);
      }
      return new LatexText(text.toString(), sources, new Layout(layout, List.of()));
    }
  }
}
