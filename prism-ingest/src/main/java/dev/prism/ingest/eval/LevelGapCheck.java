package dev.prism.ingest.eval;

import dev.prism.core.model.Section;
import dev.prism.core.model.SectionKind;
import dev.prism.core.report.Report;
import dev.prism.core.rules.LevelGaps.Gap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks that no level gap a report names is something the resume already shows. Independent of
 * how the engine decides it: each word a gap says is missing is looked for, as a whole word with an
 * optional plural, in the plain text of the resume outside its skills sections.
 */
public final class LevelGapCheck {
  private LevelGapCheck() {}

  /** Each gap whose missing words the resume has, as "gap id: word". */
  public static List<String> shown(Report report) {
    String text = report.text();
    StringBuilder outside = new StringBuilder(text.toLowerCase(Locale.ROOT));
    for (Section s : report.resume().sections()) {
      if (s.kind() == SectionKind.SKILLS) {
        int end = Math.min(outside.length(), s.span().end());
        for (int i = Math.min(s.span().offset(), end); i < end; i++) {
          outside.setCharAt(i, ' ');
        }
      }
    }
    String plain = outside.toString();
    List<String> out = new ArrayList<>();
    for (Gap g : report.gapDetails()) {
      for (String word : g.missing()) {
        Pattern p = Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(word.toLowerCase(Locale.ROOT)).replace(" ", "\\E[\\s-]+\\Q")
            + "(?:s|es)?(?![\\p{L}\\d])");
        if (p.matcher(plain).find()) {
          out.add(g.id() + ": \"" + word + "\"");
          break;
        }
      }
    }
    return out;
  }
}
