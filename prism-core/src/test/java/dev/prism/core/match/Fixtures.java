package dev.prism.core.match;

import dev.prism.core.CheckOptions;
import dev.prism.core.Prism;
import dev.prism.core.model.Extraction;
import dev.prism.core.model.PartialDate;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

final class Fixtures {
  static final Prism PRISM = Prism.standard();
  /** A fixed "today", so that years from "Present" and so the golden files do not drift. */
  static final CheckOptions OPTIONS = new CheckOptions("backend-engineer", null, new PartialDate(2026, 11));

  private Fixtures() {}

  static String resource(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/match/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Match match(String resume, String jd) {
    return PRISM.match(Extraction.plain(resume, "text"), JobDescriptions.parse(jd), OPTIONS);
  }
}
