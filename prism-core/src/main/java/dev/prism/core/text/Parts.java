package dev.prism.core.text;

import dev.prism.core.lexicon.FieldLabelWords;
import dev.prism.core.lexicon.Glyphs;
import dev.prism.core.lexicon.Lexicon;
import dev.prism.core.model.DateRange;
import dev.prism.core.model.Field;
import dev.prism.core.model.SectionKind;
import dev.prism.core.model.Span;
import dev.prism.core.model.Style;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of an entry's header lines, the units {@link HeaderLabels} gives a field each: every
 * cell of a header line (a run the layout sets apart) with its dates and durations taken out, cut
 * where the text itself draws a separator ("Title | Company", "Title at Company", "Title, Company",
 * "Title — Company"), but never inside brackets, a place ("Cupertino, CA"), a company's legal form
 * ("Acme, Inc.") or a list of roles ("IC, Technical Lead, TLM"). Also the word tests the labels are
 * scored with, all from {@code lexicon/entry-words.txt} and {@code lexicon/places.txt}.
 */
final class Parts {

  /**
   * One part of a header: its text, the line and cell it stands in, the separators around it,
   * its line's look, the field a label before it names ("Position: …") or null, and whether it is
   * the text of a Markdown link ("[Globex](https://globex.example)").
   *
   * @param field its text and where it stands in the extracted text
   * @param line the header line it stands on (index into the header)
   * @param cell the cell of that line
   * @param before the separator before it on its line ("" at the start of a cell)
   * @param after the separator after it ("" at the end of a cell)
   * @param style the look of its line
   * @param labelled the field a label before it names, or null
   * @param linked whether it is the text of a Markdown link
   */
  record Part(Field field, int line, int cell, String before, String after, Style style, HeaderLabels.Label labelled,
      boolean linked) {
    String value() {
      return field.value();
    }

    Span span() {
      return field.span();
    }

    boolean cellStart() {
      return before.isEmpty();
    }

    boolean cellEnd() {
      return after.isEmpty();
    }
  }

  private static final String FILE = "entry-words.txt";
  /**
   * Roles outside software ("Bus Driver"): a part that ends in one is a role ({@link #isRole}), but
   * the words also name companies ("Nordkapp Courier", "Cook & Quill"), so they count nowhere else.
   */
  static final Set<String> OTHER_TITLE_WORDS = Lexicon.set(FILE, "title-other");
  /** Role words of a membership ("Member"): a role that says less than a job's title beside it. */
  private static final Set<String> MEMBERSHIP_WORDS = Lexicon.set(FILE, "title-membership");
  /**
   * Role nouns a role written noun first opens with ("Ingénieur logiciel", "Desarrollador Backend"),
   * each also as a keyboard without accents types it ("Developpeur", "Ingenieur").
   */
  static final Set<String> NOUN_FIRST_TITLE_WORDS = withUnaccented(Lexicon.list(FILE, "title-noun-first"));
  /** Prefixes a role may be written apart from ("Co Founder"), that also name something else ("Co" of "Globex Co"). */
  private static final Set<String> ROLE_PREFIXES = Lexicon.set(FILE, "role-prefix");
  static final Set<String> TITLE_WORDS = union(List.copyOf(withUnaccented(Lexicon.list(FILE, "title"))), List.copyOf(NOUN_FIRST_TITLE_WORDS));
  private static final List<String> TITLE_ENDINGS = Lexicon.list(FILE, "title-ending");
  static final Set<String> ORG_WORDS = Lexicon.set(FILE, "organization");
  static final Set<String> WEAK_ORG_WORDS = Lexicon.set(FILE, "organization-weak");
  static final Set<String> RANK_WORDS = Lexicon.set(FILE, "rank");
  static final Set<String> INDEPENDENT_WORDS = Lexicon.set(FILE, "independent");
  static final Set<String> FIELD_WORDS = Lexicon.set(FILE, "field");
  static final Set<String> DEGREE_WORDS = Lexicon.set(FILE, "degree");
  static final Set<String> SCHOOL_WORDS = Lexicon.set(FILE, "school");
  static final Set<String> TEAM_ROLE_WORDS = Lexicon.set(FILE, "team-role");
  static final Set<String> AWARD_WORDS = Lexicon.set(FILE, "award");
  static final Set<String> UNIT_WORDS = Lexicon.set(FILE, "unit");
  /** Words that name a project ("project", "Projeto", "Projekt"): "Projeto de Ensino" is a project, no institution. */
  static final Set<String> PROJECT_WORDS = Lexicon.set(FILE, "project-label-word");
  /** Words that open the name of a kind of work ("Suporte de Informática"): no institution's name. */
  static final Set<String> ACTIVITY_WORDS = Lexicon.set(FILE, "activity");
  static final Set<String> UNIT_NOUNS = Lexicon.set(FILE, "unit-noun");
  /** Nouns of a body of people ("Council", "Society") that end a group's name: see {@link #namesGroup}. */
  static final Set<String> GROUP_WORDS = Lexicon.set(FILE, "group-noun");
  static final Set<String> EMPLOYMENT_WORDS = Lexicon.set(FILE, "employment");
  /** An employer's industry, whole ("Finanzen", "Mechanical Engineering"): see {@link #isIndustry}. */
  private static final Set<String> INDUSTRIES = Lexicon.set(FILE, "industry");
  private static final List<String> ASIDE_WORDS = Lexicon.list(FILE, "aside");
  private static final Set<String> ASIDE_IN_CAPITALS = Lexicon.set(FILE, "aside-in-capitals");
  /** Words that open a note of who supervised the work ("Supervision de …", "Supervised by …"). */
  private static final List<String> SUPERVISION_WORDS = Lexicon.list(FILE, "supervision");
  // "Department of Transit", "Bank of Example": capitalised words, a joining word, and
  // capitalised words again (a "the" or "and" may stand among them).
  static final Pattern INSTITUTION_NAME = Pattern.compile(
      "\\p{Lu}[\\p{L}.'’&-]*(?:\\s+\\p{Lu}[\\p{L}.'’&-]*)*\\s+(?iu:"
          + String.join("|", Lexicon.set(FILE, "name-joiner").stream().map(Pattern::quote).sorted().toList())
          + ")\\s+(?:(?:the|and|&)\\s+)?\\p{Lu}[\\p{L}.'’&-]*(?:\\s+(?:(?:and|&|of|the)\\s+)?\\p{Lu}[\\p{L}.'’&-]*)*");

  /** Words that part a role from its employer as "at" does ("Ingénieur chez Globex"); each is read as "at". */
  static final List<String> AT_WORDS = Lexicon.list(FILE, "at-word");
  /** Words for "at" that part a role from a name only before a capital ("Tech Lead na Globex"). */
  private static final List<String> AT_NAME_WORDS = Lexicon.list(FILE, "at-word-before-name");
  private static final Set<String> AT_WORD_SET = union(AT_WORDS, AT_NAME_WORDS);
  /** The words, and each written without its accents where it has any ("développeur", "developpeur"). */
  private static Set<String> withUnaccented(List<String> words) {
    Set<String> out = new HashSet<>(words);
    words.forEach(w -> out.add(Lexicon.withoutAccents(w)));
    return Set.copyOf(out);
  }

  private static Set<String> union(List<String> a, List<String> b) {
    Set<String> out = new HashSet<>(a);
    out.addAll(b);
    return Set.copyOf(out);
  }

  /** Words of a venue's own name, before a word for "at" that joins it to a person's ("Bistro chez Margot"). */
  private static final Set<String> VENUE_WORDS = Lexicon.set(FILE, "venue");
  // Where a cell's text draws a separator: a bar, a bullet, a spaced dash, a spaced colon (as French
  // sets one: "Globex, Paris : DevOps"), a colon right after a closing bracket ("Globex
  // (globex.example): Software factory"), "at" (or a word for it),
  // "@" (spaced, or glued to a capitalised name after it: "Engineer @Globex", not "@scope/package"),
  // a tab, a wide gap. The words for "at" that are also common words elsewhere ("na", "an") part
  // only before a capitalised name, and an article only after a role (see weakAtAfterNoRole).
  // An em dash set close between a name and a place written "Town, Region" parts them as a spaced
  // dash does ("Globex—Seattle, WA", English typesetting's way); before other words it joins
  // ("Engineer—Payments"), as an en dash or a hyphen so set does.
  static final Pattern SEPARATOR =
      Pattern.compile("\\s*(?:[" + Glyphs.fieldSeparatorClass() + "]|(?<![\\p{L}\\p{N}])[" + Glyphs.pictographClass() + "]\\x{FE0F}?|\\s[" + Glyphs.dashClass() + "]+\\s|(?<=[\\p{L}.)])\u2014(?=\\p{Lu}[\\p{L}.' -]{0,40},\\s*\\p{Lu})|\\s:\\s|(?<=\\)):\\s|\\s@\\s|\\s@(?=\\p{Lu})|\\s(?:"
          + String.join("|", AT_WORDS.stream().map(Pattern::quote).toList()) + ")\\s|\\s(?:"
          + String.join("|", AT_NAME_WORDS.stream().map(Pattern::quote).toList()) + ")\\s(?=\\p{Lu})|\\t|\\s{2,})\\s*");
  // A publication's header splits only where a separator is drawn ("Talk — KubeCon", "Paper |
  // OSDI"): its title may hold commas or "at", and justified text puts runs of spaces between words.
  static final Pattern PUBLICATION_SEPARATOR = Pattern.compile("\\s*(?:[" + Glyphs.fieldSeparatorClass() + "]|\\s[" + Glyphs.dashClass() + "]\\s|\\t)\\s*");
  // Chinese and Japanese set no space after a comma (full width, read as ","): one there parts too.
  private static final Pattern COMMA = Pattern.compile(",\\s+|(?<=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]),|,(?=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}])");
  private static final Pattern EMPTY_BRACKETS = Pattern.compile("\\(\\s*\\)|\\[\\s*\\]");
  private static final Pattern OPEN_TO_END = Pattern.compile("[(\\[]\\s*$");
  static final Pattern ANY_LETTER = Pattern.compile(".*\\p{L}.*");
  private static final String LEGAL_FORMS = legalForms(Lexicon.list(FILE, "legal-form"));
  private static final Pattern LEGAL_SUFFIX = Pattern.compile("(?i),\\s*" + LEGAL_FORMS + "$");
  private static final Pattern SPACED_SLASH = Pattern.compile("\\s+/\\s+");
  private static final Pattern LEGAL_FORM = Pattern.compile("(?i)\\s*" + LEGAL_FORMS + "\\s*");
  private static final Pattern ENDS_IN_LEGAL_FORM = Pattern.compile("(?i)(?:^|[\\s,])" + LEGAL_FORMS + "$");
  private static final Pattern LEGAL_FORM_WORD = Pattern.compile("(?i)(?:^|[\\s,])" + LEGAL_FORMS + "(?:$|[\\s,.])");
  private static final Pattern DURATION = Lexicon.pattern("duration");
  // ", an Initech Company", ", a Globex subsidiary": who owns the employer, said after its name.
  private static final Pattern APPOSITIVE = Pattern.compile("(?i:an?)\\s+(?:\\p{Lu}[\\p{L}\\p{N}&.'’-]*\\s+){1,4}(?i:"
      + String.join("|", Lexicon.list(FILE, "appositive-noun").stream().map(Pattern::quote).toList()) + ")(?=\\s*(?:,|$))");
  // A level after a role: "II", "3", "L5", "Level 2", and ranges of them ("I & II", "II-III", "I/II").
  static final Pattern LEVEL_SUFFIX = Pattern.compile(
      "(?:\\s+(?:[ivx]{1,4}|\\d|l\\d{1,2}|level \\d)(?:\\s*[&/,-]\\s*(?:[ivx]{1,4}|\\d|l\\d{1,2}))*)+$");
  private static final Pattern IN = Pattern.compile(" in ");
  private static final Pattern TOWN_PAIR = Pattern.compile("(\\p{Lu}[\\p{L}.' ]*?)\\s*/\\s*(\\p{Lu}[\\p{L}.' ]*)");
  // A tagline's first word: "Building", "Developing", "Rethinking".
  private static final Pattern PARTICIPLE_START = Pattern.compile("^\\p{Lu}\\p{Ll}+ing\\b");
  // A joining word written elided ("d’étude", "dell'azienda") runs into the field without a space.
  private static final Pattern ROLE_FIELD = Pattern.compile("\\s+(?:"
      + String.join("|", Lexicon.list(FILE, "role-field").stream()
          .map(w -> Pattern.quote(w) + (w.endsWith("'") || w.endsWith("’") ? "" : "\\s+")).toList()) + ")\\S.*$");
  private static final Set<String> WRAP_MARKS = Lexicon.set("wrap-words.txt", "mark");
  private static final Set<String> WRAP_WORDS = Lexicon.set("wrap-words.txt", "open");
  // Compiled once: String.split, matches and replaceAll compile their regex on every call.
  private static final Pattern TRAILING_STOPS = Pattern.compile("[.,;]+$");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern DOMAIN = Pattern.compile("(?i)[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}(?:/\\S*)?");
  // The shape of "City, Region" and "City, Region, Country", with the particles of names such as
  // "Rio de Janeiro" or "Frankfurt am Main" (name-particle in places.txt); which regions count is Places' business.
  // Capitalised, or in a script without capitals ("ダブリン"). Up to four capitalised words, with
  // up to two particles before each after the first: the particles do not count against the
  // words ("San Cristóbal de la Laguna" is four words, as "Rio Grande do Sul" is).
  private static final String PLACE_WORD = "[\\p{Lu}\\p{Lo}][\\p{L}.'-]+";
  private static final String PLACE_PARTICLES =
      String.join("|", Lexicon.list("places.txt", "name-particle").stream().map(Pattern::quote).toList());
  private static final Pattern LOCATION =
      Pattern.compile(
          "^(?:" + PLACE_WORD + "(?:(?: (?:" + PLACE_PARTICLES + ")){0,2} " + PLACE_WORD + "){0,3}(?: \\d{4,6})?"
              + "(?:, ?(?:[A-Z]{2}|" + PLACE_WORD + "(?: " + PLACE_WORD + ")?)){1,2}"
              + "|(?:Fully )?Remote|Hybrid|On-?site)$");

  /** The longest piece of a header that is cut into parts: four times a long employer's name and place. */
  private static final int MAX_PART_CHARS = 400;

  private Parts() {}

  /**
   * The parts of the header lines, in reading order. Every date range and duration in them is taken
   * out first, so that none becomes a part or splits one.
   */
  static List<Part> of(SectionKind kind, List<Line> header) {
    List<Part> out = new ArrayList<>();
    // Beside a form's own labels ("Position held ⇥ …"), a field's one-word label in a cell of its
    // own names the next cell too ("Company ⇥ Globex"); elsewhere such a word may be a name.
    // A form's dates' label alone ("Date ⇥ 2019 – 2021") is no sign of a form: many tables set one.
    boolean form = false;
    for (int li = 0; header.size() > 1 && li < header.size() && !form; li++) {
      Line l = header.get(li);
      FieldLabels.Found f = l.cells().size() >= 2 ? FieldLabels.of(l) : null;
      form = f != null && f.cell() && f.field() != FieldLabelWords.Field.DATES;
    }
    for (int li = 0; li < header.size(); li++) {
      Line line = header.get(li);
      String masked = masked(line, kind);
      if (li + 1 < header.size() && opensWithDate(header.get(li + 1))) {
        masked = withoutBrokenDate(masked);
      }
      List<Span> cells = line.cells();
      // "Occupation or position held ⇥ Web programmer": a cell that is all label names the next.
      FieldLabelWords.Field cellLabel = null;
      for (int ci = 0; ci < cells.size(); ci++) {
        Span cell = cells.get(ci);
        int a = cell.offset() - line.contentStart();
        int b = cell.end() - line.contentStart();
        FieldLabelWords.Field namedByCell = cellLabel;
        cellLabel = ci + 1 >= cells.size() ? null
            : form ? FieldLabels.inForm(line.content(), a, b) : FieldLabels.cell(line.content(), a, b);
        if (cellLabel != null) {
          continue;
        }
        // "Position: Web programmer": the label is no part; the part after it fills its field.
        FieldLabels.Found label = FieldLabels.at(line.content(), a, b);
        if (label != null) {
          a = label.end();
        } else if (namedByCell != null) {
          label = new FieldLabels.Found(namedByCell, a, true);
        }
        List<Field> fields = new ArrayList<>();
        List<String> seps = new ArrayList<>();
        // Where an employer's address starts in the cell, and its town, which the address names
        // as the location.
        int address;
        int town = -1;
        if (label != null && label.field() == FieldLabelWords.Field.LOCATION) {
          // A place a label names is one value to the cell's end, commas and all ("Place:
          // Kazakhstan, Petropavlovsk"); after an employer's or a role's label the place may follow
          // the name ("Company: Globex Pvt Ltd, Pune").
          addTrimmed(fields, line.content(), masked, a, b, line.contentStart());
          seps.add("");
          seps.add("");
        } else if (label != null && label.field() == FieldLabelWords.Field.ORGANIZATION && (address = addressStart(masked, a, b)) > a) {
          town = employerAndAddress(kind, line, masked, a, address, b, fields, seps);
        } else {
          split(kind, line, masked, a, b, fields, seps);
        }
        for (int k = 0; k < fields.size(); k++) {
          HeaderLabels.Label named = k == town ? HeaderLabels.Label.of(FieldLabelWords.Field.LOCATION)
              : label == null || k > 0 ? null : HeaderLabels.Label.of(label.field());
          out.add(new Part(fields.get(k), li, ci, seps.get(k), seps.get(k + 1), line.style(), named, linked(line, fields.get(k))));
        }
      }
    }
    List<Part> joined = taglineAfterPlace(withoutRepeats(wrapped(out, header)), header);
    return kind == SectionKind.EXPERIENCE
        ? employerInPlace(employerBeforePlace(roleThenName(capitalsThenRole(roleInEmployer(roleBesideSlash(atOpening(clientAside(joined, header), header)))), header)), header)
        : joined;
  }

  /** Whether the line's content opens with a date (a bracket's closing after it or not). */
  private static boolean opensWithDate(Line line) {
    return !line.dates().isEmpty() && line.dates().get(0).span().offset() == line.contentStart();
  }

  /**
   * The masked line without a date's opening words in a bracket it leaves open at its end
   * ("State University (Summer of" over "2000/2001)", a page that wrapped the header
   * inside its dates): they are the date's, which the next line goes on with, and no name's.
   */
  private static String withoutBrokenDate(String masked) {
    int at = DateParser.brokenDateStart(masked);
    return at < 0 ? masked : masked.substring(0, at) + " ".repeat(masked.length() - at);
  }

  /**
   * "Becario, Tulipware, España": a name no list knows before a country reads as a town with its
   * country, but where the header's other parts are only roles and places, nothing else names the
   * employer, and a role's header names its employer far more often than a town no list knows. The
   * name is cut from the country then. A known city ("Software Engineer, Bergen, Norway") stays the
   * place, and so does a town before a state ("Plano, TX", "Kettering, Ohio", "Lajeado, Rio Grande
   * do Sul"). Entries asks this only of a header no employer's banner stands over: under one, a
   * role writes its own town ("Junior Developer, Nyon, Switzerland" under "Globex").
   */
  static List<Part> employerBeforeCountry(List<Part> parts, List<Line> header) {
    if (parts.size() < 2 || parts.stream().noneMatch(q -> hasWord(q.value(), TITLE_WORDS))) {
      return parts;
    }
    return rewrite(parts, k -> {
      Part p = parts.get(k);
      String v = p.value();
      int comma = v.indexOf(',');
      if (k == 0 || comma <= 0 || v.indexOf(',', comma + 1) >= 0 || !isLocation(v)) {
        return null;
      }
      String name = v.substring(0, comma).strip();
      String countryName = v.substring(comma + 1).strip();
      // A role's word anywhere makes a role here: languages that put the role's word first ("Becario
      // técnico", "Desarrollador Web") end it on another.
      boolean alone = parts.stream().allMatch(q -> q == p || hasWord(q.value(), TITLE_WORDS) || isLocation(q.value()));
      // Only a country by name counts: a state's name or code, or two capitals ("BA"), may follow
      // a town. A link's text is one name ("[Globex, BA](…)").
      if (!alone || p.linked() || Places.isCity(name) || Places.isNamed(name) || Places.isRegion(name) || !Places.isCountry(countryName)
          || !hasWord(parts.get(k - 1).value(), TITLE_WORDS) || hasWord(name, TITLE_WORDS)) {
        return null;
      }
      // Cut where the line has its comma, so that a mark the value no longer shows ("Globex*,
      // Spain", a footnote's star) stays inside the spans.
      String written = written(p, header.get(p.line()));
      int cut = written.indexOf(',');
      if (cut <= 0 || written.indexOf(',', cut + 1) >= 0) {
        return null;
      }
      Span left = marksTrimmed(written, 0, cut, p.span().offset());
      Span right = marksTrimmed(written, cut + 1, written.length(), p.span().offset());
      return new Replacement(List.of(
          new Part(new Field(name, left), p.line(), p.cell(), p.before(), ",", p.style(), p.labelled(), p.linked()),
          new Part(new Field(countryName, right), p.line(), p.cell(), ",", p.after(), p.style(), null, false)), k);
    });
  }

  /**
   * "Rails Developer - Norvale Insurance, Norvale Insurance": a template that prints the employer
   * after a title that already ends with it says the name twice in a cell. The repeat is no part:
   * it would take a field of its own (the place, another employer) or double one. A cell of its
   * own that repeats a name is another thing (the employer's address beside its name).
   */
  private static List<Part> withoutRepeats(List<Part> parts) {
    List<Part> out = new ArrayList<>(parts.size());
    for (Part p : parts) {
      if (out.stream().noneMatch(q -> q.line() == p.line() && q.cell() == p.cell() && q.value().equalsIgnoreCase(p.value()))) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * "Norvale Labs, at Globex — Technical Lead": a name, a comma, then "at" and another name is a
   * contractor and the client it placed the person at, one employer; read apart, "at" would make
   * the client the employer and leave the contractor to the role. A role before the comma
   * ("Engineer, at Globex") keeps "at" parting it from its employer.
   */
  private static List<Part> clientAside(List<Part> parts, List<Line> header) {
    return rewrite(parts, k -> {
      if (k + 1 >= parts.size()) {
        return null;
      }
      Part name = parts.get(k);
      Part p = parts.get(k + 1);
      if (!name.after().equals(",") || name.line() != p.line() || name.cell() != p.cell()
          || isRole(name.value()) || hasWord(name.value(), TITLE_WORDS) || isLocation(name.value())) {
        return null;
      }
      // The part after the comma opens with "at" (or a word for it) and a capitalised name.
      Line line = header.get(p.line());
      String written = written(p, line);
      int word = written.indexOf(' ');
      String client = word > 0 && AT_WORDS.contains(written.substring(0, word)) ? written.substring(word + 1).strip() : "";
      if (client.isEmpty() || !Character.isUpperCase(client.charAt(0)) || isRole(client) || isLocation(client)) {
        return null;
      }
      Span both = Span.between(name.span().offset(), p.span().end());
      Part joined = new Part(new Field(Inline.clean(line.textOf(both)).strip(), both), name.line(), name.cell(), name.before(),
          p.after(), name.style(), name.labelled(), name.linked());
      return new Replacement(List.of(joined), k + 1);
    });
  }

  /**
   * "Developer – 2013 – 2017 in Globex, Lyon": a part that opens with a lower-case "at" or "in"
   * and a name, once the dates before it are out, is the name, parted by "at" as "Developer at
   * Globex" is. Cut from the line as written, so the span holds.
   */
  private static List<Part> atOpening(List<Part> parts, List<Line> header) {
    return rewrite(parts, k -> {
      Part p = parts.get(k);
      Line line = header.get(p.line());
      String written = written(p, line);
      // "at" always names the employer; "in" only where a place follows ("in Globex, Lyon"), since
      // "in Finance" or "in the Payments Team" names a field or a team.
      Part after = k + 1 < parts.size() && parts.get(k + 1).line() == p.line() ? parts.get(k + 1) : null;
      boolean placed = after != null && after.before().equals(",") && isLocation(after.value());
      int word = written.indexOf(' ');
      boolean opens = k > 0 && word > 0 && (AT_WORDS.contains(written.substring(0, word))
          || written.startsWith("in ") && placed && !hasWord(written, UNIT_WORDS));
      int name = opens ? marksTrimmed(written, word + 1, written.length(), 0).offset() : -1;
      if (name < 0 || name >= written.length() || !Character.isUpperCase(written.charAt(name))) {
        return null;
      }
      Span span = marksTrimmed(written, word + 1, written.length(), p.span().offset());
      return new Replacement(List.of(
          new Part(new Field(Inline.clean(line.textOf(span)), span), p.line(), p.cell(), "at", p.after(), p.style(), p.labelled(), p.linked())), k);
    });
  }

  /** The parts a pass puts in place of parts k to {@code through}, both included. */
  private record Replacement(List<Part> parts, int through) {}

  /**
   * Runs a pass that may put other parts in place of some: where {@code at} gives a replacement for
   * part k, its parts stand for k up to its {@code through}; elsewhere the part stays. The list is
   * copied only once a pass changes something, since most headers have nothing to change.
   */
  private static List<Part> rewrite(List<Part> parts, java.util.function.IntFunction<Replacement> at) {
    List<Part> out = null;
    for (int k = 0; k < parts.size(); k++) {
      Replacement r = at.apply(k);
      if (r == null) {
        if (out != null) {
          out.add(parts.get(k));
        }
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(parts.subList(0, k));
      }
      out.addAll(r.parts());
      k = r.through();
    }
    return out == null ? parts : out;
  }

  /**
   * "Globex in Lyon, Rhône, France", "Globex GmbH in Berlin": "in" and a town after a name place
   * it. The town must be a city the lexicon knows, a place, or a town-like name that the next part
   * goes on from after a comma with a region or a place ("in Lindlar", then "Bavaria, Germany"):
   * they are one place then. A field after "in" ("Engineer in Data", "PhD in Physics") is no town.
   * The parts are cut from the line as written, markup and all ("in _Lyon_"), so their spans hold.
   */
  private static List<Part> employerInPlace(List<Part> parts, List<Line> header) {
    return rewrite(parts, k -> {
      Part p = parts.get(k);
      Line line = header.get(p.line());
      String written = written(p, line);
      int cut = written.lastIndexOf(" in ");
      // The place the town begins goes on in the parts after it, after commas, up to a part that is
      // no region, country or town ("in Lyon, Rhône, France"); a city among them says the word
      // before was no town ("Analyst in Risk, London": a field, then the city).
      int last = k;
      boolean cityAfter = false;
      while (cut > 0 && last + 1 < parts.size() && parts.get(last + 1).line() == p.line() && parts.get(last + 1).before().equals(",")
          && !written(parts.get(last + 1), line).isEmpty() && placePiece(parts.get(last + 1).value())) {
        last++;
        cityAfter |= Places.isCity(parts.get(last).value().split(",")[0].strip());
      }
      boolean goesOn = last > k;
      String tail = cut <= 0 ? "" : TRAILING_STOPS.matcher(Inline.clean(written.substring(cut + 4))).replaceAll("").strip();
      String head = cut <= 0 ? "" : Inline.clean(written.substring(0, cut)).strip();
      // A known city, or a town the lexicon does not know that a region or country follows.
      // After a role only a known city: "Lecturer in Economics" names a field however it goes on.
      // A tagline before "in" ("Developing software for start-ups in Iran", a participle first) names no
      // employer to place; a name in lower case does ("Centre hospitalier universitaire in Lyon").
      boolean town = !tail.isEmpty() && !head.isEmpty() && Character.isUpperCase(tail.charAt(0)) && !hasWord(tail, FIELD_WORDS)
          && !(PARTICIPLE_START.matcher(head).find() && lowerWordsLongerThan(head, 3) >= 2)
          && (isRole(head) ? Places.isCity(tail)
              : Places.isCity(tail) || isLocation(tail) || goesOn && !cityAfter && townLike(tail));
      if (!town) {
        return null;
      }
      int base = p.span().offset();
      Span headSpan = marksTrimmed(written, 0, cut, base);
      Span tailSpan = marksTrimmed(written, cut + 4, written.length(), base);
      // Parted as "at Globex Paris" parts its town (employerBeforePlace), by a space: the "in" of a
      // role in an employer weighs the part after it as the employer (HeaderLabels' after-at), and
      // a comma would join the town back to the name.
      Part name = new Part(new Field(head, headSpan), p.line(), p.cell(), p.before(), " ", p.style(), p.labelled(), p.linked());
      if (goesOn) {
        Part end = parts.get(last);
        Span place = Span.between(tailSpan.offset(), end.span().end());
        // Known for a place by its town and what follows it, whatever lists know its region.
        return new Replacement(List.of(name, new Part(new Field(Inline.clean(line.textOf(place)), place), p.line(), p.cell(), " ",
            end.after(), p.style(), HeaderLabels.Label.LOCATION, false)), last);
      }
      return new Replacement(List.of(name,
          new Part(new Field(tail, tailSpan), p.line(), p.cell(), " ", p.after(), p.style(), HeaderLabels.Label.LOCATION, false)), k);
    });
  }

  private static final Pattern SINGLE_SPACED = Pattern.compile("\\S+(?: \\S+)*");

  /**
   * The separator between two parts of one line that a line break parted before the text lost it
   * (see taglineAfterPlace): what follows it stands as on a line of its own.
   */
  static final String LINE_BREAK = "\n";

  /** The most words of a region's name that open a part after a town: "Rio Grande do Sul". */
  private static final int REGION_WORDS = 4;

  /**
   * "Globex | 2017 – 2024 | Berlin, Germany Software development for startups": a tagline under the
   * header, joined to it by a soft line break (Markdown's line end, a word processor's wrapped
   * paragraph), runs on from the place, and the part after the town's comma reads as a name
   * ("Software" is an employer's word). A part after a town that opens with a country, an area or a
   * state and goes on as a phrase (a capitalised word, then a lower-case one) is cut after the place.
   */
  static List<Part> taglineAfterPlace(List<Part> parts, List<Line> header) {
    return rewrite(parts, k -> {
      Part p = parts.get(k);
      if (k == 0 || !p.before().equals(",") || parts.get(k - 1).line() != p.line()) {
        return null;
      }
      String town = parts.get(k - 1).value();
      if (!isLocation(town) && !Places.isCity(town) && !townLike(town)) {
        return null;
      }
      String written = written(p, header.get(p.line()));
      // Words parted by single spaces only, so that the cut falls where the words say.
      if (written.isEmpty() || !SINGLE_SPACED.matcher(written).matches()) {
        return null;
      }
      String[] words = written.split(" ");
      int placeWords = 0;
      for (int n = 1; n <= REGION_WORDS && n + 2 <= words.length; n++) {
        if (Places.isRegion(String.join(" ", java.util.Arrays.copyOf(words, n)))) {
          placeWords = n;
        }
      }
      if (placeWords == 0 || !Character.isUpperCase(words[placeWords].charAt(0))) {
        return null;
      }
      // A phrase: two longer words in lower case ("California Department of Transportation" and
      // "Germany Trade and Invest" are names that open with a region's), and no unit's or school's
      // word, as a name has ("Oregon Department of parks and trails").
      String phrase = String.join(" ", java.util.Arrays.copyOfRange(words, placeWords, words.length));
      if (lowerWordsLongerThan(phrase, 3) < 2 || hasWord(phrase, UNIT_WORDS) || hasWord(phrase, SCHOOL_WORDS)) {
        return null;
      }
      int cut = String.join(" ", java.util.Arrays.copyOf(words, placeWords)).length();
      int base = p.span().offset();
      Span place = marksTrimmed(written, 0, cut, base);
      Span rest = marksTrimmed(written, cut + 1, written.length(), base);
      return new Replacement(List.of(
          new Part(new Field(Inline.clean(written.substring(0, cut)).strip(), place), p.line(), p.cell(), p.before(), LINE_BREAK,
              p.style(), p.labelled(), p.linked()),
          new Part(new Field(Inline.clean(written.substring(cut + 1)).strip(), rest), p.line(), p.cell(), LINE_BREAK, p.after(),
              p.style(), null, false)), k);
    });
  }

  /**
   * A part's text as its line writes it, markup and all; empty for a part joined from wrapped lines,
   * which runs past its first line and is left as it is.
   */
  private static String written(Part p, Line line) {
    return p.span().end() <= line.contentStart() + line.content().length() ? line.textOf(p.span()) : "";
  }

  /** A piece of a place after a comma: a region, a country, a known place, or a town-like name. */
  private static boolean placePiece(String v) {
    return isLocation(v) || Places.isRegion(v) || Places.isKnownPlace(v) || townLike(v);
  }

  /** The span of {@code written}'s [a, b) without the spaces, emphasis marks and stops at its ends. */
  private static Span marksTrimmed(String written, int a, int b, int base) {
    while (a < b && (Line.isSpace(written.charAt(a)) || isMark(written.charAt(a)))) {
      a++;
    }
    while (b > a && (Line.isSpace(written.charAt(b - 1)) || isMark(written.charAt(b - 1)) || ".,;".indexOf(written.charAt(b - 1)) >= 0)) {
      b--;
    }
    return new Span(base + a, b - a);
  }

  /** Whether a field is the whole text of a Markdown link: "[" before it, "](" or "][" after it. */
  private static boolean linked(Line line, Field f) {
    String c = line.content();
    int a = f.span().offset() - line.contentStart();
    int b = f.span().end() - line.contentStart();
    return a > 0 && b + 1 < c.length() && c.charAt(a - 1) == '[' && c.charAt(b) == ']' && (c.charAt(b + 1) == '(' || c.charAt(b + 1) == '[');
  }

  /**
   * A part that ends its line with a joining mark or word ("Architect / Project Lead /", "State
   * University of") goes on in the first part of the next line: a long name the column wrapped. So
   * does one whose line the page shows running on into the next ("… Orchard Hand: Tarnwell" / "Apple
   * Organics (Nov 2008 – now)", see {@link Line#ranOnInto}), unless it ended a sentence.
   */
  private static List<Part> wrapped(List<Part> parts, List<Line> header) {
    List<Part> out = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      Part p = parts.get(i);
      // The next line of the text, not only of the header: a field's span holds nothing else.
      boolean lineEnd = i + 1 < parts.size() && parts.get(i + 1).line() == p.line() + 1
          && header.get(p.line() + 1).index() == header.get(p.line()).index() + 1;
      String v = p.value().strip();
      // A web address ends with a slash and joins nothing.
      if (lineEnd && p.cellEnd() && parts.get(i + 1).cellStart() && !v.isEmpty() && !isAddress(v)
          && (endsOpen(v) || ranOn(p, parts.get(i + 1), header.get(p.line()), header.get(p.line() + 1)))) {
        Part q = parts.get(i + 1);
        int space = v.lastIndexOf(' ');
        if (space > 0 && AT_WORDS.contains(v.substring(space + 1))) {
          // "Engineering Manager at ⇥ May 2018 – Jan 2020" over "Globex": "at" parts the role
          // from the name on the next line, as it does on one.
          String role = v.substring(0, space).strip();
          Field f = new Field(role, new Span(p.span().offset(), role.length()));
          out.add(new Part(f, p.line(), p.cell(), p.before(), "at", p.style(), p.labelled(), p.linked()));
          out.add(new Part(q.field(), q.line(), q.cell(), "at", q.after(), q.style(), q.labelled(), q.linked()));
        } else {
          Field f = new Field(v + " " + q.value(), Span.between(p.span().offset(), q.span().end()));
          out.add(new Part(f, p.line(), p.cell(), p.before(), q.after(), p.style(), p.labelled(), false));
        }
        i++;
      } else {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * Whether part {@code p} ends its line and {@code q} opens the next, the page shows the one line
   * running on into the other, and {@code p} ended no sentence. A line of several cells reaches
   * the edge with its last one set flush right ("Globex ⇥ Remote", a part before dates): no run of
   * words wrapped there.
   */
  private static boolean ranOn(Part p, Part q, Line line, Line next) {
    // A name whole on its own (a word of its own and its legal form or a company's word: "Globex
    // Corporation") under a title that happens to be the column's widest line is the employer, no
    // wrapped rest; a word alone ("Lab" of "… Media" / "Lab") is.
    String rest = q.value().strip();
    boolean wholeName = Whitespace.splitLength(rest) >= 2 && (endsInLegalForm(rest) || hasWord(rest, ORG_WORDS));
    return line.cells().size() <= 1 && p.span().end() == line.contentEnd() && q.span().offset() == next.contentStart()
        && !SENTENCE_STOP.matcher(p.value().strip()).find() && !wholeName && line.ranOnInto(next);
  }

  /** Ends with a mark or a word that needs more after it ("… Project Lead /", "University of"). */
  private static boolean endsOpen(String v) {
    if (WRAP_MARKS.contains(v.substring(v.length() - 1))) {
      return true;
    }
    int space = v.lastIndexOf(' ');
    if (space <= 0) {
      return false;
    }
    // Joining words are written in lower case, or the whole name in capitals ("STATE UNIVERSITY
    // OF"): "Wilmington, DE" ends with a state's code, and the place is whole.
    String last = v.substring(space + 1);
    String lower = last.toLowerCase(Locale.ROOT);
    return WRAP_WORDS.contains(lower) && (last.equals(lower) || Inline.isCaps(v) && !isLocation(v));
  }

  /**
   * "Engineer at Globex Paris, France": what follows "at" is an employer, so where it reads as a
   * place of several words ending in a city the lexicon knows ("Globex Paris", "Globex San
   * Francisco"), that city is the town and the words before it the employer. A name the lexicon
   * does not know as a city ("Goldman Sachs, NY") stays whole: it may be the employer's own.
   * Without a comma, a company's name with a town glued to it parts as {@link #cityAfterName} says.
   */
  private static List<Part> employerBeforePlace(List<Part> parts) {
    return rewrite(parts, k -> {
      Part p = parts.get(k);
      String v = p.value();
      int comma = v.indexOf(',');
      boolean afterAt = p.before().equals("at") || p.before().equals("@");
      int space;
      if (comma >= 0) {
        space = townStart(v.substring(0, comma)) - 1;
        if (!afterAt || space <= 0 || v.length() != p.span().length() || !isLocation(v) || Places.isCity(v.substring(0, comma))
            || !Places.isCity(v.substring(space + 1, comma))) {
          return null;
        }
      } else {
        space = cityAfterName(parts, k, afterAt) - 1;
        if (space <= 0) {
          return null;
        }
      }
      int base = p.span().offset();
      String name = v.substring(0, space).strip();
      String place = v.substring(space + 1).strip();
      return new Replacement(List.of(
          new Part(new Field(name, new Span(base, name.length())), p.line(), p.cell(), p.before(), " ", p.style(), p.labelled(), false),
          new Part(new Field(place, new Span(base + space + 1, place.length())), p.line(), p.cell(), " ", p.after(), p.style(), null, false)), k);
    });
  }

  private static final Set<String> TOWN_NAMED_WORDS = Lexicon.set(FILE, "town-named");

  /**
   * "Web Developer — Globex SAS Grenoble": where the layout set the town beside the employer's name
   * with nothing but a space (an HTML page colours it apart), a part beside another field on its
   * line (after a separator or "at", or before a role) that ends in a city the lexicon knows parts
   * there, when the name before the city ends in a legal form or a company's word. Not when that
   * word is one an institution's name goes on from ("Technische Universität München", "Deutsche Bank Berlin":
   * the city is the name's), ends in a joining word ("Transport for London"), or is a role; nor
   * where another part of the header is a place.
   * Returns where the town starts in the part's text, or 0.
   */
  private static int cityAfterName(List<Part> parts, int k, boolean afterAt) {
    Part p = parts.get(k);
    String v = p.value();
    // Beside another field on its line: after a separator, or before a role ("Globex Paris — Engineer").
    boolean beside = k > 0 && parts.get(k - 1).line() == p.line() && !p.before().isEmpty()
        || k + 1 < parts.size() && parts.get(k + 1).line() == p.line() && !p.after().isEmpty() && isRole(parts.get(k + 1).value());
    if (!afterAt && !beside || v.length() != p.span().length() || Places.isKnownPlace(v)) {
      return 0;
    }
    int town = townStart(v);
    if (town <= 0 || !Places.isCity(v.substring(town)) && !Places.isHyphenatedTown(v.substring(town))) {
      return 0;
    }
    // A header that names its place in a part of its own ("eYantra, IIT Bombay | Bombay") has the
    // city in the name for a reason: the name is written whole.
    for (int j = 0; j < parts.size(); j++) {
      if (j != k && (Places.isKnownPlace(parts.get(j).value()) || isLocation(parts.get(j).value()))) {
        return 0;
      }
    }
    String name = v.substring(0, town).strip();
    String last = name.substring(name.lastIndexOf(' ') + 1);
    String lower = last.toLowerCase(Locale.ROOT);
    boolean institution = SCHOOL_WORDS.contains(lower) || TOWN_NAMED_WORDS.contains(lower);
    // The name ends in a legal form or a company's word ("Globex SAS", "Fennick Labs", "Brindle
    // Software"), after a word of its own: a brand whose town is part of it ("Radio Paris", "Real
    // Madrid", "Groupe Saint-Gobain") ends in none.
    boolean company = name.indexOf(' ') > 0 && (LEGAL_FORM.matcher(last).matches() || ORG_WORDS.contains(lower) || WEAK_ORG_WORDS.contains(lower));
    if (name.isEmpty() || !company || institution || isRole(name) || Places.isKnownPlace(name)) {
      return 0;
    }
    return town;
  }

  /**
   * Where the town starts at the end of {@code words}: the last two or three words when they name a
   * city the lexicon knows ("… San Francisco"), else the last word (which must then be a city the
   * lexicon knows for the split to hold); 0 when that is all of them.
   */
  private static int townStart(String words) {
    int at = words.length();
    int town = -1;
    for (int n = 1; n <= 3; n++) {
      at = words.lastIndexOf(' ', at - 1);
      if (at < 0) {
        break;
      }
      if (n == 1 || Places.isCity(words.substring(at + 1))) {
        town = at + 1;
      }
    }
    return Math.max(0, town);
  }

  /**
   * "Globex / Head of Platform": a spaced slash between a role and a name parts them.
   * Between two roles ("Architect / Project Lead"), two ways of working ("Freelance /
   * Self-employed") or a role and its field ("Developer / Applications management", "Ruby on
   * Rails / Full-stack Developer") it joins, and stays.
   */
  private static List<Part> roleBesideSlash(List<Part> parts) {
    List<Part> out = new ArrayList<>();
    boolean split = false;
    for (Part p : parts) {
      String whole = p.value();
      // "Trainee / Globex s.c. / Legnica": a third piece after a second slash that names a town
      // is the place, and the first two are weighed as a pair.
      int last = whole.lastIndexOf(" / ");
      int firstCut = whole.indexOf(" / ");
      String town = last > firstCut && firstCut > 0 && whole.indexOf(" / ", firstCut + 1) == last
          ? whole.substring(last + 3).strip() : "";
      boolean placed = !town.isEmpty() && (isLocation(town) || town.indexOf(' ') < 0 && townLike(town));
      String v = placed ? whole.substring(0, last) : whole;
      int cut = v.indexOf(" / ");
      // Only a value standing as written, with one slash, so that the offsets hold; and alone on
      // its line, places aside: beside another part ("Software Engineer / Payments, Globex") the
      // employer is that part, and the slash joins a role to its team.
      boolean one = cut > 0 && v.indexOf(" / ", cut + 1) < 0 && whole.length() == p.span().length()
          && parts.stream().noneMatch(o -> o != p && o.line() == p.line() && !isLocation(o.value()));
      String left = one ? v.substring(0, cut).strip() : "";
      String right = one ? v.substring(cut + 3).strip() : "";
      if (left.isEmpty() || right.isEmpty() || isWayOfWorking(left) || isWayOfWorking(right) || technology(left)
          || isRole(left) && isRole(right) || !(isRole(right) && named(left) || isRole(left) && named(right))) {
        out.add(p);
        continue;
      }
      int base = p.span().offset();
      int rightAt = v.indexOf(right, cut + 3);
      out.add(new Part(new Field(left, new Span(base, left.length())), p.line(), p.cell(), p.before(), "/", p.style(), p.labelled(), false));
      out.add(new Part(new Field(right, new Span(base + rightAt, right.length())), p.line(), p.cell(), "/", placed ? "/" : p.after(),
          p.style(), null, false));
      if (placed) {
        int townAt = whole.indexOf(town, last + 3);
        out.add(new Part(new Field(town, new Span(base + townAt, town.length())), p.line(), p.cell(), "/", p.after(), p.style(), null, false));
      }
      split = true;
    }
    return split ? out : parts;
  }

  /**
   * The whole text one technology the vocabulary knows, of several words: "Ruby on Rails". One word
   * ("MongoDB", "Docker") names a company after its product as often.
   */
  private static boolean technology(String v) {
    Span lead = v.indexOf(' ') < 0 ? null : leadingTechnology(v);
    return lead != null && lead.length() == v.length();
  }

  /** Where the technology that opens {@code t} stands in it, or null when none opens it. */
  static Span leadingTechnology(String t) {
    List<dev.prism.core.vocab.Mention> found = dev.prism.core.vocab.Technologies.matcher().find(t);
    return !found.isEmpty() && found.get(0).span().offset() == 0 ? found.get(0).span() : null;
  }

  /**
   * A name and no role: no role's word, and no word of four letters or more in lower case but a
   * legal form ("Globex s.c.").
   */
  private static boolean named(String v) {
    if (hasWord(v, TITLE_WORDS)) {
      return false;
    }
    for (String w : SPACES.split(v)) {
      if (w.length() > 3 && Character.isLowerCase(w.charAt(0)) && !ORG_WORDS.contains(trimPunctuation(w))) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Java developer in Datacrest LLC": a header whose only part (places aside) is a role, "in",
   * and a capitalised name of two words or an organisation's, names the role and the employer. Where
   * the header has another part, "in" joins a role to its field ("Engineer in Data") and stays.
   */
  private static List<Part> roleInEmployer(List<Part> parts) {
    Part only = onlyPart(parts);
    if (only == null) {
      return parts;
    }
    String v = only.value();
    Matcher in = IN.matcher(v);
    int cut = -1;
    while (in.find()) {
      String role = v.substring(0, in.start());
      String rest = v.substring(in.end());
      boolean named = Character.isUpperCase(rest.charAt(0))
          && (Whitespace.splitLength(rest) >= 2 || hasWord(rest, ORG_WORDS) || hasWord(rest, WEAK_ORG_WORDS));
      if (named && isRole(role) && !hasWord(role, DEGREE_WORDS)) {
        cut = in.start();
        break;
      }
    }
    if (cut < 0) {
      return parts;
    }
    int restAt = cut + v.substring(cut).indexOf(" in ") + 4;
    String rest = TRAILING_STOPS.matcher(v.substring(restAt)).replaceAll("").strip();
    int base = only.span().offset();
    return splitOnly(parts, only, new Field(v.substring(0, cut).strip(), new Span(base, cut)),
        new Field(rest, new Span(base + restAt, rest.length())), "in");
  }

  private static final int MIN_CAPITAL_NAME_LETTERS = 4;
  private static final Pattern CAPITALS_ONLY = Pattern.compile("\\p{Lu}{2,4}\\d?");
  /** A run of one to three words in capitals at the start of a part: "CROWDSTRIKE", "IBM", "ACME LABS". */
  private static final Pattern CAPITALS_THEN_WORDS = Pattern.compile("^(\\p{Lu}[\\p{Lu}\\d&.'-]+(?:\\s+\\p{Lu}[\\p{Lu}\\d&.'-]+){0,2})\\s+(\\p{Lu}\\p{Ll}.*)$");

  /**
   * "CROWDSTRIKE Senior SE", "GLOBEX Software Engineer": a header whose only part (places aside)
   * opens with a name in capitals and goes on with a role in title case names the employer, then
   * the role, with nothing between them. Not where the capitals are short, a role's or a field's
   * word or a technology ("IT Consultant", "SRE Lead", "JAVA Developer"): those are the role's own.
   */
  private static List<Part> capitalsThenRole(List<Part> parts) {
    Part only = onlyPart(parts);
    if (only == null) {
      return parts;
    }
    String v = only.value();
    Matcher m = CAPITALS_THEN_WORDS.matcher(v);
    if (!m.matches()) {
      return parts;
    }
    String name = m.group(1);
    String role = m.group(2).strip();
    String[] nameWords = lowerWords(name);
    String[] roleWords = lowerWords(role);
    // A role, or a rank and an abbreviation after it ("Senior SE").
    boolean roleNamed = isRole(role) || roleWords.length == 2 && TITLE_WORDS.contains(roleWords[0]) && CAPITALS_ONLY.matcher(role.substring(role.indexOf(' ') + 1)).matches();
    // Four letters at least: shorter capitals name a field as often ("IT Consultant", "SEO
    // Specialist", "ERP Developer").
    if (!roleNamed || name.codePoints().filter(Character::isLetter).count() < MIN_CAPITAL_NAME_LETTERS || hasWord(nameWords, TITLE_WORDS) || hasWord(nameWords, FIELD_WORDS) || leadingTechnology(name) != null
        || isLocation(name) || isRole(name)) {
      return parts;
    }
    int base = only.span().offset();
    int roleAt = m.start(2);
    return splitOnly(parts, only, new Field(name, new Span(base, name.length())), new Field(role, new Span(base + roleAt, role.length())), " ");
  }

  /** The header's one part that is no place, as it is written (so that offsets in it hold); null for any other header. */
  private static Part onlyPart(List<Part> parts) {
    Part only = null;
    for (Part p : parts) {
      if (!isLocation(p.value())) {
        if (only != null) {
          return null;
        }
        only = p;
      }
    }
    return only == null || only.value().length() != only.span().length() ? null : only;
  }

  /** {@code parts} with {@code only} read as two parts, the role and the name, {@code joiner} between them. */
  private static List<Part> splitOnly(List<Part> parts, Part only, Field role, Field name, String joiner) {
    List<Part> out = new ArrayList<>();
    for (Part p : parts) {
      if (p != only) {
        out.add(p);
        continue;
      }
      out.add(new Part(role, p.line(), p.cell(), p.before(), joiner, p.style(), p.labelled(), false));
      out.add(new Part(name, p.line(), p.cell(), joiner, p.after(), p.style(), null, false));
    }
    return out;
  }

  /** The most words a name run on after a role has (see {@link #roleThenName}). */
  private static final int MAX_RUN_ON_NAME_WORDS = 4;

  /**
   * "Software Developer MappedIn ⇥ May 2018 – Dec 2018": a dated header whose only part (places
   * aside) runs a role straight on into a name with no mark between them (a page that parts the
   * two by colour alone, or a style sheet that never loaded), names the role and the employer. The
   * role ends on a role's head word ("Developer", "Intern"); the name after it is one to four
   * capitalised words with no role's, rank's, field's or team's word in them, no place and no
   * technology, that names an organisation (see namesOrganization). "Software Engineer Intern" stays one
   * role, and so do "Backend Developer Payments Team" and "Engineering Manager Checkout".
   */
  private static List<Part> roleThenName(List<Part> parts, List<Line> header) {
    if (header.stream().noneMatch(Line::hasDates)) {
      return parts;
    }
    Part only = onlyPart(parts);
    if (only == null || only.value().indexOf(' ') < 0) {
      return parts;
    }
    String v = only.value();
    String[] words = v.split(" ", -1);
    int cut = -1;
    for (int k = words.length - 1; k >= 1 && cut < 0; k--) {
      if (words.length - k > MAX_RUN_ON_NAME_WORDS || !TITLE_WORDS.contains(trimPunctuation(words[k - 1].toLowerCase(Locale.ROOT)))) {
        continue;
      }
      String role = String.join(" ", Arrays.copyOfRange(words, 0, k));
      String rest = String.join(" ", Arrays.copyOfRange(words, k, words.length));
      if (runOnName(rest) && isRole(role)) {
        cut = role.length();
      }
    }
    if (cut < 0) {
      return parts;
    }
    int base = only.span().offset();
    String rest = v.substring(cut + 1);
    return splitOnly(parts, only, new Field(v.substring(0, cut), new Span(base, cut)), new Field(rest, new Span(base + cut + 1, rest.length())), " ");
  }

  /**
   * A name that may run on after a role: capitalised words, none a role's, rank's, field's or
   * team's, no level, no place, no technology, naming an organisation.
   */
  private static boolean runOnName(String v) {
    // A level after the role ("Software engineer II", "Engineer L5") is the role's.
    if (LEVEL_SUFFIX.matcher(" " + v.toLowerCase(Locale.ROOT)).matches()) {
      return false;
    }
    for (String w : SPACES.split(v)) {
      if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0)) && !Character.isDigit(w.codePointAt(0))) {
        return false;
      }
    }
    String[] lower = lowerWords(v);
    return !hasWord(lower, TITLE_WORDS) && !hasWord(lower, RANK_WORDS) && !hasWord(lower, FIELD_WORDS)
        && !hasWord(lower, UNIT_WORDS) && !hasWord(lower, EMPLOYMENT_WORDS) && !isLocation(v) && !namesAPlace(v)
        && dev.prism.core.vocab.Technologies.matcher().find(v).isEmpty() && namesOrganization(v);
  }

  /**
   * Whether a name reads as an organisation's: an organisation's or a school's word ("Brindle
   * Labs", "Quillstone University"), a legal form ("Globex GmbH"), or a brand's casing
   * ("QuillMark", "GamED"). A team's or a specialty's name ("Checkout", "Credit Risk", "Tier 2")
   * shows none of these.
   */
  static boolean namesOrganization(String v) {
    String[] lower = lowerWords(v);
    return hasWord(lower, ORG_WORDS) || hasWord(lower, WEAK_ORG_WORDS) || hasWord(lower, SCHOOL_WORDS)
        || endsInLegalForm(v) || brandCased(v);
  }

  /** Whether the line holds nothing but dates and durations, and marks: "2019 – 2021 (_2 years_)". */
  static boolean datesOnly(Line line) {
    return masked(line, SectionKind.OTHER).codePoints().noneMatch(Character::isLetterOrDigit);
  }

  /** A part's last mark that ends what it says: a full stop, "!" or "?". */
  private static final Pattern SENTENCE_STOP = Pattern.compile("[.!?]$");
  /** A stop, comma or semicolon alone between two dates of one line. */
  private static final Pattern BETWEEN_RANGES = Pattern.compile("[.,;]");
  /** Words that join two dates of one entry ("2009 and 2011", "2019 & 2021"); see dates.txt. */
  private static final Set<String> DATE_JOINERS = Lexicon.set("dates.txt", "joiner");
  /** What a theme prints for a date it cannot read ("Invalid Date"); see dates.txt. */
  private static final Pattern UNREADABLE_DATE = Pattern.compile("(?iu)(?<![\\p{L}\\d])(?:"
      + String.join("|", Lexicon.list("dates.txt", "unreadable-date").stream().map(Pattern::quote).toList()) + ")(?![\\p{L}\\d])");

  /**
   * "Software Engineer: Globex (2006 – 2008)": a colon right after a role (or roles, the first a
   * role's: "Engineer, Sysadmin and Orchard Hand") that opens the line, before a capitalised name and
   * nothing else, parts the role from its employer as a bar would. A
   * label's colon ("Position: Web programmer") follows no role, a sentence goes on in lower case
   * ("Lead: ran the …"), and a specialty before another field ("Engineer: Backend, Globex") stays
   * with the role.
   */
  private static void roleColon(StringBuilder m) {
    int colon = m.indexOf(":");
    if (colon <= 0 || colon + 2 >= m.length() || m.charAt(colon + 1) != ' ' || !Character.isUpperCase(m.charAt(colon + 2))) {
      return;
    }
    String before = m.substring(0, colon).strip();
    // "Senior Engineer: Backend, Globex": a specialty after the colon, then the employer after
    // another separator; the colon parts nothing there.
    if (m.indexOf(",", colon) >= 0 || SEPARATOR.matcher(m.substring(colon + 1).strip()).find()) {
      return;
    }
    // "Consultant : Search Expert at Norvale": a role after the colon, the one held on an
    // assignment, makes one title with the role before it; the colon parts no employer. A
    // template in small capitals writes it all in capitals, its "AT" no separator.
    if (roleAfterColon(m.substring(colon + 1))) {
      return;
    }
    // The roles may be several, the first named first ("Software Engineer, System Administrator
    // and Orchard Hand: Tarnwell Apple Organics").
    int comma = before.indexOf(',');
    String first = comma > 0 ? before.substring(0, comma).strip() : before;
    if (!before.isEmpty() && Whitespace.splitLength(before) <= (comma > 0 ? 8 : 6) && !SEPARATOR.matcher(before).find() && isRole(first)) {
      m.setCharAt(colon, '|');
    }
  }

  /**
   * "Tech Lead in the Risk Reporting Team": a role, then "in" and a team (its last word a team's
   * noun) parts the role from the team as a bar would, so the title is the role. A field after
   * "in" ("Engineer in Test", "Researcher in Machine Learning") names no team and stays.
   */
  private static void roleInTeam(StringBuilder m) {
    int at = m.indexOf(" in ");
    if (at <= 0) {
      return;
    }
    int from = at;
    while (from > 0 && "|,".indexOf(m.charAt(from - 1)) < 0) {
      from--;
    }
    int to = at + 4;
    while (to < m.length() && "|,".indexOf(m.charAt(to)) < 0) {
      to++;
    }
    String before = m.substring(from, at).strip();
    String after = TRAILING_STOPS.matcher(m.substring(at + 4, to).strip()).replaceAll("");
    String[] words = after.split("\\s+");
    String last = words[words.length - 1].toLowerCase(Locale.ROOT);
    if (!before.isEmpty() && words.length >= 2 && UNIT_NOUNS.contains(last) && isRole(before)) {
      m.setCharAt(at + 1, '|');
      m.setCharAt(at + 2, ' ');
    }
  }


  /**
   * The line's content with every date and duration blanked, offsets kept, and Markdown's emphasis
   * marks that touch a comma or stand before an "@" too, which would otherwise hide it
   * ("*Brightline,* Toronto", "Engineer *@Globex*"). Marks inside a field stay: blanked, they would
   * make a wide gap ("Senior *Backend* Engineer").
   */
  private static String masked(Line line, SectionKind kind) {
    StringBuilder m = new StringBuilder(line.content());
    for (int i = m.indexOf("*"); i >= 0; i = m.indexOf("*", i + 1)) {
      int end = i;
      while (end < m.length() && m.charAt(end) == '*') {
        end++;
      }
      if (i > 0 && m.charAt(i - 1) == ',' || end < m.length() && (m.charAt(end) == ',' || m.charAt(end) == '@')) {
        for (int k = i; k < end; k++) {
          m.setCharAt(k, ' ');
        }
      }
      // "**Globex**: Tech Lead": a colon after a name emphasised from the line's start parts the
      // name from what follows, as a bar would.
      if (end + 1 < m.length() && m.charAt(end) == ':' && Character.isWhitespace(m.charAt(end + 1)) && i > 0
          && opensLine(m, end - i) && m.charAt(i - 1) != ' ') {
        m.setCharAt(end, '|');
      }
      i = end - 1;
    }
    styleChanges(m, kind == SectionKind.EXPERIENCE);
    if (kind == SectionKind.EXPERIENCE) {
      sentenceEnds(m);
      roleInTeam(m);
    }
    // "Invalid Date – Invalid Date": a date the theme could not print names nothing.
    if (m.indexOf("nvalid") >= 0 || m.indexOf("ndefined") >= 0) {
      Matcher u = UNREADABLE_DATE.matcher(m);
      while (u.find()) {
        blank(m, u.start(), u.end());
      }
    }
    List<DateRange> dates = line.dates();
    for (int k = 0; k < dates.size(); k++) {
      int from = dates.get(k).span().offset() - line.contentStart();
      int to = dates.get(k).span().end() - line.contentStart();
      blank(m, from, to);
      unbracket(m, from, to);
      // "October–December 2010 and March–July 2009": a word that joins two dates is theirs. Only
      // the word alone between them counts, so the short ones ("e", "y", "i") take nothing else;
      // so is a stop, comma or semicolon alone between them ("Nov 2006 – Jul 2008. Jul 2009 – Dec
      // 2009"), which only parts the dates.
      if (k + 1 < dates.size()) {
        int next = dates.get(k + 1).span().offset() - line.contentStart();
        // Two readings of one run of words may overlap ("2019,Jan./Jan2019"): nothing stands between them.
        String between = next > to ? m.substring(to, next).strip() : "";
        if (!between.isEmpty() && next - to <= between.length() + 2
            && (DATE_JOINERS.contains(between.toLowerCase(Locale.ROOT)) || BETWEEN_RANGES.matcher(between).matches())) {
          blank(m, to, next);
        }
      }
    }
    // A duration may stand alone, with no date on its line ("(3 years, 1 month)" under the dates
    // of a moderncv entry): only a digit is needed.
    // Asked of what is left once the dates are blanked: the digits of most lines were their dates'.
    if (hasDigit(m)) {
      Matcher dur = DURATION.matcher(m);
      while (dur.find()) {
        // "(Geneva, 6 months)": a bracket the duration closes but did not open stays, or the
        // brackets would run on to the line's end.
        int end = dur.end();
        if (m.charAt(end - 1) == ')' && m.charAt(dur.start()) != '(') {
          end--;
        }
        blank(m, dur.start(), end);
      }
    }
    // Brackets the dates or durations leave empty ("(2019 – 2021)") go too.
    if (m.indexOf("(") >= 0 || m.indexOf("[") >= 0) {
      Matcher e = EMPTY_BRACKETS.matcher(m);
      while (e.find()) {
        blank(m, e.start(), e.end());
      }
      // So does one left open at the line's end, the dates in it blanked and its closing bracket
      // wrapped onto the next line with the range's end ("Globex ( August 2019 –" / "January 2020 )").
      Matcher open = OPEN_TO_END.matcher(m);
      if (open.find()) {
        blank(m, open.start(), open.end());
      }
    }
    // After the dates and empty brackets are blanked: what follows the colon is then all there is,
    // and emphasis before the dates ends the line ("Data engineer *Globex* (2021 – 2023)").
    if (kind == SectionKind.EXPERIENCE) {
      emphasisToEnd(m);
      roleColon(m);
    }
    return m.toString();
  }

  // A full stop after a letter, then a capitalised word in lower case after its capital and two
  // more words: where a sentence may start after a header on its line ("Z O.O." is no word).
  private static final Pattern SENTENCE_START = Pattern.compile("(?<=\\p{L})\\.\\s+(?=\\p{Lu}\\p{Ll}+\\s+\\S+\\s+\\S)");
  private static final Set<String> ABBREVIATIONS = Lexicon.set(FILE, "abbreviation");

  /** Whether a word is one a full stop after ends no sentence ("vs", "St", "Dept"; entry-words.txt). */
  static boolean isAbbreviation(String word) {
    return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }
  private static final Set<String> ROLE_ABBREVIATIONS = Lexicon.set(FILE, "role-abbreviation");
  private static final Set<String> LEGAL_FORMS_BEFORE = Lexicon.set(FILE, "legal-form-before");

  /** Whether the word at {@code at} opens its line or the field after a separator ("|", ",", ":", a dash). */
  private static boolean opensField(CharSequence m, int at) {
    int k = at - 1;
    while (k >= 0 && Character.isWhitespace(m.charAt(k)) && m.charAt(k) != '\t') {
      k--;
    }
    return k < 0 || m.charAt(k) == '\t' || "|,;:(".indexOf(m.charAt(k)) >= 0 || Glyphs.isDash(m.charAt(k))
        || Glyphs.isFieldSeparator(m.charAt(k));
  }

  /**
   * "Head of Mail at Initech. Grew the team from 3 to 17 people": a job's header that runs on into
   * sentences on its line ends at the first full stop a sentence follows; the sentences are a part
   * of their own, which no field takes. The stop after an initial ("J. Doe"), an abbreviation ("St.
   * Petersburg") or a legal form ("Globex Inc. Berlin") ends nothing.
   */
  private static void sentenceEnds(StringBuilder m) {
    if (m.indexOf(". ") < 0) {
      return;
    }
    Matcher s = SENTENCE_START.matcher(m);
    while (s.find()) {
      int from = s.start();
      while (from > 0 && Character.isLetter(m.charAt(from - 1))) {
        from--;
      }
      String word = m.substring(from, s.start());
      int tokenStart = from;
      while (tokenStart > 0 && !Character.isWhitespace(m.charAt(tokenStart - 1))) {
        tokenStart--;
      }
      String token = m.substring(tokenStart, s.start()).toLowerCase(Locale.ROOT);
      // "B.Sc.", "Ph.D.", "U.S.": dotted letters; "MSc.": a degree.
      boolean dotted = token.indexOf('.') > 0 && token.indexOf('.') <= 2;
      if (word.length() < 2 || dotted || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT)) || DEGREE_WORDS.contains(token)
          || endsInLegalForm(m.substring(0, s.start() + 1)) || LEGAL_FORMS_BEFORE.contains(token) && opensField(m, tokenStart)
          || legalFormAfter(m, s.end())) {
        continue;
      }
      m.setCharAt(s.start(), '|');
    }
  }

  /**
   * Whether the word at {@code at} is a legal form and ends the name, an aside in brackets or
   * nothing after it: "Quillstone. Inc (part time job)" writes the name's comma as a stop, and the
   * form is still the name's.
   */
  private static boolean legalFormAfter(CharSequence m, int at) {
    int end = at;
    while (end < m.length() && (Character.isLetter(m.charAt(end)) || m.charAt(end) == '.')) {
      end++;
    }
    if (end == at || !LEGAL_FORM.matcher(m.subSequence(at, end)).matches()) {
      return false;
    }
    String rest = m.subSequence(end, m.length()).toString().strip();
    return rest.isEmpty() || rest.startsWith("(");
  }

  /** Whether {@code s} holds only spaces and emphasis marks. */
  private static boolean isBlankOrMarks(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i)) && !isMark(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * "**Globex** *Backend Engineer*": where one kind of emphasis closes and another opens after a
   * space, or plain text follows a name emphasised from the line's start in a job's header
   * ("**Globex** Berlin"), the look changes as between a PDF's bold and italic runs, and the space
   * parts two fields, as a bar would.
   */
  private static void styleChanges(StringBuilder m, boolean plainAfterName) {
    for (int i = 1; i + 2 < m.length(); i++) {
      if (!Character.isWhitespace(m.charAt(i)) || !isMark(m.charAt(i - 1))) {
        continue;
      }
      int closeFrom = marksFrom(m, i);
      int openTo = marksTo(m, i + 1);
      boolean closes = closeFrom > 0 && !Character.isWhitespace(m.charAt(closeFrom - 1));
      boolean opens = openTo > i + 1 && openTo < m.length() && !Character.isWhitespace(m.charAt(openTo));
      String close = m.substring(closeFrom, i);
      // Plain text after a name emphasised from the line's start ("**Globex** Annapolis, MD"), in
      // a job's header: not a lower-case word that joins ("**Engineer** at Globex"), nor the rest
      // of a role the emphasis began ("_Senior_ Data Analyst"). A degree's field after it
      // ("**Master of Science** Data Science") is no such case, and education is left out.
      boolean plainAfter = plainAfterName && openTo == i + 1 && Character.isUpperCase(m.charAt(i + 1))
          && m.length() > close.length() && m.substring(0, close.length()).equals(close) && Character.isLetterOrDigit(m.charAt(close.length()))
          && !continuesRole(m.substring(close.length(), closeFrom), m.substring(i + 1));
      if (closes && (opens && !close.equals(m.substring(i + 1, openTo)) || plainAfter)) {
        m.setCharAt(i, '|');
      }
    }
  }

  /**
   * "Globex, Inc. *Lead Software Engineer*": in a job's header, plain text and then, after a
   * space, emphasis to the line's end: the look changes, and the space parts two fields as a bar
   * would. Not after a word in lower case, which joins ("Engineer at *Globex*"), nor after a role
   * the emphasis goes on ("Software Engineer *II*", "Data Engineer *Intern*"), nor where a name
   * goes on ("Initech *GmbH*", "Engineer at Hooli *Foods*": a single word that is no role), nor
   * where emphasis stands before ("Senior *Backend* Engineer").
   */
  private static void emphasisToEnd(StringBuilder m) {
    int end = m.length();
    while (end > 0 && Character.isWhitespace(m.charAt(end - 1))) {
      end--;
    }
    int closeFrom = marksFrom(m, end);
    if (closeFrom == end || closeFrom == 0) {
      return;
    }
    String marks = m.substring(closeFrom, end);
    int open = m.lastIndexOf(" " + marks, closeFrom - 1);
    if (open <= 0 || marksTo(m, open + 1) != open + 1 + marks.length() || open + 1 + marks.length() >= closeFrom) {
      return;
    }
    for (int k = 0; k < open; k++) {
      if (isMark(m.charAt(k))) {
        return;
      }
    }
    int word = open;
    while (word > 0 && !Character.isWhitespace(m.charAt(word - 1))) {
      word--;
    }
    String emphasised = m.substring(open + 1 + marks.length(), closeFrom).strip();
    String before = m.substring(0, open).strip();
    boolean afterRole = isRole(before);
    if (word == open || !afterRole && !Character.isUpperCase(m.charAt(word)) || before.contains(" at ")
        || LEGAL_FORM.matcher(emphasised).matches()) {
      return;
    }
    // After a role, a name of two words or more in emphasis is the employer's ("Data engineer
    // *Globex Bank*"), or a domain ("*globex.io*"), unless it is the role's own last word or level
    // ("Software Engineer *II*", "Data Engineer *Intern*"), its team or field ("Software Engineer
    // *Backend*", "*Platform Team*") or its terms ("*Contract*"). One plain word there is as often
    // a product's name, the employer on the line below ("Mobile Developer *Wayfarer*").
    // After a name, a single word that is no role goes on with the name ("Initech *GmbH*").
    if (afterRole ? allWordsIn(emphasised, TITLE_WORDS) || LEVEL_SUFFIX.matcher(" " + emphasised.toLowerCase(Locale.ROOT)).matches()
            || hasWord(emphasised, UNIT_WORDS) || isEmploymentKind(emphasised)
            || emphasised.indexOf(' ') < 0 && !isBareDomain(emphasised)
        : emphasised.indexOf(' ') < 0 && !isRole(emphasised)) {
      return;
    }
    m.setCharAt(open, '|');
  }

  /**
   * Whether the emphasised words begin the role the plain text after them ends ("_Senior_ Data
   * Analyst"): together a role, and the emphasis only role words (a level, a title's word), no
   * name of an employer's.
   */
  private static boolean continuesRole(String emphasised, String after) {
    int end = after.indexOf("  ");
    String rest = (end < 0 ? after : after.substring(0, end)).split("[|,;(]", 2)[0].strip();
    return isRole(emphasised + " " + rest) && allWordsIn(emphasised, TITLE_WORDS);
  }

  private static boolean isMark(char c) {
    return c == '*' || c == '_';
  }

  /** Where the run of emphasis marks right before {@code at} starts ({@code at} when there is none). */
  private static int marksFrom(CharSequence m, int at) {
    while (at > 0 && isMark(m.charAt(at - 1))) {
      at--;
    }
    return at;
  }

  /** Where the run of emphasis marks from {@code at} ends ({@code at} when there is none). */
  private static int marksTo(CharSequence m, int at) {
    while (at < m.length() && isMark(m.charAt(at))) {
      at++;
    }
    return at;
  }

  /** Whether the line opens with a run of {@code marks} asterisks and a letter after it ("**Globex"). */
  private static boolean opensLine(CharSequence m, int marks) {
    int k = 0;
    while (k < m.length() && m.charAt(k) == '*') {
      k++;
    }
    return k == marks && k < m.length() && Character.isLetterOrDigit(m.charAt(k));
  }

  /**
   * Brackets around dates go with them, so that what else they hold stands as parts of its own:
   * "Globex (2019 – 2021, Berlin)" is the employer and a place.
   */
  private static void unbracket(StringBuilder m, int from, int to) {
    int open = -1;
    for (int i = Math.min(from, m.length()) - 1; i >= 0; i--) {
      char c = m.charAt(i);
      if (c == ')' || c == ']') {
        return;
      }
      if (c == '(' || c == '[') {
        open = i;
        break;
      }
    }
    if (open < 0) {
      return;
    }
    char closing = m.charAt(open) == '(' ? ')' : ']';
    for (int i = Math.max(to, 0); i < m.length(); i++) {
      char c = m.charAt(i);
      if (c == '(' || c == '[') {
        return;
      }
      if (c == closing) {
        // Emphasis around the brackets goes with them ("Globex *(Rennes, 2019 – 2021)*"), so
        // that the space before it still parts the name from what the brackets held.
        blank(m, marksFrom(m, open), open + 1);
        blank(m, i, marksTo(m, i + 1));
        return;
      }
    }
  }

  /** Whether the text is a duration and nothing more: "9 years", "(1 yr 3 mos)", "1 day". */
  static boolean isDuration(String text) {
    String t = text.strip();
    return !t.isEmpty() && hasDigit(t) && DURATION.matcher(t).matches();
  }

  /** Whether {@code m} holds an ASCII digit, which {@link #DURATION} ({@code \\d}) needs. */
  private static boolean hasDigit(CharSequence m) {
    for (int i = 0; i < m.length(); i++) {
      char c = m.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  private static void blank(StringBuilder m, int from, int to) {
    for (int i = Math.max(0, from); i < Math.min(to, m.length()); i++) {
      m.setCharAt(i, ' ');
    }
  }

  /**
   * Splits [a, b) of a line at the separators its text draws, outside brackets. {@code seps} gets
   * the separator before each part and, last, the one after the last part.
   */
  private static void split(SectionKind kind, Line line, String m, int a, int b, List<Field> fields, List<String> seps) {
    String original = line.content();
    int base = line.contentStart();
    // The separator pattern opens with \s*, so find() tries it at every position: where no
    // character it needs is in the cell, it is not run at all.
    Matcher sep = mayHoldSeparator(m, a, b) ? (kind == SectionKind.PUBLICATIONS ? PUBLICATION_SEPARATOR : SEPARATOR).matcher(m).region(a, b) : null;
    int start = a;
    String before = "";
    // The brackets open where the last separator was looked at: the separators come in order, so
    // one pass over the cell counts them all (a count from the cell's start at each separator
    // would be quadratic in a line of many).
    int[] depthAt = {a, 0};
    while (true) {
      boolean found = sep != null && findOutsideBrackets(sep, m, depthAt);
      while (found && (placeInName(m, start, sep) || weakAtAfterNoRole(m, start, sep) || colonAfterNote(original, sep)
          || colonBetweenRoles(m, start, sep, b))) {
        found = findOutsideBrackets(sep, m, depthAt);
      }
      int end = found ? sep.start() : b;
      int had = fields.size();
      if (kind == SectionKind.PUBLICATIONS) {
        addTrimmed(fields, original, m, start, end, base);
      } else {
        addPart(kind, fields, original, m, start, end, base);
      }
      // A piece cut further at commas: the pieces after its first were parted by a comma.
      for (int k = had; k < fields.size(); k++) {
        seps.add(k == had ? before : ",");
      }
      if (!found) {
        break;
      }
      before = m.substring(sep.start(), sep.end()).strip();
      // A full stop that ends a sentence (see sentenceEnds) parts as "." rather than as the bar
      // that stands for it in the masked text: a drawn bar parts names, a stop a sentence.
      if (before.equals("|") && original.substring(sep.start(), sep.end()).strip().equals(".")) {
        before = ".";
      }
      // A change of emphasis stands for a bar in the masked text too ("**Data Scientist** *(since
      // 2015)*"): the text has a space there, a gap between two runs, as a layout's is.
      if (before.equals("|") && isBlankOrMarks(original.substring(sep.start(), sep.end()))) {
        before = " ";
      }
      if (before.isEmpty()) {
        before = " ";
      } else if (AT_WORD_SET.contains(before)) {
        before = "at";
      }
      start = sep.end();
    }
    seps.add("");
    joinLocations(fields, seps, original, base);
  }

  /** The first letters of the words for "at": the screen below looks for them after a space. */
  private static final String AT_WORD_INITIALS = AT_WORD_SET.stream().map(w -> w.substring(0, 1)).distinct()
      .reduce("", String::concat);

  /**
   * False only where neither separator pattern can match in [a, b): no drawn field separator or
   * tab, and no white space followed by white space, a dash, a colon, "@" or the first letter of
   * "at" or a word for it.
   */
  static boolean mayHoldSeparator(String m, int a, int b) {
    for (int i = a; i < b; i++) {
      char c = m.charAt(i);
      if (Glyphs.isFieldSeparator(c) || c == '\t' || c == '\u2014' || c == ')' && i + 2 < b && m.charAt(i + 1) == ':') {
        return true;
      }
      if (Whitespace.isRegexSpace(c) && i + 1 < b) {
        char d = m.charAt(i + 1);
        if (Whitespace.isRegexSpace(d) || Glyphs.isDash(d) || d == ':' || d == '@' || AT_WORD_INITIALS.indexOf(d) >= 0) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A spaced colon between a role and another ("Consultant : Search Expert at Norvale"): one title
   * (see roleAfterColon). A spaced colon parts fields elsewhere ("Globex, Paris : DevOps").
   */
  private static boolean colonBetweenRoles(String m, int start, Matcher sep, int end) {
    if (sep.start() == sep.end() || !Character.isWhitespace(m.charAt(sep.start())) || !m.substring(sep.start(), sep.end()).strip().equals(":")) {
      return false;
    }
    String before = m.substring(start, sep.start()).strip();
    if (before.isEmpty() || !isRole(before)) {
      return false;
    }
    String after = m.substring(sep.end(), end);
    Matcher next = SEPARATOR.matcher(after);
    return roleAfterColon(next.find() ? after.substring(0, next.start()) : after);
  }

  /**
   * Whether the text after a role's colon opens with another role, read up to a word for "at" in
   * any case ("Search Expert at Norvale", "SEARCH EXPERT AT NORVALE"): what the person was on an
   * assignment, after what they were at the firm.
   */
  private static boolean roleAfterColon(String after) {
    StringBuilder role = new StringBuilder();
    for (String w : SPACES.split(after.strip())) {
      if (AT_WORD_SET.contains(w.toLowerCase(Locale.ROOT))) {
        break;
      }
      role.append(role.length() == 0 ? "" : " ").append(w);
    }
    return role.length() > 0 && isRole(role.toString());
  }

  /**
   * A colon right after brackets that hold no web address: "Senior Developer (L5): Payments" is one
   * part. Only a site in the brackets ("Globex (globex.example): Software factory") makes the colon
   * end a name.
   */
  private static boolean colonAfterNote(String original, Matcher sep) {
    int colon = original.indexOf(':', sep.start());
    if (colon <= 0 || colon >= sep.end() || original.charAt(colon - 1) != ')') {
      return false;
    }
    int open = original.lastIndexOf('(', colon - 1);
    String note = open < 0 ? "" : original.substring(open + 1, colon - 1).strip();
    // A web address the line cut at a space ("globex. com") still opens with its scheme.
    return !(isAddress(note) || note.startsWith("http://") || note.startsWith("https://") || note.startsWith("www."));
  }

  /**
   * An "at" that places an organisation in another ("The Tamsin Lab at State University") rather
   * than a role in one ("Engineer at Globex"): the name before it holds an organisation's word and
   * no role's, or a venue's ("Bistro chez Margot", "Café bei Anna"). Such an "at" parts nothing.
   */
  private static boolean placeInName(String m, int start, Matcher sep) {
    if (!AT_WORD_SET.contains(m.substring(sep.start(), sep.end()).strip())) {
      return false;
    }
    String before = m.substring(start, sep.start());
    return (hasWord(before, ORG_WORDS) || hasWord(before, VENUE_WORDS)) && !isRole(before);
  }

  /**
   * A word for "at" that is an article in another language (German "an", the English article)
   * parts a role from its employer only right after a role's word ("Hilfskraft an DSME"): after
   * anything else it is the article ("Founded an AI Startup", "with an Industrial Year",
   * "Awarded an Honorable Mention").
   */
  private static boolean weakAtAfterNoRole(String m, int start, Matcher sep) {
    String word = m.substring(sep.start(), sep.end()).strip();
    if (!AT_NAME_WORDS.contains(word) || !ARTICLES.contains(word)) {
      return false;
    }
    String before = m.substring(start, sep.start()).strip();
    int space = before.lastIndexOf(' ');
    return !isRole(space < 0 ? before : before.substring(space + 1));
  }

  /**
   * Finds the next separator outside brackets. {@code depthAt} holds where the brackets were last
   * counted and how many were open there; it moves on with each separator looked at.
   */
  private static boolean findOutsideBrackets(Matcher sep, String m, int[] depthAt) {
    while (sep.find()) {
      for (int i = depthAt[0]; i < sep.start(); i++) {
        char c = m.charAt(i);
        if (c == '(' || c == '[') {
          depthAt[1]++;
        } else if ((c == ')' || c == ']') && depthAt[1] > 0) {
          depthAt[1]--;
        }
      }
      depthAt[0] = Math.max(depthAt[0], sep.start());
      if (depthAt[1] == 0) {
        return true;
      }
    }
    return false;
  }

  /** How many brackets are open at {@code at}, counting from {@code from}. */
  private static int depth(String m, int from, int at) {
    int depth = 0;
    for (int i = from; i < at; i++) {
      char c = m.charAt(i);
      if (c == '(' || c == '[') {
        depth++;
      } else if ((c == ')' || c == ']') && depth > 0) {
        depth--;
      }
    }
    return depth;
  }

  /** Whether a separator between two parts is a dash: "-", "–", "—" or another of glyphs.txt. */
  static boolean isDash(String sep) {
    return sep.length() == 1 && Glyphs.isDash(sep.charAt(0));
  }

  /**
   * "Cupertino" and "CA" were split at their comma; a place is one part ("Cupertino, CA", "Toronto,
   * ON, Canada"). A work mode and the region after its dash are one too ("Remote - EU").
   */
  private static void joinLocations(List<Field> parts, List<String> seps, String original, int base) {
    for (int i = 0; i + 1 < parts.size(); i++) {
      String between = seps.get(i + 1);
      boolean joins = between.equals(",") || isDash(between);
      if (!joins) {
        continue;
      }
      Field p = parts.get(i);
      Field q = parts.get(i + 1);
      String whole = Inline.clean(original.substring(p.span().offset() - base, q.span().end() - base));
      if (isLocation(whole)) {
        parts.set(i, new Field(whole, Span.between(p.span().offset(), q.span().end())));
        parts.remove(i + 1);
        seps.remove(i + 1);
        i--;
      }
    }
  }

  private static int[] trim(String masked, int start, int end, boolean closingStop) {
    int a = start;
    int b = end;
    while (a < b && (Line.isSpace(masked.charAt(a)) || ("*_#,|:;¦".indexOf(masked.charAt(a)) >= 0 || Glyphs.isDash(masked.charAt(a)))
        || Character.getType(masked.charAt(a)) == Character.PRIVATE_USE)) {
      a++;
    }
    while (b > a && (Line.isSpace(masked.charAt(b - 1)) || "*_,|:;¦".indexOf(masked.charAt(b - 1)) >= 0
        || Glyphs.isDash(masked.charAt(b - 1)) || Glyphs.isLinkMark(masked.charAt(b - 1))
        || Glyphs.isPictograph(masked.codePointBefore(b)))) {
      b = Math.max(a, b - Character.charCount(masked.codePointBefore(b)));
    }
    // A full stop closing the line ("Seattle, WA.") is punctuation, unless it ends an abbreviation
    // that needs it ("Acme Co.", "J."). A reference keeps its own.
    if (closingStop && b > a && masked.charAt(b - 1) == '.' && masked.substring(b).isBlank()) {
      int w = b - 1;
      while (w > a && Character.isLetter(masked.charAt(w - 1))) {
        w--;
      }
      String word = masked.substring(w, b - 1).toLowerCase(java.util.Locale.ROOT);
      if (word.length() > 1 && !ORG_WORDS.contains(word) && !(w > a && masked.charAt(w - 1) == '.')) {
        b--;
      }
    }
    // A bracket goes only when its partner is not in the part: "(2019 – 2021)" loses both once
    // the date is masked, "Manager (L7)" keeps both.
    while (a < b && (masked.charAt(a) == '(' || masked.charAt(a) == '[') && closes(masked, a, b) < 0) {
      a++;
    }
    while (b > a && (masked.charAt(b - 1) == ')' || masked.charAt(b - 1) == ']') && masked.lastIndexOf(
        masked.charAt(b - 1) == ')' ? '(' : '[', b - 1) < a) {
      b--;
    }
    return new int[] {a, b};
  }

  private static int closes(String masked, int open, int end) {
    char close = masked.charAt(open) == '(' ? ')' : ']';
    int at = masked.indexOf(close, open);
    return at >= 0 && at < end ? at : -1;
  }

  /**
   * {@code ANY_LETTER.matcher(s).matches()} by a loop: a letter, and no line break (which the
   * pattern's dots do not cross). Asked of every piece a header is cut into. {@code AnyLetterTest}
   * holds it to the pattern.
   */
  static boolean anyLetter(String s) {
    boolean letter = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (cp == '\n' || cp == '\r' || cp == '\u0085' || cp == '\u2028' || cp == '\u2029') {
        return false;
      }
      letter |= Character.isLetter(cp);
      i += Character.charCount(cp);
    }
    return letter;
  }

  private static void addTrimmed(List<Field> out, String original, String masked, int start, int end, int base) {
    int[] ab = trim(masked, start, end, false);
    if (ab[1] <= ab[0]) {
      return;
    }
    ab = linkText(original, ab[0], ab[1]);
    String value = Inline.clean(original.substring(ab[0], ab[1]));
    if (!value.isEmpty() && anyLetter(value)) {
      out.add(new Field(value, new Span(base + ab[0], ab[1] - ab[0])));
    }
  }

  /**
   * Whether a text ends with a company's legal form, capitalised as one is ("Globex Global, S.L.",
   * "Initech Inc.") or dotted in lower case ("Globex s.r.o."): its full stop ends no sentence;
   * "… and co." ends one.
   */
  static boolean endsInLegalForm(String v) {
    Matcher m = ENDS_IN_LEGAL_FORM.matcher(v);
    if (!m.find()) {
      return false;
    }
    int at = m.start();
    while (at < v.length() && !Character.isLetter(v.charAt(at))) {
      at++;
    }
    // "Globex s.r.o.": a form of dotted letters is written in lower case too.
    String form = v.substring(at);
    return at < v.length() && (Character.isUpperCase(v.charAt(at)) || form.indexOf('.') >= 0 && form.indexOf('.') < form.length() - 1);
  }

  /** The legal forms as one alternation: each item's full stops optional, a full stop after it too. */
  private static String legalForms(List<String> forms) {
    List<String> alternatives = new ArrayList<>();
    for (String f : forms) {
      alternatives.add(Pattern.quote(f).replace(".", "\\E\\.?\\Q"));
    }
    return "(?:" + String.join("|", alternatives) + ")\\.?";
  }

  /**
   * What a value wholly in one pair of round brackets holds ("Berlin" of "(Berlin)"), or null: no
   * other bracket opens inside, and something stands between them.
   */
  static String inBrackets(String v) {
    if (v.length() > 2 && v.charAt(0) == '(' && v.endsWith(")") && v.indexOf('(', 1) < 0) {
      String inner = v.substring(1, v.length() - 1);
      return inner.isBlank() ? null : inner;
    }
    return null;
  }

  /**
   * Where the round brackets open that close {@code [a, b)}, with something before them, or -1:
   * they hold the last of it, and nothing else is bracketed after their open.
   */
  private static int closingBrackets(String masked, int a, int b) {
    if (b - a < 5 || masked.charAt(b - 1) != ')') {
      return -1;
    }
    int open = masked.lastIndexOf('(', b - 1);
    return open <= a || masked.indexOf(')', open) != b - 1 ? -1 : open;
  }

  /**
   * Where the comma stands in the brackets that close {@code [a, b)} after a role and hold an
   * employer's name and a place the lexicon knows ("Software Developer (Globex Software, Brussels)",
   * "Intern (Initech GmbH, Belgium)"), or -1. The name is capitalised, holds a company's word or
   * legal form, and is no place or role itself: "(Leuven, Belgium)" is a place alone.
   */
  private static int employerInBrackets(String original, String masked, int a, int b) {
    int open = closingBrackets(masked, a, b);
    if (open < 0) {
      return -1;
    }
    int comma = masked.indexOf(',', open);
    if (comma < 0 || comma >= b - 1 || masked.indexOf('(', open + 1) >= 0 && masked.indexOf('(', open + 1) < b) {
      return -1;
    }
    String before = masked.substring(a, open).strip();
    String name = original.substring(open + 1, comma).strip();
    String place = original.substring(comma + 1, b - 1).strip();
    if (before.isEmpty() || name.isEmpty() || !isRole(before) || !Character.isUpperCase(name.codePointAt(0))
        || !(Places.isNamed(place) || isLocation(place)) || Places.isKnownPlace(name) || isLocation(name) || isRole(name)) {
      return -1;
    }
    // A company's word or legal form names an employer; a team, a shift or a season in its place
    // ("Analyst (Risk, London)", "Intern (Summer, Berlin)") stays with the role.
    String[] words = lowerWords(name);
    return hasWord(words, ORG_WORDS) || hasWord(words, WEAK_ORG_WORDS) || endsInLegalForm(name) ? comma : -1;
  }

  /**
   * Where the brackets open of a place that closes {@code [a, b)} after a name ("Acme (Berlin)"),
   * or -1: the brackets hold the last of it, nothing else is bracketed after them, and what comes
   * before them is no place itself.
   */
  private static int placeInBrackets(String original, String masked, int a, int b) {
    int open = closingBrackets(masked, a, b);
    if (open < 0) {
      return -1;
    }
    String before = masked.substring(a, open).strip();
    String inner = original.substring(open + 1, b - 1).strip();
    if (before.isEmpty() || !anyLetter(before) || isLocation(before) || !isLocation(inner) && placeBesideDuration(original, masked, open, b) == null) {
      return -1;
    }
    return open;
  }

  /**
   * The place in brackets [open, b) beside how long the job ran ("(Geneva, 6 months)"), or null:
   * the duration was blanked with the dates, and what is left, as the page writes it, names a place.
   */
  private static String placeBesideDuration(String original, String masked, int open, int b) {
    String placed = masked.substring(open + 1, b - 1).strip();
    while (placed.endsWith(",")) {
      placed = placed.substring(0, placed.length() - 1).strip();
    }
    String inner = original.substring(open + 1, b - 1).strip();
    return !placed.isEmpty() && !placed.equals(inner) && inner.startsWith(placed) && isLocation(placed) ? placed : null;
  }

  /**
   * Where the full stop stands in {@code [a, b)} that parts a name from the role after it ("UFF.
   * Monitor", "Acme Inc. Senior Engineer"), or -1: a stop and a space outside brackets, a role and
   * nothing else after it, and before it a name of two words or an acronym ("UBA"). One word that
   * is no acronym may be the role's own abbreviation ("Sr. Software Engineer", "Asst. Professor").
   */
  private static int roleAfterStop(String masked, int a, int b) {
    int stop = masked.indexOf(". ", a);
    if (stop < 0 || stop >= b) {
      return -1;
    }
    for (; stop >= 0 && stop + 2 < b; stop = masked.indexOf(". ", stop + 1)) {
      String before = masked.substring(a, stop).strip();
      String after = masked.substring(stop + 1, b).strip();
      while (after.endsWith(".")) {
        after = after.substring(0, after.length() - 1).strip();
      }
      // An initial's stop ("Quillfeather S. A.", "J. Smith") parts nothing, nor an abbreviation's
      // ("Globex, Sr. Application Architect").
      boolean initial = before.length() < 2 || !Character.isLetter(before.charAt(before.length() - 2))
          || ROLE_ABBREVIATIONS.contains(lastWord(before).toLowerCase(Locale.ROOT));
      boolean name = Whitespace.splitLength(before) >= 2 || ACRONYM.matcher(before).matches();
      if (name && !initial && depth(masked, a, stop) == 0 && !after.isEmpty() && after.indexOf(',') < 0 && isRole(after)) {
        return stop;
      }
    }
    return -1;
  }

  /** The last word of {@code v}, after its last space or comma. */
  private static String lastWord(String v) {
    int k = Math.max(v.lastIndexOf(' '), v.lastIndexOf(','));
    return v.substring(k + 1);
  }

  /** A word in capitals of two to five letters, as an organisation's short name is: "UBA", "CERN", "HSBC". */
  static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,5}");

  /**
   * Where the brackets open of a gloss that closes {@code [a, b)} after a name ("Arsenal LLC
   * (Security company)", "Linbo (online message board for students)"), or -1: what the name is,
   * said in words mostly in lower case (see {@link #isGloss}), nothing bracketed after it, and
   * before it a name, not a role ("Engineer (Payments team)" keeps its team) nor a place.
   */
  private static int glossInBrackets(String original, String masked, int a, int b) {
    int open = closingBrackets(masked, a, b);
    if (open < 0) {
      return -1;
    }
    // The name the brackets follow: the last of the piece's parts ("Globex, Software Engineer
    // (several positions)" is a role's).
    String before = masked.substring(Math.max(a, masked.lastIndexOf(',', open) + 1), open).strip();
    if (before.isEmpty() || !anyLetter(before) || isLocation(before) || isRole(before)) {
      return -1;
    }
    return isGloss(original.substring(open + 1, b - 1)) ? open : -1;
  }

  /**
   * Words that say what something is rather than name it: two words at least, no place, no
   * digit and no comma, and of the words after the first that are longer than three letters, half at least in
   * lower case ("Security company", "Largest producer of drinks in the Far East"). A name keeps its
   * capitals ("Amazon Web Services", "formerly Acme Corp").
   */
  static boolean isGloss(String inner) {
    String t = inner.strip();
    String[] words = SPACES.split(t);
    // A list in brackets ("(Auth, Firestore)", "(experimental, high energy)") qualifies what it
    // follows, a field or a tool, rather than saying what a name is.
    if (words.length < 2 || t.indexOf(',') >= 0 || isLocation(t) || t.chars().anyMatch(Character::isDigit)) {
      return false;
    }
    int counted = 0;
    int lower = 0;
    for (int k = 1; k < words.length; k++) {
      String w = trimPunctuation(words[k]);
      if (w.length() > 3) {
        counted++;
        if (Character.isLowerCase(w.charAt(0))) {
          lower++;
        }
      }
    }
    return counted > 0 && 2 * lower >= counted;
  }

  /** The text without a bracketed gloss that closes it ({@link #isGloss}): "Arsenal LLC" of "Arsenal LLC (Security company)". */
  static String withoutGloss(String c) {
    String t = c.stripTrailing();
    int open = closingBrackets(t, 0, t.length());
    return open > 0 && isGloss(t.substring(open + 1, t.length() - 1)) ? t.substring(0, open).stripTrailing() : c;
  }

  /**
   * A part that is one Markdown link ("[Globex](https://…)", "[Globex][ref]", or a shortcut
   * reference "[Globex]" alone, its address defined further down) stands for its text: the span
   * narrows to what the page shows.
   */
  private static int[] linkText(String original, int a, int b) {
    // A shortcut's label names one thing: "[Go, Kafka]" is a bracketed list, one part as written.
    int inner = b - a >= 3 ? original.indexOf('[', a + 1) : -1;
    int comma = b - a >= 3 ? original.indexOf(',', a) : -1;
    if (b - a >= 3 && original.charAt(a) == '[' && original.charAt(b - 1) == ']' && original.indexOf(']', a) == b - 1
        && (inner < 0 || inner >= b) && (comma < 0 || comma >= b)) {
      return new int[] {a + 1, b - 1};
    }
    if (b - a >= 4 && original.charAt(a) == '[') {
      int close = original.indexOf(']', a);
      int nested = original.indexOf('[', a + 1);
      if (close > a + 1 && close + 1 < b && (nested < 0 || nested > close)) {
        char open = original.charAt(close + 1);
        char end = original.charAt(b - 1);
        boolean whole = open == '(' && end == ')' && original.indexOf(')', close) == b - 1
            || open == '[' && end == ']' && original.indexOf(']', close + 1) == b - 1;
        if (whole) {
          return new int[] {a + 1, close};
        }
      }
    }
    return new int[] {a, b};
  }

  private static void addPart(SectionKind kind, List<Field> out, String original, String masked, int start, int end, int base) {
    int[] ab = trim(masked, start, end, true);
    if (ab[1] <= ab[0]) {
      return;
    }
    ab = linkText(original, ab[0], ab[1]);
    int a = ab[0];
    int b = ab[1];
    String value = Inline.clean(original.substring(a, b));
    if (value.isEmpty() || !anyLetter(value)) {
      return;
    }
    // A piece longer than any field is text, not a header's parts: it is kept whole, so that a line
    // of thousands of commas is neither cut once per comma (a recursion as deep as the commas are
    // many) nor matched against the place patterns at every cut.
    if (b - a > MAX_PART_CHARS) {
      out.add(new Field(value, new Span(base + a, b - a)));
      return;
    }
    // "Presumo https://presumo.example": a web address after a name is the name's link, a part of
    // its own (no field takes an address; the entry keeps it in its description). So is a
    // Markdown link whose text is the address ("[https://presumo.example](https://…)").
    int space = masked.lastIndexOf(' ', b - 1);
    String last = space > a ? Inline.clean(masked.substring(space + 1, b)) : "";
    // "Globex Solutions (globex.example)": so is the address in brackets, a bare domain too.
    String bracketed = last.length() > 2 && last.startsWith("(") && last.endsWith(")") ? last.substring(1, last.length() - 1) : "";
    // A bare domain alone may be a company's name ("Freelancer.com"); one that opens with "www." is an address.
    if (!last.isEmpty() && isAddress(last) && (last.indexOf('/') >= 0 || last.regionMatches(true, 0, "www.", 0, 4))
        && last.chars().noneMatch(ch -> "()[]".indexOf(ch) >= 0)
        || !bracketed.isEmpty() && isAddress(last) && bracketed.chars().noneMatch(ch -> "()[]".indexOf(ch) >= 0)) {
      addPart(kind, out, original, masked, a, space, base);
      out.add(new Field(Inline.clean(original.substring(space + 1, b)), new Span(base + space + 1, b - space - 1)));
      return;
    }
    // "Instituto de Física, UFF. Monitor.", "Acme Inc. Senior Engineer": a role after a full stop
    // is a part of its own.
    int stop = roleAfterStop(masked, a, b);
    if (stop > 0) {
      addPart(kind, out, original, masked, a, stop, base);
      addPart(kind, out, original, masked, stop + 1, b, base);
      return;
    }
    // "Acme Corp, Berlin" is two parts; "San Francisco, CA" and "Acme, Inc." are one; "Engineer,
    // Acme, Inc." is cut before the name.
    // The legal suffix opens with a comma: on a part without one the pattern is not tried.
    int comma1 = value.indexOf(',');
    if (isLocation(value) || comma1 >= 0 && LEGAL_SUFFIX.matcher(value).find() && comma1 == value.lastIndexOf(',')) {
      out.add(new Field(value, new Span(base + a, b - a)));
      return;
    }
    // "Software Developer (Globex Software, Brussels)": a role's brackets that hold a company's
    // name and then a place hold its employer and where the job was: three parts.
    int inner = kind == SectionKind.EXPERIENCE ? employerInBrackets(original, masked, a, b) : -1;
    if (inner > 0) {
      int open = masked.lastIndexOf('(', b - 1);
      addPart(kind, out, original, masked, a, open, base);
      addPart(kind, out, original, masked, open + 1, inner, base);
      addPart(kind, out, original, masked, inner + 1, b - 1, base);
      return;
    }
    // "Northwind Relief (Denver, CO)": a place in brackets after a name is a part of its
    // own, whatever commas it holds.
    // "Arsenal LLC (Security company)": so is a gloss in brackets after an employer's name, which
    // says what the employer is (a detail of a job's header, see HeaderLabels). A degree's or a
    // school's brackets ("(with distinction)") say more of the study: they stay.
    int open = placeInBrackets(original, masked, a, b);
    if (open < 0 && kind == SectionKind.EXPERIENCE) {
      open = glossInBrackets(original, masked, a, b);
    }
    // "Mannheim (acquired by Globex in 2025)": an aside about the employer in brackets after its
    // place is a part of its own. Right after the name ("Visa (via Wipro)") it stays the name's,
    // as the page writes the employer.
    if (open < 0 && kind == SectionKind.EXPERIENCE) {
      int closing = closingBrackets(masked, a, b);
      open = closing > a && bracketedAside(original.substring(closing, b)) && isLocation(masked.substring(a, closing).strip())
          ? closing : -1;
    }
    if (open > 0) {
      addPart(kind, out, original, masked, a, open, base);
      String place = placeBesideDuration(original, masked, open, b);
      if (place != null) {
        // "(Geneva, 6 months)": the place alone is the part; the duration went with the dates.
        int at = original.indexOf(place, open);
        out.add(new Field(place, new Span(base + at, place.length())));
      } else {
        out.add(new Field(Inline.clean(original.substring(open, b)), new Span(base + open, b - open)));
      }
      return;
    }
    // Most pieces hold no comma, and the pattern would be tried at each of their positions.
    int firstComma = masked.indexOf(',', a);
    Matcher comma = COMMA.matcher(masked).region(a, b);
    int[] depthAt = {a, 0};
    boolean found = firstComma >= 0 && firstComma < b && findOutsideBrackets(comma, masked, depthAt);
    if (!found) {
      out.add(new Field(value, new Span(base + a, b - a)));
      return;
    }
    int cut = comma.start();
    int next = comma.end();
    // "Stroz Friedberg, an Initech Company, New York": the owner said after the comma is the name's.
    Matcher owner = APPOSITIVE.matcher(masked).region(next, b);
    if (owner.lookingAt() && !isRole(masked.substring(a, cut))) {
      Matcher rest = COMMA.matcher(masked).region(owner.end(), b);
      if (!rest.find()) {
        out.add(new Field(value, new Span(base + a, b - a)));
        return;
      }
      addPart(kind, out, original, masked, a, rest.start(), base);
      addPart(kind, out, original, masked, rest.end(), b, base);
      return;
    }
    // "Brightstar, Inc., Shenzhen, China": the legal form after its comma stays with the name.
    Matcher further = COMMA.matcher(masked).region(next, b);
    if (further.find() && depth(masked, a, further.start()) == 0
        && LEGAL_FORM.matcher(masked.substring(next, further.start())).matches()) {
      addPart(kind, out, original, masked, a, further.start(), base);
      addPart(kind, out, original, masked, further.end(), b, base);
      return;
    }
    // "IC, Technical Lead, TLM, Initech": the roles one person held, listed with commas, are one
    // title, cut from what follows at the comma after the last of them. A degree's "Associate" is
    // no role, nor is a way of working before the roles ("Freelance, Web Developer").
    String first = masked.substring(a, cut);
    // "Sports DevOps, Technical Lead": a role word that also names a team, before a role, is the
    // team; the two are no list of roles.
    int second = comma.end();
    int secondEnd = b;
    Matcher after = COMMA.matcher(masked).region(second, b);
    if (after.find()) {
      secondEnd = after.start();
    }
    boolean teamBeforeRole = endsInTeamRole(first) && isRole(masked.substring(second, secondEnd))
        && !endsInTeamRole(masked.substring(second, secondEnd));
    if (!teamBeforeRole && isRole(first) && !hasWord(first, DEGREE_WORDS) && !isWayOfWorking(first)) {
      int from = next;
      boolean more = true;
      while (more) {
        more = comma.find();
        int to = more ? comma.start() : b;
        // "Web Developer, Freelance": a way of working after the roles says where they were
        // held, and is no role of the list.
        if (!isRole(masked.substring(from, to)) || isWayOfWorking(masked.substring(from, to))) {
          break;
        }
        if (!more) {
          out.add(new Field(value, new Span(base + a, b - a)));
          return;
        }
        cut = comma.start();
        next = comma.end();
        from = next;
      }
    }
    addPart(kind, out, original, masked, a, cut, base);
    addPart(kind, out, original, masked, next, b, base);
  }

  // --- Word tests -------------------------------------------------------------------------------

  /**
   * Whether a part names a team by a role word that also names one: "Sports DevOps", "Payments
   * SRE" (the words before it no role's, such as "Senior" or "Lead"). "Senior QA" and "DevOps"
   * alone are roles.
   */
  static boolean endsInTeamRole(String v) {
    String[] words = lowerWords(v);
    if (words.length < 2 || !TEAM_ROLE_WORDS.contains(trimPunctuation(words[words.length - 1]))) {
      return false;
    }
    for (int k = 0; k < words.length - 1; k++) {
      if (TITLE_WORDS.contains(trimPunctuation(words[k]))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A part that names a role: its last word, after any level ("II", "L5") or bracketed note, is a
   * role word. "Data Engineering" or "Teaching" name a field or team, not a role, and "Acme Labs"
   * is a company even when it ends like one.
   */
  static boolean isRole(String part) {
    return isRole(part, null);
  }

  /**
   * A role only because it opens with a role's noun of a language that writes it first
   * ("Desarrollador Backend", "Consultant Cloud et Automation"): no role's word ends it. Such a
   * part may as well be a firm's name ("Analista Digital").
   */
  static boolean roleByFirstWordOnly(String part) {
    String[] words = roleWords(part);
    if (words.length < 2 || !NOUN_FIRST_TITLE_WORDS.contains(trimPunctuation(words[0]))) {
      return false;
    }
    String last = trimPunctuation(words[words.length - 1]);
    return !TITLE_WORDS.contains(last) && !OTHER_TITLE_WORDS.contains(last) && !compoundRole(last);
  }

  /**
   * Whether the words end in a membership's word ("Member", "Team Member"; not "Member of Technical
   * Staff"): asked of a part that is a role already.
   */
  static boolean isMembership(String[] lowerWords) {
    return lowerWords.length > 0 && MEMBERSHIP_WORDS.contains(trimPunctuation(lowerWords[lowerWords.length - 1]));
  }

  /** A role by a word of a role outside software only ("Bus Driver", and "Nordkapp Courier"): see {@link #OTHER_TITLE_WORDS}. */
  static boolean isOtherRole(String part) {
    String[] words = splitWords(part.toLowerCase(Locale.ROOT).strip());
    return words.length > 0 && OTHER_TITLE_WORDS.contains(trimPunctuation(words[words.length - 1])) && isRole(part);
  }

  /** {@link #isRole(String)} of a part whose {@link #lowerWords} a caller has split already, or null. */
  static boolean isRole(String part, String[] lowerWords) {
    return Memo.role(part, p -> roleTest(p, lowerWords));
  }

  /**
   * The part without the bracketed note that closes it, which says what the part is rather than
   * naming it: "Amec Foster Wheeler" of "Amec Foster Wheeler (Engineering Contractor)", "Engineer"
   * of "Engineer (Backend)". The part itself, stripped, when no note closes it.
   */
  static String withoutNote(String part) {
    String s = part.strip();
    return s.endsWith(")") && s.indexOf('(') > 0 ? s.substring(0, s.lastIndexOf('(')).strip() : s;
  }

  /**
   * The words of a part a role is read from, in lower case: without the note that closes it, the
   * field after its joining word ("Engineer for Payments", "Analista de Sistemas") and a level
   * after it ("II").
   */
  private static String[] roleWords(String part) {
    return levelless(roleText(part));
  }

  /** The part in lower case, without its closing note and the field after its joining word. */
  private static String roleText(String part) {
    String bare = withoutNote(part);
    String lower = bare.toLowerCase(Locale.ROOT);
    Matcher field = ROLE_FIELD.matcher(lower);
    if (!field.find() || field.start() == 0) {
      return lower;
    }
    // A joining word inside a technology's name ("Ruby on Rails Developer", "Full Stack Ruby On
    // Rails Developer") joins no field to the role: the field, if any, comes after the technology.
    List<dev.prism.core.vocab.Mention> techs = lower.indexOf(' ') < 0 ? List.of() : dev.prism.core.vocab.Technologies.matcher().find(bare);
    for (dev.prism.core.vocab.Mention tech : techs) {
      Span t = tech.span();
      if (field.start() >= t.offset() && field.start() < t.end() && !field.find(t.end())) {
        return lower;
      }
    }
    return lower.substring(0, field.start());
  }

  private static String[] levelless(String lower) {
    return splitWords(mayEndInLevel(lower) ? LEVEL_SUFFIX.matcher(lower).replaceAll("") : lower);
  }

  /** Whether the part opens with a role's prefix written apart, then a role's word ("Co Founder, CTO"). */
  static boolean rolePrefixed(String part) {
    return rolePrefixed(levelless(roleText(part)));
  }

  private static boolean rolePrefixed(String[] lowerWords) {
    return lowerWords.length >= 2 && ROLE_PREFIXES.contains(trimPunctuation(lowerWords[0]))
        && TITLE_WORDS.contains(trimPunctuation(lowerWords[1]));
  }

  private static boolean roleTest(String part, String[] lowerWords) {
    // "Senior Engineer in Data", "Engineer for Payments": the role is what comes before its field.
    String lower = roleText(part);
    String[] words = levelless(lower);
    if (words.length == 0) {
      return false;
    }
    String last = trimPunctuation(words[words.length - 1]);
    // "Co Founder": a role's prefix written apart opens it; it is no legal form there.
    boolean prefixed = rolePrefixed(words);
    // An organisation's word makes a name ("Globex Labs", "Initech Bank Teller"), unless a role's
    // own word ends the part and no legal form is in it: "UX Lab Intern", "University Lecturer".
    if (!prefixed && hasWord(lowerWords != null ? lowerWords : lowerWords(part), ORG_WORDS)
        && !(TITLE_WORDS.contains(last) && words.length > 1 && !LEGAL_FORM_WORD.matcher(lower).find())) {
      return false;
    }
    return (TITLE_WORDS.contains(last) || OTHER_TITLE_WORDS.contains(last)) && !FIELD_WORDS.contains(last) || compoundRole(last)
        || NOUN_FIRST_TITLE_WORDS.contains(trimPunctuation(words[0]));
  }

  /**
   * Whether one of a line's header parts is a role as a header writes one: short, its last word a
   * role's, its other words capitalised or joining ("Senior Engineer", "Head of Data", "tech lead"),
   * not a sentence that ends in a role ("Promoted to Staff Engineer", "Rebuilt the ledger as Tech
   * Lead").
   */
  static boolean namesRole(Line line) {
    // Asked of one line by the list heads, the grouping's loop and its look-aheads: kept per resume.
    return Memo.line(line, Memo.LineTest.NAMES_ROLE, l -> namesRole(l, false));
  }

  /**
   * {@link #namesRole(Line)}, or with {@code sentenceCase} a role in sentence case too ("Intern web
   * developer"): only where the line is known to be a header by other signs, since a summary's
   * sentence opens so too ("Backend engineer since 2012, working in payments").
   */
  static boolean namesRole(Line line, boolean sentenceCase) {
    for (Part part : of(SectionKind.EXPERIENCE, List.of(line))) {
      String v = part.value();
      String[] words = SPACES.split(v.strip());
      if ((words.length <= ROLE_WORDS || words.length - technologyWordsBeyondOne(v) <= ROLE_WORDS) && isRole(v) && (headerCased(words) || words.length <= 3 && v.equals(v.toLowerCase(Locale.ROOT))
          || sentenceCase && sentenceCasedRole(words))) {
        return true;
      }
    }
    return false;
  }

  /** The most words a role's name has, a technology's name of several words counted as one. */
  private static final int ROLE_WORDS = 5;

  /**
   * How many more words than one each technology's name in {@code v} has: "Ruby On Rails" in "Full
   * Stack Ruby On Rails Developer" is one thing the role works with, not three words of a sentence.
   */
  private static int technologyWordsBeyondOne(String v) {
    int extra = 0;
    for (dev.prism.core.vocab.Mention m : dev.prism.core.vocab.Technologies.matcher().find(v)) {
      extra += Math.max(0, SPACES.split(m.span().of(v).strip()).length - 1);
    }
    return extra;
  }

  /** Lower-case words a role in header case may hold: its field's joiners and the words that join two roles. */
  private static final Set<String> ROLE_JOINERS = roleJoiners();

  private static Set<String> roleJoiners() {
    Set<String> out = new HashSet<>(Lexicon.list(FILE, "role-field"));
    out.addAll(Lexicon.list(FILE, "role-joiner"));
    return Set.copyOf(out);
  }

  /**
   * "Intern web developer", "Senior software engineer": a capital, then lower case, up to four
   * words, ending on a role's word, which may have its capital too ("Junior software Engineer").
   * A sentence ("Built the developer portal") ends elsewhere.
   */
  private static boolean sentenceCasedRole(String[] words) {
    if (words.length < 2 || words.length > 4 || words[0].isEmpty() || !Character.isUpperCase(words[0].charAt(0))) {
      return false;
    }
    for (int k = 1; k < words.length - 1; k++) {
      if (words[k].isEmpty() || !Character.isLowerCase(words[k].charAt(0))) {
        return false;
      }
    }
    return TITLE_WORDS.contains(trimPunctuation(words[words.length - 1]).toLowerCase(Locale.ROOT))
        || NOUN_FIRST_TITLE_WORDS.contains(trimPunctuation(words[0]).toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a part is cased as a role's name is, in title case ("Technical Director") or in
   * sentence case ("Visiting position"), not as a sentence that holds one ("He is a Director").
   */
  static boolean casedAsRole(String part) {
    String[] words = SPACES.split(part.strip());
    return headerCased(words) || sentenceCasedRole(words);
  }

  private static boolean headerCased(String[] words) {
    for (String w : words) {
      if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !ROLE_JOINERS.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** A compound whose last member is a role, as German writes them: "Softwareentwickler", "Projektleiter". */
  private static boolean compoundRole(String word) {
    // Chinese and Japanese write a role's field and its noun as one run ("ソフトウェアエンジニア",
    // "研发工程师"), the field as short as two characters.
    boolean unspaced = unspaced(word);
    for (String ending : TITLE_ENDINGS) {
      if (word.length() > ending.length() + (unspaced ? 0 : 2) && word.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@link #LEVEL_SUFFIX} can match: it is anchored at the end, which in Java is the end of the
   * input or a final line break of one or two characters, and ends in a digit or i, v or x; where none
   * of the last three characters is one, it cannot match and need not be tried on every part.
   */
  static boolean mayEndInLevel(String lower) {
    for (int i = Math.max(0, lower.length() - 3); i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c >= '0' && c <= '9' || c == 'i' || c == 'v' || c == 'x') {
        return true;
      }
    }
    return false;
  }

  /**
   * A part that says only how one worked: "Freelance", "Self-employed", "Independent"; with what
   * it was done through in brackets after it, too ("Freelance (a marketplace's name)").
   */
  static boolean isWayOfWorking(String v) {
    String s = v.strip();
    int open = s.endsWith(")") ? s.lastIndexOf('(') : -1;
    return allWordsIn(v, INDEPENDENT_WORDS) || open > 0 && allWordsIn(s.substring(0, open), INDEPENDENT_WORDS);
  }

  /** Whether {@code v} is one of {@code words} ("sole trader"), or each of its words is. */
  static boolean allWordsIn(String v, Set<String> words) {
    return allWordsIn(v, null, words);
  }

  /**
   * {@link #allWordsIn(String, Set)} of a part whose {@link #lowerWords} a caller has split already,
   * or null. They are the words of the stripped part, but for an empty one first where the part
   * opens with white space, and empty words are passed over.
   */
  static boolean allWordsIn(String v, String[] lowerWords, Set<String> words) {
    String lower = v.toLowerCase(Locale.ROOT).strip();
    if (words.contains(lower)) {
      return true;
    }
    String[] split = lowerWords != null ? lowerWords : splitWords(lower);
    int n = 0;
    for (String w : split) {
      String t = trimPunctuation(w);
      if (t.isEmpty()) {
        continue;
      }
      if (!words.contains(t)) {
        return false;
      }
      n++;
    }
    return n > 0;
  }

  static boolean hasWord(String v, Set<String> words) {
    return hasWord(lowerWords(v), words);
  }

  /**
   * A team named by its field and a team's noun in lower case after a capitalised name ("Smart
   * Platforms group", "Computer Science department"), in no organisation's words: a part of the
   * employer. The case is the sign: capitalised, the same nouns end companies' names ("Globex Group").
   */
  static boolean namesUnit(String v) {
    String last = unitNoun(v, 2);
    return last != null && Character.isLowerCase(last.codePointAt(0));
  }

  /**
   * The same team's name set in capitals (small capitals come out so from a PDF), where the noun's
   * case tells nothing: a field of two words or more before the noun ("HEALTH SCIENCES GROUP"); one
   * word before it is a company's name ("INITECH GROUP"). Only the header around it can tell a team
   * from a company so named ("NORTHWIND MEDIA GROUP"): see HeaderLabels.unitAt.
   */
  static boolean namesUnitInCapitals(String v) {
    return unitNoun(v, 3) != null && v.equals(v.toUpperCase(Locale.ROOT));
  }

  /**
   * Whether {@code v} names a group, not a role, though a role's word is in it: no role's word ends
   * it, a team's or a body's noun does ("Solar Car Student Design Team", "Platform Engineering
   * Group", "Student Council"; not "Developer and Software", a title cut short). The role's word there only says what the group is made of.
   *
   * @param lowerWords {@code v}'s {@link #lowerWords}, or null
   */
  static boolean namesGroup(String v, String[] lowerWords) {
    String[] words = SPACES.split(withoutNote(v).strip());
    String last = trimPunctuation(words[words.length - 1]).toLowerCase(Locale.ROOT);
    return words.length >= 2 && (UNIT_NOUNS.contains(last) || ORG_WORDS.contains(last) || GROUP_WORDS.contains(last))
        && !isRole(v, lowerWords);
  }

  /**
   * The team's noun that ends {@code v} ("group", "GROUP"), where {@code v} has {@code minWords}
   * words or more, opens capitalised and holds no organisation's word; null otherwise.
   */
  private static String unitNoun(String v, int minWords) {
    String[] words = SPACES.split(v.strip());
    if (words.length < minWords || !Character.isUpperCase(words[0].codePointAt(0))) {
      return null;
    }
    String last = trimPunctuation(words[words.length - 1]);
    return !last.isEmpty() && UNIT_NOUNS.contains(last.toLowerCase(Locale.ROOT)) && !hasWord(v, ORG_WORDS) ? last : null;
  }

  /**
   * {@code v}'s words in lower case, as {@link #hasWord(String, Set)} splits them: for a caller
   * that tries several word lists on one part, to split it once.
   */
  static String[] lowerWords(String v) {
    return splitWords(v.toLowerCase(Locale.ROOT));
  }

  /**
   * What splitting on {@code [^\p{L}'.&-]+} gives, without the regular expression, but for
   * figures between two letters, which are a word's ("Cloud2Go"): the runs between runs of
   * characters that are no letter, apostrophe, full stop, ampersand or hyphen; an empty first piece
   * when {@code s} opens with such a run, none at the end. Every header part's words are split
   * this way for several word lists, and the pattern's matcher and its tests at every character
   * were most of that cost. {@code PartsTest} holds it to the pattern.
   */
  static String[] splitWords(String s) {
    List<String> out = null;
    int start = 0;
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      if (isWordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int inside = figuresInside(s, i);
      if (inside > i) {
        i = inside;
        continue;
      }
      int end = i;
      while (i < s.length() && !isWordChar(s.codePointAt(i)) && figuresInside(s, i) == i) {
        i += Character.charCount(s.codePointAt(i));
      }
      if (out == null) {
        out = new ArrayList<>();
      }
      out.add(s.substring(start, end));
      start = i;
    }
    return asSplit(out, s, start);
  }

  /**
   * What {@code Pattern.split} returns from the pieces before each match ({@code pieces}, null
   * where nothing matched) and the rest of {@code s} from {@code start}: {@code s} itself where
   * nothing matched, else the pieces without the empty ones at the end.
   */
  static String[] asSplit(List<String> pieces, String s, int start) {
    if (pieces == null) {
      return new String[] {s};
    }
    pieces.add(s.substring(start));
    int size = pieces.size();
    while (size > 0 && pieces.get(size - 1).isEmpty()) {
      size--;
    }
    return pieces.subList(0, size).toArray(new String[0]);
  }

  /**
   * Where a run of figures that starts at {@code i} and stands between two letters ends: such
   * figures are a word's own ("Cloud2Go", "B2B"), and the words around them no words of a list
   * ("cloud", "go"). {@code i} itself when no such run starts there.
   */
  private static int figuresInside(String s, int i) {
    if (i == 0 || !isAsciiDigit(s.charAt(i)) || isAsciiDigit(s.charAt(i - 1)) || !Character.isLetter(s.codePointBefore(i))) {
      return i;
    }
    int end = i;
    while (end < s.length() && isAsciiDigit(s.charAt(end))) {
      end++;
    }
    return end < s.length() && Character.isLetter(s.codePointAt(end)) ? end : i;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** A character of a word for {@link #splitWords}: a letter ({@code \p{L}}), ', ., & or -. */
  private static boolean isWordChar(int cp) {
    return cp == '\'' || cp == '.' || cp == '&' || cp == '-' || Character.isLetter(cp);
  }

  /** {@link #hasWord(String, Set)} on words {@link #lowerWords} split. */
  static boolean hasWord(String[] lowerWords, Set<String> words) {
    for (int i = 0; i < lowerWords.length; i++) {
      String w = lowerWords[i];
      // trimPunctuation gives the word itself where it has no punctuation to trim, most often:
      // then one lookup answers both.
      String t = trimPunctuation(w);
      if (words.contains(t) || t != w && words.contains(w) || unspaced(t) && holdsUnspaced(t, words)
          || i + 1 < lowerWords.length && spacedAbbreviation(w) && words.contains(trimPunctuation(w + lowerWords[i + 1]))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A short first part of an abbreviation written with a space after its full stop ("m." of "M. Sc.",
   * "ph." of "Ph. D."): the lists write it without the space ("m.sc", "ph.d"), so it is looked up
   * joined to the next word too.
   */
  private static boolean spacedAbbreviation(String w) {
    int n = w.length();
    return (n == 2 || n == 3) && w.charAt(n - 1) == '.' && Character.isLetter(w.charAt(0)) && Character.isLetter(w.charAt(n - 2));
  }

  /**
   * Chinese and Japanese run their words together: "格洛贝克斯科技有限公司" is a name and a company's
   * legal form, "バックエンドエンジニア" a field and a role. Such a run holds a lexicon word that ends it
   * ("有限公司", "エンジニア", "大学"), or one of three characters or more that opens it ("株式会社").
   */
  private static boolean holdsUnspaced(String run, Set<String> words) {
    int n = run.length();
    for (int k = 2; k <= n; k++) {
      if (words.contains(run.substring(n - k)) || k >= 3 && k < n && words.contains(run.substring(0, k))) {
        return true;
      }
    }
    return false;
  }

  /** A letter of a script without capitals (Han, Kana, Hangul, Arabic...). */
  static boolean caseless(char c) {
    return Character.isLetter(c) && !Character.isUpperCase(c) && !Character.isLowerCase(c) && !Character.isTitleCase(c);
  }

  private static final int KATAKANA_LONG_VOWEL = 0x30FC;

  /** A word whose last character is of a script written without spaces (Han, Hiragana, Katakana). */
  private static boolean unspaced(String w) {
    if (w.isEmpty()) {
      return false;
    }
    int last = w.codePointBefore(w.length());
    Character.UnicodeScript s = Character.UnicodeScript.of(last);
    // The long-vowel mark ends many katakana words ("マネージャー") and belongs to no one script.
    return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA
        || last == KATAKANA_LONG_VOWEL;
  }

  /**
   * A word cased as a brand ("MrCoinLedger", "iPayQuick", "CoinWorks"): a capital inside it after
   * small letters, past a short prefix, or at a word that starts small. Not a town ("McAllen").
   */
  static boolean brandCased(String v) {
    for (String w : SPACES.split(v)) {
      int humps = 0;
      int late = 0;
      for (int i = 1; i < w.length(); i++) {
        if (Character.isUpperCase(w.charAt(i)) && Character.isLowerCase(w.charAt(i - 1))) {
          humps++;
          late += i >= 3 ? 1 : 0;
        }
      }
      // Towns with an inner capital have it after a short prefix: "McAllen", "DeKalb", "LaSalle".
      if (humps >= 2 || late > 0 || humps == 1 && Character.isLowerCase(w.charAt(0))) {
        return true;
      }
    }
    return false;
  }

  /** A proper name joined by "of" and the like: "Department of Transit", "Bank of Example". */
  static boolean isInstitutionName(String v) {
    String s = v.strip();
    // The pattern needs its joiner word (two or three letters) with white space (\s, ASCII) right
    // before and after it: a part without such a short inner word cannot match, and every header
    // part asks.
    return hasShortInnerWord(s) && INSTITUTION_NAME.matcher(s).matches();
  }

  /**
   * Whether {@code s} holds a run of two or three characters that are no white space (\s), with
   * white space right before and right after it: where a joiner of {@link #INSTITUTION_NAME} would
   * stand. Its joiners are two or three letters, and case-insensitive matching takes one character
   * for each. {@code InstitutionScreenTest} holds it to the pattern.
   */
  static boolean hasShortInnerWord(String s) {
    int lastSpace = -1;
    for (int i = 0; i < s.length(); i++) {
      if (Whitespace.isRegexSpace(s.charAt(i))) {
        int run = i - lastSpace - 1;
        if (lastSpace >= 0 && (run == 2 || run == 3)) {
          return true;
        }
        lastSpace = i;
      }
    }
    return false;
  }

  /**
   * Whether a part read as a place holds a place the lexicon knows, or opens as one ("à Reims"): a
   * place, a town or a country among its pieces ("Westfield Heights / Lyon", "12 de Westland,
   * España").
   */
  static boolean namesAPlace(String v) {
    if (isLocation(v) || opensPlace(v)) {
      return true;
    }
    for (String piece : PLACE_PIECES.split(v)) {
      String p = piece.strip();
      if (!p.isEmpty() && (isLocation(p) || Places.isCity(p) || Places.isKnownPlace(p))) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern PLACE_PIECES = Pattern.compile("[,/;" + Glyphs.fieldSeparatorClass() + "]");

  /**
   * Whether a header part names a place: a name {@link Places} knows ("Remote", "Germany",
   * "Manchester", "Remote (US)"), or "City, Region" where every part after the first comma is a
   * known region or a two-letter code, or the city itself is known ("Berlin, Mitte"). Any other
   * capitalised words are not a place, however short: "Community Heritage" or "Payments Platform"
   * after a title and company name a team or programme.
   */
  static boolean isLocation(String v) {
    return Memo.location(v, Parts::placeTest);
  }

  /**
   * A postcode after a comma, behind a region's two capitals ("TN 38027", "TN, 38123") or standing
   * alone between two commas (", 48213,"): group 1 holds the code when there is one. Four digits
   * that read as a year ("Berlin, 2019, Germany", "Austin, TX 2019") are a date, no postcode.
   */
  private static final Pattern PLACE_POSTCODE = Pattern.compile(
      ",\\s*(?:(\\p{Lu}{2}),?\\s+(?!(?:19|20)\\d\\d\\b)\\d{4,6}(?=\\s*(?:,|$))|(?!(?:19|20)\\d\\d\\b)\\d{4,6}(?=\\s*,))");

  /** Two capitals: a country's or a state's code ("CH", "KR", "TX"). */
  private static final Pattern COUNTRY_CODE = Pattern.compile("\\p{Lu}{2}");

  private static boolean placeTest(String v) {
    if (Places.isNamedOrQualifiedWorkMode(v) || Places.isCityDistrict(v)) {
      return true;
    }
    // "東京、日本": Japanese parts a town from its country with the ideographic comma. Only here:
    // in a field it lists items ("前端、后端开发工程师"), and parts no field from another.
    if (v.indexOf('\u3001') > 0 && v.indexOf(',') < 0) {
      return isLocation(v.replace('\u3001', ','));
    }
    // "(Remote)", "(Berlin & Remote)": a place in brackets of its own, as after a line's dates.
    String bracketed = inBrackets(v);
    if (bracketed != null) {
      return isLocation(bracketed.strip());
    }
    // Two places for one entry: "Ohio & Texas", "Berlin & Remote", "Austin, TX & Denver, CO".
    int and = v.indexOf(" & ");
    if (and > 0 && v.indexOf(" & ", and + 3) < 0) {
      return isLocation(v.substring(0, and).strip()) && isLocation(v.substring(and + 3).strip());
    }
    // Two towns the lexicon knows joined by a slash, where the work was done in both ("Berlin /
    // Munich"). A hyphen joins as many single names as pairs ("Paris-Saclay"), and is left alone.
    if (v.indexOf('/') > 0) {
      Matcher pair = TOWN_PAIR.matcher(v);
      if (pair.matches() && Places.isCity(pair.group(1).strip()) && Places.isCity(pair.group(2).strip())) {
        return true;
      }
      // Places written in full, each with its region, parted by spaced slashes: "Moab, Utah /
      // Salmon River, Idaho", "Provo, Utah / Moscow, Russia / Ukraine". Each piece holds a comma
      // or is a country, so no two words pass as a pair of towns.
      String[] pieces = SPACED_SLASH.split(v);
      if (pieces.length >= 2 && Arrays.stream(pieces).anyMatch(piece -> piece.indexOf(',') > 0)
          && Arrays.stream(pieces).allMatch(piece -> piece.indexOf(',') > 0 && isLocation(piece.strip()) || Places.isCountry(piece.strip()))) {
        return true;
      }
    }
    // "Seattle, WA (Remote)", "Lyon (office, remote)": a place with its work modes after it in brackets.
    int open = v.lastIndexOf('(');
    if (open > 0 && v.endsWith(")")) {
      String inner = v.substring(open + 1, v.length() - 1);
      String before = v.substring(0, open).strip();
      // Work modes in the brackets say the words before them are a place, a town no list knows
      // too, of one word ("Ekaterinburg (office, remote)"): several unknown words there are as
      // likely a company's name ("Initech Logistics (Remote)"), and so is one word with a capital
      // inside ("QuillWorks (Remote)"). A named place in them may follow a name ("Globex (Denver)").
      if (allWorkModes(inner)) {
        return isLocation(before) || !before.isEmpty() && before.indexOf(' ') < 0 && townLike(before) && !camelCased(before);
      }
      if (Places.isNamed(inner)) {
        return isLocation(before);
      }
      // "Zürich (CH)", "Daejeon (KR)": a known town with its country's two-letter code in brackets,
      // as it would stand after a comma.
      if (COUNTRY_CODE.matcher(inner).matches() && Places.isCity(before)) {
        return isLocation(before + ", " + inner);
      }
    }
    // "RJ Brazil", "Berlin Germany": a known city or a region's code, then a country, without the
    // comma ("Globex India" is a name: only a city the lexicon knows or two capitals come first);
    // "Boston MA": a known city, then its region's code.
    int space = v.indexOf(' ');
    if (space > 0 && v.indexOf(',') < 0) {
      for (int at = space; at > 0; at = v.indexOf(' ', at + 1)) {
        String town = v.substring(0, at).strip();
        String after = v.substring(at + 1).strip();
        if (Places.isCountry(after) && (Places.isCity(town) || COUNTRY_CODE.matcher(town).matches())
            || Places.isCode(after) && Places.isCity(town)) {
          return true;
        }
      }
    }
    // "Portugal/Remote", "Canada/Remote", "Remote/EU": a place and a way of working joined by a slash,
    // the place one a list knows or a town's one capitalised word.
    int mode = v.indexOf('/');
    if (mode > 0 && mode == v.lastIndexOf('/')) {
      String a = v.substring(0, mode).strip();
      String b = v.substring(mode + 1).strip();
      if (Places.isWorkMode(a) != Places.isWorkMode(b)) {
        String place = Places.isWorkMode(a) ? b : a;
        if (v.indexOf(',') < 0 && (Places.isNamed(place) || Places.isCode(place) || place.indexOf(' ') < 0 && townLike(place))) {
          return true;
        }
        // "Remote / Salisbury, North Carolina": the place in full, as it would stand alone.
        if (place.indexOf(',') > 0 && isLocation(place)) {
          return true;
        }
      }
    }
    // "NZ, UK remote", "UK remote", "Auckland, NZ remote": places the lexicon knows (or codes),
    // then the way of working as their last word. "Hooli, US remote" and "Initech remote" hold a
    // name.
    int lastSpace = v.lastIndexOf(' ');
    if (lastSpace > 0 && Places.isWorkMode(v.substring(lastSpace + 1)) && !Places.isWorkMode(v.substring(0, lastSpace).strip())) {
      String places = v.substring(0, lastSpace).strip();
      if (Arrays.stream(places.split(",")).map(String::strip)
          .allMatch(piece -> Places.isNamed(piece) || Places.isCode(piece) || Places.isCity(piece) || Places.isCountry(piece))) {
        return true;
      }
    }
    // "Curitiba/PR/Brazil", "Lyon/France": unspaced slashes in place of a place's commas, after a
    // town's name written in lower case ("SENAI/SC" is a school's acronym and its state), and
    // ending in a region's name or after a known city: "Marketing/PR" is two departments.
    int slash = v.indexOf('/');
    if (slash > 0 && v.indexOf(',') < 0 && !v.contains(" /") && !v.contains("/ ")
        && v.substring(1, slash).chars().anyMatch(Character::isLowerCase)) {
      String last = v.substring(v.lastIndexOf('/') + 1).strip();
      boolean placed = Places.isCity(v.substring(0, slash)) || last.length() > 3 && Places.isRegion(last);
      return placed && isLocation(v.replace("/", ", "));
    }
    // "Norvale, TN 38027, Italia", "Brindlemoor, KS 66012", "Varrow, 48213, Italia": an address's
    // postcode inside a place written in full, after the region's code or between two commas, says
    // nothing the place without it does not; read without it, the town stays with its region. A
    // number alone after one comma ("Berlin, 2019") may be a year, and is left to the tests below.
    if (v.indexOf(',') > 0 && hasDigit(v)) {
      Matcher postcode = PLACE_POSTCODE.matcher(v);
      if (postcode.find()) {
        String bare = postcode.replaceAll(m -> m.group(1) == null ? "" : ", " + m.group(1));
        if (!bare.equals(v) && !hasDigit(bare) && isLocation(bare)) {
          return true;
        }
      }
    }
    int comma = v.indexOf(',');
    // A city the lexicon knows and its country or region, however the city's name is written ("A
    // Coruña, España", "'s-Hertogenbosch, NL": words the pattern below takes for no place's).
    if (comma > 0 && v.indexOf(',', comma + 1) < 0 && Places.isCity(v.substring(0, comma).strip())) {
      String after = v.substring(comma + 1).strip();
      if (Places.isCountry(after) || Places.isRegion(after)) {
        return true;
      }
    }
    if (comma < 0 && townAndCode(v)) {
      return true;
    }
    if (comma < 0 || !LOCATION.matcher(v).matches()) {
      return false;
    }
    // "MrCoinLedger, Ohio, United States": a name cased as a brand is no town.
    if (brandCased(v.substring(0, comma))) {
      return false;
    }
    // "PhD, Physics" or "MBA, Harvard": a degree is never a place. Only the words before the comma
    // are looked at, since the state code in "Boston, MA" is also a degree word.
    String city = v.substring(0, comma);
    if (hasWord(city, DEGREE_WORDS)) {
      return false;
    }
    String[] regions = v.substring(comma + 1).split(",");
    if (regions.length > 1) {
      // "Toronto, ON, Canada" is a place; "Shopify, Ottawa, ON" is a company before one. Of three
      // parts, the last two must both be regions. Before a state that is a city too ("São Paulo",
      // "New York"), a name with a firm's word or one no town is written as is the employer before
      // the place ("Globex Media, São Paulo, Brazil", "Detetive.net, …"); capitalised words there
      // are the district or town they read as ("Brooklyn", "Long Island City", "Vila Olímpia").
      String town = city.strip();
      return Places.isRegion(regions[0]) && Places.isRegion(regions[1]) && !hasWord(v, ORG_WORDS)
          && !(Places.isCity(regions[0].strip()) && !Places.isCity(town) && !townLike(town));
    }
    // "College Station, TX": a state code settles it, whatever words the city has.
    if (Places.isStateCode(regions[0])) {
      return true;
    }
    if (!Places.isRegion(regions[0]) && !Places.isCity(city)) {
      return false;
    }
    // "Acme Payments, Berlin": a known city after the comma is the place, and what stands before it
    // the employer, unless that is a known city too ("New York, New York"). Berlin and Hamburg are
    // states as well as cities, so the region test alone would take the employer for a town.
    if (Places.isCity(regions[0]) && !Places.isCity(city)) {
      return false;
    }
    // "Acme, Inc" is an organisation, not a place.
    return !hasWord(v, ORG_WORDS) && !hasWord(v, WEAK_ORG_WORDS) && !hasWord(v, TITLE_WORDS);
  }

  /**
   * "Boston MA", "Seattle WA": a town the lexicon knows and its state's code with no comma
   * between, as many US resumes write them. The code is one the lexicon lists, and no company's
   * legal form ("Spotify AB") nor a degree ("Physics MS"); an unknown word before a code ("Acme
   * CA", "Blue Cross NC") names a firm as often as a town.
   */
  private static boolean townAndCode(String v) {
    int space = v.lastIndexOf(' ');
    if (space <= 0) {
      return false;
    }
    String code = v.substring(space + 1);
    String town = v.substring(0, space).strip();
    String lower = code.toLowerCase(Locale.ROOT);
    return Places.isStateCode(code) && !ORG_WORDS.contains(lower) && !DEGREE_WORDS.contains(lower) && Places.isCity(town);
  }

  /** A French department's number: "69", "01", "974", "2A". */
  private static final Pattern DEPARTMENT = Pattern.compile("\\d{2,3}|2[AB]");

  /**
   * "Limonest (69)", "Tassin la Demi-Lune (69)": a town and the number of its department, as French
   * resumes write a place. Shaped so, a firm's name is too ("Globex Carto (38)", the department
   * it sits in): {@link HeaderLabels} takes it for a place only after the employer's name.
   */
  static boolean isTownWithDepartment(String v) {
    String s = v.strip();
    int open = s.lastIndexOf('(');
    return open > 0 && s.endsWith(")") && DEPARTMENT.matcher(s.substring(open + 1, s.length() - 1).strip()).matches()
        && townWithJoiners(s.substring(0, open).strip());
  }

  /**
   * A town's name of capitalised words, which may hold short joining words in lower case ("Tassin
   * la Demi-Lune", "Bourg-en-Bresse", "Saint-Rémy de Provence"), and no word of a role, an
   * organisation or a school.
   */
  private static boolean townWithJoiners(String v) {
    String[] words = v.strip().split(" ");
    if (words.length == 0 || words.length > 5) {
      return false;
    }
    StringBuilder capitalised = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      boolean joiner = i > 0 && i < words.length - 1 && w.length() <= 3 && w.chars().allMatch(Character::isLowerCase);
      if (!joiner) {
        capitalised.append(capitalised.length() == 0 ? "" : " ").append(w);
      }
    }
    String names = capitalised.toString();
    return !names.isEmpty() && names.split(" ").length <= 3 && townLike(names);
  }

  /** Whether every piece of a list ("office, remote", "Remote / Hybrid") is a work mode. */
  private static boolean allWorkModes(String list) {
    String[] pieces = list.split("\\s*(?:[,/&]|\\band\\b|\\bor\\b)\\s*");
    for (String piece : pieces) {
      if (piece.isBlank() || !Places.isWorkMode(piece)) {
        return false;
      }
    }
    return pieces.length > 0;
  }

  /**
   * A capital after two lower-case letters inside one word ("QuillWorks", "GitLab"): a brand's
   * name, as towns are rarely written; "DeKalb", "McKinney" and "LaSalle" have one letter there.
   */
  private static boolean camelCased(String w) {
    for (int k = 2; k < w.length(); k++) {
      if (Character.isUpperCase(w.charAt(k)) && Character.isLowerCase(w.charAt(k - 1)) && Character.isLowerCase(w.charAt(k - 2))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A name that reads like a town no list knows ("Bergen", "Galway"): one to three capitalised
   * words, none of them a title's, an organisation's, a degree's, a team's or a field's.
   */
  static boolean townLike(String v) {
    String[] words = v.split(" ");
    if (words.length > 3 || hasWord(v, TITLE_WORDS) || hasWord(v, ORG_WORDS) || hasWord(v, WEAK_ORG_WORDS)
        || hasWord(v, DEGREE_WORDS) || hasWord(v, UNIT_WORDS) || hasWord(v, FIELD_WORDS)) {
      return false;
    }
    for (String w : words) {
      // A name in a script without case ("ダブリン") is as capitalised as one can be.
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) && !caseless(w.charAt(0)) || Inline.isCaps(w) && w.length() > 3) {
        return false;
      }
      for (int k = 1; k < w.length(); k++) {
        char c = w.charAt(k);
        if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '.') {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * A street address after a name ("Globex Ltd, 12 Harbour Road", "Initech, Via Roma 3", as a
   * form-like CV gives the employer's address): a house number at one end, and beside it, within
   * two words, a capitalised street word ({@code places.txt}, street) or a word that ends like a
   * street's name ("Hauptstraße 5"). "3 Musketeers Studio", "42 Labs" or "Paved the way for
   * Python 3" name no street.
   */
  private static final Pattern HOUSE_NUMBER_FIRST = Pattern.compile("^\\d{1,5}\\p{L}?,?\\s+(.*)$");
  private static final Pattern HOUSE_NUMBER_LAST = Pattern.compile("^(.*?)\\s+\\d{1,5}\\p{L}?$");
  private static final Set<String> STREET_WORDS = Lexicon.set("places.txt", "street");
  private static final List<String> STREET_ENDINGS = Lexicon.list("places.txt", "street-ending");
  /** How many words beside the house number the street's word may stand within. */
  private static final int STREET_WORD_REACH = 2;
  /** The most words a street's name that opens with its street word has before the number. */
  private static final int STREET_NAME_WORDS = 5;

  /** A capitalised street word ("Viale", "Rua"), the word that opens a street's name. */
  private static boolean streetWord(String word) {
    String w = trimPunctuation(word);
    return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0)) && STREET_WORDS.contains(w.toLowerCase(Locale.ROOT));
  }

  private static boolean streetAddress(String t) {
    Matcher first = HOUSE_NUMBER_FIRST.matcher(t);
    Matcher last = HOUSE_NUMBER_LAST.matcher(t);
    String[] words;
    if (first.matches()) {
      words = SPACES.split(first.group(1).strip());
    } else if (last.matches()) {
      String[] all = SPACES.split(last.group(1).strip());
      words = Arrays.copyOfRange(all, Math.max(0, all.length - STREET_WORD_REACH), all.length);
    } else {
      return false;
    }
    for (int k = 0; k < words.length; k++) {
      // Within reach of the number, or last after it, as a US address ends with the street's
      // kind ("424 Harvest Hill Ct.").
      boolean lastAfterNumber = first.matches() && k == words.length - 1 && words.length <= STREET_NAME_WORDS;
      String w = trimPunctuation(words[k]);
      if (k >= STREET_WORD_REACH && !lastAfterNumber || w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) {
        continue;
      }
      String lower = w.toLowerCase(Locale.ROOT);
      if (STREET_WORDS.contains(lower)) {
        return true;
      }
      for (String end : STREET_ENDINGS) {
        if (lower.length() > end.length() + 2 && lower.endsWith(end)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A town after its postcode, as an address writes it: "00185 Roma", "80331 München". */
  private static final Pattern POSTCODE_TOWN = Pattern.compile("^\\d{4,6}\\s+(\\p{Lu}.*)$");
  private static final Pattern HOUSE_NUMBER = Pattern.compile("^\\d{1,5}(?:/?\\p{L})?$");
  // Where a second name follows the first's address in one cell ("… 00185 Roma – Globex GmbH, …").
  private static final Pattern NAME_DASH = Pattern.compile("\\s[" + Glyphs.dashClass() + "]\\s");

  /**
   * A street as an address writes it after a name: {@link #streetAddress}, or, as Romance
   * languages write one, the street's word first and the house number last, a few words apart
   * ("Viale dei Tigli 14", "via dei Mille 79" in an address's lower case too). Only asked
   * where an address is expected: alone, "Corso Italia Travel 2" may be a name.
   */
  private static boolean street(String piece) {
    String t = capitalised(piece.strip());
    if (streetAddress(t)) {
      return true;
    }
    Matcher last = HOUSE_NUMBER_LAST.matcher(t);
    if (!last.matches()) {
      return false;
    }
    String[] words = SPACES.split(last.group(1).strip());
    return words.length >= 2 && words.length <= STREET_NAME_WORDS && streetWord(words[0]);
  }

  /**
   * Where the address begins in an employer's value that a label names ("Name and address of
   * employer ⇥ Globex srl, Viale Verdi 11, 00185 Roma", as a Europass form asks for both): the
   * comma before the first piece that is a street ({@link #street}), a street's name whose number
   * is the next piece ("Largo Verdi, 8"), or a town after its postcode where the value names a
   * street too or the lexicon knows the town ("Globex Logistics, 5000 Employees" names none); -1
   * where the value holds none.
   */
  static int addressStart(String m, int a, int b) {
    // A postcode and town before the street ("Globex, 00185 Roma, Via Verdi 11") open the address.
    int postcode = -1;
    for (int c = m.indexOf(',', a); c >= 0 && c < b; c = m.indexOf(',', c + 1)) {
      if (streetAt(m, c, b)) {
        return postcode >= 0 ? postcode : c;
      }
      Matcher town = POSTCODE_TOWN.matcher(m.substring(c + 1, nextComma(m, c + 1, b)).strip());
      if (postcode < 0 && town.matches()) {
        if (isLocation(town.group(1))) {
          return c;
        }
        postcode = c;
      }
    }
    return -1;
  }

  /** Whether the comma piece after {@code c} is a street, or a street's name with its number next. */
  private static boolean streetAt(String m, int c, int b) {
    int next = nextComma(m, c + 1, b);
    String piece = m.substring(c + 1, next).strip();
    String after = next >= b ? "" : m.substring(next + 1, nextComma(m, next + 1, b)).strip();
    String opening = piece.isEmpty() ? "" : capitalised(SPACES.split(piece, 2)[0]);
    return street(piece) || streetWord(opening) && HOUSE_NUMBER.matcher(after).matches();
  }

  private static int nextComma(String m, int from, int b) {
    int c = m.indexOf(',', from);
    return c < 0 || c > b ? b : c;
  }

  private static String capitalised(String w) {
    return w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
  }

  /**
   * An employer's name and its address in one labelled value: the name is read as any header's
   * words are, the address is no part but for its town, the location (after its postcode where it
   * has one). What follows a dash after the address (a second entity's name and address) is not
   * read. {@code address} is where the address starts ({@link #addressStart}). Gives the index of
   * the town's field, or -1 where the address names none.
   */
  private static int employerAndAddress(SectionKind kind, Line line, String m, int a, int address, int b, List<Field> fields,
      List<String> seps) {
    split(kind, line, m, a, address, fields, seps);
    Matcher dash = NAME_DASH.matcher(m).region(address, b);
    int end = dash.find() ? dash.start() : b;
    for (int c = address; c >= 0 && c < end; c = m.indexOf(',', c + 1)) {
      int to = Math.min(nextComma(m, c + 1, b), end);
      String piece = m.substring(c + 1, to);
      String t = piece.strip();
      Matcher town = POSTCODE_TOWN.matcher(t);
      int from = town.matches() ? c + 1 + piece.indexOf(t) + town.start(1) : c + 1;
      if (town.matches() || !street(t) && isLocation(t)) {
        int had = fields.size();
        addTrimmed(fields, line.content(), m, from, to, line.contentStart());
        if (fields.size() == had) {
          return -1;
        }
        seps.set(seps.size() - 1, ",");
        seps.add("");
        return had;
      }
    }
    return -1;
  }

  /** The most characters a line that is an address alone may have. */
  private static final int MAX_ADDRESS_LINE = 80;

  /**
   * A street address, with the town after it or not: "12 Harbour Road, Dublin", "Via Roma 3", or the
   * postcode and town first ("12040 Borgo CN, Via Verdi, 29"), as {@link #addressStart} reads one.
   */
  static boolean isStreetAddress(String line) {
    String t = line.strip();
    // Asked of every line under an entry: most are too long, or hold no digit.
    if (t.length() > MAX_ADDRESS_LINE || !hasDigit(t)) {
      return false;
    }
    int comma = t.indexOf(',');
    if (comma < 0) {
      return street(t) || POSTCODE_TOWN.matcher(t).matches() && SPACES.split(t).length > 3;
    }
    // "12040 Borgo CN, Via Verdi, 29": the postcode and town first, the street after them. On a
    // line of its own under the header such a line describes the employer whatever follows.
    return street(t.substring(0, comma)) || POSTCODE_TOWN.matcher(t.substring(0, comma).strip()).matches();
  }

  /**
   * A web address or bare domain ("github.com/x", "https://acme.io", "acme.dev"), an email address,
   * a phone number, or a street address.
   */
  static boolean isAddress(String v) {
    String t = v.strip();
    // "(globex.example)": an address in brackets after a name is one too, however it is cased
    // ("eBay (eBay.com)").
    boolean bracketed = t.length() > 2 && t.charAt(0) == '(' && t.endsWith(")");
    if (bracketed) {
      t = t.substring(1, t.length() - 1).strip();
    }
    // An email address or a phone number (contact set in the column the jobs run in) is no field
    // of an entry either.
    if (ContactParser.isEmail(t) || ContactParser.isPhoneNumber(t)) {
      return true;
    }
    if (t.indexOf(' ') >= 0) {
      return streetAddress(t);
    }
    if (t.contains("://") || t.regionMatches(true, 0, "www.", 0, 4)) {
      return true;
    }
    // A bare domain written with a capital anywhere and no path is a company's name
    // ("Quillpoint.ai", "Booking.com", "i-Quill.com", "eBay.com"); a link is written in small letters
    // ("jlee.dev", "github.com/jlee"). A domain holds a full stop, and most one-word parts do not:
    // the pattern is not tried on them.
    return t.indexOf('.') >= 0 && DOMAIN.matcher(t).matches()
        && (bracketed || !(t.chars().anyMatch(Character::isUpperCase) && t.indexOf('/') < 0));
  }

  /** A domain alone, with no scheme, "www.", path or "@": "comma.ai", "hunches.app". */
  static boolean isBareDomain(String v) {
    String t = v.strip();
    return t.indexOf('/') < 0 && t.indexOf('@') < 0 && t.indexOf('.') >= 0 && !t.startsWith("www.") && DOMAIN.matcher(t).matches();
  }

  /**
   * Words in sentence case, as a phrase that says what something is rather than names it: two or
   * more, the first capitalised, every longer word after it in lower case ("Online music education
   * platform", "Mortgage lender"; not "Polytechnic University of Lyon"). A legal form written in
   * lower case ("Brindlebank a.s.") is the name's.
   */
  static boolean sentenceCased(String v) {
    String[] words = SPACES.split(v.strip());
    if (words.length < 2 || words[0].isEmpty() || !Character.isUpperCase(words[0].charAt(0))) {
      return false;
    }
    int lower = 0;
    for (int k = 1; k < words.length; k++) {
      String w = words[k];
      if (w.length() > 3 && !LEGAL_FORM.matcher(w).matches()) {
        // A place's name keeps its capital in a sentence after "in" ("… for start-ups in Iran");
        // after another word it may be a name's ("Fundación para Colombia").
        boolean place = words[k - 1].equalsIgnoreCase("in") && Places.isNamed(TRAILING_STOPS.matcher(w).replaceAll(""));
        if (!Character.isLowerCase(w.charAt(0)) && !place) {
          return false;
        }
        lower += Character.isLowerCase(w.charAt(0)) ? 1 : 0;
      }
    }
    return lower > 0;
  }

  /** How many of {@code v}'s words longer than {@code letters} letters open in lower case. */
  static int lowerWordsLongerThan(String v, int letters) {
    int n = 0;
    for (String w : SPACES.split(v.strip())) {
      if (w.length() > letters && Character.isLowerCase(w.charAt(0))) {
        n++;
      }
    }
    return n;
  }

  /**
   * Words in lower case, as a phrase that says what something is ("trading platform", "the leader
   * in ledgers and audits"): a letter at least, and no capital but in words of three letters or
   * fewer ("a leader in HR software"); a brand cased inside ("eBay") has one.
   */
  static boolean lowerCased(String v) {
    boolean letter = false;
    for (String w : SPACES.split(v.strip())) {
      boolean upper = false;
      int letters = 0;
      for (int k = 0; k < w.length(); k++) {
        char c = w.charAt(k);
        if (Character.isLetter(c)) {
          letters++;
          upper |= Character.isUpperCase(c);
        }
      }
      if (upper && letters > 3) {
        return false;
      }
      letter |= letters > 0 && !upper;
    }
    return letter;
  }

  private static final Set<String> ARTICLES = Lexicon.set(FILE, "article");

  /**
   * A phrase in lower case that says what something is ("outsource software development", "the
   * leader in ledgers"), not what someone did: its first word neither ends as a past or present
   * participle does ("owned", "moving") nor stands before an article ("rebuilt the indexer"). A
   * trade opening with such a word ("trading platform") is taken for a doing too: on a long line it
   * then reads as prose, as before.
   */
  static boolean describingPhrase(String v) {
    if (!lowerCased(v)) {
      return false;
    }
    String[] words = SPACES.split(v.strip().toLowerCase(Locale.ROOT));
    String first = trimPunctuation(words[0]);
    if (first.length() > 4 && first.endsWith("ed") || first.length() > 5 && first.endsWith("ing")) {
      return false;
    }
    if (ARTICLES.contains(first)) {
      return true;
    }
    for (int k = 1; k < words.length; k++) {
      if (ARTICLES.contains(trimPunctuation(words[k]))) {
        return false;
      }
    }
    return true;
  }

  /** Words in lower case that open a place ("à Reims", "à Lyon, France"). */
  private static final List<String> PLACE_OPENINGS = Lexicon.list(FILE, "place-opening");

  /** A part that opens with a word for "in" and a capitalised name: "à Reims" is where the job was. */
  static boolean opensPlace(String v) {
    String stripped = v.strip();
    for (String w : PLACE_OPENINGS) {
      if (stripped.length() > w.length() + 1 && stripped.startsWith(w) && stripped.charAt(w.length()) == ' '
          && Character.isUpperCase(stripped.charAt(w.length() + 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * An aside in brackets of its own, no article first: "(acquired by Globex in 2025)", "(via
   * Tarnwell)". A part that is one holds no field and joins none ("(a payments startup)" may be a
   * gloss of the name, which {@link #isGloss} reads).
   */
  static boolean bracketedAside(String v) {
    String t = v.strip();
    if (t.length() < 3 || t.charAt(0) != '(' || !t.endsWith(")")) {
      return false;
    }
    String inner = t.substring(1, t.length() - 1);
    return opensAside(inner) && !opensWithArticle(inner);
  }

  /** Whether the text opens with an article: "a payments startup". */
  private static boolean opensWithArticle(String v) {
    String[] words = SPACES.split(v.strip(), 2);
    return ARTICLES.contains(words[0].toLowerCase(Locale.ROOT));
  }

  /**
   * Opens with a word, in lower case, that opens an aside: the employer's former or parent name
   * ("ex-Logica", "formerly Initech", "acq. Globex") or what it is ("a payments startup").
   * Capitalised, the words open names ("Ex-Nihilo Studios", "Formerly Labs", "The Home Depot").
   */
  static boolean opensAside(String v) {
    String stripped = v.strip();
    // All in capitals ("ACQUIRED BY GLOBEX IN 2021", a line set in capitals), the case tells
    // nothing: the aside's words that open no firm's name still open an aside, with two words or
    // more after them (entry-words.txt aside-in-capitals; "VIA NORVALE", "THE HOME DEPOT" are names).
    boolean capitals = !stripped.isEmpty() && Character.isUpperCase(stripped.charAt(0)) && stripped.chars().noneMatch(Character::isLowerCase)
        && Whitespace.splitLength(stripped) >= 3;
    if (stripped.isEmpty() || !Character.isLowerCase(stripped.charAt(0)) && !capitals) {
      return false;
    }
    String lower = stripped.toLowerCase(Locale.ROOT);
    for (String w : ASIDE_WORDS) {
      // A word, or a prefix with its dash ("ex-"): "Ex Machina" and "Acquia" are names.
      boolean prefix = !Character.isLetterOrDigit(w.charAt(w.length() - 1));
      if (capitals && !ASIDE_IN_CAPITALS.contains(w)) {
        continue;
      }
      if (lower.startsWith(w) && lower.length() > w.length() && (prefix || !Character.isLetterOrDigit(lower.charAt(w.length())))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Opens with a word of supervision, in any case, then a name or a colon: "Supervision de Jean
   * Tremblay", "Supervised by Dr. Lee", "Advisor: Prof. Weber". A research post's note of who
   * supervised it names no field of the header. ("Supervisor" alone is a role.)
   */
  static boolean notesSupervision(String v) {
    String lower = v.strip().toLowerCase(Locale.ROOT);
    for (String w : SUPERVISION_WORDS) {
      if (lower.startsWith(w) && lower.length() > w.length() + 1 && (lower.charAt(w.length()) == ' ' || lower.charAt(w.length()) == ':')) {
        return true;
      }
    }
    return false;
  }

  /** Whether the part names an industry and nothing else: what the employer beside it does. */
  static boolean isIndustry(String v) {
    return INDUSTRIES.contains(v.strip().toLowerCase(Locale.ROOT));
  }

  /** Only the kind of employment: "Full-time", "Part-time", "Contract", "Internship". */
  static boolean isEmploymentKind(String v) {
    return isEmploymentKind(v, null);
  }

  /** {@link #isEmploymentKind(String)} of a part whose {@link #lowerWords} a caller has split already, or null. */
  static boolean isEmploymentKind(String v, String[] lowerWords) {
    if (allWordsIn(v, lowerWords, EMPLOYMENT_WORDS)) {
      return true;
    }
    // Two kinds joined ("Internship & Full-time", "Stage et CDI"): each piece a kind. Most parts
    // hold no joiner at all, and splitting tried the pattern at every position of every part.
    if (!KIND_JOINER_SCREEN.foundIn(v)) {
      return false;
    }
    String[] pieces = KIND_JOINER.split(v.strip());
    if (pieces.length < 2) {
      return false;
    }
    for (String piece : pieces) {
      if (piece.isBlank() || !allWordsIn(piece, EMPLOYMENT_WORDS)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Only the terms of the employment: its kind, how long it lasted, or both, parted by a dash, a
   * comma or a drawn separator ("CDI - 3 ans ½", "Internship, 6 months", "Contract"). No name.
   */
  static boolean isEmploymentTerms(String v) {
    boolean kind = false;
    for (String piece : TERMS_SEPARATOR.split(v.strip())) {
      if (isEmploymentKind(piece)) {
        kind = true;
      } else if (!isDuration(piece)) {
        return false;
      }
    }
    return kind;
  }

  private static final Pattern TERMS_SEPARATOR = Pattern.compile("\\s*(?:,|\\s[" + Glyphs.dashClass() + Glyphs.fieldSeparatorClass() + "])\\s*");

  static final Pattern KIND_JOINER = Pattern.compile("(?i)\\s*(?:&|\\+|/|\\band\\b|\\bet\\b|\\bund\\b|\\by\\b|\\bthen\\b)\\s*");
  /** What {@link #KIND_JOINER} cannot match without: where none stands, the split gives one piece. */
  static final Literals KIND_JOINER_SCREEN = Literals.of("&", "+", "/", "and", "et", "und", "y", "then");

  /**
   * {@code w} without the dots, apostrophes and hyphens at its ends, as
   * {@code w.replaceAll("^[.'-]+|[.'-]+$", "")} gives it.
   */
  static String trimPunctuation(String w) {
    int a = 0;
    int b = w.length();
    while (a < b && isWordPunctuation(w.charAt(a))) {
      a++;
    }
    while (b > a && isWordPunctuation(w.charAt(b - 1))) {
      b--;
    }
    return w.substring(a, b);
  }

  private static boolean isWordPunctuation(char c) {
    return c == '.' || c == '\'' || c == '-';
  }
}
