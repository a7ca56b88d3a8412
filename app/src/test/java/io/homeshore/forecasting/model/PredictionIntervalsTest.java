package io.homeshore.forecasting.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PredictionIntervalsTest {

    /** 100 open slots forecast at 100 whose actuals run 80..119 evenly, so z runs -2..1.9 in steps of 0.1. */
    static List<Residual> openSlots() {
        List<Residual> r = new ArrayList<>();
        for (int i = 0; i < 100; i++) r.add(new Residual(1, 100, 80 + (i % 40)));
        return r;
    }

    @Test
    void bandsAreEmpiricalQuantilesOfStandardisedErrorsScaledBySquareRootOfTheForecast() {
        double[][] band = new PredictionIntervals(openSlots(), 0.8).band(new double[] {400}, 1);

        double[] z = openSlots().stream().mapToDouble(x -> (x.actual() - 100) / 10.0).sorted().toArray();
        assertThat(band[0][0]).isCloseTo(400 + PredictionIntervals.quantile(z, 0.1) * 20, within(1e-9));
        assertThat(band[1][0]).isCloseTo(400 + PredictionIntervals.quantile(z, 0.9) * 20, within(1e-9));
    }

    @Test
    void closedIntervalsDoNotNarrowTheBandOfOpenOnes() {
        List<Residual> withNights = new ArrayList<>(openSlots());
        for (int i = 0; i < 500; i++) withNights.add(new Residual(1, 0, 0));

        double[][] plain = new PredictionIntervals(openSlots(), 0.8).band(new double[] {100}, 1);
        double[][] nights = new PredictionIntervals(withNights, 0.8).band(new double[] {100}, 1);

        assertThat(nights[0][0]).isEqualTo(plain[0][0]);
        assertThat(nights[1][0]).isEqualTo(plain[1][0]);
    }

    @Test
    void fallsBackToThePoissonApproximationWithoutEnoughErrors() {
        PredictionIntervals intervals = new PredictionIntervals(List.of(new Residual(1, 10, 12)), 0.8);

        double[][] band = intervals.band(new double[] {100}, 1);

        assertThat(intervals.empirical()).isFalse();
        assertThat(band[0][0]).isCloseTo(100 - 1.2816 * 10, within(1e-3));
        assertThat(band[1][0]).isCloseTo(100 + 1.2816 * 10, within(1e-3));
    }

    @Test
    void aClosedSlotGetsAnEmptyBand() {
        double[][] band = new PredictionIntervals(openSlots(), 0.8).band(new double[] {0, 100}, 1);

        assertThat(band[0][0]).isZero();
        assertThat(band[1][0]).isZero();
        assertThat(band[1][1]).isGreaterThan(100);
    }
}
