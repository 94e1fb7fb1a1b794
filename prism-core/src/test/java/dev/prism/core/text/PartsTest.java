package dev.prism.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The word tests header parts are labelled with; the labelling itself is in spec/entries.md. */
class PartsTest {

  /**
   * A header that places its employer "in" a town, wrapped at every space: whatever part the wrap
   * joins across the lines, the place is cut from the first line only, and nothing throws.
   */
  @org.junit.jupiter.api.Test
  void anEmployerInATownWrappedAnywhereReads() {
    for (String header : new String[] {"Developer, Nordkapp in Lyon, Rhône, Auvergne, France, 2019 - 2021",
        "Developer | Nordkapp in Lyon, Rhône & Alpes of the South, France | 2019 - 2021"}) {
      for (int at = header.indexOf(' '); at > 0; at = header.indexOf(' ', at + 1)) {
        String text = "Pat Doe\n\nExperience\n" + header.substring(0, at) + "\n" + header.substring(at + 1) + "\n- Built the ledger\n";
        var resume = Segmenter.segment(dev.prism.core.model.Extraction.plain(text, "text"));
        assertThat(resume.sections()).as(text).isNotEmpty();
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Saint-Étienne | true",
      "Aix-en-Provence | true",
      "Boulogne-sur-Mer | true",
      "Montbonnot-Saint-Martin | true",
      "St-Denis | true",
      // No town's joining word among the pieces, or one only at the end, or a piece in lower case.
      "Clermont-Ferrand | false",
      "Coca-Cola | false",
      "Rhein-Main | false",
      "Berlin-Sankt | false",
      "Saint-petersburg | false",
      "saint-Denis | false",
      "'Saint-Denis Hub' | false",
      "Saint- | false",
      "-en- | false",
  })
  void hyphenatedTowns(String v, boolean town) {
    assertThat(Places.isHyphenatedTown(v)).as(v).isEqualTo(town);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "'Austin, TX' | true",
      "'Toronto, ON' | true",
      "'Manchester, UK' | true",
      "'Berlin, Germany' | true",
      "'Lyon, France' | true",
      "'Seoul, South Korea' | true",
      "'Dayton, Ohio' | true",
      "'London, Ontario' | true",
      "Remote | true",
      "Fully Remote | true",
      "'Play Books, Accessibility' | false",
      "'Data Science, ETH Zurich' | false",
      "'Payments Platform, Growth' | false",
      "'Acme, Inc' | false",
      // Known names stand alone; other capitalised words do not, however short.
      "Manchester | true",
      "München | true",
      "Germany | true",
      "Ontario | true",
      "TX | true",
      "Hybrid | true",
      "On-site | true",
      "'Remote (US)' | true",
      "'Remote (US / Canada)' | true",
      "'Remote - EU' | true",
      "Community Heritage | false",
      "Payments Platform | false",
      "Platform Infrastructure | false",
      "IC | false",
      "Tx | false",
      "'Remote (Payments)' | false",
      // Local spellings, particles and a third part.
      "'São Paulo, Brasil' | true",
      "'Rio de Janeiro, Brazil' | true",
      "'Zürich, Schweiz' | true",
      "'Berlin, Mitte' | true",
      "'Toronto, ON, Canada' | true",
      "'San Francisco, California, USA' | true",
      "'Shopify, Ottawa, ON' | false",
      "'Acme Corp, Austin, TX' | false",
      // A known city after the comma: what stands before it is the employer, not a district.
      "'Acme Payments, Berlin' | false",
      "'New York, New York' | true",
      // A known city whose name the pattern takes for no place's, with its country.
      "'A Coruña, España' | true",
      // A town no list knows in a script without capitals, before its country; the comma may
      // have no space after it, and may be the ideographic one.
      "'ダブリン, アイルランド' | true",
      "'ダブリン,アイルランド' | true",
      // A known town with its country's code in brackets, as after a comma.
      "Zürich (CH) | true",
      "Daejeon (KR) | true",
      "Quillworks (CH) | false",
      "'東京、日本' | true",
      "'前端、后端开发工程师' | false",
      "'株式会社メルカリ, 東京' | false",
      // An address's postcode inside a place stays in it; four digits that read as a year do not.
      "'Varrow, 48213, Italia' | true",
      "'Brindlemoor, KS 66012' | true",
      "'Berlin, 2019, Germany' | false",
      "'Austin, TX 2019' | false",
  })
  void aLocationNamesAPlace(String part, boolean place) {
    assertThat(Parts.isLocation(part)).isEqualTo(place);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Senior Software Engineer | true",
      "Software Engineer II | true",
      "Engineering Manager (L7) | true",
      "Data Engineering | false",
      "Acme Labs | false",
      "Globex Inc | false",
      // A joining word inside the technology a role opens with joins no field to it.
      "Ruby on Rails Developer | true",
      "Engineer on Payments | true",
      "Rails on Payments | false",
      // A run of a script without spaces ends in a role's word after its field.
      "ソフトウェアエンジニア | true",
      "ソフトウェアエンジニア (L4) | true",
      "研发工程师 | true",
      "チームリーダー | true",
      "溪数科技 | false",
      "华信系统开发 | false",
  })
  void aRoleEndsInARoleWord(String part, boolean role) {
    assertThat(Parts.isRole(part)).isEqualTo(role);
  }

  /**
   * Roles written noun first: a role, but one only by its first word may name a firm as well.
   * The field after a joining word, elided or not, is no part of what the role ends with.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Desarrollador Backend | true | true",
      "Consultant Cloud et Automation | true | true",
      "Analista Digital | true | true",
      "Analista de Sistemas | true | false",
      "Ingénieur d’étude et développement | true | false",
      "Sviluppatore dell'applicazione | true | false",
      "Desarrollador | true | false",
      "Senior Software Engineer | true | false",
      "Globex Digital | false | false",
  })
  void aRoleMayOpenWithItsNoun(String part, boolean role, boolean firstWordOnly) {
    assertThat(Parts.isRole(part)).isEqualTo(role);
    assertThat(Parts.roleByFirstWordOnly(part)).isEqualTo(firstWordOnly);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "https://globex.example | true",
      "jlee.dev | true",
      "github.com/jlee | true",
      "Quillpoint.ai | false",
      // Contact in the jobs' column: an email address or a phone number fills no field.
      "jordan.lee@example.com | true",
      "'+1 555 010 0199' | true",
      "'(555) 010-0199' | true",
      "'2019 - 2023' | false",
      "Globex | false",
  })
  void addresses(String value, boolean address) {
    assertThat(Parts.isAddress(value)).isEqualTo(address);
  }
}
