package dev.prism.core.text;

import static dev.prism.core.text.LineShapes.*;

import dev.prism.core.model.DateRange;
import dev.prism.core.model.PartialDate;
import dev.prism.core.model.SectionKind;
import java.util.Arrays;
import java.util.List;

/**
 * The list items of a section that head entries, read from how the items nest and where the
 * dates stand (see {@link #of}). It looks at the whole section at once, before {@link Entries}
 * groups it line by line.
 */
final class ListHeads {

  /**
   * What a line of a list does: heads nothing, heads an entry, heads a role under the employer
   * above, is more of the header above, or is more of the item above (a line hung under it).
   */
  enum ListHead { NONE, ENTRY, ROLE, MORE, ON }

  /** The most items under an item of dates alone that stack its header: title, organisation, place. */
  static final int MAX_STACKED_ITEMS = 3;

  /** How many months a tenure's first step may start after the tenure does (a header rounded to its year). */
  static final int TENURE_START_SLACK = 3;

  private ListHeads() {}

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
  static ListHead[] of(SectionKind kind, List<Line> body) {
    int n = body.size();
    ListHead[] heads = new ListHead[n];
    Arrays.fill(heads, ListHead.NONE);
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
      // The dearest test (the dates read again) last: it is asked of every item.
      if ((p < 0 || !body.get(p).bullet()) && i + 1 < body.size() && !body.get(i + 1).bullet() && !isSentence(l)
          && Parts.namesRole(l) && overOwnDates(body, i)) {
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

  /**
   * Whether the roles listed with their dates under the header that ends at line {@code p} are the
   * steps of the tenure it dates ("Lead Engineer / Globex | 11/2017 – 08/2024" over "• Lead
   * Engineer (Jan 2022 – Aug 2024)", "• Senior Engineer (Jan 2019 – Jan 2022)", "• Engineer (Dec
   * 2017 – Jan 2019)"): the first starts within a few months of the header's start, the last
   * ends when it does. The header's role is then the latest step's, and each step a post held
   * there. Side roles inside one job ("Mentor (2020 – 2021)") span no such whole.
   */
  static boolean tenure(List<Line> body, int p, int[] parent, boolean[] promotion) {
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

  /** Months from {@code a} to {@code b}; a date without its month counts as January. */
  static int monthsBetween(PartialDate a, PartialDate b) {
    return (b.year() - a.year()) * 12 + Math.max(1, b.month()) - Math.max(1, a.month());
  }

  /**
   * Whether the header lines of parent {@code p} (the parent itself, and the lines above it up to a
   * blank line or an item) name a role or read as a sentence; worked out once per parent and kept
   * in {@code memo} (0 not yet, 1 no, 2 yes). The lines are those whose dates {@code listHeads}
   * reads for the same parent.
   */
  static boolean roleAbove(List<Line> body, int p, byte[] memo) {
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

}
