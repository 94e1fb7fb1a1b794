package dev.prism.core.level;

/**
 * What kind of position an experience entry is. Only full-time, freelance or contract and founder
 * work count as professional years: the rest is training, study or service, and a hiring manager
 * reads it as such whatever its dates say.
 */
public enum PositionKind {
  FULL_TIME("full-time", "full-time", true),
  PART_TIME("part-time", "part-time", false),
  INTERNSHIP("internship", "internship or co-op", false),
  ASSISTANTSHIP("assistantship", "research or teaching assistantship", false),
  FREELANCE("freelance", "freelance or contract", true),
  FOUNDER("founder", "founder", true),
  VOLUNTEER("volunteer", "volunteer", false),
  CLUB("club", "student club or society", false),
  EDUCATION("education", "education", false);

  private final String id;
  private final String label;
  private final boolean counts;

  PositionKind(String id, String label, boolean counts) {
    this.id = id;
    this.label = label;
    this.counts = counts;
  }

  /** The id in reports and in {@code level/timeline.txt}. */
  public String id() {
    return id;
  }

  /** How people call it. */
  public String label() {
    return label;
  }

  /** Whether its months count as professional years. */
  public boolean counts() {
    return counts;
  }
}
