package io.homeshore.forecasting.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueueForecastTest {

    static QueueForecast flat(LocalDate day, double perSlot) {
        double[] v = new double[24];
        Arrays.fill(v, perSlot);
        return new QueueForecast(new QueueSetup("q", ZoneId.of("Europe/Amsterdam"), 60), day, "m", null, v, v, v, new double[24], List.of());
    }

    @Test
    void dropsTheSkippedHourOnTheSpringForwardDay() {
        List<ForecastRow> rows = flat(LocalDate.of(2026, 3, 29), 10).rows();

        assertThat(rows).hasSize(23);
        assertThat(rows).noneMatch(r -> r.start().getHour() == 2);
    }

    @Test
    void splitsTheRepeatedHourOnTheFallBackDayOverItsTwoRealIntervals() {
        List<ForecastRow> rows = flat(LocalDate.of(2026, 10, 25), 10).rows();

        assertThat(rows).hasSize(25);
        List<ForecastRow> twoOClock = rows.stream().filter(r -> r.start().getHour() == 2).toList();
        assertThat(twoOClock).extracting(ForecastRow::volume).containsExactly(5.0, 5.0);
        assertThat(twoOClock.get(0).start().toInstant()).isBefore(twoOClock.get(1).start().toInstant());
        assertThat(rows.stream().mapToDouble(ForecastRow::volume).sum()).isEqualTo(240.0);
    }
}
