package io.homeshore.forecasting.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Reproducible synthetic contact history for benchmarks and demos: per queue a daily volume drawn between 300 and
 * 3,000, a weekly shape (Monday peak, quiet Saturday, Sunday mostly closed), yearly seasonality (±12 %), a trend of
 * +8 % a year, a persistent day-level disturbance (AR(1), φ = 0.6, σ = 6 %), a double-peaked intraday profile
 * within opening hours, Poisson arrivals per interval, public holidays at 15 % of normal and a monthly campaign day
 * at +30 %. Handle time around 300 s with an intraday swing. The same seed gives the same history.
 */
public final class SyntheticHistory {

    private static final double[] WEEKDAY = {1.25, 1.10, 1.05, 1.0, 0.95, 0.45, 0.15};

    /** The queues' series and the company calendar of holidays and campaigns they follow. */
    public record Result(List<IntervalSeries> queues, List<SpecialDay> specialDays) {}

    private SyntheticHistory() {}

    /** {@code queues} queues of {@code weeks} weeks from Monday {@code start}, in {@code zone}, on an {@code intervalMinutes} grid. */
    public static Result generate(int queues, int weeks, long seed, int intervalMinutes, ZoneId zone, LocalDate start) {
        if (start.getDayOfWeek() != DayOfWeek.MONDAY) throw new IllegalArgumentException("start must be a Monday, was " + start);
        SplittableRandom random = new SplittableRandom(seed);
        List<SpecialDay> special = calendar(start, weeks * 7, random);
        SpecialDayCalendar calendar = SpecialDayCalendar.of(special);
        List<IntervalSeries> out = new ArrayList<>();
        for (int q = 0; q < queues; q++) {
            out.add(queue(new QueueSetup(String.format("queue-%02d", q + 1), zone, intervalMinutes), start, weeks * 7, calendar, random.split()));
        }
        return new Result(out, special);
    }

    private static List<SpecialDay> calendar(LocalDate start, int days, SplittableRandom random) {
        List<SpecialDay> out = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            LocalDate date = start.plusDays(d);
            boolean holiday = (date.getMonthValue() == 1 && date.getDayOfMonth() == 1) || (date.getMonthValue() == 12 && date.getDayOfMonth() >= 25 && date.getDayOfMonth() <= 26)
                    || (date.getMonthValue() == 4 && date.getDayOfMonth() == 27) || (date.getMonthValue() == 5 && date.getDayOfMonth() == 5);
            if (holiday) out.add(SpecialDay.learned(date, "public holiday"));
            else if (date.getDayOfMonth() == 10 && date.getDayOfWeek().getValue() <= 5) out.add(SpecialDay.learned(date, "campaign"));
        }
        return out;
    }

    private static IntervalSeries queue(QueueSetup setup, LocalDate start, int days, SpecialDayCalendar calendar, SplittableRandom random) {
        int s = setup.slotsPerDay();
        double base = 300 + random.nextDouble() * 2700, peakShift = random.nextDouble() * 1.5, sundayOpen = random.nextDouble();
        double[] volume = new double[days * s], handled = new double[days * s], seconds = new double[days * s];
        double disturbance = 0;
        for (int d = 0; d < days; d++) {
            LocalDate date = start.plusDays(d);
            disturbance = 0.6 * disturbance + 0.06 * Math.sqrt(1 - 0.36) * gaussian(random);
            double effect = calendar.on(date).map(x -> x.name().equals("campaign") ? 1.3 : 0.15).orElse(1.0);
            double daily = base * WEEKDAY[date.getDayOfWeek().getValue() - 1] * (1 + 0.08 * d / 365.0)
                    * (1 + 0.12 * Math.sin(2 * Math.PI * (date.getDayOfYear() - 30) / 365.0)) * Math.exp(disturbance) * effect;
            double[] profile = profile(date.getDayOfWeek(), s, peakShift, sundayOpen);
            for (int j = 0; j < s; j++) {
                int i = d * s + j;
                volume[i] = poisson(daily * profile[j], random);
                handled[i] = Math.round(volume[i] * 0.95);
                double hour = j * 24.0 / s;
                seconds[i] = handled[i] * (300 + 40 * Math.sin(2 * Math.PI * (hour - 9) / 24)) * (1 + 0.05 * gaussian(random));
                seconds[i] = Math.max(0, seconds[i]);
            }
        }
        return new IntervalSeries(setup, start, volume, handled, seconds);
    }

    /** Shares of the day's volume per slot: two Gaussian peaks inside opening hours. */
    private static double[] profile(DayOfWeek day, int slots, double peakShift, double sundayOpen) {
        double open = day == DayOfWeek.SATURDAY ? 9 : day == DayOfWeek.SUNDAY ? 10 : 7;
        double close = day == DayOfWeek.SATURDAY ? 17 : day == DayOfWeek.SUNDAY ? (sundayOpen > 0.5 ? 16 : 10) : 21;
        double[] p = new double[slots];
        double sum = 0;
        for (int j = 0; j < slots; j++) {
            double hour = (j + 0.5) * 24.0 / slots;
            if (hour < open || hour >= close) continue;
            p[j] = Math.exp(-Math.pow((hour - 10.5 - peakShift) / 1.8, 2)) + 0.8 * Math.exp(-Math.pow((hour - 14.5 - peakShift) / 2.2, 2)) + 0.1;
            sum += p[j];
        }
        for (int j = 0; j < slots; j++) p[j] = sum > 0 ? p[j] / sum : 0;
        return p;
    }

    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    /** Knuth's multiplication method below λ = 30, the rounded normal approximation above. */
    static double poisson(double lambda, SplittableRandom random) {
        if (lambda <= 0) return 0;
        if (lambda > 30) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * gaussian(random)));
        double limit = Math.exp(-lambda), product = random.nextDouble();
        int k = 0;
        while (product > limit) {
            product *= random.nextDouble();
            k++;
        }
        return k;
    }
}
