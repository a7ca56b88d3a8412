package io.homeshore.forecasting.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IntradayProfileTest {

    static final int SLOTS = 96, WEEKS = 8;

    /** Shares of a smooth two-peak day over 96 slots (a night floor, peaks at 10:00 and 14:15). */
    static double[] smoothShape() {
        double[] p = new double[SLOTS];
        double sum = 0;
        for (int j = 0; j < SLOTS; j++) {
            double h = j / 4.0;
            p[j] = 0.05 + Math.exp(-Math.pow((h - 10) / 1.7, 2)) + 0.8 * Math.exp(-Math.pow((h - 14.25) / 2.0, 2));
            sum += p[j];
        }
        for (int j = 0; j < SLOTS; j++) p[j] /= sum;
        return p;
    }

    /** Poisson counts of {@code WEEKS} weeks; {@code mean(w, j)} gives the expected count of weekday w, slot j. */
    static double[] poissonWeeks(long seed, MeanPerSlot mean) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] y = new double[WEEKS * 7 * SLOTS];
        for (int d = 0; d < WEEKS * 7; d++) {
            for (int j = 0; j < SLOTS; j++) y[d * SLOTS + j] = SyntheticHistory.poisson(mean.of(d % 7, j), random);
        }
        return y;
    }

    interface MeanPerSlot {
        double of(int weekday, int slot);
    }

    static double absoluteError(double[] estimate, double[] truth) {
        double e = 0;
        for (int j = 0; j < truth.length; j++) e += Math.abs(estimate[j] - truth[j]);
        return e;
    }

    @Test
    void smoothedSharesRecoverASmoothShapeFromFewPoissonCountsBetterThanRawShares() {
        double[] truth = smoothShape();
        double[] dayTotal = {420, 370, 336, 326, 302, 151, 100};
        double raw = 0, smoothed = 0;
        for (long seed = 1; seed <= 5; seed++) {
            double[] y = poissonWeeks(seed, (w, j) -> dayTotal[w] * truth[j]);
            double[][] r = IntradayProfile.raw(y, SLOTS, 0, WEEKS * 7);
            double[][] s = IntradayProfile.smoothed(y, SLOTS, 0, WEEKS * 7);
            for (int w = 0; w < 7; w++) {
                raw += absoluteError(r[w], truth);
                smoothed += absoluteError(s[w], truth);
            }
        }
        assertThat(smoothed).isLessThan(0.5 * raw);
    }

    @Test
    void aWeekdayWithItsOwnShapeAndHoursKeepsThemAndGetsNothingWhileClosed() {
        double[] weekdayShape = smoothShape();
        double[] saturday = new double[SLOTS];
        for (int j = 36; j < 68; j++) saturday[j] = j < 52 ? 1.0 / 48 : 2.0 / 48;   // 09:00-17:00, busier afternoon
        double[] y = poissonWeeks(7, (w, j) -> w == 5 ? 2000 * saturday[j] : 2000 * weekdayShape[j]);

        double[][] p = IntradayProfile.smoothed(y, SLOTS, 0, WEEKS * 7);

        for (int j = 0; j < 36; j++) assertThat(p[5][j]).isZero();
        for (int j = 68; j < SLOTS; j++) assertThat(p[5][j]).isZero();
        assertThat(absoluteError(p[5], saturday)).isLessThan(0.1);
        assertThat(absoluteError(p[5], weekdayShape)).isGreaterThan(0.5);
    }

    @Test
    void aSharpWellCountedPeakIsNotSmoothedAway() {
        double[] y = new double[WEEKS * 7 * SLOTS];
        for (int d = 0; d < WEEKS * 7; d++) {
            for (int j = 0; j < SLOTS; j++) y[d * SLOTS + j] = j == 40 ? 500 : 20;
        }

        double[][] p = IntradayProfile.smoothed(y, SLOTS, 0, WEEKS * 7);

        assertThat(IntradayProfile.bestHalfWidth(y, SLOTS, 0, WEEKS * 7)).isZero();
        assertThat(p[2][40]).isCloseTo(500.0 / (500 + 95 * 20), within(1e-9));
    }
}
