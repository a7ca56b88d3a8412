package io.homeshore.demo.internal;

import io.homeshore.queues.ContactQueue;
import io.homeshore.queues.ContactQueue.OpeningHours;
import io.homeshore.queues.IntervalVolume;
import io.homeshore.shared.Channel;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Contact history that looks like a real contact centre's: a morning and an early-afternoon peak, Mondays busiest
 * and weekends quiet, Poisson noise around that, log-normal handle times per channel, abandonment that rises with
 * load, holidays at a fraction of a normal day, and a campaign that lifts volume for three days. Reproducible: the
 * same seed gives the same history.
 */
final class DemoHistory {

    /** Mean contacts per day, before weekday and campaign effects, and mean handle seconds, per channel. */
    record Profile(double dailyContacts, double meanHandleSeconds) {}

    private static final double[] WEEKDAY = {1.25, 1.10, 1.00, 0.97, 0.90, 0.45, 0.30};
    private static final double HANDLE_SIGMA = 0.55;

    private final Random random;

    DemoHistory(long seed) {
        this.random = new Random(seed);
    }

    static Profile profile(Channel channel, double scale) {
        return switch (channel) {
            case VOICE -> new Profile(900 * scale, 330);
            case CHAT -> new Profile(650 * scale, 480);
            case EMAIL -> new Profile(420 * scale, 540);
        };
    }

    /** 15-minute intervals from {@code from} (inclusive) to {@code to} (exclusive) in the queue's zone, open hours only. */
    List<IntervalVolume> generate(ContactQueue queue, Profile profile, LocalDate from, LocalDate to, Set<LocalDate> campaign) {
        ZoneId zone = ZoneId.of(queue.timeZone());
        Set<LocalDate> holidays = new java.util.HashSet<>();
        queue.holidays().forEach(h -> holidays.add(h.date()));
        var out = new ArrayList<IntervalVolume>();
        for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
            OpeningHours hours = hoursOn(queue, day.getDayOfWeek());
            if (hours == null) continue;
            double dayTotal = profile.dailyContacts() * WEEKDAY[day.getDayOfWeek().getValue() - 1]
                    * (holidays.contains(day) ? 0.15 : 1.0) * (campaign.contains(day) ? 1.35 : 1.0);
            var slots = slots(hours);
            double shapeSum = slots.stream().mapToDouble(DemoHistory::shape).sum();
            for (LocalTime slot : slots) {
                double expected = dayTotal * shape(slot) / shapeSum;
                int offered = poisson(expected);
                int abandoned = queue.channel() == Channel.EMAIL ? 0 : binomial(offered, Math.min(0.25, 0.02 + expected / 900));
                int answered = offered - abandoned;
                long handle = 0;
                for (int i = 0; i < answered; i++) handle += handleSeconds(profile.meanHandleSeconds());
                var start = ZonedDateTime.of(day, slot, zone).toInstant();
                // the hour skipped when clocks go forward does not exist; ZonedDateTime moves it and we would count it twice
                if (!ZonedDateTime.ofInstant(start, zone).toLocalTime().equals(slot)) continue;
                out.add(new IntervalVolume(start, offered, answered, abandoned, handle));
            }
        }
        return out;
    }

    private static OpeningHours hoursOn(ContactQueue queue, DayOfWeek day) {
        return queue.openingHours().stream().filter(h -> h.day() == day).findFirst().orElse(null);
    }

    private static List<LocalTime> slots(OpeningHours hours) {
        var slots = new ArrayList<LocalTime>();
        LocalTime t = hours.opens();
        do {
            slots.add(t);
            t = t.plusMinutes(15);
        } while (!t.equals(LocalTime.MIDNIGHT) && (hours.closes().equals(LocalTime.MIDNIGHT) || t.isBefore(hours.closes())));
        return slots;
    }

    /** Relative intraday load: peaks around 10:00 and 14:15, a low floor through the night. */
    private static double shape(LocalTime t) {
        double h = t.getHour() + t.getMinute() / 60.0 + 7.5 / 60;
        return 0.05 + Math.exp(-Math.pow((h - 10) / 1.7, 2)) + 0.8 * Math.exp(-Math.pow((h - 14.25) / 2.0, 2))
                + 0.25 * Math.exp(-Math.pow((h - 19) / 1.5, 2));
    }

    /** Knuth's multiplication method for small means, a rounded normal approximation above 50. */
    private int poisson(double mean) {
        if (mean <= 0) return 0;
        if (mean > 50) return Math.max(0, (int) Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        double limit = Math.exp(-mean);
        double p = 1;
        int k = 0;
        do {
            k++;
            p *= random.nextDouble();
        } while (p > limit);
        return k - 1;
    }

    private int binomial(int n, double p) {
        int k = 0;
        for (int i = 0; i < n; i++) if (random.nextDouble() < p) k++;
        return k;
    }

    /** Log-normal with the given mean: exp(mu + sigma·Z) with mu = ln(mean) − sigma²/2. */
    private long handleSeconds(double mean) {
        double mu = Math.log(mean) - HANDLE_SIGMA * HANDLE_SIGMA / 2;
        return Math.max(20, Math.round(Math.exp(mu + HANDLE_SIGMA * random.nextGaussian())));
    }
}
