package dev.prism.core.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads the small "key: item, item" word lists that ship as resources beside the code. */
public final class ResourceLists {
  private ResourceLists() {}

  /** Keys in file order, items lower-cased and trimmed. Lines starting with '#' are comments. */
  public static Map<String, List<String>> read(Class<?> anchor, String name) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " beside " + anchor.getName());
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int lineNo = 0;
      for (String line; (line = r.readLine()) != null; ) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int colon = line.indexOf(':');
        if (colon < 0) {
          throw new IllegalStateException(name + ":" + lineNo + ": expected 'key: items'");
        }
        List<String> items = new ArrayList<>();
        for (String item : line.substring(colon + 1).split(",")) {
          if (!item.isBlank()) {
            items.add(item.trim().toLowerCase(Locale.ROOT));
          }
        }
        out.computeIfAbsent(line.substring(0, colon).trim(), k -> new ArrayList<>()).addAll(items);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
