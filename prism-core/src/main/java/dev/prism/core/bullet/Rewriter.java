package dev.prism.core.bullet;

import dev.prism.core.bullet.BulletAnalysis.Features;
import dev.prism.core.model.Span;
import dev.prism.core.role.Dimension;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drafts a stronger version of a bullet. It only removes filler and rearranges; everything it adds
 * is a [bracketed placeholder] for the person to fill in with their own facts. It never writes a
 * digit: a property test checks that every number and technology of the rewrite was in the original.
 */
final class Rewriter {

  private static final Pattern LEAD =
      Pattern.compile(
          "(?i)^(?:(?:i|we)\\s+)?(?:was\\s+|were\\s+)?"
              + "(?:responsible\\s+for|in\\s+charge\\s+of|tasked\\s+with|duties\\s+included"
              + "|helped(?:\\s+(?:the|my|our)\\s+team)?(?:\\s+(?:with|to|in|on))?"
              + "|assisted(?:\\s+(?:with|in|on))?|worked\\s+(?:on|with)|working\\s+on|involved\\s+in"
              + "|participated\\s+in|took\\s+part\\s+in|contributed\\s+to|knowledge\\s+of"
              + "|familiar(?:ity)?\\s+with|exposure\\s+to|experience\\s+(?:with|in)|used|utili[sz]ed|did)\\b\\s*");
  private static final Pattern JOINED_LEAD =
      Pattern.compile("(?i)(\\b(?:and|,)\\s+)(?:helped(?:\\s+(?:the|my|our)\\s+team)?(?:\\s+(?:with|to|in|on))?|assisted(?:\\s+(?:with|in|on))?|worked\\s+on|was\\s+involved\\s+in|participated\\s+in)\\b\\s+");
  private static final java.util.Set<String> BASE_VERBS = java.util.Set.of("build", "migrate", "design", "implement",
      "improve", "develop", "onboard", "deploy", "test", "fix", "debug", "create", "maintain", "write", "optimize",
      "optimise", "scale", "run", "monitor", "launch", "ship", "automate", "refactor", "integrate", "reduce", "set");
  private static final Pattern PRONOUN = Pattern.compile("^(?:I|We)\\s+");
  private static final Pattern TRAILING_STOPS = Pattern.compile("[.;\\s]+$");
  private static final Pattern SPACE_RUN = Pattern.compile("\\s+");
  private static final Pattern VAGUE_COUNT = Pattern.compile("(?i)\\b(?:some|several|many|a few|a lot of|lots of)\\s+(?=\\p{L})");
  private static final Pattern VAGUE_KIND = Pattern.compile("(?i)\\bvarious\\s+(?=\\p{L})");
  private static final Pattern VAGUE_THING = Pattern.compile("(?i)\\b(?:stuff|things)\\b");

  // The past tense of gerunds that follow "responsible for": "maintaining" reads as "Maintained".
  private static final Map<String, String> IRREGULAR =
      Map.of("building", "Built", "running", "Ran", "writing", "Wrote", "leading", "Led", "setting", "Set",
          "making", "Made", "shipping", "Shipped", "planning", "Planned", "keeping", "Kept", "driving", "Drove");

  private Rewriter() {}

  static String rewrite(String text, Features f, Span weakLead, Set<Dimension> dims) {
    String body = text.strip();
    boolean period = body.endsWith(".");
    body = TRAILING_STOPS.matcher(body).replaceAll("");
    body = PRONOUN.matcher(body).replaceFirst("");

    Matcher lead = LEAD.matcher(body);
    // LEAD is anchored at the start: lookingAt finds what find would, without trying every place.
    if (lead.lookingAt() && lead.end() > 0) {
      String rest = body.substring(lead.end());
      String firstWord = SPACE_RUN.split(rest, 2)[0];
      if (BASE_VERBS.contains(firstWord.toLowerCase(java.util.Locale.ROOT))) {
        // "Helped migrate the database" keeps the fact that it was help: the person says their part.
        body = "[What you did to] " + rest;
      } else if (firstWord.toLowerCase(Locale.ROOT).endsWith("ing") && firstWord.length() > 5) {
        // "Responsible for maintaining legacy code" keeps its own verb: "Maintained legacy code".
        String tail = rest.substring(firstWord.length());
        body = pastTense(firstWord) + tail;
      } else {
        body = "[Action verb] " + rest;
      }
    }
    // The same filler after "and": "…and helped with some bugs" hides the second part too.
    body = JOINED_LEAD.matcher(body).replaceAll("$1[action verb] ");
    body = VAGUE_COUNT.matcher(body).replaceAll("[N] ");
    body = VAGUE_KIND.matcher(body).replaceAll("[which] ");
    body = VAGUE_THING.matcher(body).replaceAll("[what exactly]");
    if (!body.isEmpty() && Character.isLowerCase(body.charAt(0))) {
      body = Character.toUpperCase(body.charAt(0)) + body.substring(1);
    }
    StringBuilder out = new StringBuilder(body);
    if (!f.method()) {
      out.append(" using [technique or technology]");
    }
    if (!f.outcomeClause() && !f.resultMetric() && !f.beforeAfter()) {
      out.append(", ").append(resultTemplate(dims));
    }
    if (f.activityCount()) {
      out.append(" (replace the count of activity with the result it had)");
    }
    if (period || out.charAt(out.length() - 1) != '.') {
      out.append('.');
    }
    return out.toString();
  }

  /** A result placeholder in the terms the bullet is about. */
  private static String resultTemplate(Set<Dimension> dims) {
    if (dims.contains(Dimension.PERFORMANCE)) {
      return "cutting latency from [X] ms to [Y] ms or raising throughput to [N] req/s";
    }
    if (dims.contains(Dimension.STORAGE)) {
      return "cutting query time from [X] ms to [Y] ms or load on the database by [N]%";
    }
    if (dims.contains(Dimension.RELIABILITY)) {
      return "reducing incidents or recovery time from [X] to [Y]";
    }
    if (dims.contains(Dimension.SERVICE_DESIGN)) {
      return "serving [N] requests or [N] teams, with [the result it had]";
    }
    return "[the result, with a number: from [X] to [Y]]";
  }

  private static String pastTense(String gerund) {
    String g = gerund.toLowerCase(Locale.ROOT);
    String irregular = IRREGULAR.get(g);
    if (irregular != null) {
      return irregular;
    }
    // The stem plus "ed" covers the regular verbs: "maintain-ing", "creat-ing", "plann-ing",
    // "debugg-ing" all lose "ing" and gain "ed".
    String past = g.substring(0, g.length() - 3) + "ed";
    return Character.toUpperCase(past.charAt(0)) + past.substring(1);
  }
}
