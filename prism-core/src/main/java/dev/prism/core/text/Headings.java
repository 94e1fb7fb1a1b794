package dev.prism.core.text;

import dev.prism.core.lexicon.Glyphs;
import dev.prism.core.lexicon.Lexicon;
import dev.prism.core.model.SectionKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps heading wordings ("Work History", "TECHNICAL SKILLS:", "## Projects", "W ork E xperience",
 * an icon then "EXPERIENCE") to section kinds, from {@code lexicon/headings.txt}.
 */
public final class Headings {
  private static final String FILE = "headings.txt";
  private static final Map<String, SectionKind> VARIANTS = new HashMap<>();
  // The same wordings without spaces: letter-spaced headings ("W ork E xperience") meet them there.
  private static final Map<String, SectionKind> SQUEEZED = new HashMap<>();
  // Headings over contact details ("Contact", "Get in touch"): a sidebar's block of them is no
  // section, and its lines go to the contact parser.
  private static final Set<String> CONTACT = new HashSet<>();
  // Headings over lists of items ("Languages", "Interests"), not entries.
  private static final Set<String> LISTS = new HashSet<>();
  private static final Set<String> PAPERS_OR_POSTS = new HashSet<>();
  // Words that name a kind inside any wording, for lines known to be headings by their look; the
  // kinds in file order, so that "Volunteer Experience" is other before it is experience.
  private static final Map<String, SectionKind> KEYWORDS = new LinkedHashMap<>();
  // The last word of a qualifier that makes a one-word head its object: "Transparency in Work" is
  // a title, "Relevant Work" a heading; a longer head ("Contributions to Open Source") still heads.
  private static final Set<String> NOT_QUALIFIERS = new HashSet<>();
  private static final Set<String> ABOUT_JOINERS = new HashSet<>();
  /** One-word heads that also name a part of a firm ("Research"), and the qualifiers that still make them headings. */
  private static final Set<String> UNIT_HEADS = new HashSet<>();
  private static final Set<String> UNIT_HEAD_QUALIFIERS = new HashSet<>();
  /** Qualifiers written after the heading they qualify: "Experiência de Trabalho mais Relevante". */
  private static final Set<String> QUALIFIERS_AFTER = new HashSet<>();
  /** The words between a count of years and a heading: "2+ Years of Industry Experience". */
  private static final Set<String> YEARS_OF = new HashSet<>();
  /** A count opening a heading: "2+", "10". */
  private static final Pattern COUNT = Pattern.compile("\\d{1,2}\\+?\\s+");
  // The heads of compound words that name a kind however they open ("Arbeitserfahrungen",
  // "Softwareentwicklungskenntnisse"), longest first so that the most particular head speaks.
  private static final Map<String, SectionKind> ENDINGS = new java.util.TreeMap<>(
      java.util.Comparator.comparingInt(String::length).reversed().thenComparing(java.util.Comparator.naturalOrder()));
  private static final Set<String> PERSONAL = new HashSet<>();
  /** Work headings that list studies among the jobs without saying so ("Lebenslauf"). */
  private static final Set<String> WORK_AND_EDUCATION = new HashSet<>();
  private static final List<SectionKind> KIND_ORDER = new ArrayList<>();
  private static final int MAX_WORDS = 6;
  // Compiled once: String.split compiles a pattern of more than one character on every call.
  private static final Pattern AND = Pattern.compile(" and ");
  private static final String RULE_CHARS = "-=_~*#";
  /** A rule drawn with characters before or after a heading's words, apart from them. */
  private static final Pattern DRAWN_RULE = Pattern.compile("^[-=_~*#]{3,}\\s+|\\s+[-=_~*#]{3,}$");

  static {
    for (Map.Entry<String, List<String>> e : Lexicon.lists(FILE).entrySet()) {
      String key = e.getKey();
      // The lists that are no section kind, each a set of normalised wordings.
      Set<String> set = switch (key) {
        case "contact" -> CONTACT;
        case "list" -> LISTS;
        case "papers-or-posts" -> PAPERS_OR_POSTS;
        case "personal-details" -> PERSONAL;
        case "not-a-qualifier" -> NOT_QUALIFIERS;
        case "about-joiner" -> ABOUT_JOINERS;
        case "qualifier-after" -> QUALIFIERS_AFTER;
        case "unit-head" -> UNIT_HEADS;
        case "unit-head-qualifier" -> UNIT_HEAD_QUALIFIERS;
        case "years-of" -> YEARS_OF;
        case "work-and-education" -> WORK_AND_EDUCATION;
        default -> null;
      };
      if (set != null) {
        e.getValue().forEach(v -> set.add(normalize(v)));
        if (set == WORK_AND_EDUCATION) {
          // Each is a work heading too: its list is the career's.
          e.getValue().forEach(v -> VARIANTS.put(normalize(v), SectionKind.EXPERIENCE));
        }
      } else if (key.startsWith("ending-")) {
        SectionKind kind = SectionKind.valueOf(key.substring("ending-".length()).toUpperCase(Locale.ROOT));
        e.getValue().forEach(v -> ENDINGS.put(normalize(v), kind));
      } else if (key.startsWith("keyword-")) {
        SectionKind kind = SectionKind.valueOf(key.substring("keyword-".length()).toUpperCase(Locale.ROOT));
        e.getValue().forEach(v -> KEYWORDS.putIfAbsent(normalize(v), kind));
        KIND_ORDER.add(kind);
      } else {
        SectionKind kind = SectionKind.valueOf(key.toUpperCase(Locale.ROOT));
        for (String v : e.getValue()) {
          VARIANTS.put(normalize(v), kind);
          SQUEEZED.putIfAbsent(single(normalize(v).replace(" ", "")), kind);
        }
      }
    }
    // A list's heading is a heading too ("Języki obce", "Hobbies and Interests"): of no kind but
    // where a kind's line names it as well, so a wording written only on the list's line is not
    // lost to a second copy that drifts.
    for (String v : LISTS) {
      VARIANTS.putIfAbsent(v, SectionKind.OTHER);
      SQUEEZED.putIfAbsent(single(v.replace(" ", "")), SectionKind.OTHER);
    }
  }

  private Headings() {}

  /** A heading that may head papers or the posts a person held ("Research"). */
  static boolean papersOrPosts(String heading) {
    return PAPERS_OR_POSTS.contains(normalize(Wording.of(heading).text()));
  }

  /**
   * The kind a line names when it is a heading. A heading is short, has no sentence punctuation and
   * is one of the known variants, or ends with one ("Relevant Professional Experience").
   */
  public static Optional<SectionKind> kindOf(String line) {
    return kindOf(Wording.of(line));
  }

  /**
   * A line's wording as a heading ({@link #wording}) and that wording normalised ({@link
   * #normalize}): worked out once per line where a line is asked several of the questions below.
   */
  record Wording(String text, String normal) {
    Wording {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(normal, "normal");
    }

    static Wording of(String line) {
      String text = wording(line);
      return new Wording(text, normalize(text));
    }
  }

  /** {@link #kindOf(String)} of a line whose wording is worked out. */
  static Optional<SectionKind> kindOf(Wording w) {
    String trimmed = w.text();
    if (trimmed.isEmpty() || trimmed.length() > 60 || trimmed.endsWith(".") || trimmed.contains("@") || gluedDigit(trimmed)
        || labelsContact(trimmed)) {
      return Optional.empty();
    }
    String n = w.normal();
    if (n.isEmpty()) {
      return Optional.empty();
    }
    SectionKind exact = exact(w);
    if (exact != null) {
      return Optional.of(exact);
    }
    Wording counted = afterYearsCount(trimmed, n);
    if (counted != null) {
      return kindOf(counted);
    }
    String[] words = n.split(" ");
    // Before the case test, for the qualifier is in lower case ("Expérience professionnelle
    // pertinente"); a label over a job's part ends with its colon ("Proyectos relevantes:").
    SectionKind qualifiedAfter = trimmed.endsWith(":") ? null : qualifiedAfter(n);
    if (qualifiedAfter != null && words.length <= MAX_WORDS && !hasDigit(trimmed)) {
      return Optional.of(qualifiedAfter);
    }
    if (words.length > MAX_WORDS || hasDigit(trimmed) || !headingCase(trimmed)) {
      return Optional.empty();
    }
    // "Experience & Projects", "Projects and Work Experience": jobs and projects under one heading
    // are read as work; the entries that are no job go to the projects (see EntryKinds). So are
    // jobs and studies ("Experience & Education"): the studies go to the education.
    if (workAndProjects(n) || workAnd(n, SectionKind.EDUCATION)) {
      return Optional.of(SectionKind.EXPERIENCE);
    }
    // A qualified variant: "Relevant Professional Experience", "Selected Open Source Projects".
    // Where the head is the generic "experience", the word right before it, when it names another
    // kind, says what the experience is: "Projects Experience" lists projects, "Leadership
    // Experience" clubs; "Project Management Experience" is still work. A summary's words
    // ("Profile", "About") qualify nothing, nor does a list's item before a comma that names no
    // kind itself ("Haskell, Open Source": the tags of a job's stack; "Honors, Awards" is two
    // headings' words in one).
    boolean tagged = trimmed.indexOf(',') >= 0 && !namesKinds(trimmed.substring(0, trimmed.lastIndexOf(',')));
    for (int i = 1; i < words.length && i <= 2 && !tagged; i++) {
      SectionKind k = VARIANTS.get(String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length)));
      if (k != null && i == words.length - 1 && NOT_QUALIFIERS.contains(words[i - 1])) {
        return Optional.empty();
      }
      // "Microsoft Research", "GLOBEX RESEARCH", "Quillstone Technologies": a firm's part or name,
      // not a qualified heading. "Frameworks and Technologies" joins two lists' words: no name.
      if (k != null && i == words.length - 1 && UNIT_HEADS.contains(words[i])
          && !java.util.Arrays.stream(words, 0, i).allMatch(UNIT_HEAD_QUALIFIERS::contains)
          && !java.util.Arrays.asList(words).subList(0, i).contains("and")) {
        return Optional.empty();
      }
      if (k != null) {
        SectionKind named = k == SectionKind.EXPERIENCE ? KEYWORDS.get(words[i - 1]) : null;
        return Optional.of(named != null && named != SectionKind.SUMMARY ? named : k);
      }
    }
    return Optional.empty();
  }

  /**
   * The kind of a heading whose qualifier follows it, as Romance languages write one ("Experiência
   * de Trabalho mais Relevante", "Expérience professionnelle pertinente"): the wording before the
   * qualifier (headings.txt, {@code qualifier-after}) is a heading of its own. Null otherwise.
   */
  private static SectionKind qualifiedAfter(String normal) {
    for (String q : QUALIFIERS_AFTER) {
      if (normal.length() > q.length() + 1 && normal.endsWith(" " + q)) {
        SectionKind k = VARIANTS.get(normal.substring(0, normal.length() - q.length() - 1));
        if (k != null) {
          return k;
        }
      }
    }
    return null;
  }

  /**
   * "2+ Years of Industry Experience", "10 Años de experiencia": a count of years and the words
   * that say so (headings.txt, {@code years-of}) before a heading. The wording after them, or null
   * where the line opens otherwise.
   */
  private static Wording afterYearsCount(String text, String normal) {
    java.util.regex.Matcher m = COUNT.matcher(text);
    // Capitalised as a heading is ("2+ YEARS OF …", "10 Años de experiencia"): "12 years of
    // experience" in a profile is a sentence.
    if (!m.lookingAt() || !Character.isUpperCase(text.charAt(m.end()))) {
      return null;
    }
    for (String of : YEARS_OF) {
      if (normal.startsWith(of + " ")) {
        return new Wording(text.substring(m.end()), normal.substring(of.length() + 1));
      }
    }
    return null;
  }

  /**
   * The kind a single compound word names by its head, or null: "Arbeitserfahrungen" ends with
   * "erfahrungen" and lists work, "Softwareentwicklungskenntnisse" skills. Something must come
   * before the head: the head alone is asked of the variants.
   */
  static SectionKind compound(Wording w) {
    String word = w.normal();
    if (word.isEmpty() || word.indexOf(' ') >= 0 || hasDigit(word)) {
      return null;
    }
    for (Map.Entry<String, SectionKind> e : ENDINGS.entrySet()) {
      if (word.length() > e.getKey().length() + 2 && word.endsWith(e.getKey())) {
        return e.getValue();
      }
    }
    return null;
  }

  /** Whether every item of a list parted by commas is a heading's wording or a kind's word. */
  private static boolean namesKinds(String list) {
    for (String item : list.split(",")) {
      String n = normalize(item);
      if (n.isEmpty() || VARIANTS.get(n) == null && KEYWORDS.get(n) == null) {
        return false;
      }
    }
    return true;
  }

  /** Whether a heading joins work and projects: "Experience & Projects", "Projects and Work Experience". */
  public static boolean joinsWorkAndProjects(String line) {
    return workAndProjects(Wording.of(line).normal());
  }

  /**
   * Whether a heading joins work and education: "Experience & Education", "Berufserfahrung &
   * Bildung". Its entries are read as work, and those that are studies go to the education.
   */
  public static boolean joinsWorkAndEducation(String line) {
    String normal = Wording.of(line).normal();
    return WORK_AND_EDUCATION.contains(normal) || workAnd(normal, SectionKind.EDUCATION);
  }

  /** A wording that joins a work heading and a projects heading with "and" (or "&"), in either order. */
  private static boolean workAndProjects(String normal) {
    return workAnd(normal, SectionKind.PROJECTS);
  }

  /** A wording that joins a work heading and one of {@code other} with "and" (or "&"), in either order. */
  private static boolean workAnd(String normal, SectionKind other) {
    // Asked twice of every heading's wording: most hold no "and", and then are not split.
    if (!normal.contains(" and ")) {
      return false;
    }
    String[] pieces = AND.split(normal);
    if (pieces.length != 2) {
      return false;
    }
    SectionKind a = exact(pieces[0]);
    SectionKind b = exact(pieces[1]);
    return a == SectionKind.EXPERIENCE && b == other || a == other && b == SectionKind.EXPERIENCE;
  }

  /**
   * The kind of a line already known to be a heading by its look: its wording as {@link #kindOf}
   * reads it, else the first word that names a kind ("PROJECTS UNDERTAKEN", "IT PROFICIENCY"), else
   * {@link SectionKind#OTHER}.
   */
  public static SectionKind kindOfStyled(String line) {
    return kindOfStyled(Wording.of(line));
  }

  /**
   * The kind a known heading opening the line names when words about it follow a joining word
   * ("Work experience as a software developer", "Berufserfahrung als Entwickler"), or null. Read only
   * of lines set as the headings are: in the running text such words open a sentence.
   */
  static SectionKind kindBeforeAbout(Wording w) {
    String[] words = w.normal().split(" ");
    if (words.length > MAX_ABOUT_WORDS || w.text().contains("@") || w.text().endsWith(".")) {
      return null;
    }
    for (int i = 1; i < words.length - 1 && i <= 3; i++) {
      SectionKind k = VARIANTS.get(String.join(" ", java.util.Arrays.copyOfRange(words, 0, i)));
      if (k == null) {
        continue;
      }
      for (int j = i + 1; j < words.length && j <= i + 3; j++) {
        if (ABOUT_JOINERS.contains(String.join(" ", java.util.Arrays.copyOfRange(words, i, j)))) {
          return k;
        }
      }
    }
    return null;
  }

  /** The most words a heading with words about it holds ("Work experience as a software developer"). */
  private static final int MAX_ABOUT_WORDS = 8;

  /** {@link #kindOfStyled(String)} of a line whose wording is worked out. */
  static SectionKind kindOfStyled(Wording wording) {
    SectionKind named = kindNamed(wording);
    return named == null ? SectionKind.OTHER : named;
  }

  /**
   * Whether the wording ends with a word that names a kind, with no comma and no joining word
   * before it ("Hardware technical skills", "Teaching experience"): the shape of a heading the lists
   * do not hold. "Volunteer at Code Club" or "Work as a translator" join the kind's word to what it
   * is about (a role's wording, or a label's: "Experience with cloud platforms"); "Agile Project
   * Management" names a kind in passing.
   */
  static boolean namesKindPlainly(Wording wording) {
    String[] words = wording.normal().split(" ");
    if (wording.text().indexOf(',') >= 0) {
      return false;
    }
    for (String w : words) {
      if (NOT_QUALIFIERS.contains(w) || ABOUT_JOINERS.contains(w)) {
        return false;
      }
    }
    return KEYWORDS.containsKey(words[words.length - 1]);
  }

  /**
   * The kind a heading's words name in any of the ways {@link #kindOfStyled} reads them (its
   * wording, a compound's head, a kind's word), or null where no word names one ("Vocation").
   */
  static SectionKind kindNamed(Wording wording) {
    Optional<SectionKind> k = kindOf(wording);
    if (k.isPresent()) {
      return k.get();
    }
    String n = wording.normal();
    // A heading written as one German compound word names the kind of its head (see compound); only
    // of a line known to be a heading by its look: in the running text, "Kundenprojekte" labels a
    // job's projects.
    SectionKind compound = compound(wording);
    if (compound != null) {
      return compound;
    }
    SectionKind found = null;
    for (String w : n.split(" ")) {
      SectionKind kind = KEYWORDS.get(w);
      if (kind != null && (found == null || KIND_ORDER.indexOf(kind) < KIND_ORDER.indexOf(found))) {
        found = kind;
      }
    }
    return found;
  }

  /**
   * Whether the line is one of the standard heading wordings itself ("Work Experience",
   * "SKILLS:"), not a qualified one ("Relevant Professional Experience") nor anything else.
   */
  public static boolean isStandard(String line) {
    return isStandard(Wording.of(line));
  }

  static boolean isStandard(Wording w) {
    return w.text().length() <= 60 && !gluedDigit(w.text()) && exact(w) != null;
  }

  /**
   * A digit right before a small letter: a name that holds a number ("21research", "4chan"), not a
   * heading's numbering ("1. Experience", "02 Skills"), which the normal form drops.
   */
  private static boolean gluedDigit(String text) {
    for (int i = 0; i + 1 < text.length(); i++) {
      if (Character.isDigit(text.charAt(i)) && Character.isLowerCase(text.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /** Labels inside an entry ("Highlights", "Tech stack", "Key projects"), whatever their look. */
  static final Set<String> SUB_LABELS = normalized(dev.prism.core.lexicon.Lexicon.set("entry-words.txt", "sub-label"));
  /** Words that rank a label before it ("main", "major"): with one, a label is still a label. */
  private static final Set<String> SUB_LABEL_QUALIFIERS = normalized(dev.prism.core.lexicon.Lexicon.set("entry-words.txt", "sub-label-qualifier"));

  /** Whether any word of the line is a group label's ("Selected Contracts", "Other work"). */
  static boolean holdsGroupLabelWord(String line) {
    for (String word : Wording.of(line).normal().split(" ")) {
      if (GROUP_LABELS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Vocational", "Other positions", "Earlier roles": a label that groups the jobs under
   * it inside a work section (a LaTeX CV's subsection, as a PDF sets it), every word of it a
   * group's word (entry-words.txt, {@code group-label}). It heads no job and names no employer.
   */
  public static boolean isGroupLabel(String line) {
    String words = Wording.of(line).normal();
    if (words.isEmpty()) {
      return false;
    }
    String[] w = words.split(" ");
    if (w.length > 3) {
      return false;
    }
    boolean named = false;
    for (String word : w) {
      if (word.equals("and")) {
        continue;
      }
      if (!GROUP_LABELS.contains(word)) {
        return false;
      }
      named = true;
    }
    return named;
  }

  private static final Set<String> GROUP_LABELS = normalized(dev.prism.core.lexicon.Lexicon.set("entry-words.txt", "group-label"));

  /**
   * Whether the wording is one word that also names a part of a firm ("Research", "Recherche",
   * "Forschung"): alone, it may head research, or label the research posts among a work
   * section's jobs.
   */
  static boolean isUnitHead(Wording w) {
    return UNIT_HEADS.contains(w.normal());
  }

  /**
   * Whether the line is a label that heads part of an entry rather than a section: "Highlights",
   * "Responsibilities:". Some are also section wordings; repeated under each job they are labels.
   */
  public static boolean isSubLabel(String line) {
    return isSubLabel(Wording.of(line));
  }

  static boolean isSubLabel(Wording w) {
    String words = w.normal();
    if (SUB_LABELS.contains(words)) {
      return true;
    }
    // "Main Highlights", "Major achievements": a label with a word that ranks it is a label.
    int space = words.indexOf(' ');
    if (space > 0 && SUB_LABEL_QUALIFIERS.contains(words.substring(0, space)) && SUB_LABELS.contains(words.substring(space + 1))) {
      return true;
    }
    // "Responsibilities & Achievements", "Key Qualifications & Responsibilities": labels joined
    // are a label, and so is what a ranking word marks as one beside a label.
    String[] pieces = AND.split(words);
    if (pieces.length < 2) {
      return false;
    }
    boolean label = false;
    for (String p : pieces) {
      int gap = p.indexOf(' ');
      if (SUB_LABELS.contains(p)) {
        label = true;
      } else if (gap < 0 || !SUB_LABEL_QUALIFIERS.contains(p.substring(0, gap))) {
        return false;
      }
    }
    return label;
  }

  /** A contact heading that heads the person's own details ("Personal data", "Persönliche Daten"). */
  public static boolean isPersonalDetails(String line) {
    return PERSONAL.contains(normalize(wording(line)));
  }

  /** Whether the line is a heading over contact details: "Contact", "CONTACT INFO:", "Get in touch". */
  public static boolean isContact(String line) {
    return isContact(Wording.of(line));
  }

  static boolean isContact(Wording w) {
    return among(CONTACT, w);
  }

  /** Whether the line is a heading over lists of items: "Languages", "Hobbies & Interests". */
  public static boolean isList(String line) {
    return among(LISTS, Wording.of(line));
  }

  /**
   * {@link #exact(String)} of a line's wording, and of a wording whose words ran together (see
   * {@link #runTogether}): "J o b E x p e r i e n c e", "WorkExperience".
   */
  private static SectionKind exact(Wording w) {
    SectionKind k = exact(w.normal());
    return k == null && runTogether(w.text(), w.normal()) ? SQUEEZED.get(w.normal()) : k;
  }

  private static SectionKind exact(String normalized) {
    SectionKind k = VARIANTS.get(normalized);
    if (k == null && normalized.indexOf(' ') >= 0 && oddlySpaced(normalized)) {
      k = SQUEEZED.get(single(normalized.replace(" ", "")));
    }
    return k;
  }

  /**
   * A one-word normal form of a wording whose words ran together: letters spaced evenly, which
   * the normal form closes up ("J o b E x p e r i e n c e"), or words drawn with no space between
   * them, told by a capital inside ("WorkExperience"). A word written so ("Techstack") is none.
   */
  private static boolean runTogether(String text, String normal) {
    if (normal.indexOf(' ') >= 0) {
      return false;
    }
    String t = text.strip();
    for (int i = 1; i < t.length(); i++) {
      if (t.charAt(i) == ' ' || Character.isUpperCase(t.charAt(i)) && Character.isLowerCase(t.charAt(i - 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Letter spacing that extraction broke into odd words: a word of one letter ("w ork e xperience",
   * "s k i l l s"). Real heading wordings have no one-letter words.
   */
  private static boolean oddlySpaced(String normalized) {
    for (String w : normalized.split(" ")) {
      if (w.length() == 1) {
        return true;
      }
    }
    return false;
  }

  private static boolean among(Set<String> wordings, Wording w) {
    String trimmed = w.text();
    return trimmed.length() <= 60 && !trimmed.contains("@") && wordings.contains(w.normal()) && !labelsContact(trimmed);
  }

  /**
   * A label and, after its colon, a phone number or a web address ("Contact: +82 10 3517 1584",
   * "Portfolio: globex.dev"): a contact line, whatever its label's words name.
   */
  private static boolean labelsContact(String text) {
    int colon = text.indexOf(':');
    if (colon <= 0 || colon + 1 >= text.length()) {
      return false;
    }
    String value = text.substring(colon + 1);
    return PHONE.matcher(value).find() || URL.matcher(value).find();
  }

  private static final Pattern PHONE = Lexicon.pattern("phone");
  private static final Pattern URL = Lexicon.pattern("url");

  /** A name of one to three capitalised words and its possessive: "Jordan Lee's ", "Jordan’s ". */
  private static final Pattern OWNER = Pattern.compile("(?:\\p{Lu}[\\p{L}.-]*\\s+){0,2}\\p{Lu}[\\p{L}.-]*['’]s\\s+");

  /**
   * The words of a line as a heading: Markdown and decoration off, and any icon before it, whether
   * a glyph or a leaked icon name ("briefcase EXPERIENCE"), or its owner's name ("Jordan Lee's").
   */
  static String wording(String line) {
    String t = Glyphs.stripLeadingIcons(Inline.clean(line));
    // "EDUCATION ------------": a rule drawn on the heading's own line is no part of its words.
    if (t.length() > 3 && RULE_CHARS.indexOf(t.charAt(t.length() - 1)) >= 0 || t.length() > 3 && RULE_CHARS.indexOf(t.charAt(0)) >= 0) {
      t = DRAWN_RULE.matcher(t).replaceAll("").strip();
    }
    // "Experience (part 1 of 2)", "Projects (continued)": an aside in brackets after a heading's
    // words says where on the page it stands, not what the section is.
    int aside = t.lastIndexOf(" (");
    if (aside > 0 && t.endsWith(")")) {
      String rest = t.substring(0, aside).strip();
      if (VARIANTS.containsKey(normalize(rest)) || CONTACT.contains(normalize(rest))) {
        return rest;
      }
    }
    // "Jordan Lee's Work Experience:": a heading written in the third person, with the owner's
    // name before it, as a resume written for a reading program may be.
    // Asked of every line: most hold no possessive, and the pattern is not tried on them.
    Matcher owner = t.indexOf("s ") > 0 && (t.indexOf('\'') > 0 || t.indexOf('’') > 0) ? OWNER.matcher(t) : null;
    if (owner != null && owner.lookingAt()) {
      String rest = t.substring(owner.end()).strip();
      if (VARIANTS.containsKey(normalize(rest)) || CONTACT.contains(normalize(rest))) {
        return rest;
      }
    }
    int space = t.indexOf(' ');
    if (space > 0 && Glyphs.isIconWord(t.substring(0, space))) {
      String rest = t.substring(space + 1).strip();
      if (VARIANTS.containsKey(normalize(rest)) || CONTACT.contains(normalize(rest))) {
        return rest;
      }
    }
    return t;
  }

  /** Headings are in capitals or title case; a sentence fragment is not. */
  static boolean headingCase(String s) {
    if (Inline.isCaps(s)) {
      return true;
    }
    // The words between runs of white space (the regex class \s), walked by hand: asked of
    // every line that may be a heading, where splitting by a pattern cost more than the test.
    int start = 0;
    for (int i = 0; i <= s.length(); i++) {
      if (i == s.length() || Whitespace.isRegexSpace(s.charAt(i))) {
        if (i - start > 3 && Character.isLowerCase(s.charAt(start))) {
          return false;
        }
        start = i + 1;
      }
    }
    return true;
  }

  /** Any ASCII digit in {@code s}. */
  static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  /**
   * Lower case letters only, one space between words, a doubled letter written once: "TECHNICAL
   * SKILLS:" reads "technical skils". Writers often double a letter the wordings hold once or the
   * other way round, more so across languages ("Expériences professionelles", "Professionnal
   * Experience", "Adress"); both sides of every look-up go through here, so the wordings match
   * whatever the doubling. Letters lose their accents the same way ({@link Lexicon#withoutAccents}),
   * as people type headings without them ("Experiencias", "Educacion", "Competences") as often as
   * with.
   */
  static String normalize(String s) {
    String t = Lexicon.withoutAccents(s).toLowerCase(Locale.ROOT).replace("&", " and ");
    // Anything but a letter separates words; runs of separators become one space, none at the ends.
    StringBuilder b = new StringBuilder(t.length());
    boolean gap = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (!Character.isLetter(c)) {
        gap = true;
        continue;
      }
      if (gap && b.length() > 0) {
        b.append(' ');
      }
      b.append(c);
      gap = false;
    }
    String out = b.toString();
    // Letter-spaced headings: "e x p e r i e n c e".
    return single(letterSpaced(out) ? out.replace(" ", "") : out);
  }

  /** The wordings of a list in their normal form ({@link #normalize}), to look normal forms up in. */
  private static Set<String> normalized(Set<String> wordings) {
    Set<String> out = new HashSet<>();
    wordings.forEach(w -> out.add(normalize(w)));
    return Set.copyOf(out);
  }

  /** The text with each run of one letter written once: "professionnelles" reads "profesioneles". */
  private static String single(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (i == 0 || c != s.charAt(i - 1) || c == ' ') {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** Single letters between single spaces, at least two of them: what {@code (?:\p{L} )+\p{L}} matches here. */
  private static boolean letterSpaced(String s) {
    if (s.length() < 3 || s.length() % 2 == 0) {
      return false;
    }
    for (int i = 1; i < s.length(); i += 2) {
      if (s.charAt(i) != ' ') {
        return false;
      }
    }
    return true;
  }
}
