package dev.prism.core.bullet;

import java.util.Locale;

/** How a bullet reads to a hiring team. */
public enum BulletLabel {
  WEAK,
  FAIR,
  STRONG;

  /** Strength at and above which a bullet is strong. */
  public static final int STRONG_FROM = 60;
  /** Strength below which a bullet is weak. */
  public static final int WEAK_BELOW = 40;

  public static BulletLabel of(int strength) {
    return strength >= STRONG_FROM ? STRONG : strength < WEAK_BELOW ? WEAK : FAIR;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
