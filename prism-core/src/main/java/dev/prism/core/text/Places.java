package dev.prism.core.text;

import dev.prism.core.lexicon.Glyphs;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names of places an entry header may give as its location, from {@code places.txt}: work modes
 * ("Remote"), countries, larger areas, states and provinces, their codes, and common cities. The
 * shape of a location ("City, Region") is {@link Parts#isLocation}'s business; this class only
 * knows names.
 */
final class Places {
  private static final Map<String, List<String>> LISTS = dev.prism.core.lexicon.Lexicon.lists("places.txt");
  private static final Set<String> WORK_MODES = Set.copyOf(LISTS.get("work-mode"));
  private static final Set<String> STATE_CODES = Set.copyOf(LISTS.get("state-code"));
  private static final Set<String> CITIES = Set.copyOf(LISTS.get("city"));
  /** A known city's district: "Paris 9e", "Lyon 3ème", "75009 Paris", "Berlin 10115". */
  private static final Pattern DISTRICT = Pattern.compile(
      "(?:\\d{4,5}\\s+)?(\\p{L}[\\p{L} .'-]*?)(?:\\s+\\d{1,2}(?:" + LISTS.get("district-ordinal").stream().map(Pattern::quote)
          .collect(java.util.stream.Collectors.joining("|")) + ")|\\s+\\d{4,5})?",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** A country or a wider area by name ("España", "EU"): no state or province. */
  private static final Set<String> COUNTRIES = union("country", "area");
  /** What may follow the comma of "City, Region" by name. */
  private static final Set<String> REGIONS = union("country", "area", "state");
  /** What a part may be on its own and still be a place. */
  private static final Set<String> NAMED = union("work-mode", "country", "area", "state", "city");
  // Between a work mode and the place that narrows it: "Remote (US)", "Remote - EU", "Remote, UK".
  private static final Pattern QUALIFIER_SEPARATOR = Pattern.compile("\\s*(?:[/&,]|\\band\\b|\\bor\\b)\\s*");

  private Places() {}

  private static Set<String> union(String... keys) {
    Set<String> out = new HashSet<>();
    for (String k : keys) {
      out.addAll(LISTS.get(k));
    }
    return Set.copyOf(out);
  }

  /** A country or a wider area by name: "Spain", "España", "Europe"; no state ("Ohio"). */
  static boolean isCountry(String v) {
    return COUNTRIES.contains(v.strip().toLowerCase(Locale.ROOT));
  }

  /**
   * A place named whole: a work mode, country, area, state, known city, or a state code written in
   * capitals ("TX"; "Or" and "Me" are words, not codes).
   */
  static boolean isNamed(String v) {
    String s = v.strip();
    return named(s, s.toLowerCase(Locale.ROOT));
  }

  /** {@link #isNamed} or {@link #isQualifiedWorkMode}, with the part stripped and lowered once for both. */
  static boolean isNamedOrQualifiedWorkMode(String v) {
    String s = v.strip();
    String lower = s.toLowerCase(Locale.ROOT);
    return named(s, lower) || qualifiedWorkMode(s, lower);
  }

  private static boolean named(String stripped, String lower) {
    return NAMED.contains(lower) || isCode(stripped) && STATE_CODES.contains(lower) || regionThenCity(stripped);
  }

  /**
   * "英国伦敦", "中国北京": in a script without spaces the country or the state comes first, run on
   * into the city. Both must be named: a country's name opens many companies' names ("中国银行").
   */
  private static boolean regionThenCity(String s) {
    if (s.length() < 3 || s.length() > 12 || !Character.isIdeographic(s.codePointAt(0)) && Character.UnicodeScript.of(s.codePointAt(0)) != Character.UnicodeScript.HANGUL) {
      return false;
    }
    for (int cut = 2; cut <= s.length() - 2; cut++) {
      if (REGIONS.contains(s.substring(0, cut)) && CITIES.contains(s.substring(cut))) {
        return true;
      }
    }
    return false;
  }

  /** What may follow a comma in "City, Region": a known region, or any two capitals ("ON", "UK", "DE"). */
  static boolean isRegion(String v) {
    String s = v.strip();
    return isCode(s) || REGIONS.contains(s.toLowerCase(Locale.ROOT));
  }

  /** A state or province code in capitals: "TX", "ON". */
  static boolean isStateCode(String v) {
    String s = v.strip();
    return isCode(s) && STATE_CODES.contains(s.toLowerCase(Locale.ROOT));
  }

  /** A work mode by name: "Remote", "Hybrid", "Office". */
  static boolean isWorkMode(String v) {
    return WORK_MODES.contains(v.strip().toLowerCase(Locale.ROOT));
  }

  /**
   * A place by a name the lexicon knows, a known city with its district ("Paris 9e"), or a town
   * with its region ("Red Bank, NJ").
   */
  static boolean isKnownPlace(String v) {
    int comma = v.lastIndexOf(',');
    return isNamed(v) || isCityDistrict(v) || comma > 0 && (isRegion(v.substring(comma + 1)) || isNamed(v.substring(0, comma)));
  }

  private static final Set<String> TOWN_JOINERS = Set.copyOf(LISTS.get("town-joiner"));

  /**
   * One word of capitalised pieces hyphenated with a town's joining word among them: "Saint-Étienne",
   * "Aix-en-Provence", "Montbonnot-Saint-Martin". A town's shape, for a word after an employer's
   * name; on its own the shape also names companies ("Saint-Gobain") and is no place.
   */
  static boolean isHyphenatedTown(String v) {
    String s = v.strip();
    if (s.indexOf('-') <= 0 || s.indexOf(' ') >= 0 || !Character.isUpperCase(s.codePointAt(0))) {
      return false;
    }
    String[] pieces = s.split("-", -1);
    boolean joiner = false;
    for (int i = 0; i < pieces.length; i++) {
      String p = pieces[i];
      if (p.isEmpty() || !p.chars().allMatch(Character::isLetter)) {
        return false;
      }
      boolean joins = TOWN_JOINERS.contains(p.toLowerCase(Locale.ROOT));
      joiner |= joins && i + 1 < pieces.length;
      // Every piece a town's joining word does not name is capitalised ("Boulogne-sur-Mer").
      if (!joins && !Character.isUpperCase(p.codePointAt(0))) {
        return false;
      }
    }
    return joiner;
  }

  /** A known city with its district or postcode beside it: "Paris 9e", "75009 Paris". */
  static boolean isCityDistrict(String v) {
    String s = v.strip();
    if (s.length() > 60 || !hasDigit(s)) {
      return false;
    }
    java.util.regex.Matcher m = DISTRICT.matcher(s);
    return m.matches() && m.group(1).length() < s.length() && isCity(m.group(1).strip());
  }

  /**
   * Whether {@code s} holds a digit ({@link Character#isDigit(int)}), as {@code s.chars().anyMatch}
   * would tell: a loop, since every header part asks it and a stream cost more than the test.
   */
  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit((int) s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static boolean isCity(String v) {
    return CITIES.contains(v.strip().toLowerCase(Locale.ROOT));
  }

  /**
   * A work mode narrowed by the places it covers: "Remote (US)", "Remote - EU", "Hybrid, Berlin",
   * "Remote (US / Canada)". The bare work mode is {@link #isNamed}.
   */
  static boolean isQualifiedWorkMode(String v) {
    String s = v.strip();
    return qualifiedWorkMode(s, s.toLowerCase(Locale.ROOT));
  }

  private static boolean qualifiedWorkMode(String stripped, String lower) {
    for (String mode : WORK_MODES) {
      if (lower.length() > mode.length() && lower.startsWith(mode) && !Character.isLetter(lower.charAt(mode.length()))) {
        String rest = trimQualifier(stripped.substring(mode.length()));
        if (rest.isEmpty()) {
          return false;
        }
        for (String place : QUALIFIER_SEPARATOR.split(rest)) {
          if (!isNamed(place) && !isCode(place.strip())) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  /** {@code s} without the brackets, dashes, commas and spaces around it. */
  private static String trimQualifier(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && (" (),:".indexOf(s.charAt(a)) >= 0 || Glyphs.isDash(s.charAt(a)))) {
      a++;
    }
    while (b > a && (" (),:".indexOf(s.charAt(b - 1)) >= 0 || Glyphs.isDash(s.charAt(b - 1)))) {
      b--;
    }
    return s.substring(a, b);
  }

  /** Two capital letters and nothing else. */
  static boolean isCode(String s) {
    return s.length() == 2 && Character.isUpperCase(s.charAt(0)) && Character.isUpperCase(s.charAt(1));
  }
}
