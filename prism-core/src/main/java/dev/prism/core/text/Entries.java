package dev.prism.core.text;

import dev.prism.core.lexicon.FieldLabelWords;
import dev.prism.core.lexicon.Glyphs;
import dev.prism.core.lexicon.Lexicon;
import dev.prism.core.model.Box;
import dev.prism.core.model.Bullet;
import dev.prism.core.model.Claim;
import dev.prism.core.model.DateRange;
import dev.prism.core.model.Entry;
import dev.prism.core.model.Field;
import dev.prism.core.model.PartialDate;
import dev.prism.core.model.SectionKind;
import dev.prism.core.model.Span;
import dev.prism.core.model.Style;
import dev.prism.core.text.HeaderLabels.Label;
import dev.prism.core.text.HeaderLabels.Labels;
import dev.prism.core.text.Parts.Part;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The entries of a section (the third and fourth passes): its lines grouped into blocks of header
 * lines, bullets and description lines, each header labelled by {@link HeaderLabels} with what the
 * section's other headers say, and roles under one employer given that employer. An entry the
 * reader claims (a LaTeX {@code \cventry}, a JSON Resume job) keeps the fields the reader gave.
 */
final class Entries {

  private static final Set<String> INLINE_LABELS = Lexicon.set("entry-words.txt", "inline-label");
  private static final Set<String> DETAIL_LABELS = FieldLabelWords.detailLabels();
  static final Pattern DANGLING =
      Pattern.compile("(?i)(?:,|\\b(?:and|or|of|with|to|for|in|on|by|from|the|a|an|across|via|using|into))$");
  private static final Pattern VERB_START = Pattern.compile("^[A-Z][a-z]+(?:ed|ing|s)\\b");
  // A verb that says what was done, in the past or the present ("Reduced", "Manages"), not a participle.
  private static final Pattern DONE_START = Pattern.compile("^[A-Z][a-z]+(?:ed|s)\\b");
  private static final Pattern SPACE_RUN = Pattern.compile("\\s+");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\d]+");
  /** A name and a capitalised word in brackets after it: "Globex (Angers)". */
  private static final Pattern NAME_AND_TOWN = Pattern.compile("\\S.* \\(\\p{Lu}[\\p{L}'-]*\\)");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\d]+");
  // A name of one to four capitalised words, or a domain written in small letters ("globex.io"),
  // then a drawn separator or a dash (see nameThenAbout).
  private static final Pattern NAME_THEN_SEPARATOR = Pattern.compile("^(?:\\p{Lu}\\S*(?: \\p{Lu}\\S*){0,3}|[\\p{Ll}\\d][\\w-]*(?:\\.[\\w-]+)*\\.\\p{Ll}{2,6}) ([" + Glyphs.fieldSeparatorClass() + Glyphs.dashClass() + "]) \\S");
  private static final Pattern SEPARATOR_END = Pattern.compile("\\s*[" + Glyphs.fieldSeparatorClass() + Glyphs.dashClass() + "]\\s*$");
  // Compiled once: String.split compiles a pattern of more than one character on every call.
  // Between the items of a list of technologies: commas, or the drawn separators some lists use.
  // A bar, plain or broken, parts a project's name from its stack ("Ledgerly | Go, Kafka") and
  // lists nothing.
  private static final String BARS = "|¦";
  // A slash with spaces around it parts items too ("PHP / JS / MySQL"); one inside a word is part
  // of the item ("Yarn/NPM", "CI/CD").
  private static final Pattern LIST_COMMA = Pattern.compile("\\s*[," + Glyphs.fieldSeparatorClass() + "&&[^" + BARS + "]]\\s*|\\s+/\\s+");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?;:][)\"'’”]?$");
  private static final Pattern TRAILING_STOPS = Pattern.compile("[.,;]+$");
  private static final Pattern LEADING_SEPARATORS = Pattern.compile("^[\\s,;" + Glyphs.fieldSeparatorClass() + Glyphs.dashClass() + "]+");
  private static final Pattern PERSON_NAME = Pattern.compile("\\p{Lu}[\\p{L}'’-]*\\.?(?:\\s+\\p{Lu}[\\p{L}'’-]*\\.?){1,3}");
  private static final Pattern AUTHOR_SEPARATOR = Pattern.compile(",\\s*(?:and\\s+|&\\s*)?|\\s+(?:and|&)\\s+");
  private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+$");

  private Entries() {}

  /** One entry's lines before its header is labelled. */
  private static final class Block {
    final List<Line> header = new ArrayList<>();
    final List<StringBuilder> bulletText = new ArrayList<>();
    final List<int[]> bulletSpans = new ArrayList<>();
    final List<Line> lines = new ArrayList<>();
    /** Lines under the header that describe it but are no body: a web address, a list of technologies. */
    final List<Line> asides = new ArrayList<>();
    DateRange dates;
    /** A line that holds only the end of the header's dates, stacked under their start. */
    Line closing;
    /** The header's rail of dates goes on: a row of its own joined it ("to") and its other end is still to come. */
    boolean railOpen;
    /** The next header line holds the other end of the header's lone date (see stackedEnds), as startsNew found. */
    boolean endBelow;
    /** The header's lone year is a part of a name, and the dates line below dates the entry (see yearInName). */
    boolean yearInName;
    /** The header is an employer's dated heading with projects under it and no role (see headsWorkInside). */
    boolean employerHeading;
    /** The header is a role's list item under its employer, with its dates ("• Senior Engineer (2019 – 2022)"): whole on its own. */
    boolean roleItem;
    Claim.Entry claim;
    boolean lastBullet;
    /** The last line of the last bullet: where it ends on the page tells whether the next line is its wrap. */
    Line lastBulletLine;

    boolean empty() {
      return header.isEmpty() && bulletText.isEmpty() && lines.isEmpty() && asides.isEmpty();
    }

    boolean hasBody() {
      return !bulletText.isEmpty() || !lines.isEmpty();
    }

    void bullet(Line l) {
      bulletText.add(new StringBuilder(Inline.clean(l.content())));
      bulletSpans.add(new int[] {l.contentStart(), l.contentEnd()});
      lastBullet = true;
      lastBulletLine = l;
    }

    void continueBullet(Line l) {
      int last = bulletText.size() - 1;
      bulletText.get(last).append(' ').append(Inline.clean(l.content()));
      bulletSpans.get(last)[1] = l.contentEnd();
      lastBulletLine = l;
    }

    void header(Line l) {
      Line above = header.isEmpty() ? null : header.get(header.size() - 1);
      header.add(l);
      if (dates == null && l.hasDates()) {
        dates = l.firstDates();
        // "Present ⇥ Senior Engineer ⇥ Globex" over "Feb 2019": a rail that prints the end above
        // the start leaves the open end in the first cell of the line above, the start alone on
        // this one. The two are a running range, and the open end is no part of that line's names.
        List<Span> cells = above == null || above.hasDates() ? List.of() : above.cells();
        if (dates.single() && cells.size() >= 2 && DateParser.isOpenEnd(above.textOf(cells.get(0))) && l.loneDate() != null) {
          dates = new DateRange(dates.start(), null, true, Span.between(cells.get(0).offset(), dates.span().end()));
          header.set(header.size() - 2, above.slice(cells.get(1).offset(), above.contentEnd()));
        } else if (dates.single() && header.size() == 2 && cells.size() <= 1 && DateParser.isOpenEnd(Inline.clean(above.content()).strip())
            && l.opensWithDate()) {
          // "Atual" alone over "Abril/19 ⇥ Role ⇥ Employer": the same rail with the open end on a
          // line of its own and the start opening the names' line.
          dates = new DateRange(dates.start(), null, true, Span.between(above.contentStart(), dates.span().end()));
          header.remove(header.size() - 2);
        }
      } else if (dates != null && dates.single() && !dates.present() && header.size() <= 3 && header.get(0).opensWithDate()
          && !l.hasDates() && l.cells().size() >= 2 && DateParser.isOpenEnd(l.textOf(l.cells().get(0)))) {
        // "Ene 2018 ⇥ Developer ⇥ Globex" over "Presente ⇥ Vigo": a rail that sets the start on
        // the names' line and the open end under it (a wrapped name may come between). The two
        // are a running range; the open end is no part of the place beside it.
        dates = new DateRange(dates.start(), null, true, Span.between(dates.span().offset(), l.cells().get(0).end()));
        header.set(header.size() - 1, l.slice(l.cells().get(1).offset(), l.contentEnd()));
      } else if (yearInName && header.size() == 2 && l.hasDates()) {
        // "Film Crew @ Globex Festival 2024" over "May & September 2023": the year names the
        // festival; the line below dates the job (startsNew found it: see yearInName).
        dates = l.firstDates();
        yearInName = false;
      } else if (endBelow && header.size() == 2 && otherEnd(above, dates, l)) {
        // "Setembro/18" over "Março/19 ⇥ Role ⇥ Employer": a rail that stacks a range's two ends,
        // the lower on the names' line, in either order (startsNew found it: see stackedEnds).
        // The earlier is the start.
        DateRange other = l.firstDates();
        boolean later = other.start().compareTo(dates.start()) > 0;
        dates = new DateRange(later ? dates.start() : other.start(), later ? other.start() : dates.start(), false,
            Span.between(dates.span().offset(), other.span().end()));
      }
      lastBullet = false;
    }

    /**
     * "Actuellement ⇥ Consultant, Strasbourg" opening a header, with no dates on its line: a rail
     * that gives a running job no start, only its word for "still running", in the dates' cell.
     * The word names no field, and goes. (Over a start, "Present ⇥ Engineer ⇥ Globex" over "Feb
     * 2019", it is the range's end, taken when that line came; with dates on its line, "Current ⇥
     * Engineer ⇥ 2021 – 2022", the cell may be a firm's name.)
     */
    void dropLoneOpenEnd() {
      Line first = header.isEmpty() ? null : header.get(0);
      if (first == null || first.hasDates() || first.cells().size() < 2
          || !DateParser.isOpenEnd(first.textOf(first.cells().get(0)))) {
        return;
      }
      header.set(0, first.slice(first.cells().get(1).offset(), first.contentEnd()));
    }

    Span span() {
      int start = Integer.MAX_VALUE;
      int end = 0;
      for (List<Line> ls : List.of(header, lines, asides, closing == null ? List.<Line>of() : List.of(closing))) {
        for (Line l : ls) {
          start = Math.min(start, l.contentStart());
          end = Math.max(end, l.contentEnd());
        }
      }
      for (int[] s : bulletSpans) {
        start = Math.min(start, s[0]);
        end = Math.max(end, s[1]);
      }
      if (claim != null) {
        start = Math.min(start, claim.span().offset());
        end = Math.max(end, claim.span().end());
      }
      // A rail's open end over the start below is the dates' though no header line holds it now.
      if (dates != null && !header.isEmpty()) {
        start = Math.min(start, dates.span().offset());
        end = Math.max(end, dates.span().end());
      }
      return start == Integer.MAX_VALUE ? Span.EMPTY : Span.between(start, end);
    }
  }

  static List<Entry> parse(SectionKind kind, List<Line> body, List<Claim.Entry> claims) {
    List<Block> blocks = group(kind, body, claims);
    List<List<Part>> headers = new ArrayList<>();
    for (Block b : blocks) {
      if (b.claim == null) {
        b.dropLoneOpenEnd();
      }
      headers.add(b.claim == null ? Parts.of(kind, b.header) : List.of());
    }
    // Publications are not labelled by scores; every other header is scored once, here.
    List<List<Map<Label, Double>>> scored = new ArrayList<>();
    if (kind != SectionKind.PUBLICATIONS) {
      headers.forEach(h -> scored.add(HeaderLabels.scores(kind, h)));
    }
    // A part the web address under its header names is the employer, a clear case the section's
    // other headers may learn from (see HeaderLabels.consistency).
    for (int i = 0; kind == SectionKind.EXPERIENCE && i < blocks.size(); i++) {
      Part site = oneName(headers.get(i)) ? namedBySite(headers.get(i), blocks.get(i).asides) : null;
      int named = site == null ? -1 : headers.get(i).indexOf(site);
      if (named >= 0 && named < scored.get(i).size()) {
        scored.get(i).get(named).merge(Label.ORGANIZATION, SITE, Double::sum);
      }
    }
    if (kind == SectionKind.EXPERIENCE) {
      namesAlone(kind, headers, scored);
    }
    Map<Part, Map<Label, Double>> bias = new HashMap<>(
        kind == SectionKind.PUBLICATIONS ? Map.of() : HeaderLabels.consistency(headers, scored));
    List<Boolean> banner = banners(kind, blocks, headers, bias);
    List<Entry> entries = new ArrayList<>();
    // Below an employer set on a line of its own (a banner, or the first line of a header), a part
    // hung on a role by a comma names a team, not another employer ("Staff Engineer, Payments").
    boolean under = false;
    // Under a dated banner, roles told without dates are the banner's, however they are named.
    boolean underDated = false;
    // The years of the banner above, if it gave any: a role dated apart from them is under none.
    DateRange bannerRange = null;
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      List<Part> parts = headers.get(i);
      Entry e;
      if (b.claim != null) {
        e = claimed(kind, b);
        under = false;
        underDated = false;
      } else if (kind == SectionKind.PUBLICATIONS) {
        e = publication(b, parts);
      } else {
        if (under && heldApart(bannerRange, b.dates)) {
          under = false;
          underDated = false;
        }
        if (under && !banner.get(i) && kind == SectionKind.EXPERIENCE) {
          // So does a name beside an undated role there ("Ledger Team ⇥ Staff Engineer"): the
          // roles under a dated banner are the banner's, told by team or project.
          boolean undatedRole = underDated && b.dates == null && parts.stream().anyMatch(p -> Parts.isRole(p.value()));
          // There even a name with an organisation's word is a part of the banner's employer
          // ("Cloud Services Kubernetes Team", "Linux Technology Center").
          for (Part p : parts) {
            if (p.before().equals(",") && !Parts.hasWord(p.value(), Parts.ORG_WORDS)
                || undatedRole && !Parts.isRole(p.value()) && !Parts.isLocation(p.value())) {
              bias.merge(p, Map.of(Label.ORGANIZATION, -BANNER), Entries::add);
            }
          }
          // Nor does a name alone on its header name another employer for being alone: there it
          // is a role no list knows ("DevRel" under "Harbor Ledger"). What being alone gives is taken back.
          List<Part> named = parts.stream().filter(p -> !Parts.isLocation(p.value())).toList();
          if (named.size() == 1 && HeaderLabels.has(kind, parts, parts.indexOf(named.get(0)), "lone-name")) {
            Map<Label, Double> back = new EnumMap<>(Label.class);
            HeaderLabels.weights("lone-name", kind).forEach((l, w) -> back.put(l, -w));
            bias.merge(named.get(0), back, Entries::add);
          }
        }
        if (kind == SectionKind.EXPERIENCE && !banner.get(i)) {
          employerLineOverTeam(b, parts, false, bias);
        }
        if (b.employerHeading) {
          // "### Globex (2019 – 2021)" over its projects' headings: the name is the employer's.
          for (Part p : parts) {
            if (p.line() == 0 && !Parts.isLocation(p.value())) {
              bias.merge(p, AS_EMPLOYER, Entries::add);
            }
          }
        }
        if (kind == SectionKind.EXPERIENCE && !under && !banner.get(i)) {
          // No banner over it: "Role, Name, Country" names its employer (see Parts.employerBeforeCountry).
          List<Part> cut = Parts.employerBeforeCountry(parts, b.header);
          if (cut != parts) {
            parts = cut;
            headers.set(i, cut);
            scored.set(i, HeaderLabels.scores(kind, cut));
          }
        }
        Labels labels = HeaderLabels.label(kind, parts, bias, scored.get(i));
        List<Field> extra = new ArrayList<>();
        for (Part p : labels.rest()) {
          extra.add(p.field());
        }
        Field org = labels.organization();
        Field title = labels.title();
        Field[] client = clientOf(org);
        if (client != null) {
          // "Externer IT-Berater für Globex Hellas" where the employer goes: the client is the
          // employer, the role before it the title (or, beside a title, a line of the entry's).
          if (title == null) {
            title = client[0];
          } else {
            extra.add(0, client[0]);
          }
          org = client[1];
        }
        // "Globex: Working student" taken whole for the one field the header names: the employer,
        // its colon, and the role held there.
        Field[] named = b.dates != null && (title == null || org == null) ? nameColonRole(title != null ? title : org) : null;
        if (named != null) {
          org = named[0];
          title = named[1];
        }
        e = new Entry(title, org, labels.location(), b.dates, bullets(b), description(b, extra), b.span());
        if (banner.get(i) || ownLine(labels.organization(), b)) {
          under = true;
          underDated = banner.get(i) && b.dates != null;
          bannerRange = banner.get(i) ? b.dates : null;
        } else if (e.organization() != null) {
          under = false;
          underDated = false;
        }
      }
      entries.add(e);
    }
    if (kind != SectionKind.EXPERIENCE) {
      return entries;
    }
    List<Entry> jobs = new ArrayList<>(engagements(withoutTenures(shareEmployers(rolesOverTheirEmployer(entries, body), banner, body))));
    // Short lines that name no role, no employer and no dates and carry no bullet or sentence are
    // no job: a contact set at the foot of the column ("Lisbon" under a phone number). A
    // sentence introducing the section stays, as its first entry's description.
    jobs.removeIf(e -> e.title() == null && e.organization() == null && e.dates() == null && e.bullets().isEmpty()
        && e.lines().stream().allMatch(l -> Whitespace.splitLength(l.value()) < Statements.MIN_WORDS));
    return jobs;
  }

  /**
   * A job whose posts follow it, each at its employer with dates inside its own ("Lead Engineer,
   * Globex, 2017 – 2024" over "Lead Engineer, 2022 – 2024", "Senior Engineer, 2019 – 2022",
   * "Engineer, 2017 – 2019": see tenure): the job is the whole tenure, told again by its posts,
   * and no post of its own. It goes; its employer and place go to each post that names none, its
   * description to the first, and no bullet of it is lost (it has none: its items were the posts).
   */
  private static List<Entry> withoutTenures(List<Entry> entries) {
    List<Entry> out = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      int posts = 0;
      while (e.organization() != null && e.dates() != null && !e.dates().single() && e.bullets().isEmpty()
          && i + 1 + posts < entries.size() && postOf(entries.get(i + 1 + posts), e)) {
        posts++;
      }
      if (posts < 2) {
        out.add(e);
        continue;
      }
      for (int k = i + 1; k <= i + posts; k++) {
        Entry post = entries.get(k);
        List<Field> lines = new ArrayList<>(k == i + 1 ? e.lines() : List.of());
        lines.addAll(post.lines());
        out.add(new Entry(post.title(), post.organization() != null ? post.organization() : e.organization(),
            post.location() != null ? post.location() : e.location(), post.dates(), post.bullets(), lines, post.span()));
      }
      i += posts;
    }
    return out;
  }

  /**
   * Whether {@code post} is a post of the tenure {@code job}: at its employer (the same span of
   * text, given on) or at none (the last post, when the job's description follows it and kept the
   * employer from it), dated inside it.
   */
  private static boolean postOf(Entry post, Entry job) {
    DateRange d = post.dates();
    DateRange whole = job.dates();
    return (post.organization() == null || post.organization().span().equals(job.organization().span())) && post.title() != null
        && d != null && !d.single() && d.start().compareTo(whole.start()) >= 0
        && (whole.present() || d.end() != null && d.end().compareTo(whole.end()) <= 0);
  }

  private static final Pattern CLIENT_JOINER = Pattern.compile(
      "\\s(?:" + String.join("|", Lexicon.list("entry-words.txt", "client-joiner")) + ")\\s+(?=\\p{Lu})");

  /**
   * The role and the client named in an employer's field that reads "role, joining word, name"
   * ("Externer IT-Berater für Globex Hellas"), each a field over its own span; null for any
   * other employer ("Bank for International Settlements" opens with no role). The field's value
   * is taken to be the text its span covers, as a header's part is.
   */
  private static Field[] clientOf(Field org) {
    if (org == null || org.value().length() != org.span().length()) {
      return null;
    }
    String v = org.value();
    java.util.regex.Matcher m = CLIENT_JOINER.matcher(v);
    if (!m.find() || m.start() == 0 || !Parts.isRole(v.substring(0, m.start()))) {
      return null;
    }
    String name = v.substring(m.end()).strip();
    String role = v.substring(0, m.start()).strip();
    if (name.isEmpty() || role.isEmpty()) {
      return null;
    }
    int at = org.span().offset();
    return new Field[] {new Field(role, new Span(at, role.length())), new Field(name, new Span(at + m.end(), name.length()))};
  }

  /** Whether the line names a role, or a role after a name and its colon ("Globex: Working student"). */
  private static boolean namesRoleAnywhere(Line l) {
    if (Parts.namesRole(l, true)) {
      return true;
    }
    String c = Inline.clean(l.content());
    int colon = c.indexOf(": ");
    return colon > 0 && Parts.isRole(c.substring(colon + 2).strip());
  }

  /** The most words the name before the colon, or the role after it, has. */
  private static final int NAME_COLON_ROLE_WORDS = 6;

  /**
   * The employer and the role of a field that reads "name: role" ("Lab for Data Analytics:
   * Research Assistant", "Globex: Working student"), each a field over its own span; null for any
   * other field. The name is capitalised at both ends and is no role, no label of an entry
   * ("Highlights: …", "Position: …"), no project's ("Skybridge Project: …"), no kind of employment
   * ("Contract: …") and no phrase ("Joined as: …"); what follows the colon is a role. Only in a
   * dated header that names no other field: beside an employer, "Reporting Line: Chief Technology
   * Officer" is a line about the job, and undated ("Previous Title: Junior Developer") it is a
   * line of the entry above.
   */
  private static Field[] nameColonRole(Field f) {
    if (f == null || f.value().length() != f.span().length()) {
      return null;
    }
    String v = f.value();
    int colon = v.indexOf(": ");
    if (colon <= 0 || v.indexOf(':', colon + 1) >= 0) {
      return null;
    }
    String name = v.substring(0, colon).strip();
    String role = v.substring(colon + 2).strip();
    String[] words = Parts.splitWords(name);
    if (name.isEmpty() || role.isEmpty() || words.length > NAME_COLON_ROLE_WORDS || Parts.splitWords(role).length > NAME_COLON_ROLE_WORDS
        || !Character.isUpperCase(name.charAt(0)) || !Character.isUpperCase(words[words.length - 1].charAt(0))
        || Parts.isRole(name) || !Parts.isRole(role) || Headings.isSubLabel(name) || FieldLabelWords.named(name) != null
        || Parts.hasWord(name, Parts.PROJECT_WORDS) || Parts.hasWord(name, Parts.EMPLOYMENT_WORDS) || Parts.isWayOfWorking(name)) {
      return null;
    }
    int at = f.span().offset();
    int roleAt = v.indexOf(role, colon);
    return new Field[] {new Field(name, new Span(at + v.indexOf(name), name.length())), new Field(role, new Span(at + roleAt, role.length()))};
  }

  /**
   * A role with no bullets of its own, over entries that name no role and fall within its dates,
   * is one job told in parts: the clients or projects of a consultancy ("Northwind — Data
   * Platform (2023 – Present)"), the teams of a long tenure ("Payments (2019 – 2021)"). Those parts fold into the
   * role: their bullets become its bullets, their headers lines of its description.
   */
  private static List<Entry> engagements(List<Entry> entries) {
    List<Entry> out = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Entry parent = entries.get(i);
      int end = i + 1;
      if (parent.title() != null && Parts.isRole(parent.title().value()) && parent.bullets().isEmpty()
          && parent.dates() != null && !parent.dates().single()) {
        DateRange whole = tenure(entries, i);
        while (end < entries.size() && partOf(entries.get(end), whole)) {
          end++;
        }
        // One part with no bullets that names a title and an employer may be a job of its own
        // held beside the role (a title the lexicon does not know, "Systemutvecklare, Klarna
        // AB"); a client named alone ("Deutsche Bank (2016 – 2018)") is still the role's.
        Entry one = end == i + 2 ? entries.get(i + 1) : null;
        if (one != null && one.bullets().isEmpty() && one.title() != null && one.organization() != null) {
          end = i + 1;
        }
      }
      if (end == i + 1) {
        out.add(parent);
        continue;
      }
      List<Bullet> bullets = new ArrayList<>();
      List<Field> lines = new ArrayList<>(parent.lines());
      for (Entry part : entries.subList(i + 1, end)) {
        List<Field> header = new ArrayList<>();
        // What the part shares with the role (its employer, its place) is said once, by the role.
        for (Field f : new Field[] {part.title(), part.organization(), part.location()}) {
          if (f != null && !sameValue(f, parent.organization()) && !sameValue(f, parent.location())) {
            header.add(f);
          }
        }
        header.sort(Comparator.comparingInt(f -> f.span().offset()));
        lines.addAll(header);
        lines.addAll(part.lines());
        bullets.addAll(part.bullets());
      }
      Span span = Span.between(parent.span().offset(), entries.get(end - 1).span().end());
      out.add(new Entry(parent.title(), parent.organization(), parent.location(), parent.dates(), bullets, lines, span));
      i = end - 1;
    }
    return out;
  }

  /**
   * The dates of the role at {@code i} with those of the roles right above it at the same employer
   * that have no bullets either: one tenure, told role by role, whose clients or projects follow
   * the last ("Senior Engineer, Quillstone, 2015–2017" over "Engineer, 2013–2015", then the
   * projects of both).
   */
  private static DateRange tenure(List<Entry> entries, int i) {
    DateRange d = entries.get(i).dates();
    Field employer = entries.get(i).organization();
    PartialDate start = d.start();
    PartialDate end = d.end();
    boolean present = d.present();
    for (int j = i - 1; j >= 0 && employer != null; j--) {
      Entry above = entries.get(j);
      DateRange a = above.dates();
      if (!sameValue(employer, above.organization()) || !above.bullets().isEmpty() || a == null || a.single()
          || above.title() == null || !Parts.isRole(above.title().value())) {
        break;
      }
      start = a.firstMonth() < start.monthIndex(false) ? a.start() : start;
      present |= a.present();
      end = present ? null : end == null || a.end() != null && a.lastMonth() > end.monthIndex(true) ? a.end() : end;
    }
    return start == d.start() && end == d.end() && present == d.present() ? d : new DateRange(start, end, present, d.span());
  }

  private static boolean sameValue(Field f, Field other) {
    return other != null && f.value().equals(other.value());
  }

  /**
   * An entry that names no role and is dated within {@code whole}, or is one name undated over
   * bullets. A dated part may have no bullets: a client's name and dates over a line of what was
   * built there ("Northwind - Billing (Jun 2018)" / "B2B services in Spring"), one of a list of two or more
   * (see engagements).
   */
  private static boolean partOf(Entry e, DateRange whole) {
    DateRange d = e.dates();
    if (e.title() != null && Parts.isRole(e.title().value()) || e.organization() != null && Parts.isRole(e.organization().value())) {
      return false;
    }
    // A client named alone, undated ("**Northwind**" over its bullets), is a part of the role too.
    if (d == null) {
      return !e.bullets().isEmpty() && e.location() == null && (e.title() == null || e.organization() == null);
    }
    // A year alone at the role's end runs to that year's end: "Jun 2018" falls within "2017 – 2018".
    return d.firstMonth() >= whole.firstMonth() && d.lastMonth() <= whole.lastMonth();
  }

  /**
   * A work section whose headers name no role anywhere, two of them or more a name alone (places
   * aside), lists its employers: "Ticketsolve (2017/11 - present)" over "iCook (2015/09 - 2017/05)".
   * A list of roles names one at least that the lexicon knows ("Barista" beside "Scrum Master"),
   * and a plain word alone there stays the role. Each lone name gets the weights of {@code
   * lone-in-roleless} (header-weights.txt) in {@code scored}.
   */
  private static void namesAlone(SectionKind kind, List<List<Part>> headers, List<List<Map<Label, Double>>> scored) {
    List<int[]> alone = new ArrayList<>();
    for (int i = 0; i < headers.size(); i++) {
      List<Part> h = headers.get(i);
      int named = -1;
      int count = 0;
      for (int k = 0; k < h.size(); k++) {
        String v = h.get(k).value();
        if (Parts.isRole(v) || holdsRoleWord(v)) {
          return;
        }
        if (!Parts.isLocation(v)) {
          named = k;
          count++;
        }
      }
      if (count == 1 && named < scored.get(i).size() && !Parts.isWayOfWorking(h.get(named).value())) {
        alone.add(new int[] {i, named});
      }
    }
    if (alone.size() >= 2) {
      Map<Label, Double> w = HeaderLabels.weights("lone-in-roleless", kind);
      for (int[] a : alone) {
        w.forEach((l, x) -> scored.get(a[0]).get(a[1]).merge(l, x, Double::sum));
      }
    }
  }

  /**
   * Which blocks are banners: an employer on a header of its own, with no role among its parts and
   * no bullets (but a dated one's line or bullet saying what the employer is: see below), above a
   * block whose header names a role. A banner's parts speak for the employer (and a place): that
   * bias goes into {@code bias}.
   */
  private static List<Boolean> banners(SectionKind kind, List<Block> blocks, List<List<Part>> headers,
      Map<Part, Map<Label, Double>> bias) {
    List<Boolean> out = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      // A dated banner may say what the employer is, in lines, but has no bullets of its own ("Google,
      // 2011 – 2019" / "Founding member of the cloud security group." over its undated roles); one
      // whose years take in the next role's may say it in a bullet too ("Globex | 2014 – 2025" /
      // "• Globex sells ..." / "Senior Manager | 2024 – 2025"). An undated one may say it over
      // dated roles ("Globex ⇥ Porto" / "Payments software for banks." / "Senior Engineer ⇥
      // 2019 – 2021"): the dates are the roles', and a job with no role and no dates is none.
      boolean bodyless = !b.hasBody()
          || b.dates != null && i + 1 < blocks.size()
              && (b.bulletText.isEmpty() && blocks.get(i + 1).dates == null
                  || framesFirst(b.dates, blocks.get(i + 1).dates) && namesNoRoleNorTeam(headers.get(i)))
          || b.dates == null && i + 1 < blocks.size() && blocks.get(i + 1).dates != null
              && setAbove(b, blocks.get(i + 1), headers.get(i));
      boolean banner = kind == SectionKind.EXPERIENCE && b.claim == null && bodyless && i + 1 < blocks.size()
          && blocks.get(i + 1).claim == null && !headers.get(i).isEmpty()
          && (headers.get(i).stream().noneMatch(p -> Parts.isRole(p.value()) || holdsRoleWord(p.value()))
              && headers.get(i + 1).stream().anyMatch(p -> Parts.isRole(p.value()))
              || b.dates != null && onlyRole(blocks.get(i + 1), headers.get(i + 1)))
          && !datedApart(b.dates, blocks.get(i + 1).dates);
      out.add(banner);
      if (banner) {
        for (Part p : headers.get(i)) {
          if (!Parts.isLocation(p.value())) {
            bias.merge(p, AS_EMPLOYER, Entries::add);
          }
        }
        employerLineOverTeam(b, headers.get(i), true, bias);
      }
    }
    return out;
  }

  /**
   * Whether two dated headers' ranges do not meet: a banner's years take in its roles', so a block
   * dated apart from the one below ("Kitchen Porter, The Ivy" in 2018 over "Software Engineer,
   * Globex" in 2012 – 2015) is a job of its own, whatever its words.
   */
  private static boolean datedApart(DateRange above, DateRange below) {
    return above != null && below != null && !above.present() && !below.present() && heldApart(above, below);
  }

  /**
   * Whether two dated stretches share no month, an open end running to today ("2016 – 2018" and
   * "2019 – Present"); false when either is undated.
   */
  private static boolean heldApart(DateRange a, DateRange b) {
    return a != null && b != null && (b.lastMonth() < a.firstMonth() || b.firstMonth() > a.lastMonth());
  }

  /**
   * Whether no part of a header holds a role's word or a team's: a job held beside the next one
   * ("Software Engineer / IT-Consultant, since 2004" over a job of 2010 – 2011), or a team's post
   * ("Incident Response Team"), is no banner for taking in the next one's years.
   */
  private static boolean namesNoRoleNorTeam(List<Part> header) {
    return header.stream().noneMatch(p -> Parts.isRole(p.value()) || Parts.hasWord(p.value(), Parts.TITLE_WORDS)
        || Parts.hasWord(p.value(), Parts.UNIT_WORDS));
  }

  /**
   * Whether an employer's range takes in the first role's under it and shares one end with it:
   * the latest role ends when the employment does, or the earliest starts when it did ("Globex,
   * Aug 2014 – Sep 2025" over "Senior Manager, Jun 2024 – Sep 2025"). A thesis of 2023 – 2024 over
   * a teaching post of mid-2023 to mid-2024 is held beside it, not over it.
   */
  private static boolean framesFirst(DateRange outer, DateRange inner) {
    return encloses(outer, inner)
        && (outer.firstMonth() == inner.firstMonth() || outer.lastMonth() == inner.lastMonth());
  }

  /**
   * Whether a range takes in another that starts later or ends sooner: an employer's years over
   * one of its roles'. Equal ranges say nothing (a job's own header line read twice), nor does a
   * single date.
   */
  private static boolean encloses(DateRange outer, DateRange inner) {
    return outer != null && inner != null && !outer.single() && !inner.single()
        && outer.firstMonth() <= inner.firstMonth() && inner.lastMonth() <= outer.lastMonth()
        && (outer.firstMonth() < inner.firstMonth() || inner.lastMonth() < outer.lastMonth());
  }

  /**
   * A part that holds a role's word and no organisation's, where languages put the role's word
   * first ("Starszy Inżynier Oprogramowania", a senior software engineer): no banner's name. A
   * field's word ("Globex Engineering") is no role's.
   */
  private static boolean holdsRoleWord(String part) {
    String[] words = Parts.lowerWords(part);
    for (String w : words) {
      String t = Parts.trimPunctuation(w);
      if (Parts.TITLE_WORDS.contains(t) && !Parts.FIELD_WORDS.contains(t)) {
        return !Parts.hasWord(words, Parts.ORG_WORDS) && !Parts.hasWord(words, Parts.WEAK_ORG_WORDS);
      }
    }
    return false;
  }

  /**
   * A header that is one role and nothing else, undated ("Technical Lead"): below a dated header
   * with no body, it is that header's role, whatever the header's own parts look like ("Globex -
   * Sports DevOps" names a team, not a role).
   */
  private static boolean onlyRole(Block b, List<Part> parts) {
    return b.dates == null && b.header.size() == 1 && parts.size() == 1 && Parts.isRole(parts.get(0).value());
  }

  /** Whether the employer stands on a header line of its own (a place beside it aside), above the rest. */
  private static boolean ownLine(Field org, Block b) {
    if (org == null || b.header.size() < 2) {
      return false;
    }
    Line line = b.header.get(0);
    if (!line.contentSpan().contains(org.span())) {
      return false;
    }
    String rest = Inline.clean(line.content().substring(0, org.span().offset() - line.contentStart())
        + line.content().substring(org.span().end() - line.contentStart())).strip();
    // A place in brackets beside the name ("**Secretaria da Saúde (MS)**") is as good as one bare.
    String bare = rest.startsWith("(") && rest.endsWith(")") ? rest.substring(1, rest.length() - 1).strip() : rest;
    return rest.isEmpty() || Parts.isLocation(bare) || line.hasDates() && rest.length() <= 30;
  }

  private static final double BANNER = 6;
  /** What a banner's (or an employer line's) name is given: the employer, never the role. */
  private static final Map<Label, Double> AS_EMPLOYER = Map.of(Label.ORGANIZATION, BANNER, Label.TITLE, -2 * BANNER);

  /**
   * A header whose first line holds the dates and one name that names no role, over lines that
   * name a role and, on lines of their own, something else ("Globex, 2019 – present" / "Globex
   * Cloud Services Ledger Team" / "Staff Engineer"): the first line is the employer's, a banner
   * inside the header, and the name between it and the role is a team of it, however many
   * companies' words it holds. {@code roleBelow}: the header is a banner, the role in the next
   * header ("Globex, 2003 – 2009" / "Technology Center, Security" over "Software Engineer").
   */
  private static void employerLineOverTeam(Block b, List<Part> parts, boolean roleBelow,
      Map<Part, Map<Label, Double>> bias) {
    if (b.header.size() < 2 || b.dates == null || !b.header.get(0).contentSpan().contains(b.dates.span())) {
      return;
    }
    List<Part> first = parts.stream().filter(p -> p.line() == 0 && !Parts.isLocation(p.value())).toList();
    // The employer's name opens the line, its dates after it: what a line of dates holds after
    // them is rather a word the dates did not take ("Febrero 2011 - Setiembre 2011").
    String name = first.size() == 1 ? first.get(0).value() : "";
    if (first.size() != 1 || Parts.isRole(name) || holdsRoleWord(name) || Parts.hasWord(name, Parts.UNIT_WORDS)
        || Parts.isWayOfWorking(name) || Parts.isEmploymentKind(name) || first.get(0).span().offset() > b.dates.span().offset()) {
      return;
    }
    // The team stands on a line of its own: a name beside the role on the role's line ("Java
    // Developer • Globex Cloud") is the employer's name as the role's line writes it.
    Set<Integer> roleLines = new HashSet<>();
    for (Part p : parts) {
      if (p.line() > 0 && Parts.isRole(p.value())) {
        roleLines.add(p.line());
      }
    }
    List<Part> teams = parts.stream()
        .filter(p -> p.line() > 0 && !roleLines.contains(p.line()) && !Parts.isLocation(p.value())).toList();
    if (roleLines.isEmpty() && !roleBelow || teams.isEmpty()) {
      return;
    }
    bias.merge(first.get(0), AS_EMPLOYER, Entries::add);
    for (Part p : teams) {
      bias.merge(p, Map.of(Label.ORGANIZATION, -BANNER), Entries::add);
    }
  }
  /** How much a web address under the header speaks for the part it names being the employer. */
  private static final double SITE = 3;

  /**
   * The header's part that a web address under the header names ("Quillpoint42" over
   * "http://quillpoint42.example"): a company's own site, so the part is the employer, whatever
   * the order of the header. Null where no link line names a part.
   */
  static Part namedBySite(List<Part> parts, List<Line> asides) {
    for (Line l : asides) {
      if (!isLinkOnly(l)) {
        continue;
      }
      String site = siteName(Inline.clean(l.content()).strip());
      for (Part p : parts) {
        if (!site.isEmpty() && site.equals(letters(p.value()))) {
          return p;
        }
      }
    }
    return null;
  }

  /**
   * Whether a header names one thing besides its role and places ("Quillpoint42", "Intern,
   * Globex, Lyon"): where it names two ("Globex" over "Lead Developer ⇥ Wayfinder"), a link under
   * it may be the product's ("https://wayfinder.example"), and the words say which is the employer.
   */
  private static boolean oneName(List<Part> parts) {
    int names = 0;
    for (Part p : parts) {
      if (!Parts.isLocation(p.value()) && !Parts.isRole(p.value()) && ++names > 1) {
        return false;
      }
    }
    return names == 1;
  }

  /**
   * The name a web address gives its site, the label before its domain's ending:
   * "https://www.boo-box.example/about" and "jobs.boo-box.example" give "boobox", "globex.co.uk"
   * gives "globex" (a country's second-level ending such as "co" is part of the ending).
   */
  private static String siteName(String url) {
    String host = url.replaceFirst("^(?i)[a-z]+://", "");
    int end = 0;
    while (end < host.length() && host.charAt(end) != '/' && host.charAt(end) != '?' && host.charAt(end) != '#') {
      end++;
    }
    String[] labels = host.substring(0, end).toLowerCase(Locale.ROOT).split("\\.");
    if (labels.length < 2) {
      return "";
    }
    int at = labels.length - 2;
    if (at > 0 && labels[labels.length - 1].length() == 2 && SECOND_LEVEL_DOMAINS.contains(labels[at])) {
      at--;
    }
    return letters(labels[at]);
  }

  private static final Set<String> SECOND_LEVEL_DOMAINS = Lexicon.set("contact-words.txt", "second-level-domain");

  /** The letters and digits of a name, in lower case: "Boo-box" gives "boobox". */
  private static String letters(String v) {
    StringBuilder b = new StringBuilder(v.length());
    v.codePoints().filter(Character::isLetterOrDigit).forEach(c -> b.appendCodePoint(Character.toLowerCase(c)));
    return b.toString();
  }

  private static Map<Label, Double> add(Map<Label, Double> a, Map<Label, Double> b) {
    Map<Label, Double> out = new java.util.EnumMap<>(Label.class);
    out.putAll(a);
    b.forEach((k, v) -> out.merge(k, v, Double::sum));
    return out;
  }

  /** The number of the body's line that holds the text offset {@code at}, or -1. */
  static int lineOf(List<Line> body, int at) {
    Line l = lineAt(body, at);
    return l == null ? -1 : l.index();
  }

  /** The body's line that holds offset {@code at}, or null. */
  private static Line lineAt(List<Line> body, int at) {
    for (Line l : body) {
      if (at >= l.start() && at <= l.contentEnd()) {
        return l;
      }
    }
    return null;
  }

  /**
   * Whether a block's header is set above the next one's as an employer's banner is: marked a
   * heading, or larger, or bold and naming a place ("Globex ⇥ Lisbon") or only a firm's name
   * ("Harrowgate Freight"). A name's end wrapped onto the next page is in the body's style; a
   * project's or a label's name set bold inside a job ("Payments Modernisation", "Selected
   * Contracts") opens with a team's word or holds a group label's (see firmNameOnly).
   */
  private static boolean setAbove(Block b, Block next, List<Part> parts) {
    if (b.header.isEmpty() || next.header.isEmpty()) {
      return false;
    }
    Line line = b.header.get(0);
    Line below = next.header.get(0);
    return line.markedHeading() && !below.markedHeading()
        || setLarger(line, below)
        || line.style().bold() && !below.style().bold() && (parts.stream().anyMatch(p -> Parts.isLocation(p.value()))
            || parts.size() == 1 && firmNameOnly(parts.get(0).value()));
  }

  /**
   * A capitalised name of a few words that opens with no team's word ("Payments Modernisation";
   * "Quillmark Analytics" is a firm's) and holds no kind of work's, project's or group label's word.
   */
  private static boolean firmNameOnly(String v) {
    String[] words = Parts.lowerWords(v);
    return words.length >= 1 && words.length <= 4 && capitalised(v) && !Parts.UNIT_WORDS.contains(Parts.trimPunctuation(words[0]))
        && !Parts.hasWord(words, Parts.ACTIVITY_WORDS) && !Parts.hasWord(words, Parts.PROJECT_WORDS)
        && !Headings.holdsGroupLabelWord(v) && !Parts.isRole(v);
  }

  /**
   * Roles under one employer. A banner (an employer on a header of its own, with no role: see
   * banners) gives its employer to the roles below it that name none and are held in its years,
   * and goes, what it said of the employer kept as the first role's line; a role with a title
   * and no employer, on a one-line header, keeps the employer of the role before it (several roles at
   * one company, the company written once). A banner's place goes with its employer, to a role that
   * names none; a role's own place is its own. Working for oneself ("Freelance") is no employer to
   * share.
   */
  /**
   * Roles stacked over the one employer named under the last of them ("Senior Audio Programmer ⇥
   * 2022 – now" over "Programmer ⇥ 2020 – 2022" over "Globex, Düsseldorf"), in a section whose
   * jobs name their employer under the role (most of them, two at least): a dated role with no
   * employer and nothing under it, right above a role whose employer is set under that role, no
   * blank line between, starting when that one ended, in the same line of work, was held at that
   * employer too, a promotion. Left to {@link #shareEmployers}, it would take the employer of the
   * job above it.
   */
  private static List<Entry> rolesOverTheirEmployer(List<Entry> entries, List<Line> body) {
    int below = 0;
    int other = 0;
    for (Entry e : entries) {
      if (e.title() != null && e.organization() != null) {
        if (employerUnderRole(e, body)) {
          below++;
        } else {
          other++;
        }
      }
    }
    if (below < 2 || below <= other) {
      return entries;
    }
    List<Entry> out = new ArrayList<>(entries);
    // From the last, so that each of three roles over one employer gets it.
    for (int i = out.size() - 2; i >= 0; i--) {
      Entry e = out.get(i);
      Entry next = out.get(i + 1);
      // A post listed as an item under a job above ("- Senior Engineer (2019 – 2022)") is that
      // job's, and so is one dated within the job above's years.
      Entry above = i > 0 ? out.get(i - 1) : null;
      Line at = lineAt(body, e.span().offset());
      boolean item = at != null && at.bullet();
      boolean insideAbove = above != null && above.dates() != null && e.dates() != null && e.dates().firstMonth() >= above.dates().firstMonth()
          && e.dates().lastMonth() <= above.dates().lastMonth();
      // A promotion follows on from the role below it, the two stacked as one block (no blank
      // line between), in one line of work (see sameLine); working for oneself ("Independent
      // Consultant", "Freelance Developer") names no employer to share.
      boolean followsOn = e.dates() != null && next.dates() != null && !next.dates().present()
          && Math.abs(e.dates().firstMonth() - endsIn(next.dates())) <= PROMOTION_GAP_MONTHS
          && lineOf(body, next.span().offset()) == lineOf(body, e.span().end() - 1) + 1;
      if (e.title() != null && e.organization() == null && e.dates() != null && e.bullets().isEmpty() && e.lines().isEmpty()
          && !item && !insideAbove && followsOn && !Parts.hasWord(e.title().value(), Parts.INDEPENDENT_WORDS)
          && next.title() != null && next.organization() != null && employerUnderRole(next, body)
          && sameLine(e.title().value(), next.title().value())) {
        out.set(i, new Entry(e.title(), next.organization(), e.location() != null ? e.location() : next.location(), e.dates(),
            e.bullets(), e.lines(), e.span()));
      }
    }
    return out;
  }

  /** The most months between a role's end and the next role's start at one employer. */
  private static final int PROMOTION_GAP_MONTHS = 3;

  /** The letters two words must share at their start to be one word's forms ("Engineering", "Engineer"). */
  private static final int SHARED_STEM = 6;

  /**
   * Whether two roles are steps of one line of work, as a promotion's are: they share a word, or
   * the start of one ("Senior Audio Programmer" over "Programmer", "Engineering Manager" over
   * "Senior Engineer"). "Contractor" over "Backend Engineer" is another job.
   */
  private static boolean sameLine(String newer, String older) {
    for (String a : Parts.lowerWords(newer)) {
      for (String b : Parts.lowerWords(older)) {
        if (a.equals(b) && a.length() > 2 && !Parts.RANK_WORDS.contains(a)
            || a.length() >= SHARED_STEM && b.length() >= SHARED_STEM && a.regionMatches(0, b, 0, SHARED_STEM)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The month a range ends in, a year alone read as its January ("2017 – 2019" ends in 2019, as "2019 – 2021" starts). */
  private static int endsIn(DateRange d) {
    return (d.end() != null ? d.end() : d.start()).monthIndex(false);
  }

  /** Whether the entry's employer stands on a line below its role's. */
  private static boolean employerUnderRole(Entry e, List<Line> body) {
    return lineOf(body, e.organization().span().offset()) > lineOf(body, e.title().span().offset());
  }

  private static List<Entry> shareEmployers(List<Entry> entries, List<Boolean> banner, List<Line> body) {
    List<Entry> out = new ArrayList<>();
    Field employer = null;
    Field employerPlace = null;
    DateRange bannerDates = null;
    DateRange employerSpan = null;
    boolean fromBanner = false;
    // Whether the employer above was named on its role's own line.
    boolean employerBeside = false;
    // The banner being read, until the role below it takes its employer; one no role takes stays
    // an entry of its own, so that nothing it names is lost.
    Entry pending = null;
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      if (banner.get(i) && e.organization() != null && i + 1 < entries.size() && entries.get(i + 1).organization() == null) {
        employer = e.organization();
        employerPlace = e.location();
        bannerDates = e.dates();
        // The banner's employer goes to the roles held in its years, not to one held apart; a
        // banner's lone year ("Globex, 2018") may be when it began.
        employerSpan = e.dates() != null && !e.dates().single() ? e.dates() : null;
        fromBanner = true;
        pending = e;
        continue;
      }
      if (e.organization() == null && e.title() != null && e.location() != null && !fromBanner
          && !Parts.namesAPlace(e.location().value()) && e.location().span().offset() > e.title().span().offset()) {
        // "Ragioniere, Brightwater": with no banner above, a job names its employer, and "Role,
        // Name" is read as "Employer, Town" only when the role's word is one no list knows; a
        // name after the title that the lexicon knows as no place is the employer.
        e = new Entry(e.title(), e.location(), null, e.dates(), e.bullets(), e.lines(), e.span());
      }
      // Below a banner the role was known as one when the banner was found (see banners).
      // A role whose header sets a place above it, where the template writes the employer (an empty
      // employer's cell beside "São Paulo" over "Web Designer ⇥ 2010 – 2012"), names no employer:
      // it keeps none from the role before.
      int placeLine = e.location() == null || e.title() == null ? -1 : lineOf(body, e.location().span().offset());
      int titleLine = e.title() == null ? -1 : lineOf(body, e.title().span().offset());
      boolean placeOverRole = !fromBanner && placeLine >= 0 && placeLine < titleLine;
      // Where the roles above name their employer beside the title ("Intern — Globex Grenoble"), a
      // post that names only a place there and no role ("Private Tutoring — Grenoble") names no
      // employer; a role so written ("Engineer – Munich") is a move inside the employer above.
      boolean placeForEmployer = !fromBanner && employerBeside && placeLine >= 0 && placeLine == titleLine
          && e.location().span().offset() > e.title().span().offset() && !Parts.isRole(e.title().value());
      if (e.organization() == null && e.title() != null && employer != null && !Parts.isWayOfWorking(e.title().value())
          && !placeOverRole && !placeForEmployer && !heldApart(employerSpan, e.dates())
          && (e.dates() != null || fromBanner || namesWork(e.title().value())) && (fromBanner || e.lines().isEmpty() || !e.bullets().isEmpty())) {
        DateRange dates = e.dates() != null ? e.dates() : bannerDates;
        Field place = e.location() != null ? e.location() : employerPlace;
        List<Field> lines = e.lines();
        if (pending != null && !pending.bullets().isEmpty()) {
          // What the banner said of the employer in a bullet ("Globex sells …") stays, as a line
          // of the first role under it.
          lines = new ArrayList<>();
          for (Bullet said : pending.bullets()) {
            lines.add(new Field(said.text(), said.span()));
          }
          lines.addAll(e.lines());
        }
        e = new Entry(e.title(), employer, place, dates, e.bullets(), lines, e.span());
        bannerDates = null;
        pending = null;
      } else {
        if (pending != null) {
          out.add(pending);
          pending = null;
        }
        // An employer an item nested under the role's item names ("* 2020 – now: Research
        // Assistant" over "  * Quillstone University, Lyon") is that item's job's alone: each
        // item of such a list names its own, and the next role names none by saying nothing.
        boolean own = e.organization() != null && !Parts.isWayOfWorking(e.organization().value())
            && !namedByNestedItem(e, body);
        // An entry with no employer and no dates of its own names no other employer: the roles
        // after it, undated too, are still the one above's ("Data Science - AI applied to weather
        // forecasts" between two roles set under one employer's banner).
        boolean silent = e.organization() == null && e.dates() == null && e.title() != null;
        employer = own ? e.organization() : silent ? employer : null;
        employerBeside = own ? e.title() != null && lineOf(body, e.organization().span().offset()) == lineOf(body, e.title().span().offset())
            : silent && employerBeside;
        // A dated job that names an employer and no role gives the employer only to roles held
        // in its years: "Globex GmbH | 2016 – 2018" with a bullet over "Backend Engineer | 2019 –
        // Present" is a job of its own, and the role after it names no employer.
        employerSpan = own && e.title() == null ? e.dates() : silent ? employerSpan : null;
        employerPlace = null;
        fromBanner = false;
        bannerDates = null;
      }
      out.add(e);
    }
    if (pending != null) {
      out.add(pending);
    }
    return out;
  }

  /** Whether the entry's employer stands on a list item of its own under the role's line (not a banner's item above it). */
  private static boolean namedByNestedItem(Entry e, List<Line> body) {
    if (e.title() == null) {
      return false;
    }
    Line org = lineAt(body, e.organization().span().offset());
    return org != null && org.bullet() && org.index() > lineOf(body, e.title().span().offset());
  }

  /**
   * A title that says what work was done: a role's word or a kind of employment ("ICT Co-op").
   * Undated, "Contoso Travel" over the next client's bullets names no role to give the employer
   * above to; dated, "Barista | 2019 – 2020" is a role whatever its word.
   */
  static boolean namesWork(String title) {
    String[] words = Parts.lowerWords(title);
    return Parts.hasWord(words, Parts.TITLE_WORDS) || Parts.hasWord(words, Parts.EMPLOYMENT_WORDS);
  }

  /** An entry whose header fields the reader gave. */
  private static Entry claimed(SectionKind kind, Block b) {
    Claim.Entry c = b.claim;
    DateRange dates = null;
    if (c.dates() != null) {
      for (Line l : b.header) {
        if (l.contentSpan().contains(c.dates())) {
          dates = DateParser.find(l.textOf(c.dates()), c.dates().offset()).orElse(null);
        }
      }
    }
    Field title = field(b, c.title());
    Field organization = field(b, c.organization());
    Field location = field(b, c.location());
    if (swapped(kind, title, organization)) {
      Field t = title;
      title = organization;
      organization = t;
    }
    List<Field> unclaimed = unclaimedCells(b);
    if (kind == SectionKind.EXPERIENCE && organization != null && Parts.isEmploymentTerms(organization.value())) {
      // "\cventry{2017--2020}{Front-end Developer}{CDI - 3 ans}{}{Globex (Lyon)}{…}": the terms of
      // the contract where the employer goes, and the employer in an argument the class meant for
      // something else. The terms describe the job.
      for (int i = 0; i < unclaimed.size(); i++) {
        Field cell = unclaimed.get(i);
        Field employer = null;
        Field place = null;
        if (cell.value().indexOf(':') >= 0) {
          continue; // "Grade: A", "Team: Payments": a labelled detail, no employer
        }
        for (Part p : Parts.of(kind, List.of(lineOf(b, cell.span()).slice(cell.span().offset(), cell.span().end())))) {
          if (place == null && Parts.isLocation(p.value())) {
            place = HeaderLabels.unbracketed(p.field());
          } else if (employer == null && !Parts.isRole(p.value()) && !Parts.isAddress(p.value()) && !Parts.sentenceCased(p.value())) {
            employer = p.field();
          }
        }
        // Only a name that reads as an employer's: with its town beside it ("Globex (Lyon)", a
        // capitalised word in brackets after the name though no list knows the town), or
        // a firm's word, a legal form, a brand's or an acronym's casing. A grade ("Excellent"), a
        // team ("Mobile Team") or a sentence there is what the class meant the argument for.
        boolean townAside = place != null || NAME_AND_TOWN.matcher(cell.value()).matches();
        if (employer != null && (!townAside && !firmNamed(employer.value()) || Parts.hasWord(employer.value(), Parts.UNIT_WORDS)
            || Parts.lowerWordsLongerThan(employer.value(), 3) > 0)) {
          employer = null;
        }
        if (employer != null) {
          unclaimed.set(i, organization);
          organization = employer;
          location = location == null ? place : location;
          break;
        }
      }
    }
    return new Entry(title, organization, location, dates, bullets(b), description(b, unclaimed), b.span());
  }

  /** A firm's word or legal form, or a brand's or an acronym's casing: "Globex Group", "Initech SA", "QuillWorks", "ACME". */
  private static boolean firmNamed(String v) {
    return Parts.hasWord(v, Parts.ORG_WORDS) || Parts.endsInLegalForm(v) || Parts.brandCased(v) || Parts.ACRONYM.matcher(v.strip()).matches();
  }

  /** The header line of {@code b} that holds {@code span} (an unclaimed cell of it). */
  private static Line lineOf(Block b, Span span) {
    for (Line l : b.header) {
      if (l.contentSpan().contains(span)) {
        return l;
      }
    }
    throw new IllegalArgumentException("no header line holds " + span);
  }

  /**
   * Whether the source's title and organisation were filled the other way round, as people do with
   * a class's entry command: its words say so beyond doubt. A school's name where the degree goes
   * and none where the school goes ("\cventry{2009--2013}{Lindenau Technical University}{Not
   * finished}", or only a kind of school), a role where the employer goes and no role's word
   * where the title goes.
   */
  private static boolean swapped(SectionKind kind, Field title, Field organization) {
    if (title == null || organization == null) {
      return false;
    }
    if (kind == SectionKind.EDUCATION) {
      // "Lindenau High School of Commerce" over "Secondary school": a name where the degree
      // goes, and words in sentence case that say what kind of school where its name goes.
      String school = organization.value();
      return Parts.hasWord(title.value(), Parts.SCHOOL_WORDS) && !Parts.sentenceCased(title.value())
          && (!Parts.hasWord(school, Parts.SCHOOL_WORDS) && !Parts.hasWord(school, Parts.ORG_WORDS) || Parts.sentenceCased(school));
    }
    return kind == SectionKind.EXPERIENCE && Parts.isRole(organization.value()) && !Parts.hasWord(title.value(), Parts.TITLE_WORDS);
  }

  /**
   * The header's cells that no claimed field covers, as description: a table row's "Highlights"
   * column, say. A cell of separators alone ("|") says nothing.
   */
  private static List<Field> unclaimedCells(Block b) {
    List<Field> out = new ArrayList<>();
    for (Line l : b.header) {
      for (Span cell : l.cells()) {
        if (!touches(b.claim, cell)) {
          String v = Inline.clean(l.textOf(cell));
          if (v.codePoints().anyMatch(Character::isLetterOrDigit)) {
            out.add(new Field(v, cell));
          }
        }
      }
    }
    return out;
  }

  private static Field field(Block b, Span span) {
    if (span == null || span.length() == 0) {
      return null;
    }
    for (Line l : b.header) {
      if (l.contentSpan().contains(span)) {
        String v = Inline.clean(l.textOf(span));
        return v.isEmpty() ? null : new Field(v, span);
      }
    }
    return null;
  }

  // --- Grouping ---------------------------------------------------------------------------------

  private static List<Block> group(SectionKind kind, List<Line> body, List<Claim.Entry> claims) {
    List<Block> done = new ArrayList<>();
    Block cur = new Block();
    boolean gap = false;
    boolean previousEnded = true;
    // The line before was a label inside an entry ("Key technologies used"): what it labels follows.
    boolean labelled = false;
    // Since a label of the projects inside an entry, no blank line and no date: "Projects:" over
    // the names and lines of what was built there, which head no entries of their own. Other
    // labels ("Tech stack") label a line or two; a project's name after them would head nothing.
    boolean listing = false;
    // Since a lead-in that ends with a colon ("Responsible for:"), list item after list item: the
    // items are what it introduces, bullets however they are set; a year in one ("Windows
    // servers (2003 and 2008)") dates no entry. Not under a label of projects ("Key projects:"),
    // whose items name what was built (see listing).
    boolean leadIn = false;
    // Markdown headings that carry dates head the entries ("### 2019 - 2023: Engineer, Globex"):
    // where two do, a plain line under one that names no role describes that entry.
    boolean headingHeaders = body.stream().filter(Entries::datedHeading).limit(2).count() == 2;
    String bodyStyle = bodyStyle(body);
    Map<Integer, Float> rightEdges = rightEdges(body);
    boolean styledHeaders = body.stream().anyMatch(l -> !l.blank() && l.hasDates() && styledAsHeader(l, bodyStyle))
        || body.stream().filter(l -> !l.blank() && !l.bullet() && styledAsHeader(l, bodyStyle)).count() >= 2;
    // A section whose bullets have glyphs writes none without: a sentence there describes. A
    // glyph before a line right over its own dates is no bullet's: an icon a theme draws before
    // one header (the current job's), among bullets set without glyphs.
    boolean glyphBullets = false;
    for (int i = 0; i < body.size() && !glyphBullets; i++) {
      glyphBullets = body.get(i).bullet() && !overOwnDates(body, i);
    }
    // Whether any list item holds dates: where none does, the section's headers are lines of their
    // own and its items are what the jobs did, a bold short item too (a project's name over its
    // own items or a line about it, "C Compiler for custom ASIC").
    boolean datedItems = body.stream().anyMatch(l -> l.bullet() && l.hasDates());
    String template = headerStyle(body);
    ListHead[] listHeads = listHeads(kind, body);
    for (int li = 0; li < body.size(); li++) {
      Line line = body.get(li);
      if (line.blank()) {
        gap = true;
        listing = false;
        leadIn = false;
        continue;
      }
      if (cur.claim == null && !cur.header.isEmpty() && !cur.hasBody() && cur.dates != null && cur.dates.single()
          && cur.closing == null && !line.bullet() && railStart(cur) == null && DateParser.isRangeWord(Inline.clean(line.content()))) {
        // "June 2000" / "-" / "October 2001": a range's dash on a line of its own between its two
        // ends, as an old page's table cell breaks it. It is no body: the end below closes the
        // range. (A rail of dates beside the header joins its "to" itself: see railJoins.)
        cur.asides.add(line);
        continue;
      }
      if (cur.roleItem && !cur.hasBody() && !line.bullet() && listHeads[li] == ListHead.NONE && !isSentence(line)
          && (styledAsHeader(line, bodyStyle) || Parts.namesRole(line))) {
        // A line set as headers are, or naming a role, after a role's item ("• Full Stack
        // Developer (2017 – 2019)" over "Java Developer"): the item was whole, and the line opens
        // the next header.
        done.add(cur);
        cur = new Block();
      }
      Claim.Entry claim = claimAt(claims, line);
      if (claim != null) {
        if (cur.claim != claim) {
          if (!cur.empty()) {
            done.add(cur);
          }
          cur = new Block();
          cur.claim = claim;
        }
        if (line.bullet()) {
          cur.bullet(line);
        } else if (touches(claim, line)) {
          cur.header(line);
        } else if (cur.lastBullet && continues(line, cur, false, rightEdges)) {
          cur.continueBullet(line);
        } else {
          cur.lines.add(line);
          cur.lastBullet = false;
        }
        gap = false;
        continue;
      }
      if (cur.claim != null && !line.bullet() && !line.hasDates() && (colonLabel(body, li) || isSubLabel(line))) {
        // A label right under a claimed entry ("Responsible for:" under a LaTeX class's \cventry)
        // introduces that entry's items.
        cur.lines.add(line);
        cur.lastBullet = false;
        gap = false;
        continue;
      }
      if (cur.claim != null && line.bullet() && (cur.bulletText.isEmpty() || cur.lastBullet)) {
        // Bullets right under a claimed entry that has none of its own (a table's row of a job,
        // then what was done there) are that entry's.
        cur.bullet(line);
        gap = false;
        continue;
      }
      if (cur.claim != null && !line.bullet() && !line.hasDates() && !Parts.namesRole(line)) {
        Line next = Line.next(body, li);
        if (next == null || !next.hasDates() || claimAt(claims, next) != null) {
          // "Stack ⇥ Go, Kafka, PostgreSQL" under a class's \cventry (moderncv's \cvitem): a line
          // that names no role and no dates, and heads no dated line of its own (the next claimed
          // entry's is that entry's), says more of the entry above.
          cur.lines.add(line);
          cur.lastBullet = false;
          gap = false;
          continue;
        }
      }
      if (cur.claim != null) {
        done.add(cur);
        cur = new Block();
      }
      if (kind == SectionKind.EXPERIENCE && headsWorkInside(cur, line) && !datesOwnBelow(cur, body, li)) {
        cur.employerHeading |= !Parts.namesRole(cur.header.get(0));
        cur.lines.add(line);
        cur.lastBullet = false;
        gap = false;
        continue;
      }
      if (!line.bullet() && !line.hasDates()
          && (ContactParser.labelsOnly(line) || (kind == SectionKind.EXPERIENCE || kind == SectionKind.EDUCATION) && ContactParser.detailsOnly(line))) {
        // "GitHub | Twitter" (the texts of links to the person's profiles) under a work heading that
        // opens the document names no job and no employer: it describes the entry above, if any.
        if (!cur.empty()) {
          cur.lines.add(line);
          cur.lastBullet = false;
        }
        continue;
      }
      // "Since 2018 I work for the company full time …" under a dated header: a date that opens a
      // sentence there dates no entry of its own, and the line describes the entry. Where no dates
      // came yet, the date is the entry's.
      if (cur.dates != null && !line.bullet() && line.hasDates() && datedSentence(line)) {
        cur.lines.add(line);
        cur.lastBullet = false;
        gap = false;
        continue;
      }
      boolean hasDate = line.hasDates();
      if (gap && !hasDate && cur.dates != null && !cur.hasBody() && overOwnDates(body, li) && casedAsHeader(line)
          && !isSentence(line)) {
        // After a blank line, a header over dates of its own heads the next entry, though the one
        // above names no role the lexicon knows ("Kitchen Porter, The Ivy" / "Mar 2018 – Dec
        // 2018", blank, "Software Engineer, Globex" / "2012 – 2015"). A header cut by a blank line
        // before its role ("Acme" / "2021 – Present", blank, "Senior Engineer" over bullets) has
        // no dates below that role.
        done.add(cur);
        cur = new Block();
      }
      if (!hasDate && namesColumns(line)) {
        // "Zeitraum ⇥ Position ⇥ Unternehmen": a table's header row names the columns of the rows
        // below it; it ends the entry before and heads none.
        if (!cur.empty()) {
          done.add(cur);
          cur = new Block();
        }
        gap = true;
        continue;
      }
      if (kind == SectionKind.EXPERIENCE && !hasDate && !line.bullet()
          && (Headings.isGroupLabel(line.content()) || waysOfWorkingHeading(line, body, li))) {
        // "Vocational" over the jobs held so: a label that groups the entries below it ends the
        // entry before and heads none.
        if (!cur.empty()) {
          done.add(cur);
          cur = new Block();
        }
        gap = true;
        continue;
      }
      // Read once: the branches below may ask, and the end of every pass does.
      // "    Project Portfolio" indented under a job's header names a part of that job.
      boolean subLabel = isSubLabel(line) || kind.describesWork() && colonLabel(body, li) || !hasDate && !cur.header.isEmpty() && cur.hasBody()
          && line.indent() > cur.header.get(0).indent() && !line.bullet() && Headings.kindOf(line.content()).isPresent();
      // "Role: Led the migration of …" is a sentence that describes, whatever its label.
      FieldLabels.Found fieldLabel = FieldLabels.of(line);
      // Set where asked below: a name cell before a sentence (see nameBeforeSentence).
      Span nameCell;
      if (fieldLabel != null && !fieldLabel.cell() && isSentence(line)) {
        fieldLabel = null;
      }
      // Whether the line closes a column of dates beside the header (see railCloses), asked once.
      DateRange railEnd = kind.describesWork() ? railCloses(cur, line) : null;
      if (!cur.header.isEmpty() && li > 0 && cur.header.get(cur.header.size() - 1) == body.get(li - 1) && !line.bullet()
          && !line.hasDates() && Parts.isStreetAddress(Inline.clean(line.content()))) {
        // "12 Harbour Road, Dublin" right under a header line that names the employer: its
        // address, no entry.
        cur.asides.add(line);
      } else if (!cur.header.isEmpty() && !cur.hasBody() && (isLinkOnly(line) && !namesEmployer(kind, cur, line) || labelledLink(line) || isTechList(line)
          || kind.describesWork() && aboutEmployerOverDates(cur, line, body, li, bodyStyle))) {
        // The employer's or the project's address, or what the job used, under its header: the
        // header goes on below it (the dates, the role), so it is no body.
        cur.asides.add(line);
      } else if (!cur.header.isEmpty() && !cur.hasBody() && cur.dates != null && !line.bullet()
          && Parts.datesOnly(cur.header.get(0)) && Parts.isDuration(Inline.clean(line.content()))) {
        // "(3 yrs 3 mos)" on a line of its own under a rail's date and the employer beside it:
        // how long the job lasted, no body; the header (the role) goes on below it. Under a
        // header that opens with its role, the duration ends it as before.
        cur.asides.add(line);
      } else if (kind.describesWork() && railJoins(cur, line)) {
        // "August 2018 ⇥ Engineer at Globex" over "to": the rail of dates goes on below.
        cur.closing = line;
        cur.railOpen = true;
      } else if (railEnd != null) {
        // … over "Current ⇥ My role involves …": the rail's second date closes the header's range,
        // and the rest of the row describes the entry.
        cur.dates = railEnd;
        cur.closing = line;
        cur.railOpen = false;
        List<Span> cells = line.cells();
        Line item = bulletAfterDate(line);
        if (placeAfterDate(line)) {
          cur.header(line.slice(cells.get(1).offset(), line.contentEnd()));
        } else if (item != null) {
          cur.bullet(item);
        } else if (cells.size() > 1) {
          cur.lines.add(line.slice(cells.get(1).offset(), line.contentEnd()));
        }
      } else if (kind.describesWork() && closesRange(cur, body, li)) {
        // "Sep 2010" over the header and "Apr 2012" (or "Present") under it, with no dash: a rail
        // of dates stacked start over end.
        DateRange end = line.firstDates();
        Span whole = Span.between(cur.dates.span().offset(), end == null ? line.contentEnd() : end.span().end());
        // Printed end over start, the earlier date is the start.
        boolean reversed = end != null && end.start().compareTo(cur.dates.start()) < 0;
        cur.dates = end == null ? new DateRange(cur.dates.start(), null, true, whole)
            : reversed ? new DateRange(end.start(), cur.dates.start(), false, whole)
            : new DateRange(cur.dates.start(), end.start(), false, whole);
        cur.closing = line;
      } else if (fieldLabel != null && !cur.header.isEmpty() && !cur.hasBody() && !labelled(cur, fieldLabel.field())) {
        // "**Position:** Web programmer" under "## Globex": a labelled field of the header above.
        cur.header(line);
      } else if (fieldLabel != null && fieldLabel.cell() && fieldLabel.field() == FieldLabelWords.Field.ORGANIZATION
          && !cur.header.isEmpty() && cur.hasBody() && !labelled(cur, FieldLabelWords.Field.ORGANIZATION)) {
        // A form-like CV (Europass) names the employer in a labelled cell after the duties:
        // "Name and address of employer ⇥ Globex" below the entry's dates, role and description.
        cur.header(line);
      } else if (fieldLabel != null && !cur.empty() && (fieldLabel.field() == FieldLabelWords.Field.ORGANIZATION
          || fieldLabel.field() == FieldLabelWords.Field.DATES) && (cur.hasBody() || labelled(cur, fieldLabel.field()))) {
        // "Company: Initech" after the last job's description: the next job's header.
        done.add(cur);
        cur = new Block();
        cur.header(line);
      } else if (listHeads[li] == ListHead.ON && cur.lastBullet) {
        cur.continueBullet(line);
      } else if (listHeads[li] == ListHead.MORE) {
        cur.header(line);
      } else if (listHeads[li] == ListHead.ENTRY || listHeads[li] == ListHead.ROLE) {
        // A section written as a list of entries (see listHeads): the item heads an entry, or the
        // roles under it as their employer does.
        if (!cur.empty()) {
          done.add(cur);
          cur = new Block();
        }
        cur.roleItem = listHeads[li] == ListHead.ROLE;
        int roleEnd = listHeads[li] == ListHead.ROLE ? roleEnd(line) : line.contentEnd();
        int stop = listHeads[li] == ListHead.ENTRY ? headerStop(line) : -1;
        if (stop > 0) {
          // "2021 – 2023: Engineer at Globex. Built the billing service, ran the on-call": the
          // entry's header, then its description, on one item.
          cur.header(line.slice(line.contentStart(), stop));
          cur.lines.add(line.slice(stop + 1, line.contentEnd()));
        } else if (roleEnd < line.contentEnd()) {
          // "Systems Analyst (2021 – Present): Wrote the jobs": a role held at the employer
          // above, its description after it (past the colon, when one parts them).
          boolean colon = line.content().charAt(roleEnd - line.contentStart()) == ':';
          cur.header(line.slice(line.contentStart(), roleEnd));
          cur.lines.add(line.slice(colon ? roleEnd + 1 : roleEnd, line.contentEnd()));
        } else {
          cur.header(line);
        }
      } else if (line.bullet() && kind.describesWork() && headerUnderDates(cur, line) && Parts.namesRole(line)
          && headerItem(Parts.of(kind, List.of(line)))) {
        // "Mar 2022 – Present" over "• Senior Engineer, Globex, Portland.": under dates on a line
        // of their own, a first list item that names a role and a place as a header does, cased
        // so and no sentence, is the header a template drew with a glyph (CurVe's starred
        // entries); so is one that names a role at a name ("• Software Engineer @ Globex").
        // Without either it may be a bullet of a later stint at the employer above ("• Team
        // Lead, 6 engineers").
        cur.header(line);
      } else if (leadIn && line.bullet() && !cur.empty() || isBullet(line, bodyStyle)
          || !datedItems && itemUnderDatedHeader(kind, cur, line) && !headsDatedLine(body, li)) {
        cur.bullet(line);
      } else if (cur.lastBullet && (!gap || goesOnOverBreak(cur, line)) && continues(line, cur, hasDate, rightEdges)) {
        cur.continueBullet(line);
      } else if (kind == SectionKind.EXPERIENCE && cur.hasBody() && !hasDate && !overDeeperHeading(body, li)
          && (!nextOpensBody(body, li, claims) && (isTechList(line) || isItemList(line) || listGoesOn(cur, line))
              || cur.lastBullet && cur.dates != null && tagsOfItem(line, bodyStyle) && !headsNext(body, li))) {
        // "Linux, Git, Yocto, C, C++, Zeromq" under a job's bullets: what the job used, a line of
        // that job, however it is set; it heads nothing. A line over bullets or dates of its own
        // heads them ("Northwind Hotels, Front Office, Night Shift, Lakeside" / "Night Auditor, 2016").
        // A list that ends in its separator goes on on the next line ("… / Composer /" over "GitHub").
        // Tags right under an item of a dated job are that item's, unless the next line names a
        // role or dates, which the line heads ("Oracle" over "Java Developer | 2016 – 2020"). A
        // heading heads, whatever its words ("### Amazon Web Services, S3" over "#### Engineer").
        cur.lines.add(line);
        cur.lastBullet = false;
      } else if (listing && !hasDate && !subLabel && !cur.empty() && !nextDatedWithoutName(body, li)) {
        // What a label inside the entry lists, line after line until a blank line, or the line
        // over a dated one, which opens the next entry ("Nordkapp" over "Developer, 2014 - 2015").
        // A dated line of three cells or more (dates, role, employer) names its own: the line
        // over it ("Angular ⇥ Scrum", a project's tools) is still the list's.
        cur.lines.add(line);
        cur.lastBullet = false;
      } else if (subLabel || (isInlineLabel(line) && !overDeeperHeading(body, li) || projectsOfJob(line, body, li) || isDetailLabel(line) && cur.dates != null
              && !styledAsHeader(line, bodyStyle) && !(hasDate && line.cells().size() >= 2)) && !cur.empty()
          || labelled && !cur.empty() && (!hasDate || isShortList(line)) && !isSentence(line)
              && !styledAsHeader(line, bodyStyle)) {
        // "Highlights", "Tech stack: Go, Kafka": they describe the entry they stand in.
        cur.lines.add(line);
        cur.lastBullet = false;
      } else if (kind == SectionKind.PUBLICATIONS && !cur.header.isEmpty() && !hasDate && isByline(line)) {
        // The authors or the DOI under a publication's title describe it; they head no entry.
        cur.lines.add(line);
        cur.lastBullet = false;
      } else if (kind == SectionKind.PUBLICATIONS && isCitation(line) && (previousEnded || gap)) {
        // A whole reference on a line is one publication; the next one starts the next entry.
        if (!cur.empty()) {
          done.add(cur);
          cur = new Block();
        }
        cur.header(line);
      } else if (kind == SectionKind.EXPERIENCE && !cur.header.isEmpty() && !cur.hasBody() && !hasDate
          && (nameCell = nameBeforeSentence(line)) != null) {
        // "Quillfeather ⇥ Built the CRM with Go and MySQL.": a name in the first cell, what was
        // done there in the next (a template that sets the employer and the description on one
        // row under the role): the name is the header's, the sentence the entry's first bullet.
        cur.header(line.slice(nameCell.offset(), nameCell.end()));
        cur.bullet(line.slice(line.cells().get(1).offset(), line.contentEnd()));
      } else if (employerLineUnderRole(kind, cur, line)) {
        // "Senior SRE" over "Globex · Globex is a platform for …" over the dates: a theme's line
        // of the employer and what it is, however long, under a role that names no employer.
        cur.header(line);
      } else if (!cur.header.isEmpty() && kind.describesWork() && !glyphBullets && !datesEntry(line)
          && !styledAsHeader(line, bodyStyle) && !headerUnderDates(cur, line)
          && (isSentence(line) || wrapsIntoProse(cur, body, li) || styledHeaders && cur.hasBody() && line.cells().size() < 2
              && styleKey(line.style()).equals(bodyStyle) && !headsDatesBelow(cur, body, li, bodyStyle))) {
        // A bullet written without a glyph, under an entry header, in a section that writes its
        // bullets so: a sentence (or a paragraph's first line wrapped by hand), or, where the
        // section sets its headers apart, any line in the running text's style after such bullets
        // ("Perform code reviews"). After lines of the body and no bullet, such a line is another
        // of its lines ("HTML/CSS/JavaScript" under "Part-time front end development").
        if (cur.bulletText.isEmpty() && !isSentence(line) && !wrapsIntoProse(cur, body, li)) {
          cur.lines.add(line);
          cur.lastBullet = false;
        } else {
          cur.bullet(line);
        }
      } else if (template != null && cur.hasBody() && !datesEntry(line) && !sizeKey(line.style()).equals(template)
          && !opensHeader(body, li, bodyStyle) && !(line.style().size() >= LARGER && styledAsHeader(line, bodyStyle) && datesBelow(body, li))) {
        // Where the section's dated headers share a style, a line in another style after an
        // entry's body, not opening the next header, is part of that body: "Key projects:",
        // "Technologies used", a bold line inside the description. A line set larger as headers
        // are, with dates alone a few lines below, opens the next entry over its description and
        // web address (an employer's block: "Globex ⇥ Remote" / "A studio that builds apps." / …).
        cur.lines.add(line);
        cur.lastBullet = false;
      } else if (!hasDate && !cur.header.isEmpty() && !cur.lastBullet && !gap
          && (openDescription(cur) || labelListCut(cur, line, rightEdges))
          && !(line.style().size() >= LARGER && styledAsHeader(line, bodyStyle))) {
        // The wrapped rest of a description sentence ("… partners such as" / "Acme Pay, Globex
        // Wallet and Initech."): however it is cased, it heads nothing; a line set larger than
        // the description and styled as a header is no part of it (the next employer's name).
        cur.lines.add(line);
      } else if (headingHeaders && !line.content().startsWith("#") && !Parts.namesRole(line)
          && describesUnderDatedHeading(cur, line, body, li)) {
        // "Finished in July 2023." under "### 2019 - 2023: Bachelor in Informatics, …", or
        // "Development: Java, Kotlin" after the description of a job so headed.
        cur.lines.add(line);
        cur.lastBullet = false;
      } else if (styledHeaders && kind.describesWork() && !hasDate && cur.dates != null && !cur.header.isEmpty()
          && line.style().sizeKnown() && styleKey(line.style()).equals(bodyStyle)
          && (cur.bulletText.isEmpty()
              ? (template != null && !sizeKey(line.style()).equals(template) || phrase(line) && !namesOrganisation(line))
                  && !nameAndPlace(kind, cur, line)
              : template != null && Integer.parseInt(template) > Integer.parseInt(sizeKey(line.style()))
                  && !aboveNamedDates(body, li) && !bannerOverDates(body, li))
          && complete(kind, cur)) {
        // Under a complete dated header set apart from the running text, a line in the running
        // text's style describes the entry, however capitalised, where it is set in another size
        // than the section's dated headers share, or reads as a phrase that names no organisation:
        // German capitalises its nouns ("Aufbau und Betrieb von Entwicklungshardware für
        // Fernzugriff", "Leitung von Projekten"). After the entry's bullets only a line set
        // smaller than those headers does, and not right above a dated line that names an
        // employer and no role (a plain title over the next "Employer ⇥ 2016 – 2021" in bold): a
        // plain line there may head the next entry over its smaller dates ("Engineer (several
        // positions), Initech" / "Aug, 2016 - …"), as may a name over dates alone set as it is
        // (an employer's banner, "Globex – St. Louis, MO" / "8/1991 — 12/2008", over its roles).
        // An employer's line (a bold title and dates over a plain "Ministry of Health and Social
        // Care") is still the header's.
        cur.lines.add(line);
        cur.lastBullet = false;
      } else if (reportsAct(kind, cur, line)) {
        // "Applied knowledge of Go, Loki, Vector" after the bullets: the job's own line.
        cur.lines.add(line);
        cur.lastBullet = false;
      } else if (setInUnderWholeHeader(kind, cur, line, body, li)) {
        // "Many responsibilities" set in under "Globex, QA Engineer ⇥ 2015 – 2018", as the lines
        // below it are: the body's first line, though short and capitalised as a header's is.
        cur.bullet(line);
      } else if ((isHeaderLike(line, bodyStyle) || cur.empty() && (hasDate || !isProse(line))
          || !hasDate && (headerUnderDates(cur, line) || caselessRole(cur, line))) && !wrapsIntoProse(cur, body, li)) {
        // The last case: dates on a line of their own over the header, which may then be long
        // ("2004-2010" / "Research and teaching, U. of Westland & U. of Lakeside, Seattle & Ann Arbor").
        // The dates head no entry alone, so what follows them, cased as names are, is the header.
        boolean endAbove = cur.endBelow;
        if (startsNew(kind, cur, line, gap, glyphBullets ? bodyStyle : null)) {
          done.add(cur);
          cur = new Block();
        }
        cur.header(line);
        Line said = !endAbove && cur.endBelow ? proseAfterDate(line) : null;
        if (said != null) {
          // "Jun 2016 - Engineer, Globex" over "May 2019 Built the reporting services that …": the
          // range's end the rail wrapped below closes it, and what follows says what was done
          // there; it names nothing.
          cur.header.set(cur.header.size() - 1, line.slice(line.contentStart(), said.contentStart()));
          cur.lines.add(said);
        }
      } else {
        cur.lines.add(line);
        cur.lastBullet = false;
      }
      gap = false;
      previousEnded = line.content().endsWith(".");
      labelled = subLabel && !cur.empty();
      listing = labelled && namesProjects(line) || listing && !hasDate;
      leadIn = !listing && (kind.describesWork() && colonLabel(body, li) && !cur.empty() || leadIn && cur.lastBullet);
    }
    if (!cur.empty()) {
      done.add(cur);
    }
    return done;
  }

  /**
   * Whether the header's only date is a year closing its one line right after a name ("Film Crew @
   * Globex Festival 2024", no separator before it) and the line is dates and nothing else, with a
   * month or a range ("May & September 2023"): the year is the name's, and the line below dates
   * the entry. A year set apart in a cell of its own or after a separator dates the line.
   */
  private static boolean yearInName(Block cur, Line line) {
    if (cur.header.size() != 1 || cur.hasBody() || cur.dates == null || !cur.dates.single() || cur.dates.start().month() != 0
        || !Parts.datesOnly(line)) {
      return false;
    }
    DateRange below = line.firstDates();
    if (below == null || below.single() && below.start().month() == 0) {
      return false;
    }
    Line head = cur.header.get(0);
    Span year = cur.dates.span();
    if (year.end() != head.contentEnd() || head.cells().stream().anyMatch(c -> c.offset() == year.offset())) {
      return false;
    }
    String before = head.content().substring(0, year.offset() - head.contentStart()).stripTrailing();
    return !before.isEmpty() && Character.isLetterOrDigit(before.codePointBefore(before.length()))
        || before.endsWith(")") || before.endsWith("]");
  }

  /**
   * "Freelance" set as a sub-heading (marked so by the reader, or set larger than the header) over
   * a dated header that names a role and someone to work for ("2014 – 2015 ⇥ Web Developer ⇥
   * Globex"): it groups the jobs held so, and is no employer of its own. Set as a header line is
   * ("Freelance ⇥ 2017 – 2018" over "Web Developer"), it is the employer.
   */
  private static boolean waysOfWorkingHeading(Line line, List<Line> body, int li) {
    if (!Parts.isWayOfWorking(Inline.clean(line.content()).strip())) {
      return false;
    }
    int at = Line.nextIndex(body, li);
    Line next = at < 0 ? null : body.get(at);
    // A rail's dates on a line of their own before the header ("2014 – 2015" / "Web Developer,
    // Globex"): the header is the line after them, and they date it.
    boolean railDates = next != null && next.loneDate() != null;
    if (railDates) {
      next = Line.next(body, at);
    }
    if (next == null || !(railDates || next.hasDates()) || !Parts.namesRole(next)
        || !(line.markedHeading() || setLarger(line, next))) {
      return false;
    }
    // The next header names someone besides the role and the dates: a name, capitalised ("Web
    // Developer ⇥ E-commerce sites for small shops" says what was built, for no one named).
    int names = 0;
    for (Parts.Part p : Parts.of(SectionKind.EXPERIENCE, List.of(next))) {
      String v = p.value();
      names += Parts.isRole(v) || Parts.isLocation(v) || !capitalised(v) ? 0 : 1;
    }
    return names > 0;
  }

  /**
   * Whether a header line starts the next entry rather than going on with this one: after the
   * entry's bullets or description; a second date when it has one; a fourth header line; a line
   * that repeats the look of a complete header's first line (see repeatsHeaderTemplate); or, after
   * a blank line, when its header already names a role and an employer. A header cut by a blank
   * line before the role ("Acme  Seattle" / "2021 – Present" / blank / "Senior Engineer") goes on.
   */
  private static boolean startsNew(SectionKind kind, Block cur, Line line, boolean gap, String bulletStyle) {
    if (cur.empty()) {
      return false;
    }
    if (datesOfStackedHeader(cur, line, gap)) {
      return false;
    }
    if (cur.hasBody() || cur.header.size() >= 3 && !fillsGap(cur, line)) {
      return true;
    }
    if (kind == SectionKind.EXPERIENCE && stackedEnds(cur, line, gap)) {
      cur.endBelow = true;
      return false;
    }
    if (kind == SectionKind.EXPERIENCE && yearInName(cur, line)) {
      cur.yearInName = true;
      return false;
    }
    if (cur.dates != null && line.hasDates()) {
      return true;
    }
    if (repeatsHeaderTemplate(kind, cur, line, bulletStyle)) {
      return true;
    }
    // "# Globex (2013 – 2022)" over "## DevOps Manager": a role's heading under a dated employer's
    // heads a role of its own, which the employer's banner gives its name to. Under a heading of
    // dates alone ("#### 2022 – Present (2 years)"), the role's heading is that entry's header.
    if (kind == SectionKind.EXPERIENCE && cur.dates != null && line.content().startsWith("#") && cur.header.size() == 1
        && !datesAlone(cur)
        && cur.header.get(0).content().startsWith("#") && Parts.namesRole(line) && !Parts.namesRole(cur.header.get(0))) {
      return true;
    }
    return gap && cur.dates != null && complete(kind, cur);
  }

  /**
   * "#### Ledger rewrite" under "### Globex — Backend Engineer" and its dates: a Markdown heading
   * deeper than the one that heads a dated job with its role and employer, with no dates of its own
   * and no role, names a piece of work done in that job (the bullets under it are the job's), not
   * another job.
   */
  private static boolean headsWorkInside(Block cur, Line line) {
    if (cur.dates == null || cur.header.isEmpty() || line.hasDates() || !line.content().startsWith("#")) {
      return false;
    }
    // The job's heading names both its role and its employer ("Globex — Backend Engineer"): a
    // heading that names only one of them ("### Systems Engineer") leaves the other to a deeper one.
    // A job's heading that names its employer and dates and no role ("### Globex (May 2015 to
    // Present)") leaves only a role to a deeper heading: one that names none is a project there.
    Line head = cur.header.get(0);
    String h = head.content();
    return h.startsWith("#") && Sections.hashes(line.content()) > Sections.hashes(h) && !Parts.namesRole(line)
        && (Parts.namesRole(head) && Parts.SEPARATOR.matcher(Inline.clean(h)).find()
            || cur.header.size() == 1 && head.hasDates() && !datesAlone(cur) && !Parts.namesRole(head)
                && !holdsRoleWord(Inline.clean(line.content())));
  }

  /**
   * Whether the next line with text after {@code i} holds its dates: a role's heading over the
   * dates of its own ("#### Systems Engineer" / "2019 – 2021"). The heading of the next job, as
   * high as the one that opened this job ("### Initech (2013 to 2015)"), dates no role here.
   */
  private static boolean datesOwnBelow(Block cur, List<Line> body, int i) {
    Line l = Line.next(body, i);
    return l != null && l.hasDates()
        && !(l.content().startsWith("#") && Sections.hashes(l.content()) <= Sections.hashes(cur.header.get(0).content()));
  }

  /** Whether the next line with text after {@code i} holds dates: a job's heading over its dates. */
  private static boolean datedBelow(List<Line> body, int i) {
    Line l = Line.next(body, i);
    return l != null && l.hasDates();
  }

  /**
   * "GPA: 3.8", "Minor: Economics": a line of detail about the entry above it; a form-like CV sets
   * the label in a cell of its own ("Type of business or sector ⇥ Logistics").
   */
  private static boolean isDetailLabel(Line line) {
    if (labelled(Inline.clean(line.content()), DETAIL_LABELS)) {
      return true;
    }
    List<Span> cells = line.cells();
    return cells.size() >= 2 && FieldLabelWords.isDetail(line.textOf(cells.get(0)));
  }

  /** A plural's ending written optional after a word: "(s)", "(es)". */
  private static final Pattern OPTIONAL_PLURAL = Pattern.compile("\\((?:s|es)\\)(?=\\s|$)");

  private static boolean labelled(String c, Set<String> labels) {
    int colon = c.indexOf(':');
    if (colon <= 0 || colon >= 30 || colon + 1 >= c.length()) {
      return false;
    }
    // "Projet(s):", "Technologie(s):": a plural written optional is the label's own word.
    String label = OPTIONAL_PLURAL.matcher(c.substring(0, colon).strip().toLowerCase(Locale.ROOT)).replaceAll("");
    if (labels.contains(label)) {
      return true;
    }
    // "Featured technologies:", "Main tools:": a word or two before a label's last word.
    String[] words = SPACE_RUN.split(label);
    return words.length >= 2 && words.length <= 3 && labels.contains(words[words.length - 1]);
  }

  /**
   * Dates that close a header stacked one part a line, even a fourth line or after one line of
   * detail ("University" / "B.Tech in Physics" / "Minor in Economics" / "2014 - 2018 | GPA: 9.0"):
   * the header has no dates yet and no bullets, the line opens with its dates and holds nothing
   * else but a labelled detail, and no blank line parts them. A title after the dates ("2021 –
   * 2022 Chess Engine") opens the next entry of a dates-first layout; an entry's dates never come
   * after its bullets, so those stay the next entry's.
   */
  private static boolean datesOfStackedHeader(Block cur, Line line, boolean gap) {
    if (gap || cur.header.isEmpty() || cur.dates != null || !cur.bulletText.isEmpty() || cur.lines.size() > 1
        || cur.header.size() + cur.lines.size() > 4 || !line.hasDates()) {
      return false;
    }
    if (line.firstDates().span().offset() > line.contentStart()) {
      return false;
    }
    // Only the dates, or the dates and how long they lasted ("(5 years 1 month)") or a labelled
    // detail ("| GPA: 9.0"): a title after them opens the next entry of a dates-first layout.
    String c = line.content();
    String rest = c.substring(Math.max(0, Math.min(c.length(), line.firstDates().span().end() - line.contentStart())));
    rest = LEADING_SEPARATORS.matcher(Inline.clean(rest)).replaceFirst("").strip();
    return rest.isEmpty() || Parts.isDuration(rest) || labelled(rest, DETAIL_LABELS) || labelled(rest, INLINE_LABELS);
  }

  /** Whether the header's line that holds its dates ends with a dash after them: the range's end went on to the next line. */
  private static boolean endsOnDash(Block cur) {
    for (Line h : cur.header) {
      if (h.contentSpan().contains(cur.dates.span())) {
        String c = Inline.clean(h.content()).strip();
        return !c.isEmpty() && Glyphs.isDash(c.charAt(c.length() - 1)) && cur.dates.span().end() >= h.contentEnd() - 1;
      }
    }
    return false;
  }

  /**
   * Whether a lone date {@code start} under the header may be the start of the range the header's
   * lone date above the names ends: a rail's date, then one line of names, both dates with their
   * months (a rail of starts alone, "2019" / "Engineer" / "2017" / "Intern", lists two jobs).
   */
  private static boolean startBelow(Block cur, DateRange start) {
    return cur.header.size() == 2 && cur.header.get(0).loneDate() != null && cur.dates.start().month() != 0
        && start.start().month() != 0;
  }

  /** The most lines a header set beside a rail has above its range's end: dates, employer, place, role. */
  private static final int MAX_RAIL_HEADER = 4;

  /**
   * Whether line {@code i} ends the header's range, which is a lone start date and has no body
   * yet. An open end alone ("Present", "(to Present)") does, under a header of a rail's few lines:
   * no entry starts with the end of a range. A lone date later than the start (or the same year
   * again) does where the
   * header is that start date alone, or what follows is body (a bullet or a sentence) or a place,
   * not another header.
   */
  private static boolean closesRange(Block cur, List<Line> body, int i) {
    Line line = body.get(i);
    // "July 2016 -" ending the header's line, the end wrapped onto the next ("April 2018"): read
    // as a range still running until the line below says where it ended.
    boolean cut = cur.dates != null && cur.dates.present() && endsOnDash(cur);
    if (cur.header.isEmpty() || cur.hasBody() || cur.closing != null || cur.dates == null || !(cur.dates.single() || cut)
        || line.cells().size() > 1 || cut && !line.hasDates()) {
      return false;
    }
    if (!line.hasDates()) {
      // "Present", "–to date" or "(to Present)" as a rail prints the open end under the start: no entry
      // starts with the end of a range, so it closes the header's range, whatever follows.
      String c = Inline.clean(line.content()).strip();
      if (c.length() > 2 && c.startsWith("(") && c.endsWith(")")) {
        c = c.substring(1, c.length() - 1).strip();
      }
      // "–to date": the range's dash opening the line, as a rail breaks "May 2017 –to date".
      if (c.length() > 1 && Glyphs.isDash(c.charAt(0))) {
        c = c.substring(1).strip();
      }
      return DateParser.isOpenEnd(c) && cur.header.size() <= MAX_RAIL_HEADER;
    } else {
      DateRange end = line.loneDate();
      end = end != null ? end : endAfterRangeWord(line);
      // The same year again ("2019" under "2019"): a job that began and ended in that year.
      int order = end == null ? -1 : end.start().compareTo(cur.dates.start());
      if (end != null && end.single() && order < 0 && startBelow(cur, end)) {
        // "Nov 2021" / "Tech Lead na Nova Escola" / "Jul 2021": a rail that prints the end over
        // the start, each on its own line. Below the start comes the body, or first a line
        // about the job that names no role, employer or place ("Educação"); those head the next job.
        Line next = Line.next(body, i);
        return next != null && (next.bullet() || isProse(next)
            || !next.hasDates() && next.words() <= 8 && !Parts.namesRole(next, true) && !namesEmployerOrPlace(next));
      }
      if (end == null || !end.single() || order < 0 || order == 0 && end.start().month() != 0) {
        return false;
      }
    }
    // Right under a header that is the start date alone ("06/2018" over "03/2020"), or a range's
    // dash alone between them ("June 2000" / "-" / "October 2001"), or under a header whose line
    // ends on the range's dash ("… ⇥ 03/05/2021 -" over "02/07/2021"): the two are the range,
    // whatever comes next.
    if (cut || cur.header.size() == 1 && datesAlone(cur)
        || !cur.asides.isEmpty() && DateParser.isRangeWord(Inline.clean(cur.asides.get(cur.asides.size() - 1).content()))) {
      return true;
    }
    for (int k = i + 1; k < body.size(); k++) {
      Line next = body.get(k);
      if (!next.blank()) {
        return next.bullet() || isProse(next)
            || Parts.isLocation(TRAILING_STOPS.matcher(Inline.clean(next.content())).replaceAll("").strip());
      }
    }
    return false;
  }

  /**
   * Whether the line is a range's word alone ("to") under a header whose first cell is a lone date
   * and which has nothing under it yet: a date column's rail goes on below.
   */
  private static boolean railJoins(Block cur, Line line) {
    return railStart(cur) != null && !cur.railOpen && DateParser.isRangeWord(Inline.clean(line.content()));
  }

  /**
   * The header's range when this line is the next row of a column of dates beside it: the header
   * opens with a lone date in a cell of its own, and this line with another date, or an open end,
   * in its first cell, the rest of it (if any) a sentence that describes. The two dates may stand in
   * either order ("Sep 2013" over "Sep 2012" too). Null where the line is no such row.
   */
  private static DateRange railCloses(Block cur, Line line) {
    List<Span> cells = line.cells();
    // Asked of every line of a work section: a rail's row comes only under a header with no body
    // yet (see railBeside and railStart), so the sentence test below runs for few lines.
    if (cells.isEmpty() || cur.header.isEmpty() || cur.hasBody()) {
      return null;
    }
    if (cells.size() > 1 && !isSentence(line.slice(cells.get(1).offset(), line.contentEnd()))
        && !placeAfterDate(line) && bulletAfterDate(line) == null) {
      return null;
    }
    String first = Inline.clean(line.textOf(cells.get(0))).strip();
    DateRange beside = railBeside(cur, line, first);
    if (beside != null) {
      return beside;
    }
    DateRange start = railStart(cur);
    if (start == null) {
      return null;
    }
    Span span = Span.between(start.span().offset(), cells.get(0).end());
    if (DateParser.isOpenEnd(first)) {
      return cur.railOpen ? new DateRange(start.start(), null, true, span) : null;
    }
    DateRange alone = singleDateAlone(first);
    if (alone == null) {
      return null;
    }
    PartialDate other = alone.start();
    int order = other.compareTo(start.start());
    if (order == 0 || order < 0 && cur.railOpen) {
      return null;
    }
    return order > 0 ? new DateRange(start.start(), other, false, span) : new DateRange(other, start.start(), false, span);
  }

  /**
   * The header's range when the line is a rail's second row beside a header whose first cell is
   * no lone date of the block's: an open end over the start ("Present ⇥ Engineering Manager,
   * Globex" over "May 2019 ⇥ • ⇥ Ran the team"), which makes the range; or a lone date beside a
   * header that gives its own range elsewhere ("May 2019 ⇥ Lead Engineer, Globex ⇥ (Sep 2018 – May
   * 2019)" over "Jan 2016 ⇥ • ⇥ …", the rail spanning all the roles held there), which keeps it.
   * Null where neither holds.
   */
  private static DateRange railBeside(Block cur, Line line, String first) {
    if (cur.header.size() != 1 || cur.hasBody() || cur.closing != null) {
      return null;
    }
    Line head = cur.header.get(0);
    List<Span> headCells = head.cells();
    if (headCells.size() < 2) {
      return null;
    }
    DateRange alone = singleDateAlone(first);
    if (alone == null) {
      return null;
    }
    String top = Inline.clean(head.textOf(headCells.get(0))).strip();
    Span whole = Span.between(headCells.get(0).offset(), line.cells().get(0).end());
    if (DateParser.isOpenEnd(top) && (cur.dates == null || !headCells.get(0).contains(cur.dates.span()) && cur.dates.single())) {
      return new DateRange(alone.start(), null, true, whole);
    }
    boolean loneTop = singleDateAlone(top) != null;
    return loneTop && cur.dates != null && !cur.dates.single() && !headCells.get(0).contains(cur.dates.span()) ? cur.dates : null;
  }

  /** The one single date a cell's text holds and nothing else ("May 2019", "2016"), or null. */
  private static DateRange singleDateAlone(String text) {
    List<DateRange> found = DateParser.all(text, 0);
    return found.size() == 1 && found.get(0).single() && found.get(0).span().length() >= text.length() - 1 ? found.get(0) : null;
  }

  /**
   * The rest of a rail's row after its date, when it is a list item: "May 2019 ⇥ • ⇥ Ran the
   * team" (the glyph in a cell of its own, or opening the text's). Null otherwise.
   */
  private static Line bulletAfterDate(Line line) {
    List<Span> cells = line.cells();
    if (cells.size() < 2) {
      return null;
    }
    String second = line.textOf(cells.get(1)).strip();
    if (second.isEmpty() || !Glyphs.isBullet(second.codePointAt(0))) {
      return null;
    }
    String after = second.substring(Character.charCount(second.codePointAt(0))).strip();
    if (after.isEmpty()) {
      return cells.size() > 2 ? line.slice(cells.get(2).offset(), line.contentEnd()) : null;
    }
    int at = cells.get(1).offset() + line.textOf(cells.get(1)).indexOf(after);
    return line.slice(at, line.contentEnd());
  }

  /**
   * Whether the row after its first cell is a place alone: twentysecondcv prints the job's start
   * beside its role and employer, and its end beside its town ("Sep 2017 ⇥ Sales Agent ⇥ Globex"
   * over "Oct 2017 ⇥ Lyon, France").
   */
  private static boolean placeAfterDate(Line line) {
    List<Span> cells = line.cells();
    return cells.size() == 2 && Parts.isLocation(Inline.clean(line.textOf(cells.get(1))).strip());
  }

  /**
   * The lone date in the first cell of a header with nothing under it, or null. The header is one
   * line, or that line and the wrapped rest of its employer's long name, which holds no date
   * ("… Nordkapp Laboratory of" / "Particle Physics").
   */
  private static DateRange railStart(Block cur) {
    if (cur.header.isEmpty() || cur.hasBody() || cur.dates == null || !cur.dates.single()
        || cur.closing != null && !cur.railOpen || cur.header.stream().skip(1).anyMatch(l -> l.hasDates() || l.cells().size() > 1)) {
      return null;
    }
    Line head = cur.header.get(0);
    List<Span> cells = head.cells();
    if (cells.size() < 2 || !cells.get(0).contains(cur.dates.span())) {
      return null;
    }
    String first = Inline.clean(head.textOf(cells.get(0))).strip();
    return cur.dates.span().length() >= first.length() - 1 ? cur.dates : null;
  }

  /**
   * "to February 2017", "bis 2017": a range's word and then a date and nothing else, as a rail
   * prints a range's end under its start. The date, else null.
   */
  private static DateRange endAfterRangeWord(Line line) {
    String c = Inline.clean(line.content()).strip();
    int space = c.indexOf(' ');
    if (space <= 0 || !DateParser.isRangeWord(c.substring(0, space))) {
      return null;
    }
    String rest = c.substring(space + 1).strip();
    List<DateRange> found = DateParser.all(rest, 0);
    return found.size() == 1 && found.get(0).span().length() >= rest.length() - 1 ? found.get(0) : null;
  }

  /**
   * A place on a line of its own under a header that names none yet, dates under one that has
   * none, or a role under a rail's lone start and a header that names none ("Sep 2023" / "Nause
   * Engineering" / "Renton" / "Owner"): the last piece of a header stacked one field a line.
   */
  private static boolean fillsGap(Block cur, Line line) {
    if (cur.header.size() >= 5) {
      return false;
    }
    if (line.hasDates()) {
      return cur.dates == null && line.loneDate() != null;
    }
    String c = Inline.clean(line.content()).strip();
    if (!Parts.isLocation(c)) {
      // Only under a rail's lone start, whose range has yet to close: under a full range the role
      // heads the next entry ("Globex / Seattle / 2020 – Present" then "Engineer / Initech").
      return cur.dates != null && cur.dates.single() && Parts.namesRole(line) && cur.header.stream().noneMatch(Parts::namesRole);
    }
    for (Line l : cur.header) {
      if (Parts.isLocation(Inline.clean(l.content()).strip())) {
        return false;
      }
    }
    return true;
  }

  /** A line that is one web address and nothing else: "https://globex.com", "www.globex.com/about". */
  private static boolean isLinkOnly(Line line) {
    String c = Inline.clean(line.content()).strip();
    java.util.regex.Matcher m = ContactParser.URL.matcher(c);
    // An anchored try at the start rather than find(): find() scanned the whole line for a first
    // match only to require that it start at 0, and where it does, it is the match lookingAt() finds.
    return !c.isEmpty() && m.lookingAt() && m.end() == c.length();
  }

  /** A short label of letters before the colon of a line that is otherwise one web address. */
  private static final Pattern LINK_LABEL = Pattern.compile("\\p{L}+(?: \\p{L}+){0,2}\\s*:\\s*");

  /**
   * "Code: github.com/globex/ledger", "Demo: https://initech.example/demo": one web address after a
   * short label, which says what the address is of. Under a header it is the entry's link, no
   * header of an entry of its own.
   */
  private static boolean labelledLink(Line line) {
    String c = Inline.clean(line.content()).strip();
    java.util.regex.Matcher label = LINK_LABEL.matcher(c);
    if (!label.lookingAt() || label.end() == c.length()) {
      return false;
    }
    java.util.regex.Matcher m = ContactParser.URL.matcher(c);
    return m.find(label.end()) && m.start() == label.end() && m.end() == c.length();
  }

  /**
   * "Junior Programmer" over "FileYourTaxes.com": under a header of one part, a bare domain written
   * with a capital (see Parts.isAddress) names the employer, and is no aside. Under a header that
   * names one already ("Senior Engineer, Globex") it is that employer's address.
   */
  private static boolean namesEmployer(SectionKind kind, Block cur, Line line) {
    String c = Inline.clean(line.content()).strip();
    return kind == SectionKind.EXPERIENCE && !Parts.isAddress(c) && Parts.of(kind, cur.header).size() == 1;
  }

  /**
   * "Teaching Assistant ⇥ Buenos Aires" in bold over "Globex University ⇥ Aug 2021 – Present" in
   * italics, then the next role in bold: entries with no bullets, each header two lines in two
   * styles. A line set as the first line of a header that already has its dates and names two
   * things, in its look (size to a tenth, weight, slant and small capitals), and unlike the
   * header's dated line and the section's bullets (where it has any), opens the next entry. Where
   * the lines' styles are unknown (plain text), every style is the same and this says nothing.
   */
  private static boolean repeatsHeaderTemplate(SectionKind kind, Block cur, Line line, String bulletStyle) {
    if (cur.dates == null || cur.header.size() < 2 || line.hasDates() || line.style().equals(Style.UNKNOWN)) {
      return false;
    }
    Style style = line.style();
    // Not in the style of the section's bullets, where it has any: a line like them is their wrap
    // or a bullet without its glyph.
    if (styleKey(style).equals(bulletStyle)) {
      return false;
    }
    Line first = cur.header.get(0);
    // A template may set some headers in bold and others not ("Web Developer — Globex" bold,
    // "Intern — Initech" plain): in the first line's size and slant, a line that names a role and
    // another field after a separator repeats it too.
    boolean alike = Line.sameLook(style, first.style()) || sizeKey(style).equals(sizeKey(first.style()))
        && style.italic() == first.style().italic() && Parts.namesRole(line) && FIELD_SEPARATOR.matcher(Inline.clean(line.content())).find();
    if (first.hasDates() || !alike) {
      return false;
    }
    for (Line l : cur.header) {
      if (l.hasDates() && Line.sameLook(style, l.style())) {
        return false;
      }
    }
    return complete(kind, cur);
  }


  /** Whether a header already gives a title and an organisation. */
  private static boolean complete(SectionKind kind, Block b) {
    List<Part> parts = Parts.of(kind, b.header);
    int named = 0;
    for (Part p : parts) {
      if (!Parts.isLocation(p.value())) {
        named++;
      }
    }
    return named >= 2;
  }

  private static Claim.Entry claimAt(List<Claim.Entry> claims, Line line) {
    for (Claim.Entry c : claims) {
      if (c.span().contains(line.contentSpan()) || c.span().offset() <= line.contentStart() && line.contentStart() < c.span().end()) {
        return c;
      }
    }
    return null;
  }

  private static boolean touches(Claim.Entry c, Line line) {
    return touches(c, line.contentSpan());
  }

  /** Whether any of the claim's header fields overlaps {@code span}. */
  private static boolean touches(Claim.Entry c, Span span) {
    for (Span s : new Span[] {c.title(), c.organization(), c.location(), c.dates()}) {
      if (s != null && s.offset() < span.end() && s.end() > span.offset()) {
        return true;
      }
    }
    return false;
  }

  /** "Highlights", "Key achievements:": a label over the entry's bullets. */
  private static boolean isSubLabel(Line line) {
    String c = Inline.clean(line.content());
    if (c.endsWith(":")) {
      c = c.substring(0, c.length() - 1).strip();
    }
    return c.length() <= 50 && Headings.isSubLabel(c);
  }

  /**
   * "Source code:", "Tools used:": in a job's or a project's body, a few words and a colon with
   * nothing after label what follows inside the entry, whatever the words, but a role's
   * ("Research Assistant:"); so does a longer clause (see LEAD_IN_WORDS).
   */
  private static boolean isColonLabel(Line line) {
    String c = Inline.clean(line.content());
    if (!c.endsWith(":") || line.words() > LEAD_IN_WORDS || line.hasDates()) {
      return false;
    }
    c = c.substring(0, c.length() - 1).strip();
    if (line.words() > 3) {
      // A clause that introduces the items under it, set as headers are ("As an implementation
      // consultant I worked:"): its words in lower case say so; "Senior Engineer at Globex:" has none.
      return Parts.lowerWordsLongerThan(c, 2) >= 2 && !Parts.namesRole(line);
    }
    return !c.isEmpty() && !Parts.isRole(c);
  }

  /**
   * {@link #isColonLabel} of line {@code li}, but for a clause over a line of dates: "Contract work
   * for the city of Boulder:" over "2015 – 2016" heads that entry.
   */
  private static boolean colonLabel(List<Line> body, int li) {
    Line line = body.get(li);
    if (!isColonLabel(line)) {
      return false;
    }
    Line next = line.words() > 3 ? Line.next(body, li) : null;
    return next == null || !next.hasDates();
  }

  /** The most words of a clause that ends with a colon and introduces the items under it. */
  private static final int LEAD_IN_WORDS = 12;

  /**
   * Four or more short items parted by commas ("C++, Visual Studio 2005, PHP, MySQL"): a list, even
   * where an item holds a year; a header has at most a title, an employer and a place.
   */
  private static boolean isShortList(Line line) {
    String[] items = Inline.clean(line.content()).split(",");
    if (items.length < 4) {
      return false;
    }
    for (String item : items) {
      if (item.isBlank() || SPACE_RUN.split(item.strip()).length > 4) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Projet(s): Ledgerly, Strom" after a job's bullets: the projects done in the job, labelled,
   * with no dates and no bullets of their own below. "Project: Weatherly | 2021 – 2022" over its
   * items heads a project (or a consultant's engagement) of its own.
   */
  private static boolean projectsOfJob(Line line, List<Line> body, int li) {
    if (line.hasDates() || !labelled(Inline.clean(line.content()), Parts.PROJECT_WORDS)) {
      return false;
    }
    Line next = Line.next(body, li);
    return next == null || !next.bullet();
  }

  /**
   * "Tech stack: Go, Kafka", "Environment: AWS": a line that lists what the entry used; not one
   * that dates something ("Platform: Staff Engineer | 2021 – Present", a team's post) nor a
   * sentence after its label ("Platform: rebuilt the checkout …", an achievement).
   */
  private static boolean isInlineLabel(Line line) {
    if (line.hasRange()) {
      return false;
    }
    return labelled(Inline.clean(line.content()), INLINE_LABELS) && !isSentence(line) || isTechList(line);
  }

  /** Whether a comma or a drawn separator other than a bar stands in {@code s}: what LIST_COMMA splits at. */
  private static boolean listSeparated(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || BARS.indexOf(c) < 0 && Glyphs.isFieldSeparator(c)
          || c == '/' && i > 0 && i + 1 < s.length() && s.charAt(i - 1) == ' ' && s.charAt(i + 1) == ' ') {
        return true;
      }
    }
    return false;
  }

  /** Whether every cell of the line holds three words at most: a tag ("Google Compute Engine", "Ember.js"). */
  private static boolean shortCells(Line line) {
    for (Span c : line.cells()) {
      if (Whitespace.splitLength(line.textOf(c).strip()) > 3) {
        return false;
      }
    }
    return true;
  }

  /** The line's cells as one list parted by bullets: "HTML5 • Vue.js • SASS". */
  private static String cellsAsList(Line line) {
    StringBuilder b = new StringBuilder();
    for (Span c : line.cells()) {
      b.append(b.length() == 0 ? "" : " • ").append(line.textOf(c).strip());
    }
    return b.toString();
  }

  /**
   * Whether {@code line} is the rest of a list of technologies the entry's last line began and broke
   * after one of its separators ("PHP / JS / Composer /" over "GitHub"): a few words, no sentence.
   */
  private static boolean listGoesOn(Block cur, Line line) {
    if (cur.lines.isEmpty()) {
      return false;
    }
    Line last = cur.lines.get(cur.lines.size() - 1);
    String before = Inline.clean(last.content()).strip();
    String here = Inline.clean(line.content()).strip();
    if (!LIST_END.matcher(before).find() || here.isEmpty() || Whitespace.splitLength(here) > MAX_LIST_REST_WORDS
        || SENTENCE_END.matcher(here).find() || !(isTechList(last) || isItemList(last))) {
      return false;
    }
    // The rest is more of the list: items known as technologies as a bulleted list's are (see
    // enoughKnown), none a role or a place ("Senior Engineer, Initech" under "Java, Spring, Kafka,"
    // heads the next job).
    String[] items = LIST_COMMA.split(TRAILING_STOPS.matcher(here).replaceAll(""));
    int known = 0;
    for (String item : items) {
      String t = item.strip();
      if (Parts.isRole(t) || Parts.isLocation(t)) {
        return false;
      }
      known += Parts.leadingTechnology(t) != null ? 1 : 0;
    }
    return enoughKnown(known, items.length, true);
  }

  /** A list's separator at the end of its line: the list goes on below. */
  private static final Pattern LIST_END = Pattern.compile("(?:,|\\s/|[" + Glyphs.fieldSeparatorClass() + "&&[^" + BARS + "]])$");
  /** The most words the rest of a wrapped list of technologies holds on its own line. */
  private static final int MAX_LIST_REST_WORDS = 8;

  /** Items each set as code and parted by commas: "`C`, `Linux`, `CAN`". */
  private static final Pattern CODE_ITEMS = Pattern.compile("\\s*`[^`]+`(?:\\s*,\\s*`[^`]+`)+\\s*[.;]?\\s*");

  /**
   * Whether line {@code i} is a Markdown heading over a deeper one ("### Amazon Web Services, S3"
   * over "#### Systems Engineer II"): it heads what is under it, whatever its words, where a
   * heading of technologies after a job's bullets, over the next job's heading, is that job's.
   */
  private static boolean overDeeperHeading(List<Line> body, int i) {
    String c = body.get(i).content();
    Line next = Line.next(body, i);
    return c.startsWith("#") && next != null && next.content().startsWith("#")
        && Sections.hashes(next.content()) > Sections.hashes(c);
  }

  /**
   * A line whose first cell lists technologies and nothing else ("Go, Gradle, Spring Boot,
   * Docker"; two only where both are known ones), with no label before it: it says what the entry used, as a "Tech stack:" line does.
   */
  private static boolean isTechList(Line line) {
    List<Span> cells = line.cells();
    String first = cells.isEmpty() ? line.content() : line.textOf(cells.get(0));
    // "`C`, `Linux`, `CAN`": items each set as code, as Markdown writes a stack, are a list of
    // technologies whether or not they are known ones.
    if (first.indexOf('`') >= 0 && CODE_ITEMS.matcher(first).matches()) {
      return true;
    }
    // "HTML5 ⇥ Vue.js ⇥ SASS ⇥ Git": tags set apart in cells of a few words each are the list's items.
    String list = Inline.clean(cells.size() >= 2 && !line.hasDates() && shortCells(line) ? cellsAsList(line) : first);
    // "_TypeScript • React_": emphasis around the list is no part of its first or last item.
    if (list.length() > 2 && list.startsWith("_") && list.endsWith("_")) {
      list = list.substring(1, list.length() - 1);
    }
    // Without a comma or a drawn separator the split gives one item: no list, and no split needed
    // (this is asked of most lines under a header).
    if (!listSeparated(list)) {
      return false;
    }
    String[] items = LIST_COMMA.split(list);
    if (items.length < 2 || list.chars().anyMatch(c -> BARS.indexOf(c) >= 0)) {
      return false;
    }
    // Bullets between the items say "list" more plainly than commas, which a header's parts use
    // too: there an item that opens with a technology counts ("HTML Canvas"), and half is enough
    // ("TypeScript • React • UX • Product").
    boolean bullets = list.indexOf(',') < 0 && list.indexOf(" / ") < 0;
    // The line is a list only where no test below says no, so the tests may run in any order: the
    // technologies are counted first, stopping once too few are left to make a list, and the role
    // and place tests (the dearer ones) run only on a line that would be a list by its count.
    // Most lines asked are headers ("Engineer, Globex, Berlin"), which fail the count early.
    int known = 0;
    for (int i = 0; i < items.length; i++) {
      items[i] = items[i].strip();
      String t = items[i];
      Span lead = Parts.leadingTechnology(t);
      if (lead != null && (bullets || lead.length() >= t.length() - 1)) {
        known++;
      } else if (i == 0 && (Whitespace.splitLength(t) >= 4 || bullets)) {
        // "Wrote dashboards using Vue, Nest, RxJS": a sentence that ends in a list; "Ledgerly •
        // Go • Kafka": a name before its stack.
        return false;
      }
      // Even were every item left a technology, the count would fall short.
      if (!enoughKnown(known + items.length - 1 - i, items.length, bullets)) {
        return false;
      }
    }
    for (String t : items) {
      // "Java Developer • Oracle Cloud • Remote": a role or a place among the items makes a header.
      if (Parts.isRole(t) || Parts.isLocation(t)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the next line that is not blank needs the line above for its employer: a role with no
   * dates and no employer between it and its dates below, or dates with at most one name beside
   * them, places aside ("Java Developer | 2016 – 2020"). A dated line that names a role and an
   * employer is a header of its own.
   */
  private static boolean headsNext(List<Line> body, int li) {
    int at = Line.nextIndex(body, li);
    Line next = at < 0 ? null : body.get(at);
    if (next == null) {
      return false;
    }
    if (!next.hasDates()) {
      // A role over a name and then dates ("Software Engineer" / "Initech" / "Jan 2021 – May
      // 2021", AltaCV's header) has its employer below it.
      int second = Line.nextIndex(body, at);
      Line third = second < 0 ? null : Line.next(body, second);
      boolean employerBelow = second >= 0 && !body.get(second).hasDates() && !Parts.namesRole(body.get(second))
          && third != null && third.hasDates();
      return Parts.namesRole(next) && !employerBelow;
    }
    return Parts.of(SectionKind.EXPERIENCE, List.of(next)).stream().filter(p -> !Parts.isLocation(p.value())).count() < 2;
  }

  /** What parts the tags a theme prints in a row: commas, drawn separators, spaces. */
  private static final Pattern TAG_GAPS = Pattern.compile("[\\s,;/" + Glyphs.fieldSeparatorClass() + "]+");

  /**
   * "Celery, Django PostgreSQL, Redis jQuery" right under a piece of work: the tags a theme
   * prints under each item, in a row of chips that a converter joins with commas or with spaces
   * only. Every word capitalised or written with a capital inside ("jQuery"); two known
   * technologies or more, at least half as many as the other words, or one and nothing else
   * ("Perform Code Reviews" is a bullet); not bold nor set as headers are, unless known
   * technologies are as many as the other words; no role, place or employer's word (an
   * employer's line over the next job's bullets: "Northwind Hotels, Front Office").
   */
  private static boolean tagsOfItem(Line line, String bodyStyle) {
    String rest = TAG_GAPS.matcher(Inline.clean(line.content())).replaceAll(" ").strip();
    for (String w : SPACE_RUN.split(rest)) {
      // "Perform code reviews": a word in lower case writes a phrase, though a practice it names is known.
      if (w.chars().noneMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))) {
        return false;
      }
    }
    int known = 0;
    int other = 0;
    while (!rest.isEmpty()) {
      Span lead = Parts.leadingTechnology(rest);
      int end;
      if (lead != null) {
        known++;
        end = lead.end();
      } else {
        end = rest.indexOf(' ');
        end = end < 0 ? rest.length() : end;
        other++;
      }
      rest = rest.substring(end).strip();
    }
    // Chips set a size above the text ("Swift | Firebase | Zoom SDK" in AltaCV) are tags still
    // when two known technologies are among them and no fewer than the other words.
    return (known >= 2 || known == 1 && other == 0) && known * 2 >= other && !line.style().bold()
        && (!styledAsHeader(line, bodyStyle) || known >= 2 && known >= other) && !Parts.namesRole(line) && !namesOrganisation(line)
        && !Parts.isLocation(Inline.clean(line.content()).strip());
  }

  /**
   * A list of many short items and nothing else ("Stm32, Linux, Git, Svn, Makefile, FreeRTOS"),
   * whether or not the items are known technologies: at least {@value #MIN_LIST_ITEMS} items of
   * one or two words, none a role or a place, no sentence's end. A header has fewer parts, and one
   * of them names a role, an employer's form or a place.
   */
  private static boolean isItemList(Line line) {
    String list = TRAILING_STOPS.matcher(Inline.clean(line.content()).strip()).replaceAll("");
    if (list.indexOf(',') < 0 || list.endsWith(".")) {
      return false;
    }
    String[] items = LIST_COMMA.split(list);
    if (items.length < MIN_LIST_ITEMS) {
      return false;
    }
    for (String t : items) {
      String item = t.strip();
      if (item.isEmpty() || Whitespace.splitLength(item) > 2 || Parts.isRole(item) || Parts.isLocation(item)) {
        return false;
      }
    }
    return true;
  }

  private static final int MIN_LIST_ITEMS = 5;

  /**
   * Whether {@code known} technologies among {@code items} items make a list. Two items are a list
   * only where both are technologies ("_CentOS, Java_"): "Globex, Berlin" is a header. The answer
   * only grows with {@code known}.
   */
  private static boolean enoughKnown(int known, int items, boolean bullets) {
    return items == 2 ? known == 2 : bullets ? known * 2 >= items : known * 3 >= items * 2;
  }

  /**
   * The size the section's dated headers share, when they share one: at least two lines that date
   * an entry, most of them in one size (weight varies: a template may bolden only some). Null where
   * headers are not set alike, or sizes are not known.
   */
  private static String headerStyle(List<Line> body) {
    Map<String, Integer> counts = new HashMap<>();
    int dated = 0;
    for (Line l : body) {
      if (!l.blank() && l.style().sizeKnown() && datesEntry(l)) {
        dated++;
        counts.merge(sizeKey(l.style()), 1, Integer::sum);
      }
    }
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() >= 2 && e.getValue() * 10 >= dated * 6) {
        return e.getKey();
      }
    }
    return null;
  }

  /**
   * Which list items head entries, in a section written as a list whose items hold the entries.
   * Each item is read under its parent: the nearest item further out above it, or else the header
   * lines above it that are no items (a header such as "Senior Engineer | 2019 – Present" over
   * "Globex, Berlin").
   *
   * <ul>
   *   <li>Under a parent that is dated or names a role, an item heads nothing: that parent is the
   *       job, and its items, dated or not, are its achievements. Only under a dated parent that
   *       names no role (an employer and its years), two items or more that are each a role with
   *       its dates alone head entries: the roles held there.
   *   <li>Under any other parent (an employer: "Globex, Berlin"), an item with a date range heads
   *       an entry when it names a role ("- Backend Engineer, 2019 – 2021"): one role of that
   *       employer's.
   *   <li>With no parent (the list opens the section), an item with a date range heads an entry
   *       when it or an item beside it has items nested under it: "- 2019 – present Backend
   *       Engineer at Globex" over its achievements; or when it opens with its range, as two
   *       items of the list or more do ("- (08/2014 -- now) Globex, analyst").
   *   <li>An undated item with a dated item right under it heads an entry: an employer over its
   *       roles, or a job over its dated achievements, as the items under it tell.
   *   <li>An undated item whose own lines below it (indented to its text, no marker, no blank line
   *       between) give its dates heads an entry, and those lines are more of its header
   *       ("+ Globex" / "  Aug 2014 –" / "  Support Engineer"), unless it lies under another item.
   * </ul>
   */
  private static ListHead[] listHeads(SectionKind kind, List<Line> body) {
    int n = body.size();
    ListHead[] heads = new ListHead[n];
    java.util.Arrays.fill(heads, ListHead.NONE);
    int[] parent = new int[n];
    boolean[] nests = new boolean[n];
    boolean[] datedUnder = new boolean[n];
    boolean any = false;
    // The open items, outermost first, and the last line that is no item: one pass finds every
    // item's parent.
    java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
    int lastHeader = -1;
    // The lines that go on an item, indented to its text with no marker and no blank line between
    // ("+ Globex" / "  Aug 2014 –" / "  Support Engineer"): the item they continue, else -1.
    int[] continues = new int[n];
    boolean[] datedOn = new boolean[n];
    int lastItem = -1;
    for (int i = 0; i < n; i++) {
      Line l = body.get(i);
      parent[i] = -1;
      continues[i] = -1;
      // A blank line does not end the item: a loose list's paragraph indented to the item's text
      // goes on it ("*   **Globex**" / blank / "    Developer, 2014 - 2016").
      if (l.blank()) {
        continue;
      }
      if (!l.bullet() && lastItem >= 0 && l.indent() > 0 && l.indent() >= body.get(lastItem).indent()) {
        continues[i] = lastItem;
        datedOn[lastItem] |= l.hasDates() && !isSentence(l);
        continue;
      }
      lastItem = l.bullet() ? i : -1;
      if (!l.bullet()) {
        // A paragraph of prose or a labelled line ("Clients: Initech, Hooli") heads nothing: the
        // list goes on past it (an item's description set flush under it), and the items after it
        // have the parent the items before it had.
        if (!isSentence(l) && !isInlineLabel(l)) {
          open.clear();
          lastHeader = i;
        }
        continue;
      }
      any = true;
      while (!open.isEmpty() && !nestedUnder(l, body.get(open.peekLast()))) {
        open.pollLast();
      }
      parent[i] = open.isEmpty() ? lastHeader : open.peekLast();
      open.addLast(i);
      int p = parent[i];
      if (p >= 0 && body.get(p).bullet()) {
        nests[p] = true;
        datedUnder[p] |= l.hasRange();
      }
    }
    if (!any) {
      return heads;
    }
    // Items of the outermost list that open with their dates ("- (08/2014 -- now) Globex, analyst"):
    // where two or more do, each is an entry's header, nested items or none.
    // Only a list that opens the section: its first such item has no line above it but items, and
    // the later ones at most the unindented description of the item before them. A list under an
    // entry's header ("- 2019 - 2020: Rebuilt billing") holds that entry's achievements.
    int datedFirst = 0;
    boolean[] listItem = new boolean[n];
    int opened = -1;
    for (int i = 0; i < n; i++) {
      Line l = body.get(i);
      int p = parent[i];
      if (l.bullet() && opensWithDates(l) && (p < 0 || opened >= 0 && p > opened && !body.get(p).bullet() && !body.get(p).hasDates())) {
        opened = opened < 0 ? i : opened;
        listItem[i] = true;
        datedFirst++;
      }
    }
    // Items of a list that opens the section and that each carry a date range somewhere
    // ("- Backend Engineer at Globex, 2014 - present"): where two or more do and at least half of
    // them name a role, each that names one is a job a line; under an education heading, each is
    // a school. Achievements with their years ("- Rebuilt billing (2019 - 2020)") name no role
    // and stay bullets.
    int datedTop = 0;
    int roleTop = 0;
    for (int i = 0; i < n; i++) {
      Line l = body.get(i);
      Line head = l.bullet() && parent[i] < 0 && l.hasRange() ? headOf(l) : null;
      if (head != null && !isSentence(head)) {
        datedTop++;
        roleTop += Parts.namesRole(head, true) ? 1 : 0;
      }
    }
    boolean jobALine = datedTop >= 2 && (roleTop * 2 >= datedTop || kind == SectionKind.EDUCATION);
    // What each parent says of itself, asked once: its header lines' dates, and (only when asked
    // for, see roleAbove) whether they name a role.
    boolean[] asked = new boolean[n];
    boolean[] dated = new boolean[n];
    // Whether a parent's header lines name a role: 0 not yet asked, 1 no, 2 yes. Splitting a line
    // into header parts to ask is the dearest test here, and under a dated parent (the usual job
    // header) the answer matters only for two dated roles or more beneath it, so it is asked lazily.
    byte[] role = new byte[n];
    // Whether some item of the same list, with no parent, has items under it; and how many items
    // under each parent are a role with its dates and nothing more.
    boolean topNests = false;
    boolean[] promotion = new boolean[n];
    int[] promotions = new int[n];
    for (int i = 0; i < n; i++) {
      Line l = body.get(i);
      topNests |= l.bullet() && parent[i] < 0 && nests[i];
      int p = parent[i];
      if (p >= 0 && !asked[p]) {
        asked[p] = true;
        for (int k = p; k >= 0 && !body.get(k).blank() && (k == p || !body.get(k).bullet()); k--) {
          Line h = body.get(k);
          dated[p] |= h.hasDates();
          if (h.bullet()) {
            break;
          }
        }
      }
      promotion[i] = l.bullet() && p >= 0 && l.hasRange() && roleEnd(l) >= 0;
      if (promotion[i]) {
        promotions[p]++;
      }
    }
    for (int i = 0; i < n; i++) {
      Line l = body.get(i);
      // A line of what the job used ("Technologien: C, Linux", "`paskal`, `dos`, `usb`") goes on
      // the item as its description, as it would under any header.
      if (continues[i] >= 0 && heads[continues[i]] == ListHead.ENTRY && !isSentence(l) && !isInlineLabel(l) && !isItemList(l)) {
        heads[i] = ListHead.MORE;
        continue;
      }
      // A line hung right under a list item that heads nothing and ends with its years ("- Intern
      // mentor, 2015 – 2016" over "  Supervised two interns."): more of that item's text, broken
      // after the years. Past a blank line, an indented line may well head the next entry; under
      // an item of years alone ("* 2000 - 2005" over "  State University"), it is what they date.
      if (i > 0 && continues[i] == i - 1 && heads[i - 1] == ListHead.NONE && body.get(i - 1).bullet()
          && DateParser.endsInRange(body.get(i - 1).content()) && !Parts.datesOnly(body.get(i - 1))) {
        heads[i] = ListHead.ON;
        continue;
      }
      if (!l.bullet()) {
        continue;
      }
      int p = parent[i];
      if (datedFirst >= 2 && listItem[i]) {
        // One of a list's items that each open with their dates: a job a line.
        heads[i] = ListHead.ENTRY;
        continue;
      }
      if (datedOn[i] && !l.hasDates() && (p < 0 || !body.get(p).bullet()) && !isSentence(l)) {
        // An item whose lines below give its dates heads an entry with them.
        heads[i] = ListHead.ENTRY;
        continue;
      }
      if (overOwnDates(body, i) && !body.get(i + 1).bullet() && !isSentence(l) && Parts.namesRole(l)
          && (p < 0 || !body.get(p).bullet())) {
        // A role right over its own dates, a line of them alone, heads its entry whatever glyph
        // stands before it: a theme's icon before the current job ("◉ Founder, Globex" / "Feb,
        // 2004 - Present").
        heads[i] = ListHead.ENTRY;
        continue;
      }
      if (p >= 0 && (dated[p] || roleAbove(body, p, role))) {
        // Two items or more that are each a role with its dates ("Systems Analyst (Mar 2021 –
        // Present)") under an employer and its years are the roles held there, one after the other.
        heads[i] = promotion[i] && promotions[p] >= 2 && (!roleAbove(body, p, role) || tenure(body, p, parent, promotion))
            ? ListHead.ROLE : ListHead.NONE;
        continue;
      }
      // An item of the list that opens the section, with a date and items of its own under it
      // ("- Globex | Intern | 2019" over what was done there), heads them.
      Line head = l.hasRange() && p < 0 && !topNests && jobALine ? headOf(l) : null;
      boolean entry = l.hasRange()
          ? (p >= 0 ? Parts.namesRole(l)
              : topNests || head != null && !isSentence(head) && (kind == SectionKind.EDUCATION || Parts.namesRole(head, true)))
          : l.hasDates() ? p < 0 && nests[i] && !isSentence(l) : datedUnder[i] && !isSentence(l);
      heads[i] = entry ? ListHead.ENTRY : ListHead.NONE;
    }
    // An entry's item of dates alone ("- 09/2019 – Present") stacks its header in the items right
    // under it, one part an item, as Europass-style CVs do ("- Researcher", "- University of
    // Westland", "- Leeds"): the first item when it names a role, the second, and a third that is
    // a place, up to the first that says more than a name (a date, a label, a full stop, a long
    // line). Achievements under the dates ("- Built the billing service") stack nothing.
    for (int i = 0; i < n; i++) {
      if (heads[i] != ListHead.ENTRY || !Parts.datesOnly(body.get(i))) {
        continue;
      }
      int taken = 0;
      for (int j = i + 1; j < n && taken < MAX_STACKED_ITEMS; j++) {
        Line l = body.get(j);
        if (l.blank() || parent[j] != i) {
          break;
        }
        String c = Inline.clean(l.content());
        if (!stacksName(l, c) || taken == 0 && !namesRoleFirstOrLast(l, c) || taken == 2 && !Parts.isLocation(c)) {
          break;
        }
        heads[j] = ListHead.MORE;
        taken++;
      }
    }
    // "- Research Assistant, Globex" over "  - 2022-11 to 2024-01": an item that heads an entry,
    // names a role and holds no dates takes its first item, dates alone, as its dates; the items
    // after it are what was done there. An item of achievements or a project's name over a
    // year range ("- Achievements" / "  - 2019 – 2020") heads nothing so.
    for (int i = 0; i < n; i++) {
      if (heads[i] != ListHead.ENTRY || body.get(i).hasDates() || !namesRoleAnywhere(body.get(i))) {
        continue;
      }
      int first = i + 1;
      while (first < n && body.get(first).blank()) {
        first++;
      }
      if (first < n && parent[first] == i && heads[first] == ListHead.NONE && body.get(first).hasDates()
          && Parts.datesOnly(body.get(first))) {
        heads[first] = ListHead.MORE;
      }
    }
    // "- Dec 2020 – now: Research Assistant" over "  - Quillstone University, Lyon, France": an
    // item that heads an entry with its dates and a role and nothing more takes its first item, an
    // organisation's name and the place it stands in (see nameInPlace), as its employer; the items
    // after it are what was done there. A first item that names no organisation or no place
    // ("  - Migrated the billing jobs", "  - Harbour Festival Website, Bergen") stays one of them.
    for (int i = 0; i < n; i++) {
      if (heads[i] != ListHead.ENTRY || !body.get(i).hasDates() || !onlyRoleBesideDates(body.get(i))) {
        continue;
      }
      int first = i + 1;
      while (first < n && body.get(first).blank()) {
        first++;
      }
      if (first < n && parent[first] == i && heads[first] == ListHead.NONE && nameInPlace(body.get(first))) {
        heads[first] = ListHead.MORE;
      }
    }
    // "**Globex**" over "- Full Stack Developer" and "- 2017 - 2019": under a header line with no
    // dates, the first items, one of dates alone and one naming a role, in either order, are that
    // header's; the items after them, if any, are what was done there.
    for (int p = 0; p < n; p++) {
      Line h = body.get(p);
      if (h.blank() || h.bullet() || h.hasDates() || p + 1 >= n) {
        continue;
      }
      int first = p + 1;
      while (first < n && body.get(first).blank()) {
        first++;
      }
      if (first + 1 >= n || parent[first] != p || parent[first + 1] != p) {
        continue;
      }
      Line a = body.get(first);
      Line b = body.get(first + 1);
      boolean datesThenRole = Parts.datesOnly(a) && a.hasDates() && stackedRole(b);
      boolean roleThenDates = Parts.datesOnly(b) && b.hasDates() && stackedRole(a);
      if ((datesThenRole || roleThenDates) && heads[first] == ListHead.NONE && heads[first + 1] == ListHead.NONE) {
        heads[first] = ListHead.MORE;
        heads[first + 1] = ListHead.MORE;
      }
    }
    return heads;
  }

  /** Whether a line holds its dates and a role, and nothing else but the marks between them. */
  private static boolean onlyRoleBesideDates(Line l) {
    String rest = LEADING_SEPARATORS.matcher(Inline.clean(l.withoutDates())).replaceFirst("");
    rest = SEPARATOR_END.matcher(rest).replaceFirst("").strip();
    return !rest.isEmpty() && Parts.isRole(rest);
  }

  /**
   * Whether an item is an organisation's name and the place it stands in, and no more
   * ("Quillstone University, Lyon, France", "Globex GmbH, Munich, Germany"): no sentence ("Moved
   * the shop of a bakery in Lyon, France"), the name no role and holding an organisation's or a
   * school's word or a legal form (a capitalised achievement, "Harbour Festival Website, Bergen,
   * Norway", names no employer), and what follows its first comma a place.
   */
  private static boolean nameInPlace(Line l) {
    String c = Inline.clean(l.content());
    int comma = c.indexOf(", ");
    if (comma <= 0 || !stacksName(l, c) || isSentence(l)) {
      return false;
    }
    String name = c.substring(0, comma);
    return !Parts.isRole(name) && Parts.isLocation(c.substring(comma + 2).strip()) && Parts.namesOrganization(name);
  }

  /** How much further in, in points, an item on a page must stand to be nested: more than the jitter of one edge. */
  private static final float NESTED_BY = 2f;

  /**
   * Whether {@code item} stands further in than {@code above}, nested under it: where the page is
   * known (a PDF's), by the items' left edges, since their text carries no indent; else by their
   * indents in the text.
   */
  private static boolean nestedUnder(Line item, Line above) {
    return item.box() != null && above.box() != null ? item.box().x() > above.box().x() + NESTED_BY : item.indent() > above.indent();
  }

  /** An item that is a role and no more (see {@link #stacksName} and {@link #namesRoleFirstOrLast}). */
  private static boolean stackedRole(Line l) {
    String c = Inline.clean(l.content());
    return stacksName(l, c) && namesRoleFirstOrLast(l, c);
  }

  /**
   * Whether an item ({@code c} its clean text) may stack a header's part: a name and no more, so
   * no dates, no label's colon, no full stop but a legal form's, a department's and its school's
   * words at most.
   */
  private static boolean stacksName(Line l, String c) {
    return !l.hasDates() && !c.endsWith(":") && !endsSentence(c) && l.words() <= MAX_STACKED_WORDS;
  }

  /** Whether an item names a role, or holds a role's word where languages put it first ("Desenvolvedor Full Stack"). */
  private static boolean namesRoleFirstOrLast(Line l, String c) {
    return Parts.namesRole(l) || Parts.hasWord(Parts.lowerWords(c), Parts.TITLE_WORDS);
  }

  /**
   * Whether the header lines of parent {@code p} (the parent itself, and the lines above it up to a
   * blank line or an item) name a role or read as a sentence; worked out once per parent and kept
   * in {@code memo} (0 not yet, 1 no, 2 yes). The lines are those whose dates {@code listHeads}
   * reads for the same parent.
   */
  /**
   * Whether the roles listed with their dates under the header that ends at line {@code p} are the
   * steps of the tenure it dates ("Lead Engineer / Globex | 11/2017 – 08/2024" over "• Lead
   * Engineer (Jan 2022 – Aug 2024)", "• Senior Engineer (Jan 2019 – Jan 2022)", "• Engineer (Dec
   * 2017 – Jan 2019)"): the first starts within a few months of the header's start, the last
   * ends when it does. The header's role is then the latest step's, and each step a post held
   * there. Side roles inside one job ("Mentor (2020 – 2021)") span no such whole.
   */
  private static boolean tenure(List<Line> body, int p, int[] parent, boolean[] promotion) {
    DateRange whole = null;
    for (int k = p; k >= 0 && !body.get(k).blank() && (k == p || !body.get(k).bullet()) && whole == null; k--) {
      whole = body.get(k).firstDates();
    }
    if (whole == null || whole.single()) {
      return false;
    }
    PartialDate first = null;
    boolean endsWith = false;
    for (int i = p + 1; i < body.size(); i++) {
      if (parent[i] != p || !promotion[i]) {
        continue;
      }
      DateRange d = body.get(i).firstDates();
      first = first == null || d.start().compareTo(first) < 0 ? d.start() : first;
      endsWith |= whole.present() ? d.present() : d.end() != null && d.end().equals(whole.end());
    }
    return first != null && endsWith && monthsBetween(whole.start(), first) <= TENURE_START_SLACK;
  }

  /** How many months a tenure's first step may start after the tenure does (a header rounded to its year). */
  private static final int TENURE_START_SLACK = 3;

  /** Months from {@code a} to {@code b}; a date without its month counts as January. */
  private static int monthsBetween(PartialDate a, PartialDate b) {
    return (b.year() - a.year()) * 12 + Math.max(1, b.month()) - Math.max(1, a.month());
  }

  private static boolean roleAbove(List<Line> body, int p, byte[] memo) {
    if (memo[p] == 0) {
      boolean role = false;
      for (int k = p; k >= 0 && !body.get(k).blank() && (k == p || !body.get(k).bullet()); k--) {
        Line h = body.get(k);
        role = Parts.namesRole(h) || isSentence(h);
        if (role || h.bullet()) {
          break;
        }
      }
      memo[p] = role ? (byte) 2 : (byte) 1;
    }
    return memo[p] == 2;
  }

  /** The most items under an item of dates alone that stack its header: title, organisation, place. */
  private static final int MAX_STACKED_ITEMS = 3;
  /** The most words an item stacking a header may have: a department's and its school's full name. */
  private static final int MAX_STACKED_WORDS = 14;

  /** Whether a line of the block's header opens with a label of {@code field} ("Company: …"). */
  private static boolean labelled(Block b, FieldLabelWords.Field field) {
    for (Line l : b.header) {
      FieldLabels.Found f = FieldLabels.of(l);
      if (f != null && f.field() == field) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a list item opens with its dates: a range, or a single date where the item names a role,
   * in sentence case too ("- 2012 - 1 year, Intern web developer at Globex": the year it began,
   * and how long it lasted).
   */
  private static boolean opensWithDates(Line l) {
    DateRange d = l.firstDates();
    // Where the line opens is asked first: naming a role splits the line into header parts, and
    // most single dates in a list item stand at its end ("Led the migration (2021)").
    return d != null && opensWith(l, d) && (!d.single() || Parts.namesRole(l, true)) && !datedStatement(l);
  }

  /** Whether the line's content opens with {@code d}, in brackets or not ("(2019 – 2021) Globex"). */
  private static boolean opensWith(Line l, DateRange d) {
    String before = l.content().substring(0, Math.max(0, Math.min(l.content().length(), d.span().offset() - l.contentStart())));
    return before.chars().allMatch(c -> c == '(' || c == '[' || c == '*' || c == '_' || Character.isWhitespace(c));
  }

  /**
   * Whether the next line of the body, blank lines aside, is what a header over it would head: a
   * bullet, or a dated line that names one thing besides its dates ("Night Auditor, 2016 – 2019"
   * under "Northwind Hotels, Front Office, Lakeside"). Dates alone ("March 2013") open the next
   * entry's rail; a dated line that names a role and more ("June 2015 – June 2016 ⇥ Engineer ⇥
   * Syrlinks") heads itself, and an entry a reader claimed (a LaTeX \cventry) too.
   */
  private static boolean nextOpensBody(List<Line> body, int li, List<Claim.Entry> claims) {
    for (int k = li + 1; k < body.size(); k++) {
      Line next = body.get(k);
      if (!next.blank()) {
        return claimAt(claims, next) == null && (next.bullet()
            || next.hasDates() && !Parts.datesOnly(next) && Parts.of(SectionKind.EXPERIENCE, List.of(next)).size() < 2);
      }
    }
    return false;
  }

  /**
   * "Globex ⇥ Lyon" / "Platform for fraud checks and compliance" / "https://globex.example" /
   * "Sep 2024 – Present": a line in sentence case that says what the employer is (see
   * {@link Parts#sentenceCased}), between a header with no dates yet and a line of its dates alone
   * (its address aside), or between the employer's name alone and the role held there, when the
   * theme prints no dates ("Globex" / "Platform for fraud management, identity decisions, and
   * compliance" / "Senior Design Engineer"), is an aside of the header, which goes on below it.
   * Under an employer's line with its dates, a line over the role ("Globex ⇥ 01/2019 - 01/2020" /
   * "A studio that builds apps for small firms." / "Full-Stack Engineer"). Not a name with its
   * own line about it ("Globex · Web apps for startups"), which is the employer's. Not a finished
   * sentence but right over the dates, a role or a role's word in sentence case ("Software
   * engineer", "Head of growth"), or a line set as the headers are.
   */
  private static boolean aboutEmployerOverDates(Block cur, Line line, List<Line> body, int li, String bodyStyle) {
    String c = Inline.clean(line.content()).strip();
    boolean finished = c.endsWith(".");
    // Under an employer's line that holds its dates ("Globex ⇥ 01/2019 - 01/2020"), only a line
    // over the role. A line that says what was done ("Managed the rewrite.") goes there too: read
    // as a bullet, it would leave the role below it a bullet's, and the job no title.
    boolean dated = cur.dates != null;
    if (dated && cur.header.size() != 1
        || line.hasDates() || line.bullet() || finished && cur.header.size() != 1 || nameThenAbout(line)
        || styledAsHeader(line, bodyStyle) || Parts.namesRole(line) || !Parts.sentenceCased(c)
        || Parts.hasWord(Parts.lowerWords(c), Parts.TITLE_WORDS)) {
      return false;
    }
    for (int k = li + 1; k < body.size(); k++) {
      Line next = body.get(k);
      if (next.blank() || isLinkOnly(next)) {
        continue;
      }
      // The role below is the entry's, not a sub-heading's ("Freelance" set as a heading over the
      // next jobs).
      boolean heading = next.markedHeading()
          || next.style().sizeKnown() && line.style().sizeKnown() && next.style().size() >= LARGER * line.style().size();
      // Undated, a finished sentence only right over the dates: "Globex ⇥ Remote" / "A studio that
      // builds apps for small firms." / "January 2019 – January 2020", as a theme prints an
      // employer's description before the dates and the role.
      return !dated && Parts.datesOnly(next) && next.hasDates()
          || (!finished || dated) && !next.hasDates() && !(dated && heading) && cur.header.size() == 1 && Parts.namesRole(next)
              && !Parts.namesRole(cur.header.get(0));
    }
    return false;
  }

  /**
   * Whether the next line of the body, blank lines aside, holds a date and fewer than three cells:
   * it may want the line over it for its name.
   */
  private static boolean nextDatedWithoutName(List<Line> body, int li) {
    Line next = Line.next(body, li);
    return next != null && next.hasDates() && next.cells().size() < 3;
  }

  /**
   * Whether a line describes the entry a Markdown heading with dates heads, rather than adding to
   * its header. Right under the heading only what reads as description does ("Finished in July
   * 2023."): a name there ("Globex, Berlin", "**Initech**") is the header's. Once the description
   * has begun, any line of some words does ("Technical and functional environment"), but one
   * over a dated line, which heads the next entry.
   */
  private static boolean describesUnderDatedHeading(Block b, Line line, List<Line> body, int li) {
    if (b.header.isEmpty()) {
      return false;
    }
    if (datedHeading(b.header.get(b.header.size() - 1)) && !b.hasBody()) {
      return describes(line);
    }
    // A dated heading next heads its own entry; a plain dated line next is this line's header.
    Line next = Line.next(body, li);
    boolean headsNext = next != null && next.hasDates() && !next.content().startsWith("#");
    return b.hasBody() && b.header.stream().anyMatch(Entries::datedHeading) && !headsNext
        && (describes(line) || line.words() >= 3);
  }

  /** A Markdown heading that carries dates: "### 2019 - 2023: Engineer, Globex". */
  private static boolean datedHeading(Line l) {
    return l.content().startsWith("#") && l.hasDates();
  }

  /**
   * A line that says something of an entry rather than naming it: a sentence, a line that ends
   * with a full stop, or a label and what it labels ("Development : Java, Kotlin").
   */
  private static boolean describes(Line line) {
    String c = Inline.clean(line.content());
    // A web address's colon after the name of its own site ("Initech https://initech.example",
    // the employer and its site) labels nothing; after another word ("Repo https://…") it labels
    // the address.
    int colon = c.indexOf(':');
    while (colon >= 0 && c.startsWith("//", colon + 1) && namesOwnSite(c, colon)) {
      colon = c.indexOf(':', colon + 1);
    }
    return isSentence(line) || endsSentence(c) || colon > 0 && colon < 40 && colon + 1 < c.length();
  }

  /**
   * A table's header row: two cells or more, each naming a column of entries ("Dates ⇥ Role ⇥
   * Company", "Zeitraum ⇥ Position ⇥ Unternehmen / Projekt"; a cell may name two, parted by a slash).
   */
  private static boolean namesColumns(Line line) {
    List<Span> cells = line.cells();
    if (cells.size() < 2) {
      return false;
    }
    for (Span c : cells) {
      String name = Inline.clean(line.textOf(c)).strip();
      if (FieldLabelWords.column(name) != null) {
        continue;
      }
      // "Company / Client": the first of names set apart by slashes; a cell of slashes alone names none.
      int slash = name.indexOf('/');
      if (slash <= 0 || FieldLabelWords.column(name.substring(0, slash).strip()) == null) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the words before the web address whose scheme ends at {@code colon} are the name its
   * site gives ({@link #siteName}): "Initech" before "https://initech.example", "Blue Fern" before
   * "https://bluefern.example".
   */
  private static boolean namesOwnSite(String c, int colon) {
    int scheme = colon;
    while (scheme > 0 && Character.isLetter(c.charAt(scheme - 1))) {
      scheme--;
    }
    int end = scheme;
    while (end < c.length() && !Character.isWhitespace(c.charAt(end))) {
      end++;
    }
    String site = siteName(c.substring(scheme, end));
    return !site.isEmpty() && site.equals(letters(c.substring(0, scheme)));
  }


  /**
   * A label of the projects done in an entry: "Projects:", "Key projects". Written as a label is,
   * capitalised and with no full stop: "projects." is the wrapped end of a sentence.
   */
  private static boolean namesProjects(Line label) {
    String c = Inline.clean(label.content());
    return !c.isEmpty() && Character.isUpperCase(c.charAt(0)) && !c.endsWith(".")
        && Parts.hasWord(Parts.lowerWords(c), Parts.PROJECT_WORDS);
  }

  /**
   * What a list item heads: nothing, an entry, or one of the roles held at the employer above it;
   * or, for a line that goes on an item that heads an entry, more of that entry's header.
   */
  /**
   * What a line of a list does: heads nothing, heads an entry, heads a role under the employer
   * above, is more of the header above, or is more of the item above (a line hung under it).
   */
  private enum ListHead { NONE, ENTRY, ROLE, MORE, ON }

  /**
   * Where the role ends on a line that opens with a role and its dates and nothing more, the rest
   * being its description: the end of the first cell ("Systems Analyst (2021 – Present) ⇥ Wrote
   * the jobs"), the colon after the dates ("…(2021 – Present): Wrote the jobs") or the line's end;
   * -1 when the line opens with anything else.
   */
  private static int roleEnd(Line line) {
    int end = line.cells().size() > 1 ? line.cells().get(0).end() : line.contentEnd();
    DateRange first = line.firstDates();
    if (line.cells().size() <= 1 && first != null) {
      int colon = line.content().indexOf(": ", first.span().end() - line.contentStart());
      if (colon >= 0) {
        end = line.contentStart() + colon;
      }
    }
    Line head = end < line.contentEnd() ? line.slice(line.contentStart(), end) : line;
    List<Parts.Part> parts = Parts.of(SectionKind.EXPERIENCE, List.of(head));
    boolean only = parts.size() == 1 && Parts.splitWords(parts.get(0).value()).length <= 6 && Parts.isRole(parts.get(0).value());
    return only ? end : -1;
  }

  /** The most letters of a word whose full stop marks an abbreviation ("Sr.", "Asst."), not a sentence's end. */
  private static final int MAX_ABBREVIATION = 4;

  /** The most words of a header before the full stop that ends it on a line with its description. */
  private static final int MAX_HEADER_WORDS = 12;

  /** A dated item's header: the line up to its {@link #headerStop}, or all of it. */
  private static Line headOf(Line line) {
    int stop = headerStop(line);
    return stop > 0 ? line.slice(line.contentStart(), stop) : line;
  }

  /**
   * Where the header ends on a dated item that goes on with a description: before a cell after the
   * dates that is a sentence ("Globex ⇥ Engineer ⇥ 2019 – 2021 ⇥ Built the billing service.", a
   * LaTeX macro whose last argument describes the job), else at the first full stop after the
   * dates that a space and a capital follow and no initial stands before ("Globex S. A."), when the
   * header before it is short, ends in no legal form ("Initech Inc. Built…" goes on) and three
   * words or more that are no place follow ("Engineer chez Globex. Conception hardware, revue de
   * schémas"); -1 elsewhere. The stop is the character before the description.
   */
  static int headerStop(Line line) {
    DateRange first = line.firstDates();
    if (first == null) {
      return -1;
    }
    for (Span cell : line.cells()) {
      // The stop is the gap's last character before the cell: a cell set right against the one
      // before it leaves none to stop at.
      if (cell.offset() >= first.span().end() && cell.offset() > line.contentStart()
          && Character.isWhitespace(line.content().charAt(cell.offset() - 1 - line.contentStart()))
          && isSentence(line.slice(cell.offset(), line.contentEnd()))) {
        Line head = line.slice(line.contentStart(), cell.offset() - 1);
        return head.words() <= MAX_HEADER_WORDS && !isSentence(head) ? cell.offset() - 1 : -1;
      }
    }
    String c = line.content();
    int from = first.span().end() - line.contentStart();
    for (int i = Math.max(0, from); i + 2 < c.length(); i++) {
      if (c.charAt(i) != '.' || !Character.isWhitespace(c.charAt(i + 1))) {
        continue;
      }
      int next = i + 1;
      while (next < c.length() && Character.isWhitespace(c.charAt(next))) {
        next++;
      }
      if (next >= c.length() || !Character.isUpperCase(c.charAt(next))) {
        continue;
      }
      // An initial or a short abbreviation ("Quillfeather S. A.", "Sr. Engineer", "St. Brigid",
      // "Dr. Lee") ends nothing: the word before the stop must be a name's length.
      int word = i;
      while (word > 0 && Character.isLetter(c.charAt(word - 1))) {
        word--;
      }
      boolean afterLink = i > 0 && c.charAt(i - 1) == ')';
      if (!afterLink && i - word <= MAX_ABBREVIATION) {
        continue;
      }
      String head = Inline.clean(c.substring(0, i + 1));
      if (Parts.endsInLegalForm(head) || SPACE_RUN.split(head.strip()).length > MAX_HEADER_WORDS) {
        return -1;
      }
      int stop = line.contentStart() + i;
      Line rest = line.slice(stop + 1, line.contentEnd());
      return isSentence(rest) || rest.words() >= 3 && !Parts.isLocation(rest.content()) ? stop : -1;
    }
    return -1;
  }

  /**
   * A bullet: a line with a list glyph, unless it is short and set apart from the section's running
   * text (a timeline's dot before each role marks no bullet).
   */
  private static boolean isBullet(Line line, String bodyStyle) {
    // A list item set apart as a header is, short, set larger than the text, or holding a range
    // of dates, is a header a template drew with a glyph ("• Laboratório de Estudos Ambientais e
    // Sensoriamento Remoto", "• Nuance Communications, Jan 2012 - May 2012, Montreal, QC").
    return line.bullet() && !(styledAsHeader(line, bodyStyle)
        && (line.words() <= 8 || line.style().size() >= LARGER || line.hasRange() && line.words() <= DATED_HEADER_WORDS)
        && !isSentence(line)) && !glyphHeader(line);
  }

  /**
   * Whether a list item, in a work section whose items hold no dates, stands under a job's header
   * that has its dates and a line of its own, naming no role itself nor labelling what follows
   * ("Technologies: …"): the job's item, however it is set ("C Compiler for custom ASIC" in bold, a
   * project's name over its own items).
   */
  private static boolean itemUnderDatedHeader(SectionKind kind, Block cur, Line line) {
    return kind.describesWork() && line.bullet() && cur.dates != null && !cur.header.isEmpty() && !cur.header.get(0).bullet()
        && !line.hasDates() && !Parts.namesRole(line) && !isInlineLabel(line) && !isSubLabel(line);
  }

  /**
   * A list item of two short cells set bold and larger than the running text ("• Globex ⇥ Lyon,
   * France" in Jake's template): a header drawn with a glyph, however many of its kind the section
   * holds, which then are no sign of the section's bullets' look.
   */
  private static boolean glyphHeader(Line line) {
    return line.bullet() && line.style().bold() && line.style().size() >= SLIGHTLY_LARGER && line.cells().size() == 2
        && line.words() <= 8 && !isSentence(line);
  }

  /** A type size, relative to the running text's, a little larger: a header's in some templates. */
  private static final float SLIGHTLY_LARGER = 1.05f;

  /** Whether {@code a} is set a little larger ({@value #SLIGHTLY_LARGER} times) than {@code b}, both sizes known. */
  private static boolean setLarger(Line a, Line b) {
    return a.style().sizeKnown() && b.style().sizeKnown() && a.style().size() > b.style().size() * SLIGHTLY_LARGER;
  }

  /** The most words a list item set as a header, with its range of dates, has. */
  private static final int DATED_HEADER_WORDS = 14;

  /**
   * Whether line {@code i} opens the next entry's header: a line that dates an entry follows within
   * the next three lines, with no bullet or sentence before it.
   */
  private static boolean opensHeader(List<Line> body, int i, String bodyStyle) {
    int seen = 0;
    for (int k = i + 1; k < body.size() && seen < 3; k++) {
      Line l = body.get(k);
      if (l.blank()) {
        continue;
      }
      if (datesEntry(l)) {
        return true;
      }
      if (isBullet(l, bodyStyle) || isSentence(l)) {
        return false;
      }
      seen++;
    }
    return false;
  }

  /** How many lines, links aside, an employer's block holds between its name and its dates. */
  private static final int BLOCK_LINES = 3;

  /** Whether a line of dates alone follows line {@code i} within {@value #BLOCK_LINES} lines, links aside. */
  private static boolean datesBelow(List<Line> body, int i) {
    int seen = 0;
    for (int k = i + 1; k < body.size() && seen < BLOCK_LINES; k++) {
      Line l = body.get(k);
      if (l.blank() || isLinkOnly(l)) {
        continue;
      }
      if (l.hasDates() && Parts.datesOnly(l)) {
        return true;
      }
      seen++;
    }
    return false;
  }

  /**
   * Whether line {@code i}, cased as a header is, stands over dates and nothing else set in its
   * own size: an employer's banner and its tenure ("Globex – St. Louis, MO" / "8/1991 —
   * 12/2008") over the roles held there. Dates set as the headers are, apart from the line, are a
   * rail's, which date the header below them ("seit 05/25" over "Geschäftsführer, Weber GmbH").
   */
  private static boolean bannerOverDates(List<Line> body, int i) {
    // A page's end may stand between the two: the next line with text.
    Line dates = Line.next(body, i);
    return dates != null && dates.loneDate() != null && casedAsHeader(body.get(i))
        && sizeKey(dates.style()).equals(sizeKey(body.get(i).style()));
  }

  /**
   * Whether the next line with text after {@code i} holds dates: line {@code i} may be its header's
   * first line ("• Initech" over "Engineer, 2016 – 2019").
   */
  private static boolean headsDatedLine(List<Line> body, int i) {
    Line l = Line.next(body, i);
    return l != null && l.hasDates();
  }

  /** Whether the line right after {@code i} (no blank between) is dates and nothing else. */
  private static boolean overOwnDates(List<Line> body, int i) {
    return i + 1 < body.size() && !body.get(i + 1).blank() && body.get(i + 1).loneDate() != null;
  }

  /**
   * Whether the next line with text after {@code i} holds dates and words beside them but names no
   * role: a header's line that wants the title above it ("Nordkapp Tools ⇥ 2016 – 2021"). One that
   * names its role ("Engineer, Initech ⇥ 2016 – 2019") is complete without the line above.
   */
  private static boolean aboveNamedDates(List<Line> body, int i) {
    Line l = Line.next(body, i);
    return l != null && l.hasDates() && l.loneDate() == null && !Parts.namesRole(l);
  }

  /**
   * Whether line {@code i}, capitalised as a header is, is the header of the dates right under it:
   * the next line opens with an entry's dates, its first cell nothing but them ("Aug 2016 - Aug
   * 2021 ⇥ 5 years"), and what follows those dates is the entry's body, a bullet or a sentence. A
   * template that sets most titles in bold may leave one plain ("Engineer (several positions),
   * Initech" over "Aug 2016 - Aug 2021"); it still heads the dates below it and is no bullet of
   * the job above. Where a title follows the dates ("ACME" / "2019 – 2021" / "Staff Engineer"),
   * the dates open the next header and the line above stays a bullet.
   */
  private static boolean headsDatesBelow(Block cur, List<Line> body, int i, String bodyStyle) {
    Line line = body.get(i);
    // A full stop ends no header, but a legal form's ("Software Developer, Globex, L.P.").
    String text = Inline.clean(line.content());
    if (line.words() > HEADER_WORDS || text.endsWith(".") && !Parts.endsInLegalForm(text) || !capitalised(text)) {
      return false;
    }
    int k = i + 1;
    while (k < body.size() && body.get(k).blank()) {
      k++;
    }
    if (k >= body.size()) {
      return false;
    }
    Line dates = body.get(k);
    if (styledAsTheHeaderAbove(cur, line, dates, bodyStyle)) {
      return true;
    }
    if (!datesOnly(dates) || styledAsHeader(dates, bodyStyle)) {
      return false;
    }
    if (headsAsTheOneAbove(cur, line, dates)) {
      return true;
    }
    for (int n = k + 1; n < body.size(); n++) {
      Line next = body.get(n);
      if (!next.blank()) {
        // A paragraph too long for a header is the body too, in a language that capitalises its
        // nouns ("Entwicklung von Java-Anwendungen mit GWT. Anpassung und Erweiterung von …").
        // So is a phrase that says what the employer does, whatever stop ends it ("Globex provides
        // loan software for lenders").
        return !styledAsHeader(next, bodyStyle) && (isBullet(next, bodyStyle) || isSentence(next) || tooLongForHeader(next)
            || phrase(next) && !next.hasDates());
      }
    }
    return true;
  }

  /**
   * A line that dates an entry, its first cell the date range and nothing more, but how long it
   * lasted ("Jan, 2013 - Jan, 2022 9 years").
   */
  private static boolean datesOnly(Line dates) {
    if (!datesEntry(dates)) {
      return false;
    }
    Span first = dates.cells().get(0);
    Span range = dates.firstDates().span();
    return range.offset() <= first.offset() + 1 && (range.end() >= first.end() - 1
        || Parts.isDuration(dates.content().substring(range.end() - dates.contentStart(), first.end() - dates.contentStart())));
  }

  /**
   * Whether a line and the dated line under it are styled as the entry above's first header line
   * and its dated line, the dated line in a style of its own, not the running text's: "Globex"
   * (bold) over "Intern | June 2021 - Dec 2021" (small italics), where the bullets are bold too.
   * A template sets every entry so; the pair heads the next entry.
   */
  private static boolean styledAsTheHeaderAbove(Block cur, Line line, Line dates, String bodyStyle) {
    if (cur.header.size() < 2 || !cur.hasBody() || !dates.hasDates() || !line.style().sizeKnown() || isSentence(line)) {
      return false;
    }
    String datesStyle = styleKey(dates.style());
    if (datesStyle.equals(bodyStyle) || !styleKey(line.style()).equals(styleKey(cur.header.get(0).style()))) {
      return false;
    }
    for (Line h : cur.header) {
      if (h != cur.header.get(0) && h.hasDates() && styleKey(h.style()).equals(datesStyle)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a line and the dates under it are set as the entry above set its header and dates: the
   * line where that header's first line starts, the dates where its dates start and in their
   * style. A theme draws every entry so, and one that leaves a title plain ("Contractor, Initech"
   * where the others are bold) still heads the next, whatever follows the dates.
   */
  private static boolean headsAsTheOneAbove(Block cur, Line line, Line dates) {
    if (cur.header.isEmpty() || line.box() == null || dates.box() == null) {
      return false;
    }
    Line first = cur.header.get(0);
    for (Line d : cur.header) {
      if (d != first && d.box() != null && first.box() != null && datesOnly(d) && d.style().equals(dates.style())
          && Math.abs(d.box().x() - dates.box().x()) <= OUTDENT && Math.abs(first.box().x() - line.box().x()) <= OUTDENT) {
        return true;
      }
    }
    return false;
  }

  /** The style most of the section's running text is set in: its bullets and long lines. */
  private static String bodyStyle(List<Line> body) {
    Map<String, Integer> counts = new HashMap<>();
    for (Line l : body) {
      if (!l.blank() && !glyphHeader(l) && (l.bullet() || l.words() >= 8)) {
        counts.merge(styleKey(l.style()), l.words(), Integer::sum);
      }
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
  }

  private static String sizeKey(Style s) {
    return String.valueOf(Math.round(s.size() * 10));
  }

  private static String styleKey(Style s) {
    return Math.round(s.size() * 10) + (s.bold() ? "b" : "") + (s.italic() ? "i" : "");
  }

  /** A type size, relative to the running text's, that sets a line apart as larger. */
  static final float LARGER = 1.15f;

  /**
   * A short line set apart from the section's running text: bold or italic where that is not, or
   * larger. Templates set an entry's title and employer so.
   */
  private static boolean styledAsHeader(Line line, String bodyStyle) {
    Style s = line.style();
    if (bodyStyle == null || s == Style.UNKNOWN || tooLongForHeader(line) || styleKey(s).equals(bodyStyle)) {
      return false;
    }
    String c = line.content();
    if (c.endsWith(".") && line.words() > 4 && !capitalised(c)) {
      return false;
    }
    // A description set in its own style (an italic summary under the header) is no header,
    // ended or wrapped: eight or more words, mostly in lower case.
    if (line.words() >= 8 && isSentence(line)) {
      return false;
    }
    boolean bodyBold = bodyStyle.contains("b");
    boolean bodyItalic = bodyStyle.contains("i");
    return s.bold() && !bodyBold || s.italic() && !bodyItalic || s.sizeKnown() && Math.round(s.size() * 10) > Integer.parseInt(bodyStyle.replaceAll("\\D", "")) ;
  }

  /**
   * Whether the line's date dates an entry: a year in a sentence ("Acme went live in 2012.") does
   * not, unless the layout sets the date apart in a cell of its own.
   */
  private static boolean datesEntry(Line line) {
    return line.hasDates() && (line.cells().size() >= 2 || !isProse(line)) && !datedStatement(line);
  }


  /**
   * "Apr. 2015: Built a dashboard to chart uploaded files, for Northwind": a date, a colon, then a
   * sentence says what was done then, inside the entry it stands under; it heads no entry of its
   * own. A header written the same way names a role, not a sentence ("2019 – 2021: Senior
   * Engineer at Globex").
   */
  private static boolean datedStatement(Line line) {
    DateRange d = line.firstDates();
    if (d == null || !opensWith(line, d)) {
      return false;
    }
    int colon = d.span().end();
    while (colon < line.contentEnd() && " )]".indexOf(line.content().charAt(colon - line.contentStart())) >= 0) {
      colon++;
    }
    if (colon >= line.contentEnd() || line.content().charAt(colon - line.contentStart()) != ':') {
      return false;
    }
    return statement(restFrom(line, colon + 1));
  }

  /** A sentence that names no role and opens with no name and its field: what was done, no header. */
  private static boolean statement(Line rest) {
    return isSentence(rest) && !Parts.namesRole(rest, true) && !NAME_THEN_FIELD.matcher(rest.content()).find();
  }

  /** The line from {@code from} on, the blanks there skipped. */
  private static Line restFrom(Line line, int from) {
    int at = from;
    while (at < line.contentEnd() && Character.isWhitespace(line.content().charAt(at - line.contentStart()))) {
      at++;
    }
    return line.slice(at, line.contentEnd());
  }

  /**
   * "Since 2018 I work for the company as its only developer. Since the beginning": a date that
   * opens a long sentence with no colon between them. Only a sentence that ends, runs on past
   * its full stop, or opens with a word and is longer than a header ("Since 2004 Globex has been
   * building web tools for the teams of", its paragraph wrapped) says what was done then; a header's words after its
   * dates rarely reach a full stop, and one that names a role is a header.
   */
  private static boolean datedSentence(Line line) {
    DateRange d = line.firstDates();
    if (d == null || !opensWith(line, d) || d.span().end() >= line.contentEnd()) {
      return false;
    }
    // Dates in a cell of their own (a rail's, beside the entry's text) date the entry beside them.
    if (line.cells().size() >= 2 && line.cells().get(0).end() <= d.span().end() + 1) {
      return false;
    }
    Line rest = restFrom(line, d.span().end());
    String c = Inline.clean(rest.content()).strip();
    return rest.words() >= MIN_STATEMENT_WORDS && !c.startsWith(":")
        && (endsSentence(c) || FULL_STOP_INSIDE.matcher(c).find() || opensWithWord(line) && tooLongForHeader(line)) && statement(rest);
  }

  /** Whether the line opens with a word, not a figure: "Since 2004 …", not "2019 - 2022 Globex, …". */
  private static boolean opensWithWord(Line line) {
    String c = Inline.clean(line.content()).strip();
    return !c.isEmpty() && Character.isLetter(c.codePointAt(0));
  }

  /** The fewest words of a sentence that follows a date with no colon between them (see datedSentence). */
  private static final int MIN_STATEMENT_WORDS = 9;
  /** A full stop after a word of two letters or more, then a capitalised word: one sentence ends, the next begins. */
  private static final Pattern FULL_STOP_INSIDE = Pattern.compile("\\p{L}{2,}\\. \\p{Lu}");

  /**
   * A name of one word, then a comma or a dash: "Globex, Berlin – building the payments platform"
   * heads a job. ("Built Kafka, Redis and …" is a statement: its first word is followed by another.)
   */
  private static final Pattern NAME_THEN_FIELD = Pattern.compile("^\\p{Lu}[\\p{L}\\d&.'’-]*(?:,| [" + Glyphs.dashClass() + "|] )");

  /** Opens with a capital, and most of its longer words do too: "freelance work for shops" is prose. */
  private static boolean casedAsHeader(Line line) {
    String c = Inline.clean(line.content()).strip();
    return !c.isEmpty() && Character.isUpperCase(c.charAt(0)) && share(c) >= 0.5;
  }

  /**
   * Whether a line is the header that dates on a line of their own stand over: the block has no
   * body, its header is those dates, and the line is cased as names are and no sentence, or opens
   * with three names however it goes on (see namesFieldsFirst).
   */
  private static boolean headerUnderDates(Block cur, Line line) {
    return !cur.hasBody() && datesAlone(cur) && (!isSentence(line) && casedAsHeader(line) || namesFieldsFirst(line));
  }

  /**
   * Whether a line opens with three fields a comma parts, a role or a name first, then names (every
   * word capitalised, a legal form allowed at the end), before anything else: "Globex Systems,
   * Leeds, England, Internship - study of the build tools and test suites" is a header whose last
   * field runs long, not a sentence. A sentence opening on a list names fewer before its first
   * small word ("Java, Kotlin and Go …"), or goes on with a joiner ("Berlin, Munich, Hamburg, and
   * Vienna offices were …"); three places alone name nobody a header names.
   */
  private static boolean namesFieldsFirst(Line line) {
    String[] fields = Inline.clean(line.content()).strip().split(",\\s+", 4);
    if (fields.length < 4 || LIST_JOINERS.contains(fields[3].split("\\s+", 2)[0])) {
      return false;
    }
    int places = 0;
    for (int k = 0; k < 3; k++) {
      if (!allCapitalised(fields[k]) && !(k == 0 && Parts.isRole(fields[k]))) {
        return false;
      }
      places += Parts.isLocation(fields[k]) ? 1 : 0;
    }
    return places < 3;
  }

  /** Words that join the last item of a list to the others: "and", "or", "&", "und", "et", "y". */
  private static final Set<String> LIST_JOINERS = Lexicon.set("entry-words.txt", "list-joiner");

  /**
   * Every word opens with a capital or a figure, but a legal form that ends the name, written with
   * its inner dots in lower case ("Kestrel s.r.o.", "Orion a.s."): "Orion Data Services", "Leeds".
   * A word ending on a stop alone ("etc.") is no legal form.
   */
  private static boolean allCapitalised(String field) {
    String[] words = SPACE_RUN.split(field.strip());
    int last = words.length - 1;
    for (int k = 0; k <= last; k++) {
      String w = words[k];
      int dot = w.indexOf('.');
      boolean legalForm = k == last && k > 0 && w.length() <= 6 && dot > 0 && dot < w.length() - 1;
      if (w.isEmpty() || !legalForm && !Character.isUpperCase(w.codePointAt(0)) && !Character.isDigit(w.codePointAt(0))) {
        return false;
      }
    }
    return !field.isBlank();
  }

  /**
   * What follows the date that opens the line, when it is running text rather than names: a
   * sentence, a phrase cut at a joining word, or more words than a header holds. Null otherwise.
   */
  private static Line proseAfterDate(Line line) {
    DateRange d = line.firstDates();
    if (d == null || d.span().end() >= line.contentEnd()) {
      return null;
    }
    Line rest = restFrom(line, d.span().end());
    String c = Inline.clean(rest.content()).strip();
    return rest.words() >= MIN_STATEMENT_WORDS && (isSentence(rest) || dangling(c) || tooLongForHeader(rest)) ? rest : null;
  }

  /**
   * Whether a line holds the other end of the date that opens the block's one header line, as a
   * rail stacks a range's ends ("Setembro/18" over "Março/19 ⇥ Role ⇥ Employer", or "Nov 2021 ⇥
   * Tech Lead" over "Jul 2021 ⇥ Educação"): no blank line parts them and the line opens with
   * another single date and goes on with names (see otherEnd). Two lone dates are left to
   * closesRange, which knows the order.
   */
  private static boolean stackedEnds(Block cur, Line line, boolean gap) {
    return !gap && cur.header.size() == 1 && otherEnd(cur.header.get(0), cur.dates, line);
  }

  /**
   * Whether {@code line} opens with the other end of the range whose one end, {@code dates}, opens
   * the line {@code above} (alone there, or beside names): a single date, not an open end, not
   * that date again, and names after it. A year over a month of that year ("2019" over "Mar 2019
   * ⇥ …") is no range.
   */
  private static boolean otherEnd(Line above, DateRange dates, Line line) {
    if (dates == null || !dates.single() || dates.present() || !above.opensWithDate() || !line.opensWithDate()
        || line.loneDate() != null) {
      return false;
    }
    DateRange other = line.firstDates();
    PartialDate a = dates.start();
    PartialDate b = other.start();
    if (!other.single() || other.present() || a.equals(b)) {
      return false;
    }
    if (above.loneDate() != null) {
      return a.year() != b.year() || a.month() != 0 && b.month() != 0;
    }
    // Both ends beside names ("Nov 2021 ⇥ Tech Lead na Nova Escola" over "Jul 2021 ⇥ Educação"):
    // only months, and the lower line names no role, for one-line jobs listed under each other
    // ("2019 ⇥ Engineer ⇥ Globex" over "2018 ⇥ Intern ⇥ Initech") are each their own.
    return a.month() != 0 && b.month() != 0 && !Parts.namesRole(line, true) && !namesEmployerOrPlace(line);
  }

  /**
   * Whether a line names an organisation by its words or a place: "Initech Ltd, Munich" is a one-line
   * job of its own, no line about the job above ("Educação", the employer's sector).
   */
  private static boolean namesEmployerOrPlace(Line line) {
    for (Parts.Part p : Parts.of(SectionKind.EXPERIENCE, List.of(line))) {
      if (Parts.hasWord(p.value(), Parts.ORG_WORDS) || Parts.isLocation(p.value())) {
        return true;
      }
    }
    return false;
  }

  /** Whether a block's header so far is dates and nothing more: a date rail over each header. */
  private static boolean datesAlone(Block b) {
    if (b.header.isEmpty()) {
      return false;
    }
    for (Line h : b.header) {
      if (h.firstDates() == null || !Parts.datesOnly(h)) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Globex · Seattle, WA" right under a header's first line, before any body: a name and its place
   * and nothing else, the line a template sets under each title for its employer. It is the
   * header's, whatever the header above seems to name already ("Director, Services Platform").
   */
  private static boolean nameAndPlace(SectionKind kind, Block cur, Line line) {
    if (cur.header.size() != 1 || cur.hasBody() || !cur.lines.isEmpty() || line.content().endsWith(".")) {
      return false;
    }
    List<Part> parts = Parts.of(kind, List.of(line));
    return parts.size() == 2 && Parts.isLocation(parts.get(1).value()) && !Parts.isLocation(parts.get(0).value())
        && !Parts.isRole(parts.get(0).value()) && !Parts.sentenceCased(parts.get(0).value());
  }

  /**
   * Whether a list item's header parts name a place ("Portland, OR", "(Remote)"), or open with a
   * role then "@" or a word for "at" before a name ("Software Engineer @ Globex", "Ingénieur chez
   * Globex": Parts gives every word for "at" as "at").
   */
  private static boolean headerItem(List<Part> parts) {
    if (parts.size() >= 2 && Parts.isRole(parts.get(0).value())
        && (parts.get(1).before().equals("@") || parts.get(1).before().equals("at"))) {
      return true;
    }
    for (Part p : parts) {
      if (Parts.isLocation(TRAILING_STOPS.matcher(p.value()).replaceAll("").strip())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The right edge of the text in each column of each page (the furthest any line of the body
   * reaches), where a reader gave the lines' geometry; empty otherwise.
   */
  private static Map<Integer, Float> rightEdges(List<Line> body) {
    Map<Integer, Float> out = new HashMap<>();
    for (Line l : body) {
      if (l.box() != null && !l.blank()) {
        out.merge(Line.edgeKey(l.box()), l.box().right(), Math::max);
      }
    }
    return out;
  }

  /**
   * Whether the line is the wrapped rest of the entry's last line, a labelled list ("Tools Used:
   * MongoDB, Heroku, System" / "Monitoring"): a few words in the label line's own look, where that
   * line reached the column's edge, with no room left for the first of them.
   */
  private static boolean labelListCut(Block cur, Line line, Map<Integer, Float> rightEdges) {
    if (cur.lines.isEmpty() || line.words() > 4 || !line.style().sizeKnown()) {
      return false;
    }
    Line last = cur.lines.get(cur.lines.size() - 1);
    return last.box() != null && line.box() != null && isInlineLabel(last) && !Inline.clean(last.content()).endsWith(".")
        && styleKey(last.style()).equals(styleKey(line.style())) && rightEdges.containsKey(Line.edgeKey(last.box()))
        && !roomForNextWord(last, line, rightEdges);
  }

  /**
   * Whether the line's first word would have fit at the end of {@code prev}, had they been one
   * text: then {@code prev} ended its sentence where the writer broke the line, and the line is no
   * wrap of it ("Built a REST API for the portal" / "Created a process to automate DNS"). Only
   * where the reader gave both lines' geometry, in the same column.
   */
  private static boolean roomForNextWord(Line prev, Line line, Map<Integer, Float> rightEdges) {
    Box a = prev.box();
    Box b = line.box();
    if (a == null || b == null || a.page() != b.page() || a.column() != b.column() || prev.content().isEmpty()) {
      return false;
    }
    Float edge = rightEdges.get(Line.edgeKey(a));
    if (edge == null) {
      return false;
    }
    float perChar = (a.right() - a.x()) / prev.content().length();
    int firstWord = SPACE_RUN.split(line.content().strip(), 2)[0].length();
    return edge - a.right() > (firstWord + 2) * perChar;
  }

  /** A wrapped bullet's next line: starts in lower case, or the bullet has not ended its sentence. */
  private static boolean continues(Line line, Block cur, boolean hasDate, Map<Integer, Float> rightEdges) {
    String c = line.content();
    if (c.isEmpty() || hasDate) {
      return false;
    }
    char first = c.charAt(0);
    // A figure opens a wrapped line ("… cut latency by" / "35% in a quarter"), or a name set as a
    // header ("42.7° Labs LLC ⇥ Columbus, OH", "3M Company" in the employers' size): only a line
    // in the item's own size (its weight may change: a bold lead-in), in one cell, goes on it.
    boolean figure = Character.isDigit(first) && line.cells().size() < 2
        && (cur.lastBulletLine == null || !line.style().sizeKnown()
            || Math.round(line.style().size() * 10) == Math.round(cur.lastBulletLine.style().size() * 10));
    String prev = cur.bulletText.get(cur.bulletText.size() - 1).toString();
    // A word in lower case goes on the sentence above; a name cased inside ("iOS", "eBay",
    // "jQuery") may open a header as well, and is asked as any capitalised line is, below.
    boolean lower = Character.isLowerCase(first) && !casedInside(SPACE_RUN.split(c.strip(), 2)[0]);
    if (lower && endedApart(cur.lastBulletLine, line, prev)) {
      return false;
    }
    if (lower || figure || "([{&%+".indexOf(first) >= 0) {
      return true;
    }
    // A line hung at the item's text goes on the item, unless the item's sentence ended there ("…
    // in Java EE." / "We built our own product."): then the writer broke the line for a new one.
    if (hangsUnder(cur.lastBulletLine, line) && !SENTENCE_END.matcher(prev.strip()).find()) {
      return true;
    }
    // A bullet cut after a comma or a joining word ("…across web, mobile web," / "Android and
    // iOS.") always goes on, whatever the case of the next line.
    if (dangling(prev)) {
      return true;
    }
    boolean prevOpen = !prev.endsWith(".") && !prev.endsWith("!") && !prev.endsWith(";");
    // A few words that end the sentence ("… to Svelte and the Falcon" / "Ruby framework.") end the
    // bullet, however capitalised; a header with a full stop parts its fields with commas.
    // A full stop after a short word in lower case is an abbreviation's ("Analista de Sistemas
    // Jr."), not an acronym's ("… moved the builds to" / "ZFS."), and a role heads its entry.
    String lastWord = c.strip().substring(c.strip().lastIndexOf(' ') + 1);
    boolean abbreviation = lastWord.length() <= 4 && !lastWord.equals(lastWord.toUpperCase(Locale.ROOT));
    boolean endsIt = line.words() <= 4 && lastWord.endsWith(".") && !abbreviation && c.indexOf(',') < 0
        && !Parts.endsInLegalForm(c.strip()) && !Parts.namesRole(line);
    if (prevOpen && ranInto(cur.lastBulletLine, line)) {
      return true;
    }
    return prevOpen && (!isHeaderLike(line, null) || endsIt) && line.words() > 0 && prev.length() > 60
        && !(cur.lastBulletLine != null && roomForNextWord(cur.lastBulletLine, line, rightEdges));
  }

  /**
   * Whether the blank line before {@code line} is a page or a column turning inside the last item:
   * the item stops mid-sentence at the foot of a page or column and the next opens in lower case
   * ("… to plan, budget, and" / "shipped the billing service"), on a later page or higher up the
   * same one (a theme that flows its text in columns). A blank line the writer left ends an item.
   */
  private static boolean goesOnOverBreak(Block cur, Line line) {
    Line last = cur.lastBulletLine;
    // On the same page, only within what the reader took for one column: a sidebar's first line
    // set higher up (a column of its own) goes on with nothing.
    if (last == null || last.box() == null || line.box() == null || line.box().page() < last.box().page()
        || line.box().page() == last.box().page() && (line.box().y() >= last.box().y() || line.box().column() != last.box().column())) {
      return false;
    }
    String c = line.content().strip();
    String prev = cur.bulletText.get(cur.bulletText.size() - 1).toString().strip();
    // A list of technologies in lower case ("kubernetes, terraform, go") is a line of its own.
    return !c.isEmpty() && Character.isLowerCase(c.charAt(0)) && !SENTENCE_END.matcher(prev).find()
        && !isTechList(line) && !isItemList(line);
  }

  /**
   * Whether a line in lower case after an item that ended its sentence is set apart from the
   * item's text: in another type size, or starting left of where the item's text starts. It then
   * names what comes next ("qSpark", "eBay" as the next employer, set larger at the entries'
   * margin) rather than going on with the item. Only where the reader gave sizes or geometry.
   */
  private static boolean endedApart(Line item, Line line, String itemText) {
    // An item's line that filled its column ran on into this one, whatever stop it ended on
    // ("… for Umbrella Holdings Inc." / "and two partner firms"), where a list sets its wraps
    // under the glyph rather than the text.
    if (item == null || !SENTENCE_END.matcher(itemText.strip()).find() || item.filledBefore(line)) {
      return false;
    }
    boolean otherSize = item.style().sizeKnown() && line.style().sizeKnown()
        && Math.abs(item.style().size() - line.style().size()) > OTHER_SIZE * item.style().size();
    boolean outdented = item.box() != null && line.box() != null && item.box().page() == line.box().page()
        && item.box().column() == line.box().column() && line.box().x() < item.box().x() - OUTDENT;
    return otherSize || outdented;
  }

  /**
   * Whether the line starts further in than its dated header's first line, where the line below it
   * starts too, in the same style, and the header already names a role and a name besides it: a
   * theme that sets its items in with no glyph. A header's own lines start where it does.
   */
  private static boolean setInUnderWholeHeader(SectionKind kind, Block cur, Line line, List<Line> body, int li) {
    if (kind != SectionKind.EXPERIENCE || cur.header.isEmpty() || cur.hasBody() || cur.dates == null || line.hasDates()
        || line.box() == null) {
      return false;
    }
    Line first = cur.header.get(0);
    Line next = Line.next(body, li);
    if (first.box() == null || next == null || next.box() == null || next.hasDates() || next.box().page() != line.box().page()
        || line.box().x() < first.box().x() + OUTDENT || Math.abs(next.box().x() - line.box().x()) > OUTDENT
        || !line.style().equals(next.style())) {
      return false;
    }
    HeaderNames named = headerNames(kind, cur);
    return named.role() && named.others() > 0;
  }

  /** A difference in type size, as a share of the item's, that sets a line apart. */
  private static final float OTHER_SIZE = 0.08f;
  /** How far left of an item's text, in points, a line starts to stand apart from the item. */
  private static final float OUTDENT = 3f;

  /**
   * Whether the line is what {@code prev} ran into, as the page's geometry shows (see
   * {@link Line#ranOnInto}): its sentence wrapped there, however the next line is cased ("…
   * powering wallets including" / "Metamask, Coinbase Wallet and Zerion."). A dated line, or one
   * of several cells, runs on from nothing.
   */
  private static boolean ranInto(Line prev, Line line) {
    return prev != null && !line.hasDates() && line.cells().size() <= 1 && line.words() > 0 && prev.ranOnInto(line);
  }

  /**
   * Whether a line of plain text (no reader's layout) stands right under a list item's text,
   * indented to where that text starts (" * I conceived the Cloud" / "   Key Management Service
   * project…"): the item's next line, as Markdown and hand-set text lists hang it, whatever its
   * case. Where the line above ended its sentence, it goes on the item only as a sentence of its
   * own might (see continues).
   */
  private static boolean hangsUnder(Line item, Line line) {
    return item != null && line.box() == null && !line.style().sizeKnown() && !line.bullet()
        && line.index() == item.index() + 1 && line.margin() > 0 && line.indent() == item.indent()
        && !line.content().startsWith("#") && !line.content().startsWith("|");
  }

  /** Whether the entry's last description line is a sentence cut before its end. */
  private static boolean openDescription(Block cur) {
    if (cur.lines.isEmpty()) {
      return false;
    }
    Line last = cur.lines.get(cur.lines.size() - 1);
    String c = Inline.clean(last.content()).strip();
    return c.length() > 60 && isSentence(last) && !SENTENCE_END.matcher(c).find();
  }

  /** Whether a word has a capital after its first letter: "MySql", "gRPC", "AWS", "APIs". */
  private static boolean casedInside(String w) {
    for (int i = 1; i < w.length(); i++) {
      if (Character.isUpperCase(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Words after "at" that a header's employer holds at most: more say what was done there. */
  private static final int AT_NAME_MAX_WORDS = 5;

  /**
   * Whether the line is a capitalised role, then a word for "at", then a capitalised name of a few
   * words ("Software developer, NodeJs & React at Quillstone of programming"): a header however the
   * name is cased after its first word. A sentence has no role before its "at" ("Built the ledger
   * at Globex"), opens in lower case ("then served as lead engineer at Globex"), or goes on after
   * the name with a phrase, a figure or a full stop ("… at Globex for six months").
   */
  private static boolean roleAtName(String c) {
    if (c.isEmpty() || !Character.isUpperCase(c.charAt(0))) {
      return false;
    }
    for (String at : Parts.AT_WORDS) {
      int i = c.indexOf(' ' + at + ' ');
      if (i <= 0) {
        continue;
      }
      String before = c.substring(0, i).strip();
      String after = c.substring(i + at.length() + 2).strip();
      int comma = before.indexOf(',');
      String role = comma > 0 ? before.substring(0, comma) : before;
      return !after.isEmpty() && Character.isUpperCase(after.charAt(0)) && Whitespace.splitLength(after) <= AT_NAME_MAX_WORDS
          && !endsSentence(after) && after.chars().noneMatch(Character::isDigit) && !phraseAfterName(after) && Parts.isRole(role);
    }
    return false;
  }

  /** Words that open a phrase after a name, not a word of one: "for", "until", "since", "during". */
  private static final Set<String> AFTER_NAME = Lexicon.set("entry-words.txt", "after-name");

  private static boolean phraseAfterName(String after) {
    for (String w : SPACE_RUN.split(after)) {
      if (AFTER_NAME.contains(w.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Words that open a line telling of a change of role inside a job ("Promoted to …"). */
  private static final List<String> ROLE_CHANGES = Lexicon.list("entry-words.txt", "role-change");

  /**
   * Prose: starts with a verb form, mostly lower case, long enough to be a statement; or a change
   * of role told in the job ("Promoted to Senior Engineer Dec. 2019."). Never a role at a name
   * ("Software developer, NodeJs & React at Globex") nor a name and what it is.
   */
  private static boolean isSentence(Line line) {
    int lineWords = line.words();
    String c = Inline.clean(line.content());
    // "Promoted to Senior Engineer Dec. 2019.": with its own date or a full stop, a change of role
    // told in the job; bare ("Promoted to Staff Engineer, Globex" under a range alone), a header.
    String lowered = c.toLowerCase(Locale.ROOT);
    if (ROLE_CHANGES.stream().anyMatch(w -> lowered.startsWith(w + ' ')) && (line.hasDates() || endsSentence(c))) {
      return true;
    }
    if (lineWords < 5) {
      return false;
    }
    if (nameThenAbout(line) || roleAtName(c)) {
      return false;
    }
    String[] words = SPACE_RUN.split(c);
    int lower = 0;
    int counted = 0;
    for (String w : words) {
      // A name cased inside ("MySql", "gRPC", "AWS") is a product's or an acronym's, and a
      // capitalised item of a list ("Laravel, Sass and Go") a name: written so in a sentence and
      // a header alike, they tell nothing either way.
      if (w.isEmpty() || casedInside(w) || w.endsWith(",") && Character.isUpperCase(w.charAt(0))) {
        continue;
      }
      counted++;
      // A word of a script without capitals is no name by its case: in a sentence of Japanese
      // between product names, it counts as the small words of an English one do.
      if (Character.isLowerCase(w.charAt(0)) || Parts.caseless(w.charAt(0))) {
        lower++;
      }
    }
    boolean mostlyLower = counted > 0 && lower * 2 >= counted;
    return mostlyLower && (VERB_START.matcher(c).find() || endsSentence(c) || lineWords >= 9);
  }

  /**
   * Whether a plain line right after a job's bullets reports what was done there ("Applied
   * knowledge of Go, Loki, Vector"): it opens with a past-tense verb of an act, a function
   * word follows within its next two words, and it names no role. However many names it lists, it
   * heads no entry. Only in work sections: a project may be named so ("Contributed to Apache
   * Kafka"), and a heading the reader or Markdown marks is a heading; "Applied Scientist at
   * Globex" names its role, and a word for "at" joins a title to its employer.
   */
  private static boolean reportsAct(SectionKind kind, Block cur, Line line) {
    if (kind != SectionKind.EXPERIENCE || !cur.lastBullet || line.markedHeading() || line.content().startsWith("#")
        || line.hasDates()) {
      return false;
    }
    String[] words = SPACE_RUN.split(Inline.clean(line.content()).strip(), 4);
    if (words.length < 3 || words[0].isEmpty() || !Character.isUpperCase(words[0].charAt(0))
        || !dev.prism.core.bullet.Lexicon.pastVerb(words[0])) {
      return false;
    }
    for (int i = 1; i <= 2; i++) {
      String w = words[i];
      if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !Parts.AT_WORDS.contains(w)
          && dev.prism.core.bullet.Lexicon.functionWord(w)) {
        return !Parts.namesRole(line);
      }
    }
    return false;
  }

  /**
   * Whether a line of a text its writer wrapped by hand (no type sizes: plain text, Markdown)
   * goes on in lower case on the line right under it ("specialties in web …") and reads as a
   * sentence's start: it stops on a small word ("Consulting in Go, Rails, Python, etc., with") or
   * most of its words are in lower case ("Nordkapp builds a spatial user"). Under a dated header,
   * such a line opens a paragraph and heads nothing, however many names it holds; in a list of
   * undated items it may be an item's own header, wrapped.
   */
  private static boolean wrapsIntoProse(Block cur, List<Line> body, int li) {
    Line line = body.get(li);
    if (cur.dates == null || li + 1 >= body.size() || line.style().sizeKnown() || line.hasDates() || line.bullet()
        || line.markedHeading()) {
      return false;
    }
    Line below = body.get(li + 1);
    String next = below.blank() ? "" : Inline.clean(below.content()).strip();
    // A line of dates below ("marzo 2019 – actualidad", months in lower case) dates a header.
    if (next.isEmpty() || !Character.isLowerCase(next.codePointAt(0)) || below.bullet() || below.hasDates()) {
      return false;
    }
    String[] words = SPACE_RUN.split(Inline.clean(line.content()).strip());
    String last = words[words.length - 1];
    int lower = 0;
    for (String w : words) {
      lower += !w.isEmpty() && Character.isLowerCase(w.codePointAt(0)) ? 1 : 0;
    }
    return words.length >= 4 && (dev.prism.core.bullet.Lexicon.functionWord(last) && !Parts.AT_WORDS.contains(last)
        || lower * 2 > words.length);
  }

  /** A full stop ends the text, not one of a legal form ("Globex Inc."); Chinese and Japanese write "。". */
  private static boolean endsSentence(String c) {
    return c.endsWith(".") && !Parts.endsInLegalForm(c) || c.endsWith("。");
  }

  /** The most words a name in a cell before a sentence's cell may have (see {@link #nameBeforeSentence}). */
  private static final int MAX_NAME_CELL_WORDS = 6;

  /**
   * The first cell of a line that is a name and no more, with a sentence in the cells after it, or
   * null: capitalised, a few words, no colon, no label of a field, a form or a part of an entry
   * ("Employer ⇥ …", "Highlights ⇥ …", "Key Responsibilities ⇥ …"), no technology ("Java ⇥ Built
   * …"), no sentence of its own.
   */
  private static Span nameBeforeSentence(Line line) {
    List<Span> cells = line.cells();
    if (cells.size() < 2) {
      return null;
    }
    Span first = cells.get(0);
    String name = Inline.clean(line.textOf(first)).strip();
    if (name.isEmpty() || !Character.isUpperCase(name.codePointAt(0)) || name.indexOf(':') >= 0
        || FieldLabelWords.named(name) != null || FieldLabelWords.isFormLabel(name) || Headings.isSubLabel(name)
        || INLINE_LABELS.contains(name.toLowerCase(Locale.ROOT)) || namesTechnology(name)
        || Whitespace.splitLength(name) > MAX_NAME_CELL_WORDS || isSentence(line.slice(first.offset(), first.end()))) {
      return null;
    }
    // A sentence that opens in lower case goes on from the first cell ("Year in Industry ⇥ at
    // Brightwater as a developer", a link's text set as a cell): one sentence, no name apart.
    Line rest = line.slice(cells.get(1).offset(), line.contentEnd());
    String restText = Inline.clean(rest.content()).strip();
    return !restText.isEmpty() && !Character.isLowerCase(restText.codePointAt(0)) && isSentence(rest) ? first : null;
  }

  /** Whether a short text is a technology's name and no more ("Java", "Spring Boot"; a stop may follow). */
  private static boolean namesTechnology(String name) {
    Span lead = Parts.leadingTechnology(name);
    return lead != null && lead.length() >= name.length() - 1;
  }

  /**
   * A finished sentence: such a line opening an entry is its description, not its header. A
   * paragraph whose last sentence ends with a colon introduces the list below it ("… lead of one
   * of the teams. These are the projects we worked on:"); one sentence so ended may be a job told
   * in prose ("Worked at Globex from 2019 to 2021 on these projects:").
   */
  private static boolean isProse(Line line) {
    if (!isSentence(line)) {
      return false;
    }
    String c = Inline.clean(line.content());
    return c.endsWith(".") || c.endsWith(":") && c.contains(". ");
  }

  /**
   * {@code DANGLING.matcher(s).find()}: a match ends at the end (or before a final line break) and is
   * a comma or one word of six letters at most, so it is looked for in the last ten characters only
   * (bullets are long, and find() tried the pattern at every position), with transparent bounds so
   * that \b still sees the character before them. {@code DanglingTailTest} holds it to the pattern.
   */
  static boolean dangling(String s) {
    return DANGLING.matcher(s).useTransparentBounds(true).region(Math.max(0, s.length() - 10), s.length()).find();
  }

  /**
   * More words than a header holds: a paragraph, even one set in bold. Up to {@value
   * #LONG_HEADER_WORDS} words may still be a header when every longer word is capitalised, no
   * sentence ends it and a separator parts it into a header's fields ("Game Developer - Arcadia
   * Redux (Hobby Team Project), Arcadia Redux (Hobby Team Project)": a long title and a long
   * employer's name); a run of capitalised words with no separator is a title-cased sentence.
   */
  private static boolean tooLongForHeader(Line line) {
    int words = line.words();
    if (words <= HEADER_WORDS) {
      return false;
    }
    // A gloss in brackets on what a name is ("Globex (Sale and service of cars from Japanese
    // auctions)") adds none of the header's words.
    String c = Parts.withoutGloss(Inline.clean(line.content()).strip());
    words = Whitespace.splitLength(c);
    if (words <= HEADER_WORDS) {
      return false;
    }
    // Nor does what a name is, said after it and a separator, on a line whose place or dates stand
    // in a cell of their own ("Globex L.P – the global leader in business and financial data,
    // news and insight ⇥ London, UK"); in one run of text such a line is the body's, but under a
    // role that names no employer yet (see employerLineUnderRole).
    if (words <= LONG_HEADER_WORDS && line.cells().size() >= 2 && !SENTENCE_END.matcher(c).find() && nameThenAbout(line)) {
      return false;
    }
    return words > LONG_HEADER_WORDS || SENTENCE_END.matcher(c).find() || share(c) < 1 || !FIELD_SEPARATOR.matcher(c).find();
  }

  /** The most words a header has, as a rule. */
  private static final int HEADER_WORDS = 14;
  private static final int LONG_HEADER_WORDS = 24;
  /** A comma, or a dash, bar or middle dot with spaces around it: what parts a header's fields. */
  private static final Pattern FIELD_SEPARATOR = Pattern.compile(",\\s|\\s[" + Glyphs.dashClass() + "|·•]\\s");

  /** Short, title-cased, set apart by its style, or carrying a date or separators: reads as an entry header. */
  private static boolean isHeaderLike(Line line, String bodyStyle) {
    if (datesEntry(line) || styledAsHeader(line, bodyStyle)) {
      return true;
    }
    int lineWords = line.words();
    if (tooLongForHeader(line)) {
      return false;
    }
    String c = Inline.clean(line.content());
    // moderncv ends "Title, Company, City." with a full stop: a line of capitalised names is a
    // header whatever ends it; a sentence is not, nor is a name and its tagline ("Globex ·
    // Rethinking how towns buy their food."). The stop of a legal form ("Brindlebank a.s.") ends
    // no sentence; the ideographic full stop ends one whatever the words before it ("负责 Globex
    // 的技术方向。", its one capitalised word a name inside the sentence).
    if ((c.endsWith("。") || c.endsWith(".") && !Parts.endsInLegalForm(c) && lineWords > 4 && !capitalised(c)) && !nameThenAbout(line)) {
      return false;
    }
    // A role alone and emphasised, in sentence case ("**Senior software engineer**"), heads its
    // entry as a name would; "Promoted to senior engineer" is a sentence, and "architect" in lower
    // case the rest of a title the line above wrapped.
    // A gloss in brackets on what a name is ("Arsenal LLC (Security company)") is no part of the
    // name's capitals.
    return share(Parts.withoutGloss(c)) >= 0.5 || line.cells().size() >= 2 && lineWords <= 8 || nameThenAbout(line)
        || emphasisedWhole(line.content()) && Parts.namesRole(line, true);
  }

  /**
   * A role written in a script without capitals ("后端工程师", "技术负责人、后端工程师") under a header
   * that names no role yet ("Globex ⇥ 2019.5 - 至今"): its case tells nothing (a word of Latin
   * letters in lower case would open a sentence), and its role's word says it completes the
   * header. Under a header that names its role, a line that ends in a role's word ("负责指导实习工程师",
   * guiding the interns) is the entry's, and so, under any header, is one with a word that opens
   * with a verb of what was done ("带领五名工程师…", "支付网关项目 带领…"), and a project's name
   * ("运营商生活商城").
   */
  private static boolean caselessRole(Block cur, Line line) {
    String t = Inline.clean(line.content()).strip();
    return !t.isEmpty() && Parts.caseless(t.charAt(0)) && !cur.header.isEmpty() && !cur.hasBody()
        && cur.header.stream().noneMatch(Parts::namesRole) && Parts.namesRole(line)
        && java.util.Arrays.stream(Parts.splitWords(t)).noneMatch(w -> CASELESS_ACTIONS.stream().anyMatch(w::startsWith));
  }

  /** Verbs that open a line of what was done, in scripts without capitals ("负责…", "带领…"). */
  private static final List<String> CASELESS_ACTIONS = Lexicon.list("entry-words.txt", "caseless-action");

  /** Emphasis around the whole line: "**Senior software engineer**", "_Developer_". */
  private static boolean emphasisedWhole(String c) {
    String t = c.strip();
    return t.length() > 4 && (t.startsWith("**") && t.endsWith("**") || t.startsWith("__") && t.endsWith("__")
        || t.charAt(0) == '_' && t.charAt(t.length() - 1) == '_' || t.charAt(0) == '*' && t.charAt(t.length() - 1) == '*');
  }

  /**
   * A name, its separator, then words in sentence case that say what it is ("Globex · Platform
   * for fraud checks, identity and compliance"), or in lower case after a dash ("Initech – the
   * leader in ledgers, audits and insight"): an employer with a line about it, not prose. A list
   * after the separator ("Stack · Java, Spring Boot and Kafka") is none, nor a technology before
   * a dash ("Kafka – the queue between the services").
   */
  private static boolean nameThenAbout(Line line) {
    return nameThenAbout(nameAndAbout(line));
  }

  /** The text a name and what it is are read from: the first cell when the line has several (the place beside them is another). */
  private static String nameAndAbout(Line line) {
    return Inline.clean(line.cells().size() >= 2 ? line.textOf(line.cells().get(0)) : line.content());
  }

  /**
   * Whether the line names an employer and says what it is after a dot or a bar, in sentence case
   * ("Globex · Globex is a platform for …", up to {@value #LONG_HEADER_WORDS} words), right under
   * a header with no body that names a role and no employer: the employer's line of a theme that
   * sets the role first. Under a header that names its employer, such a line is the body's
   * ("Ledgerly · A ledger service I built …"), and after a dash it is always (see tooLongForHeader).
   */
  private static boolean employerLineUnderRole(SectionKind kind, Block cur, Line line) {
    if (kind != SectionKind.EXPERIENCE || cur.header.isEmpty() || cur.hasBody() || line.hasDates()
        || line.words() > LONG_HEADER_WORDS || !nameThenAbout(line) || aboutAfterDash(line)) {
      return false;
    }
    HeaderNames named = headerNames(kind, cur);
    return named.role() && named.others() == 0;
  }

  /** What a block's header names so far: a role or not, and how many names that are no role, place or address. */
  private record HeaderNames(boolean role, int others) {}

  private static HeaderNames headerNames(SectionKind kind, Block cur) {
    boolean role = false;
    int others = 0;
    for (Part p : Parts.of(kind, cur.header)) {
      String v = p.value();
      if (Parts.isRole(v)) {
        role = true;
      } else if (!Parts.isLocation(v) && !Parts.isAddress(v)) {
        others++;
      }
    }
    return new HeaderNames(role, others);
  }

  /** Whether the separator after the name in {@link #nameThenAbout(Line)} is a dash. */
  private static boolean aboutAfterDash(Line line) {
    java.util.regex.Matcher m = NAME_THEN_SEPARATOR.matcher(nameAndAbout(line));
    return m.find() && Parts.isDash(m.group(1));
  }

  private static boolean nameThenAbout(String c) {
    java.util.regex.Matcher m = NAME_THEN_SEPARATOR.matcher(c);
    if (!m.find()) {
      return false;
    }
    // "Impact · Reduced checkout latency", "Team Lead · Managed five engineers": a label or a role,
    // then what was done, is an achievement, not an employer. A participle says what a company
    // does, as a tagline does ("Globex · Building the payments of tomorrow").
    String name = SEPARATOR_END.matcher(c.substring(0, m.end() - 1)).replaceFirst("").strip();
    // The name said again in the line about it is its subject, not a proper noun that breaks the
    // sentence's case nor a verb of what was done ("Hooli/Geek Crew · Geek Crew is an arm of
    // Hooli that …", "Initechs · Initechs is a provider of …").
    Set<String> nameWords = new HashSet<>(List.of(NON_WORD.split(name)));
    String raw = c.substring(m.end() - 1);
    java.util.regex.Matcher first = WORD.matcher(raw);
    boolean opensWithName = first.find() && nameWords.contains(first.group());
    String about = withWordsInLowerCase(raw, nameWords);
    boolean dash = Parts.isDash(m.group(1));
    return (Parts.sentenceCased(about) || dash && Parts.describingPhrase(about)) && !(dash && namesTechnology(name))
        && (opensWithName || !DONE_START.matcher(about).find()) && !Parts.isRole(name);
  }

  /** {@code text} with each of {@code words} in it after its first word set in lower case. */
  private static String withWordsInLowerCase(String text, Set<String> words) {
    StringBuilder out = new StringBuilder(text.length());
    java.util.regex.Matcher w = WORD.matcher(text);
    int last = 0;
    boolean first = true;
    while (w.find()) {
      out.append(text, last, w.start());
      out.append(!first && words.contains(w.group()) ? w.group().toLowerCase(Locale.ROOT) : w.group());
      first = false;
      last = w.end();
    }
    return out.append(text, last, text.length()).toString();
  }


  /**
   * Capitalised as names are ("JP MORGAN CHASE & CO.", "Senior Engineer, Trakstar, Seattle"): of
   * the words longer than three letters, most start with a capital and none does not, or one in a
   * list parted by commas. A sentence has more of them ("Creation of web applications using React").
   */
  private static boolean capitalised(String c) {
    int lower = 0;
    for (String w : SPACE_RUN.split(c)) {
      if (w.length() > 3 && Character.isLowerCase(w.charAt(0))) {
        lower++;
      }
    }
    return share(c) >= 0.7 && (lower == 0 || lower == 1 && c.contains(", "));
  }

  /** Five words or more, two of them at least in lower case: the words that join a phrase. */
  private static boolean phrase(Line line) {
    if (line.words() < 5) {
      return false;
    }
    int lower = 0;
    for (String w : SPACE_RUN.split(Inline.clean(line.content()))) {
      if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
        lower++;
      }
    }
    return lower >= 2;
  }

  /** Names an organisation: an organisation's or a school's word, or a name joined by "of". */
  private static boolean namesOrganisation(Line line) {
    String c = Inline.clean(line.content());
    String[] words = Parts.lowerWords(c);
    return Parts.hasWord(words, Parts.ORG_WORDS) || Parts.hasWord(words, Parts.WEAK_ORG_WORDS)
        || Parts.hasWord(words, Parts.SCHOOL_WORDS) || Parts.isInstitutionName(c.split(",")[0]);
  }

  /** The share of words longer than three letters that start with a capital (or no letter); 1 when none. */
  private static double share(String c) {
    int capital = 0;
    int counted = 0;
    for (String w : SPACE_RUN.split(c)) {
      if (w.length() <= 3) {
        continue;
      }
      counted++;
      if (Character.isUpperCase(w.charAt(0)) || !Character.isLetter(w.charAt(0))) {
        capital++;
      }
    }
    return counted == 0 ? 1 : (double) capital / counted;
  }

  // --- Publications -----------------------------------------------------------------------------

  /**
   * A publication: its name is the first part of its first header line that is not a byline (a
   * whole reference is one part), its publisher the part after that on the same line ("Talk —
   * KubeCon"). Authors, DOIs and other header lines are its description, each line whole.
   */
  private static Entry publication(Block b, List<Part> parts) {
    Line nameLine = null;
    for (Line h : b.header) {
      if (nameLine == null && !isByline(h) && parts.stream().anyMatch(p -> b.header.get(p.line()) == h)) {
        nameLine = h;
      }
    }
    if (nameLine == null && !parts.isEmpty()) {
      nameLine = b.header.get(parts.get(0).line());
    }
    Field name = null;
    Field publisher = null;
    List<Field> described = new ArrayList<>();
    for (int li = 0; li < b.header.size(); li++) {
      Line h = b.header.get(li);
      int at = li;
      List<Part> onLine = parts.stream().filter(p -> p.line() == at).toList();
      if (onLine.isEmpty()) {
        continue;
      }
      if (h == nameLine) {
        boolean citation = isCitation(h);
        if (citation) {
          Span span = Span.between(onLine.get(0).span().offset(), onLine.get(onLine.size() - 1).span().end());
          name = new Field(Inline.clean(textAcross(b.header, span)), span);
        } else {
          name = onLine.get(0).field();
          publisher = onLine.size() > 1 ? onLine.get(1).field() : null;
          for (int k = 2; k < onLine.size(); k++) {
            described.add(onLine.get(k).field());
          }
        }
      } else {
        // The line from its first part to its last, so a date at either end stays out.
        Span span = Span.between(onLine.get(0).span().offset(), onLine.get(onLine.size() - 1).span().end());
        described.add(new Field(Inline.clean(textAcross(b.header, span)), span));
      }
    }
    return new Entry(name, publisher, null, b.dates, bullets(b), description(b, described), b.span());
  }

  /**
   * The text of a span over the header lines, one space where it crosses from line to line: a part
   * that wraps (see {@link Parts#of}) ends on the line after the one it starts on.
   */
  private static String textAcross(List<Line> header, Span span) {
    StringBuilder text = new StringBuilder();
    for (Line l : header) {
      int from = Math.max(span.offset(), l.contentStart());
      int to = Math.min(span.end(), l.contentEnd());
      if (from < to) {
        text.append(text.isEmpty() ? "" : " ").append(l.textOf(Span.between(from, to)));
      }
    }
    return text.toString();
  }

  /**
   * A whole reference on one line: "et al.", a title in curly quotes, or at least two sentence
   * breaks after a word ("…B. Lee. Scaling Ledgers. In Proc. …"); an author's initial is no break.
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

  /** A line naming who wrote a publication or where to find it: a DOI, or two or more person names. */
  static boolean isByline(Line line) {
    String c = Inline.clean(line.content());
    String lower = c.toLowerCase(Locale.ROOT);
    if (lower.startsWith("doi") || lower.contains("doi.org/") || DOI.matcher(c).lookingAt()) {
      return true;
    }
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

  // --- Building ---------------------------------------------------------------------------------

  private static List<Bullet> bullets(Block b) {
    List<Bullet> bullets = new ArrayList<>();
    for (int i = 0; i < b.bulletText.size(); i++) {
      int[] s = b.bulletSpans.get(i);
      bullets.add(new Bullet(b.bulletText.get(i).toString(), Span.between(s[0], s[1])));
    }
    return bullets;
  }

  /** Header parts that found no field, then the entry's description lines. */
  private static List<Field> description(Block b, List<Field> extra) {
    List<Field> lines = new ArrayList<>(extra);
    for (Line l : b.asides) {
      lines.add(new Field(Inline.clean(l.content()), l.contentSpan()));
    }
    for (Line l : b.lines) {
      lines.add(new Field(Inline.clean(l.content()), l.contentSpan()));
    }
    return lines;
  }
}
