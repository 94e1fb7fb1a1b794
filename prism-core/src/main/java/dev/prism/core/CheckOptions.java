package dev.prism.core;

import dev.prism.core.model.PartialDate;
import dev.prism.core.role.Level;
import dev.prism.core.role.Roles;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a check is asked: the role, the level aimed at (null for none), and the month "Present"
 * means. The month is an input rather than read from a clock inside the engine, so the same input
 * and options always give the same bytes.
 */
public record CheckOptions(String role, Level target, PartialDate today) {
  public CheckOptions {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(today, "today");
  }

  public static CheckOptions defaults() {
    return new CheckOptions(Roles.DEFAULT, null, thisMonth(Clock.systemUTC()));
  }

  public CheckOptions withRole(String r) {
    return new CheckOptions(r, target, today);
  }

  public CheckOptions withTarget(Level l) {
    return new CheckOptions(role, l, today);
  }

  public static PartialDate thisMonth(Clock clock) {
    LocalDate d = LocalDate.now(clock);
    return new PartialDate(d.getYear(), d.getMonthValue());
  }
}
