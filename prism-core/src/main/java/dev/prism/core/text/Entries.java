package dev.prism.core.text;

import static dev.prism.core.text.LineShapes.*;

import dev.prism.core.lexicon.FieldLabelWords;
import dev.prism.core.lexicon.Lexicon;
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
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;


/**
 * The entries of a section (the third and fourth passes): its lines grouped into blocks of header
 * lines, bullets and description lines ({@link Grouping}), each header labelled by {@link
 * HeaderLabels} with what the section's other headers say, and then the passes over the entries
 * (here): roles under one employer given that employer, a client's engagement under its agency,
 * tenures over the posts held in them. An entry the reader claims (a LaTeX {@code \cventry}, a
 * JSON Resume job) keeps the fields the reader gave; publications are read by {@link Publications}.
 */
final class Entries {

  /** A name and a capitalised word in brackets after it: "Globex (Angers)". */
  private static final Pattern NAME_AND_TOWN = Pattern.compile("\\S.* \\(\\p{Lu}[\\p{L}'-]*\\)");
  private Entries() {}

  static List<Entry> parse(SectionKind kind, List<Line> body, List<Claim.Entry> claims, String documentStyle) {
    List<Block> blocks = Grouping.group(kind, body, claims, documentStyle);
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
    // The look of a name set under the first role of the employer's header, if any (see below).
    Style subheads = null;
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      List<Part> parts = headers.get(i);
      Entry e;
      if (b.claim != null) {
        e = claimed(kind, b);
        under = false;
        underDated = false;
      } else if (kind == SectionKind.PUBLICATIONS) {
        e = Publications.of(b, parts);
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
          // Where the employer's header set a name on a line under its first role (a project the
          // role's bullets are grouped under: "Quillstone" / "Senior Engineer ⇥ 2022 – now" /
          // "Billing Ledger"), a name set so under a later role's line is such a project too
          // ("Fraud Rules" under "Senior Engineer ⇥ 2020 – 2022"), not the next employer.
          // Without that first sub-head, a name under a later role is its employer (entries.md).
          if (subheads != null && parts.stream().anyMatch(p -> p.line() == 0 && Parts.isRole(p.value()))) {
            for (Part p : parts) {
              if (p.line() > 0 && !Parts.isRole(p.value()) && !Parts.isLocation(p.value()) && Line.sameLook(p.style(), subheads)) {
                bias.merge(p, Map.of(Label.ORGANIZATION, -BANNER), Entries::add);
              }
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
          roleLineOverEmployer(b, parts, bias);
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
        e = new Entry(title, org, labels.location(), b.dates, b.bullets(), b.description(extra), b.span());
        if (banner.get(i) || ownLine(labels.organization(), b)) {
          under = true;
          underDated = banner.get(i) && b.dates != null;
          bannerRange = banner.get(i) ? b.dates : null;
          subheads = banner.get(i) ? null : subheadUnderRole(parts);
        } else if (e.organization() != null) {
          under = false;
          underDated = false;
        }
      }
      entries.add(e);
    }
    if (kind != SectionKind.PUBLICATIONS) {
      datedByClosingLine(entries, banner, blocks);
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
   * A section that ends on a line of dates alone (a place beside them or not), under entries that
   * give none: a template that sets an entry's dates under its lines ("Bachelor of Science" /
   * "Norvale University" / its lines / "2015 – 2019 Springfield"), or closes the roles held at one
   * employer, one after the other, with one range ("Globex" / "Intern" / … / "Junior engineer" /
   * … / "2017 May – 2020 April"). The line heads nothing (nothing follows it to head): it dates
   * every undated entry it closes, back to the last dated one, and goes. Those roles are the
   * employer's the first of them names; where another names a different employer, they are no one
   * employer's roles and the line is left as it is.
   */
  private static void datedByClosingLine(List<Entry> entries, List<Boolean> banner, List<Block> blocks) {
    int last = entries.size() - 1;
    if (last < 1 || blocks.get(last).claim != null) {
      return;
    }
    Entry closing = entries.get(last);
    if (closing.dates() == null || closing.title() != null || closing.organization() != null
        || !closing.bullets().isEmpty() || !closing.lines().isEmpty()) {
      return;
    }
    int first = last;
    while (first > 0 && entries.get(first - 1).dates() == null && blocks.get(first - 1).claim == null
        && (entries.get(first - 1).title() != null || entries.get(first - 1).organization() != null)) {
      first--;
    }
    if (first == last) {
      return;
    }
    Field employer = entries.get(first).organization();
    for (int k = first + 1; k < last; k++) {
      Field org = entries.get(k).organization();
      if (org != null && !sameValue(org, employer)) {
        return;
      }
    }
    for (int k = first; k < last; k++) {
      Entry e = entries.get(k);
      Span span = k == last - 1 ? e.span().union(closing.span()) : e.span();
      entries.set(k, new Entry(e.title(), e.organization() != null ? e.organization() : employer,
          e.location() != null ? e.location() : closing.location(), closing.dates(), e.bullets(), e.lines(), span));
    }
    entries.remove(last);
    banner.remove(last);
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
      boolean role = parent.title() != null && Parts.isRole(parent.title().value()) && parent.bullets().isEmpty();
      boolean announced = announcesParts(parent);
      if ((role || announced) && parent.dates() != null && !parent.dates().single()) {
        DateRange whole = tenure(entries, i);
        // Under a lead-in ("Projects:"), every undated entry is the role's part, though it names
        // a role: what the consultant was on each client's project ("Backend Architect, Hooli AG").
        while (end < entries.size() && (role && partOf(entries.get(end), whole) || announced && entries.get(end).dates() == null)) {
          end++;
        }
        // One part with no bullets that names a title and an employer may be a job of its own
        // held beside the role (a title the lexicon does not know, "Systemutvecklare, Klarna
        // AB"); a client named alone ("Deutsche Bank (2016 – 2018)") is still the role's.
        Entry one = end == i + 2 ? entries.get(i + 1) : null;
        if (!announced && one != null && one.bullets().isEmpty() && one.title() != null && one.organization() != null) {
          end = i + 1;
        }
      }
      if (end == i + 1) {
        out.add(parent);
        continue;
      }
      List<Bullet> bullets = new ArrayList<>(parent.bullets());
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

  /** The most words a lead-in over a job's parts has, its mark aside ("Projects:", "Key client projects:"). */
  private static final int ANNOUNCING_WORDS = 4;

  /**
   * Whether a job holds a lead-in, a short line that ends with its mark ("Projects:", "Projekte:",
   * "Clients -", see LineShapes.leadInWords), that announces parts: none of the job's bullets stands before it, and the line
   * right after it is no bullet, for the grouping may have kept the first part's header in the
   * job's own block. A lead-in straight over bullets ("Responsible for:") introduces those bullets.
   */
  private static boolean announcesParts(Entry e) {
    for (Field l : e.lines()) {
      String words = LineShapes.leadInWords(l.value());
      if (words != null && Whitespace.splitLength(words) <= ANNOUNCING_WORDS) {
        int at = l.span().offset();
        int firstBullet = e.bullets().stream().mapToInt(b -> b.span().offset()).min().orElse(Integer.MAX_VALUE);
        return firstBullet > at && (firstBullet == Integer.MAX_VALUE
            || e.lines().stream().anyMatch(m -> m.span().offset() > at && m.span().offset() < firstBullet));
      }
    }
    return false;
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
   * A header that is one role and nothing else, undated ("Technical Lead"): below a dated header
   * with no body, it is that header's role, whatever the header's own parts look like ("Globex -
   * Sports DevOps" names a team, not a role).
   */
  private static boolean onlyRole(Block b, List<Part> parts) {
    return b.dates == null && b.header.size() == 1 && parts.size() == 1 && Parts.isRole(parts.get(0).value());
  }

  /**
   * The look of a name on a header line under the line of its role, the header opening with the
   * employer ("Quillstone" / "Senior Engineer" / "Billing Ledger"): a project or team heading the
   * role's bullets. Null where the header has none.
   */
  private static Style subheadUnderRole(List<Part> parts) {
    int roleLine = parts.stream().filter(p -> Parts.isRole(p.value())).mapToInt(Part::line).min().orElse(-1);
    if (roleLine <= 0) {
      return null;
    }
    for (Part p : parts) {
      if (p.line() > roleLine && !Parts.isRole(p.value()) && !Parts.isLocation(p.value())) {
        return p.style();
      }
    }
    return null;
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
    if (first.size() != 1 || !namesEmployer(first.get(0).value()) || first.get(0).span().offset() > b.dates.span().offset()) {
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
  /**
   * A header of two lines, the role's first with a name after its comma, the employer's under it
   * with the dates ("Software Engineer, Network & Systems" / "Quillstone Motors, Gebze plant · May
   * 2019 – Dec 2022"): the line with the dates names the employer first, and what the role's line
   * adds after its comma is the role's team, however many companies' words it holds.
   */
  private static void roleLineOverEmployer(Block b, List<Part> parts, Map<Part, Map<Label, Double>> bias) {
    if (b.header.size() != 2 || b.dates == null || !b.header.get(1).contentSpan().contains(b.dates.span())) {
      return;
    }
    List<Part> first = parts.stream().filter(p -> p.line() == 0).toList();
    Part employer = parts.stream().filter(p -> p.line() == 1).findFirst().orElse(null);
    if (first.size() < 2 || !Parts.isRole(first.get(0).value()) || employer == null || !namesEmployer(employer.value())
        || employer.span().offset() > b.dates.span().offset()) {
      return;
    }
    // The team names no firm: "Senior Engineer, Globex Corporation" over "Full-time · 2019 – 2022"
    // names its employer on the role's line.
    List<Part> team = first.subList(1, first.size());
    if (team.stream().anyMatch(p -> !p.before().equals(",") || Parts.isLocation(p.value()) || Parts.isRole(p.value())
        || Parts.hasWord(p.value(), Parts.ORG_WORDS) || Parts.endsInLegalForm(p.value()))) {
      return;
    }
    bias.merge(employer, AS_EMPLOYER, Entries::add);
    for (Part p : team) {
      bias.merge(p, Map.of(Label.ORGANIZATION, -BANNER), Entries::add);
    }
  }

  /**
   * Whether a name on a line of an employer's may be the employer's: no role or role's word, no
   * place, kind of employment or way of working, and no team's word ("Payments Platform", "Search
   * Ads Quality", "Cloud Services" name a team).
   */
  private static boolean namesEmployer(String v) {
    return !Parts.isRole(v) && !holdsRoleWord(v) && !Parts.isLocation(v) && !Parts.hasWord(v, Parts.UNIT_WORDS)
        && !Parts.isEmploymentKind(v) && !Parts.isWayOfWorking(v);
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

  /** The month a range ends in, a year alone read as its January ("2017 – 2019" ends in 2019, as "2019 – 2021" starts). */
  private static int endsIn(DateRange d) {
    return (d.end() != null ? d.end() : d.start()).monthIndex(false);
  }

  /** Whether the entry's employer stands on a line below its role's. */
  private static boolean employerUnderRole(Entry e, List<Line> body) {
    return lineOf(body, e.organization().span().offset()) > lineOf(body, e.title().span().offset());
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
      // Nor does a dated header that names no role at all there ("(2020-2021) Personal Growth:
      // Voice Coding" after "(2022-present) Principal Engineer @ Globex"): a time spent on
      // something else, not a post at the employer above.
      boolean noRoleAfterNamed = !fromBanner && employerBeside && e.title() != null && !Parts.isRole(e.title().value())
          && !Parts.hasWord(Parts.lowerWords(e.title().value()), Parts.TITLE_WORDS);
      // "Test Consultant, Capco, BA" where the roles above name their employer beside the title,
      // or where none does: "Capco, BA" read as a town and its region is the employer and the
      // region; passed the employer above, the role would take one it never named. Under a
      // banner it is a town the lexicon does not know ("Engineer, Madison, WI" under "Globex").
      Field[] nameAndCode = e.organization() == null && e.title() != null && e.location() != null && !fromBanner
          && (employer == null || employerBeside) && placeLine == titleLine ? HeaderLabels.nameBeforeCode(e.location()) : null;
      if (nameAndCode != null) {
        e = new Entry(e.title(), nameAndCode[0], nameAndCode[1], e.dates(), e.bullets(), e.lines(), e.span());
      }
      if (e.organization() == null && e.title() != null && employer != null && !Parts.isWayOfWorking(e.title().value())
          && !placeOverRole && !placeForEmployer && !noRoleAfterNamed && !heldApart(employerSpan, e.dates())
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

  /** An entry whose header fields the reader gave. */
  private static Entry claimed(SectionKind kind, Block b) {
    Claim.Entry c = b.claim;
    DateRange dates = c.dates() == null ? null : datesIn(b, c.dates());
    Field title = field(b, c.title());
    Field organization = field(b, c.organization());
    Field location = field(b, c.location());
    if (dates == null && c.location() != null) {
      // "\cventry{…}{Dec 2020 – Mar 2024}{(hybrid) Kraków}": the author gave the dates in the
      // place's argument and the place in the dates'. What reads as dates is the dates, wherever
      // it stands; the other argument is the place.
      DateRange inPlace = datesFilling(b, c.location());
      if (inPlace != null) {
        dates = inPlace;
        location = field(b, c.dates());
      }
    }
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
    return new Entry(title, organization, location, dates, b.bullets(), b.description(unclaimed), b.span());
  }

  /** The first dates in a claimed span of the header, or null. */
  private static DateRange datesIn(Block b, Span span) {
    for (Line l : b.header) {
      if (l.contentSpan().contains(span)) {
        return DateParser.find(l.textOf(span), span.offset()).orElse(null);
      }
    }
    return null;
  }

  /** A range that fills most of a claimed span of the header, or null. */
  private static DateRange datesFilling(Block b, Span span) {
    DateRange d = datesIn(b, span);
    return d != null && !d.single() && d.span().length() * 2 >= span.length() ? d : null;
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
        if (!Grouping.touches(b.claim, cell)) {
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
}
