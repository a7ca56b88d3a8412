package io.homeshore.forecasting.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ForecasterTest {

    @Test
    void fallsBackToTheSeasonalNaiveWithAWarningUnderTwoWeeks() {
        QueueForecast f = Forecaster.standard().forecast(BacktestTest.noisyWeeks(1, 5), SpecialDayCalendar.NONE, 7);

        assertThat(f.model()).isEqualTo("seasonal-naive");
        assertThat(f.backtest()).isNull();
        assertThat(f.warnings()).anyMatch(w -> w.code() == ForecastWarning.Code.SHORT_HISTORY && w.text().contains("under two weeks"));
        assertThat(f.warnings()).anyMatch(w -> w.code() == ForecastWarning.Code.POISSON_BAND);
    }

    @Test
    void refusesHistoryShorterThanAWeek() {
        IntervalSeries sixDays = BacktestTest.noisyWeeks(1, 5).days(0, 6);
        assertThatThrownBy(() -> Forecaster.standard().forecast(sixDays, SpecialDayCalendar.NONE, 7))
                .hasMessageContaining("history has 6 days");
    }

    @Test
    void choosesByBacktestAndBandsTheForecastWithItsErrors() {
        QueueForecast f = Forecaster.standard().forecast(BacktestTest.noisyWeeks(12, 9), SpecialDayCalendar.NONE, 14);

        assertThat(f.backtest().best()).isEqualTo(f.model());
        assertThat(f.volume()).hasSize(14 * 24);
        for (int i = 0; i < f.volume().length; i++) {
            assertThat(f.lower()[i]).isLessThanOrEqualTo(f.volume()[i]).isGreaterThanOrEqualTo(0);
            assertThat(f.upper()[i]).isGreaterThanOrEqualTo(f.volume()[i]);
        }
        assertThat(f.upper()[12] - f.lower()[12]).isPositive();
        assertThat(f.warnings()).noneMatch(w -> w.code() == ForecastWarning.Code.POISSON_BAND);
    }

    @Test
    void forecastsHandleTimeFromTheSameWeekdayAndSlot() {
        IntervalSeries s = BacktestTest.noisyWeeks(3, 2);
        for (int i = 0; i < s.volume().length; i++) {
            s.handled()[i] = s.volume()[i];
            s.handleSeconds()[i] = s.volume()[i] * (i % 24 < 12 ? 200 : 400);
        }

        double[] aht = HandleTimeModel.forecast(s, 1);

        assertThat(aht[10]).isEqualTo(200);
        assertThat(aht[15]).isEqualTo(400);
    }
}
