package dev.prism.ingest.latex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the commands and environments of one reading mean: the reader's tables first, then what the
 * document defines. A reading works on its own copy, so a document's definitions never reach the
 * next one.
 */
final class Definitions {

  /** An environment: its begin code (with its arguments) and its end code. */
  record Env(Macro begin, List<Token> end) {
    Env {
      end = List.copyOf(end);
    }
  }

  final Map<String, Macro> macros;
  /** Guessed definitions of one name with different numbers of arguments; the use decides. */
  final Map<String, List<Macro>> alternatives;
  final Map<String, Env> envs;
  /** {@code \let\a\b} where {@code \b} is built into the reader: {@code \a} means {@code \b}. */
  final Map<String, String> aliases;
  /** {@code \newif} switches and their state. */
  final Map<String, Boolean> flags;

  Definitions() {
    this(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
  }

  private Definitions(Map<String, Macro> macros, Map<String, List<Macro>> alternatives, Map<String, Env> envs,
      Map<String, String> aliases, Map<String, Boolean> flags) {
    this.macros = macros;
    this.alternatives = alternatives;
    this.envs = envs;
    this.aliases = aliases;
    this.flags = flags;
  }

  Definitions copy() {
    Map<String, List<Macro>> alts = new HashMap<>();
    alternatives.forEach((k, v) -> alts.put(k, new ArrayList<>(v)));
    return new Definitions(new HashMap<>(macros), alts, new HashMap<>(envs), new HashMap<>(aliases), new HashMap<>(flags));
  }

  boolean defined(String name) {
    return macros.containsKey(name) || aliases.containsKey(name);
  }

  /**
   * Defines {@code name}. A guess does not replace a certain definition; a table's definition of
   * another arity beside the same table's earlier one (moderncv's {@code \cventry} beside
   * Awesome-CV's, when the class is neither) becomes an alternative to it, chosen by how many
   * arguments a use gives. {@code provide} defines only what the document has not, nor the class.
   */
  void define(String name, Macro m, boolean provide) {
    Macro old = macros.get(name);
    if (provide && old != null && old.origin() != Macro.Origin.FALLBACK) {
      return;
    }
    if (m.origin() == Macro.Origin.FALLBACK && old != null && old.origin() != Macro.Origin.FALLBACK) {
      return;
    }
    if (m.origin() != Macro.Origin.USER && old != null && old.origin() == m.origin()
        && (alternatives.containsKey(name) || old.mandatory() != m.mandatory())) {
      List<Macro> alts = alternatives.computeIfAbsent(name, k -> new ArrayList<>(List.of(old)));
      alts.removeIf(a -> a.mandatory() == m.mandatory());
      alts.add(m);
      macros.put(name, m);
      return;
    }
    alternatives.remove(name);
    aliases.remove(name);
    macros.put(name, m);
  }

  void defineEnv(String name, Env e, boolean provide) {
    Env old = envs.get(name);
    if (old != null && (provide || e.begin().origin() == Macro.Origin.FALLBACK) && old.begin().origin() != Macro.Origin.FALLBACK) {
      return;
    }
    envs.put(name, e);
  }
}
