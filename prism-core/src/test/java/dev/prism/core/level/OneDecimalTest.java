package dev.prism.core.level;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prism.core.model.PartialDate;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The evidence lines write numbers without the formatter; they must read exactly as it wrote them. */
class OneDecimalTest {

  @Property(tries = 3000)
  void oneDecimalIsTheFormatter(@ForAll @DoubleRange(min = 0, max = 80) double v) {
    assertThat(Timeline.oneDecimal(v)).isEqualTo(String.format(Locale.ROOT, "%.1f", v));
  }

  @Property(tries = 500)
  void monthsOverTwelveAreTheFormatter(@ForAll @IntRange(min = 0, max = 960) int months) {
    assertThat(Timeline.oneDecimal(months / 12.0)).isEqualTo(String.format(Locale.ROOT, "%.1f", months / 12.0));
  }

  @Property(tries = 3000)
  void tenthsAreTheFormatter(@ForAll @IntRange(min = 0, max = 999_999) int tenths) {
    assertThat(Timeline.oneDecimal(tenths / 10.0)).isEqualTo(String.format(Locale.ROOT, "%.1f", tenths / 10.0));
  }

  @Property(tries = 3000)
  void roundedYearsAreTheFormatter(@ForAll @IntRange(min = 0, max = 2000) int months) {
    double years = Math.round(months / 12.0 * 10) / 10.0;
    assertThat(Timeline.oneDecimal(years)).isEqualTo(String.format(Locale.ROOT, "%.1f", years));
  }

  @Test
  void halvesRoundUpAsTheFormatterDoes() {
    for (double v : new double[] {0, 0.05, 0.15, 0.25, 1.45, 2.25, 2.35, 9.95, 10.05, 1e-9, 7.0 / 12, 31.0 / 12, 0.1 + 0.2, 99999.9}) {
      assertThat(Timeline.oneDecimal(v)).as("%s", v).isEqualTo(String.format(Locale.ROOT, "%.1f", v));
    }
  }

  @Property(tries = 500)
  void isoIsTheFormatter(@ForAll @IntRange(min = 1900, max = 2200) int year, @ForAll @IntRange(min = 1, max = 12) int month) {
    assertThat(new PartialDate(year, month).iso()).isEqualTo(String.format(Locale.ROOT, "%04d-%02d", year, month));
  }
}
