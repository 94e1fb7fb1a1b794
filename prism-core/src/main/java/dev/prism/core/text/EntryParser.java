package dev.prism.core.text;

import dev.prism.core.model.Bullet;
import dev.prism.core.model.DateRange;
import dev.prism.core.model.Entry;
import dev.prism.core.model.Field;
import dev.prism.core.model.SectionKind;
import dev.prism.core.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a section body into entries. An entry is a few header lines (title, organization,
 * location, dates in any order and arrangement) followed by bullets or description lines; a new
 * header line after bullets, a second date, or a blank line after a complete header starts the next
 * entry.
 */
final class EntryParser {

  private static final Map<String, List<String>> WORDS = ResourceLists.read(EntryParser.class, "entry-words.txt");
  private static final Set<String> TITLE_WORDS = Set.copyOf(WORDS.get("title"));
  private static final Set<String> ORG_WORDS = Set.copyOf(WORDS.get("organization"));
  private static final Set<String> WEAK_ORG_WORDS = Set.copyOf(WORDS.get("organization-weak"));
  private static final Set<String> INDEPENDENT_WORDS = Set.copyOf(WORDS.get("independent"));
  private static final Set<String> FIELD_WORDS = Set.copyOf(WORDS.get("field"));
  private static final Set<String> DEGREE_WORDS = Set.copyOf(WORDS.get("degree"));
  private static final Set<String> AWARD_WORDS = Set.copyOf(WORDS.get("award"));
  private static final Set<String> UNIT_WORDS = Set.copyOf(WORDS.get("unit"));

  // Parts of a header line: "Title | Company", "Title — Company", "Title at Company", "Company, City".
  private static final Pattern PART_SEPARATOR =
      Pattern.compile("\\s*(?:\\||•|·|\\s[-–—]\\s|\\s[@]\\s|\\sat\\s|\\t|\\s{2,})\\s*");
  private static final Pattern COMMA = Pattern.compile(",\\s+");
  // A publication's header splits only where a separator is drawn ("Talk — KubeCon", "Paper |
  // OSDI"): its title may hold commas or "at", and justified text puts runs of spaces between words.
  private static final Pattern PUBLICATION_SEPARATOR = Pattern.compile("\\s*(?:\\||•|·|\\s[-–—]\\s|\\t)\\s*");
  private static final Pattern AUTHOR_SEPARATOR = Pattern.compile(",\\s*(?:and\\s+|&\\s*)?|\\s+(?:and|&)\\s+");
  // A person's name: two to four capitalised words or initials ("Frodo Baggins", "J. R. Doe").
  private static final Pattern PERSON_NAME = Pattern.compile("\\p{Lu}[\\p{L}'’-]*\\.?(?:\\s+\\p{Lu}[\\p{L}'’-]*\\.?){1,3}");
  private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+$");
  private static final Pattern LEGAL_SUFFIX = Pattern.compile("(?i),\\s*(?:inc|llc|ltd|corp|co|gmbh|plc|sa|ag|bv|pty)\\.?$");
  // The shape of "City, Region" and "City, Region, Country", with the particles of names such as
  // "Rio de Janeiro" or "Frankfurt am Main"; which regions count is Places' business.
  private static final String PLACE_WORD = "\\p{Lu}[\\p{L}.'-]+";
  static final Pattern LOCATION =
      Pattern.compile(
          "^(?:" + PLACE_WORD + "(?: (?:" + PLACE_WORD + "|d[aeo]s?|del|la|am|an|der|upon|sur)){0,3}"
              + "(?:, ?(?:[A-Z]{2}|" + PLACE_WORD + "(?: " + PLACE_WORD + ")?)){1,2}"
              + "|(?:Fully )?Remote|Hybrid|On-?site)$");
  private static final Pattern DANGLING =
      Pattern.compile("(?i)(?:,|\\b(?:and|or|of|with|to|for|in|on|by|from|the|a|an|across|via|using|into))$");
  private static final Pattern VERB_START = Pattern.compile("^[A-Z][a-z]+(?:ed|ing|s)\\b");
  private static final Pattern SPACE_RUN = Pattern.compile("\\s+");
  private static final Pattern EMPTY_PARENS = Pattern.compile("\\(\\s*\\)");
  private static final Pattern ANY_LETTER = Pattern.compile(".*\\p{L}.*");
  private static final Pattern LEVEL_SUFFIX = Pattern.compile("(?:\\s+(?:[ivx]{1,4}|\\d|l\\d{1,2}|level \\d))+$");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}'.-]+");

  private EntryParser() {}

  private static final class Builder {
    final List<Line> header = new ArrayList<>();
    final List<Line> bullets = new ArrayList<>();
    final List<StringBuilder> bulletText = new ArrayList<>();
    final List<int[]> bulletSpans = new ArrayList<>();
    final List<Line> lines = new ArrayList<>();
    DateRange dates;

    boolean empty() {
      return header.isEmpty() && bullets.isEmpty() && lines.isEmpty();
    }

    void bullet(Line l) {
      bullets.add(l);
      bulletText.add(new StringBuilder(Inline.clean(l.content())));
      bulletSpans.add(new int[] {l.contentStart(), l.contentEnd()});
    }

    void continueBullet(Line l) {
      int last = bullets.size() - 1;
      bulletText.get(last).append(' ').append(Inline.clean(l.content()));
      bulletSpans.get(last)[1] = l.contentEnd();
    }
  }

  static List<Entry> parse(SectionKind kind, List<Line> body) {
    List<Builder> done = new ArrayList<>();
    Builder cur = new Builder();
    boolean gap = false;
    boolean lastBullet = false;
    boolean previousEnded = true;
    for (Line line : body) {
      if (line.blank()) {
        gap = true;
        continue;
      }
      Optional<DateRange> date = Segmenter.dates(line);
      if (line.bullet()) {
        cur.bullet(line);
        lastBullet = true;
      } else if (lastBullet && !gap && continues(line, cur, date.isPresent())) {
        cur.continueBullet(line);
      } else if (kind == SectionKind.PUBLICATIONS && !cur.header.isEmpty() && date.isEmpty() && isByline(line)) {
        // The authors or the DOI under a publication's title describe it; they head no entry.
        cur.lines.add(line);
        lastBullet = false;
      } else if (kind == SectionKind.PUBLICATIONS && isCitation(line) && (previousEnded || gap)) {
        // A whole reference on a line ("J. Doe and A. Smith. Title. Venue, 2021.") is one
        // publication; the next one, dated or not, starts the next entry.
        if (!cur.empty()) {
          done.add(cur);
          cur = new Builder();
        }
        cur.header.add(line);
        cur.dates = date.orElse(null);
        lastBullet = false;
      } else if (!cur.header.isEmpty() && kind.describesWork() && isSentence(line) && date.isEmpty()) {
        // A bullet written without a glyph, under an entry header.
        cur.bullet(line);
        lastBullet = true;
      } else if (isHeaderLike(line, date.isPresent()) || cur.empty() && (date.isPresent() || !isProse(line))) {
        boolean startNew =
            !cur.empty()
                && (!cur.bullets.isEmpty()
                    || !cur.lines.isEmpty()
                    || (cur.dates != null && date.isPresent())
                    || cur.header.size() >= 3
                    || (gap && cur.dates != null));
        if (startNew) {
          done.add(cur);
          cur = new Builder();
        }
        cur.header.add(line);
        if (cur.dates == null && date.isPresent()) {
          cur.dates = date.get();
        }
        lastBullet = false;
      } else {
        cur.lines.add(line);
        lastBullet = false;
      }
      gap = false;
      previousEnded = line.content().endsWith(".");
    }
    if (!cur.empty()) {
      done.add(cur);
    }
    List<Entry> entries = new ArrayList<>();
    Employer previous = Employer.NONE;
    for (Builder b : done) {
      Entry e = build(kind, b, previous);
      entries.add(e);
      previous = Employer.of(b, e, previous);
    }
    return entries;
  }

  /**
   * The organisation of the entry before, for roles that share it. A banner is an employer on a
   * header line of its own above the role ("Acme Corporation" then "Staff Engineer, Platform"):
   * the roles after it belong to it even when a team follows their title.
   */
  private record Employer(Field org, boolean banner) {
    static final Employer NONE = new Employer(null, false);

    static Employer of(Builder b, Entry e, Employer previous) {
      // Working for oneself ("Freelance") is no employer that the roles after it could share.
      if (e.organization() == null || isWayOfWorking(e.organization().value())) {
        return NONE;
      }
      Line orgLine = lineOf(b.header, e.organization());
      if (orgLine == null) {
        // Kept from the entry before: still that employer, banner or not.
        return previous;
      }
      Line titleLine = e.title() == null ? null : lineOf(b.header, e.title());
      boolean banner = titleLine != null && orgLine != titleLine
          && b.header.indexOf(orgLine) < b.header.indexOf(titleLine);
      return new Employer(e.organization(), banner);
    }
  }

  /** A wrapped bullet's next line: starts in lower case, or the bullet has not ended its sentence. */
  private static boolean continues(Line line, Builder cur, boolean hasDate) {
    String c = line.content();
    if (c.isEmpty() || hasDate) {
      return false;
    }
    char first = c.charAt(0);
    if (Character.isLowerCase(first) || Character.isDigit(first) || "([{&%+".indexOf(first) >= 0) {
      return true;
    }
    String prev = cur.bulletText.get(cur.bulletText.size() - 1).toString();
    // A bullet cut after a comma or a joining word ("…across web, mobile web," / "Android and
    // iOS.") always goes on, whatever the case of the next line.
    if (DANGLING.matcher(prev).find()) {
      return true;
    }
    boolean prevOpen = !prev.endsWith(".") && !prev.endsWith("!") && !prev.endsWith(";");
    return prevOpen && !isHeaderLike(line, false) && line.words() > 0 && prev.length() > 60;
  }

  /** Prose: starts with a verb form, mostly lower case, long enough to be a statement. */
  private static boolean isSentence(Line line) {
    int lineWords = line.words();
    if (lineWords < 5) {
      return false;
    }
    String c = Inline.clean(line.content());
    String[] words = SPACE_RUN.split(c);
    int lower = 0;
    for (String w : words) {
      if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
        lower++;
      }
    }
    boolean mostlyLower = lower * 2 >= words.length;
    return mostlyLower && (VERB_START.matcher(c).find() || c.endsWith(".") || lineWords >= 9);
  }

  /**
   * A finished sentence: prose by {@link #isSentence} that ends with a full stop. Such a line opening
   * an entry is its description; as a header its commas would cut it into title and organisation.
   */
  private static boolean isProse(Line line) {
    return isSentence(line) && Inline.clean(line.content()).endsWith(".");
  }

  /** Short, title-cased, or carrying a date or separators: reads as an entry header. */
  private static boolean isHeaderLike(Line line, boolean hasDate) {
    if (hasDate) {
      return true;
    }
    int lineWords = line.words();
    if (lineWords > 14) {
      return false;
    }
    String c = Inline.clean(line.content());
    if (c.endsWith(".") && lineWords > 4) {
      return false;
    }
    String[] words = SPACE_RUN.split(c);
    int capital = 0;
    int counted = 0;
    for (String w : words) {
      if (w.length() <= 3) {
        continue;
      }
      counted++;
      if (Character.isUpperCase(w.charAt(0)) || !Character.isLetter(w.charAt(0))) {
        capital++;
      }
    }
    return counted == 0 || capital * 2 >= counted || PART_SEPARATOR.matcher(c).find() && lineWords <= 8;
  }

  private static Entry build(SectionKind kind, Builder b, Employer previous) {
    if (kind == SectionKind.PUBLICATIONS) {
      return publication(b);
    }
    List<Field> parts = new ArrayList<>();
    for (Line h : b.header) {
      parts.addAll(parts(kind, h, b.dates));
    }
    Field title = null;
    Field org = null;
    Field location = null;
    List<Field> unknown = new ArrayList<>();
    boolean nameFirst = kind == SectionKind.PROJECTS || kind == SectionKind.CERTIFICATIONS
        || kind == SectionKind.AWARDS || kind == SectionKind.PUBLICATIONS;
    for (Field p : parts) {
      String v = p.value();
      if (location == null && isLocation(v)) {
        location = p;
      } else if (nameFirst && title == null) {
        // A project, certificate or award leads with its own name.
        title = p;
      } else if (kind == SectionKind.EDUCATION ? title == null && hasWord(v, DEGREE_WORDS) : title == null && isTitle(v)) {
        title = p;
      } else if (org == null && looksLikeOrg(v)) {
        org = p;
      } else {
        unknown.add(p);
      }
    }
    if (location == null && (kind == SectionKind.EXPERIENCE || kind == SectionKind.EDUCATION)) {
      location = townAfterOrganisation(kind, b.header, parts, title, org, unknown);
    }
    // "Maintainer, kafka-replay": a project led by the role held in it is named by the part after;
    // the role stays in its description. Only a part of role words alone counts as a role here, as
    // "Task Manager" or "Password Manager" name projects.
    if (kind == SectionKind.PROJECTS && title != null && allWordsIn(title.value(), TITLE_WORDS)) {
      for (Field p : unknown) {
        if (!allWordsIn(p.value(), TITLE_WORDS)) {
          unknown.set(unknown.indexOf(p), title);
          title = p;
          break;
        }
      }
    }
    // "Arcturus Engineering Excellence" over "Award, 2022": a narrow column wrapped the award's
    // name, whose last word stands alone before the date. It is no awarder.
    if (kind == SectionKind.AWARDS && title != null && !unknown.isEmpty() && allWordsIn(unknown.get(0).value(), AWARD_WORDS)) {
      Field end = unknown.get(0);
      Line titleLine = lineOf(b.header, title);
      Line endLine = lineOf(b.header, end);
      int at = b.header.indexOf(titleLine);
      if (titleLine != null && at + 1 < b.header.size() && b.header.get(at + 1) == endLine
          && parts.indexOf(end) == parts.indexOf(title) + 1) {
        title = new Field(title.value() + " " + end.value(), Span.between(title.span().offset(), end.span().end()));
        unknown.remove(0);
      }
    }
    // "Freelance" over "Web Developer": "Freelance", "Self-employed" or "Independent" say how one
    // worked, and yield the title to a part that names the role; they stand where the employer would.
    if (kind == SectionKind.EXPERIENCE && title != null && isWayOfWorking(title.value())) {
      Field role = org != null && isRole(org.value()) ? org : null;
      for (int i = 0; role == null && i < unknown.size(); i++) {
        Field p = unknown.get(i);
        role = isRole(p.value()) && !isWayOfWorking(p.value()) ? p : null;
      }
      if (role != null) {
        Field way = title;
        title = role;
        unknown.remove(role);
        if (org == null || org == role) {
          org = way;
        } else {
          unknown.add(0, way);
        }
      }
    }
    // "PhD, Physics, University of Oslo": the field after the degree belongs to the degree, as long
    // as something else is left to be the school ("MBA, Harvard" names the school).
    if (kind == SectionKind.EDUCATION && title != null && hasWord(title.value(), DEGREE_WORDS)) {
      int at = parts.indexOf(title);
      Field next = at + 1 < parts.size() ? parts.get(at + 1) : null;
      Line line = lineOf(b.header, title);
      if (next != null && unknown.contains(next) && (org != null || unknown.size() > 1)
          && line != null && lineOf(b.header, next) == line) {
        String c = line.content();
        int base = line.contentStart();
        if (c.substring(title.span().end() - base, next.span().offset() - base).strip().equals(",")) {
          Span both = Span.between(title.span().offset(), next.span().end());
          title = new Field(Inline.clean(c.substring(both.offset() - base, both.end() - base)), both);
          unknown.remove(next);
        }
      }
    }
    // "Senior Engineer, Payments — Stripe", or "Title, Team" over the employer's line: the part
    // hung on the title by a comma is a team, and the employer is a part of its own. Under a
    // banner employer ("Acme Corporation" above each role) the role line's team is no employer
    // at all.
    // A weak guess ("Identity Services" has only "Services" to go on) gives way the same way; a
    // name with a strong organisation word ("Acme Labs") does not.
    if (kind == SectionKind.EXPERIENCE && title != null
        && (org == null || hungOn(b.header, title, org) && !hasWord(org.value(), ORG_WORDS))) {
      Field team = org;
      Field employer = null;
      for (Field p : unknown) {
        if (hungOn(b.header, title, p)) {
          team = team == null ? p : team;
        } else {
          employer = p;
          break;
        }
      }
      if (employer == null && team != null && previous.banner() && b.header.size() == 1) {
        employer = previous.org();
      }
      if (employer != null) {
        unknown.remove(employer);
        if (org != null) {
          unknown.add(0, org);
        }
        org = employer;
      }
    }
    // Fill what is still missing in reading order: projects and most entries lead with the name.
    List<Field> extra = new ArrayList<>();
    for (Field p : unknown) {
      if (kind == SectionKind.EDUCATION) {
        if (org == null) {
          org = p;
        } else if (title == null) {
          title = p;
        } else {
          extra.add(p);
        }
      } else if (title == null) {
        title = p;
      } else if (org == null && kind != SectionKind.PROJECTS) {
        org = p;
      } else {
        // "Title | Company | Community Heritage": a third part that is no place by isLocation is
        // a team, product or programme, and stays in the entry's lines.
        extra.add(p);
      }
    }
    // Several roles under one employer: a later role with no organisation of its own keeps it,
    // unless the role is one of working for oneself ("Freelance / Self-employed").
    if (org == null && title != null && previous.org() != null && kind == SectionKind.EXPERIENCE && b.header.size() == 1
        && !hasWord(title.value(), INDEPENDENT_WORDS)) {
      org = previous.org();
    }
    return new Entry(title, org, location, b.dates, bullets(b), description(b, extra), spanOf(b));
  }

  /**
   * A publication: its name is the first part of its first header line that is not a byline (a
   * whole reference is one part), its publisher the part after that on the same line ("Talk —
   * KubeCon"). Authors, DOIs and other header lines are its description, each line whole: the
   * commas of an author list or a paper's title split nothing.
   */
  private static Entry publication(Builder b) {
    // Authors written above the title ("J. Doe, A. Smith" then the paper) do not name it.
    Line nameLine = null;
    Line firstWithParts = null;
    for (Line h : b.header) {
      if (!parts(SectionKind.PUBLICATIONS, h, b.dates).isEmpty()) {
        firstWithParts = firstWithParts == null ? h : firstWithParts;
        if (nameLine == null && !isByline(h)) {
          nameLine = h;
        }
      }
    }
    nameLine = nameLine == null ? firstWithParts : nameLine;
    Field name = null;
    Field publisher = null;
    List<Field> described = new ArrayList<>();
    for (Line h : b.header) {
      List<Field> parts = parts(SectionKind.PUBLICATIONS, h, b.dates);
      if (parts.isEmpty()) {
        continue;
      }
      if (h == nameLine) {
        name = parts.get(0);
        publisher = parts.size() > 1 ? parts.get(1) : null;
        described.addAll(parts.subList(Math.min(2, parts.size()), parts.size()));
      } else {
        // The line from its first part to its last, so a date at either end stays out.
        int base = h.contentStart();
        Span span = Span.between(parts.get(0).span().offset(), parts.get(parts.size() - 1).span().end());
        described.add(new Field(Inline.clean(h.content().substring(span.offset() - base, span.end() - base)), span));
      }
    }
    return new Entry(name, publisher, null, b.dates, bullets(b), description(b, described), spanOf(b));
  }

  private static List<Bullet> bullets(Builder b) {
    List<Bullet> bullets = new ArrayList<>();
    for (int i = 0; i < b.bullets.size(); i++) {
      int[] s = b.bulletSpans.get(i);
      bullets.add(new Bullet(b.bulletText.get(i).toString(), Span.between(s[0], s[1])));
    }
    return bullets;
  }

  /** Header parts that found no field, then the entry's description lines. */
  private static List<Field> description(Builder b, List<Field> extra) {
    List<Field> lines = new ArrayList<>(extra);
    for (Line l : b.lines) {
      lines.add(new Field(Inline.clean(l.content()), l.contentSpan()));
    }
    return lines;
  }

  /**
   * A whole reference on one line: "et al.", a title in curly quotes, or at least two sentence
   * breaks after a word ("…B. Lee. Scaling Ledgers. In Proc. …"); an author's initial ("J. Doe")
   * is no break.
   */
  static boolean isCitation(Line line) {
    String c = line.content();
    if (c.contains("et al") || c.indexOf('“') >= 0 && c.indexOf('”') > c.indexOf('“')) {
      return true;
    }
    int breaks = 0;
    int letters = 0;
    for (int i = 0; i < c.length(); i++) {
      char ch = c.charAt(i);
      if (Character.isLetter(ch)) {
        letters++;
        continue;
      }
      if (ch == '.' && letters >= 2 && i + 2 < c.length() && c.charAt(i + 1) == ' ' && Character.isUpperCase(c.charAt(i + 2))) {
        breaks++;
      }
      letters = 0;
    }
    return breaks >= 2;
  }

  /**
   * A line that names who wrote a publication or where to find it: a DOI, or a list of two or more
   * person names ("Frodo Baggins, John Doe, Samwise Gamgee", "J. Doe and A. Smith").
   */
  static boolean isByline(Line line) {
    String c = Inline.clean(line.content());
    String lower = c.toLowerCase(Locale.ROOT);
    if (lower.startsWith("doi") || lower.contains("doi.org/") || DOI.matcher(c).lookingAt()) {
      return true;
    }
    // "Jordan Lee, Mary Major. Fast Queues. ATC." starts with authors but is the whole reference.
    if (isCitation(line) || c.indexOf(',') < 0 && !lower.contains(" and ") && c.indexOf('&') < 0) {
      return false;
    }
    String[] names = AUTHOR_SEPARATOR.split(c);
    if (names.length < 2) {
      return false;
    }
    for (String n : names) {
      String name = n.strip();
      if (!name.isEmpty() && !name.equals("et al.") && !PERSON_NAME.matcher(name).matches()) {
        return false;
      }
    }
    return true;
  }

  private static Span spanOf(Builder b) {
    int start = Integer.MAX_VALUE;
    int end = 0;
    for (List<Line> ls : List.of(b.header, b.bullets, b.lines)) {
      for (Line l : ls) {
        start = Math.min(start, l.contentStart());
        end = Math.max(end, l.contentEnd());
      }
    }
    for (int[] s : b.bulletSpans) {
      end = Math.max(end, s[1]);
    }
    return start == Integer.MAX_VALUE ? Span.EMPTY : Span.between(start, end);
  }

  /** The parts of a header line other than its date, each with its span. */
  private static List<Field> parts(SectionKind kind, Line line, DateRange dates) {
    String c = line.content();
    int base = line.contentStart();
    // Blank out the date so it neither becomes a part nor splits one.
    StringBuilder masked = new StringBuilder(c);
    if (dates != null && line.contentSpan().contains(dates.span())) {
      for (int i = dates.span().offset() - base; i < dates.span().end() - base; i++) {
        masked.setCharAt(i, ' ');
      }
    }
    // Parentheses left empty by the date ("(2019 – 2021)") go too. They are blanked in place, not
    // removed: every offset into the masked line must stay an offset into the original one.
    if (masked.indexOf("(") >= 0) {
      Matcher parens = EMPTY_PARENS.matcher(masked);
      while (parens.find()) {
        for (int i = parens.start(); i < parens.end(); i++) {
          masked.setCharAt(i, ' ');
        }
      }
    }
    String m = masked.toString();
    List<Field> out = new ArrayList<>();
    if (kind == SectionKind.PUBLICATIONS && isCitation(line)) {
      addPart(kind, out, c, m, 0, m.length(), base);
      return out;
    }
    Matcher sep = (kind == SectionKind.PUBLICATIONS ? PUBLICATION_SEPARATOR : PART_SEPARATOR).matcher(m);
    int start = 0;
    while (true) {
      boolean found = sep.find();
      int end = found ? sep.start() : m.length();
      addPart(kind, out, c, m, start, end, base);
      if (!found) {
        break;
      }
      start = sep.end();
    }
    return joinLocations(out, c, base);
  }

  /**
   * "Cupertino" and "CA" were split at their comma; a place is one part ("Cupertino, CA", "Toronto,
   * ON, Canada"). A work mode and the region after its dash are one too ("Remote - EU").
   */
  private static List<Field> joinLocations(List<Field> parts, String original, int base) {
    List<Field> out = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      Field p = parts.get(i);
      int from = p.span().offset() - base;
      int to = p.span().end() - base;
      while (i + 1 < parts.size()) {
        Field q = parts.get(i + 1);
        String between = original.substring(to, q.span().offset() - base).strip();
        boolean joins = between.equals(",") || between.equals("-") || between.equals("–") || between.equals("—");
        if (!joins || !isLocation(Inline.clean(original.substring(from, q.span().end() - base)))) {
          break;
        }
        to = q.span().end() - base;
        i++;
      }
      out.add(to == p.span().end() - base ? p : new Field(Inline.clean(original.substring(from, to)), Span.between(base + from, base + to)));
    }
    return out;
  }

  private static void addPart(SectionKind kind, List<Field> out, String original, String masked, int start, int end, int base) {
    int a = start;
    int b = end;
    while (a < b && (Line.isSpace(masked.charAt(a)) || "*_#,|".indexOf(masked.charAt(a)) >= 0)) {
      a++;
    }
    while (b > a && (Line.isSpace(masked.charAt(b - 1)) || "*_,|:".indexOf(masked.charAt(b - 1)) >= 0)) {
      b--;
    }
    // A parenthesis goes only when its partner is not in the part: "(2019 – 2021)" loses both once
    // the date is masked, "Manager (L7)" keeps both.
    while (a < b && masked.charAt(a) == '(' && masked.indexOf(')', a) < 0 | masked.indexOf(')', a) >= b) {
      a++;
    }
    while (b > a && masked.charAt(b - 1) == ')' && masked.lastIndexOf('(', b - 1) < a) {
      b--;
    }
    if (b <= a) {
      return;
    }
    String value = Inline.clean(original.substring(a, b));
    if (value.isEmpty() || !ANY_LETTER.matcher(value).matches()) {
      return;
    }
    // "Acme Corp, Berlin" is two parts; "San Francisco, CA" and "Acme, Inc." are one.
    if (kind == SectionKind.PUBLICATIONS || isLocation(value) || LEGAL_SUFFIX.matcher(value).find()) {
      out.add(new Field(value, new Span(base + a, b - a)));
      return;
    }
    Matcher comma = COMMA.matcher(masked).region(a, b);
    if (!comma.find()) {
      out.add(new Field(value, new Span(base + a, b - a)));
      return;
    }
    int cut = comma.start();
    int next = comma.end();
    // "IC, Technical Lead, TLM, Initech": the roles one person held, listed with commas, are one
    // title, cut from what follows at the comma after the last of them. A degree's "Associate"
    // is no role.
    if (kind != SectionKind.EDUCATION && isRole(masked.substring(a, cut))) {
      int from = next;
      boolean more = true;
      while (more) {
        more = comma.find();
        int to = more ? comma.start() : b;
        if (!isRole(masked.substring(from, to))) {
          break;
        }
        if (!more) {
          // Every part is a role: the whole is the title.
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

  /** Parts that each name a role, between commas: "IC, Technical Lead, TLM", "Founder, CTO". */
  private static boolean isRoleList(String v) {
    if (v.indexOf(',') < 0) {
      return false;
    }
    for (String part : COMMA.split(v)) {
      if (!isRole(part)) {
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
  private static boolean isRole(String part) {
    String lower = part.toLowerCase(Locale.ROOT).strip();
    if (lower.endsWith(")") && lower.indexOf('(') > 0) {
      lower = lower.substring(0, lower.lastIndexOf('(')).strip();
    }
    String[] words = NON_WORD.split(LEVEL_SUFFIX.matcher(lower).replaceAll(""));
    if (words.length == 0 || hasWord(part, ORG_WORDS)) {
      return false;
    }
    String last = trimPunctuation(words[words.length - 1]);
    return TITLE_WORDS.contains(last) && !FIELD_WORDS.contains(last);
  }

  /** A part that says only how one worked: "Freelance", "Self-employed", "Independent", "Sole trader". */
  private static boolean isWayOfWorking(String v) {
    return allWordsIn(v, INDEPENDENT_WORDS);
  }

  /** Whether {@code v} is one of {@code words} ("sole trader"), or each of its words is. */
  private static boolean allWordsIn(String v, Set<String> words) {
    String lower = v.toLowerCase(Locale.ROOT).strip();
    if (words.contains(lower)) {
      return true;
    }
    String[] split = NON_WORD.split(lower);
    for (String w : split) {
      if (!words.contains(trimPunctuation(w))) {
        return false;
      }
    }
    return split.length > 0;
  }

  /** Whether {@code part} follows {@code title} on its line with only a comma between them. */
  private static boolean hungOn(List<Line> header, Field title, Field part) {
    Line line = lineOf(header, title);
    if (line == null || line != lineOf(header, part) || part.span().offset() < title.span().end()) {
      return false;
    }
    int base = line.contentStart();
    return line.content().substring(title.span().end() - base, part.span().offset() - base).strip().equals(",");
  }

  /**
   * "Software Engineer, Nordkapp Logistics, Bergen" (moderncv's order: title, employer, town),
   * "Corrib Cloud, Galway", "University of California, Davis", or a town set flush right beside
   * the employer: the last part of a line, after a comma or a wide gap that follows an employer or
   * school, is its town when it reads like one, even one {@link Places} does not know: one to three
   * capitalised words, none of them a title's, an organisation's, a degree's or a team's. Taken out
   * of {@code unknown}; null when there is none. A part after the title itself ("Senior Engineer,
   * Payments") is a team, and one after a bar ("Stripe | Community Heritage") a programme. Under a
   * degree the part before must be the school itself: "M.Sc., Data Science, ETH Zurich" names the
   * field and then the school.
   */
  private static Field townAfterOrganisation(
      SectionKind kind, List<Line> header, List<Field> parts, Field title, Field org, List<Field> unknown) {
    for (int i = parts.size() - 1; i >= 1; i--) {
      Field p = parts.get(i);
      Field before = parts.get(i - 1);
      Line line = lineOf(header, p);
      if (!unknown.contains(p) || before == title || kind == SectionKind.EDUCATION && before != org || line == null || lineOf(header, before) != line
          || i + 1 < parts.size() && lineOf(header, parts.get(i + 1)) == line || !townLike(p.value())) {
        continue;
      }
      int base = line.contentStart();
      String between = line.content().substring(before.span().end() - base, p.span().offset() - base);
      if (between.strip().equals(",") || between.length() >= 2 && between.isBlank()) {
        unknown.remove(p);
        return p;
      }
    }
    return null;
  }

  private static boolean townLike(String v) {
    String[] words = v.split(" ");
    if (words.length > 3 || hasWord(v, TITLE_WORDS) || hasWord(v, ORG_WORDS) || hasWord(v, WEAK_ORG_WORDS)
        || hasWord(v, DEGREE_WORDS) || hasWord(v, UNIT_WORDS) || hasWord(v, FIELD_WORDS)) {
      return false;
    }
    for (String w : words) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || Inline.isCaps(w) && w.length() > 3) {
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

  private static Line lineOf(List<Line> header, Field part) {
    for (Line l : header) {
      if (l.contentSpan().contains(part.span())) {
        return l;
      }
    }
    return null;
  }

  /**
   * A job title: it has a title word and no organisation word, or it ends with a title word, since
   * the last word of a title names the role ("Software Engineer", "Cloud Architect") while the last
   * word of a company names the company ("Acme Software", "Globex Labs").
   */
  private static boolean isTitle(String v) {
    if (!hasWord(v, TITLE_WORDS)) {
      return false;
    }
    // Weak organisation words ("Software", "Cloud") do not stop a title; strong ones need the
    // title word at the end.
    if (!hasWord(v, ORG_WORDS)) {
      return true;
    }
    // A level after the role ("Software Engineer II", "Engineer 3") does not count as the last word.
    String[] words = NON_WORD.split(LEVEL_SUFFIX.matcher(v.toLowerCase(Locale.ROOT)).replaceAll(""));
    return words.length > 0 && TITLE_WORDS.contains(words[words.length - 1]);
  }

  /**
   * Whether a header part names a place: a name {@link Places} knows ("Remote", "Germany",
   * "Manchester", "Remote (US)"), or "City, Region" where every part after the first comma is a
   * known region or a two-letter code, or the city itself is known ("Berlin, Mitte"). Any other
   * capitalised words are not a place, however short: "Community Heritage" or "Payments Platform"
   * after a title and company name a team or programme.
   */
  static boolean isLocation(String v) {
    if (Places.isNamed(v) || Places.isQualifiedWorkMode(v)) {
      return true;
    }
    if (!mayMatchLocation(v) || !LOCATION.matcher(v).matches()) {
      return false;
    }
    int comma = v.indexOf(',');
    if (comma < 0) {
      // The lone work modes the pattern takes are all named in Places.
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
      // parts, the last two must both be regions.
      return Places.isRegion(regions[0]) && Places.isRegion(regions[1]) && !hasWord(v, ORG_WORDS);
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
   * Whether {@link #LOCATION} can match {@code v}: every form of it has a comma but the few lone
   * words ("Remote", "Fully Remote", "Hybrid", "On-site"). The regex backtracks through every
   * capitalised part of a header, such as "Senior Software Engineer", before it fails.
   */
  static boolean mayMatchLocation(String v) {
    return v.indexOf(',') >= 0 || v.startsWith("Remote") || v.startsWith("Fully ") || v.startsWith("Hybrid")
        || v.startsWith("On");
  }

  private static boolean looksLikeOrg(String v) {
    return hasWord(v, ORG_WORDS) || hasWord(v, WEAK_ORG_WORDS) && !hasWord(v, TITLE_WORDS);
  }

  static boolean hasWord(String v, Set<String> words) {
    for (String w : NON_WORD.split(v.toLowerCase(Locale.ROOT))) {
      if (words.contains(trimPunctuation(w)) || words.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code w} without the dots, apostrophes and hyphens at its ends, as
   * {@code w.replaceAll("^[.'-]+|[.'-]+$", "")} gives it: the words here hold no line terminator.
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
