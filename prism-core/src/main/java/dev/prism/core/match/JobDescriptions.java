package dev.prism.core.match;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.prism.core.model.Span;
import dev.prism.core.role.Level;
import dev.prism.core.text.ResourceLists;
import dev.prism.core.vocab.Mention;
import dev.prism.core.vocab.Technologies;
import dev.prism.core.vocab.Term;
import dev.prism.core.vocab.TermMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads job descriptions: plain text (whatever format it was extracted from) and the JSON Resume job
 * schema. Headings and sentence cues decide what counts: requirements and responsibilities give
 * required terms, "nice to have" sections and sentences give preferred ones, and boilerplate
 * (benefits, equal-opportunity statements, company blurbs, how to apply) gives none.
 */
public final class JobDescriptions {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<JobSection, List<String>> HEADINGS = headings();
  private static final TermMatcher CUES = cues();
  private static final Map<Level, List<String>> LEVEL_WORDS = levels();

  private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*•·▪◦‣–—+]|\\d{1,2}[.)])\\s+");
  private static final Pattern HEADING_MARKS = Pattern.compile("^[#*_\\s]+|[*_:\\s]+$");
  private static final Pattern INLINE_HEADING = Pattern.compile("^\\s*(?:\\*\\*)?([A-Za-z][A-Za-z'’ /&-]{1,40}?)(?:\\*\\*)?\\s*:\\s*(?:\\*\\*)?\\s*(\\S.*)$");
  private static final Pattern YEARS = Pattern.compile(
      "(?i)\\b(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen)\\s*\\+?\\s*(?:(?:-|–|to)\\s*\\d{1,2}\\s*\\+?\\s*)?(?:or more\\s+)?(?:years?|yrs)\\b");
  private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen");
  private static final Pattern ROLE_NOUN = Pattern.compile("(?i)\\b(engineer|developer|architect|programmer|sre|swe)s?\\b");
  private static final Pattern LOOKING_FOR = Pattern.compile(
      "(?:looking for|hiring|seeking|searching for)\\s+(?:an?\\s+|our\\s+(?:next|first)\\s+)?((?:[A-Z][\\w.+#/-]*\\s+){0,5}?(?:Engineer|Developer|Architect|Programmer|SRE)(?:\\s+(?:I{1,3}|IV))?)\\b");
  private static final Pattern LABELLED = Pattern.compile("(?im)^\\s*(title|position|role|job title|company|employer)\\s*:\\s*(\\S.{0,80}?)\\s*$");
  private static final Pattern COMPANY_PHRASE = Pattern.compile(
      "(?:\\bAt|\\bjoin|\\bJoin)\\s+((?:[A-Z][\\w&.'-]*)(?:\\s+[A-Z][\\w&.'-]*){0,2})(?:[,!]|\\s+(?:and|as|to|where|we)\\b)|\\b((?:[A-Z][\\w&.'-]*)(?:\\s+[A-Z][\\w&.'-]*){0,2})\\s+is\\s+(?:hiring|looking|seeking)");
  private static final Pattern OR_GAP = Pattern.compile("^\\s*(?:,\\s*)?(?:or|/|and/or)\\s*$");
  private static final Pattern LIST_GAP = Pattern.compile("^\\s*,\\s*$");
  private static final List<String> NOT_COMPANIES = List.of("us", "the", "the role", "the team", "our", "you", "a", "this", "we");

  private JobDescriptions() {}

  /**
   * Reads a job description from text.
   *
   * @throws JobDescriptionException when the text is blank
   */
  public static JobDescription parse(String text) {
    return parse(text, null, null, null);
  }

  /**
   * Reads a job in the JSON Resume job schema ({@code title}, {@code company}, {@code description},
   * {@code responsibilities}, {@code qualifications}, {@code skills[].keywords}, {@code experience}).
   * The job is laid out as text with headings and read like any other, so that every requirement
   * keeps a sentence and a span; explicit fields override what the text would suggest.
   *
   * @throws JobDescriptionException when the JSON is malformed or not a job object
   */
  public static JobDescription parseJson(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JacksonException e) {
      throw new JobDescriptionException("malformed JSON in the job description"
          + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()));
    }
    if (root == null || !root.isObject()) {
      throw new JobDescriptionException("a JSON job description must be an object with fields such as title and description");
    }
    StringBuilder out = new StringBuilder();
    String title = field(root, "title");
    String company = field(root, "company");
    line(out, title);
    line(out, company);
    line(out, field(root, "description"));
    list(out, "Responsibilities", root.path("responsibilities"));
    list(out, "Qualifications", root.path("qualifications"));
    if (root.path("skills").size() > 0) {
      out.append("\nSkills\n");
      for (JsonNode s : root.path("skills")) {
        List<String> kws = new ArrayList<>();
        s.path("keywords").forEach(k -> kws.add(k.asText().trim()));
        String name = field(s, "name");
        line(out, "- " + (name.isEmpty() ? "" : name + ": ") + String.join(", ", kws));
      }
    }
    String experience = field(root, "experience");
    if (!experience.isEmpty()) {
      out.append("\nExperience: ").append(experience).append('\n');
    }
    if (out.toString().isBlank()) {
      throw new JobDescriptionException("the JSON job description has no title, description, responsibilities or qualifications");
    }
    Level level = Level.byId(experience).or(() -> levelOf(experience)).orElse(null);
    List<String> keywords = new ArrayList<>();
    root.path("skills").forEach(s -> s.path("keywords").forEach(k -> keywords.add(k.asText().trim())));
    return parse(out.toString(), blankToNull(title), blankToNull(company), level, keywords);
  }

  private static JobDescription parse(String text, String title, String company, Level level) {
    return parse(text, title, company, level, List.of());
  }

  private static JobDescription parse(String text, String title, String company, Level level, List<String> keywords) {
    if (text == null || text.isBlank()) {
      throw new JobDescriptionException("the job description has no text");
    }
    List<Unit> units = units(text);
    if (title == null) {
      title = title(text);
    }
    if (title != null && company == null) {
      // "Backend Engineer at Corvid Labs": the title names the company too.
      Matcher at = Pattern.compile("^(.+?)\\s+(?:at|@)\\s+([A-Z][\\w&.' -]{0,40})$").matcher(title);
      if (at.matches()) {
        title = at.group(1).trim();
        company = at.group(2).trim();
      }
    }
    if (company == null) {
      company = company(text);
    }
    if (level == null && title != null) {
      level = levelOf(title).orElse(null);
    }

    Map<String, Requirement> found = new LinkedHashMap<>();
    List<String> dropped = new ArrayList<>();
    Integer years = null;
    for (Unit u : units) {
      if (u.section().boilerplate()) {
        if (u.heading() != null && !dropped.contains(u.heading())) {
          dropped.add(u.heading());
        }
        continue;
      }
      for (int[] s : sentences(text, u.start(), u.end())) {
        Importance importance = u.section().importance();
        boolean blurb = false;
        for (Mention cue : CUES.find(text, s[0], s[1])) {
          switch (cue.term().category()) {
            case "benefits", "eeo", "apply" -> blurb = true;
            case "blurb" -> blurb |= u.section() == JobSection.INTRO;
            case "preferred" -> importance = Importance.PREFERRED;
            default -> { }
          }
        }
        if (blurb) {
          continue;
        }
        String sentence = text.substring(s[0], s[1]).replaceAll("\\s+", " ").trim();
        years = max(years, years(sentence));
        for (List<Term> choice : choices(text, Technologies.jobMatcher().find(text, s[0], s[1]))) {
          add(found, choice, importance, u.section(), sentence, Span.between(s[0], s[1]));
        }
      }
    }
    // Keywords a JSON job lists explicitly count even when the vocabulary does not know them.
    for (String k : keywords) {
      if (!k.isEmpty() && Technologies.jobMatcher().find(k).isEmpty()) {
        int at = text.indexOf(k);
        Span span = at < 0 ? Span.EMPTY : new Span(at, k.length());
        add(found, List.of(new Term(k, "keyword", List.of(), false)), Importance.REQUIRED, JobSection.REQUIREMENTS,
            at < 0 ? k : lineAround(text, at), span);
      }
    }
    return new JobDescription(title, company, level, years, List.copyOf(found.values()), dropped, text);
  }

  private static void add(Map<String, Requirement> found, List<Term> choice, Importance importance, JobSection section,
      String sentence, Span span) {
    String name = String.join(" or ", choice.stream().map(Term::canonical).toList());
    String key = name.toLowerCase(Locale.ROOT);
    Requirement before = found.get(key);
    if (before == null) {
      found.put(key, new Requirement(name, choice, importance, section, sentence, span));
    } else if (before.importance() == Importance.PREFERRED && importance == Importance.REQUIRED) {
      // Asked for as a must-have anywhere: a must-have, explained by that sentence.
      found.put(key, new Requirement(name, choice, importance, section, sentence, span));
    }
  }

  /**
   * Groups mentions into requirements: "Kubernetes or ECS" and "Java, Kotlin, or Scala" are one
   * requirement that any of them meets; "Java, Spring and Kafka" are three.
   */
  static List<List<Term>> choices(String text, List<Mention> mentions) {
    List<List<Term>> out = new ArrayList<>();
    int i = 0;
    while (i < mentions.size()) {
      int j = i;
      boolean or = false;
      while (j + 1 < mentions.size()) {
        String gap = text.substring(mentions.get(j).span().end(), mentions.get(j + 1).span().offset());
        if (OR_GAP.matcher(gap).matches()) {
          or = true;
        } else if (!LIST_GAP.matcher(gap).matches()) {
          break;
        }
        j++;
      }
      if (or) {
        List<Term> choice = new ArrayList<>();
        for (int k = i; k <= j; k++) {
          if (!choice.contains(mentions.get(k).term())) {
            choice.add(mentions.get(k).term());
          }
        }
        out.add(choice);
        i = j + 1;
      } else {
        out.add(List.of(mentions.get(i).term()));
        i++;
      }
    }
    return out;
  }

  /** A stretch of text under one section: a bullet, or a paragraph. */
  private record Unit(int start, int end, JobSection section, String heading) {}

  private static List<Unit> units(String text) {
    List<Unit> out = new ArrayList<>();
    JobSection section = JobSection.INTRO;
    String heading = null;
    int paraStart = -1;
    int paraEnd = -1;
    int pos = 0;
    while (pos <= text.length()) {
      int nl = text.indexOf('\n', pos);
      int end = nl < 0 ? text.length() : nl;
      String line = text.substring(pos, end);
      int lineStart = pos;
      pos = end + 1;
      if (line.isBlank()) {
        if (paraStart >= 0) {
          out.add(new Unit(paraStart, paraEnd, section, heading));
          paraStart = -1;
        }
        if (nl < 0) {
          break;
        }
        continue;
      }
      Optional<JobSection> asHeading = headingLine(line);
      Matcher inline = INLINE_HEADING.matcher(line);
      // "Requirements: 4+ years of Go" switches section; "Experience with Kafka: a must" does not.
      Optional<JobSection> inlineKind = inline.matches() && Technologies.jobMatcher().find(inline.group(1)).isEmpty()
          ? kind(inline.group(1)) : Optional.empty();
      Matcher bullet = BULLET.matcher(line);
      boolean isBullet = bullet.find();
      boolean firstLine = out.isEmpty() && paraStart < 0 && section == JobSection.INTRO;
      if (asHeading.isPresent() || inlineKind.isPresent() || isBullet) {
        if (paraStart >= 0) {
          out.add(new Unit(paraStart, paraEnd, section, heading));
          paraStart = -1;
        }
      }
      if (asHeading.isPresent()) {
        section = asHeading.get();
        heading = HEADING_MARKS.matcher(line).replaceAll("");
      } else if (inlineKind.isPresent()) {
        section = inlineKind.get();
        heading = inline.group(1).trim();
        paraStart = lineStart + inline.start(2);
        paraEnd = lineStart + line.stripTrailing().length();
      } else if (isBullet) {
        out.add(new Unit(lineStart + bullet.end(), lineStart + line.stripTrailing().length(), section, heading));
      } else if (firstLine && isTitleLine(line)) {
        // The title stands alone, not glued to the first sentence below it.
        out.add(new Unit(lineStart + (line.length() - line.stripLeading().length()), lineStart + line.stripTrailing().length(),
            section, heading));
      } else {
        if (paraStart < 0) {
          paraStart = lineStart + (line.length() - line.stripLeading().length());
        }
        paraEnd = lineStart + line.stripTrailing().length();
      }
      if (nl < 0) {
        break;
      }
    }
    if (paraStart >= 0) {
      out.add(new Unit(paraStart, paraEnd, section, heading));
    }
    return out;
  }

  private static boolean isTitleLine(String line) {
    String bare = HEADING_MARKS.matcher(line).replaceAll("").trim();
    return !bare.isEmpty() && bare.length() <= 80 && !bare.endsWith(".") && bare.split("\\s+").length <= 10;
  }

  /** A line that is a heading and nothing else: short, no full stop, a known kind. */
  private static Optional<JobSection> headingLine(String line) {
    String bare = HEADING_MARKS.matcher(line).replaceAll("");
    boolean marked = line.stripLeading().startsWith("#") || line.strip().endsWith(":") || line.strip().startsWith("**");
    int words = bare.isBlank() ? 0 : bare.trim().split("\\s+").length;
    if (bare.isEmpty() || bare.length() > 60 || bare.endsWith(".") || BULLET.matcher(line).find()) {
      return Optional.empty();
    }
    if (!marked && (words > 6 || Character.isLowerCase(bare.charAt(0)))) {
      return Optional.empty();
    }
    return kind(bare);
  }

  static Optional<JobSection> kind(String heading) {
    String h = heading.toLowerCase(Locale.ROOT).replace('’', '\'');
    for (Map.Entry<JobSection, List<String>> e : HEADINGS.entrySet()) {
      for (String phrase : e.getValue()) {
        if (h.contains(phrase)) {
          return Optional.of(e.getKey());
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Sentences within {@code [from, to)}: split after '.', '!', '?' or ';' followed by space, except
   * after the abbreviations job ads use ("e.g.", "i.e.", "etc.", "vs.").
   */
  static List<int[]> sentences(String text, int from, int to) {
    List<int[]> out = new ArrayList<>();
    int start = from;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      boolean end = (c == '.' || c == '!' || c == '?' || c == ';') && i + 1 < to && Character.isWhitespace(text.charAt(i + 1));
      if (end && c == '.') {
        String before = text.substring(Math.max(from, i - 4), i + 1).toLowerCase(Locale.ROOT);
        end = !(before.endsWith("e.g.") || before.endsWith("i.e.") || before.endsWith("etc.") || before.endsWith("vs.")
            || before.endsWith(" inc."));
      }
      if (end) {
        add(out, text, start, i + 1);
        start = i + 1;
      }
    }
    add(out, text, start, to);
    return out;
  }

  private static void add(List<int[]> out, String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new int[] {start, end});
    }
  }

  static Integer years(String sentence) {
    Integer most = null;
    Matcher m = YEARS.matcher(sentence);
    while (m.find()) {
      String n = m.group(1).toLowerCase(Locale.ROOT);
      int v = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : NUMBER_WORDS.indexOf(n);
      // "over 100 years of combined experience" and company ages are not asks of the applicant.
      if (v > 0 && v <= 25) {
        most = max(most, v);
      }
    }
    return most;
  }

  private static Integer max(Integer a, Integer b) {
    return a == null ? b : b == null ? a : Integer.valueOf(Math.max(a, b));
  }

  static Optional<Level> levelOf(String title) {
    if (title == null) {
      return Optional.empty();
    }
    String t = " " + title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", " ") + " ";
    for (Map.Entry<Level, List<String>> e : LEVEL_WORDS.entrySet()) {
      for (String w : e.getValue()) {
        if (t.contains(" " + w + " ")) {
          return Optional.of(e.getKey());
        }
      }
    }
    return Optional.empty();
  }

  private static String title(String text) {
    Matcher labelled = LABELLED.matcher(text);
    while (labelled.find()) {
      if (!labelled.group(1).toLowerCase(Locale.ROOT).startsWith("comp") && !labelled.group(1).equalsIgnoreCase("employer")) {
        return labelled.group(2);
      }
    }
    String first = text.strip().lines().findFirst().orElse("");
    String bare = HEADING_MARKS.matcher(first).replaceAll("").trim();
    if (isTitleLine(first) && ROLE_NOUN.matcher(bare).find()) {
      return bare;
    }
    Matcher m = LOOKING_FOR.matcher(text);
    return m.find() ? m.group(1).trim() : null;
  }

  private static String company(String text) {
    Matcher labelled = LABELLED.matcher(text);
    while (labelled.find()) {
      if (labelled.group(1).toLowerCase(Locale.ROOT).startsWith("comp") || labelled.group(1).equalsIgnoreCase("employer")) {
        return labelled.group(2);
      }
    }
    Matcher about = Pattern.compile("(?im)^[#*\\s]*about\\s+(\\S.{0,40}?)[*:\\s]*$").matcher(text);
    while (about.find()) {
      String name = about.group(1).trim();
      if (!NOT_COMPANIES.contains(name.toLowerCase(Locale.ROOT)) && !name.toLowerCase(Locale.ROOT).startsWith("the ")
          && !name.toLowerCase(Locale.ROOT).startsWith("you") && Character.isUpperCase(name.charAt(0))) {
        return name;
      }
    }
    Matcher m = COMPANY_PHRASE.matcher(text);
    while (m.find()) {
      String name = (m.group(1) != null ? m.group(1) : m.group(2)).trim();
      if (!NOT_COMPANIES.contains(name.toLowerCase(Locale.ROOT)) && !name.equals("We") && !name.equals("Our")) {
        return name;
      }
    }
    return null;
  }

  private static String lineAround(String text, int at) {
    int s = text.lastIndexOf('\n', at) + 1;
    int e = text.indexOf('\n', at);
    return text.substring(s, e < 0 ? text.length() : e).replaceAll("^[-\\s]+", "").trim();
  }

  private static String field(JsonNode n, String name) {
    JsonNode v = n.path(name);
    return v.isValueNode() ? v.asText().trim() : "";
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static void line(StringBuilder out, String s) {
    if (s != null && !s.isBlank()) {
      out.append(s.strip()).append('\n');
    }
  }

  private static void list(StringBuilder out, String heading, JsonNode items) {
    if (items.size() == 0) {
      return;
    }
    out.append('\n').append(heading).append('\n');
    for (JsonNode i : items) {
      line(out, "- " + i.asText().strip());
    }
  }

  private static Map<JobSection, List<String>> headings() {
    Map<JobSection, List<String>> out = new LinkedHashMap<>();
    ResourceLists.read(JobDescriptions.class, "jd-headings.txt")
        .forEach((k, v) -> out.put(JobSection.valueOf(k.toUpperCase(Locale.ROOT)), List.copyOf(v)));
    return out;
  }

  private static TermMatcher cues() {
    List<Term> terms = new ArrayList<>();
    ResourceLists.read(JobDescriptions.class, "jd-cues.txt")
        .forEach((kind, phrases) -> phrases.forEach(p -> terms.add(new Term(p, kind, List.of(), false))));
    return new TermMatcher(terms);
  }

  private static Map<Level, List<String>> levels() {
    Map<Level, List<String>> out = new LinkedHashMap<>();
    ResourceLists.read(JobDescriptions.class, "jd-levels.txt")
        .forEach((k, v) -> out.put(Level.byId(k).orElseThrow(() -> new IllegalStateException("jd-levels.txt: unknown level " + k)), List.copyOf(v)));
    return out;
  }
}
