package dev.prism.core.rules;

import dev.prism.core.vocab.Mention;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Listed skills against technologies used in bullets, compared by canonical name. */
final class SkillsEvidence {
  private SkillsEvidence() {}

  static Set<String> canonical(List<Mention> mentions) {
    return mentions.stream().map(m -> m.term().canonical()).collect(Collectors.toSet());
  }

  /** First mention of each technology, in text order. */
  static Map<String, Mention> firstOf(List<Mention> mentions) {
    Map<String, Mention> out = new LinkedHashMap<>();
    for (Mention m : mentions) {
      out.putIfAbsent(m.term().canonical(), m);
    }
    return out;
  }
}
