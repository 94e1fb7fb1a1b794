package dev.prism.core.text;

import dev.prism.core.lexicon.Glyphs;
import dev.prism.core.lexicon.Lexicon;
import dev.prism.core.model.DateRange;
import dev.prism.core.model.Entry;
import dev.prism.core.model.Field;
import dev.prism.core.model.SectionKind;
import dev.prism.core.model.Span;
import dev.prism.core.vocab.Mention;
import dev.prism.core.vocab.Term;
import dev.prism.core.vocab.TermMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an entry written under a work heading is when it is no job. Students list their clubs,
 * volunteering, course projects and even their studies under "Experience"; read as jobs, they add
 * years of work nobody was paid for and clubs as employers. Each sign must be clear, since a job
 * read as a project leaves the work history: when in doubt an entry stays a job (the level's
 * timeline still weighs clubs and volunteering it names, and says so). The words that tell are in
 * {@code lexicon/entry-words.txt} ({@code club}, {@code volunteer}, {@code project}, {@code study},
 * {@code study-title}, {@code study-thesis}, {@code study-course}, {@code personal-project});
 * an entry none of them marks stays a job, as most entries under a work heading are.
 */
final class EntryKinds {
  private static final String FILE = "entry-words.txt";
  /** Clubs and volunteering, as the level's timeline matches them: whole words, plurals folded. */
  private static final TermMatcher ACTIVITY = activities();
  /** Time away from work written as an entry, matched as the activities are. */
  private static final TermMatcher CAREER_BREAK = new TermMatcher(
      Lexicon.list(FILE, "career-break").stream().map(w -> new Term(w, "career-break", List.of(), false)).toList());
  private static final Set<String> PROJECT = Lexicon.set(FILE, "project");
  private static final Set<String> STUDY = Lexicon.set(FILE, "study");
  private static final Set<String> STUDY_TITLE = Lexicon.set(FILE, "study-title");
  private static final Set<String> STUDY_COURSE = Lexicon.set(FILE, "study-course");
  private static final Set<String> VOLUNTEER = Lexicon.set(FILE, "volunteer");
  private static final Set<String> JOINERS = Lexicon.set(FILE, "role-joiner");
  private static final Set<String> STUDENT_JOB = Lexicon.set(FILE, "student-job");
  private static final Set<String> THESIS = Lexicon.set(FILE, "study-thesis");
  private static final Set<String> PERSONAL_PROJECT = Lexicon.set(FILE, "personal-project");
  // A title parted by one of these names more than one thing ("Engineer - Billing Project").
  private static final Pattern SEPARATOR = Pattern.compile("\\s[" + Glyphs.dashClass() + "|/]\\s|[,;:(]");

  private EntryKinds() {}

  private static TermMatcher activities() {
    List<Term> terms = new ArrayList<>();
    for (String key : List.of("club", "volunteer")) {
      Lexicon.list(FILE, key).forEach(w -> terms.add(new Term(w, key, List.of(), false)));
    }
    return new TermMatcher(terms);
  }

  /**
   * The kind of section an entry under a work heading belongs in: {@link SectionKind#EXPERIENCE}
   * for a job; {@link SectionKind#OTHER} for a time away from work ("Career break");
   * {@link SectionKind#PROJECTS} for a project, a club or volunteering (work done, not employment:
   * its bullets are still judged as work); {@link SectionKind#EDUCATION} for studies. A title that
   * is a role ("Lead Engineer on the Apollo Project", "Project Manager") is a job whatever else it
   * says, but for the word of volunteering alone ("Volunteer").
   */
  static SectionKind of(Entry e) {
    // "Projects" over a list of them under "Technical Experience": with no role, employer or
    // dates of its own, the entry is what its label names.
    if (e.title() == null && e.organization() == null && e.dates() == null && !e.lines().isEmpty()
        && Headings.kindOf(e.lines().get(0).value()).orElse(null) == SectionKind.PROJECTS) {
      return SectionKind.PROJECTS;
    }
    String[] title = words(e.title());
    boolean role = e.title() != null && Parts.isRole(e.title().value());
    if (!role && (breakFromWork(e.title()) || breakFromWork(e.organization()))) {
      return SectionKind.OTHER;
    }
    String whole = String.join(" ", title);
    // "Volunteer" and no more is the post itself, not a coordinator of volunteers; so is the word
    // alone where the employer goes, as a template sets the kind of contract there ("Développeur
    // Front ⇥ Bénévolat ⇥ CaptainFact").
    if (VOLUNTEER.contains(whole) || VOLUNTEER.contains(String.join(" ", words(e.organization())))
        || e.lines().stream().anyMatch(l -> VOLUNTEER.contains(String.join(" ", Parts.lowerWords(l.value()))))) {
      return SectionKind.PROJECTS;
    }
    // "Studied Computer Science", or the word alone where the employer goes with no title
    // ("studied ⇥ 2003 – 2005", a page's dates of its studies set apart from the school's name).
    String[] organization = words(e.organization());
    if (title.length > 0 && (!role && STUDY.contains(title[0]) || STUDY_TITLE.contains(whole) && atSchool(e))
        || title.length == 0 && organization.length > 0 && STUDY.contains(organization[0])) {
      return SectionKind.EDUCATION;
    }
    // A thesis ("Thèse de Maîtrise", read as the title or, with no title, where the employer
    // goes), unless it was written in an internship ("Tirocinio per Tesi") or at a firm, whose
    // legal form names it ("Master Thesis, Globex GmbH": often a paid post).
    boolean firm = e.organization() != null && Parts.endsInLegalForm(e.organization().value());
    if (!role && !firm && (e.title() == null || !LineShapes.namesWork(e.title().value()))
        && (Parts.hasWord(title, THESIS) || title.length == 0 && Parts.hasWord(words(e.organization()), THESIS))) {
      return SectionKind.EDUCATION;
    }
    if (!role && !firm && e.organization() != null && Parts.hasWord(e.organization().value(), Parts.SCHOOL_WORDS) && Parts.hasWord(title, STUDY_COURSE)) {
      return SectionKind.EDUCATION;
    }
    if (PERSONAL_PROJECT.contains(whole) || PERSONAL_PROJECT.contains(String.join(" ", words(e.organization())))
        || !role && endsWithProject(title, e.title())) {
      return SectionKind.PROJECTS;
    }
    // A projects heading's wording set as an entry's title, with no employer and no dates
    // ("Open Source Contributions" over the pull requests): the projects, not a post.
    if (e.organization() == null && e.dates() == null && e.title() != null
        && Headings.kindOf(e.title().value()).orElse(null) == SectionKind.PROJECTS) {
      return SectionKind.PROJECTS;
    }
    // A club's or a campus programme's role ("Student Ambassador") held at a firm, which its legal
    // form names ("Globex Systems, Inc."), is a post the firm gave.
    boolean atFirm = role && e.organization() != null && Parts.endsInLegalForm(e.organization().value());
    return (names(e.title()) || names(e.organization())) && !atFirm ? SectionKind.PROJECTS : SectionKind.EXPERIENCE;
  }

  /**
   * Whether an entry is a part of the job just before it, not a job of its own: a project written
   * as a sub-heading under the job ("Ledger v2 – Rewrite from scratch" under "Globex —
   * Backend Engineer, Jul 2022 – Present"). It gives no dates, or dates within the job's range,
   * where the job gives a range ("New checkout ⇥ 2023.04 ~ current" under "Globex ⇥ 2022.11 ~
   * Present"); neither its title nor its organisation names a role or a kind of employment, which
   * a job or a promotion would; and it names no place and no firm but the job's own employer
   * (which a banner above both gives it), which an employer's line would.
   */
  static boolean partOfJobBefore(Entry job, Entry e) {
    return job.dates() != null && !job.dates().single() && (e.dates() == null || within(e.dates(), job.dates()))
        && !namesPost(e) && (e.title() != null || e.organization() != null)
        && e.location() == null && (e.organization() == null || !namesFirm(e.organization().value())
            || job.organization() != null && job.organization().value().equals(e.organization().value()));
  }

  /** Whether {@code part}'s months all fall within {@code whole}'s. */
  private static boolean within(DateRange part, DateRange whole) {
    return part.firstMonth() >= whole.firstMonth() && part.lastMonth() <= whole.lastMonth();
  }

  /** A firm's name by its legal form or an organisation's word ("Initech Consulting GmbH", "Globex Labs"). */
  private static boolean namesFirm(String v) {
    return Parts.endsInLegalForm(v) || Parts.hasWord(v, Parts.ORG_WORDS);
  }

  /** Whether an entry's title or organisation names a role or a kind of employment. */
  static boolean namesPost(Entry e) {
    return namesPost(e.title()) || namesPost(e.organization());
  }

  private static boolean namesPost(Field f) {
    return f != null && (Parts.isRole(f.value()) || LineShapes.namesWork(f.value()));
  }

  /**
   * Whether the entry names no organisation, or a school's ("Department of Physics, State
   * University"; the school may have been read as the place).
   */
  private static boolean atSchool(Entry e) {
    return e.organization() == null || Parts.hasWord(e.organization().value(), Parts.SCHOOL_WORDS)
        || e.location() != null && Parts.hasWord(e.location().value(), Parts.SCHOOL_WORDS);
  }

  /**
   * {@link #of} for an entry under a heading that lists jobs and projects together ("Experience &
   * Projects"): there an entry whose title and employer name no role and no kind of employment,
   * and that gives no employer beside a title over a range of dates, is a project ("Ledgerly"),
   * not a job.
   */
  static SectionKind ofJobOrProject(Entry e) {
    SectionKind k = of(e);
    boolean work = e.title() != null && LineShapes.namesWork(e.title().value())
        || e.organization() != null && LineShapes.namesWork(e.organization().value())
        // "Barista | Globex | 2019 – 2021": a role and its employer over a range, whatever the word.
        || e.title() != null && e.organization() != null && e.dates() != null && !e.dates().single();
    return k == SectionKind.EXPERIENCE && !work ? SectionKind.PROJECTS : k;
  }

  /**
   * {@link #of} for an entry under a heading that lists jobs and studies together ("Experience &
   * Education"): there an entry whose title is no role and whose title or organisation names a
   * degree or a school ("Bachelor in Informatics, ZHAW") is a study.
   */
  static SectionKind ofJobOrStudy(Entry e) {
    SectionKind k = of(e);
    if (k != SectionKind.EXPERIENCE || e.title() != null && Parts.isRole(e.title().value())) {
      return k;
    }
    boolean study = e.title() != null && (Parts.hasWord(e.title().value(), Parts.DEGREE_WORDS) || Parts.hasWord(e.title().value(), Parts.SCHOOL_WORDS))
        || e.organization() != null && Parts.hasWord(e.organization().value(), Parts.SCHOOL_WORDS)
        || e.title() == null && degreeFirst(e);
    return study ? SectionKind.EDUCATION : k;
  }

  /** The most words a degree's name on an entry's first line has ("Computer Science (Informatik) M.Sc."). */
  private static final int DEGREE_LINE_WORDS = 8;

  /**
   * Whether the entry's first line, one the header labels gave no field, names a degree: "2018 –
   * 2021 ⇥ Computer Science M.Sc. ⇥ FAU" among jobs, where the school is known by its acronym
   * alone: a degree's name, its words capitalised. A study in such a list has no bullets; a job
   * does ("Globex ⇥ 2016 – 2019" over "MBA sponsorship" and what was done there), and a line of
   * words in lower case says what was done ("Master data management for the ERP rollout").
   */
  private static boolean degreeFirst(Entry e) {
    if (e.lines().isEmpty()) {
      return false;
    }
    String first = e.lines().get(0).value();
    return e.bullets().isEmpty() && Whitespace.splitLength(first) <= DEGREE_LINE_WORDS && Parts.hasWord(first, Parts.DEGREE_WORDS)
        && !Parts.isRole(first) && Parts.lowerWordsLongerThan(first, 3) == 0;
  }

  /**
   * The kind of section an entry under an education heading belongs in: a job where its title
   * names a student's job ("Werkstudent", "Software Engineering Intern") and neither the title nor
   * the organisation names a degree or a school, since people list a working student's job or an
   * internship among their studies; {@link SectionKind#EDUCATION} otherwise.
   * Other roles there are a degree's name as often ("Ingénieur informatique") or a post at the
   * school, and stay with the studies.
   */
  static SectionKind ofStudyOrJob(Entry e) {
    if (e.title() == null || e.organization() == null) {
      return SectionKind.EDUCATION;
    }
    String title = e.title().value();
    String org = e.organization().value();
    boolean study = Parts.hasWord(title, Parts.DEGREE_WORDS) || Parts.hasWord(title, Parts.SCHOOL_WORDS)
        || Parts.hasWord(org, Parts.SCHOOL_WORDS) || Parts.hasWord(org, Parts.DEGREE_WORDS)
        || e.location() != null && Parts.hasWord(e.location().value(), Parts.SCHOOL_WORDS);
    return Parts.hasWord(title, STUDENT_JOB) && !study ? SectionKind.EXPERIENCE : SectionKind.EDUCATION;
  }

  /**
   * Whether an entry read as work is plainly a job: a role ("Bus Driver") at an organisation in a
   * known place ("Globex – Red Bank, NJ") over a range of dates. A project seldom gives all four;
   * where it does, its own name stands over them (see Segmenter).
   */
  static boolean readsAsJob(Entry e) {
    return e.title() != null && Parts.isRole(e.title().value()) && e.organization() != null
        && e.location() != null && Places.isKnownPlace(e.location().value()) && e.dates() != null && !e.dates().single()
        && of(e) == SectionKind.EXPERIENCE;
  }

  /**
   * Whether a field is a time away from work and no more: its terms ("Elternzeit, arbeitssuchend")
   * with nothing but punctuation and joining words beside them. A field that only holds one
   * ("Sabbatical Labs", "Parental Leave Replacement") names a firm or a job.
   */
  private static boolean breakFromWork(Field f) {
    if (f == null) {
      return false;
    }
    List<Mention> found = CAREER_BREAK.find(f.value());
    if (found.isEmpty()) {
      return false;
    }
    StringBuilder rest = new StringBuilder(f.value());
    for (int i = found.size() - 1; i >= 0; i--) {
      Span at = found.get(i).span();
      rest.replace(at.offset(), at.end(), " ");
    }
    for (String w : Parts.lowerWords(rest.toString())) {
      String t = Parts.trimPunctuation(w);
      if (!t.isEmpty() && !JOINERS.contains(t)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a field names a club or volunteering: by a term of several words ("student society",
   * "pro bono"), or by one word ("club") where a school is named too ("Chess Club, State
   * University"). One word alone is an employer's name as often ("Club Med", "Volunteer Hub Inc").
   */
  private static boolean names(Field f) {
    if (f == null) {
      return false;
    }
    for (Mention m : ACTIVITY.find(f.value())) {
      if (m.span().of(f.value()).strip().indexOf(' ') > 0 || Parts.hasWord(f.value(), Parts.SCHOOL_WORDS)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a title is one project's name: its last word says so and nothing parts it ("Capstone
   * Project"). An employer may be named so ("The Tor Project"): only a personal project's words
   * where the employer goes make an entry a project.
   */
  private static boolean endsWithProject(String[] words, Field f) {
    return words.length > 0 && PROJECT.contains(words[words.length - 1]) && !SEPARATOR.matcher(f.value()).find();
  }

  /** The field's words as the header tests split them ({@link Parts#lowerWords}), punctuation off. */
  private static String[] words(Field f) {
    if (f == null) {
      return new String[0];
    }
    List<String> out = new ArrayList<>();
    for (String w : Parts.lowerWords(f.value())) {
      String t = Parts.trimPunctuation(w);
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out.toArray(new String[0]);
  }
}
