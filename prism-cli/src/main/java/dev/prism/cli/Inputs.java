package dev.prism.cli;

import dev.prism.core.ingest.UnreadableInputException;
import dev.prism.core.model.Extraction;
import dev.prism.ingest.LatexInputs;
import dev.prism.ingest.Readers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** Reading the files a command names: paths, "-" for standard input, directories. */
final class Inputs {
  private static final Set<String> RESUME_EXTENSIONS =
      Set.of("txt", "text", "md", "markdown", "json", "pdf", "docx", "tex");

  private Inputs() {}

  /** One input, read and extracted; unreadable input becomes a one-line {@link UsageException}. */
  static Extraction extract(PrismCli cli, String name) {
    return extract(cli, name, bytes(cli.in, name));
  }

  /** The same, for bytes the caller has already read (and needs again). */
  static Extraction extract(PrismCli cli, String name, byte[] bytes) {
    try {
      return cli.readers().read(name.equals("-") ? "-" : Path.of(name).getFileName().toString(), bytes);
    } catch (UnreadableInputException e) {
      throw new UsageException(display(name) + ": " + e.getMessage());
    }
  }

  static byte[] bytes(InputStream stdin, String name) {
    return read(stdin, name).inlined().bytes();
  }

  /** A file's own bytes, and what the reader is to get of them (the same, but for LaTeX's inputs). */
  record Input(byte[] own, LatexInputs.Inlined inlined) {}

  /**
   * One input's bytes as the reader is to get them: a LaTeX main file's with the files it inputs
   * written in, and where each of their lines came from in the main file (see {@link LatexInputs}).
   */
  static Input read(InputStream stdin, String name) {
    try {
      if (name.equals("-")) {
        byte[] b = stdin.readNBytes(Readers.MAX_BYTES + 1);
        return new Input(b, new LatexInputs.Inlined(b, new int[0]));
      }
      Path p = Path.of(name);
      if (Files.isDirectory(p)) {
        throw new UsageException(name + ": is a directory");
      }
      long size = Files.size(p);
      if (size > Readers.MAX_BYTES) {
        throw new UsageException(name + ": the file is " + (size / (1024 * 1024)) + " MiB; the limit is "
            + (Readers.MAX_BYTES / (1024 * 1024)) + " MiB");
      }
      // A LaTeX main file's \input files are read from beside it, as TeX reads them.
      byte[] own = Files.readAllBytes(p);
      return new Input(own, LatexInputs.inline(p, own));
    } catch (NoSuchFileException e) {
      throw new UsageException(name + ": no such file");
    } catch (IOException e) {
      throw new UsageException(name + ": cannot read (" + e.getMessage() + ")");
    }
  }

  /** The resumes in a directory and below it, by extension, in a stable order. */
  static List<Path> resumesIn(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).filter(p -> RESUME_EXTENSIONS.contains(extension(p))).sorted().toList();
    } catch (IOException e) {
      throw new UsageException(dir + ": cannot list (" + e.getMessage() + ")");
    }
  }

  private static String extension(Path p) {
    String n = p.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  static String display(String name) {
    return name.equals("-") ? "standard input" : name;
  }
}
