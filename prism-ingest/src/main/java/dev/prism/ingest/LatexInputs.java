package dev.prism.ingest;

import dev.prism.core.ingest.UnreadableInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A LaTeX main file read from disk with the files it inputs written in where it inputs them, as
 * TeX reads them. A resume kept as code often splits into a main file that {@code \input}s its
 * sections ({@code \input{sections/experience}}); read alone, the main file is a frame with no jobs.
 * The command line and the evaluations read local files, so they can do what TeX does; the HTTP
 * API is given bytes only and never reads a file (its reader says which files were not given).
 *
 * <p>What is read, and no more, since a source may come from someone else (a pull request checked
 * in CI, its findings published): files named ".tex", by names relative to the folder TeX ran in,
 * which is the main file's folder or one of the {@link #UP} folders above it (a repository that
 * builds {@code resumes/backend/cv.tex} from its root), never the file system's root; inside the
 * highest of those folders once links are followed; at most {@link #MAX_FILES} files,
 * {@link #MAX_DEPTH} levels of nesting and {@link Readers#MAX_BYTES} read in all; a file not again
 * inside itself; nothing named inside a verbatim environment or {@code \verb}. A name that is not
 * found stays as written, and the reader warns of it as it would without the disk.
 */
public final class LatexInputs {
  /** Folders above the main file's in which TeX may have been run. */
  static final int UP = 3;
  static final int MAX_FILES = 64;
  static final int MAX_DEPTH = 8;
  /** The longest file name read after an input command: a name, not a paragraph. */
  private static final int MAX_NAME = 256;

  /** The commands that input a file, and those that name a folder first (\import{dir}{file}). */
  private static final Set<String> ONE_NAME = Set.of("input", "include", "subfile", "subfileinclude");
  private static final Set<String> FOLDER_THEN_NAME = Set.of("import", "subimport");
  /** Environments whose body TeX prints as it is written: a command named there inputs nothing. */
  private static final Set<String> VERBATIM = Set.of("verbatim", "verbatim*", "Verbatim", "lstlisting", "minted", "comment");

  private LatexInputs() {}

  /**
   * A source with its inputs written in, and for each of its lines the main file's line it stands
   * for: its own, or the line of the command that input it. Results found in an input's text
   * point at that command (a SARIF region of the main file).
   *
   * @param bytes the source, in UTF-8 when anything was written in; the file's bytes otherwise
   * @param mainLines the main file's 1-based line of each 1-based line of {@code bytes}, from index 1
   */
  public record Inlined(byte[] bytes, int[] mainLines) {
    /** The main file's line that line {@code line} (1-based) of the source stands for. */
    public int lineInMain(int line) {
      return mainLines.length <= 1 ? line : mainLines[Math.max(1, Math.min(line, mainLines.length - 1))];
    }
  }

  /** The file's bytes, with the files a LaTeX source inputs written in; other files as they are. */
  public static byte[] read(Path file) throws IOException {
    return inline(file, Files.readAllBytes(file)).bytes();
  }

  /** {@code bytes} of {@code file}, with the files it inputs written in when it is a LaTeX source. */
  public static Inlined inline(Path file, byte[] bytes) {
    Inlined same = new Inlined(bytes, new int[0]);
    if (!isTex(file)) {
      return same;
    }
    String source;
    try {
      source = TextDecoding.decode(bytes);
    } catch (UnreadableInputException e) {
      return same;
    }
    Path main = file.toAbsolutePath().normalize();
    Inliner in = Inliner.of(main, bytes.length);
    if (in == null) {
      return same;
    }
    Deque<Path> open = new ArrayDeque<>();
    open.push(in.real(main));
    String out = in.inline(source, main.getParent(), 0, open);
    return in.files == 0 ? same : new Inlined(out.getBytes(StandardCharsets.UTF_8), mainLines(out, in.written));
  }

  private static boolean isTex(Path file) {
    Path name = file.getFileName();
    return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".tex");
  }

  /** The main file's line of each line of {@code out}, given where inputs were written in (see {@link Inlined}). */
  private static int[] mainLines(String out, List<int[]> written) {
    int lines = 1;
    for (int i = 0; i < out.length(); i++) {
      lines += out.charAt(i) == '\n' ? 1 : 0;
    }
    int[] map = new int[lines + 1];
    int line = 1;
    int main = 1;
    int w = 0;
    map[1] = 1;
    for (int i = 0; i < out.length(); i++) {
      while (w < written.size() && i >= written.get(w)[1]) {
        w++;
      }
      boolean inside = w < written.size() && i >= written.get(w)[0];
      if (out.charAt(i) == '\n') {
        main += inside ? 0 : 1;
        map[++line] = w < written.size() && i + 1 >= written.get(w)[0] && i + 1 < written.get(w)[1] ? written.get(w)[2] : main;
      }
    }
    return map;
  }

  private static final class Inliner {
    private final List<Path> bases;
    /** The highest folder a file may be in, its links followed. */
    private final Path top;
    private int files;
    private long total;
    /** Where the main file's inputs were written in: start and end in the output, the command's line. */
    private final List<int[]> written = new ArrayList<>();

    private Inliner(List<Path> bases, Path top, long mainSize) {
      this.bases = bases;
      this.top = top;
      this.total = mainSize;
    }

    /** The folders a main file's inputs are looked for in, or null when it has none to look in. */
    static Inliner of(Path main, long mainSize) {
      List<Path> b = new ArrayList<>();
      Path p = main.getParent();
      // The file system's root is no folder a resume is built in.
      for (int i = 0; i <= UP && p != null && p.getParent() != null; i++) {
        b.add(p);
        p = p.getParent();
      }
      if (b.isEmpty()) {
        return null;
      }
      try {
        return new Inliner(List.copyOf(b), b.get(b.size() - 1).toRealPath(), mainSize);
      } catch (IOException | RuntimeException e) {
        return null;
      }
    }

    Path real(Path p) {
      try {
        return p.toRealPath();
      } catch (IOException | RuntimeException e) {
        return p;
      }
    }

    /** The source with each input command whose file is found replaced by that file's text. */
    String inline(String source, Path here, int depth, Deque<Path> open) {
      StringBuilder out = new StringBuilder(source.length());
      int i = 0;
      int n = source.length();
      while (i < n) {
        char c = source.charAt(i);
        if (c == '%') {
          // A comment runs to the line's end: an input written there is not read.
          i = copyTo(source, i, lineEnd(source, i), out);
          continue;
        }
        if (c != '\\') {
          out.append(c);
          i++;
          continue;
        }
        int nameEnd = i + 1;
        while (nameEnd < n && Character.isLetter(source.charAt(nameEnd))) {
          nameEnd++;
        }
        String command = source.substring(i + 1, nameEnd);
        if (nameEnd == i + 1) {
          // An escaped character ("\%", "\\"): copied as it is, so "\%" opens no comment.
          i = copyTo(source, i, Math.min(n, i + 2), out);
          continue;
        }
        if (command.equals("verb") && nameEnd < n) {
          // "\verb|\input{x}|": printed as written, to the next mark like the one after "\verb".
          int close = source.indexOf(source.charAt(nameEnd), nameEnd + 1);
          i = copyTo(source, i, close < 0 ? lineEnd(source, nameEnd) : close + 1, out);
          continue;
        }
        if (command.equals("begin")) {
          String env = group(source, nameEnd);
          if (env != null && VERBATIM.contains(env)) {
            int end = source.indexOf("\\end{" + env + "}", nameEnd);
            i = copyTo(source, i, end < 0 ? n : end, out);
            continue;
          }
        }
        boolean folderFirst = FOLDER_THEN_NAME.contains(command);
        if (!folderFirst && !ONE_NAME.contains(command)) {
          i = copyTo(source, i, nameEnd, out);
          continue;
        }
        int[] at = {nameEnd};
        String dir = folderFirst ? groupAt(source, at) : "";
        String file = dir == null ? null : groupAt(source, at);
        if (file == null && !folderFirst) {
          // "\input sections/work": TeX's own form, the name running to a space.
          file = bareName(source, at);
        }
        Path found = file == null ? null : find(command.startsWith("sub") ? here : null, dir, file, open);
        String text = found == null || depth >= MAX_DEPTH ? null : text(found);
        if (text == null) {
          i = copyTo(source, i, nameEnd, out);
          continue;
        }
        open.push(found);
        // A subfile is a document of its own: only its body is the main file's text. A file that
        // only inputs the whole document (a wrapper that sets a switch, then "\input{cv.tex}")
        // takes it whole, preamble and all, as TeX does.
        boolean wrapper = !source.contains("\\begin{document}");
        String body = inline(wrapper ? text : body(text), found.getParent(), depth + 1, open);
        open.pop();
        // The file's last line break is a space to TeX, as any line's end is: no blank line.
        if (body.endsWith("\n")) {
          body = body.substring(0, body.length() - (body.endsWith("\r\n") ? 2 : 1)) + " ";
        }
        int start = out.length();
        out.append(body);
        if (depth == 0) {
          written.add(new int[] {start, out.length(), lineAt(source, i)});
        }
        i = at[0];
      }
      return out.toString();
    }

    /** The file's text, or null when it would be one too many, too large, or cannot be read. */
    private String text(Path p) {
      if (files >= MAX_FILES) {
        return null;
      }
      long room = Readers.MAX_BYTES - total;
      try (InputStream s = Files.newInputStream(p)) {
        // Counted as read: a file may say it is empty and hold more.
        byte[] b = s.readNBytes((int) Math.max(0, Math.min(Integer.MAX_VALUE - 1, room + 1)));
        if (b.length > room) {
          return null;
        }
        String t = TextDecoding.decode(b);
        files++;
        total += b.length;
        return t;
      } catch (IOException | UnreadableInputException | RuntimeException e) {
        return null;
      }
    }

    /**
     * The file a name stands for: relative to the including file's folder for the commands that
     * say so ({@code \subimport}, {@code \subfile}), else to the folder TeX ran in; named so, or
     * with ".tex" added; a regular file named ".tex", inside the highest folder once its links are
     * followed, not open already.
     */
    private Path find(Path here, String dir, String file, Deque<Path> open) {
      String name = (dir.isEmpty() || dir.endsWith("/") ? dir : dir + "/") + file.strip();
      if (name.isBlank() || name.startsWith("/") || name.startsWith("~") || name.indexOf(':') >= 0 || name.indexOf('\\') >= 0) {
        return null;
      }
      List<Path> from = here != null ? List.of(here) : bases;
      for (Path base : from) {
        for (String candidate : name.toLowerCase(Locale.ROOT).endsWith(".tex") ? List.of(name) : List.of(name + ".tex")) {
          try {
            Path p = base.resolve(candidate).normalize();
            if (!Files.isRegularFile(p)) {
              continue;
            }
            Path real = p.toRealPath();
            if (real.startsWith(top) && isTex(real) && Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS) && !open.contains(real)) {
              return real;
            }
          } catch (IOException | InvalidPathException e) {
            // A name this system cannot hold as a path ("a?b" on Windows), or one gone meanwhile.
          }
        }
      }
      return null;
    }
  }

  private static int copyTo(String source, int from, int to, StringBuilder out) {
    out.append(source, from, to);
    return to;
  }

  private static int lineEnd(String s, int from) {
    int end = s.indexOf('\n', from);
    return end < 0 ? s.length() : end;
  }

  /** The 1-based line of {@code source} that offset {@code at} is on. */
  private static int lineAt(String source, int at) {
    int line = 1;
    for (int i = 0; i < at; i++) {
      line += source.charAt(i) == '\n' ? 1 : 0;
    }
    return line;
  }

  /** The body of a document ({@code \begin{document}} … {@code \end{document}}), or the whole text. */
  static String body(String text) {
    int begin = text.indexOf("\\begin{document}");
    if (begin < 0) {
      return text;
    }
    int start = begin + "\\begin{document}".length();
    int end = text.indexOf("\\end{document}", start);
    return text.substring(start, end < 0 ? text.length() : end);
  }

  /** The text of the brace group at {@code from} after blank space, or null (see {@link #groupAt}). */
  private static String group(String s, int from) {
    return groupAt(s, new int[] {from});
  }

  /**
   * The text of the brace group at {@code at[0]} after blank space, moving {@code at[0]} past it;
   * null when no group of a name's length follows on the line. The group holds a name: no braces
   * inside it.
   */
  private static String groupAt(String s, int[] at) {
    int i = at[0];
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
      i++;
    }
    if (i >= s.length() || s.charAt(i) != '{') {
      return null;
    }
    int limit = Math.min(s.length(), i + 1 + MAX_NAME);
    for (int k = i + 1; k < limit; k++) {
      char c = s.charAt(k);
      if (c == '}') {
        at[0] = k + 1;
        return s.substring(i + 1, k);
      }
      if (c == '{' || c == '\n') {
        return null;
      }
    }
    return null;
  }

  /** "\input sections/work": a name of letters, digits and "._-/" after a space, up to the next blank. */
  private static String bareName(String s, int[] at) {
    int i = at[0];
    if (i >= s.length() || s.charAt(i) != ' ') {
      return null;
    }
    while (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    int start = i;
    while (i < s.length() && i - start < MAX_NAME && (Character.isLetterOrDigit(s.charAt(i)) || "._-/".indexOf(s.charAt(i)) >= 0)) {
      i++;
    }
    if (i == start) {
      return null;
    }
    at[0] = i;
    return s.substring(start, i);
  }
}
