package io.homeshore.forecasting.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ModelsTest {

    static final int SLOTS = 4;

    /** Weeks of a daily pattern {0, 10, 20, 10} times a weekday factor, times {@code growth^week}. */
    static double[] weeklySeries(int weeks, double growth) {
        double[] weekday = {1.2, 1.1, 1.0, 1.0, 0.9, 0.5, 0.3};
        double[] intraday = {0, 10, 20, 10};
        double[] y = new double[weeks * 7 * SLOTS];
        for (int t = 0; t < y.length; t++) {
            int day = t / SLOTS;
            y[t] = intraday[t % SLOTS] * weekday[day % 7] * Math.pow(growth, day / 7.0);
        }
        return y;
    }

    @Test
    void seasonalNaiveRepeatsTheLastWeekSlotBySlot() {
        double[] y = new double[14 * SLOTS];
        for (int t = 0; t < y.length; t++) y[t] = t;

        double[] f = new SeasonalNaive().forecast(y, SLOTS, 8);

        assertThat(f[0]).isEqualTo(y[7 * SLOTS]);
        assertThat(f[7 * SLOTS]).isEqualTo(y[7 * SLOTS]);
        assertThat(f[f.length - 1]).isEqualTo(y[8 * SLOTS - 1]);
    }

    @Test
    void averageProfileAveragesTheSameSlotOfTheLastFourWeeks() {
        double[] y = new double[5 * 7 * SLOTS];
        for (int week = 0; week < 5; week++) y[week * 7 * SLOTS + 2] = week;

        double[] f = new AverageProfile(4).forecast(y, SLOTS, 1);

        assertThat(f[2]).isEqualTo((1 + 2 + 3 + 4) / 4.0);
        assertThat(f[1]).isZero();
    }

    @Test
    void averageProfileUsesTheWeeksThereAreWhenFewerThanAsked() {
        double[] y = weeklySeries(2, 1.0);
        assertThat(new AverageProfile(4).forecast(y, SLOTS, 7)).containsExactly(java.util.Arrays.copyOfRange(y, 7 * SLOTS, 14 * SLOTS));
    }

    @Test
    void holtWintersReproducesAPurelySeasonalSeries() {
        double[] y = weeklySeries(6, 1.0);

        double[] f = new DoubleSeasonalHoltWinters().forecast(y, SLOTS, 7);

        for (int i = 0; i < f.length; i++) assertThat(f[i]).isCloseTo(y[i], within(0.5));
    }

    @Test
    void dailyTotalModelFollowsAGrowingLevelThatTheNaiveMisses() {
        double[] y = weeklySeries(10, 1.05);
        double[] truth = java.util.Arrays.copyOfRange(weeklySeries(14, 1.05), 10 * 7 * SLOTS, 14 * 7 * SLOTS);

        double[] daily = new DailyTotalModel().forecast(y, SLOTS, 28);
        double[] naive = new SeasonalNaive().forecast(y, SLOTS, 28);

        assertThat(Accuracy.wmape(truth, daily)).isLessThan(Accuracy.wmape(truth, naive) / 2);
    }

    @Test
    void dailyTotalModelSpreadsEachDayByItsWeekdayProfile() {
        double[] f = new DailyTotalModel().forecast(weeklySeries(4, 1.0), SLOTS, 7);

        for (int day = 0; day < 7; day++) {
            assertThat(f[day * SLOTS]).isZero();
            assertThat(f[day * SLOTS + 2]).isCloseTo(2 * f[day * SLOTS + 1], within(1e-6));
        }
    }

    @Test
    void modelsNeedEnoughHistory() {
        assertThatThrownBy(() -> new SeasonalNaive().forecast(new double[6 * SLOTS], SLOTS, 1)).hasMessageContaining("at least one week");
        assertThatThrownBy(() -> new DoubleSeasonalHoltWinters().forecast(new double[13 * SLOTS], SLOTS, 1)).hasMessageContaining("two weeks");
        assertThatThrownBy(() -> new DailyTotalModel().forecast(new double[13 * SLOTS], SLOTS, 1)).hasMessageContaining("two weeks");
    }
}
