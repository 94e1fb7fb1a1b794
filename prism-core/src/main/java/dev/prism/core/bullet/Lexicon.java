package dev.prism.core.bullet;

import dev.prism.core.text.ResourceLists;
import dev.prism.core.vocab.Term;
import dev.prism.core.vocab.TermMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word classes of {@code words.txt}, loaded once: sets for single words, matchers for phrases.
 * Public only for {@link #matcher(List, String)}, which rules use for their own word lists.
 */
public final class Lexicon {
  private static final Map<String, List<String>> WORDS = ResourceLists.read(Lexicon.class, "words.txt");

  static final Set<String> STRONG_VERBS = set("strong-verbs");
  static final Set<String> MINOR_VERBS = set("minor-verbs");
  static final Set<String> ROUTINE_VERBS = set("routine-verbs");
  static final Set<String> IRREGULAR_PAST = set("irregular-past");
  static final Set<String> DUTY_NOUNS = set("duty-nouns");
  static final Set<String> ROLE_NOUNS = set("role-nouns");
  static final Set<String> ROLE_CLAIMS = set("role-claims");
  static final Set<String> FILLER_ADVERBS = set("filler-adverbs");
  static final Set<String> INSTRUMENT = set("instrument-words");
  static final Set<String> TECHNIQUE_VERBS = set("technique-verbs");
  static final Set<String> USE_VERBS = set("use-verbs");
  static final Set<String> FUNCTION_WORDS = set("function-words");

  static final TermMatcher PRESENCE_LEADS = matcher("presence-leads");
  static final TermMatcher DUTY_LEADS = matcher("duty-leads");
  static final TermMatcher SELF_LEADS = matcher("self-leads");
  static final TermMatcher BUZZWORDS = matcher("buzzwords");
  static final TermMatcher VAGUE = matcher("vague-words");
  static final TermMatcher METHODS = matcher("methods");
  static final TermMatcher MEANS = matcher("means-words");
  static final TermMatcher CHANGE = matcher("change-verbs");
  static final TermMatcher EFFECT = matcher("effect-words");
  static final TermMatcher BACKEND_MEASURES = matcher("backend-measures");
  static final TermMatcher VANITY_MEASURES = matcher("vanity-measures");
  static final TermMatcher VAGUE_OUTCOMES = matcher("vague-outcomes");
  static final TermMatcher HEDGES = matcher("hedges");
  static final TermMatcher ACTIVITY_NOUNS = matcher("activity-nouns");
  static final TermMatcher SIZE_NOUNS = matcher("size-nouns");
  static final TermMatcher SCOPE = matcher("scope-words");
  static final TermMatcher LEADERSHIP = matcher("leadership");
  static final TermMatcher LIST_LABELS = matcher("list-labels");
  static final TermMatcher GENERIC_OBJECTS = matcher("generic-objects");
  static final TermMatcher ADOPTION_PHRASES = matcher("adoption-phrases");

  private Lexicon() {}

  /**
   * Whether {@code word} (any case) is a past-tense verb of the lists above: the act a line of a
   * job's body reports ("Applied ..."), which the reading asks of a line before taking it for an
   * entry's header.
   */
  public static boolean pastVerb(String word) {
    String w = word.toLowerCase(java.util.Locale.ROOT);
    return STRONG_VERBS.contains(w) || MINOR_VERBS.contains(w) || ROUTINE_VERBS.contains(w) || IRREGULAR_PAST.contains(w);
  }

  /** Whether {@code word} (any case) is a function word: an article, a preposition, a conjunction. */
  public static boolean functionWord(String word) {
    return FUNCTION_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT));
  }

  private static Set<String> set(String list) {
    return Set.copyOf(require(list));
  }

  private static List<String> require(String list) {
    List<String> items = WORDS.get(list);
    if (items == null || items.isEmpty()) {
      throw new IllegalStateException("words.txt: list '" + list + "' is missing or empty");
    }
    return items;
  }

  private static TermMatcher matcher(String list) {
    return matcher(require(list), list);
  }

  /** A case-blind matcher for a word class read from a data file; {@code category} names the class. */
  public static TermMatcher matcher(List<String> words, String category) {
    List<Term> terms = new ArrayList<>();
    for (String w : words) {
      terms.add(new Term(w, category, List.of(), false));
    }
    return new TermMatcher(terms);
  }
}
