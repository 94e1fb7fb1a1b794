package dev.prism.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prism.core.model.Extraction;
import dev.prism.core.model.PartialDate;
import dev.prism.core.report.Report;
import dev.prism.core.report.ReportJson;
import dev.prism.core.role.Roles;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Hundreds of messy plain-text resumes, made the way real ones go wrong: pasted onto one line, no
 * headings, odd characters and glyphs, other languages, tabs and stray markup. Each gets a report.
 */
class MessyResumesTest {
  static final Prism PRISM = Prism.standard();
  static final CheckOptions OPTIONS = new CheckOptions(Roles.DEFAULT, null, new PartialDate(2026, 11));

  private static final String[] NAMES = {"Jordan Lee", "María José García", "Nguyễn Văn An", "Olamide Adeyemi", "Zoë Müller-Lüdenscheidt", "李伟", "Ahmed Al-Sayed"};
  private static final String[] HEADINGS = {"EXPERIENCE", "Berufserfahrung", "Expérience professionnelle", "Work History:", "## Experience", "EMPLOYMENT", "Опыт работы", ""};
  private static final String[] BULLETS = {
      "Built the payments API in Go, cutting p99 latency from 300 ms to 40 ms.",
      "Responsible for backend.", "Entwicklung von Microservices mit Java und Kafka", "helped w/ stuff lol",
      "Développement d'une API REST en Python pour 2 millions d'utilisateurs",
      "Migrated 9 services to Kubernetes ✓✓✓", "→→ Managed the DB (PostgreSQL 14) ←←", "Wrote unit tests.",
      "★★★ Led a team of 5 ★★★", "Reduced AWS cost by $12k/month using spot instances and Graviton",
      "", "\t\tDid code reviews\t", "Worked on *everything* (backend, frontend, devops, QA, coffee)"};
  private static final String[] GLYPHS = {"- ", "• ", "* ", "➢ ", "○ ", "1. ", "", "-- ", "· ", "> "};
  private static final String[] DATES = {"Mar 2021 – Present", "2019-2023", "03/2021 - 06/2022", "Summer 2024", "since 2020", "2018 – heute", "", "Jan '19 - Dec '20"};

  @Test
  void everyMessyResumeGetsAReport() {
    Random random = new Random(20261122);
    int reports = 0;
    for (int i = 0; i < 400; i++) {
      String text = messy(random, i);
      Report r = PRISM.check(Extraction.plain(text, "text"), OPTIONS);
      assertThat(r.score()).isBetween(0, 100);
      assertThat(ReportJson.toJson(r, false)).startsWith("{\"schema\":\"prism.report/1\"");
      reports++;
    }
    assertThat(reports).isEqualTo(400);
  }

  static String messy(Random random, int i) {
    List<String> lines = new ArrayList<>();
    lines.add(pick(random, NAMES));
    lines.add("email: " + "person" + i + "@example.com" + (random.nextBoolean() ? "  |  tel +1 (555) 010-" + (1000 + i) : ""));
    int jobs = random.nextInt(4);
    for (int j = 0; j < jobs; j++) {
      if (random.nextInt(3) > 0) {
        lines.add(pick(random, HEADINGS));
      }
      lines.add("Engineer " + pick(random, new String[] {"@ Acme", "| Globex GmbH |", ", Initech —", "at Umbrella"}) + " " + pick(random, DATES));
      int bullets = random.nextInt(6);
      for (int b = 0; b < bullets; b++) {
        lines.add(pick(random, GLYPHS) + pick(random, BULLETS));
      }
    }
    if (random.nextBoolean()) {
      lines.add("Skills: " + "Java, Go, SQL, Docker, Kubernetes, React, Vue, Sass, Kafka, Redis".substring(0, random.nextInt(60)));
    }
    String sep = switch (i % 4) {
      case 0 -> " ";          // the whole resume pasted onto one line
      case 1 -> "\r\n";
      case 2 -> "\n\n";
      default -> "\n";
    };
    String text = String.join(sep, lines);
    if (i % 7 == 0) {
      text = text.replace(' ', '\u00a0');
    }
    if (i % 11 == 0) {
      text = "\ufeff" + text + "\u0000\u0007";
    }
    return text;
  }

  private static String pick(Random r, String[] options) {
    return options[r.nextInt(options.length)];
  }
}
