package dev.prism.core.match;

import dev.prism.core.model.Span;
import dev.prism.core.text.ResourceLists;
import dev.prism.core.vocab.Mention;
import dev.prism.core.vocab.Technologies;
import dev.prism.core.vocab.Term;
import dev.prism.core.vocab.TermMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The terms a stretch of text names, as a posting means them: duties and soft skills are left out
 * (they are no skill to match, see {@code jd-not-terms.txt}), and words that describe the company's
 * systems ("scalable", "low-latency") are too. A head noun shared by a list counts for each member:
 * "unit, integration, and end-to-end testing" names three kinds of testing, "relational and NoSQL
 * databases" two kinds of database.
 */
final class PostingTerms {
  private static final Map<String, List<String>> LISTS = ResourceLists.read(PostingTerms.class, "jd-not-terms.txt");
  private static final Set<String> DESCRIBES = Set.copyOf(LISTS.getOrDefault("describes", List.of()));
  private static final Set<String> NOT_TERMS = Set.copyOf(LISTS.getOrDefault("categories", List.of()));
  /** "unit, integration, and " just before "end-to-end testing": the words that share its head noun. */
  private static final Pattern SHARED = Pattern.compile(
      "((?:[\\p{L}][\\p{L}\\p{N}-]*,\\s+)*[\\p{L}][\\p{L}\\p{N}-]*),?\\s+(?:and|or|&|and/or)\\s+$");

  private static final Pattern ROLE_AFTER = Pattern.compile("\\s+(?:engineers?|engineering team|teams?|developers?|architects?|group|org)\\b",
      Pattern.CASE_INSENSITIVE);

  private PostingTerms() {}

  /** True for terms that can be asked for: not a duty, not a phrase kept apart. */
  static boolean isTerm(Term t) {
    return !NOT_TERMS.contains(t.category());
  }

  static List<Mention> find(String text, int from, int to) {
    TermMatcher m = Technologies.jobMatcher();
    List<Mention> out = new ArrayList<>();
    List<Mention> all = m.find(text, from, to);
    for (int i = 0; i < all.size(); i++) {
      Mention x = all.get(i);
      if (!isTerm(x.term()) || DESCRIBES.contains(x.span().of(text).toLowerCase(Locale.ROOT).replace('\u2011', '-'))
          || text.startsWith("://", x.span().end()) || namesTeam(text, x) || vendorOf(text, x, i + 1 < all.size() ? all.get(i + 1) : null)) {
        continue;
      }
      out.add(x);
      shared(text, from, x, out);
    }
    out.sort(Comparator.comparingInt(x -> x.span().offset()));
    // A word that shares a head noun may already be a mention of its own: keep one, in text order.
    List<Mention> clean = new ArrayList<>();
    for (Mention x : out) {
      if (clean.isEmpty() || x.span().offset() >= clean.get(clean.size() - 1).span().end()) {
        clean.add(x);
      }
    }
    return clean;
  }

  /**
   * "Data Engineering Team", "Data Platform Engineer": a practice that names a team or a role is the
   * name, not a skill asked for. A technology before a role noun ("Java developer") is one.
   */
  private static boolean namesTeam(String text, Mention x) {
    return !Technologies.isTechnology(x.term()) && ROLE_AFTER.matcher(text).region(x.span().end(), text.length()).lookingAt();
  }

  /** "AWS EMR", "Azure Functions": the vendor before a product is part of the product's name. */
  private static boolean vendorOf(String text, Mention x, Mention next) {
    return next != null && x.term().category().equals("cloud") && next.span().offset() == x.span().end() + 1
        && text.charAt(x.span().end()) == ' ' && Technologies.isTechnology(next.term()) && !next.term().category().equals("language");
  }

  /** Adds the terms "A, B and C head" names through C's head noun. */
  private static void shared(String text, int from, Mention last, List<Mention> out) {
    String written = last.span().of(text);
    int space = written.lastIndexOf(' ');
    if (space < 0) {
      return;
    }
    String head = written.substring(space + 1);
    int start = Math.max(from, last.span().offset() - 80);
    Matcher before = SHARED.matcher(text.substring(start, last.span().offset()));
    if (!before.find()) {
      return;
    }
    int listStart = start + before.start(1);
    for (String word : before.group(1).split(",\\s+")) {
      int at = text.indexOf(word, listStart);
      listStart = at + word.length();
      List<Mention> whole = Technologies.jobMatcher().find(word + " " + head);
      if (whole.size() == 1 && whole.get(0).span().offset() == 0 && whole.get(0).span().length() == word.length() + 1 + head.length()
          && isTerm(whole.get(0).term()) && !whole.get(0).term().equals(last.term())) {
        out.add(new Mention(whole.get(0).term(), new Span(at, word.length())));
      }
    }
  }
}
