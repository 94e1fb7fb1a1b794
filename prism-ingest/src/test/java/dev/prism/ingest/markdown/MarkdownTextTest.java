package dev.prism.ingest.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class MarkdownTextTest {
  /** The visible text with runs of blanks squeezed, to state the examples briefly. */
  private static String shown(String source) {
    String v = MarkdownText.visible(source);
    assertThat(v).hasSameSizeAs(source);
    return v.replaceAll("[ \\t]+", " ").replaceAll(" *\\n *", "\n").strip();
  }

  @Test
  void frontMatterIsHiddenButTheNameAndContactStay() {
    String md = "---\nlayout: page\ntitle: Resume\nname: \"Pat Doe\"\nheader:\n  - text: pat@example.com\n---\n## Experience\n";
    assertThat(shown(md)).isEqualTo("Pat Doe\n\npat@example.com\n\n## Experience");
    // A picture's address (a theme's avatar) is no contact link: hidden with the settings.
    String avatar = "---\nlayout: clean\nimage: https://avatars.example.com/u/1?v=4\nsite: https://pat.example.org\n---\n## Pat Doe\n";
    assertThat(shown(avatar)).isEqualTo("https://pat.example.org\n\n## Pat Doe");
  }

  @Test
  void aTitleWithANamesShapeShowsWhereNoNameKeyIs() {
    assertThat(shown("---\ntitle: Pat Doe\nfontfamily: Mono\n---\n## Experience\n")).isEqualTo("Pat Doe\n\n\n## Experience");
    // A name key wins; a title that is no name stays hidden.
    assertThat(shown("---\ntitle: Pat Doe\nauthor: Kim Lee\n---\nx\n")).isEqualTo("Kim Lee\n\nx");
    assertThat(shown("---\ntitle: Resume\nlayout: page\n---\nx\n")).isEqualTo("x");
    assertThat(shown("---\ntitle: CV 2024 edition\n---\nx\n")).isEqualTo("x");
    // Nor a role, a heading, a document's words or an organisation's.
    for (String title : new String[] {"Senior Backend Engineer", "Pat Doe Resume", "Work Experience", "Globex Engineering Team"}) {
      assertThat(shown("---\ntitle: " + title + "\n---\nx\n")).as(title).isEqualTo("x");
    }
  }

  @Test
  void aTitleBlocksAuthorListShowsTheNameAndContactItems() {
    String md = "---\ntitle: CV\nauthor:\n- Pat Doe\n- <pat@example.com>\n- Teramo 64100\ndate: 2024\n---\nWorks at Globex\n";
    assertThat(shown(md)).isEqualTo("Pat Doe\n<pat@example.com>\n\n\n\nWorks at Globex");
    // Only a name key's list: a list of keywords shows nothing.
    assertThat(shown("---\nkeywords:\n- Go\n- Kafka\n---\nPat\n")).isEqualTo("Pat");
  }

  @Test
  void anAtxHeadingsClosingHashesAreHidden() {
    assertThat(shown("## Career ##\n### Globex (Apr 2017 to Present) ###\n#### Ledger\t#\n")).isEqualTo(
        "## Career\n### Globex (Apr 2017 to Present)\n#### Ledger");
    // Hashes glued to a word are text: a language's name, a heading about it.
    assertThat(shown("### Backend in C#\n#### F# and C#\nNot # a heading #\n")).isEqualTo(
        "### Backend in C#\n#### F# and C#\nNot # a heading #");
  }

  @Test
  void aPreviewersImportDirectiveIsHidden() {
    // Shown, the directive stood over the name and was taken for it.
    assertThat(shown("@import \"resume.less\"\n## Pat Doe\n")).isEqualTo("## Pat Doe");
    // An "@" that opens a handle or a sentence is text.
    assertThat(shown("@import is a Less keyword I teach\n@patdoe on GitHub\n")).isEqualTo(
        "@import is a Less keyword I teach\n@patdoe on GitHub");
  }

  @Test
  void pandocFencedDivsAreHidden() {
    assertThat(shown("::: {.job}\n:::: columns\n### Engineer | Globex\n::::\n:::\n")).isEqualTo("### Engineer | Globex");
    // Colons inside a line, or a definition's single colon, are text or handled elsewhere.
    assertThat(shown("Ratio 3:::1 in logs\n")).isEqualTo("Ratio 3:::1 in logs");
  }

  @Test
  void blockQuoteMarksAreHidden() {
    assertThat(shown("> **Developer** – 2019 - 2021\n> > Built the ledger\n>\n")).isEqualTo("**Developer** – 2019 - 2021\nBuilt the ledger");
    // Inside a line, ">" is text.
    assertThat(shown("Latency 40 ms -> 3 ms\n")).isEqualTo("Latency 40 ms -> 3 ms");
  }

  @Test
  void underscoreEmphasisReadsAsStarEmphasis() {
    assertThat(shown("### Globex in _Lyon, Rhône, France_\n")).isEqualTo("### Globex in *Lyon, Rhône, France*");
    assertThat(shown("_Backend Engineer_, 2019 - 2021\n")).isEqualTo("*Backend Engineer*, 2019 - 2021");
    // Inside words, doubled, in code, in addresses and paths: no emphasis.
    assertThat(shown("Tuned snake_case_names and __init__ in `_private_` at example.org/_drafts_/\n"))
        .isEqualTo("Tuned snake_case_names and __init__ in `_private_` at example.org/_drafts_/");
    assertThat(shown("pat_doe@example.com or _pat_\n")).isEqualTo("pat_doe@example.com or *pat*");
    // Nor in a line indented as code is.
    assertThat(shown("Text\n\n    def _load_(self): pass\n")).isEqualTo("Text\n\ndef _load_(self): pass");
    // An underscore that nothing closes on its line stays.
    assertThat(shown("_unclosed\nnext_ line\n")).isEqualTo("_unclosed\nnext_ line");
  }

  @Test
  void imagesShowNoText() {
    assertThat(shown("![](http://example.org/me.png)\n\n# Pat Doe\n")).isEqualTo("# Pat Doe");
    assertThat(shown("[![CI](https://example.org/badge.svg)](https://example.org/ci) ![logo][l]\n")).isEqualTo("[ ](https://example.org/ci)");
    // A link is no image; "!" before a bracket in prose stays.
    assertThat(shown("[site](https://example.org) Wow! [sic]\n")).isEqualTo("[site](https://example.org) Wow! [sic]");
  }

  @Test
  void rawLatexShowsOnlyTheWordsItSets() {
    String md = "\\begin{center}\n\\Large\\textbf{Pat Doe} \\\\\n\\end{center}\n\n"
        + "## \\textcolor[rgb]{.2,.2,.5}{Experience}\n\\vspace{3pt}\n**Globex** \\hfill 2019 -- 2021\n";
    assertThat(shown(md)).isEqualTo("Pat Doe\n\n\n## Experience\n\n**Globex** 2019 -- 2021");
    // The words between the fields keep a gap where "\\hfill" stood.
    assertThat(MarkdownText.visible(md)).contains("**Globex**        2019");
    // A resume that names a command or two in its text keeps them: "\\n" in a bullet is no markup.
    String prose = "- Parsed lines split on \\n and \\t in C\n";
    assertThat(shown(prose)).isEqualTo("- Parsed lines split on \\n and \\t in C");
  }

  @Test
  void tomlFrontMatterToo() {
    assertThat(shown("+++\ntitle = \"cv\"\n+++\n# Pat Doe\n")).isEqualTo("# Pat Doe");
  }

  @Test
  void anUnclosedFrontMatterIsText() {
    assertThat(shown("---\nPat Doe\n")).isEqualTo("---\nPat Doe");
  }

  @Test
  void aPagesDeclarationAndHeadAreNotShown() {
    String page = "<!DOCTYPE html>\n<?xml version=\"1.0\"?>\n<html>\n<head>\n<title>Pat Doe's resume</title>\n"
        + "<style>h1 { color: red }</style>\n</head>\n<body>\n<h1>Pat Doe</h1>\n</body>\n</html>\n";
    assertThat(shown(page)).isEqualTo("# Pat Doe");
    // Only a head that opens: "<header>" is shown, and an unclosed head hides nothing after it.
    assertThat(shown("<header>Pat Doe</header>\n")).isEqualTo("Pat Doe");
    assertThat(shown("<head>\n<h1>Pat Doe</h1>\n")).isEqualTo("# Pat Doe");
    // A head whose end tag is left out ends nowhere: a "<header>" after it is shown.
    assertThat(shown("<head><title>CV</title>\n<header>Pat Doe pat@example.com</header>\n")).isEqualTo("Pat Doe pat@example.com");
  }

  @Test
  void aDefinitionShowsNoColon() {
    assertThat(shown("2016 - now\n:   **Globex**: Tech Lead\n\n    Built it: twice\n")).isEqualTo("2016 - now\n**Globex**: Tech Lead\n\nBuilt it: twice");
    assertThat(shown("Note:\n:: warning\n")).isEqualTo("Note:\n:: warning");
    // A backslash that ends a line breaks it; the page shows no backslash (an escaped one stays).
    assertThat(shown("Source code:\\\ngithub.com/pat/ledger\nC:\\\\\n")).isEqualTo("Source code:\ngithub.com/pat/ledger\nC:\\\\");
    // An empty definition, its term's colon alone on a line, shows nothing.
    assertThat(shown("DEVOPS ENGINEER\n: \n*Globex - Lyon*\n")).isEqualTo("DEVOPS ENGINEER\n\n*Globex - Lyon*");
  }

  @Test
  void aHeadingTagAtItsLinesStartIsAMarkdownHeading() {
    assertThat(shown("  <h3>Campus Involvement</h3>\n<h1 class=\"name\">Pat Doe</h1>\n<h4>Globex</h4>\n<h4 id=\"x\">Initech</h4>\nText <h2>inline</h2>"))
        .isEqualTo("### Campus Involvement\n# Pat Doe\nGlobex\n#### Initech\nText inline");
  }

  @Test
  void styleTagsReadAsEmphasisAndSplitNothing() {
    assertThat(shown("<b>Backend Engineer</b> at <span class=\"x\">Globex</span>"))
        .isEqualTo("***Backend Engineer**** at ****************Globex*******");
  }

  /**
   * Two inline elements set against each other, the second styled by a class or a style, are two
   * runs the page sets apart: a space parts them. Unstyled ones may cut a word, and part nothing.
   */
  @Test
  void aStyledInlineElementOpenedAgainstTheLastOnePartsThemWithASpace() {
    assertThat(shown("### <span class=\"org\">Globex</span><span class=\"meta\">Lyon</span>").replace("*", ""))
        .isEqualTo("### Globex Lyon");
    assertThat(shown("<b>Pay</b><i>Nest</i>").replace("*", "")).isEqualTo("PayNest");
    assertThat(shown("<em>Jan 2020</em><em> – Present</em>").replace("*", "")).isEqualTo("Jan 2020 – Present");
  }

  @Test
  void otherTagsLeaveAGapAndNoNewLine() {
    // A gap parts the fields as a column's would; a new line would move every line after it, and
    // a line and column of the text must stay those of the source.
    assertThat(MarkdownText.visible("<p>Globex</p><p>2019 - 2021</p>")).isEqualTo("   Globex       2019 - 2021    ");
    assertThat(shown("<div align=\"center\">\n# Pat Doe\n</div>")).isEqualTo("# Pat Doe");
    assertThat(MarkdownText.visible("<td>Globex</td><td>Berlin</td>")).isEqualTo("    Globex         Berlin     ");
  }

  @Test
  void aListItemsTagAtTheStartOfItsLineIsItsMarker() {
    assertThat(shown("<ul>\n<li>Built the API</li>\n<li>Cut costs</li>\n</ul>")).isEqualTo("- Built the API\n- Cut costs");
  }

  @Test
  void scriptsAndStylesShowNothing() {
    assertThat(shown("# Pat <script>alert(1)</script> Doe\n<style>p { color: red }</style>")).isEqualTo("# Pat Doe");
  }

  @Test
  void commentsTemplatesFencesAndLinkDefinitionsAreHidden() {
    assertThat(shown("<!-- old job\nAcme -->\nGlobex")).isEqualTo("Globex");
    assertThat(shown("{{< job title=\"Intern\" >}}\nBuilt it\n{{< /job >}}")).isEqualTo("Built it");
    assertThat(shown("```text\nGlobex  2019\n```")).isEqualTo("Globex 2019");
    assertThat(shown("Worked at [Globex][g].\n\n[g]: https://globex.example.com")).isEqualTo("Worked at [Globex][g].");
  }

  @Test
  void shortcodesAloneOnTheirLinesAreHiddenWhereTheSourceClosesThem() {
    assertThat(shown("[block]\n\n### Globex 2019 - 2021\n\n[/block]\n[block class=jobs]\nBuilt it\n[/block]").replaceAll("\n+", "\n"))
        .isEqualTo("### Globex 2019 - 2021\nBuilt it");
    // A bracketed word the source never closes is text.
    assertThat(shown("[WIP]\nBuilt it")).isEqualTo("[WIP]\nBuilt it");
  }

  @Test
  void pandocAttributesAreHidden() {
    assertThat(shown("[github.com/pat](https://github.com/pat) {.nobreak}")).isEqualTo("[github.com/pat](https://github.com/pat)");
    assertThat(shown("## Experience {#jobs .unnumbered lang=\"en\"}")).isEqualTo("## Experience");
    // Braces that hold no attribute stay text.
    assertThat(shown("Sets {a, b} and {.5 ms}")).isEqualTo("Sets {a, b} and {.5 ms}");
  }

  @Test
  void anUnclosedCommentHidesNothing() {
    assertThat(shown("Globex <!-- to do")).isEqualTo("Globex <!-- to do");
  }

  @Test
  void entitiesBecomeTheirCharacters() {
    assertThat(shown("2019&ndash;2021 &amp; Berlin&nbsp;(Remote) &#8212; &#x2013; &bogus;"))
        .isEqualTo("2019–2021 & Berlin (Remote) — – &bogus;");
    // A word written in entities, or partly, stays one word: an address hidden from robots.
    assertThat(shown("[&#112;&#97;t&#64;example.com](mailto:&#112;&#97;&#116;&#64;example.com) AT&amp;T Labs"))
        .isEqualTo("[pat@example.com](mailto:pat@example.com) AT&T Labs");
  }

  @Test
  void textThatOnlyLooksLikeMarkupStays() {
    assertThat(shown("<3 years of Go; a < b > c; <https://example.com>; <pat@example.com>"))
        .isEqualTo("<3 years of Go; a < b > c; <https://example.com>; <pat@example.com>");
  }

  @Test
  void aDottedCapitalIBeforeAScriptsEndChangesNothingElse() {
    // Lower-casing "İ" gives two characters: no position may come from a lowered copy.
    assertThat(shown("# Pat\n\n<script>" + "\u0130".repeat(12) + "</script>")).isEqualTo("# Pat");
    assertThat(shown("# Pat Doe\n<style>/* " + "\u0130".repeat(12) + " */</style>\n## Experience\n"))
        .isEqualTo("# Pat Doe\n\n## Experience");
  }

  @Test
  void aHeaderBetweenRulesIsNoFrontMatter() {
    String md = "---\n# Pat Doe\npat@example.com · +49 30 1234 5678\n---\n\n## Experience\n";
    assertThat(shown(md)).isEqualTo("---\n# Pat Doe\npat@example.com · +49 30 1234 5678\n---\n\n## Experience");
    assertThat(shown("---\n# Pat Doe\n---\n")).isEqualTo("---\n# Pat Doe\n---");
  }

  @Test
  void frontMatterShowsOnlyThePersonsNameAndContact() {
    String md = "---\nname: Pat Doe\ndate: 2024-03-05\ndescription: my site, see pat.dev\n"
        + "jobs:\n  - name: Globex\n    title: Engineer\nurl: https://pat.dev\n---\n## Experience\n";
    assertThat(shown(md)).isEqualTo("Pat Doe\n\n\n\n\n\nhttps://pat.dev\n\n## Experience");
  }

  @Test
  void onlyTheNamesOfHtmlAreTags() {
    assertThat(shown("- Wrote the Queue<Event> dispatcher in Java")).isEqualTo("- Wrote the Queue<Event> dispatcher in Java");
    assertThat(shown("<resume-meta>Lead Developer</resume-meta>")).isEqualTo("Lead Developer");
  }

  @Test
  void footnotesAreShown() {
    assertThat(shown("Built it.[^1]\n\n[^1]: In Go.")).isEqualTo("Built it.[^1]\n\n[^1]: In Go.");
  }

  @Test
  void unclosedMarkupOnALongLineIsText() {
    // Every pass is linear: these once took seconds at 20 KB.
    for (String unit : new String[] {"<li>", "{{", "{%", "<script>", "<!--", "{.a ", "{#a b=\""}) {
      String line = unit.repeat(50_000);
      assertThat(MarkdownText.visible(line)).hasSameSizeAs(line);
    }
  }

  @Property
  void everyOffsetAndLineBreakStays(@ForAll @StringLength(max = 400) String source) {
    assertSameLines(source, MarkdownText.visible(source));
  }

  /** The same length, and line breaks exactly where the source has them. */
  private static void assertSameLines(String source, String v) {
    assertThat(v).hasSameSizeAs(source);
    for (int i = 0; i < source.length(); i++) {
      assertThat(v.charAt(i) == '\n').isEqualTo(source.charAt(i) == '\n');
      assertThat(v.charAt(i) == '\r').isEqualTo(source.charAt(i) == '\r');
    }
  }

  @Property
  void markupShapedInputKeepsItsLines(@ForAll("markupish") String source) {
    assertSameLines(source, MarkdownText.visible(source));
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> markupish() {
    return net.jqwik.api.Arbitraries.of("<b>", "</b>", "<li>", "<td>", "<br>", "<!--", "-->", "&amp;", "&#1114111;",
            "&#xD800;", "&#0;", "&#10;", "&#13;", "<p>", "</li>", "<script>", "</script>", "</SCRIPT>", "\u0130", "\u00df", "Queue<Event>", "---\n", "+++\n", "```", "[a]: x\n", "{{", "}}", "{%", "%}", "{.a", "{#b c=", "}", "name: Pat\n", "[block]", "[/block]", "text", "\n", " ")
        .list().ofMaxSize(40).map(l -> String.join("", l));
  }
}
