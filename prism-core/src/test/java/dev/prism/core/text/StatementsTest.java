package dev.prism.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prism.core.model.Bullet;
import dev.prism.core.model.Entry;
import dev.prism.core.model.Field;
import dev.prism.core.model.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementsTest {
  /** Builds an entry over {@code text} whose description is the given lines and whose bullets are those starting with "- ". */
  private static Entry entry(String text, String... lines) {
    List<Field> description = new ArrayList<>();
    List<Bullet> bullets = new ArrayList<>();
    for (String l : lines) {
      boolean bullet = l.startsWith("- ");
      String v = bullet ? l.substring(2) : l;
      int at = text.indexOf(v);
      Span span = new Span(at, v.length());
      if (bullet) {
        bullets.add(new Bullet(v, span));
      } else {
        description.add(new Field(v, span));
      }
    }
    return new Entry(null, null, null, null, bullets, description, Span.between(0, text.length()));
  }

  @Test
  void aDescriptionParagraphIsOneStatementBesideTheBullets() {
    String text = "Platform Team\nBuilt the pricing service that quotes every order for the\nbilling team in Go.\n"
        + "Highlights\n- Cut quote latency from 900 ms to 120 ms.\n";
    Entry e = entry(text, "Platform Team", "Built the pricing service that quotes every order for the",
        "billing team in Go.", "Highlights", "- Cut quote latency from 900 ms to 120 ms.");
    assertThat(Statements.of(e, text)).extracting(Bullet::text).containsExactly(
        "Built the pricing service that quotes every order for the billing team in Go.",
        "Cut quote latency from 900 ms to 120 ms.");
  }

  @Test
  void aBulletTooLongToBeOneIsJudgedSentenceBySentence() {
    // One template sets a paragraph as one item, another breaks it into lines: the statements are
    // its sentences either way, each covering its own text.
    String first = "Built the quoting service for the freight desks in Kotlin, so that every desk could price"
        + " a load in under a second and compare two carriers side by side before it booked one.";
    String second = "Moved the nightly rate imports onto a queue with retries and dead letters,"
        + " which ended the weekly manual reruns and cut the failed imports from dozens to none.";
    String third = "Set up the release pipeline that ships each service on its own, on any day,"
        + " so a fix reaches the desks within the hour instead of waiting for the monthly window.";
    String paragraph = first + " " + second + " " + third;
    String text = "- " + paragraph + "\n- Cut quote latency from 900 ms to 120 ms.\n";
    Entry e = entry(text, "- " + paragraph, "- Cut quote latency from 900 ms to 120 ms.");
    List<Bullet> statements = Statements.of(e, text);
    assertThat(Whitespace.splitLength(paragraph)).isGreaterThan(Statements.GLUED_WORDS);
    assertThat(statements).extracting(Bullet::text).containsExactly(first, second, third, "Cut quote latency from 900 ms to 120 ms.");
    for (Bullet b : statements) {
      assertThat(text.substring(b.span().offset(), b.span().end())).isEqualTo(b.text());
    }
  }

  @Test
  void aJobSummaryIsOneStatementDrawnAsABulletOrAsAParagraph() {
    // One theme draws a job's summary as an item, another as a paragraph wrapped over two lines:
    // both give one statement, whole, so the work and its result are judged together.
    String first = "Led the search rewrite for the agents' app.";
    String second = "Adoption rose from 5% to 60% in a year.";
    String asBullet = "- " + first + " " + second + "\n";
    String asParagraph = first + " Adoption rose\nfrom 5% to 60% in a year.\n";
    assertThat(Statements.of(entry(asBullet, "- " + first + " " + second), asBullet)).extracting(Bullet::text)
        .containsExactly(first + " " + second);
    assertThat(Statements.of(entry(asParagraph, first + " Adoption rose", "from 5% to 60% in a year."), asParagraph))
        .extracting(Bullet::text).containsExactly(first + " " + second);
  }

  @Test
  void aBulletWhoseSecondSentenceIsTooShortToStandStaysWhole() {
    String text = "- Built the Android client for the field crews. Kotlin, Room.\n- Ran on call.\n";
    Entry e = entry(text, "- Built the Android client for the field crews. Kotlin, Room.", "- Ran on call.");
    assertThat(Statements.of(e, text)).extracting(Bullet::text)
        .containsExactly("Built the Android client for the field crews. Kotlin, Room.", "Ran on call.");
  }

  @Test
  void finishedSentencesOnTwoLinesAreTwoStatements() {
    String text = "Moved the ledger onto an event log in Kafka.\nRan the on-call rotation for four services.\n";
    Entry e = entry(text, "Moved the ledger onto an event log in Kafka.", "Ran the on-call rotation for four services.");
    assertThat(Statements.of(e, text)).hasSize(2);
  }

  @Test
  void aStatementCoversItsTextInTheExtraction() {
    String text = "x\nBuilt the pricing service that quotes every order for the\nbilling team in Go.\n";
    Entry e = entry(text, "Built the pricing service that quotes every order for the", "billing team in Go.");
    Bullet b = Statements.of(e, text).get(0);
    assertThat(text.substring(b.span().offset(), b.span().end()))
        .isEqualTo("Built the pricing service that quotes every order for the\nbilling team in Go.");
  }

  @Test
  void aParagraphTooLongToBeOneIsJudgedSentenceBySentenceAndAnAbbreviationEndsNone() {
    // More than GLUED_WORDS words run together: each sentence is a statement, covering its own
    // text. "vs." and "St." end no sentence; a short first sentence goes with the one after it.
    String a = "Owned the search service.";
    String b = "Benchmarked PostgreSQL vs. Redis for the job queue and moved two million jobs a day onto Redis,"
        + " which let the team retire the old cron hosts and cut the nightly backlog from hours to minutes.";
    String c = "Onboarded St. Clair Bank onto the ledger service within six weeks of signing, writing the"
        + " reconciliation jobs and the runbook that the support team still uses for every new bank.";
    String d = "Rewrote the event consumer in Kotlin so that it handles five times the load on half the nodes,"
        + " and moved its deploys onto the shared pipeline with canaries and automatic rollbacks.";
    String text = a + " " + b + " " + c + " " + d + "\n";
    Entry e = entry(text, a + " " + b + " " + c + " " + d);
    assertThat(Whitespace.splitLength(text)).isGreaterThan(Statements.GLUED_WORDS);
    List<Bullet> statements = Statements.of(e, text);
    assertThat(statements).extracting(Bullet::text).containsExactly(a + " " + b, c, d);
    for (Bullet st : statements) {
      assertThat(text.substring(st.span().offset(), st.span().end())).isEqualTo(st.text());
    }
  }
}
