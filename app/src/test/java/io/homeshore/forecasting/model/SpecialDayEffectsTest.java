package io.homeshore.forecasting.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecialDayEffectsTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);

    /** Five weeks of hourly history, 10 contacts every hour, with day {@code special} at 2 per hour. */
    static IntervalSeries flatWithOneLowDay(int special) {
        double[] y = new double[35 * 24];
        java.util.Arrays.fill(y, 10);
        for (int h = 0; h < 24; h++) y[special * 24 + h] = 2;
        return BacktestTest.hourly(y);
    }

    @Test
    void learnsAHolidayEffectFromItsPastOccurrenceAndAppliesItToTheNextOne() {
        LocalDate holiday = MONDAY.plusDays(16);
        LocalDate next = MONDAY.plusDays(37);
        SpecialDayCalendar calendar = SpecialDayCalendar.of(List.of(SpecialDay.learned(holiday, "holiday"), SpecialDay.learned(next, "holiday")));
        SpecialDayEffects effects = new SpecialDayEffects(flatWithOneLowDay(16), calendar);

        assertThat(effects.factor(next)).isCloseTo(0.2, within(1e-12));
        assertThat(effects.cleanedVolume()[16 * 24 + 5]).isEqualTo(10);
        double[] forecast = new double[7 * 24];
        java.util.Arrays.fill(forecast, 10);
        effects.apply(forecast, MONDAY.plusDays(35));
        assertThat(forecast[2 * 24 + 3]).isCloseTo(2, within(1e-9));
        assertThat(forecast[3 * 24 + 3]).isEqualTo(10);
    }

    @Test
    void appliesThePlannersFactorToACampaignDay() {
        LocalDate sale = MONDAY.plusDays(36);
        SpecialDayCalendar calendar = SpecialDayCalendar.of(List.of(new SpecialDay(sale, "spring sale", 1.30)));

        QueueForecast f = Forecaster.standard().forecast(BacktestTest.noisyWeeks(5, 3), calendar, 7);
        QueueForecast plain = Forecaster.standard().forecast(BacktestTest.noisyWeeks(5, 3), SpecialDayCalendar.NONE, 7);

        assertThat(f.volume()[24 + 12]).isCloseTo(1.30 * plain.volume()[24 + 12], within(1e-9));
        assertThat(f.volume()[2 * 24 + 12]).isEqualTo(plain.volume()[2 * 24 + 12]);
    }

    @Test
    void warnsAboutAFutureSpecialDayWithNoKnownEffect() {
        SpecialDayCalendar calendar = SpecialDayCalendar.of(List.of(SpecialDay.learned(MONDAY.plusDays(36), "new holiday")));

        QueueForecast f = Forecaster.standard().forecast(BacktestTest.noisyWeeks(5, 3), calendar, 7);

        assertThat(f.warnings()).anyMatch(w -> w.code() == ForecastWarning.Code.UNKNOWN_EFFECT && w.args().contains("new holiday") && w.text().contains("ordinary day"));
    }
}
