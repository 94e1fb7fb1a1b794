package dev.prism.core.text;

import dev.prism.core.lexicon.FieldLabelWords;
import dev.prism.core.lexicon.Glyphs;
import dev.prism.core.lexicon.Lexicon;
import dev.prism.core.model.Field;
import dev.prism.core.model.SectionKind;
import dev.prism.core.model.Span;
import dev.prism.core.model.Style;
import dev.prism.core.text.Parts.Part;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Gives the parts of an entry header their fields (title, organisation, location) from scored
 * features, the weights in {@code lexicon/header-weights.txt}: each part's features are computed
 * once, every way of giving the three fields to distinct parts is scored, and the best wins. No
 * order of fix-ups: a feature speaks for or against a field, and the sum decides.
 *
 * <p>Then a title or organisation takes in the parts beside it in its cell that no field took, when
 * only a comma or a dash parts them ("Staff Engineer, Data Platform", "Globex - Skyline"), since a
 * cell the layout sets apart is one field as the person wrote it.
 */
final class HeaderLabels {

  enum Label {
    TITLE,
    ORGANIZATION,
    LOCATION;

    /** The field a header's label names, or null for one that names no part's field (the dates). */
    static Label of(FieldLabelWords.Field f) {
      return switch (f) {
        case TITLE -> TITLE;
        case ORGANIZATION -> ORGANIZATION;
        case LOCATION -> LOCATION;
        case DATES -> null;
      };
    }
  }

  /** The chosen parts; any may be null. {@code rest} are the parts no field took. */
  record Labels(Field title, Field organization, Field location, List<Part> rest) {}

  private record Weight(String feature, Label label, double weight, Set<SectionKind> kinds) {}

  private static final Map<String, List<Weight>> WEIGHTS = read("header-weights.txt");
  /**
   * For each section kind (and for none, null), the weights of each feature that hold there, in
   * the file's order: every feature of every header part looks its weights up, and each weight's
   * kinds were asked again for every part.
   */
  private static final Map<SectionKind, Map<String, List<Weight>>> WEIGHTS_BY_KIND = byKind();
  private static final int MAX_PARTS = 9;
  // Compiled once: String.split, matches and replaceAll compile their regex on every call.
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern SPACES_OR_COMMAS = Pattern.compile("[\\s,]+");
  // A web address's scheme (after a bracket it may stand in) and "www.", before its host's name.
  private static final Pattern SCHEME_OR_WWW = Pattern.compile("^\\(?(?:[a-z]+://)?(?:www\\.)?");

  private HeaderLabels() {}

  /**
   * Labels one header's parts. {@code bias} adds, per part, what the entries around it say of the
   * same place in their headers (see {@link #consistency}); empty when there is none. {@code scored}
   * is the header's {@link #scores(SectionKind, List)}, which {@link #consistency} read already.
   */
  static Labels label(SectionKind kind, List<Part> parts, Map<Part, Map<Label, Double>> bias, List<Map<Label, Double>> scored) {
    List<Part> ps = parts.size() > MAX_PARTS ? parts.subList(0, MAX_PARTS) : parts;
    // A header with more parts than are weighed is scored among the weighed parts alone.
    List<Map<Label, Double>> scores = ps == parts ? scored : scores(kind, ps);
    double[][] score = new double[ps.size()][Label.values().length];
    for (int i = 0; i < ps.size(); i++) {
      Map<Label, Double> s = scores.get(i);
      Map<Label, Double> b = bias.getOrDefault(ps.get(i), Map.of());
      for (Label l : Label.values()) {
        score[i][l.ordinal()] = s.get(l) + b.getOrDefault(l, 0.0);
      }
    }
    int[] best = assign(score);
    Part title = best[0] < 0 ? null : ps.get(best[0]);
    Part org = best[1] < 0 ? null : ps.get(best[1]);
    Part location = best[2] < 0 ? null : ps.get(best[2]);
    List<Part> rest = new ArrayList<>(parts);
    rest.remove(title);
    rest.remove(org);
    rest.remove(location);
    Field place = location == null ? null : townCellBefore(placesAlong(townBefore(location, parts, rest), location, parts, rest),
        location, parts, rest);
    // A part between the employer and the role goes with the one before it: "Globex - Sports
    // DevOps, Technical Lead" is a department of the employer; "Staff Engineer, Payments - Globex"
    // a team of the role.
    Field t;
    Field o;
    if (org != null && title != null && parts.indexOf(org) < parts.indexOf(title)) {
      o = extend(org, parts, rest, kind, false);
      t = extend(title, parts, rest, kind, true);
    } else {
      t = title == null ? null : extend(title, parts, rest, kind, true);
      o = org == null ? null : extend(org, parts, rest, kind, false);
    }
    return new Labels(t, o, place, rest);
  }

  /**
   * "Capco, BA" read as a town and its region's code: the employer and the code instead, where the
   * town is no town, region, country or way of working the lexicon knows, of one or two
   * capitalised words. Asked only where nothing else names the role's employer (see
   * Entries.shareEmployers): beside a banner it is a town the lexicon does not know.
   */
  static Field[] nameBeforeCode(Field place) {
    String v = place.value();
    int comma = v.lastIndexOf(',');
    if (comma <= 0 || v.indexOf(',') != comma) {
      return null;
    }
    String name = v.substring(0, comma).strip();
    String code = v.substring(comma + 1).strip();
    if (name.isEmpty() || !Places.isCode(code) || Places.isCity(name) || Places.isRegion(name) || Places.isCountry(name)
        || Places.isWorkMode(name) || Places.isNamedOrQualifiedWorkMode(name)
        || Whitespace.splitLength(name) > 2 || !Character.isUpperCase(name.codePointAt(0))) {
      return null;
    }
    int at = place.span().offset();
    int codeAt = at + v.indexOf(code, comma);
    return new Field[] {new Field(name, new Span(at, name.length())), new Field(code, new Span(codeAt, code.length()))};
  }

  /**
   * "Globex - Kortrijk (Belgium)": a name no field took, right before a region in brackets, is the
   * town in that region, and the place is both. Only a capitalised word that no role or
   * organisation word marks, or a city of several words the lexicon knows: "Customer Success
   * (Germany)" is a department. A region alone in brackets reads as the region.
   */
  private static Field townBefore(Part location, List<Part> parts, List<Part> rest) {
    int at = parts.indexOf(location);
    String region = Parts.inBrackets(location.value());
    Part town = at > 0 ? parts.get(at - 1) : null;
    if (region == null || !Places.isRegion(region) || town == null || !rest.contains(town)
        || town.line() != location.line() || town.cell() != location.cell() || !Parts.townLike(town.value())
        || town.value().indexOf(' ') >= 0 && !Places.isCity(town.value())) {
      return unbracketed(location.field());
    }
    rest.remove(town);
    return new Field(town.value() + " " + location.value(), Span.between(town.span().offset(), location.span().end()));
  }

  /**
   * "Vernier ⇥ Switzerland": a region alone in its cell after a town alone in the cell before (a
   * LaTeX command's town and country arguments) is one place, "Vernier Switzerland". Only a
   * capitalised word or two that no role or organisation word marks, and no field took.
   */
  private static Field townCellBefore(Field place, Part location, List<Part> parts, List<Part> rest) {
    int at = parts.indexOf(location);
    Part town = at > 0 ? parts.get(at - 1) : null;
    if (town == null || !place.value().equals(location.value()) || !location.cellStart() || !location.cellEnd()
        || !Places.isRegion(location.value()) || !rest.contains(town) || town.line() != location.line()
        || town.cell() != location.cell() - 1 || !town.cellStart() || !town.cellEnd() || !Parts.townLike(town.value())) {
      return place;
    }
    rest.remove(town);
    return new Field(town.value() + " " + location.value(), Span.between(town.span().offset(), location.span().end()));
  }

  /** Whether the only part after part {@code i} in its cell is an aside, which ends the cell. */
  private static boolean asideAfter(List<Part> parts, int i) {
    if (i + 1 >= parts.size()) {
      return false;
    }
    Part p = parts.get(i);
    Part next = parts.get(i + 1);
    return next.line() == p.line() && next.cell() == p.cell() && next.cellEnd() && Parts.opensAside(next.value());
  }

  /**
   * "Stockholm – Mountain View – San Francisco": places one after another in a cell, parted by
   * dashes or slashes, are one location (where the job was done), not a place and leftovers that
   * would join the employer's name. So are places a comma parts, each a place ("Porto Seguro,
   * Bahia, Brazil": a town, its state and its country).
   */
  private static Field placesAlong(Field place, Part location, List<Part> parts, List<Part> rest) {
    int at = parts.indexOf(location);
    int from = at;
    int to = at;
    while (from > 0 && alongside(parts.get(from - 1), parts.get(from), parts.get(from - 1), rest)) {
      from--;
    }
    while (to + 1 < parts.size() && alongside(parts.get(to), parts.get(to + 1), parts.get(to + 1), rest)) {
      to++;
    }
    if (from == at && to == at) {
      return place;
    }
    StringBuilder value = new StringBuilder();
    for (int k = from; k < at; k++) {
      value.append(parts.get(k).value()).append(joiner(parts.get(k + 1).before()));
      rest.remove(parts.get(k));
    }
    value.append(place.value());
    for (int k = at + 1; k <= to; k++) {
      value.append(joiner(parts.get(k).before())).append(parts.get(k).value());
      rest.remove(parts.get(k));
    }
    int start = Math.min(place.span().offset(), parts.get(from).span().offset());
    int end = Math.max(place.span().end(), parts.get(to).span().end());
    return new Field(value.toString(), Span.between(start, end));
  }

  private static boolean alongside(Part a, Part b, Part taken, List<Part> rest) {
    String sep = b.before();
    return rest.contains(taken) && a.line() == b.line() && a.cell() == b.cell()
        && (Parts.isDash(sep) || sep.equals("/") || sep.equals(",") && Parts.isLocation(a.value()) && Parts.isLocation(b.value()))
        && Parts.isLocation(taken.value());
  }

  /** How two parts are written one after the other: "Lyon, Rhône, France", "Stockholm – Mountain View". */
  private static String joiner(String separator) {
    return separator.equals(",") ? ", " : separator.isBlank() ? " " : " " + separator + " ";
  }

  /** "(Remote)" reads as "Remote": the brackets only set the place apart from the dates before it. */
  static Field unbracketed(Field f) {
    String v = f.value();
    String inner = Parts.inBrackets(v);
    // Only a value standing as written, so that the span can follow it.
    if (inner == null || f.span().length() != v.length() || !v.equals(v.strip())) {
      return f;
    }
    int lead = inner.length() - inner.stripLeading().length();
    String kept = inner.strip();
    return new Field(kept, new Span(f.span().offset() + 1 + lead, kept.length()));
  }

  /**
   * A name shaped as a brand, then a field's word ("VOLTA Engineering", "Q42 Engineering"): a firm
   * of that field, not a role nor a team ("Data Engineering", "Software Engineering" open with
   * words the lexicon knows; "Map Engineering" with a word of the language).
   */
  static boolean firmOfField(String v) {
    // Asked of every header part: its last word, found by hand, rules most out before the split.
    String last = lastWord(v.strip());
    if (last == null || !Parts.FIELD_WORDS.contains(Parts.trimPunctuation(last).toLowerCase(Locale.ROOT))) {
      return false;
    }
    String[] words = SPACES.split(v.strip());
    for (int i = 0; i < words.length - 1; i++) {
      String w = Parts.trimPunctuation(words[i]);
      String lower = w.toLowerCase(Locale.ROOT);
      if (!brandShaped(w) || Parts.TITLE_WORDS.contains(lower) || Parts.UNIT_WORDS.contains(lower)
          || Parts.FIELD_WORDS.contains(lower) || Parts.OTHER_TITLE_WORDS.contains(lower)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The last of the words {@link #SPACES} splits a stripped text into, or null where it makes fewer
   * than two: the text after its last white space (the regex class \s). A stripped text neither
   * opens nor ends with such a space, so a space inside it parts two words.
   */
  static String lastWord(String stripped) {
    for (int i = stripped.length() - 1; i >= 0; i--) {
      if (Whitespace.isRegexSpace(stripped.charAt(i))) {
        return stripped.substring(i + 1);
      }
    }
    return null;
  }

  /**
   * A word shaped as a brand is, not as a word of the language nor a discipline's acronym: four
   * capitals or more ("VOLTA") or a figure ("Q42"). "Map Engineering", "Creation Engineering" and
   * "IT Engineering" name a discipline or a team.
   */
  private static boolean brandShaped(String w) {
    if (w.length() < 2 || !(Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0)))) {
      return false;
    }
    // Short capitals are a discipline's acronym ("IT", "HW", "IoT Engineering"): a brand's run
    // of capitals is longer ("VOLTA").
    boolean capitals = w.equals(w.toUpperCase(Locale.ROOT)) && w.chars().filter(Character::isLetter).count() >= 4;
    boolean figure = w.chars().anyMatch(Character::isDigit);
    return capitals || figure;
  }

  /**
   * The scores of the parts a header's labels are chosen among (the first few), each read in the
   * whole header: computed once per header for both {@link #consistency} and {@link #label}, since
   * reading a part's features is most of the cost of labelling.
   */
  static List<Map<Label, Double>> scores(SectionKind kind, List<Part> parts) {
    boolean[] place = places(parts);
    List<Map<Label, Double>> out = new ArrayList<>();
    for (int i = 0; i < parts.size() && i < MAX_PARTS; i++) {
      out.add(scores(kind, parts, i, place));
    }
    return out;
  }

  /** Whether part {@code i} of the header has feature {@code feature}, read in the whole header. */
  static boolean has(SectionKind kind, List<Part> parts, int i, String feature) {
    return features(kind, parts, i, places(parts)).contains(feature);
  }

  /**
   * Whether each part is a place, asked once: each part's features ask it of the other parts too.
   * A town with its department's number ("Limonest (69)") is one after a comma that follows a name
   * no place, on its line ("Globex, Limonest (69)"); first, it names the firm.
   */
  private static boolean[] places(List<Part> parts) {
    boolean[] place = new boolean[parts.size()];
    for (int k = 0; k < place.length; k++) {
      Part p = parts.get(k);
      place[k] = Parts.isLocation(p.value()) || k > 0 && p.before().equals(",") && parts.get(k - 1).line() == p.line()
          && !place[k - 1] && Parts.isTownWithDepartment(p.value());
    }
    return place;
  }

  /** What one feature's weights give each field in a section of this kind. */
  static Map<Label, Double> weights(String feature, SectionKind kind) {
    Map<Label, Double> out = new EnumMap<>(Label.class);
    for (Weight w : WEIGHTS.getOrDefault(feature, List.of())) {
      if (w.kinds().isEmpty() || w.kinds().contains(kind)) {
        out.merge(w.label(), w.weight(), Double::sum);
      }
    }
    return out;
  }

  /** The scores of each field for part {@code i}: the sum of the weights of its features. */
  private static Map<Label, Double> scores(SectionKind kind, List<Part> parts, int i, boolean[] place) {
    // Summed in the same order as ever, from zero: the same sums to the last bit.
    double[] sums = new double[Label.values().length];
    Map<String, List<Weight>> weights = WEIGHTS_BY_KIND.get(kind);
    for (String f : features(kind, parts, i, place)) {
      for (Weight w : weights.getOrDefault(f, List.of())) {
        sums[w.label().ordinal()] += w.weight();
      }
    }
    Map<Label, Double> out = new EnumMap<>(Label.class);
    for (Label l : Label.values()) {
      out.put(l, sums[l.ordinal()]);
    }
    return out;
  }

  /** See {@link #WEIGHTS_BY_KIND}. */
  private static Map<SectionKind, Map<String, List<Weight>>> byKind() {
    Map<SectionKind, Map<String, List<Weight>>> out = new HashMap<>();
    List<SectionKind> kinds = new ArrayList<>(List.of(SectionKind.values()));
    kinds.add(null);
    for (SectionKind kind : kinds) {
      Map<String, List<Weight>> of = new HashMap<>();
      WEIGHTS.forEach((feature, ws) -> of.put(feature,
          ws.stream().filter(w -> w.kinds().isEmpty() || w.kinds().contains(kind)).toList()));
      out.put(kind, of);
    }
    return out;
  }

  /**
   * The best way to give the three fields to distinct parts (or to none): indexes of the title,
   * organisation and location parts, -1 for none. Ties go to the earlier part for the title.
   */
  private static int[] assign(double[][] score) {
    int n = score.length;
    int[] best = {-1, -1, -1};
    double bestSum = 0;
    for (int t = -1; t < n; t++) {
      double st = t < 0 ? 0 : score[t][0];
      for (int o = -1; o < n; o++) {
        if (o >= 0 && o == t) {
          continue;
        }
        double so = o < 0 ? 0 : score[o][1];
        for (int l = -1; l < n; l++) {
          if (l >= 0 && (l == t || l == o)) {
            continue;
          }
          double sum = st + so + (l < 0 ? 0 : score[l][2]);
          if (sum > bestSum + 1e-9) {
            bestSum = sum;
            best = new int[] {t, o, l};
          }
        }
      }
    }
    return best;
  }

  /**
   * A field's part with the parts no field took beside it in the same cell, when a comma or a dash
   * joins them: "Staff Engineer, Data Platform", "Child Data Lab, University of Michigan". What
   * cannot belong to a name (a web address, a kind of employment, a place) stays out. The taken
   * parts leave {@code rest}.
   */
  private static Field extend(Part p, List<Part> parts, List<Part> rest, SectionKind kind, boolean title) {
    if (kind == SectionKind.PUBLICATIONS) {
      return p.field();
    }
    // "Tech Lead • Senior Software Engineer": roles held together, whatever parts them, are one title.
    boolean roles = title && kind == SectionKind.EXPERIENCE && Parts.isRole(p.value());
    int at = parts.indexOf(p);
    int from = at;
    int to = at;
    while (from > 0 && (joinsField(kind, parts, parts.get(from - 1), parts.get(from), parts.get(from - 1), rest, title)
        || roles && heldWith(parts.get(from - 1), parts.get(from), parts.get(from - 1), rest))) {
      from--;
    }
    while (to + 1 < parts.size() && (joinsField(kind, parts, parts.get(to), parts.get(to + 1), parts.get(to + 1), rest, title)
        || roles && heldWith(parts.get(to), parts.get(to + 1), parts.get(to + 1), rest))) {
      to++;
    }
    if (from == at && to == at) {
      return p.field();
    }
    for (int k = from; k <= to; k++) {
      rest.remove(parts.get(k));
    }
    Span span = Span.between(parts.get(from).span().offset(), parts.get(to).span().end());
    String value = parts.get(from).value();
    for (int k = from + 1; k <= to; k++) {
      value += joiner(parts.get(k).before()) + parts.get(k).value();
    }
    return new Field(value, span);
  }

  /**
   * Whether {@code taken} joins the title's or the organisation's part beside it (see joins). A
   * way of working after an employer's name is how the post there was held ("Globex, Freelance"),
   * no part of the name. A degree joins no organisation's name ("HTW Berlin - B.Sc. Informatik" under a heading that lists
   * studies among the jobs): the school's name stays whole, and the entry reads as a study. A named
   * group before its university ("Research Assistant, Photonics Group, State University") joins no
   * role: it is whom the person worked for, even where its university won the organisation.
   */
  private static boolean joinsField(SectionKind kind, List<Part> parts, Part a, Part b, Part taken, List<Part> rest,
      boolean title) {
    if (!joins(kind, a, b, taken, rest)) {
      return false;
    }
    if (title) {
      return !(kind == SectionKind.EXPERIENCE && taken == b && groupOfSchool(parts, parts.indexOf(taken)));
    }
    // A role no field took beside the employer's name is a second role held with the title, no
    // part of the name: "Hooli, Sr. Engineer | Team Lead", where the section's other headers put
    // the title in the place of "Team Lead", is Hooli's, and "Sr. Engineer" joins the title.
    return !Parts.hasWord(taken.value(), Parts.DEGREE_WORDS) && !lowerCaseAfter(a, taken) && !tagline(a, taken)
        && !(taken != a && (Parts.isIndustry(taken.value()) || Parts.isWayOfWorking(taken.value())))
        && !(taken != a && describedWithArticle(taken))
        && !(kind == SectionKind.EXPERIENCE && taken != a && heldBesideTitle(parts, taken, rest));
  }

  /**
   * Words in lower case after an organisation's name and its dash say what it is ("Globex –
   * trading platform", "Hooli - outsource software development"); a name, even a brand written in
   * lower case, shows a capital or a domain somewhere ("eBay", "bol.com"). After a role, the word
   * in lower case is the employer's brand ("Software Engineer – trivago").
   */
  private static boolean lowerCaseAfter(Part a, Part taken) {
    String v = taken.value();
    return taken != a && Parts.isDash(taken.before()) && Parts.lowerCased(v) && !Parts.isAddress(v) && !Parts.isBareDomain(v)
        && !Parts.isRole(a.value());
  }

  /**
   * Whether {@code taken}, a role no field took, stands in the cell of a role a field took (the
   * title), as a second role held with it (see {@link #heldWith}). A team named by a role's
   * word ("Sports DevOps") and a role outside software, which may as well be a firm's name, stay
   * with the name before them.
   */
  private static boolean heldBesideTitle(List<Part> parts, Part taken, List<Part> rest) {
    String v = taken.value();
    if (!Parts.isRole(v) || Parts.endsInTeamRole(v) || Parts.isOtherRole(v)) {
      return false;
    }
    for (Part q : parts) {
      if (q != taken && !rest.contains(q) && q.line() == taken.line() && q.cell() == taken.cell() && Parts.isRole(q.value())
          && heldWith(q, taken, taken, rest)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code taken}, a role no field took, stands beside the role {@code a} or {@code b} in the
   * same cell of the same line: a second role held with it.
   */
  private static boolean heldWith(Part a, Part b, Part taken, List<Part> rest) {
    return rest.contains(taken) && a.line() == b.line() && a.cell() == b.cell() && Parts.isRole(taken.value())
        && !Parts.roleByFirstWordOnly(taken.value()) && !Parts.isEmploymentKind(taken.value()) && !Parts.isWayOfWorking(taken.value());
  }

  /**
   * Whether {@code taken}, one of {@code a} and {@code b} (neighbours in that order), may join the
   * field the other belongs to: they share a cell, a comma or a dash parts them, no field took
   * {@code taken}, and it is nothing a name holds apart (a web address, a kind of employment, a
   * place, an aside such as "a payments startup").
   */
  private static boolean joins(SectionKind kind, Part a, Part b, Part taken, List<Part> rest) {
    if (!rest.contains(taken) || kind == SectionKind.PROJECTS) {
      return false;
    }
    // The university after a research group that employs is the group's parent: it stays beside it.
    if (kind == SectionKind.EXPERIENCE && taken == b && groupOfSchool(List.of(a, b), 0)) {
      return false;
    }
    // "Arcturus Engineering Excellence" over "Award, 2022": a narrow column wrapped an award's name.
    if (kind == SectionKind.AWARDS && taken == b && b.line() == a.line() + 1 && b.cellStart()
        && Parts.allWordsIn(b.value(), Parts.AWARD_WORDS)) {
      return true;
    }
    if (a.line() != b.line() || a.cell() != b.cell()) {
      return false;
    }
    String sep = b.before();
    boolean soft = sep.equals(",") || Parts.isDash(sep);
    String v = taken.value();
    return soft && !Parts.isAddress(v) && !Parts.isEmploymentKind(v) && !Parts.isLocation(v) && !Parts.opensAside(v)
        && !Parts.bracketedAside(v)
        && !detail(v);
  }

  /** A detail about the job, no name: labelled ({@link #labelledDetail}) or a gloss in brackets ("(Security company)"). */
  static boolean detail(String v) {
    String bracketed = Parts.inBrackets(v);
    return labelledDetail(v) || bracketed != null && Parts.isGloss(bracketed);
  }

  /**
   * A detail's label and its value ("Sector: Banking"), or a short label and a count ("Company
   * size: 50-100", "Team: 8 people"): a detail the header gives about the job, no name. A name's
   * own colon ("Globex: Payments", "Initech: 5G Networks") has neither.
   */
  static boolean labelledDetail(String v) {
    int colon = v.indexOf(": ");
    if (colon <= 0 || colon > 25 || colon + 2 >= v.length() || Whitespace.splitLength(v.substring(0, colon)) > 3) {
      return false;
    }
    // A count after a label of two words at most: "Computer Science GPA: 3.6" is a field of study
    // with its grade run on, which the degree keeps rather than lose the field.
    String label = v.substring(0, colon);
    return FieldLabelWords.isDetail(label) || Whitespace.splitLength(label) <= 2 && COUNT.matcher(v.substring(colon + 2).strip()).matches();
  }

  /** A count, a range of counts or a count of something in lower case: "50-100", "100.000", "8 people"; not "5G Networks". */
  private static final java.util.regex.Pattern COUNT =
      java.util.regex.Pattern.compile("\\d[\\d.,]*\\+?(?:\\s*[" + Glyphs.dashClass() + "]\\s*\\d[\\d.,]*\\+?)?(?:\\s+\\p{Ll}+)?");

  /** Whether the header's first line holds a role and, besides it, places alone (its dates are no parts). */
  private static boolean onlyRoleOnFirstLine(List<Part> parts, boolean[] place) {
    int line = parts.get(0).line();
    boolean role = false;
    for (int k = 0; k < parts.size() && parts.get(k).line() == line; k++) {
      if (Parts.isRole(parts.get(k).value())) {
        role = true;
      } else if (!place[k]) {
        return false;
      }
    }
    return role;
  }

  /** Whether a part on a later line of the header, no place, could name the employer. */
  private static boolean nameBelow(List<Part> parts, int i, boolean[] place) {
    for (int k = i + 1; k < parts.size(); k++) {
      if (parts.get(k).line() > parts.get(i).line() && !place[k]) {
        return true;
      }
    }
    return false;
  }

  /**
   * The features of part {@code i}; {@code place[k]} tells whether part {@code k} is a place
   * ({@link Parts#isLocation}). Each names something a reader of resumes would use to tell the
   * fields apart:
   *
   * <ul>
   *   <li>{@code text}: always; lets any part fill a field that nothing else claims;
   *   <li>{@code labelled-title}, {@code labelled-organization}, {@code labelled-location}: a label
   *       before the part names its field ("Position: …", see {@link FieldLabels});
   *   <li>{@code linked}: the text of a Markdown link, as an employer's or a project's name is
   *       ("[Globex, BA](https://globex.example)"), never a place's; {@code linked-beside}: such a
   *       link beside another part on its line, not one on a line of its own;
   *   <li>{@code first}: the header's first part;
   *   <li>{@code own-cell}: fills a cell of its own (but for places after it: "Globex (Oslo,
   *       Norway)") after a cell of its line, or opening the line under one, that holds several
   *       parts, one of them a role ("Product Engineer – AI SaaS ⇥ Globex"): a name set apart in the
   *       next cell, where the part after the role's dash says what the role is about (after
   *       "Globex – Payments", an employer and its team, the cell may be a place);
   *   <li>{@code role}: ends in a role word, after any level or bracketed note ("Engineer II");
   *   <li>{@code weak-role}: a role by a word of a role outside software only ("Bus Driver"), a
   *       word that names companies too ("Nordkapp Courier"), in place of {@code role};
   *   <li>{@code membership}: a role that ends in a membership's word ("Member");
   *   <li>{@code only-role-words}: nothing but role words ("Maintainer", "Lead Developer");
   *   <li>{@code firm-of-field}: a brand's name before a field's word ("Q42 Engineering"),
   *       see {@link #firmOfField}; such a part has no {@code title-word};
   *   <li>{@code title-word}, {@code org-word}, {@code weak-org-word}, {@code unit-word},
   *       {@code school-word}, {@code degree-word}: holds a word of that list in entry-words.txt;
   *   <li>{@code school-unit}: in education, a school's unit ("College of Engineering") beside
   *       another part naming a university ("Norvale University"), see schoolUnitOfAnother;
   *   <li>{@code unit-first}: opens with a team's word ("Payments Platform", "Data Science Team"), beside
   *       another name or a role on its line (the only name, on its own line over the role, is the
   *       employer's, see onlyNameAmong);
   *   <li>{@code of-name}: a proper name joined by "of" or the like ("Department of Transit");
   *   <li>{@code named-unit}: in a header that names no role, a team named by a capitalised field
   *       and a team's noun in lower case ("Cloud Platforms group", see {@link Parts#namesUnit});
   *       {@code name-of-unit}: the name beside such a team ("Globex Research"): its employer;
   *   <li>{@code group-of-school} / {@code parent-school}: a named group between a role and a
   *       university, and that university ("Researcher, Vision Lab, State University");
   *   <li>{@code team-role}: a role whose last word also names a team ("Sports DevOps") beside
   *       another role in the header ("Technical Lead"): the team, not the role;
   *   <li>{@code place}: a place by {@link Parts#isLocation};
   *   <li>{@code town-after}: a town-like name ending a line (or a known city followed only by an
   *       aside, "on behalf of Elsys") after another part that may be an employer (no role, degree,
   *       place or team);
   *   <li>{@code employment}: only a kind of employment ("Full-time"), or a way of working after a
   *       role and a name ("Tech Lead, Globex, Freelance"): how the post there was held;
   *   <li>{@code aside}: opens, in lower case, with an aside's word: the employer's other name or
   *       what it is ("ex-Logica", "acquired by Globex", "a payments startup");
   *   <li>{@code address}: a web address, an email address or a phone number;
   *   <li>{@code own-address}: a name the host of a web address in the header bears, see
   *       {@link #namedByAddress};
   *   <li>{@code unit-of-role}: a company's part named after a role and its comma, another name
   *       beside, see {@link #unitOfRole};
   *   <li>{@code detail}: a labelled detail of a job ("Company size: 50-100"), see labelledDetail, or
   *       a gloss in brackets on what the employer is ("(Security company)", see Parts.isGloss);
   *       elsewhere such a label may head the entry ("Specialization: Deep Learning");
   *   <li>{@code sentence}: reads as a sentence (eight words or more, mostly lower case);
   *   <li>{@code descriptor}: words in sentence case after a separator drawn behind another part of
   *       the line, naming no role or place: what that part is ("Globex · Mortgage lender");
   *   <li>{@code supervision}: a note of who supervised the work ("Supervision de Jean Tremblay",
   *       "Supervised by Dr. Lee"), see {@link Parts#notesSupervision};
   *   <li>{@code independent}: a way of working for oneself ("Freelance");
   *   <li>{@code award-only}: nothing but an award's words ("Award", "Prize");
   *   <li>{@code alone-independent}: a way of working, the header's only part but places
   *       ("Freelance" over "Spain");
   *   <li>{@code lone-name}: the header's only part but its places, with no role's word and no
   *       way of working, cased as a brand or an acronym ("TicketHub (2017/11 - present)", "CERN",
   *       "SoftRose (Malmö, Sweden)"): the employer. A plain word there may be a role no list knows
   *       ("Sommelier", "Hausmeister") and is left to the other features; under an employer's
   *       banner Entries takes this back;
   *   <li>{@code role-own-line}: a role alone on its line of a longer header, as a role set under
   *       its employer's line is ("Technical Lead" below "Globex - Sports DevOps");
   *   <li>{@code name-own-line}: in a job's header whose first line names a role and no other
   *       name, a name cased as a brand or an acronym alone on a line below ("UBS" under "Unix
   *       Administrator ⇥ 2012 – 2013"), as a theme sets the employer under the role;
   *   <li>{@code before-at} / {@code after-at}: before or after "at" / "@" (or the "in" of a role in
   *       an employer, see {@link Parts});
   *   <li>{@code after-comma}: parted from the part before it by a comma.
   * </ul>
   */
  static Set<String> features(SectionKind kind, List<Part> parts, int i, boolean[] place) {
    Part p = parts.get(i);
    String v = p.value();
    // Split once for the word lists tried below.
    String[] words = Parts.lowerWords(v);
    Set<String> f = new HashSet<>();
    f.add("text");
    if (i == 0) {
      f.add("first");
    }
    // A place after the name in its cell ("Globex (Oslo, Norway)") leaves the cell the name's own;
    // a town's country after a town-like word ("Vevey (Switzerland)") is one place with it.
    boolean placesAfter = true;
    for (int k = i + 1; k < parts.size() && parts.get(k).line() == p.line() && parts.get(k).cell() == p.cell(); k++) {
      placesAfter &= place[k] && (parts.get(k).value().indexOf(',') >= 0 || !Parts.townLike(v));
    }
    if (p.cellStart() && (p.cellEnd() || placesAfter) && (roleCellBefore(parts, p) || roleLineAbove(parts, p))) {
      f.add("own-cell");
    }
    if (Parts.isRole(v, words)) {
      // A role only by its first word ("Analista Programador" as much as "Analista Digital", a
      // firm) weighs as a role outside software does: a clearer role beside it keeps the title.
      f.add(Parts.isOtherRole(v) || Parts.roleByFirstWordOnly(v) ? "weak-role" : "role");
      if (teamBesideRole(parts, i, words)) {
        f.add("team-role");
      }
      if (Parts.isMembership(words)) {
        f.add("membership");
      }
    }
    if (Parts.allWordsIn(v, words, Parts.TITLE_WORDS)) {
      f.add("only-role-words");
    }
    if (p.labelled() != null) {
      f.add("labelled-" + p.labelled().name().toLowerCase(Locale.ROOT));
    }
    if (p.linked()) {
      f.add("linked");
      // Beside a part that is no link (a role), a link is the employer's name; on a line of links
      // or of its own under a header it is an aside (the product's page, a store listing).
      final int line = p.line();
      if (parts.stream().anyMatch(o -> o != p && o.line() == line && !o.linked())) {
        f.add("linked-beside");
      }
    }
    // A bracketed note after a name says what the name is ("Amec Foster Wheeler (Engineering
    // Contractor)"): its role's words make no title of the name.
    String bare = Parts.withoutNote(v);
    if (firmOfField(v)) {
      f.add("firm-of-field");
    } else if (Parts.hasWord(bare.length() == v.strip().length() ? words : Parts.lowerWords(bare), Parts.TITLE_WORDS)
        && !(Parts.namesGroup(v, words) && !nameBelow(parts, i, place))) {
      // A role's word inside a group's name ("Solar Car Student Design Team") says what the group
      // is made of, where the group is where the role was held; over another name ("Developer
      // Productivity Group" over "Globex"), the group is a team of that employer, and keeps the
      // word's pull away from the employer's field.
      f.add("title-word");
    }
    // "Co Founder": the prefix is the role's, not a company's "Co".
    if (Parts.hasWord(words, Parts.ORG_WORDS) && !Parts.rolePrefixed(v)) {
      f.add("org-word");
    }
    if (Parts.hasWord(words, Parts.WEAK_ORG_WORDS)) {
      f.add("weak-org-word");
    }
    if (Parts.hasWord(words, Parts.UNIT_WORDS)) {
      f.add("unit-word");
    }
    if (Parts.isIndustry(v)) {
      f.add("industry");
    } else if (i + 1 < parts.size() && parts.get(i + 1).line() == p.line() && parts.get(i + 1).cell() == p.cell()
        && Parts.isIndustry(parts.get(i + 1).value())) {
      // "Unitek Engineering – Finanzen": the name an industry follows is the employer's.
      f.add("before-industry");
    }
    String firstWord = firstWord(v);
    // A team's word first ("Data Platform") says team beside another name, or after the role on
    // its line ("Senior Engineer, Platform"); the only name, on a line of its own over the role
    // and places, is the employer's whatever its first word ("Data Science Nigeria – Lagos" over
    // "Robotics Intern, 2019").
    boolean ownLineName = onlyNameAmong(parts, p) && parts.stream().noneMatch(o -> o != p && o.line() == p.line() && Parts.isRole(o.value()));
    if (Parts.hasWord(firstWord, Parts.UNIT_WORDS) && !ownLineName) {
      f.add("unit-first");
    }
    // "Projeto de Ensino", "Suporte de Informática": a project's or a kind of work's word before
    // the joiner names a project or the work done, not an institution.
    if (Parts.isInstitutionName(v) && !Parts.hasWord(firstWord, Parts.PROJECT_WORDS) && !Parts.hasWord(firstWord, Parts.ACTIVITY_WORDS)) {
      f.add("of-name");
    }
    if (kind == SectionKind.EXPERIENCE) {
      // The cheap tests first: most headers hold no team named so, and are asked nothing more.
      boolean unit = unitAt(parts, i);
      if ((unit || !place[i] && nameOfUnit(parts, i)) && namesNoRole(parts)) {
        f.add(unit ? "named-unit" : "name-of-unit");
      }
    }
    if (kind == SectionKind.EXPERIENCE && groupOfSchool(parts, i)) {
      f.add("group-of-school");
    }
    if (kind == SectionKind.EXPERIENCE && i > 0 && groupOfSchool(parts, i - 1)) {
      f.add("parent-school");
    }
    if (Parts.hasWord(words, Parts.SCHOOL_WORDS)) {
      f.add("school-word");
      if (kind == SectionKind.EDUCATION && schoolUnitOfAnother(parts, p)) {
        f.add("school-unit");
      }
    }
    if (Parts.hasWord(words, Parts.DEGREE_WORDS)) {
      f.add("degree-word");
    }
    if (Parts.opensPlace(v)) {
      f.add("place-opening");
    }
    if (place[i]) {
      f.add("place");
    } else if (i > 0 && (p.cellEnd() || asideAfter(parts, i) && Places.isCity(v)) && parts.get(i - 1).line() == p.line() && Parts.townLike(v)
        // "UFF. Monitor.": a role's word after a name is the role, no town.
        && !f.contains("role") && !f.contains("weak-role")
        && (p.before().equals(",") || p.cellStart()) && organisationLike(parts.get(i - 1).value())
        && !teamLike(parts.get(i - 1).value())
        && (kind != SectionKind.EDUCATION || Parts.hasWord(parts.get(i - 1).value(), Parts.SCHOOL_WORDS))) {
      f.add("town-after");
    }
    if (kind == SectionKind.EXPERIENCE && teamBeforeName(parts, i, place)) {
      f.add("team-before-name");
    }
    if (kind == SectionKind.EXPERIENCE && i > 0 && teamBeforeName(parts, i - 1, place)) {
      f.add("name-after-team");
    }
    if (Parts.allWordsIn(v, words, Parts.AWARD_WORDS)) {
      f.add("award-only");
    }
    // Alone: every other part is a place; placed: one of them at least.
    boolean alone = true;
    boolean placed = false;
    for (int k = 0; k < parts.size() && alone; k++) {
      alone = k == i || place[k];
      placed |= k != i && place[k];
    }
    // Asked four times below: answered once.
    boolean wayOfWorking = Parts.isWayOfWorking(v);
    if (alone && wayOfWorking) {
      f.add("alone-independent");
    }
    if (alone && !f.contains("role") && !f.contains("weak-role") && !f.contains("title-word") && !wayOfWorking
        && (Parts.brandCased(v) || Parts.ACRONYM.matcher(v.strip()).matches())) {
      f.add("lone-name");
    }
    boolean ownLine = true;
    for (int k = 0; k < parts.size() && ownLine; k++) {
      ownLine = k == i || parts.get(k).line() != p.line() || place[k];
    }
    if (ownLine && (f.contains("role") || f.contains("weak-role")) && !alone) {
      f.add("role-own-line");
    }
    if (kind == SectionKind.EXPERIENCE && ownLine && !alone && p.line() > parts.get(0).line() && !f.contains("role")
        && !f.contains("weak-role") && !f.contains("title-word") && !place[i]
        && (Parts.brandCased(v) || Parts.ACRONYM.matcher(v.strip()).matches()) && onlyRoleOnFirstLine(parts, place)) {
      f.add("name-own-line");
    }
    // "Projeto de Extensão", "Projeto de Ensino": a programme the post was held under, named as a
    // project of a field, says how the post was held, as "Internship" does.
    // "Tech Lead, Globex, Freelance, Remote": after a role's part and a name, a way of working says
    // how the post at that name was held, as "CDI" does; it names no employer of its own.
    boolean heldAtName = kind == SectionKind.EXPERIENCE && wayOfWorking && namesBefore(parts, i, place) >= 2;
    if (Parts.isEmploymentKind(v, words) || heldAtName
        || kind == SectionKind.EXPERIENCE && Parts.hasWord(firstWord(v), Parts.PROJECT_WORDS) && Parts.isInstitutionName(v)) {
      f.add("employment");
    }
    if (Parts.opensAside(v) || Parts.bracketedAside(v)) {
      f.add("aside");
    }
    if (kind == SectionKind.EXPERIENCE && Parts.notesSupervision(v)) {
      f.add("supervision");
    }
    if (kind == SectionKind.EXPERIENCE && detail(v)) {
      f.add("detail");
    }
    // "**comma.ai**" opening a header in bold, or with the same domain again as its link: a company
    // named by its domain, as a capital would show ("Booking.com"); the link is its address. So is
    // a domain right after the role on the role's line ("Co-founder ⇥ lantern.ai", "Engineer at
    // comma.ai"): where a job's header says where the role was held. So is a domain in a cell of
    // its own after the one other field of the header ("2015 ⇥ Teamlead Frontend ⇥ yunity.org",
    // the employer's argument of a template's entry command); beside a name it is that name's site.
    boolean named = Parts.isBareDomain(v) && (i == 0
        && (p.style().bold() || parts.stream().skip(1).anyMatch(o -> o.value().equalsIgnoreCase(v)))
        || kind == SectionKind.EXPERIENCE && i > 0 && parts.get(i - 1).line() == p.line()
            && (Parts.isRole(parts.get(i - 1).value()) || parts.size() == 2 && p.cellStart() && p.cell() > parts.get(i - 1).cell()
                && !Parts.isAddress(parts.get(i - 1).value()))
        || kind == SectionKind.EXPERIENCE && onlyNameAmong(parts, p));
    if (Parts.isAddress(v) && !named) {
      f.add("address");
    }
    if (kind == SectionKind.EXPERIENCE && namedByAddress(parts, i)) {
      f.add("own-address");
    }
    if (kind == SectionKind.EXPERIENCE && unitOfRole(parts, i, place)) {
      f.add("unit-of-role");
    }
    if (sentence(v) || inSentence(parts, i)) {
      f.add("sentence");
    }
    if (describesPartBefore(parts, i, f)) {
      f.add("descriptor");
    }
    if (wayOfWorking && !heldAtName) {
      f.add("independent");
    }
    String before = p.before().toLowerCase(Locale.ROOT);
    String after = p.after().toLowerCase(Locale.ROOT);
    if (after.equals("at") || after.equals("@")) {
      f.add("before-at");
    }
    if (before.equals("at") || before.equals("@") || before.equals("in")) {
      f.add("after-at");
    }
    if (before.equals(",")) {
      f.add("after-comma");
    }
    return f;
  }

  /** How many parts before part {@code i} on its line are no place, no way of working and no kind of employment. */
  private static int namesBefore(List<Part> parts, int i, boolean[] place) {
    int n = 0;
    for (int k = 0; k < i; k++) {
      String v = parts.get(k).value();
      if (parts.get(k).line() == parts.get(i).line() && !place[k] && !Parts.isWayOfWorking(v) && !Parts.isEmploymentKind(v)) {
        n++;
      }
    }
    return n;
  }

  /** Words that open a school's unit when a joiner follows ("College of Engineering", "Facultad de Ciencias"). */
  private static final Set<String> SCHOOL_UNITS = Lexicon.set("entry-words.txt", "school-unit");
  private static final Set<String> NAME_JOINERS = Lexicon.set("entry-words.txt", "name-joiner");
  /** Words of a school that holds units ("University"): see schoolUnitOfAnother. */
  private static final Set<String> SCHOOL_PARENTS = Lexicon.set("entry-words.txt", "school-parent");

  /**
   * Whether {@code p} names a unit of a school ("College of Engineering", "Faculty of Computer
   * Science": a unit's word, then a joiner) while another part of the header names a university
   * that is no such unit ("Norvale University"): that one is the institution, the unit a part of
   * it. Alone, or beside a school of another kind ("Honors College", "Hooli Business School"),
   * such a name is the school itself ("College of Lindenau").
   */
  private static boolean schoolUnitOfAnother(List<Part> parts, Part p) {
    if (!opensSchoolUnit(p.value())) {
      return false;
    }
    for (Part o : parts) {
      if (o != p && Parts.hasWord(o.value(), SCHOOL_PARENTS) && !opensSchoolUnit(o.value())) {
        return true;
      }
    }
    return false;
  }

  private static boolean opensSchoolUnit(String v) {
    String[] words = SPACES_OR_COMMAS.split(v.strip(), 3);
    return words.length >= 3 && SCHOOL_UNITS.contains(words[0].toLowerCase(Locale.ROOT))
        && NAME_JOINERS.contains(words[1].toLowerCase(Locale.ROOT));
  }

  /**
   * What {@code SPACES_OR_COMMAS.split(v)[0]} gives, without splitting the whole part: the text up
   * to the first space or comma. A part that opens with one is left to the split itself.
   */
  static String firstWord(String v) {
    for (int k = 0; k < v.length(); k++) {
      char c = v.charAt(k);
      if (c == ',' || c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
        return k == 0 ? SPACES_OR_COMMAS.split(v)[0] : v.substring(0, k);
      }
    }
    return v;
  }

  /**
   * "Analyst, Technology Division" over "Initech Bank | 2013 – 2014": a part named as a part of a
   * company (its last word a unit's noun, "Division", "Department", "Team", or a discipline's,
   * "Software Engineering"; not "Group", which ends companies' names), after a role and its comma,
   * where another part that is no place, kind of
   * employment or way of working ("Contract", "Freelance") could be the employer. The unit is
   * where in the employer the role was held.
   */
  private static boolean unitOfRole(List<Part> parts, int i, boolean[] place) {
    if (i == 0 || !parts.get(i).before().equals(",") || parts.get(i - 1).line() != parts.get(i).line()
        || !Parts.isRole(parts.get(i - 1).value())) {
      return false;
    }
    String[] words = Parts.lowerWords(parts.get(i).value());
    String last = words.length < 2 ? "" : Parts.trimPunctuation(words[words.length - 1]);
    if (!(Parts.UNIT_NOUNS.contains(last) || Parts.FIELD_WORDS.contains(last)) || Parts.WEAK_ORG_WORDS.contains(last)) {
      return false;
    }
    for (int k = 0; k < parts.size() && k < place.length; k++) {
      String v = parts.get(k).value();
      if (k != i && k != i - 1 && !place[k] && !Parts.isRole(v) && !Parts.isAddress(v) && !Parts.isEmploymentKind(v)
          && !Parts.isWayOfWorking(v)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Quillstone42 ⇥ http://quillstone42.com": a name no role's word is in, whose letters are the
   * host's name of a web address in another part of the header. A company's site bears its name;
   * a role's or a place's does not.
   */
  private static boolean namedByAddress(List<Part> parts, int i) {
    String v = parts.get(i).value();
    if (Parts.isAddress(v) || Parts.isRole(v) || Parts.hasWord(v, Parts.TITLE_WORDS)) {
      return false;
    }
    String letters = lettersOf(v);
    if (letters.length() < 3) {
      return false;
    }
    for (int k = 0; k < parts.size(); k++) {
      String o = parts.get(k).value().strip();
      if (k != i && Parts.isAddress(o) && letters.equals(hostName(o))) {
        return true;
      }
    }
    return false;
  }

  /** The letters and digits of {@code v}, in lower case. */
  private static String lettersOf(String v) {
    // A loop over the code points, not a stream: asked of most parts of every job's header.
    String lower = v.toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        b.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return b.toString();
  }

  /** "https://www.globex.com/jobs" → "globex": the host's first name after "www.", letters and digits only. */
  private static String hostName(String address) {
    String t = SCHEME_OR_WWW.matcher(address.toLowerCase(Locale.ROOT)).replaceFirst("");
    int end = 0;
    while (end < t.length() && t.charAt(end) != '.' && t.charAt(end) != '/') {
      end++;
    }
    return lettersOf(t.substring(0, end));
  }

  /**
   * "Researcher, Vision Lab, State University": a named group (no role, no team's, school's or
   * degree's word) between a role and, after a comma in the same cell, a university. The group is whom the
   * person worked for; the university is its parent.
   */
  private static boolean groupOfSchool(List<Part> parts, int i) {
    if (i + 1 >= parts.size()) {
      return false;
    }
    Part p = parts.get(i);
    Part school = parts.get(i + 1);
    String v = p.value();
    boolean afterRole = i == 0 ? parts.size() == 2 : Parts.isRole(parts.get(i - 1).value())
        && parts.get(i - 1).line() == p.line() && p.before().equals(",");
    return afterRole && school.line() == p.line() && school.cell() == p.cell() && school.before().equals(",")
        && Parts.hasWord(school.value(), Parts.SCHOOL_WORDS) && !Parts.hasWord(v, Parts.SCHOOL_WORDS)
        && !Parts.isRole(v) && !Parts.hasWord(v, Parts.UNIT_WORDS) && !Parts.hasWord(v, Parts.DEGREE_WORDS)
        && !v.isEmpty() && Character.isUpperCase(v.charAt(0)) && !Parts.isLocation(v);
  }

  /**
   * Part {@code i}, a role, ends with a word that also names a team ("Sports DevOps"), and another
   * part of the header is a role that does not: that one is the role, this one the team.
   */
  private static boolean teamBesideRole(List<Part> parts, int i, String[] words) {
    if (words.length == 0 || !Parts.endsInTeamRole(parts.get(i).value())) {
      return false;
    }
    for (int k = 0; k < parts.size(); k++) {
      String other = parts.get(k).value();
      if (k != i && Parts.isRole(other) && !Parts.endsInTeamRole(other)) {
        return true;
      }
    }
    return false;
  }

  /** Whether an earlier cell of the part's line holds several parts, one of them a role (see {@code own-cell}). */
  private static boolean roleCellBefore(List<Part> parts, Part p) {
    for (int cell = 0; cell < p.cell(); cell++) {
      if (severalWithRole(parts, p.line(), cell)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the part opens its line right under a line whose cell holds several parts, one of them
   * a role ("Lecturer - Artificial Intelligence" over "PUC Chile"): the name set apart on the next
   * line is the employer, as in a cell of its own beside it (see {@code own-cell}).
   */
  private static boolean roleLineAbove(List<Part> parts, Part p) {
    if (p.cell() != 0 || p.line() == 0) {
      return false;
    }
    for (Part o : parts) {
      // Set in another type, as a template sets the employer under the role: in the same type
      // the line is the role's line wrapped ("…, Electronic Arts - EAIT Game" / "Creation
      // Engineering"), and where no type is known nothing tells the two apart.
      // Only beside a role and its field alone ("Lecturer - Artificial Intelligence"): a role's
      // line that names its employer too ("Consultant - Analytics, Initech LLC") leaves the line
      // under it a client's or a team's, and so does one opening in lower case ("for Globex Bank").
      if (o.line() == p.line() - 1 && otherType(o.style(), p.style()) && partsWithRole(parts, o.line(), o.cell()) == 2
          && !Character.isLowerCase(p.value().charAt(0))) {
        return true;
      }
    }
    return false;
  }

  /** Whether two known styles differ in weight, slant or size. */
  private static boolean otherType(Style a, Style b) {
    return !a.equals(Style.UNKNOWN) && !b.equals(Style.UNKNOWN)
        && (a.bold() != b.bold() || a.italic() != b.italic() || Math.abs(a.size() - b.size()) > 0.05f);
  }

  /** Whether the cell of the line holds several parts, one of them a role. */
  private static boolean severalWithRole(List<Part> parts, int line, int cell) {
    return partsWithRole(parts, line, cell) > 1;
  }

  /** How many parts the cell of the line holds where one of them is a role; 0 where none is. */
  private static int partsWithRole(List<Part> parts, int line, int cell) {
    int n = 0;
    boolean role = false;
    for (Part o : parts) {
      if (o.line() == line && o.cell() == cell) {
        n++;
        role |= Parts.isRole(o.value());
      }
    }
    return role ? n : 0;
  }

  /** Could name an employer or school: no role, no degree, no place. */
  private static boolean organisationLike(String v) {
    return !Parts.isRole(v) && !Parts.hasWord(v, Parts.DEGREE_WORDS) && !Parts.isLocation(v);
  }

  /**
   * A team's name and no organisation's: "Payments Platform", "Transactional Data Platform",
   * "Observability", "Merchant Payments" end with a team's word and hold no organisation's ("Office
   * Depot" only opens with one). The name after a team is the employer ("Payments Platform,
   * Globex"), not a town. A company named after its trade ("Brightwater Security, Maplewood")
   * reads so too: with an unknown town after it, the two readings cannot be told apart, and teams
   * named so under a role are the more common.
   */
  private static boolean teamLike(String v) {
    String[] words = Parts.lowerWords(v);
    return words.length > 0 && Parts.UNIT_WORDS.contains(Parts.trimPunctuation(words[words.length - 1]))
        && !Parts.hasWord(v, Parts.ORG_WORDS) && !Parts.hasWord(v, Parts.WEAK_ORG_WORDS);
  }

  /**
   * "Globex Research" over "Cloud Platforms group": beside a team named so, in a header whose parts
   * name no role, a name that could be an employer is the team's employer.
   */
  private static boolean nameOfUnit(List<Part> parts, int i) {
    if (!organisationLike(parts.get(i).value())) {
      return false;
    }
    for (int k = 0; k < parts.size(); k++) {
      if (k != i && unitAt(parts, k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether part {@code k} names a team of the employer (see Parts.namesUnit): in lower case after
   * a capitalised field; in capitals, only on a line below a name (the employer's own line,
   * "IBM RESEARCH" over "HEALTH SCIENCES GROUP"), for beside a role or over it a name in capitals
   * that ends so is as likely the company ("SCRUM MASTER | NORTHWIND MEDIA GROUP").
   */
  private static boolean unitAt(List<Part> parts, int k) {
    String v = parts.get(k).value();
    if (Parts.namesUnit(v)) {
      return true;
    }
    if (!Parts.namesUnitInCapitals(v)) {
      return false;
    }
    for (int j = 0; j < k; j++) {
      if (parts.get(j).line() < parts.get(k).line() && organisationLike(parts.get(j).value())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether no part of a header names a role: only then is a team's name in lower case ("Cloud
   * Platforms group") the employer's team. Under a role ("Software Engineer" over "Tata group")
   * it is as likely the employer itself, and the other features place it.
   */
  private static boolean namesNoRole(List<Part> parts) {
    for (Part p : parts) {
      if (Parts.isRole(p.value()) || Parts.hasWord(p.value(), Parts.TITLE_WORDS)) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Senior Engineer, Data Platform, Globex": a team between a role and a name, all in one cell and
   * parted by commas, is the role's; the name after it is the employer (unless it is a place).
   */
  private static boolean teamBeforeName(List<Part> parts, int i, boolean[] place) {
    if (i == 0 || i + 1 >= parts.size() || place[i + 1]) {
      return false;
    }
    Part role = parts.get(i - 1);
    Part team = parts.get(i);
    Part name = parts.get(i + 1);
    return team.before().equals(",") && name.before().equals(",") && role.line() == team.line()
        && name.line() == team.line() && role.cell() == team.cell() && name.cell() == team.cell()
        && Parts.isRole(role.value()) && !Parts.isRole(name.value()) && teamLike(team.value());
  }

  /**
   * Whether every other part of the header is a role, a place or an address, one of them a role
   * ("Frontend Team Lead" over "quillstone.example · Lisbon/Remote", or over the employer's
   * "https://www.quillstone.example/"): {@code domain} is then the only name the header gives, the
   * employer's, however it is written.
   */
  private static boolean onlyNameAmong(List<Part> parts, Part domain) {
    boolean role = false;
    for (Part o : parts) {
      if (o == domain) {
        continue;
      }
      String w = o.value();
      boolean isRole = Parts.isRole(w);
      if (!isRole && !Parts.isLocation(w) && !Parts.isAddress(w)) {
        return false;
      }
      role |= isRole;
    }
    return role;
  }

  /** The separators after a name that may introduce a line about it ("Globex · Mortgage lender"). */
  private static final Set<String> DESCRIPTOR_SEPARATORS = Lexicon.set("glyphs.txt", "descriptor-separator");

  /**
   * "Globex · Consumer technology company": after a separator drawn behind another part of its
   * line, words in sentence case (two or more, every longer word after the first in lower case),
   * or in lower case after a dash behind a name that is no role ("Globex – trading platform"),
   * that name no role say what the part before is, as themes print an employer's description.
   */
  private static boolean describesPartBefore(List<Part> parts, int i, Set<String> f) {
    Part p = parts.get(i);
    if (i == 0 || f.contains("role") || f.contains("weak-role") || f.contains("title-word") || f.contains("place")) {
      return false;
    }
    // A tagline that a soft line break ran on after the header's place (Parts.taglineAfterPlace
    // cuts it there): it stands as on a line of its own.
    boolean ranOn = p.before().equals(Parts.LINE_BREAK);
    if (parts.get(i - 1).line() != p.line() || ranOn) {
      // A tagline on a line of its own under the header's names ("Globex | 2017 – 2024" over
      // "Software development for growing businesses"): a phrase in sentence case, two of its
      // longer words in lower case, says what the employer does; it names nothing. One that
      // names a kind of employment ("Full-time co-op positions") says what the job was.
      return (i + 1 == parts.size() || parts.get(i + 1).line() != p.line()) && Parts.sentenceCased(p.value())
          && Parts.lowerWordsLongerThan(p.value(), 3) >= 2 && !Parts.hasWord(p.value(), Parts.EMPLOYMENT_WORDS);
    }
    return tagline(parts.get(i - 1), p)
        || DESCRIPTOR_SEPARATORS.contains(p.before()) && (Parts.sentenceCased(p.value()) || lowerCaseAfter(parts.get(i - 1), p)
            || describedWithArticle(p));
  }

  private static final Set<String> INDEFINITE_ARTICLES = Lexicon.set("entry-words.txt", "indefinite-article");

  /**
   * "- A Java consultancy company", "· An online retailer": after a descriptor's separator, an
   * indefinite article and two words or more, one of them in lower case, say what the name before is, though capitals in them ("Java")
   * keep them from sentence case. Every word capitalised, they name: "A Cloud Guru".
   */
  private static boolean describedWithArticle(Part p) {
    String s = p.value().strip();
    int space = s.indexOf(' ');
    if (!DESCRIPTOR_SEPARATORS.contains(p.before()) || space <= 0 || Whitespace.splitLength(s) < 3
        || !INDEFINITE_ARTICLES.contains(s.substring(0, space).toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (String w : SPACES.split(s.substring(space + 1))) {
      if (w.length() > 3 && Character.isLowerCase(w.charAt(0))) {
        return true;
      }
    }
    return false;
  }


  /**
   * "Globex AB, Digital Signature and Contract Management Platform": a company's name ends with
   * its legal form, so three words or more after it and a comma say what the company is; they
   * join no field.
   */
  private static boolean tagline(Part a, Part p) {
    return p != a && p.before().equals(",") && Parts.endsInLegalForm(a.value()) && Whitespace.splitLength(p.value()) >= MIN_TAGLINE_WORDS;
  }

  /** The fewest words of a company's description after its legal form and a comma; fewer may name a unit. */
  private static final int MIN_TAGLINE_WORDS = 3;

  /**
   * "Improvement of legacy software, development of new features, …" in a cell of its own: the
   * commas part it into pieces too short to be sentences each, but the pieces of the cell together
   * are one, and no piece of it is a name. So do sentences a full stop parts ("Technical leadership
   * in automotive AI. Combined deep ML expertise with …"), where the piece is more than a name's
   * few words: a name before a drawn bar ("Globex | Payments team …") keeps its field.
   */
  private static boolean inSentence(List<Part> parts, int i) {
    Part p = parts.get(i);
    // Only in a cell beside the header's first (a description set apart by a gap): a line that
    // runs on from its role and employer into a clause keeps them ("Engineer, Globex, on the …").
    boolean stops = (p.before().equals(".") || p.after().equals(".")) && Whitespace.splitLength(p.value()) >= 4;
    // Nor on a line below the header's first, where a clause of four words or more ends in a stop
    // and the line goes on ("Part of the graduate programme. Placed within Platform Services"):
    // the line is prose, no name on it. A legal form's stop ("Globex Ltd. Berlin") ends none.
    if (p.line() > parts.get(0).line()) {
      for (int k = 0; k + 1 < parts.size(); k++) {
        Part q = parts.get(k);
        if (q.line() == p.line() && parts.get(k + 1).line() == p.line() && q.after().equals(".")
            && Whitespace.splitLength(q.value()) >= 4 && !Parts.endsInLegalForm(q.value() + ".")) {
          return true;
        }
      }
    }
    if (p.cell() == 0 || !p.before().equals(",") && !p.after().equals(",") && !stops) {
      return false;
    }
    StringBuilder cell = new StringBuilder();
    for (Part q : parts) {
      if (q.line() == p.line() && q.cell() == p.cell()) {
        cell.append(cell.length() == 0 ? "" : " ").append(q.value());
      }
    }
    return sentence(cell.toString());
  }

  /** Eight words or more, most of them in lower case: a sentence, not a name. */
  private static boolean sentence(String v) {
    // Counted first without splitting (every header part is asked, few have eight words).
    if (Whitespace.splitLength(v) < 8) {
      return false;
    }
    String[] words = SPACES.split(v);
    if (words.length < 8) {
      return false;
    }
    int lower = 0;
    for (String w : words) {
      if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
        lower++;
      }
    }
    return lower * 2 >= words.length;
  }

  /**
   * What the entries of one section say about each place in their headers. Entries of a section
   * share a template, so the field the clear cases give a place (the first part of the second line,
   * say) speaks for the same field in the unclear ones: an employer no word marks as one stands
   * where the others' employers stand. A part's bias is a share of the section's confident votes
   * for its place, times a weight.
   */
  static Map<Part, Map<Label, Double>> consistency(List<List<Part>> headers, List<List<Map<Label, Double>>> scored) {
    Map<String, Map<Label, Integer>> votes = new HashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int h = 0; h < headers.size(); h++) {
      List<Part> parts = headers.get(h);
      for (int i = 0; i < parts.size() && i < MAX_PARTS; i++) {
        String key = place(parts, i);
        seen.merge(key, 1, Integer::sum);
        Map<Label, Double> s = scored.get(h).get(i);
        Label top = null;
        double topScore = 0;
        double second = 0;
        for (Map.Entry<Label, Double> e : s.entrySet()) {
          if (e.getValue() > topScore) {
            second = topScore;
            topScore = e.getValue();
            top = e.getKey();
          } else if (e.getValue() > second) {
            second = e.getValue();
          }
        }
        // Only clear cases vote: a role word, an organisation word or a place.
        if (top != null && topScore >= CONFIDENT && topScore - second >= CONFIDENT) {
          votes.computeIfAbsent(key, k -> new EnumMap<>(Label.class)).merge(top, 1, Integer::sum);
        }
      }
    }
    Map<Part, Map<Label, Double>> bias = new HashMap<>();
    if (headers.size() < 2) {
      return bias;
    }
    for (List<Part> parts : headers) {
      for (int i = 0; i < parts.size() && i < MAX_PARTS; i++) {
        String key = place(parts, i);
        Map<Label, Integer> v = votes.get(key);
        if (v == null) {
          continue;
        }
        int total = seen.get(key);
        if (total < 2) {
          continue;
        }
        Map<Label, Double> b = new EnumMap<>(Label.class);
        v.forEach((label, n) -> b.put(label, CONSISTENCY * n / total));
        bias.put(parts.get(i), b);
      }
    }
    return bias;
  }

  private static final double CONFIDENT = 2.0;
  private static final double CONSISTENCY = 2.5;

  /**
   * A part's place in its header: its line, its cell, and its order among the parts of that cell.
   * Where a template sets the fields in cells (a LaTeX command's arguments, a PDF's columns), a
   * comma inside one cell ("Department of Astronomy, University of Geneva") moves no later cell's
   * place: the town in the next cell stands where the other entries' towns stand.
   */
  private static String place(List<Part> parts, int i) {
    Part p = parts.get(i);
    int inCell = 0;
    for (int k = 0; k < i; k++) {
      if (parts.get(k).line() == p.line() && parts.get(k).cell() == p.cell()) {
        inCell++;
      }
    }
    return p.line() + ":" + p.cell() + ":" + inCell;
  }

  private static Map<String, List<Weight>> read(String file) {
    Map<String, List<Weight>> out = new HashMap<>();
    for (String[] row : Lexicon.rows(file, 4)) {
      if (row.length < 4) {
        throw new IllegalStateException(file + ":" + row[0] + ": expected 'feature field weight [kinds]'");
      }
      Label label = Label.valueOf(row[2].toUpperCase(Locale.ROOT));
      Set<SectionKind> kinds = new HashSet<>();
      if (row.length == 5) {
        for (String k : row[4].split(",")) {
          kinds.add(SectionKind.valueOf(k.strip().toUpperCase(Locale.ROOT)));
        }
      }
      out.computeIfAbsent(row[1], k -> new ArrayList<>()).add(new Weight(row[1], label, Double.parseDouble(row[3]), kinds));
    }
    return out;
  }
}
