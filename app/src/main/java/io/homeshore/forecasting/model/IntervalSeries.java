package io.homeshore.forecasting.model;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * One queue's history on its wall-clock grid: whole local days from {@code firstDay}, {@code slotsPerDay} slots each.
 *
 * <p><b>Indexing across daylight-saving changes.</b> Index {@code day * slotsPerDay + slot} is the wall-clock slot
 * starting at {@code slot * interval} minutes after local midnight of {@code firstDay + day}. Every day has the same
 * number of slots, so the intraday and weekly periods stay fixed (as in Taylor 2003). On a 23-hour day the skipped
 * wall-clock slots hold zero (nothing can arrive in them); on a 25-hour day both passes through the repeated hour
 * land in the same slot (their contacts are summed). Forecasts map back to real instants the other way round:
 * skipped slots are dropped and a repeated slot is split evenly over its two real intervals ({@link QueueForecast#rows()}).
 *
 * @param setup          the queue's zone and interval
 * @param firstDay       local date of index 0
 * @param volume         offered contacts per slot
 * @param handled        handled (not abandoned) contacts per slot
 * @param handleSeconds  total handle seconds of the handled contacts per slot
 */
public record IntervalSeries(QueueSetup setup, LocalDate firstDay, double[] volume, double[] handled, double[] handleSeconds) {

    public IntervalSeries {
        Objects.requireNonNull(setup, "setup");
        Objects.requireNonNull(firstDay, "firstDay");
        if (volume.length % setup.slotsPerDay() != 0 || handled.length != volume.length || handleSeconds.length != volume.length) {
            throw new IllegalArgumentException("series must hold whole days of equal length arrays");
        }
    }

    public int slotsPerDay() {
        return setup.slotsPerDay();
    }

    public int days() {
        return volume.length / slotsPerDay();
    }

    public LocalDate dayAt(int day) {
        return firstDay.plusDays(day);
    }

    /** Local date after the last day of history: the first forecast day. */
    public LocalDate endDay() {
        return firstDay.plusDays(days());
    }

    /** The days {@code [fromDay, toDay)} as a new series (a training window or a test window of a backtest fold). */
    public IntervalSeries days(int fromDay, int toDay) {
        int s = slotsPerDay();
        return new IntervalSeries(setup, firstDay.plusDays(fromDay), Arrays.copyOfRange(volume, fromDay * s, toDay * s),
                Arrays.copyOfRange(handled, fromDay * s, toDay * s), Arrays.copyOfRange(handleSeconds, fromDay * s, toDay * s));
    }

    public double dayTotal(int day) {
        double sum = 0;
        for (int i = day * slotsPerDay(), end = i + slotsPerDay(); i < end; i++) sum += volume[i];
        return sum;
    }
}
