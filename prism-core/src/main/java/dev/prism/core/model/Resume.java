package dev.prism.core.model;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** The structured resume every reader's text is segmented into. */
public record Resume(Contact contact, List<Section> sections) {
  public Resume {
    Objects.requireNonNull(contact, "contact");
    sections = List.copyOf(sections);
  }

  public Stream<Section> sections(SectionKind kind) {
    return sections.stream().filter(s -> s.kind() == kind);
  }

  public boolean has(SectionKind kind) {
    return sections(kind).findAny().isPresent();
  }

  /** Every listed skill, across all skills sections. */
  public List<Field> listedSkills() {
    return sections(SectionKind.SKILLS)
        .flatMap(s -> s.skills().stream())
        .flatMap(g -> g.skills().stream())
        .toList();
  }
}
