package dev.prism.core.match;

import dev.prism.core.model.Bullet;
import dev.prism.core.model.SectionKind;
import java.util.List;
import java.util.Objects;

/**
 * A resume bullet and the job's requirements it shows.
 *
 * @param entry the index of the bullet's entry within its section
 * @param meets the requirements whose terms the bullet names
 * @param relevance the sum of their weights: how much of the job this bullet proves
 */
public record BulletMatch(Bullet bullet, SectionKind section, int entry, List<Requirement> meets, int relevance) {
  public BulletMatch {
    Objects.requireNonNull(bullet, "bullet");
    Objects.requireNonNull(section, "section");
    meets = List.copyOf(meets);
  }
}
