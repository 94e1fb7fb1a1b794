package dev.prism.core.text;

import dev.prism.core.lexicon.Glyphs;
import dev.prism.core.lexicon.Lexicon;
import dev.prism.core.lexicon.NameWords;
import dev.prism.core.model.Box;
import dev.prism.core.model.Claim;
import dev.prism.core.model.Contact;
import dev.prism.core.model.Field;
import dev.prism.core.model.Mark;
import dev.prism.core.model.Span;
import dev.prism.core.model.Style;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the contact block: the lines before the first heading. Email, phone and links may also be
 * found further down (some resumes put them in a footer); the name only at the top.
 */
final class ContactParser {

  record Result(Contact contact, List<Line> rest) {}

  static final Pattern EMAIL = dev.prism.core.lexicon.Lexicon.pattern("email");
  private static final Pattern EMAIL_SPELLED = dev.prism.core.lexicon.Lexicon.pattern("email-spelled");
  private static final Pattern SPELLED_AT = dev.prism.core.lexicon.Lexicon.pattern("email-spelled-at");
  private static final Pattern SPELLED_DOT = dev.prism.core.lexicon.Lexicon.pattern("email-spelled-dot");
  // Nine to fifteen digits, with the separators people put between them. Date ranges such as
  // "2019 - 2023" have eight digits and so never match.
  static final Pattern PHONE = dev.prism.core.lexicon.Lexicon.pattern("phone");
  static final Pattern URL = dev.prism.core.lexicon.Lexicon.pattern("url");
  static final Pattern LOCATION =
      Pattern.compile(
          // "City, Region[, Country]", with a postal code before the city ("10115 Berlin, Germany") or
          // after the region ("Austin, TX 78701"), or a work mode.
          // A house number is no postal code: the city after a code has at most two words.
          "^(?:(?:\\d{4,5} [A-Z][\\p{L}.'-]+(?: [A-Z][\\p{L}.'-]+)?|[A-Z][\\p{L}.'-]+(?: [A-Z][\\p{L}.'-]+){0,3}), ?(?:[A-Z]{2}|[A-Z][\\p{L}.'-]+(?: [A-Z][\\p{L}.'-]+){0,2})"
              + "(?:, ?[A-Z][\\p{L}.'-]+(?: [A-Z][\\p{L}.'-]+)?)?(?: \\d{5}(?:-\\d{4})?)?|Remote|Remote \\(.*\\))$");
  // Between contact items: the drawn separators, wide gaps, and the icons resumes put before an
  // item ("✉ jane@x.com ☎ (415) 555-0142 ⌂ Oakland, CA"): symbols and emoji (\p{So}, with the
  // variation selectors and joiners that follow emoji), and the private-use code points a PDF's
  // icon font maps to (\p{Co}; the PDF reader emits U+E000 for such glyphs). An icon thus never
  // sticks to the item after it, whichever field that item is.
  static final Pattern SEPARATORS =
      Pattern.compile("\\s*(?:[" + Glyphs.fieldSeparatorClass() + "/]|[\\p{So}\\p{Co}\\x{FE0E}\\x{FE0F}\\x{200D}]+|\\s{2,}|\\t| [" + Glyphs.dashClass() + "] )\\s*");
  private static final Pattern PROFILE_LINK = Pattern.compile("(?i).*(linkedin|github|gitlab)\\.com/.*");
  private static final Pattern NAME_BREAKERS = Pattern.compile(".*[\\d@:/].*");
  private static final Pattern SPACE_RUN = Pattern.compile("\\s+");
  private static final Pattern TRAILING_DAY = Pattern.compile("\\s+\\d{1,2}[.,]?\\s*$");
  private static final Pattern LETTER_SPACED = Pattern.compile("(?:\\p{L} )+\\p{L}(?:\\s{2,}(?:\\p{L} )*\\p{L})*");
  private static final Pattern WIDE_SPACE = Pattern.compile("\\s{2,}");
  private static final Pattern PHONE_ENDING = Pattern.compile(".*\\d{3}[-. ]\\d{4}$");
  private static final Pattern YEAR_RANGE = Pattern.compile("(?:19|20)\\d{2}\\s*[" + Glyphs.dashClass() + "]\\s*(?:19|20)\\d{2}");
  /**
   * A calendar date with its four-digit year, day, month or year first ("05-12-2026", "12/05/2026",
   * "2026.12.05"), one separator throughout: a page's "Updated: 05-12-2026 22:00" stamp, which has
   * a phone's digits and punctuation.
   */
  private static final Pattern CALENDAR_DATE = Pattern.compile(
      "(?:(?:0?[1-9]|[12]\\d|3[01])([-./])(?:0?[1-9]|[12]\\d|3[01])\\1(?:19|20)\\d{2}|(?:19|20)\\d{2}([-./])(?:0?[1-9]|1[0-2])\\2(?:0?[1-9]|[12]\\d|3[01]))(?!\\d).*");
  private static final Pattern TRAILING_DOTS = Pattern.compile("[.]+$");
  private static final Pattern TRAILING_COLON = Pattern.compile("\\s*:$");
  private static final Set<String> LABELS =
      dev.prism.core.lexicon.Lexicon.set("contact-words.txt", "label");
  private static final int MAX_CONTACT_LINES = 8;
  private static final int MAX_CONTACT_WORDS = 16;

  private ContactParser() {}

  /**
   * @param firstHeading the index of the first heading line: the top block ends there
   * @param listed lines that stood under a contact heading ("Contact", "Get in touch"), as sidebars
   *     set them; they give every detail but the name
   * @param opening the first line under each contact heading that holds no detail: where a form's
   *     "Personal data" puts the name, read when nothing above the first heading is one
   */
  static Result parse(String text, List<Line> lines, int firstHeading, List<Line> listed, List<Line> opening,
      List<Line> firstSection, List<Claim> claims) {
    Contact claimed = claimed(text, claims);
    Result found = parse(text, lines, firstHeading, listed, opening, firstSection);
    if (claimed == null) {
      return found;
    }
    Contact f = found.contact();
    List<Field> links = claimed.links().isEmpty() ? f.links() : claimed.links();
    // A link's target claimed as the email, where the page shows another: the shown one.
    Field email = claimed.email() != null && f.email() != null && onLinkTargets(claimed.email(), lines) && !onLinkTargets(f.email(), lines)
        && !claimed.email().value().toLowerCase(Locale.ROOT).endsWith(f.email().value().toLowerCase(Locale.ROOT))
        ? f.email() : or(claimed.email(), f.email());
    return new Result(new Contact(or(claimed.name(), f.name()), email,
        or(claimed.phone(), f.phone()), or(claimed.location(), f.location()), links), found.rest());
  }

  /**
   * The address in a claimed email's text: a link to "mailto:" may show words around it
   * ("Personal: pat@example.org"), and the field is the address alone.
   */
  private static Field address(String text, Span span) {
    String raw = span.of(text);
    Matcher m = EMAIL.matcher(raw);
    if (isEmail(raw.strip()) || !m.find()) {
      return new Field(raw.strip(), span);
    }
    return new Field(m.group(), new Span(span.offset() + m.start(), m.end() - m.start()));
  }

  /**
   * A name claimed in two parts with only blank space between them: a given name and a family
   * name the template set on lines of their own ("\firstname{Ada}" and "\familyname{\\
   * Lovelace}"), one name. A role in the second part is a headline the person put there (Deedy's
   * name command given "Dana Quill" and "Senior DevOps Specialist"), no part of the name.
   */
  private static boolean nameGoesOn(String text, Field name, Field next) {
    int from = name.span().end();
    int to = next.span().offset();
    return to >= from && to - from <= 4 && text.substring(from, to).isBlank() && !Parts.isRole(next.value());
  }

  private static Field joined(Field a, Field b) {
    return new Field(a.value() + " " + b.value(), Span.between(a.span().offset(), b.span().end()));
  }

  private static Field or(Field a, Field b) {
    return a != null ? a : b;
  }

  /**
   * The fewest digits (of any script: "０９０", "٠٩٠") a phone number the reader claims holds: the
   * shortest local numbers have six.
   */
  private static final int MIN_CLAIMED_PHONE_DIGITS = 6;

  /** The contact details the reader claims (a JSON Resume's basics); null when it claims none. */
  private static Contact claimed(String text, List<Claim> claims) {
    Field name = null;
    Field email = null;
    Field phone = null;
    Field location = null;
    List<Field> links = new ArrayList<>();
    boolean any = false;
    for (Claim c : claims) {
      if (!(c instanceof Claim.Contact k) || k.span().length() == 0) {
        continue;
      }
      any = true;
      Field f = new Field(k.span().of(text).strip(), k.span());
      // A reader's name set as a personal page's greeting says "I'm" before it: the name is after.
      int[] introduced = k.field() == Claim.ContactField.NAME ? introduced(f.value()) : null;
      if (introduced != null) {
        int at = k.span().offset() + k.span().of(text).indexOf(f.value());
        f = new Field(f.value().substring(introduced[0], introduced[1]), new Span(at + introduced[0], introduced[1] - introduced[0]));
      }
      switch (k.field()) {
        case NAME -> name = name == null ? f : nameGoesOn(text, name, f) ? joined(name, f) : name;
        case EMAIL -> email = email == null ? address(text, k.span()) : email;
        // A template's placeholder left in its phone command ("tel", "+xx") is no number.
        case PHONE -> phone = phone == null && f.value().codePoints().filter(Character::isDigit).count() >= MIN_CLAIMED_PHONE_DIGITS
            ? f : phone;
        case LOCATION -> location = location == null ? f : location;
        case LINK -> links.add(f);
        case HEADLINE -> { }
      }
    }
    return any ? new Contact(name, email, phone, location, links) : null;
  }

  static Result parse(String text, List<Line> lines, int firstHeading, List<Line> listed, List<Line> opening,
      List<Line> firstSection) {
    Field name = null;
    Field email = null;
    Field phone = null;
    Field location = null;
    List<Field> links = new ArrayList<>();
    List<Line> rest = new ArrayList<>();
    List<Line> details = new ArrayList<>();
    int contactLines = 0;
    int prose = 0;
    int rolesAbove = 0;
    // Names that need a sign from the addresses, known only once they are read, and their lines.
    List<Field> signed = new ArrayList<>();
    List<Integer> signedLines = new ArrayList<>();
    // The first line's name before a bare document title, taken when there is no address to ask.
    Field titledFirst = null;
    int titledFirstLine = -1;

    int nameLine = -1;
    // Lines of a postal address above the name ("424 Harvest Hill Ct." / "Ballwin, MO 63021"), as
    // an old letter-like resume sets them first: they leave the name to the line below.
    int postalAbove = 0;
    // Whether the line before (not blank) is an entry's dates alone.
    boolean underEntry = false;
    for (int i = 0; i < firstHeading && i < lines.size(); i++) {
      Line line = lines.get(i);
      // A line of marks alone (a page's close button "×", a row of icons) says nothing.
      if (line.blank() || line.rule() || line.content().codePoints().noneMatch(Character::isLetterOrDigit)) {
        continue;
      }
      // The addresses the page's links lead to, however many: the reader's note, never a line of
      // the page, so it takes no place among the lines that count where the name stands.
      if (line.has(Mark.LINK_TARGETS)) {
        details.add(line);
        continue;
      }
      boolean contactish = looksLikeContact(line);
      boolean shortEnough = line.words() <= MAX_CONTACT_WORDS;
      // Above the name, a line that names a section and nothing else, not set as a heading (a web
      // page's menu printed as it is: "About", "Work Experience", "Skills") is no name and no
      // contact detail.
      if (name == null && !contactish && Headings.kindOf(Inline.clean(line.content()).strip()).isPresent()) {
        continue;
      }
      // "Curriculum Vitae" over the name titles the document, "EN | RU" offers it in other
      // languages: neither name nor contact.
      if (name == null && contactLines == 0 && aboutTheDocument(line)) {
        continue;
      }
      // A role over an entry's dates ("Senior Engineer" over "Globex, 2019 – 2021") heads that
      // entry: no name, on a page that opens with its jobs.
      boolean headsEntry = Line.rangeNext(lines, i) && Parts.namesRole(line);
      // Under the lines of a postal address, a name's line with an email or a phone soon below it.
      // The address's country on a line of its own ("United States") is one of those lines.
      boolean postal = postal(line) || postalAbove > 0 && postalAbove == contactLines && name == null
          && Places.isCountry(Inline.clean(line.content()).strip());
      if (name == null && rolesAbove == 0 && postalAbove == contactLines && postalAbove > 0 && prose == 0 && shortEnough
          && !postal && contactWithin(lines, i, MAX_LINES_ABOVE_NAME)) {
        Field n = name(line);
        // The address's country on a line of its own ("United States") is no name.
        if (n != null && !Parts.isLocation(n.value()) && !Places.isKnownPlace(n.value())) {
          name = n;
          nameLine = i;
        }
      }
      if (name == null && contactLines == rolesAbove && rolesAbove <= MAX_LINES_ABOVE_NAME && prose == 0 && shortEnough
          && !headsEntry && !postal) {
        Field n = name(line);
        Field bare = n == null ? name(line, true) : null;
        if (n != null && rolesAbove == 0) {
          name = n;
          nameLine = i;
        } else if (n != null || bare != null) {
          // Under a headline a line with a name's shape is as often an employer, a tagline or a
          // town, and "Data Science CV" has the shape of "Jordan Lee Resume": such a line is the
          // name only where the email's local part or a link's path shows a word of it (checked
          // once they are read; a domain is as often the employer's), and the line below may be
          // the name instead.
          Field f = n != null ? n : bare;
          if (!Parts.isLocation(f.value()) && !Places.isKnownPlace(f.value()) && !Places.isKnownPlace(Inline.clean(line.content()).strip())) {
            signed.add(f);
            signedLines.add(i);
            if (bare != null && rolesAbove == 0 && titledFirst == null) {
              titledFirst = f;
              titledFirstLine = i;
            }
          }
          rolesAbove++;
        } else if (rolesAbove == 0 && contactLines == 0 && Parts.namesRole(line) && !looksLikeContact(line)) {
          rolesAbove = 1;
        }
      }
      // The block above the first heading: the name, a headline ("Senior Backend Engineer"), and
      // lines of contact details. Prose there is a summary without a heading. A long line is
      // content even when it carries an email (resumes pasted onto one line), and so is an entry's
      // header or dates: no headline follows them.
      // A line with an email or a phone is contact, whatever dates it holds ("Available Jan – Mar").
      boolean entry = headsEntry || line.hasRange() && firstEmail(line) == null && firstPhone(line) == null;
      if (entry) {
        prose++;
      }
      // Right under an entry's dates alone on their line, a line with no address, number or link
      // goes on with that entry's header ("Nov 2016 – Present" / "Globex, Berlin" / "Data
      // Engineer"): the place it names is the job's, not the person's. A headline that holds a
      // range ("Software Engineer, 2016 – Present") keeps the town under it the person's.
      boolean entryGoesOn = underEntry && firstEmail(line) == null && firstPhone(line) == null && urls(line, null).isEmpty();
      underEntry = entry && line.loneDate() != null;
      // A stop ends a sentence, but not a headline of a word or three that ends in an
      // abbreviation ("Frontend Dev.").
      boolean headline = prose == 0 && line.words() <= 8 && (!line.content().endsWith(".") || line.words() <= 3);
      if (shortEnough && !entry && !entryGoesOn && (contactish || headline || postal) && contactLines < MAX_CONTACT_LINES) {
        postalAbove += name == null && postalAbove == contactLines && postal ? 1 : 0;
        contactLines++;
        details.add(line);
      } else {
        prose++;
        rest.add(line);
      }
    }
    // The top block first, then the lines under a contact heading.
    details.addAll(listed);
    // A number written as a phone (international, alone on its line, or after a label) wins over
    // digits that only look like one, such as a post box's ("P.O. Box 12345-00100, Springfield") above it.
    Field weakPhone = null;
    email = firstEmail(details);
    // An address spelled out only where contact details are: in prose "(at)" is a word.
    email = email != null ? email : firstSpelledEmail(details);
    for (Line line : details) {
      if (phone == null) {
        Field found = firstPhone(line);
        if (found != null && (writtenAsPhone(found.value()) || isPhoneNumber(Inline.clean(line.content()).strip())
            || afterLabel(line, found))) {
          phone = found;
        } else if (weakPhone == null) {
          weakPhone = found;
        }
      }
      links.addAll(urls(line, email));
      if (location == null) {
        location = location(line);
      }
    }
    if (phone == null) {
      phone = weakPhone;
    }
    // Contact details outside the top block: footers, or resumes with no heading at all.
    if (email == null || phone == null) {
      if (email == null) {
        email = firstEmail(lines);
      }
      for (Line line : lines) {
        // Most lines hold no phone number at all; then there is no need to ask whether they look
        // like contact details.
        if (phone == null && mayHoldPhone(line.content()) && (looksLikeContact(line) || line.words() <= 6)) {
          phone = firstPhone(line);
        }
      }
    }
    if (links.isEmpty()) {
      for (Line line : lines) {
        if (line.content().indexOf('/') >= 0 && PROFILE_LINK.matcher(line.content()).matches()) {
          links.addAll(urls(line, email));
        }
      }
    }
    for (int k = 0; name == null && k < signed.size(); k++) {
      if (inAddresses(signed.get(k).value(), email, links) || personalDomain(signed.get(k).value(), email)) {
        name = signed.get(k);
        nameLine = signedLines.get(k);
      }
    }
    // With no address at all to ask, the document's first line titling it ("# Jordan Lee
    // Resume") is the best word on whose it is.
    if (name == null && titledFirst != null && email == null && links.isEmpty()) {
      name = titledFirst;
      nameLine = titledFirstLine;
    }
    if (name != null) {
      name = withFamilyNameBelow(name, lines, nameLine, firstHeading, email, links);
    } else {
      // Labels are read where a form puts the person's details: above the first heading, under a
      // heading of contact details, or in the first section whatever its heading ("Profil" over
      // "Name ⇥ Markus Beispiel"): a label says what its value is.
      List<Line> form = new ArrayList<>(lines.subList(0, Math.min(firstHeading, lines.size())));
      form.addAll(listed);
      form.addAll(firstSection);
      name = labelledName(form);
      // A line that labels its value ("Date of birth: …") names no one.
      for (int k = 0; name == null && k < opening.size(); k++) {
        Line l = opening.get(k);
        Field under = l.content().indexOf(':') >= 0 ? null : name(l);
        // The whole line, of two words or more ("Geboren am 3. Mai 1991" gives no name), and no place.
        name = under == null || !under.value().equals(Inline.clean(l.content()).strip()) || Whitespace.splitLength(under.value()) < 2
            || Parts.isLocation(under.value()) || Places.isKnownPlace(under.value()) ? null : under;
      }
      if (name == null) {
        name = copyrightHolder(lines, email);
      }
      if (name == null) {
        name = largestType(lines);
      }
      if (name == null) {
        name = lowerCaseName(lines, firstHeading, email, links);
      }
    }
    return new Result(new Contact(name, email, phone, location, dedupe(links)), rest);
  }

  /**
   * A page's copyright notice: its marks, a year or a range of years, the holder, perhaps a year
   * after it, and the words that reserve the rights ("© 2021 Orin Vale", "Copyright (c) Orin Vale
   * 2019. All rights reserved.").
   */
  private static final Pattern COPYRIGHT = Pattern.compile("^(?:" + DateParser.alternatives(Lexicon.list("names.txt", "copyright-mark"))
      + "\\s*)+(?:(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:19|20)\\d\\d)?[,.]?\\s+)?(.+?)(?:,?\\s+(?:19|20)\\d\\d)?[.,]?(?:\\s*"
      + DateParser.alternatives(Lexicon.list("names.txt", "rights-reserved")) + "\\.?)?$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * The holder a copyright notice names, where nothing else in the resume names anyone: a personal
   * page printed as it is may give its owner's name only in its footer ("© 2021 Orin Vale"). Only a
   * footer's notice (one of the last lines) with the sign "©" or a year, and only a person's name:
   * no firm's word or legal form ("© 2020 Globex Media", "Hooli Labs"), no small word ("The
   * Authors", "Made With Love"), no place; where the page gives an email address, a word of the
   * name must show in it, as a theme's or a builder's footer names no one there. (A profile link's
   * path often shows no word of the name, and a personal page that hides its address behind a
   * button links its profiles.)
   */
  private static Field copyrightHolder(List<Line> lines, Field email) {
    int footer = 0;
    for (int i = lines.size() - 1; i >= 0 && footer < FOOTER_LINES; i--) {
      Line l = lines.get(i);
      if (l.blank()) {
        continue;
      }
      footer++;
      String c = l.content();
      if (c.length() > MAX_COPYRIGHT_LINE || c.indexOf('©') < 0 && !YEAR.matcher(c).find()) {
        continue;
      }
      Matcher m = COPYRIGHT.matcher(c);
      if (!m.matches()) {
        continue;
      }
      String holder = m.group(1);
      String[] words = Parts.lowerWords(holder);
      boolean smallWord = java.util.Arrays.stream(SPACE_RUN.split(holder)).anyMatch(dev.prism.core.bullet.Lexicon::functionWord);
      if (NameWords.personShaped(holder) && !NameWords.hasNotNameWord(holder) && !Parts.endsInLegalForm(holder)
          && !Parts.hasWord(words, Parts.ORG_WORDS) && !Parts.hasWord(words, Parts.WEAK_ORG_WORDS) && !smallWord
          && !Parts.isLocation(holder) && (email == null || inAddresses(holder, email, List.of()))) {
        return new Field(holder, new Span(l.contentStart() + m.start(1), m.end(1) - m.start(1)));
      }
    }
    return null;
  }

  /** How many of the document's last lines a footer's copyright notice may stand on. */
  private static final int FOOTER_LINES = 3;
  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");

  /** The longest line a copyright notice of a person's page takes. */
  private static final int MAX_COPYRIGHT_LINE = 80;

  /** Whether a field stands on the reader's line of link targets the page does not show. */
  private static boolean onLinkTargets(Field f, List<Line> lines) {
    for (Line l : lines) {
      if (l.has(Mark.LINK_TARGETS) && l.contentStart() <= f.span().offset() && f.span().offset() < l.contentEnd()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first email of the lines, one the page shows before one only a link holds: a resume may
   * show "me@…" and hide another ("root@…") behind an icon. Where the page shows the end of the
   * link's address only ("okafor@…" of "jordan_okafor@…", an underscore drawn as a rule, no
   * character), the link's is the address.
   */
  private static Field firstEmail(List<Line> lines) {
    Field hidden = null;
    Field shown = null;
    for (Line line : lines) {
      Field f = firstEmail(line);
      if (f == null) {
        continue;
      }
      if (line.has(Mark.LINK_TARGETS)) {
        hidden = hidden == null ? f : hidden;
      } else if (shown == null) {
        shown = f;
      }
    }
    if (shown != null && hidden != null && hidden.value().length() > shown.value().length()
        && hidden.value().toLowerCase(Locale.ROOT).endsWith(shown.value().toLowerCase(Locale.ROOT))) {
      return hidden;
    }
    return shown != null ? shown : hidden;
  }

  private static final Set<String> NAME_LABELS = dev.prism.core.lexicon.Lexicon.set("contact-words.txt", "name-label");
  private static final Set<String> GIVEN_NAME_LABELS = dev.prism.core.lexicon.Lexicon.set("contact-words.txt", "given-name-label");
  private static final Set<String> FAMILY_NAME_LABELS = dev.prism.core.lexicon.Lexicon.set("contact-words.txt", "family-name-label");
  /**
   * The name as a form labels it, where nothing else reads as one: "Name: Pat Doe", a table row
   * "Name ⇥ Pat Doe", or "First name: Pat" and "Surname: Doe" apart (given names first). The
   * value must have a name's shape: a few words, each opening with a capital.
   */
  private static Field labelledName(List<Line> lines) {
    Field given = null;
    Field family = null;
    for (Line l : lines) {
      if (l.blank()) {
        continue;
      }
      Labelled labelled = labelled(l);
      if (labelled == null) {
        continue;
      }
      String label = labelled.label();
      Field value = new Field(Inline.clean(l.textOf(labelled.value())), labelled.value());
      if (!nameShaped(value.value())) {
        continue;
      }
      if (NAME_LABELS.contains(label) || isJoinedNameLabel(label)) {
        return value;
      }
      if (GIVEN_NAME_LABELS.contains(label) && given == null) {
        given = value;
      } else if (FAMILY_NAME_LABELS.contains(label) && family == null) {
        family = value;
      }
      if (given != null && family != null) {
        Span both = Span.between(Math.min(given.span().offset(), family.span().offset()),
            Math.max(given.span().end(), family.span().end()));
        return new Field(given.value() + " " + family.value(), both);
      }
    }
    return null;
  }

  /** A label of the person's name, lower-cased, and where its value stands in the text. */
  private record Labelled(String label, Span value) {}

  /**
   * A line's name label and the value after it, or null: "Label: value" (emphasis around the
   * label and the value allowed), or a first cell that is a label and a second that is the value.
   */
  private static Labelled labelled(Line l) {
    if (l.cells().size() >= 2) {
      String label = Inline.clean(l.textOf(l.cells().get(0))).replaceAll(":$", "").strip().toLowerCase(Locale.ROOT);
      if (isNameLabel(label)) {
        return new Labelled(label, l.cells().get(1));
      }
    }
    String c = l.content();
    int colon = c.indexOf(':');
    if (colon <= 0) {
      return gapLabelled(l);
    }
    String label = Inline.clean(c.substring(0, colon)).strip().toLowerCase(Locale.ROOT);
    if (!isNameLabel(label)) {
      return null;
    }
    int from = colon + 1;
    while (from < c.length() && (Line.isSpace(c.charAt(from)) || c.charAt(from) == '*' || c.charAt(from) == '_')) {
      from++;
    }
    return new Labelled(label, Span.between(l.contentStart() + from, l.contentEnd()));
  }

  /**
   * "Name        Markus Beispiel": a label, then a gap of two spaces or a tab, then the value, as a
   * table whose cells the reader did not give (an HTML table in Markdown, a text laid out in
   * columns) prints it.
   */
  private static Labelled gapLabelled(Line l) {
    java.util.regex.Matcher gap = GAP.matcher(l.content());
    if (!gap.find() || gap.start() == 0) {
      return null;
    }
    String label = Inline.clean(l.content().substring(0, gap.start())).strip().toLowerCase(Locale.ROOT);
    return isNameLabel(label) && gap.end() < l.content().length()
        ? new Labelled(label, Span.between(l.contentStart() + gap.end(), l.contentEnd())) : null;
  }

  private static final Pattern GAP = Pattern.compile("\\t\\s*| {2,}");

  /** One to five words, each opening with a capital, with no digit, "@", ":" or "/". */
  private static boolean nameShaped(String v) {
    if (v.isEmpty() || NAME_BREAKERS.matcher(v).matches()) {
      return false;
    }
    String[] words = SPACE_RUN.split(v.strip());
    return words.length <= 5 && java.util.Arrays.stream(words).allMatch(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)));
  }

  private static boolean isNameLabel(String label) {
    return NAME_LABELS.contains(label) || GIVEN_NAME_LABELS.contains(label) || FAMILY_NAME_LABELS.contains(label)
        || isJoinedNameLabel(label);
  }

  private static final Pattern LABEL_JOINER = Pattern.compile("\\s*(?:/|,|&|\\+)\\s*");

  /**
   * Labels of the name's parts joined into one ("Surname / Name", "Фамилия / Имя", "Last name,
   * first name"): the value is the whole name, in the order the label gives.
   */
  private static boolean isJoinedNameLabel(String label) {
    String[] pieces = LABEL_JOINER.split(label);
    if (pieces.length < 2) {
      return false;
    }
    for (String p : pieces) {
      if (!(NAME_LABELS.contains(p) || GIVEN_NAME_LABELS.contains(p) || FAMILY_NAME_LABELS.contains(p))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the line holds an email address, or a phone number and no dates (which look like one: "03/2021 – 11/2021"). */
  static boolean holdsEmailOrPhone(Line line) {
    return firstEmail(line) != null || !line.hasDates() && firstPhone(line) != null;
  }

  /**
   * Whether a line under a contact heading belongs to the contact details: it holds one, or it is
   * the label of the one below it ("Phone", "Email:").
   */
  static boolean holdsContact(Line line) {
    return looksLikeContact(line) || isLabel(line.content()) || labelled(line) != null;
  }

  /**
   * A line of two contact labels or more and nothing else, parted by separators: "GitHub |
   * Twitter", "LinkedIn · Email", the texts of links to the person's profiles and addresses. One
   * label alone may be a word of something else ("Mobile" over a list of skills).
   */
  static boolean labelsOnly(Line line) {
    return labels(line, false) >= 2;
  }

  /**
   * How many labels the line holds and nothing else (see {@link #labelsOnly}); with {@code
   * choices}, a language to switch the page to ("EN") counts as one. -1 where anything else stands.
   */
  private static int labels(Line line, boolean choices) {
    // Asked of every line under a work heading: a long one is no such line, and is not cleaned.
    if (line.content().length() > MAX_LABELS_LINE) {
      return -1;
    }
    // The layout's cells part the labels too ("Resume ⇥ Blog ⇥ GitHub"): cleaning the line's text
    // closes the gaps between them.
    List<String> cells = new ArrayList<>();
    if (line.cells().size() >= 2) {
      line.cells().forEach(cell -> cells.add(Inline.clean(line.textOf(cell)).strip()));
    } else {
      cells.add(Inline.clean(line.content()).strip());
    }
    int labels = 0;
    for (String c : cells) {
      // Most lines asked hold no separator at all: they are one piece, as the split would give.
      for (String piece : maySeparate(c) ? SEPARATORS.split(c) : new String[] {c}) {
        if (piece.isBlank()) {
          continue;
        }
        if (!isLabel(piece) && !(choices && LANGUAGE_CHOICES.contains(piece.strip().toLowerCase(Locale.ROOT)))) {
          return -1;
        }
        labels++;
      }
    }
    return labels;
  }

  /** A contact label alone, its colon after it, over the line that gives its value: "Email:", "Phone:". */
  static boolean labelOnItsOwn(Line line) {
    return line.content().strip().endsWith(":") && labels(line, false) == 1;
  }

  /**
   * Whether line {@code i} is one of a run of lines that hold only links' labels or languages to
   * switch to, one or more each, two at least over the run: "Resume" / "Tech Blog" / "GitHub" /
   * "Portfolio", or "EN" / "KR", set one to a paragraph as a word processor keeps a page's row of
   * links, each in the same type. One such word alone may be a word of something else.
   */
  static boolean inLabelRun(List<Line> lines, int i) {
    if (labels(lines.get(i), true) < 1) {
      return false;
    }
    for (int step = -1; step <= 1; step += 2) {
      int k = i + step;
      while (k >= 0 && k < lines.size() && lines.get(k).blank()) {
        k += step;
      }
      if (k >= 0 && k < lines.size() && lines.get(k).style().equals(lines.get(i).style()) && labels(lines.get(k), true) >= 1) {
        return true;
      }
    }
    return false;
  }

  /**
   * A line made of contact details and nothing else, each in a cell of its own, labels and the
   * person's town allowed ("Contact ⇥ +1 555 0100", "pat@example.org", "github.com/pat"): a
   * sidebar's contact block or a footer a reader set among a section's lines. It names no job,
   * no employer and no school.
   */
  static boolean detailsOnly(Line line) {
    if (line.content().length() > MAX_LABELS_LINE || line.hasDates() || line.bullet()) {
      return false;
    }
    // Every value needs an "@", digits or a dot (see the mayHold tests): a line with none holds
    // labels and a town at most. This is asked of most undated lines under a work heading.
    String c0 = line.content();
    if (!mayHoldEmail(c0) && !mayHoldPhone(c0) && !mayHoldUrl(c0)) {
      return false;
    }
    List<Span> cells = line.cells().isEmpty() ? List.of(line.contentSpan()) : line.cells();
    int values = 0;
    for (Span cell : cells) {
      String c = Inline.clean(line.textOf(cell)).strip();
      if (c.isEmpty() || isLabel(c) || Headings.isContact(c)) {
        continue;
      }
      String v = c.substring(afterLabel(c)).strip();
      // The town the person lives in may stand beside them ("+1 555 0100 ⇥ pat@example.org ⇥
      // Lyon, France", a footer's line); it is no value of its own.
      if (Parts.isLocation(v)) {
        continue;
      }
      // An employer's own address ("globex.com" under its name) belongs to a header: only a
      // profile's is the person's.
      if (!(whole(EMAIL, v) || whole(PHONE, v) || whole(URL, v) && PROFILE_LINK.matcher(v).matches())) {
        return false;
      }
      values++;
    }
    return values > 0;
  }

  private static boolean whole(Pattern p, String v) {
    Matcher m = p.matcher(v);
    return m.lookingAt() && m.end() == v.length();
  }

  /** The longest line of labels: "GitHub · LinkedIn · Website · Email", links and marks around them. */
  private static final int MAX_LABELS_LINE = 160;

  /** "Phone", "E-mail:", "✉ Email": a label alone, once icons, colons and spaces are gone. */
  private static boolean isLabel(String s) {
    String t = (maySeparate(s) ? SEPARATORS.matcher(s).replaceAll(" ") : s).strip();
    while (t.endsWith(":")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return LABELS.contains(t.toLowerCase(Locale.ROOT));
  }

  /** Where the item starts in {@code part}: after a label such as "Location:", if there is one. */
  private static int afterLabel(String part) {
    int colon = part.indexOf(':');
    if (colon < 0 || !LABELS.contains(part.substring(0, colon).strip().toLowerCase(Locale.ROOT))) {
      return 0;
    }
    int at = colon + 1;
    while (at < part.length() && Line.isSpace(part.charAt(at))) {
      at++;
    }
    return at;
  }

  private static boolean looksLikeContact(Line line) {
    String c = line.content();
    return mayHoldEmail(c) && EMAIL.matcher(c).find() || spelledEmail(line) != null
        || mayHoldPhone(c) && PHONE.matcher(c).find()
        || mayHoldUrl(c) && URL.matcher(c).find()
        || location(line) != null;
  }

  // What each pattern cannot match without. They are exact, cheap tests that spare scanning the
  // many lines that hold no contact detail; the footer search above looks at every line.

  /** {@link #EMAIL} needs an '@'. */
  static boolean mayHoldEmail(String s) {
    return s.indexOf('@') >= 0;
  }

  /** {@link #PHONE} starts and ends with a digit. */
  static boolean mayHoldPhone(String s) {
    int digits = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9' && ++digits == 2) {
        return true;
      }
    }
    return false;
  }

  /** {@link #URL} needs "://" or a dot before its domain ending. */
  static boolean mayHoldUrl(String s) {
    return s.indexOf('.') >= 0 || s.contains("://");
  }

  /** {@link #LOCATION} needs a comma ("Berlin, Germany") or the word "Remote". */
  static boolean mayHoldLocation(String s) {
    return s.indexOf(',') >= 0 || s.contains("Remote");
  }

  private static final Set<String> GENERATIONS = dev.prism.core.lexicon.Lexicon.set("names.txt", "generation");
  private static final Set<String> DOCUMENT_TITLES = dev.prism.core.lexicon.Lexicon.set("names.txt", "document-title");
  private static final Set<String> GREETINGS = dev.prism.core.lexicon.Lexicon.set("names.txt", "greeting");
  /**
   * A greeting and an introduction before a name, both optional, one of the two at least ("Hi,
   * I'm ", "I am ", "Hello! "), case aside: what a personal page says before the name it gives.
   */
  private static final Pattern INTRODUCTION = Pattern.compile("(?iu)^(?:" + DateParser.alternatives(GREETINGS) + "[,!.]?\\s+)?"
      + DateParser.alternatives(Lexicon.list("names.txt", "introduction")) + "\\s+|^" + DateParser.alternatives(GREETINGS) + "[,!.]\\s+");

  private static final Pattern EXCLAMATION = Pattern.compile("[!.]+\\s*$");

  /**
   * Where the name stands in {@code s} after an introduction ("I'm Jordan Lee", "Hi, I'm Jordan
   * Lee!": said as a sentence, the introduction may end with its mark), as {start, end}; null
   * where no introduction opens it.
   */
  private static int[] introduced(String s) {
    Matcher intro = INTRODUCTION.matcher(s);
    if (!intro.find() || intro.end() >= s.length()) {
      return null;
    }
    Matcher stop = EXCLAMATION.matcher(s);
    int end = stop.find(intro.end()) ? stop.start() : s.length();
    while (end > intro.end() && Character.isWhitespace(s.charAt(end - 1))) {
      end--;
    }
    return end > intro.end() ? new int[] {intro.end(), end} : null;
  }
  private static final Set<String> DOCUMENT_STAMPS = dev.prism.core.lexicon.Lexicon.set("names.txt", "document-stamp");
  private static final List<String> POSSESSIVES = dev.prism.core.lexicon.Lexicon.list("names.txt", "possessive");

  private static final Set<String> LANGUAGE_CHOICES = dev.prism.core.lexicon.Lexicon.set("names.txt", "language-choice");

  /** One word of lower-case letters and digits joined by hyphens or underscores: "cv-markdown", "resume_2024". */
  private static final Pattern FILE_NAME_TITLE = Pattern.compile("[\\p{Ll}\\d]+(?:[-_][\\p{Ll}\\d]+)+");

  /**
   * A line that says what the document is, whole ("Curriculum Vitae", or dated: "Curriculum Vitae –
   * May 2023"), offers it in other languages ("EN | RU", "English · Deutsch"), or is its
   * repository's or file's name ("cv-markdown").
   */
  static boolean aboutTheDocument(Line line) {
    String words = documentWords(line.dates().isEmpty() ? line.content() : line.withoutDates());
    if (DOCUMENT_TITLES.contains(words) || GREETINGS.contains(words) || stamp(line.content())) {
      return true;
    }
    // "# cv-markdown", "resume_2024": a repository's or a file's name over the resume.
    if (FILE_NAME_TITLE.matcher(Inline.clean(line.content()).strip()).matches()) {
      return true;
    }
    // "Print ⇥ Download PDF": every part of the line says what the document is.
    boolean any = false;
    // Most lines hold no separator, and the pattern (opening with \s*) was tried at every position
    // of every line: where none can stand, the split would give the line itself.
    String content = line.content();
    boolean separated = maySeparate(content);
    // Unsplit and undated, the one part would be the line whose words were just found to be no title.
    if (separated || !line.dates().isEmpty()) {
      String[] parts = separated ? SEPARATORS.split(content) : new String[] {content};
      for (String part : parts) {
        if (part.isBlank() || Inline.clean(part).isEmpty()) {
          continue;
        }
        if (!isDocumentTitle(part)) {
          any = false;
          break;
        }
        any = true;
      }
    }
    if (any) {
      return true;
    }
    String[] each = words.split(" ");
    return each.length >= 2 && java.util.Arrays.stream(each).allMatch(LANGUAGE_CHOICES::contains);
  }

  /**
   * Whether the line says when the page was made: a stamp's words ("Updated:") and then only a
   * date or a time ("05-12-2026 22:00", "June 2023"), whatever form the date takes.
   */
  private static boolean stamp(String content) {
    String clean = Inline.clean(content).strip();
    int digit = 0;
    while (digit < clean.length() && !Character.isDigit(clean.charAt(digit))) {
      digit++;
    }
    if (digit == clean.length() || !STAMP_TIME.matcher(clean.substring(digit)).matches()) {
      return false;
    }
    // The words before the first digit: the stamp's, and a month's name when the date opens with it.
    String before = documentWords(clean.substring(0, digit));
    for (String w = before; !w.isEmpty(); w = w.contains(" ") ? w.substring(0, w.lastIndexOf(' ')) : "") {
      if (DOCUMENT_STAMPS.contains(w)) {
        String month = before.substring(w.length()).strip();
        return month.isEmpty() || DateParser.isMonth(month);
      }
    }
    return false;
  }

  /** What may follow a stamp's words from the first digit on: numbers and their separators. */
  private static final Pattern STAMP_TIME = Pattern.compile("[\\d\\s.,:/-]+(?:[ap]\\.?m\\.?)?", Pattern.CASE_INSENSITIVE);

  /**
   * False only where {@link #SEPARATORS} finds nothing: no character of its set, symbol, private-use
   * glyph, emoji joiner or tab, no two white-space characters in a row, no space before a dash.
   */
  static boolean maySeparate(String s) {
    for (int i = 0; i < s.length(); ) {
      char c = s.charAt(i);
      // Letters and digits, most of a line, are none of these: one range test each.
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
        i++;
        continue;
      }
      int cp = s.codePointAt(i);
      int next = i + Character.charCount(cp);
      char after = next < s.length() ? s.charAt(next) : 0;
      if (Glyphs.isFieldSeparator(cp) || "/\t\uFE0E\uFE0F\u200D".indexOf(cp) >= 0) {
        return true;
      }
      int type = Character.getType(cp);
      if (type == Character.OTHER_SYMBOL || type == Character.PRIVATE_USE) {
        return true;
      }
      if (cp < 0x80 && Whitespace.isRegexSpace((char) cp) && next < s.length()
          && (Whitespace.isRegexSpace(after) || cp == ' ' && Glyphs.isDash(after))) {
        return true;
      }
      i = next;
    }
    return false;
  }

  /** Whether {@code text} says only what the document is ("Résumé", "Download PDF"). */
  private static boolean isDocumentTitle(String text) {
    return DOCUMENT_TITLES.contains(documentWords(text));
  }

  /** A line's words in lower case, one space apart, with no markup or punctuation: "curriculum vitae". */
  private static String documentWords(String content) {
    return String.join(" ", Parts.splitWords(Inline.clean(content).toLowerCase(Locale.ROOT)));
  }

  /**
   * Where the document's title starts after the name: "'s résumé" in "Jordan Lee's résumé", or,
   * when {@code bare}, " Resume" in "Jordan Lee Resume" (a Markdown resume's first heading); -1 when
   * none does. Without a possessive the name before must have two words at least ("CV" alone is a
   * title), and the caller must find it in the addresses: "Data Science CV" is no person's.
   */
  private static int possessiveTitle(String candidate, boolean bare) {
    for (String mark : POSSESSIVES) {
      int at = candidate.lastIndexOf(mark);
      if (at > 0 && isDocumentTitle(candidate.substring(at + mark.length()))) {
        return at;
      }
    }
    String[] words = SPACE_RUN.split(candidate.strip());
    for (int tail = 1; bare && tail <= 2 && words.length - tail >= 2; tail++) {
      String title = String.join(" ", java.util.Arrays.asList(words).subList(words.length - tail, words.length));
      if (isDocumentTitle(title)) {
        // Back over the space and any mark between ("Jordan Lee – CV").
        int at = candidate.lastIndexOf(title);
        while (at > 0 && (Character.isWhitespace(candidate.charAt(at - 1)) || (":,".indexOf(candidate.charAt(at - 1)) >= 0 || Glyphs.isFieldSeparator(candidate.charAt(at - 1)) || Glyphs.isDash(candidate.charAt(at - 1))))) {
          at--;
        }
        return at;
      }
    }
    return -1;
  }
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z]+://");
  private static final Pattern NOT_ASCII_LETTER = Pattern.compile("[^a-z]+");
  private static final Pattern GLUED_NAME = Pattern.compile("(?:\\p{Lu}\\p{Ll}{2,}){2,3}");
  /** A given name of four letters or more glued to a family name, beside the name's other words. */
  private static final Pattern GLUED_BESIDE = Pattern.compile("\\p{Lu}\\p{Ll}{3,}\\p{Lu}\\p{Ll}{2,}");

  /**
   * A given name alone on its line with the family names on the next ("JORDAN" over "LEE", or the
   * family names set smaller): one name; a name of two words or three joins what is below only
   * with both signs, up to five words in all. The next line must read as a name, and something must say
   * it is one: one of its words in the email address or a profile link ("jordan.lee@…",
   * ".../in/jordanlee"), or the same large type as the given name. Without such a sign a short
   * capitalised line under a name is as often a headline ("Backend Wizard"), a town or a stack.
   */
  private static Field withFamilyNameBelow(Field given, List<Line> lines, int at, int firstHeading, Field email, List<Field> links) {
    // A second family name may stand on a line of its own too ("Ana Luísa" / "Costa" / "Pereira").
    Field name = given;
    for (int round = 0; round < 2 && at >= 0; round++) {
      Field[] joined = new Field[1];
      at = familyNameBelow(name, lines, at, firstHeading, email, links, joined);
      name = joined[0];
    }
    return name;
  }

  /** The most words a name may have once the lines below join it. */
  private static final int MAX_NAME_WORDS = 5;

  /**
   * One step of {@link #withFamilyNameBelow}: the line that joined {@code given} (the joined name
   * in {@code out[0]}), or -1 with {@code given} there when none did.
   */
  private static int familyNameBelow(Field given, List<Line> lines, int at, int firstHeading, Field email, List<Field> links,
      Field[] out) {
    out[0] = given;
    int givenWords = SPACE_RUN.split(given.value()).length;
    if (at < 0 || givenWords > 3) {
      return -1;
    }
    int j = at + 1;
    // The reader's line of link targets is not on the page: it parts no names.
    while (j < firstHeading && j < lines.size() && (lines.get(j).blank() || lines.get(j).has(Mark.LINK_TARGETS))) {
      j++;
    }
    if (j >= firstHeading || j >= lines.size()) {
      return -1;
    }
    // A column beside the name, read row by row, puts its lines between the two names
    // ("GIORDANO" ⇥ "Natal - RN" / "VICENTE" ⇥ "giordano@…"): past a line or two in smaller
    // type that read as no name, the next in the given name's own large type is the one to look
    // at, and it must show in the email address or a link. A smaller line that reads as a name
    // ("LEE" under "JORDAN") is the family name as before.
    Style own = lines.get(at).style();
    int k = j;
    for (int skipped = 0; k < firstHeading && k < lines.size()
        && (lines.get(k).blank() || skipped < MAX_BETWEEN_NAMES && own.sizeKnown()
            && lines.get(k).style().size() < own.size() - 0.3f && !readsAsName(lines.get(k))); k++) {
      // The reader's line of link targets is not on the page: it stands between no names.
      skipped += lines.get(k).blank() || lines.get(k).has(Mark.LINK_TARGETS) ? 0 : 1;
    }
    boolean past = false;
    if (k > j && k < firstHeading && k < lines.size() && sameLargeType(lines.get(at).style(), lines.get(k).style())) {
      j = k;
      past = true;
    }
    Line next = lines.get(j);
    if (next.words() > 3 || looksLikeContact(next) || next.content().contains(",")) {
      return -1;
    }
    Field family = name(next);
    if (family == null || !family.value().equals(Inline.clean(next.content()).strip())
        || Parts.hasWord(family.value(), Parts.TITLE_WORDS) || Parts.isLocation(family.value())) {
      return -1;
    }
    Style a = lines.get(at).style();
    Style b = next.style();
    boolean inAddress = inAddresses(family.value(), email, links);
    if (past ? !inAddress : !sameLargeType(a, b) && !inAddress) {
      return -1;
    }
    // Two given names ("Ana Luísa" over "Costa Pereira") read as a whole name on their own: the
    // line below joins them only on both signs, the same large type and a word in an address.
    if (givenWords >= 2 && !(sameLargeType(a, b) && inAddress) || givenWords + SPACE_RUN.split(family.value()).length > MAX_NAME_WORDS) {
      return -1;
    }
    // A given name set smaller above the family name ("Dana" over a large "QUILL") may come after
    // it in the text: the page's order, where the lines show it, is the name's.
    Box over = lines.get(at).box();
    Box under = next.box();
    boolean givenBelow = over != null && under != null && over.page() == under.page() && under.y() < over.y();
    out[0] = givenBelow ? joinedName(family, given) : joinedName(given, family);
    return j;
  }

  /** {@code first} and then {@code second} as one name; its span runs over both, in whatever order the text has them. */
  private static Field joinedName(Field first, Field second) {
    int from = Math.min(first.span().offset(), second.span().offset());
    int to = Math.max(first.span().end(), second.span().end());
    return new Field(first.value() + " " + second.value(), Span.between(from, to));
  }

  /** How many times larger than a sidebar's dated lines read before it a name is set. */
  private static final float SIDEBAR_SCALE = 2f;

  /** The one line set larger than any other, at least {@link #NAME_SIZE} times the body's size; null on a tie. */
  private static Line largestLine(List<Line> lines) {
    Line largest = null;
    boolean tie = false;
    for (Line l : lines) {
      // A monogram of the initials ("K|H") set larger than the name is a logo: it stands for no line.
      if (l.blank() || !l.style().sizeKnown() || monogram(Inline.clean(l.content()))) {
        continue;
      }
      float size = l.style().size();
      if (largest == null || size > largest.style().size() + 0.05f) {
        largest = l;
        tie = false;
      } else if (Math.abs(size - largest.style().size()) <= 0.05f) {
        tie = true;
      }
    }
    return largest == null || tie || largest.style().size() < (largest.markedHeading() ? MARKED_NAME_SIZE : NAME_SIZE) ? null : largest;
  }

  /** The most letters a monogram of the initials has. */
  private static final int MONOGRAM_LETTERS = 3;

  /**
   * Whether {@code v} is initials and marks alone, each letter a capital standing by itself: "K|H",
   * "J. L.", "K". A family name in capitals ("LEE") is a word, no initials.
   */
  static boolean monogram(String v) {
    int letters = 0;
    boolean afterLetter = false;
    for (int i = 0; i < v.length(); ) {
      int cp = v.codePointAt(i);
      if (Character.isLetter(cp)) {
        if (!Character.isUpperCase(cp) || afterLetter) {
          return false;
        }
        letters++;
        afterLetter = true;
      } else if (Character.isDigit(cp)) {
        return false;
      } else {
        afterLetter = false;
      }
      i += Character.charCount(cp);
    }
    return letters > 0 && letters <= MONOGRAM_LETTERS;
  }

  /** Whether the whole line, nothing cut from it, reads as a name ({@link #name(Line)}). */
  private static boolean readsAsName(Line line) {
    Field n = name(line);
    return n != null && n.value().equals(Inline.clean(line.content()).strip());
  }

  /**
   * Lines in smaller type a column beside the name may put between its two parts: a line of
   * contact details beside each, one more above them (a note set over the page's head), or a
   * short summary's lines beside the name set large over two lines.
   */
  private static final int MAX_BETWEEN_NAMES = 6;

  /** Two lines in the same type, well larger than the body's: a name's parts set alike. */
  private static boolean sameLargeType(Style a, Style b) {
    return a.sizeKnown() && a.size() >= 1.3f && Math.abs(a.size() - b.size()) < 0.05f && a.bold() == b.bold();
  }

  /** How many lines (a headline, a document's title, an employer) may stand above a name that the addresses confirm. */
  private static final int MAX_LINES_ABOVE_NAME = 3;

  /** How many lines at the top a name written in lower case is looked for in. */
  private static final int LOWER_CASE_NAME_LINES = 4;

  /**
   * A name written all in lower case, as some designs set it ("jordan lee"): a line of its own
   * among the first at the top, of two or three words of letters only, no place, every word of
   * it in the email address or a profile link, or right over the document's title ("lebenslauf").
   * Without such a sign a line in lower case is a headline, a greeting or a tag, however large.
   */
  private static Field lowerCaseName(List<Line> lines, int firstHeading, Field email, List<Field> links) {
    String local = addresses(email, links, false);
    String whole = addresses(email, links, true);
    int seen = 0;
    for (int i = 0; i < firstHeading && i < lines.size() && seen < LOWER_CASE_NAME_LINES; i++) {
      Line l = lines.get(i);
      if (l.blank()) {
        continue;
      }
      seen++;
      String v = Inline.clean(l.content()).strip();
      // Friggeri's header sets the given name in a thin face and the family name right after it in
      // another, with no space: "jordanlee" is a name where the addresses show both halves.
      String parted = gluedIn(v, whole);
      if (parted != null) {
        int at = l.content().indexOf(v);
        return new Field(parted, new Span(l.contentStart() + Math.max(0, at), v.length()));
      }
      // A design may part the two names with a drawn mark rather than a space ("jordan|lee").
      String name = SEPARATORS.matcher(v).replaceAll(" ").strip();
      String[] words = SPACE_RUN.split(name);
      if (words.length < 2 || words.length > 3 || !LOWER_NAME.matcher(name).matches() || NameWords.hasNotNameWord(name)
          || Headings.kindOf(name).isPresent() || Parts.hasWord(name, Parts.TITLE_WORDS) || Parts.isLocation(name)
          || Places.isKnownPlace(name) || !everyWordIn(words, local) && !overDocumentTitle(lines, i)) {
        continue;
      }
      int at = l.content().indexOf(v);
      return new Field(name, new Span(l.contentStart() + Math.max(0, at), v.length()));
    }
    return null;
  }

  /**
   * Whether the next line with text after line {@code i} names the document ("lebenslauf",
   * "curriculum vitae"): a design that sets everything in lower case puts the person's name right
   * over it, and that says "name" where no address spells it.
   */
  private static boolean overDocumentTitle(List<Line> lines, int i) {
    Line next = Line.next(lines, i);
    return next != null && isDocumentTitle(next.content());
  }

  /**
   * Whether every word of a name in lower case stands in {@code addresses} (see {@link
   * #addresses}: the email's local part and the links' paths; "jordan lee" in "jordan.lee@…" or
   * ".../in/jordan-lee"): one word found there ("hello world" over "hello@…") is a greeting's,
   * not a name's sign.
   */
  private static boolean everyWordIn(String[] words, String addresses) {
    for (String w : words) {
      if (!anyWordIn(w, addresses)) {
        return false;
      }
    }
    return true;
  }

  /** One word of lower-case letters, long enough to hold a given and a family name. */
  private static final Pattern LOWER_GLUED = Pattern.compile("\\p{Ll}{6,30}");

  /**
   * A word in lower case cut in two where both halves, three letters or more each, stand in
   * {@code where} (see {@link #addresses}: the whole email, its own domain too, "jordan@lee.dev",
   * and the links' paths; "jordanlee" → "jordan lee"); null where no single cut does, or the word
   * is a place or a heading.
   */
  private static String gluedIn(String word, String where) {
    if (!LOWER_GLUED.matcher(word).matches() || Headings.kindOf(word).isPresent() || Places.isKnownPlace(word)
        || NameWords.hasNotNameWord(word)) {
      return null;
    }
    String w = fold(word);
    String found = null;
    for (int k = 3; k <= w.length() - 3; k++) {
      String a = w.substring(0, k);
      String b = w.substring(k);
      // Both halves as words of the address, not one run: "jordanlee@" holds the glued word whole.
      if (where.indexOf(a) >= 0 && where.indexOf(b) >= 0 && where.indexOf(w) < 0) {
        if (found != null) {
          return null;
        }
        found = word.substring(0, k) + " " + word.substring(k);
      }
    }
    return found;
  }

  /** Words of lower-case letters, a hyphen or an apostrophe inside, one space apart. */
  private static final Pattern LOWER_NAME = Pattern.compile("\\p{Ll}[\\p{Ll}'’-]+(?: \\p{Ll}[\\p{Ll}'’-]+){1,2}");

  /**
   * Whether a word of three letters or more of {@code names} is in the email address's local part or
   * a link's path (not a host: "Hub" is in every GitHub address), case and accents aside.
   */
  private static boolean inAddresses(String names, Field email, List<Field> links) {
    return anyWordIn(names, addresses(email, links, false));
  }

  /**
   * Whether the email's own domain is made of the name, cut short ("mail@patquil.dev" under
   * "Pat Quillmore"): a whole word of it and the start of another, three letters or more but not
   * all of it, as a person shortens a domain named after themselves. An employer's domain holds
   * its words whole ("jv@globexrobotics.example" under "Globex Robotics"), or one of them.
   */
  private static boolean personalDomain(String names, Field email) {
    if (email == null || email.value().indexOf('@') < 0) {
      return false;
    }
    String domain = fold(email.value().substring(email.value().indexOf('@') + 1));
    String[] words = SPACE_RUN.split(fold(names));
    for (int a = 0; a < words.length; a++) {
      String whole = NOT_ASCII_LETTER.matcher(words[a]).replaceAll("");
      if (whole.length() < 3 || !domain.contains(whole)) {
        continue;
      }
      String rest = domain.replaceFirst(java.util.regex.Pattern.quote(whole), " ");
      for (int b = 0; b < words.length; b++) {
        // Its first three letters and not all of it: a word of four letters or more, cut short.
        String other = NOT_ASCII_LETTER.matcher(words[b]).replaceAll("");
        if (b != a && other.length() >= 4 && rest.contains(other.substring(0, 3)) && !rest.contains(other)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a word of three letters or more of {@code names}, folded, stands in {@code where}. */
  private static boolean anyWordIn(String names, String where) {
    for (String w : SPACE_RUN.split(fold(names))) {
      String letters = NOT_ASCII_LETTER.matcher(w).replaceAll("");
      if (letters.length() >= 3 && where.contains(letters)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The email's local part, or with {@code wholeEmail} the whole address (its own domain may be
   * the name's: "ilsa@marek.example"), and the links' paths (not their hosts: "Hub" is in every
   * GitHub address), folded.
   */
  private static String addresses(Field email, List<Field> links, boolean wholeEmail) {
    StringBuilder where = new StringBuilder();
    if (email != null) {
      String e = email.value();
      where.append(fold(wholeEmail || e.indexOf('@') <= 0 ? e : e.substring(0, e.indexOf('@')))).append(' ');
    }
    for (Field l : links) {
      String v = SCHEME.matcher(l.value()).replaceFirst("");
      int slash = v.indexOf('/');
      if (slash > 0) {
        where.append(fold(v.substring(slash))).append(' ');
      }
    }
    return where.toString();
  }

  private static String fold(String s) {
    return Lexicon.withoutAccents(s).toLowerCase(Locale.ROOT);
  }

  /** How much larger than the body text the name must be set to be found wherever it stands. */
  private static final float NAME_SIZE = 1.6f;
  /**
   * The same for a line the reader marks a heading: a page converted from HTML sets the name as
   * its first-level heading, half as large again as the body (and the contact lines above it).
   */
  private static final float MARKED_NAME_SIZE = 1.4f;

  /**
   * The name where a layout puts it below other text (a sidebar read first, a second column): the
   * one line set larger than any other, well above the body's size, that reads as a whole name.
   */
  private static Field largestType(List<Line> lines) {
    Line largest = largestLine(lines);
    if (largest == null || !isWholeName(largest)) {
      return null;
    }
    // A project's or a job's name set large has its dates right under it; a person's has none,
    // and stands before every entry's dates but those of a sidebar read first, set at half its
    // size or less (a sidebar's studies before the main column's "Jordan Lee").
    int at = lines.indexOf(largest);
    for (int k = 0; k < at; k++) {
      Line l = lines.get(k);
      if (l.hasRange() && !(l.style().sizeKnown() && largest.style().size() >= SIDEBAR_SCALE * l.style().size())) {
        return null;
      }
    }
    for (int k = at + 1; k < lines.size(); k++) {
      if (!lines.get(k).blank()) {
        if (lines.get(k).hasDates()) {
          return null;
        }
        break;
      }
    }
    // Set apart, a team's, a role's or an employer's words would be a banner, not a person.
    String v = Inline.clean(largest.content());
    boolean entryWords = Parts.hasWord(v, Parts.TITLE_WORDS) || Parts.hasWord(v, Parts.ORG_WORDS) || Parts.hasWord(v, Parts.WEAK_ORG_WORDS)
        || Parts.hasWord(v, Parts.UNIT_WORDS) || Parts.hasWord(v, Parts.SCHOOL_WORDS) || Parts.hasWord(v, Parts.DEGREE_WORDS);
    return entryWords ? null : name(largest);
  }

  /**
   * Whether the whole line reads as a person's name and nothing else, every word capitalised but a
   * name's particles: a line found away from the top needs more than a name's rough shape ("At a
   * Glance" is none).
   */
  static boolean isWholeName(Line line) {
    Field n = name(line);
    if (n == null || !n.value().equals(Inline.clean(line.content()).strip()) || Whitespace.splitLength(n.value()) < 2) {
      return false;
    }
    String[] words = SPACE_RUN.split(n.value());
    for (int k = 0; k < words.length; k++) {
      String w = words[k];
      boolean particle = k > 0 && k < words.length - 1 && NameWords.isParticle(w);
      if (!particle && Character.isLetter(w.charAt(0)) && Character.isLowerCase(w.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether one of the {@code within} lines after line {@code i} that are not blank, before the
   * next heading the reader marks, holds an email address or a phone number.
   */
  static boolean contactWithin(List<Line> lines, int i, int within) {
    int seen = 0;
    for (int k = i + 1; k < lines.size() && seen < within; k++) {
      Line l = lines.get(k);
      if (l.blank()) {
        continue;
      }
      if (l.markedHeading()) {
        return false;
      }
      if (firstEmail(l) != null || firstPhone(l) != null) {
        return true;
      }
      seen++;
    }
    return false;
  }

  private static Field name(Line line) {
    return name(line, false);
  }

  /** {@link #name(Line)}, and with {@code bare} a name before a document title with no possessive too. */
  private static Field name(Line line, boolean bare) {
    String c = line.content();
    // The first item: a line that starts with an icon or a separator splits into an empty part
    // first, and a Markdown heading's marks before an icon ("# 🕵️ Jordan Lee") into one of marks.
    // What the document is, set before the name on its line ("Resume ⇥ Jordan Lee"), is passed over.
    String first = null;
    boolean titles = false;
    for (String part : SEPARATORS.split(c)) {
      if (part.isBlank() || Inline.clean(part).isEmpty()) {
        continue;
      }
      if (isDocumentTitle(part)) {
        titles = true;
        continue;
      }
      first = part;
      break;
    }
    // "Print ⇥ Download PDF": nothing but what the document is, and no name.
    if (first == null) {
      if (titles) {
        return null;
      }
      first = c;
    }
    // "Lee J. Avital (646) 555-0143": a phone number or an address after the name, on one space.
    Matcher detail = PHONE.matcher(first);
    int cutAt = detail.find() ? detail.start() : -1;
    Matcher mail = EMAIL.matcher(first);
    if (mail.find() && (cutAt < 0 || mail.start() < cutAt)) {
      cutAt = mail.start();
    }
    // "Jordan Lee 05 Sep 1986 Oakland": a date of birth after the name, its day before it.
    List<dev.prism.core.model.DateRange> dates = DateParser.all(first, 0);
    if (!dates.isEmpty() && dates.get(0).start().month() > 0 && (cutAt < 0 || dates.get(0).span().offset() < cutAt)) {
      cutAt = dates.get(0).span().offset();
    }
    if (cutAt > 0 && Whitespace.splitLength(first.substring(0, cutAt).strip()) >= 2) {
      first = TRAILING_DAY.matcher(first.substring(0, cutAt)).replaceFirst("");
    }
    String candidate = Inline.clean(first);
    if (candidate.toLowerCase(Locale.ROOT).startsWith("name:")) {
      candidate = candidate.substring(5).trim();
    }
    // "I'm Jordan Lee", "Hi, I'm Jordan Lee": the name after the introduction.
    int[] introduced = introduced(candidate);
    if (introduced != null) {
      candidate = candidate.substring(introduced[0], introduced[1]);
      int cut = first.indexOf(candidate);
      first = cut >= 0 ? first.substring(cut, cut + candidate.length()) : first;
    }
    candidate = collapseLetterSpacing(candidate);
    // "Jordan Lee's résumé": the name, then what the document is.
    int possessive = possessiveTitle(candidate, bare);
    if (possessive > 0) {
      int cut = first.indexOf(candidate.substring(0, possessive));
      first = cut >= 0 ? first.substring(0, cut + possessive) : first;
      candidate = candidate.substring(0, possessive).strip();
    }
    // "JORDAN LEE Oakland, CA": a name in capitals, then the place.
    int place = placeAfterCapitals(candidate);
    if (place > 0) {
      int cut = first.indexOf(candidate.substring(place));
      first = cut > 0 ? first.substring(0, cut) : first;
      candidate = candidate.substring(0, place).strip();
    }
    // "Jordan Lee (she/her)", "Jordan Lee (formerly Jordan Park)": the name, then an aside; and
    // "Jordan Lee, Ph.D.": the name, then letters after it.
    int aside = asideAfterName(candidate);
    if (aside > 0) {
      int cut = first.indexOf(candidate.substring(aside).strip());
      first = cut > 0 ? first.substring(0, cut) : first;
      candidate = candidate.substring(0, aside).strip();
    }
    // "Jordan Lee, Senior Backend Engineer": the name, then the headline.
    int comma = candidate.indexOf(", ");
    int lineComma = c.indexOf(", ");
    if (comma > 0 && lineComma > 0 && first.indexOf(", ") > 0 && Parts.hasWord(c.substring(lineComma + 2), Parts.TITLE_WORDS)) {
      first = first.substring(0, first.indexOf(", "));
      candidate = candidate.substring(0, comma).strip();
    }
    if (candidate.isEmpty() || candidate.length() > 60 || NAME_BREAKERS.matcher(candidate).matches()) {
      return null;
    }
    // A mark with no letter ("×", a web page's close button printed as it is) names no one.
    if (candidate.codePoints().noneMatch(Character::isLetter)) {
      return null;
    }
    String[] words = SPACE_RUN.split(candidate);
    if (words.length > 5) {
      return null;
    }
    // A letter alone ("K" of a monogram "K|H" set large over the name) names no one; initials
    // ("J. L.") may be all a person gives.
    if (words.length == 1 && monogram(candidate)) {
      return null;
    }
    // A PDF without space glyphs glues the name together: "JordanLee" is "Jordan Lee". Before the
    // name's other words, a given name of four letters or more glued to the family name set in
    // another weight is two words ("FedericoRamírez Villagrana"); "MacKenzie Lee" stays whole, and
    // so does a family name's own capital after the first word ("Sean FitzGerald").
    if ((words.length == 1 ? GLUED_NAME : GLUED_BESIDE).matcher(words[0]).matches()) {
      candidate = words[0].replaceAll("(?<=\\p{Ll})(?=\\p{Lu})", " ")
          + candidate.substring(candidate.indexOf(words[0]) + words[0].length());
      words = SPACE_RUN.split(candidate);
    }
    int capitalised = 0;
    int lower = 0;
    for (int k = 0; k < words.length; k++) {
      String w = words[k];
      lower += !w.isEmpty() && Character.isLowerCase(w.charAt(0)) ? 1 : 0;
      // A particle inside the name is written in lower case: "Pieter van der Berg", "María José de la Cruz".
      boolean particle = k > 0 && k < words.length - 1 && NameWords.isParticle(w);
      if (!w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || !Character.isLetter(w.charAt(0)) || particle)) {
        capitalised++;
      }
    }
    // Every word in lower case ("cv-markdown", a repository's title over the resume) is no name
    // either; scripts without case ("张伟") have no lower case to write it in.
    if (lower == words.length || capitalised < words.length - 1 || Headings.kindOf(candidate).isPresent() || Headings.isContact(candidate)
        || LABELS.contains(TRAILING_COLON.matcher(candidate.toLowerCase(Locale.ROOT)).replaceFirst(""))) {
      return null;
    }
    // "Senior Software Engineer", "Resume": a name's shape, and no person's name.
    if (NameWords.hasNotNameWord(candidate)) {
      return null;
    }
    int at = c.indexOf(first.trim());
    int start = line.contentStart() + Math.max(0, at);
    int len = first.trim().length();
    return new Field(candidate, new Span(start, Math.min(len, line.contentEnd() - start)));
  }

  // "J.R.", "J. R.": a given name's initials after the family name, no letters after a name.
  private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.\\s?)+");
  // Letters after a name: capitals and dots, two capitals or a dot at least ("Ph.D.", "MSc", "PMP").
  private static final Pattern POST_NOMINAL = Pattern.compile("(?:\\p{Lu}[\\p{L}.]{0,5})(?:\\s*,\\s*\\p{Lu}[\\p{L}.]{0,5})*");

  /**
   * Where an aside after a name of two words or more starts, or -1: a closing bracket ("Jordan Lee
   * (she/her)"), or letters after a comma ("Jordan Lee, Ph.D."), not a given name after the family
   * name ("Lee, Jordan").
   */
  static int asideAfterName(String candidate) {
    int open = candidate.indexOf(" (");
    // The bracket may be left open where a separator cut the line ("(she/her)" at the slash).
    if (open > 0 && (candidate.endsWith(")") || candidate.indexOf(')', open) < 0) && Whitespace.splitLength(candidate.substring(0, open).strip()) >= 2
        && !otherScript(candidate.substring(open + 2))) {
      return open;
    }
    int comma = candidate.indexOf(", ");
    if (comma > 0 && Whitespace.splitLength(candidate.substring(0, comma).strip()) >= 2) {
      String after = candidate.substring(comma + 2).strip();
      long capitals = after.chars().filter(Character::isUpperCase).count();
      if (POST_NOMINAL.matcher(after).matches() && (capitals >= 2 || after.indexOf('.') >= 0) && !INITIALS.matcher(after).matches()
          && !GENERATIONS.contains(after.toLowerCase(Locale.ROOT))) {
        return comma;
      }
    }
    return -1;
  }

  /**
   * Whether a bracket after a name holds the name again in its own script ("Wang Wei (王伟)",
   * "Ivan Sokolov (Иван Соколов)"): letters of one script other than the name's Latin, no slash
   * (pronouns, "он/его"), no known place, and in a script with capitals two capitalised words, as
   * a name is written ("(она)" is a pronoun).
   */
  private static boolean otherScript(String bracket) {
    String inner = bracket.endsWith(")") ? bracket.substring(0, bracket.length() - 1).strip() : bracket.strip();
    if (inner.isEmpty() || inner.indexOf('/') >= 0 || Places.isKnownPlace(inner)) {
      return false;
    }
    boolean cased = false;
    for (int k = 0; k < inner.length(); ) {
      int cp = inner.codePointAt(k);
      k += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) {
          return false;
        }
        cased |= Character.isUpperCase(cp) || Character.isLowerCase(cp);
      } else if (!Character.isWhitespace(cp) && cp != '-' && cp != '·') {
        return false;
      }
    }
    if (!cased) {
      return true;
    }
    String[] words = SPACE_RUN.split(inner);
    return words.length >= 2 && java.util.Arrays.stream(words).allMatch(w -> Character.isUpperCase(w.codePointAt(0)));
  }

  /**
   * Where a place starts after two to four words in capitals ("JORDAN LEE Oakland, CA" → 11), or
   * -1: the words after the capitals, not in capitals themselves, are a place of their own.
   */
  static int placeAfterCapitals(String s) {
    String[] words = SPACE_RUN.split(s.strip());
    int k = 0;
    while (k < words.length && words[k].length() > 1 && Inline.isCaps(words[k]) && Character.isLetter(words[k].charAt(0))) {
      k++;
    }
    if (k < 2 || k > 4 || k == words.length || Inline.isCaps(words[k])) {
      return -1;
    }
    String rest = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
    int at = s.indexOf(rest);
    // "DANA EXAMPLE Backend Engineer, Payments" has a place's shape and is the headline.
    return at > 0 && LOCATION.matcher(rest).matches() && !Parts.hasWord(rest, Parts.TITLE_WORDS) ? at : -1;
  }

  /** "J O R D A N   L E E" reads as "JORDAN LEE". */
  static String collapseLetterSpacing(String s) {
    if (!LETTER_SPACED.matcher(s).matches()) {
      return s;
    }
    StringBuilder b = new StringBuilder();
    for (String word : WIDE_SPACE.split(s)) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(word.replace(" ", ""));
    }
    return b.toString();
  }

  /** A postcode at the end of a town's line ("Ballwin, MO 63021-6269") or at its start ("10115 Berlin"). */
  private static final Pattern POSTCODE = Pattern.compile("\\s+\\d{4,5}(?:-\\d{4})?$|^\\d{4,5}\\s+");

  /**
   * A line of a postal address and nothing else: a street with its number, or a town, with or
   * without its postcode.
   */
  private static boolean postal(Line line) {
    String c = Inline.clean(line.content()).strip();
    String town = POSTCODE.matcher(c).replaceAll("").strip();
    // A town alone is written with its region or its postcode here, the region one the lexicon
    // lists: "Jordan" alone may be a name, and so may "Jordan P. Quill, IV".
    int comma = town.lastIndexOf(',');
    String region = comma > 0 ? town.substring(comma + 1).strip() : "";
    // A state's code that is also a degree's letters ("MS", "MA", "BA") makes a place only after a
    // town the lexicon knows: "Dana Whitfield, MS" is a name and its degree, "Jackson, MS" a town.
    // A person's name has two words at least: "Tupelo, MS" alone is the town still.
    String before = town.substring(0, Math.max(0, comma)).strip();
    boolean degree = Parts.allWordsIn(region, Parts.DEGREE_WORDS) && Whitespace.splitLength(before) >= 2 && !Places.isNamed(before);
    boolean written = !town.equals(c) || !degree && (Places.isStateCode(region) || Places.isNamed(region));
    // No phone test: a ZIP+4 code ("63021-6269") reads as a number one could dial. A date in the
    // line makes it a name's with a birth date and place ("Orin Vale 05 Sep 1986 Brest, Belarus").
    return !c.isEmpty() && firstEmail(line) == null
        && (Parts.isStreetAddress(c) || written && Places.isKnownPlace(town) && !datedDay(c));
  }

  /**
   * Whether a line holds a date with its month ("05 Sep 1986") after words that label nothing, as
   * a name does and no postal line. A labelled birth date ("Born: 11 May 1987 – Santander, Spain")
   * is a line of contact details still.
   */
  private static boolean datedDay(String c) {
    List<dev.prism.core.model.DateRange> dates = DateParser.all(c, 0);
    return !dates.isEmpty() && dates.get(0).start().month() > 0 && c.lastIndexOf(':', dates.get(0).span().offset()) < 0;
  }

  private static Field location(Line line) {
    if (!mayHoldLocation(line.content())) {
      return null;
    }
    int offset = 0;
    for (String part : SEPARATORS.split(line.content())) {
      int at = line.content().indexOf(part, offset);
      offset = Math.max(offset, at);
      // "Location: Seattle, WA": the label is no part of the place.
      String trimmed = part.trim();
      int label = afterLabel(trimmed);
      at += part.indexOf(trimmed) + label;
      String p = trimmed.substring(label);
      int place = placeAfterCapitals(p);
      if (place > 0) {
        at += place;
        p = p.substring(place);
      }
      if (!p.isEmpty() && LOCATION.matcher(p).matches() && !EMAIL.matcher(p).find() && (!Character.isDigit(p.charAt(0)) || regionKnown(p))) {
        return new Field(p, new Span(line.contentStart() + at, p.length()));
      }
    }
    return null;
  }

  /**
   * A place written with its postal code first ("10115 Berlin, Germany") ends with a region or
   * country the lexicon knows: a headline can have the same shape ("2019 Graduate, Technical
   * University", "10000 Requests, Scale Expert").
   */
  private static boolean regionKnown(String place) {
    String last = place.substring(place.lastIndexOf(',') + 1).strip();
    return Places.isRegion(last) || Places.isNamed(last);
  }

  private static Field firstEmail(Line line) {
    if (!mayHoldEmail(line.content())) {
      return null;
    }
    Field wrapped = wrappedEmail(line);
    if (wrapped != null) {
      return wrapped;
    }
    Matcher m = EMAIL.matcher(line.content());
    return m.find() ? new Field(m.group(), new Span(line.contentStart() + m.start(), m.end() - m.start())) : null;
  }

  /**
   * "jordan@globex.co m", "jordan@mail.gl obex.ca" alone on a line: an address a narrow column
   * broke inside a word, which the reader joined with a space. Without it the line is one address
   * and nothing else; read up to the space, it would be a wrong one ("jordan@globex.co"). Only
   * where the piece after the space is in lower case and the piece before is no whole address, or
   * the piece goes on with the domain ("bex.example"), or it makes the two-letter label before it
   * a three-letter one ("co" and "m"): "jordan@globex.com Berlin" and "jordan@hooli.com or" are an
   * address and a word.
   */
  private static Field wrappedEmail(Line line) {
    String c = line.content().strip();
    int space = c.indexOf(' ');
    if (space <= 0 || c.indexOf(' ', space + 1) >= 0 || c.indexOf('@') <= 0 || c.indexOf('@') > space) {
      return null;
    }
    String before = c.substring(0, space);
    String after = c.substring(space + 1);
    String joined = before + after;
    if (after.isEmpty() || !Character.isLowerCase(after.charAt(0)) || !EMAIL.matcher(joined).matches()) {
      return null;
    }
    if (EMAIL.matcher(before).matches() && after.indexOf('.') < 0) {
      String label = before.substring(before.lastIndexOf('.') + 1);
      if (label.length() != 2 || after.length() != 1) {
        return null;
      }
    }
    int at = line.contentStart() + line.content().indexOf(c);
    return new Field(joined, new Span(at, c.length()));
  }

  /** The first address spelled out ({@link #spelledEmail(Line)}) of the lines, or null. */
  private static Field firstSpelledEmail(List<Line> lines) {
    for (Line line : lines) {
      Field f = spelledEmail(line);
      if (f != null) {
        return f;
      }
    }
    return null;
  }

  /**
   * An address spelled out against harvesters ("chris (AT) example.org"): the address it spells.
   * The field's value is that address and its span the words that spell it, the one field whose
   * value is not the text it covers. A name that is a capitalised word before a capitalised
   * domain ("Engineer (at) Globex.io", "Speaker [at] PyCon.DE") is a headline's or a talk's, not
   * an address; the line's later candidates are tried.
   */
  private static Field spelledEmail(Line line) {
    String c = line.content();
    if (!SPELLED_AT.matcher(c).find()) {
      return null;
    }
    Matcher m = EMAIL_SPELLED.matcher(c);
    while (m.find()) {
      String name = m.group(1);
      String domain = SPELLED_DOT.matcher(m.group(2)).replaceAll(".");
      boolean worded = Character.isUpperCase(name.charAt(0)) && name.substring(1).chars().noneMatch(Character::isUpperCase)
          && !domain.equals(domain.toLowerCase(Locale.ROOT));
      String address = name + "@" + domain;
      if (!worded && EMAIL.matcher(address).matches()) {
        return new Field(address, new Span(line.contentStart() + m.start(), m.end() - m.start()));
      }
    }
    return null;
  }

  private static Field firstPhone(Line line) {
    if (!mayHoldPhone(line.content())) {
      return null;
    }
    String c = line.content();
    Matcher m = PHONE.matcher(c);
    int from = 0;
    while (from < c.length() && m.find(from)) {
      String g = m.group().trim();
      // A match that runs over a cell's end: "Sunnyvale, CA 94086 ⇥ 650-550-0490" holds a postcode
      // and then a number, not one number that starts with the postcode. Look again from the next
      // cell, where a whole number stands there and none of one opens before it ("+44 ⇥ 20 7946
      // 0123" is one).
      int next = nextCellInside(line, m.start(), m.end());
      if (next > 0 && !g.startsWith("+") && !g.startsWith("(")) {
        Matcher after = PHONE.matcher(c);
        if (after.find(next) && isPhone(after.group().trim())) {
          from = next;
          continue;
        }
      }
      from = m.end();
      // Digits in a web address ("profile.php?id=100006435209104") are an identifier.
      if (!inWebAddress(c, m.start(), m.end()) && isPhone(g)) {
        return new Field(g, new Span(line.contentStart() + m.start(), g.length()));
      }
    }
    return null;
  }

  /**
   * Where, in the line's content, the next cell starts when a cell ends between {@code start} and
   * {@code end} (content offsets); -1 where the span stays inside one cell. The reader says where
   * its cells are.
   */
  private static int nextCellInside(Line line, int start, int end) {
    int from = line.contentStart() + start;
    int to = line.contentStart() + end;
    for (Span cell : line.cells()) {
      if (cell.offset() > from && cell.offset() < to) {
        return cell.offset() - line.contentStart();
      }
    }
    return -1;
  }

  /**
   * Whether the characters from {@code start} to {@code end} stand inside a web address: a word
   * (up to white space or a bracket) with a scheme, "www." or a host's name before a slash or a
   * query ("facebook.com/profile.php?id=…", "https://wa.me/…"). "Mobile/WhatsApp:+55…" and
   * "[+1 555 201 3344](tel:…)" are a label and a number.
   */
  private static boolean inWebAddress(String c, int start, int end) {
    int from = start;
    while (from > 0 && !Character.isWhitespace(c.charAt(from - 1)) && "([<".indexOf(c.charAt(from - 1)) < 0) {
      from--;
    }
    int to = end;
    while (to < c.length() && !Character.isWhitespace(c.charAt(to)) && ")]>".indexOf(c.charAt(to)) < 0) {
      to++;
    }
    return from < start && WEB_ADDRESS_WORD.matcher(c.substring(from, to)).find();
  }

  private static final Pattern WEB_ADDRESS_WORD = Pattern.compile("(?i)://|^www\\.|[\\w-]\\.[a-z]{2,}[/?]");

  /** Whether {@code s} is an email address and nothing else. */
  static boolean isEmail(String s) {
    return s.indexOf('@') > 0 && EMAIL.matcher(s).matches();
  }

  /** Whether {@code s} is a phone number and nothing else. */
  static boolean isPhoneNumber(String s) {
    return !s.isEmpty() && (Character.isDigit(s.charAt(0)) || s.charAt(0) == '+' || s.charAt(0) == '(')
        && PHONE.matcher(s).matches() && isPhone(s);
  }

  /** Whether a label and its colon stand right before the number ("Teléfono: 0412 - 5550100"). */
  private static boolean afterLabel(Line line, Field number) {
    String before = line.content().substring(0, number.span().offset() - line.contentStart()).strip();
    return before.endsWith(":");
  }

  /** Whether a phone number is written as one: with a country code or an area code in brackets. */
  private static boolean writtenAsPhone(String s) {
    return s.startsWith("+") || s.startsWith("(");
  }

  private static final Pattern BRACKETED_CODE = Pattern.compile("^\\(\\+\\d{1,3}\\)\\s*");

  /** Whether a match of {@link #PHONE} has a phone number's digits. */
  private static boolean isPhone(String g) {
    int digits = digits(g);
    // Seven digits are enough with phone punctuation ("555-0100", "+1-555-0100"); a year range
    // such as "2019-2023" or "2019 - 2023" never counts.
    boolean punctuated = g.startsWith("+") || g.startsWith("(") || PHONE_ENDING.matcher(g).matches();
    // After a country code in brackets, a year range is still none ("(+12) 2021 - 2022": a figure
    // in brackets, then the years).
    boolean yearRange = YEAR_RANGE.matcher(g).matches() || YEAR_RANGE.matcher(BRACKETED_CODE.matcher(g).replaceFirst("")).matches();
    return (digits >= 9 || digits >= 7 && punctuated) && digits <= 15 && !yearRange && !CALENDAR_DATE.matcher(g).matches();
  }

  /** ASCII digits in {@code s}: what {@code \d} counts. */
  private static int digits(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        n++;
      }
    }
    return n;
  }

  private static List<Field> urls(Line line, Field email) {
    List<Field> out = new ArrayList<>();
    if (!mayHoldUrl(line.content())) {
      return out;
    }
    Matcher m = URL.matcher(line.content());
    while (m.find()) {
      String url = TRAILING_DOTS.matcher(m.group()).replaceAll("");
      Span span = new Span(line.contentStart() + m.start(), url.length());
      if (email != null && email.span().contains(span)) {
        continue;
      }
      if (EMAIL.matcher(url).find()) {
        continue;
      }
      out.add(new Field(url, span));
    }
    return out;
  }

  private static List<Field> dedupe(List<Field> links) {
    List<Field> out = new ArrayList<>();
    for (Field f : links) {
      if (out.stream().noneMatch(o -> o.value().equalsIgnoreCase(f.value()))) {
        out.add(f);
      }
    }
    return out;
  }
}
