package dev.prism.core.rules;

import dev.prism.core.role.Role.Expectation;
import dev.prism.core.role.Role.LevelProfile;
import dev.prism.core.vocab.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What the judged level expects that the resume does not show yet, as short lines for people. */
public final class LevelGaps {
  private LevelGaps() {}

  /** "Throughput (req/s)" reads "throughput (req/s)" mid-sentence; "API latency" stays as it is. */
  static String lowerFirst(String s) {
    boolean acronym = s.length() > 1 && Character.isUpperCase(s.charAt(1));
    return s.isEmpty() || acronym ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  public static List<String> of(Context c) {
    LevelProfile p = c.role().level(c.level());
    List<String> gaps = new ArrayList<>();
    if (c.target() != null && c.estimate().level().ordinal() < c.target().ordinal()) {
      gaps.add("Reads as " + c.role().level(c.estimate().level()).name().toLowerCase(Locale.ROOT) + "; "
          + p.name().toLowerCase(Locale.ROOT) + " scope is " + p.scope().toLowerCase(Locale.ROOT));
    }
    List<Tokens> bullets = LevelGapRule.bulletTokens(c);
    for (Expectation e : p.expects()) {
      if (!LevelGapRule.shown(bullets, e)) {
        gaps.add(e.text());
      }
    }
    boolean metric = false;
    for (int i = 0; i < c.bullets().size(); i++) {
      var f = c.bullets().get(i).analysis().features();
      if ((f.resultMetric() || f.beforeAfter()) && !p.metricTerms().find(bullets.get(i)).isEmpty()) {
        metric = true;
        break;
      }
    }
    if (!metric) {
      gaps.add(p.name() + " resumes are judged by " + lowerFirst(p.metric()) + "; no bullet gives that figure");
    }
    return gaps;
  }
}
