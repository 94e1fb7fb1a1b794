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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

  /** A list item's marker; "-Build services" (no space) is one too, as some boards print lists. */
  private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*•·▪◦‣–—+](?:\\s+|(?=[\\p{L}\\p{N}]))|\\d{1,2}[.)]\\s+)");
  private static final Pattern HEADING_MARKS = Pattern.compile("^[#*_\\s]+|[*_:\\s]+$");
  private static final Pattern INLINE_HEADING = Pattern.compile("^\\s*(?:\\*\\*)?([A-Za-z][A-Za-z'’ /&-]{1,40}?)(?:\\*\\*)?\\s*:\\s*(?:\\*\\*)?\\s*(\\S.*)$");
  private static final Pattern YEARS = Pattern.compile(
      "(?i)\\b(\\d{1,2}|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen)\\s*\\+?\\s*(?:(?:-|–|—|to)\\s*\\d{1,2}\\s*\\+?\\s*)?(?:or more\\s+)?(?:years?|yrs|yoe)\\b");
  /** A sentence whose years are a degree's substitute or the company's history, not the ask. */
  private static final Pattern NOT_AN_ASK = Pattern.compile("^\\W*equivalent experience|in lieu of|may be considered|may substitute|\\bfounded\\b|\\bsince \\d{4}");
  private static final Pattern YEARS_NOT_ASKED = Pattern.compile("\\b(?:last|past|after|for over|over the|founded)\\s*$");
  private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen");
  private static final Pattern LOOKING_FOR = Pattern.compile(
      "(?:looking for|hiring|seeking|searching for)\\s+(?:an?\\s+|our\\s+(?:next|first)\\s+)?((?:[A-Z][\\w.+#/-]*\\s+){0,5}?(?:Engineer|Developer|Architect|Programmer|SRE)(?:\\s+(?:I{1,3}|IV))?)\\b");
  private static final Pattern ABOUT = Pattern.compile("(?im)^[#*\\s]*about\\s+([A-Z][\\w&.' -]{0,40}?)[*:\\s]*$");
  private static final Pattern COMPANY_PHRASE = Pattern.compile(
      "(?:\\bAt|\\bjoin|\\bJoin)\\s+((?:[A-Z][\\w&.'-]*)(?:\\s+[A-Z][\\w&.'-]*){0,2})(?:[,!]|\\s+(?:and|as|to|where|we)\\b)"
          + "|\\b((?:[A-Z][\\w&.'-]*)(?:\\s+[A-Z][\\w&.'-]*){0,2})\\s+is\\s+(?:hiring|looking|seeking|an?\\s|the\\s|on a mission|committed|proud)"
          + "|(?:working at|work at|career at|joining)\\s+((?:[A-Z][\\w&.'-]*)(?:\\s+[A-Z][\\w&.'-]*){0,2})");
  /** Between alternatives: "or", a slash, "and/or"; "MySQL (or other RDBMS)" offers any relational database. */
  private static final Pattern OR_GAP = Pattern.compile(
      "^\\s*(?:,\\s*)?\\(?\\s*(?:or|/|and/or|\\|)(?:\\s+(?:other|another|any other|similar|comparable|equivalent))?\\s*$");
  private static final Pattern LIST_GAP = Pattern.compile("^\\s*(?:,|,?\\s*and|&|;)\\s*$");
  /** Just before a list: it gives examples of something ("such as", "e.g.", "like", an opening bracket). */
  private static final Pattern EXAMPLES = Pattern.compile("(?i)(?:such as|e\\.g\\.,?|i\\.e\\.,?|\\blike|including|for example,?|for instance,?|\\(|:)\\s*$");
  /** Just after a list: it is open ("etc.", "or similar"). */
  private static final Pattern OPEN_END = Pattern.compile("(?i)^\\W{0,3}(?:etc|or similar|or equivalent|or other|and more|and similar|or comparable)");
  /** Examples of "technologies" or "tools" are the team's stack, several requirements, not one choice. */
  private static final Pattern GENERIC_HEAD = Pattern.compile("(?i)\\b(?:technologies|tools|toolset|systems|stack)\\s+(?:such as|like|including)\\s*$");
  private static final Pattern ANY_OF = Pattern.compile("\\b(?:one or more|one of|any of|either|at least one)\\b");
  /** Between a term and "preferred": a bracket ("Kotlin (preferred)") or nothing ("AWS preferred"). */
  private static final Pattern ITEM_GAP = Pattern.compile("^\\s*[(\\[]\\s*$|^\\s$");
  /** "Working at Acme, Inc.": a heading may end in a company's legal suffix. */
  private static final Pattern LEGAL_END = Pattern.compile("(?i)\\b(?:inc|ltd|co|corp|llc)\\.$");
  /** A line that ends in one of these goes on with the next: "orchestration with Kubernetes or" / "ECS". */
  private static final Set<String> CONNECTORS = Set.of("and", "or", "of", "with", "to", "in", "for", "the", "a", "an",
      "including", "like", "as", "via", "on", "at", "by", "from", "using", "such");
  private static final Pattern BRACKETED = Pattern.compile("^\\s*\\[[^\\]]{2,40}\\]\\s*$");
  private static final List<String> NOT_COMPANIES = List.of("us", "the", "the role", "the team", "our", "you", "a", "this", "we",
      "our team", "the company", "scale", "work", "life");
  private static final Map<Level, Integer> LEVEL_YEARS = levelYears();

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

  /** How far a sentence's terms count, before the stack is settled (see {@link #settle}). */
  private enum Scope { REQUIRED, PREFERRED, STACK }

  private static JobDescription parse(String text, String title, String company, Level level, List<String> keywords) {
    if (text == null || text.isBlank()) {
      throw new JobDescriptionException("the job description has no text");
    }
    PostingHeader header = PostingHeader.read(text);
    String location = header.location();
    if (title == null) {
      title = header.title() != null ? header.title() : lookingFor(text);
    }
    if (company == null) {
      company = header.company() != null ? header.company() : company(text);
    }
    List<Unit> units = units(text, header.end());
    // Text before the first heading, or under "About the team", counts only where it speaks of the
    // hire, unless the posting has no sections at all: then that text is all there is.
    boolean structured = units.stream().anyMatch(u -> switch (u.section()) {
      case REQUIREMENTS, RESPONSIBILITIES, PREFERRED, ROLE, STACK -> true;
      default -> false;
    });

    Map<String, Found> found = new LinkedHashMap<>();
    List<String> dropped = new ArrayList<>();
    Integer years = null;
    if (header.titleStart() >= 0 && title != null && text.startsWith(title, header.titleStart())) {
      int ts = header.titleStart();
      years = years(title);
      // A technology in the title ("Senior Engineer (Go, Postgres)") is asked for; a word for the
      // kind of work ("Backend APIs", "Site Reliability") is the job's name, not a skill.
      List<Mention> inTitle = PostingTerms.find(text, ts, ts + title.length()).stream()
          .filter(m -> Technologies.isTechnology(m.term())).toList();
      for (Group g : groups(text, inTitle)) {
        add(found, g, Scope.REQUIRED, JobSection.INTRO, title, Span.between(ts, ts + title.length()));
      }
    }
    Map<Integer, Choice> choices = new LinkedHashMap<>();
    for (Unit u : units) {
      if (u.section().boilerplate()) {
        if (u.heading() != null && !dropped.contains(u.heading())) {
          dropped.add(u.heading());
        }
        continue;
      }
      for (int[] s : sentences(text, u.start(), u.end())) {
        Set<String> cues = new HashSet<>();
        List<Mention> cueMentions = CUES.find(text, s[0], s[1]);
        List<Mention> terms = PostingTerms.find(text, s[0], s[1]);
        Set<Mention> itemPreferred = new HashSet<>();
        for (Mention cue : cueMentions) {
          if (cue.term().category().equals("preferred")) {
            String said = cue.span().of(text).toLowerCase(Locale.ROOT);
            Mention item = said.startsWith("prefer") || text.charAt(Math.max(0, cue.span().offset() - 1)) == '('
                ? itemBefore(text, cue, terms) : null;
            if (item != null) {
              itemPreferred.add(item);
              continue;
            }
          }
          cues.add(cue.term().category());
        }
        if (cues.contains("benefits") || cues.contains("eeo") || cues.contains("apply")) {
          continue;
        }
        boolean counts = switch (u.section()) {
          case REQUIREMENTS, RESPONSIBILITIES, PREFERRED, STACK -> true;
          // A paragraph about the role counts where it speaks of the hire or asks for something;
          // "Ever-expanding technology like IoT means more data than ever" is scene-setting.
          case ROLE -> u.bullet() ? !cues.contains("blurb") || cues.contains("role")
              : cues.contains("role") || cues.contains("stack") || cues.contains("asks") && !cues.contains("blurb");
          default -> structured
              ? cues.contains("role") || cues.contains("stack") || cues.contains("asks") && !cues.contains("blurb")
              : !cues.contains("blurb") || cues.contains("role");
        };
        if (!counts) {
          continue;
        }
        String sentence = text.substring(s[0], s[1]).replaceAll("\\s+", " ").trim();
        if (years == null && (u.section() != JobSection.INTRO && u.section() != JobSection.TEAM || cues.contains("role") || !structured)) {
          years = years(sentence);
        }
        Scope scope;
        if (u.section() == JobSection.PREFERRED || u.lead() == Lead.PREFERRED || u.lead() == Lead.ANYOF_PREFERRED
            || cues.contains("preferred")) {
          scope = Scope.PREFERRED;
        } else if (u.section() == JobSection.STACK || u.lead() == Lead.STACK
            || cues.contains("stack") && !cues.contains("role") && u.section() != JobSection.REQUIREMENTS
                && u.section() != JobSection.RESPONSIBILITIES) {
          scope = Scope.STACK;
        } else {
          scope = Scope.REQUIRED;
        }
        Span span = Span.between(s[0], s[1]);
        if (u.lead() == Lead.ANYOF || u.lead() == Lead.ANYOF_PREFERRED) {
          // "One or more of the following:" makes every item below it one choice.
          choices.computeIfAbsent(u.leadAt(), k -> new Choice(new ArrayList<>(), scope, sentence, span)).members().addAll(terms);
          continue;
        }
        boolean oneChoice = cues.contains("anyof") && terms.size() > 1 && anyOfBefore(text, s[0], terms.get(0));
        for (Group g : oneChoice ? List.of(new Group(terms)) : groups(text, terms)) {
          Scope own = g.members().size() == 1 && itemPreferred.contains(g.members().get(0)) ? Scope.PREFERRED : scope;
          add(found, g, own, u.section(), sentence, span);
        }
      }
    }
    choices.values().forEach(c -> add(found, new Group(c.members()), c.scope(), JobSection.REQUIREMENTS, c.sentence(), c.span()));
    List<Requirement> requirements = settle(found, text);
    // Keywords a JSON job lists explicitly count even when the vocabulary does not know them.
    Map<String, Requirement> extra = new LinkedHashMap<>();
    for (String k : keywords) {
      if (!k.isEmpty() && Technologies.jobMatcher().find(k).isEmpty()) {
        int at = text.indexOf(k);
        Span span = at < 0 ? Span.EMPTY : new Span(at, k.length());
        extra.putIfAbsent(k.toLowerCase(Locale.ROOT), new Requirement(k, List.of(new Term(k, "keyword", List.of(), false)),
            Importance.REQUIRED, JobSection.REQUIREMENTS, at < 0 ? k : lineAround(text, at), span, List.of(span)));
      }
    }
    List<Requirement> all = new ArrayList<>(requirements);
    all.addAll(extra.values());
    if (level == null) {
      level = level(title, text, years);
    }
    return new JobDescription(title, company, location, level, years, all, dropped, text);
  }

  /** The items under a lead-in such as "one or more of the following:", with the first item's sentence. */
  private record Choice(List<Mention> members, Scope scope, String sentence, Span span) {}

  /** A requirement being collected: the strongest scope it was asked with, and where. */
  private record Found(Group group, Scope scope, JobSection section, String sentence, Span span) {}

  /** One or more mentions that any one of meets. */
  private record Group(List<Mention> members) {
    Group {
      members = List.copyOf(members);
    }

    List<Term> terms() {
      List<Term> out = new ArrayList<>();
      members.forEach(m -> {
        if (!out.contains(m.term())) {
          out.add(m.term());
        }
      });
      return out;
    }
  }

  private static void add(Map<String, Found> found, Group g, Scope scope, JobSection section, String sentence, Span span) {
    if (g.members().isEmpty()) {
      return;
    }
    String key = String.join(" or ", g.terms().stream().map(Term::canonical).toList()).toLowerCase(Locale.ROOT);
    Found before = found.get(key);
    if (before == null || rank(scope) > rank(before.scope())) {
      // Asked for as a must-have anywhere: a must-have, explained by that sentence.
      found.put(key, new Found(g, scope, section, sentence, span));
    }
  }

  private static int rank(Scope s) {
    return switch (s) {
      case REQUIRED -> 2;
      case PREFERRED -> 1;
      case STACK -> 0;
    };
  }

  /**
   * The team's stack is a nice-to-have beside stated requirements; when it is the only technical
   * content of the posting, it is what the posting asks for.
   */
  private static List<Requirement> settle(Map<String, Found> found, String text) {
    boolean required = found.values().stream().anyMatch(f -> f.scope() == Scope.REQUIRED && f.section() != JobSection.INTRO
        && f.section() != JobSection.TEAM);
    List<Requirement> out = new ArrayList<>();
    for (Found f : found.values()) {
      Importance i = f.scope() == Scope.REQUIRED || f.scope() == Scope.STACK && !required ? Importance.REQUIRED : Importance.PREFERRED;
      List<Term> terms = f.group().terms();
      List<Span> written = new ArrayList<>();
      for (Term t : terms) {
        written.add(f.group().members().stream().filter(m -> m.term().equals(t)).findFirst().orElseThrow().span());
      }
      String name = String.join(" or ", terms.stream().map(Term::canonical).toList());
      out.add(new Requirement(name, terms, i, f.section(), f.sentence(), f.span(), written));
    }
    return out;
  }

  /** The term a preference cue marks on its own: "Kotlin (preferred)", "AWS preferred". */
  private static Mention itemBefore(String text, Mention cue, List<Mention> terms) {
    for (Mention t : terms) {
      if (t.span().end() <= cue.span().offset()) {
        String gap = text.substring(t.span().end(), cue.span().offset());
        if (ITEM_GAP.matcher(gap).matches()) {
          return t;
        }
      }
    }
    return null;
  }

  private static boolean anyOfBefore(String text, int sentenceStart, Mention first) {
    String before = text.substring(sentenceStart, first.span().offset()).toLowerCase(Locale.ROOT);
    return ANY_OF.matcher(before).find();
  }

  /**
   * Groups mentions into requirements: "Kubernetes or ECS", "Java, Kotlin, or Scala", "AWS/GCP",
   * and examples of one kind ("cloud platforms (AWS, Google Cloud, Azure, etc.)", "languages such as
   * Python, Go") are one requirement that any of them meets; "Java, Spring and Kafka", or a stack
   * named after "technologies like", are several.
   */
  private static List<Group> groups(String text, List<Mention> mentions) {
    List<Group> out = new ArrayList<>();
    int i = 0;
    while (i < mentions.size()) {
      int j = i;
      boolean or = false;
      boolean slash = false;
      while (j + 1 < mentions.size()) {
        String gap = text.substring(mentions.get(j).span().end(), mentions.get(j + 1).span().offset());
        if (OR_GAP.matcher(gap).matches()) {
          or = true;
          slash |= gap.strip().equals("/");
        } else if (!LIST_GAP.matcher(gap).matches() || slash && !gap.strip().equals(",")) {
          // "C/C++ and HTML/CSS" is two choices: after a slash, "and" ends the run.
          break;
        }
        j++;
      }
      List<Mention> run = mentions.subList(i, j + 1);
      boolean choice = or;
      if (!choice && run.size() > 1) {
        String lead = text.substring(Math.max(0, run.get(0).span().offset() - 40), run.get(0).span().offset());
        String after = text.substring(run.get(run.size() - 1).span().end(), Math.min(text.length(), run.get(run.size() - 1).span().end() + 16));
        boolean examples = EXAMPLES.matcher(lead).find();
        boolean open = OPEN_END.matcher(after).find();
        boolean sameKind = run.stream().map(m -> m.term().category()).distinct().count() == 1;
        boolean generic = GENERIC_HEAD.matcher(lead).find();
        choice = examples && (open || sameKind && !generic);
      }
      if (choice) {
        out.add(new Group(run));
      } else {
        run.forEach(m -> out.add(new Group(List.of(m))));
      }
      i = j + 1;
    }
    return out;
  }

  /** Where a lead-in line puts the bullets below it. */
  private enum Lead { NONE, PREFERRED, STACK, ANYOF, ANYOF_PREFERRED }

  /** A stretch of text under one section: a bullet, or a paragraph. */
  private record Unit(int start, int end, JobSection section, String heading, Lead lead, int leadAt, boolean bullet) {}

  private static List<Unit> units(String text, int from) {
    List<Unit> out = new ArrayList<>();
    JobSection section = JobSection.INTRO;
    String heading = null;
    Lead lead = Lead.NONE;
    int leadAt = -1;
    int paraStart = -1;
    int paraEnd = -1;
    int pos = from;
    while (pos <= text.length()) {
      int nl = text.indexOf('\n', pos);
      int end = nl < 0 ? text.length() : nl;
      String line = text.substring(pos, end);
      int lineStart = pos;
      pos = end + 1;
      if (line.isBlank()) {
        if (paraStart >= 0) {
          out.add(new Unit(paraStart, paraEnd, section, heading, Lead.NONE, -1, false));
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
      boolean isBullet = bullet.find() && !asHeading.isPresent();
      if (asHeading.isPresent() || inlineKind.isPresent() || isBullet) {
        if (paraStart >= 0) {
          out.add(new Unit(paraStart, paraEnd, section, heading, Lead.NONE, -1, false));
          paraStart = -1;
        }
      }
      if (!isBullet) {
        lead = Lead.NONE;
      }
      String stripped = line.strip();
      int words = stripped.split("\\s+").length;
      if (asHeading.isPresent() && words > 5 && stripped.endsWith(":") && !asHeading.get().boilerplate()) {
        // A sentence that introduces a list ("Experience with any of the following is a plus:")
        // scopes that list, not everything down to the next heading.
        lead = leadOf(line, asHeading.get());
        leadAt = lineStart;
        if (lead == Lead.NONE) {
          section = asHeading.get();
          heading = HEADING_MARKS.matcher(line).replaceAll("");
        }
        out.add(new Unit(lineStart + (line.length() - line.stripLeading().length()), lineStart + line.stripTrailing().length(),
            section, heading, Lead.NONE, -1, false));
      } else if (asHeading.isPresent()) {
        section = asHeading.get();
        heading = HEADING_MARKS.matcher(line).replaceAll("");
      } else if (inlineKind.isPresent()) {
        section = inlineKind.get();
        heading = inline.group(1).trim();
        paraStart = lineStart + inline.start(2);
        paraEnd = lineStart + line.stripTrailing().length();
      } else if (isBullet) {
        out.add(new Unit(lineStart + bullet.end(), lineStart + line.stripTrailing().length(), section, heading, lead, leadAt, true));
      } else if (stripped.endsWith(":")) {
        // A lead-in paragraph: it stands alone, and says how the list below it counts.
        if (paraStart >= 0) {
          out.add(new Unit(paraStart, paraEnd, section, heading, Lead.NONE, -1, false));
          paraStart = -1;
        }
        out.add(new Unit(lineStart + (line.length() - line.stripLeading().length()), lineStart + line.stripTrailing().length(),
            section, heading, Lead.NONE, -1, false));
        lead = leadOf(line, null);
        leadAt = lineStart;
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
      out.add(new Unit(paraStart, paraEnd, section, heading, Lead.NONE, -1, false));
    }
    return out;
  }

  /** "What Does Our Data Stack Look Like": most words capitalised, as headings are. */
  private static boolean titleCase(String s) {
    String[] words = s.trim().split("\\s+");
    long upper = java.util.Arrays.stream(words).filter(w -> !w.isEmpty() && Character.isUpperCase(w.codePointAt(0))).count();
    return upper * 10 >= words.length * 7;
  }

  private static Lead leadOf(String line, JobSection kind) {
    Set<String> cues = new HashSet<>();
    CUES.find(line).forEach(m -> cues.add(m.term().category()));
    if (cues.contains("anyof")) {
      return cues.contains("preferred") || kind == JobSection.PREFERRED ? Lead.ANYOF_PREFERRED : Lead.ANYOF;
    }
    if (cues.contains("preferred") || kind == JobSection.PREFERRED) {
      return Lead.PREFERRED;
    }
    if (cues.contains("stack") || kind == JobSection.STACK) {
      return Lead.STACK;
    }
    return Lead.NONE;
  }

  /** A line that is a heading and nothing else: short, no full stop, a known kind. */
  private static Optional<JobSection> headingLine(String line) {
    if (INLINE_HEADING.matcher(line).matches()) {
      return Optional.empty(); // "Current tech stack: AWS, Rails": a heading with its content, read as such
    }
    String bare = HEADING_MARKS.matcher(line).replaceAll("");
    boolean marked = line.stripLeading().startsWith("#") || line.strip().endsWith(":") || line.strip().startsWith("**")
        || BRACKETED.matcher(line).matches();
    int words = bare.isBlank() ? 0 : bare.trim().split("\\s+").length;
    if (bare.isEmpty() || bare.length() > 70 || bare.endsWith(".") && !LEGAL_END.matcher(bare).find()) {
      return Optional.empty();
    }
    Matcher b = BULLET.matcher(line);
    if (b.find()) {
      // "* Nice to have:" is a heading written as a bullet.
      String rest = line.substring(b.end()).strip();
      if (!rest.endsWith(":") || rest.split("\\s+").length > 4) {
        return Optional.empty();
      }
      return kind(rest);
    }
    if (!marked && (words > (titleCase(bare) ? 8 : 6) || Character.isLowerCase(bare.charAt(0)))) {
      return Optional.empty();
    }
    return kind(bare);
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
      boolean end = (c == '.' || c == '!' || c == '?' || c == ';') && i + 1 < to && Character.isWhitespace(text.charAt(i + 1))
          || c == '\n' && lineEnds(text, i, to);
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

  /** A line break ends a sentence when the next line starts anew: a capital, a digit, a list mark. */
  private static boolean lineEnds(String text, int nl, int to) {
    int prev = nl - 1;
    while (prev >= 0 && text.charAt(prev) == ' ') {
      prev--;
    }
    if (prev >= 0 && text.charAt(prev) == ',') {
      return false;
    }
    int word = prev;
    while (word >= 0 && Character.isLetter(text.charAt(word))) {
      word--;
    }
    if (CONNECTORS.contains(text.substring(word + 1, prev + 1).toLowerCase(Locale.ROOT))) {
      return false;
    }
    int next = nl + 1;
    while (next < to && text.charAt(next) == ' ') {
      next++;
    }
    return next < to && (Character.isUpperCase(text.charAt(next)) || Character.isDigit(text.charAt(next)) || "-*•".indexOf(text.charAt(next)) >= 0);
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

  /**
   * The minimum years of experience a sentence asks for: the low end of a range ("2-8 YOE" gives 2,
   * "0-2+ years" gives 0), the first figure when there are several ("8 years with a Bachelor's; or 6
   * with a Master's" gives 8). Null for figures that are no ask of the applicant: a degree's
   * substitute, the company's age, time off after years of service.
   */
  static Integer years(String sentence) {
    String lower = sentence.toLowerCase(Locale.ROOT);
    if (NOT_AN_ASK.matcher(lower).find()) {
      return null;
    }
    Matcher m = YEARS.matcher(sentence);
    while (m.find()) {
      String before = lower.substring(Math.max(0, m.start() - 16), m.start());
      if (YEARS_NOT_ASKED.matcher(before).find()) {
        continue;
      }
      String n = m.group(1).toLowerCase(Locale.ROOT);
      int v = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : NUMBER_WORDS.indexOf(n);
      // "over 100 years of combined experience" and company ages are not asks of the applicant.
      if (v >= 0 && v <= 25) {
        return v;
      }
    }
    return null;
  }

  /** The first level word in the title; else the level a sentence like "seeking a Senior Engineer" names; else by years. */
  static Level level(String title, String text, Integer years) {
    Optional<Level> l = levelOf(title);
    if (l.isPresent()) {
      return l.get();
    }
    Matcher m = LOOKING_FOR.matcher(text);
    if (m.find() && levelOf(m.group(1)).isPresent()) {
      return levelOf(m.group(1)).get();
    }
    if (years == null) {
      return null;
    }
    Level out = null;
    for (Map.Entry<Level, Integer> e : LEVEL_YEARS.entrySet()) {
      if (years >= e.getValue()) {
        out = e.getKey();
      }
    }
    return out;
  }

  static Optional<Level> levelOf(String title) {
    if (title == null) {
      return Optional.empty();
    }
    // "Senior/Staff" keeps its slash apart, so it reads as "senior", not as the phrase "senior staff".
    String t = " " + title.toLowerCase(Locale.ROOT).replace("/", " / ").replaceAll("[^a-z0-9/-]+", " ") + " ";
    Level first = null;
    int at = Integer.MAX_VALUE;
    int length = 0;
    for (Map.Entry<Level, List<String>> e : LEVEL_WORDS.entrySet()) {
      for (String w : e.getValue()) {
        int i = t.indexOf(" " + w + " ");
        // The earliest word wins; at one place, the longer name ("senior staff" over "senior").
        if (i >= 0 && (i < at || i == at && w.length() > length)) {
          first = e.getKey();
          at = i;
          length = w.length();
        }
      }
    }
    return Optional.ofNullable(first);
  }

  private static String lookingFor(String text) {
    Matcher m = LOOKING_FOR.matcher(text);
    return m.find() ? m.group(1).trim() : null;
  }

  /**
   * The company a posting without a header names: "About Acme", "At Acme, we", "Join Acme",
   * "Acme is hiring", "Acme is a ... company". A candidate counts only when the text names it twice.
   */
  private static String company(String text) {
    List<String> candidates = new ArrayList<>();
    Matcher about = ABOUT.matcher(text);
    while (about.find()) {
      candidates.add(about.group(1).trim());
    }
    Matcher m = COMPANY_PHRASE.matcher(text);
    while (m.find()) {
      for (int g = 1; g <= m.groupCount(); g++) {
        if (m.group(g) != null) {
          candidates.add(m.group(g).trim());
        }
      }
    }
    for (String name : candidates) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (NOT_COMPANIES.contains(lower) || lower.startsWith("the ") || lower.startsWith("you") || lower.startsWith("our ")
          || lower.startsWith("this ") || !Character.isUpperCase(name.charAt(0)) || kind(name).isPresent()
          || !Technologies.jobMatcher().find(name).isEmpty()) {
        continue;
      }
      if (text.indexOf(name) != text.lastIndexOf(name)) {
        return name;
      }
    }
    return null;
  }

  static Optional<JobSection> kind(String heading) {
    String h = heading.toLowerCase(Locale.ROOT).replace('’', '\'');
    JobSection best = null;
    int longest = 0;
    for (Map.Entry<JobSection, List<String>> e : HEADINGS.entrySet()) {
      for (String phrase : e.getValue()) {
        // A word of preference settles it whatever else the heading says: "It's a bonus if you have".
        if (e.getKey() == JobSection.PREFERRED && h.contains(phrase)) {
          return Optional.of(JobSection.PREFERRED);
        }
        if (phrase.length() > longest && h.contains(phrase)) {
          best = e.getKey();
          longest = phrase.length();
        }
      }
    }
    return Optional.ofNullable(best);
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
    ResourceLists.read(JobDescriptions.class, "jd-levels.txt").forEach((k, v) -> {
      if (!k.equals("years")) {
        out.put(Level.byId(k).orElseThrow(() -> new IllegalStateException("jd-levels.txt: unknown level " + k)), List.copyOf(v));
      }
    });
    return out;
  }

  /** "years: mid 2, senior 7": the level an unlevelled title reads as from the minimum years it asks. */
  private static Map<Level, Integer> levelYears() {
    Map<Level, Integer> out = new LinkedHashMap<>();
    for (String item : ResourceLists.read(JobDescriptions.class, "jd-levels.txt").getOrDefault("years", List.of())) {
      String[] kv = item.split("\\s+");
      out.put(Level.byId(kv[0]).orElseThrow(() -> new IllegalStateException("jd-levels.txt: unknown level " + kv[0])),
          Integer.parseInt(kv[1]));
    }
    return out;
  }
}
