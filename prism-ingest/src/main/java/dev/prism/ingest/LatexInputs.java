package dev.prism.ingest;

import dev.prism.core.ingest.UnreadableInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
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
 * <p>What is read, and no more: names relative to the folder TeX ran in, which is the main file's
 * folder or one of the {@link #UP} folders above it (a repository that builds
 * {@code resumes/backend/cv.tex} from its root); inside the highest of those folders; regular files
 * named so or with ".tex" added; at most {@link #MAX_FILES} files, {@link #MAX_DEPTH} levels of
 * nesting and {@link Readers#MAX_BYTES} in all; a file not again inside itself. A name that is not
 * found stays as written, and the reader warns of it as it would without the disk.
 */
public final class LatexInputs {
  /** Folders above the main file's in which TeX may have been run. */
  static final int UP = 3;
  static final int MAX_FILES = 64;
  static final int MAX_DEPTH = 8;

  /** The commands that input a file, and whether each names a folder first (\import{dir}{file}). */
  private static final Set<String> ONE_NAME = Set.of("input", "include", "subfile", "subfileinclude");
  private static final Set<String> FOLDER_THEN_NAME = Set.of("import", "subimport");

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
    Path name = file.getFileName();
    if (name == null || !name.toString().toLowerCase(Locale.ROOT).endsWith(".tex")) {
      return same;
    }
    String source;
    try {
      source = TextDecoding.decode(bytes);
    } catch (UnreadableInputException e) {
      return same;
    }
    Path folder = file.toAbsolutePath().normalize().getParent();
    if (folder == null) {
      return same;
    }
    Inliner in = new Inliner(folder, bytes.length);
    Deque<Path> open = new ArrayDeque<>();
    open.push(file.toAbsolutePath().normalize());
    String out = in.inline(source, folder, 0, open);
    return in.files == 0 ? same : new Inlined(out.getBytes(StandardCharsets.UTF_8), mainLines(out, in.written));
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
    private final Path top;
    private int files;
    private long total;
    /** Where the main file's inputs were written in: start and end in the output, the command's line. */
    private final List<int[]> written = new java.util.ArrayList<>();

    Inliner(Path folder, long mainSize) {
      total = mainSize;
      java.util.ArrayList<Path> b = new java.util.ArrayList<>();
      Path p = folder;
      for (int i = 0; i <= UP && p != null; i++) {
        b.add(p);
        p = p.getParent();
      }
      bases = List.copyOf(b);
      top = bases.get(bases.size() - 1);
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
          int end = source.indexOf('\n', i);
          end = end < 0 ? n : end;
          out.append(source, i, end);
          i = end;
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
          out.append(source, i, Math.min(n, i + 2));
          i += 2;
          continue;
        }
        boolean folderFirst = FOLDER_THEN_NAME.contains(command);
        if (!folderFirst && !ONE_NAME.contains(command)) {
          out.append(source, i, nameEnd);
          i = nameEnd;
          continue;
        }
        int[] at = {nameEnd};
        String dir = folderFirst ? group(source, at) : "";
        String file = group(source, at);
        Path found = dir == null || file == null ? null : find(command.startsWith("sub") ? here : null, dir, file, open);
        String text = found == null || depth >= MAX_DEPTH ? null : text(found);
        if (text == null) {
          out.append(source, i, nameEnd);
          i = nameEnd;
          continue;
        }
        open.push(found);
        // A subfile is a document of its own: only its body is the main file's text.
        String body = inline(body(text), found.getParent(), depth + 1, open);
        open.pop();
        int start = out.length();
        out.append('\n').append(body).append('\n');
        if (depth == 0) {
          written.add(new int[] {start, out.length(), lineAt(source, i)});
        }
        i = at[0];
      }
      return out.toString();
    }

    /** The file's text, or null when it is too large, one too many, or cannot be read. */
    private String text(Path p) {
      try {
        long size = Files.size(p);
        if (files >= MAX_FILES || total + size > Readers.MAX_BYTES) {
          return null;
        }
        String t = TextDecoding.decode(Files.readAllBytes(p));
        files++;
        total += size;
        return t;
      } catch (IOException | UnreadableInputException | RuntimeException e) {
        return null;
      }
    }

    /**
     * The file a name stands for: relative to the including file's folder for the commands that
     * say so ({@code \subimport}, {@code \subfile}), else to the folder TeX ran in; named so, or
     * with ".tex" added; a regular file inside the highest folder, not open already.
     */
    private Path find(Path here, String dir, String file, Deque<Path> open) {
      String name = (dir.isEmpty() || dir.endsWith("/") ? dir : dir + "/") + file.strip();
      if (name.isBlank() || name.startsWith("/") || name.indexOf(':') >= 0 || name.indexOf('\\') >= 0) {
        return null;
      }
      List<Path> from = here != null ? List.of(here) : bases;
      for (Path base : from) {
        for (String candidate : name.endsWith(".tex") ? List.of(name) : List.of(name + ".tex", name)) {
          Path p = base.resolve(candidate).normalize();
          if (p.startsWith(top) && Files.isRegularFile(p) && !open.contains(p)) {
            return p;
          }
        }
      }
      return null;
    }
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

  /**
   * The text of the brace group at {@code at[0]} after blank space, moving {@code at[0]} past it;
   * null when no group follows. The group holds a file's name: no nested braces.
   */
  private static String group(String s, int[] at) {
    int i = at[0];
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
      i++;
    }
    if (i >= s.length() || s.charAt(i) != '{') {
      return null;
    }
    int close = s.indexOf('}', i + 1);
    int nl = s.indexOf('\n', i + 1);
    if (close < 0 || s.indexOf('{', i + 1) >= 0 && s.indexOf('{', i + 1) < close || nl >= 0 && nl < close) {
      return null;
    }
    at[0] = close + 1;
    return s.substring(i + 1, close);
  }
}
