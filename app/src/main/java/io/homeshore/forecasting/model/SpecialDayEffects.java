package io.homeshore.forecasting.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Holiday and campaign effects as multipliers on a day's volume. Learned rule: an occurrence's effect is its daily
 * total divided by the mean total of the same weekday one and two weeks before and after (ordinary days only); a
 * name's effect is the median over its occurrences in history. A planner's factor wins over a learned one.
 * Models see cleaned history (special days replaced by that neighbour mean, slot by slot), and the effect is
 * applied to future special days afterwards (the intervention approach of Box &amp; Tiao 1975, in ratio form).
 */
public final class SpecialDayEffects {

    private static final int[] NEIGHBOURS = {-7, 7, -14, 14};

    private final IntervalSeries series;
    private final SpecialDayCalendar calendar;
    private final Map<String, Double> learned = new HashMap<>();

    public SpecialDayEffects(IntervalSeries series, SpecialDayCalendar calendar) {
        this.series = series;
        this.calendar = calendar;
        Map<String, List<Double>> ratios = new HashMap<>();
        for (int d = 0; d < series.days(); d++) {
            int day = d;
            calendar.on(series.dayAt(d)).ifPresent(s -> {
                double expected = sum(neighbourMean(day));
                if (expected > 0) ratios.computeIfAbsent(s.name(), n -> new ArrayList<>()).add(series.dayTotal(day) / expected);
            });
        }
        ratios.forEach((name, r) -> learned.put(name, median(r)));
    }

    /** The multiplier for a date: planner's factor, else learned median, else 1 (unknown effect). */
    public double factor(LocalDate date) {
        return calendar.on(date).map(s -> s.factor().orElse(learned.getOrDefault(s.name(), 1.0))).orElse(1.0);
    }

    /** Special days in {@code [from, from+days)} whose effect is neither set nor learnable: reported as warnings. */
    public List<ForecastWarning> unknownEffects(LocalDate from, int days) {
        List<ForecastWarning> out = new ArrayList<>();
        for (int k = 0; k < days; k++) {
            calendar.on(from.plusDays(k)).filter(s -> s.factor().isEmpty() && !learned.containsKey(s.name()))
                    .ifPresent(s -> out.add(ForecastWarning.of(ForecastWarning.Code.UNKNOWN_EFFECT, s.name(), s.date())));
        }
        return out;
    }

    /** Volume with every special day of history replaced by the mean of its ordinary same-weekday neighbours. */
    public double[] cleanedVolume() {
        double[] y = series.volume().clone();
        int s = series.slotsPerDay();
        for (int d = 0; d < series.days(); d++) {
            if (calendar.on(series.dayAt(d)).isEmpty()) continue;
            double[] mean = neighbourMean(d);
            if (mean != null) System.arraycopy(mean, 0, y, d * s, s);
        }
        return y;
    }

    /** Scales each forecast day starting at {@code firstDay} by its factor, in place; returns the array. */
    public double[] apply(double[] forecast, LocalDate firstDay) {
        int s = series.slotsPerDay();
        for (int k = 0; k < forecast.length / s; k++) {
            double f = factor(firstDay.plusDays(k));
            if (f != 1.0) for (int j = 0; j < s; j++) forecast[k * s + j] *= f;
        }
        return forecast;
    }

    private double[] neighbourMean(int day) {
        int s = series.slotsPerDay();
        double[] mean = new double[s];
        int n = 0;
        for (int offset : NEIGHBOURS) {
            int d = day + offset;
            if (d < 0 || d >= series.days() || calendar.on(series.dayAt(d)).isPresent()) continue;
            for (int j = 0; j < s; j++) mean[j] += series.volume()[d * s + j];
            n++;
        }
        if (n == 0) return null;
        for (int j = 0; j < s; j++) mean[j] /= n;
        return mean;
    }

    private static double sum(double[] values) {
        return values == null ? 0 : Arrays.stream(values).sum();
    }

    private static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
