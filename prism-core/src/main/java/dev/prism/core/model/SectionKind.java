package dev.prism.core.model;

import java.util.Locale;

/** The canonical kinds of resume section. Headings of any wording map to one of these. */
public enum SectionKind {
  SUMMARY,
  EXPERIENCE,
  PROJECTS,
  SKILLS,
  EDUCATION,
  CERTIFICATIONS,
  AWARDS,
  PUBLICATIONS,
  OTHER;

  /** The lower-case id used in reports ("experience"). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Sections whose entries carry bullets that describe work done. */
  public boolean describesWork() {
    return this == EXPERIENCE || this == PROJECTS;
  }
}
