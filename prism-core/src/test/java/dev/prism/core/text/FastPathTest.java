package dev.prism.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The text parsers skip a regex when a cheap look shows it cannot match. Each property here checks
 * such a shortcut against the plain regex it stands for, on strings made of the characters that
 * matter to it.
 */
class FastPathTest {

  @Property(tries = 3000)
  void cleanIsTheRegexChain(@ForAll("markup") String s) {
    String t = Pattern.compile("\\[([^\\]]*)]\\(([^)]*)\\)").matcher(s).replaceAll("$1");
    t = Pattern.compile("\\[([^\\]]*)]\\[[^\\]]*]").matcher(t).replaceAll("$1");
    t = Pattern.compile("^#+\\s*").matcher(t).replaceFirst("");
    t = Pattern.compile("(\\*\\*|__|\\*|`)").matcher(t).replaceAll("");
    String expected = Pattern.compile("[\\s\\u00a0\\u200b]+").matcher(t).replaceAll(" ").trim();
    assertThat(Inline.clean(s)).isEqualTo(expected);
  }

  @Provide
  Arbitrary<String> markup() {
    return Arbitraries.strings().withChars("ab1 #*_`[]()\t\n\r\u000b\f\u00a0\u200b\u2003\u0085").ofMaxLength(14);
  }

  @Property(tries = 3000)
  void headingCaseWalksTheSplitsWords(@ForAll("casedWords") String s) {
    boolean expected = Inline.isCaps(s);
    if (!expected) {
      expected = true;
      for (String w : Pattern.compile("\\s+").split(s)) {
        if (w.length() > 3 && Character.isLowerCase(w.charAt(0))) {
          expected = false;
        }
      }
    }
    assertThat(Headings.headingCase(s)).isEqualTo(expected);
  }

  @Property(tries = 3000)
  void lastWordIsTheSplitsLast(@ForAll("casedWords") String s) {
    String[] words = Pattern.compile("\\s+").split(s.strip());
    assertThat(HeaderLabels.lastWord(s.strip())).isEqualTo(words.length < 2 ? null : words[words.length - 1]);
  }

  @Provide
  Arbitrary<String> casedWords() {
    return Arbitraries.strings().withChars("aAbéÉ1. \t\n\u000b\f\r\u00a0\u2003\u001c").ofMaxLength(14);
  }

  @Property(tries = 3000)
  void firstWordIsTheSplitsFirst(@ForAll("commasAndSpaces") String s) {
    assertThat(HeaderLabels.firstWord(s)).isEqualTo(Pattern.compile("[\\s,]+").split(s)[0]);
  }

  @Provide
  Arbitrary<String> commasAndSpaces() {
    // At least one character that is no separator: a part that is all separators has no first word.
    return Arbitraries.strings().withChars("ab, \t\n\u000b\f\r\u00a0\u2003").ofMaxLength(10).filter(t -> !t.isBlank()
        && !t.replaceAll("[\\s,]", "").isEmpty());
  }

  @Property(tries = 3000)
  void wordTestsOnWordsSplitOnceAreTheSame(@ForAll("headerPart") String v) {
    String[] words = Parts.lowerWords(v);
    assertThat(Parts.isRole(v, words)).isEqualTo(Parts.isRole(v));
    assertThat(Parts.allWordsIn(v, words, Parts.TITLE_WORDS)).isEqualTo(Parts.allWordsIn(v, Parts.TITLE_WORDS));
    assertThat(Parts.allWordsIn(v, words, Parts.AWARD_WORDS)).isEqualTo(Parts.allWordsIn(v, Parts.AWARD_WORDS));
  }

  @Provide
  Arbitrary<String> headerPart() {
    // Words of the lists the tests read, with white space, brackets and punctuation around them.
    java.util.List<String> vocabulary = new java.util.ArrayList<>();
    for (java.util.Set<String> set : java.util.List.of(Parts.TITLE_WORDS, Parts.ORG_WORDS, Parts.AWARD_WORDS, Parts.FIELD_WORDS)) {
      set.stream().sorted().limit(12).forEach(vocabulary::add);
    }
    vocabulary.addAll(java.util.List.of("Senior", "II", "L5", "in", "for", "(Contract)", "Acme", " ", "  ", "\t", "\u2003", ",", "-", ".", "&"));
    return Arbitraries.of(vocabulary).list().ofMaxSize(6).map(l -> String.join(" ", l));
  }

  @Property(tries = 3000)
  void noDateWithoutAYear(@ForAll("dateish") String s) {
    // The look for a year must hold whenever the regex finds a date.
    if (!DateParser.mayHoldDate(s)) {
      assertThat(DateParser.RANGE.matcher(s).find()).isFalse();
    }
  }

  @Property(tries = 5000)
  void rangesOpenOnlyWhereTheLookSaysTheyMay(@ForAll("datesInText") String s) {
    // DateParser.all tries the range pattern only where opensAt allows: find() must never match elsewhere.
    java.util.regex.Matcher m = DateParser.RANGE.matcher(s);
    while (m.find()) {
      assertThat(DateParser.opensAt(s, m.start())).as("'%s' at %d", s, m.start()).isTrue();
    }
  }

  @Property(tries = 5000)
  void noRangeMatchesWhereTheLookSaysNone(@ForAll("datesInText") String s) {
    // Stricter than the property above: at every position, not only where find() stops.
    java.util.regex.Matcher m = DateParser.RANGE.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
    for (int at = 0; at < s.length(); at++) {
      if (m.region(at, s.length()).lookingAt()) {
        assertThat(DateParser.opensAt(s, at)).as("'%s' at %d", s, at).isTrue();
      }
    }
  }

  @Property(tries = 5000)
  void noFormMatchesWhereParseDoesNotTryIt(@ForAll("datesInText") String s) {
    // parse tries a form's pattern only on a text that holds every mark of the form ("/", "-",
    // "年"), and opens with a digit where the form does.
    for (Pattern form : DateParser.formsNotTriedOn(s.strip())) {
      assertThat(form.matcher(s.strip()).matches()).as("'%s' by %s", s, form).isFalse();
    }
  }

  @Property(tries = 2000)
  void datedLinesAreTheLinesWhoseTextHoldsADate(@ForAll("datedDocument") String text) {
    // The reading check counts the lines the segmentation found dates in, on the content without
    // its list glyph and outer spaces; it used to parse each whole line again, and both must agree.
    java.util.List<Integer> expected = new java.util.ArrayList<>();
    int start = 0;
    for (String l : text.split("\n", -1)) {
      if (DateParser.find(l, 0).isPresent()) {
        expected.add(start);
      }
      start += l.length() + 1;
    }
    dev.prism.core.model.Extraction x = dev.prism.core.model.Extraction.plain(text, "text");
    assertThat(Segmenter.read(x).datedLines()).as(text).isEqualTo(expected);
  }

  @Example
  void datesReadOverlappingOnOneLineAreNoRangeBetweenThem() {
    // Found by the property above: two readings of one run of words overlap, and the words between
    // them were cut from the end of the first to the start of the second.
    datedLinesAreTheLinesWhoseTextHoldsADate("2019,Jan./Jan2019");
  }

  @Provide
  Arbitrary<String> datedDocument() {
    // List glyphs and numbers (and things that look like them) before dates and words.
    Arbitrary<String> lead = Arbitraries.of("", " ", "  ", "\t", "• ", "•", "- ", "-", "– ", "* ", "o ", "▪ ", "➢ ", "1. ", "12) ",
        "(3) ", "2019. ", "1.", "---", "===", "__");
    Arbitrary<String> line = net.jqwik.api.Combinators.combine(lead, datesInText(), Arbitraries.of("", " ", "  ", "."))
        .as((a, b, c) -> a + b + c);
    // A long s in a month or season by a year ("ſpring2019", "ſept-Jan2019") makes DateParser throw
    // (the name is looked up unfolded), on either path alike; it is left out here until the parser
    // is fixed, so that this compares the two paths.
    return line.list().ofMaxSize(6).map(l -> String.join("\n", l)).filter(t -> t.indexOf('ſ') < 0);
  }

  @Provide
  Arbitrary<String> datesInText() {
    // Whole date words and their neighbours, with case and letters the Unicode folding maps onto
    // ASCII (the long s, the Kelvin sign, the dotted capital I).
    Arbitrary<String> word = Arbitraries.of("Jan", "JANV.", "août", "Okt", "sept", "ſept", "Summer", "Q3", "q1", "since",
        "SEIT", "desde el", "aUg", "ſpring", "DEC", "2019", "1987", "06/2020", "12/19", "’19", "'21", "‘22", "2021-03-15", "15.03.2021",
        "Present", "heute", "to", "-", "–", "—", "~", "a", "x", "v2", ".", "/", "(", ")", ",", "İ", "\u212a", "Gen", "lug",
        // Words that open as a form's literal or a month does, and words that share their first letters.
        "mid", "MID", "Mid-", "end", "of", "early", "late", "Début", "fin", "MITTE", "Anfang", "beginning", "start", "Mai",
        "made", "design", "with", "Winter", "März", "marzo", "ſtart", "Ende", "endo", "lat", "\ud801\udc00", "2019年", "3月", "12日",
        "2019-05-01", "01.05.2019.", "05/01/2019", "May 5 2019", "'2019", "Spring of 2020");
    Arbitrary<String> gap = Arbitraries.of("", " ", "  ", "\t", "-", ".", "/");
    return Arbitraries.oneOf(word, gap).list().ofMaxSize(9).map(l -> String.join("", l));
  }

  @Property(tries = 3000)
  void runTogetherIsTheRegex(@ForAll("wordish") String w) {
    assertThat(ReadingCheck.runsTogether(w)).isEqualTo(w.matches(".*[/@._:%\\d-].*"));
  }

  @Provide
  Arbitrary<String> wordish() {
    return Arbitraries.strings().withChars("aZ9/@._:%-\u0085\u2028\u2029\n\r").ofMinLength(1).ofMaxLength(6);
  }

  @Provide
  Arbitrary<String> dateish() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("0123456789 -–/.,").ofMaxLength(12),
        Arbitraries.strings().withChars("0125789 -/.MarJnSumepsto").ofMaxLength(16),
        Arbitraries.strings().withChars("012459 –").ofMaxLength(10));
  }

  @Property(tries = 3000)
  void wordCountIsSplitLength(@ForAll("spaced") String s) {
    assertThat(Whitespace.splitLength(s)).isEqualTo(s.split("\\s+").length);
  }

  @net.jqwik.api.Example
  void wordCountEdgeCases() {
    for (String s : new String[] {"", " ", "\t\n", " a", "a ", " a  b ", "a\u00a0b", "\u2003a"}) {
      assertThat(Whitespace.splitLength(s)).as("'%s'", s).isEqualTo(s.split("\\s+").length);
    }
  }

  @Provide
  Arbitrary<String> spaced() {
    // Empty, all white space, and leading or trailing white space all come up often at this size.
    return Arbitraries.strings().withChars("ab  \t\n\r\u000b\f\u00a0\u2003\u0085\u200b").ofMaxLength(8);
  }

  @Property(tries = 3000)
  void normalizeIsTheRegexVersion(@ForAll("headingish") String s) {
    // Letters lose their accents and keep their composed form.
    String folded = java.text.Normalizer.normalize(java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", ""), java.text.Normalizer.Form.NFC);
    String t = folded.toLowerCase(java.util.Locale.ROOT).replace("&", " and ");
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      b.append(Character.isLetter(c) ? c : ' ');
    }
    String expected = b.toString().trim().replaceAll("\\s+", " ");
    if (expected.matches("(?:\\p{L} )+\\p{L}")) {
      expected = expected.replace(" ", "");
    }
    // A doubled letter is written once.
    expected = expected.replaceAll("(\\p{L})\\1+", "$1");
    assertThat(Headings.normalize(s)).isEqualTo(expected);
  }

  @Provide
  Arbitrary<String> headingish() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("aBé  &:-1\t\u2028İ\ud835\udc00й\u0301").ofMaxLength(12),
        Arbitraries.strings().withChars("ab ").ofMaxLength(9),
        Arbitraries.strings().withChars("aab  bb").ofMaxLength(9));
  }

  @Property(tries = 3000)
  void contactPatternsNeedWhatThePrechecksLookFor(@ForAll("contactish") String s) {
    if (!ContactParser.mayHoldEmail(s)) {
      assertThat(ContactParser.EMAIL.matcher(s).find()).isFalse();
    }
    if (!ContactParser.mayHoldPhone(s)) {
      assertThat(ContactParser.PHONE.matcher(s).find()).isFalse();
    }
    if (!ContactParser.mayHoldUrl(s)) {
      assertThat(ContactParser.URL.matcher(s).find()).isFalse();
    }
    if (!ContactParser.mayHoldLocation(s)) {
      assertThat(ContactParser.LOCATION.matcher(s).matches()).isFalse();
      assertThat(ContactParser.LOCATION.matcher(s.trim()).matches()).isFalse();
    }
  }

  @Provide
  Arbitrary<String> contactish() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("ab.@-+()/ 1:w").ofMaxLength(14),
        Arbitraries.strings().withChars("0123456789 -.()+").ofMaxLength(14),
        Arbitraries.of("https://x", "HTTP://localhost", "www.x", "ab.io", "Remote", "Remote (EU)", "Berlin, DE",
            "a@b.co", "+1 555 0100", "github.com/x", "Berlin DE", "Remote EU", "jo@x"));
  }

  @Property(tries = 2000)
  void trimPunctuationIsTheRegex(@ForAll("punctuated") String w) {
    assertThat(Parts.trimPunctuation(w)).isEqualTo(w.replaceAll("^[.'-]+|[.'-]+$", ""));
  }

  @Provide
  Arbitrary<String> punctuated() {
    return Arbitraries.strings().withChars(".'-ab").ofMaxLength(7);
  }


  @Property(tries = 3000)
  void leadInWordsIsTheMarkPattern(@ForAll("leadIns") String s) {
    java.util.regex.Matcher m = Pattern.compile("\\s*:$|\\s+[" + dev.prism.core.lexicon.Glyphs.dashClass() + "]$").matcher(s.stripTrailing());
    assertThat(LineShapes.leadInWords(s)).isEqualTo(m.find() ? s.substring(0, m.start()).strip() : null);
  }

  @Provide
  Arbitrary<String> leadIns() {
    return Arbitraries.strings().withChars("ab:-\u2013\u2014 \t\u00a0\u2003").ofMaxLength(8);
  }

  @Property(tries = 3000)
  void aLoneDateReadWithoutCleaningIsTheOneReadAfter(@ForAll("datedLines") String text) {
    // Line.loneDate skips the second reading of a line that has nothing to clean; the answer must be
    // the second reading's, its span counted from the cleaned content's start.
    for (Line l : Line.tag(new dev.prism.core.model.Extraction(text, "text", 1, dev.prism.core.model.Layout.NONE, java.util.List.of()))) {
      if (!l.hasDates()) {
        continue;
      }
      String c = Inline.clean(l.content()).strip();
      java.util.List<dev.prism.core.model.DateRange> found = DateParser.all(c, 0);
      assertThat(l.loneDate()).as("'%s'", l.content())
          .isEqualTo(found.size() == 1 && found.get(0).span().length() >= c.length() - 1 ? found.get(0) : null);
    }
  }

  @Provide
  Arbitrary<String> datedLines() {
    return Arbitraries.of("Jan 2019", "2019", "2021", "–", "-", "to", "Present", "(", ")", "**", "Globex", ".", ",", "  ", "\t", "06/15",
        "Sept ’17", "now", "#", "[x](y)")
        .list().ofMinSize(1).ofMaxSize(6).map(l -> String.join(" ", l));
  }

  @Property(tries = 500)
  void aLineTestKeptInTheMemoAnswersAsTheTestDoes(@ForAll("datedLines") String text) {
    java.util.List<Line> lines = Line.tag(new dev.prism.core.model.Extraction(text, "text", 1, dev.prism.core.model.Layout.NONE, java.util.List.of()));
    java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
    Memo.during(() -> {
      for (Line l : lines) {
        for (int round = 0; round < 2; round++) {
          assertThat(Memo.line(l, Memo.LineTest.SENTENCE, x -> { asked.incrementAndGet(); return x.hasDates(); })).isEqualTo(l.hasDates());
          assertThat(Memo.line(l, Memo.LineTest.TECH_LIST, x -> { asked.incrementAndGet(); return !x.hasDates(); })).isEqualTo(!l.hasDates());
        }
      }
      return null;
    });
    // Each test once a line; outside the memo, every time.
    assertThat(asked.get()).isEqualTo(2 * lines.size());
    Memo.line(lines.get(0), Memo.LineTest.SENTENCE, x -> { asked.incrementAndGet(); return true; });
    Memo.line(lines.get(0), Memo.LineTest.SENTENCE, x -> { asked.incrementAndGet(); return true; });
    assertThat(asked.get()).isEqualTo(2 * lines.size() + 2);
  }

  /**
   * The style tests read a style key's size ("105b") by hand: the digits the regular expression
   * kept. Arabic-Indic and full-width digits and a superscript two are no digits to it.
   */
  @Property(tries = 3000)
  void digitsOfIsTheRegexReplace(@ForAll @net.jqwik.api.constraints.Chars({'0', '1', '5', '9', 'b', 'i', '-', '.', ' ',
      '\u0663', '\uff11', '\u00b2'}) @net.jqwik.api.constraints.StringLength(max = 8) String key) {
    assertThat(LineShapes.digitsOf(key)).isEqualTo(key.replaceAll("\\D", ""));
  }

  /**
   * The link tests skip a line with no dot and no colon (a web address needs one, a label its
   * colon) before cleaning it: their answers are the regular expressions' on the cleaned text.
   */
  @Property(tries = 3000)
  void linkTestsLookFirstAsTheRegexesWouldAnswer(@ForAll("linkish") String text) {
    for (Line l : Line.tag(new dev.prism.core.model.Extraction(text, "text", 1, dev.prism.core.model.Layout.NONE, java.util.List.of()))) {
      String c = Inline.clean(l.content()).strip();
      java.util.regex.Matcher whole = ContactParser.URL.matcher(c);
      assertThat(LineShapes.isLinkOnly(l)).as("'%s'", l.content()).isEqualTo(!c.isEmpty() && whole.lookingAt() && whole.end() == c.length());
      java.util.regex.Matcher label = LineShapes.LINK_LABEL.matcher(c);
      java.util.regex.Matcher m = ContactParser.URL.matcher(c);
      boolean labelled = label.lookingAt() && label.end() != c.length() && m.find(label.end()) && m.start() == label.end() && m.end() == c.length();
      assertThat(LineShapes.labelledLink(l)).as("'%s'", l.content()).isEqualTo(labelled);
    }
  }

  @Provide
  Arbitrary<String> linkish() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("ab.:/ w*[]()#\n").ofMaxLength(16),
        Arbitraries.of("Code: github.com/globex/ledger", "Demo: **https://initech.example/demo**", "https://globex.com",
            "www.globex.com/about", "[Site](https://x.io)", "Code:github.com/x", "Site: *globex*.com", "Globex Inc"));
  }

  @Property(tries = 3000)
  void spaceSplitIsThePatternsSplit(@ForAll("casedWords") String s) {
    assertThat(LineShapes.spaceSplit(s)).containsExactly(LineShapes.SPACE_RUN.split(s));
  }
}
