package io.homeshore.forecasting.model;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns contact records or interval counts, in any order and with repeats, into one {@link IntervalSeries} per queue
 * on its wall-clock grid (see {@link IntervalSeries} for the daylight-saving rule).
 *
 * <p>Rules: records with the same queue and id (or, without ids, exact repeats) are duplicates and dropped (reported); two interval counts for the same queue
 * and interval that disagree are an error; a local day inside the span with no data at all is a gap, reported and
 * filled with the same weekday one week earlier (one week later at the very start) so that seasonal models keep
 * their phase. Volume counts offered contacts; handle time is summed over handled (not abandoned) contacts.
 */
public final class HistoryAggregator {

    private final Function<String, QueueSetup> setups;

    /** @param setups the grid of each queue; return null for a queue that is not known */
    public HistoryAggregator(Function<String, QueueSetup> setups) {
        this.setups = setups;
    }

    /** Aggregates per-contact records. Empty input is an error. */
    public History fromContacts(List<ContactRecord> records) {
        if (records.isEmpty()) throw new IllegalArgumentException("history is empty: no contact records");
        List<ForecastWarning> warnings = new ArrayList<>();
        Map<Object, ContactRecord> byIdentity = new java.util.LinkedHashMap<>();
        for (ContactRecord r : records) byIdentity.putIfAbsent(r.identity(), r);
        java.util.Collection<ContactRecord> unique = byIdentity.values();
        if (unique.size() < records.size()) warnings.add(ForecastWarning.of(ForecastWarning.Code.DUPLICATE_CONTACTS, records.size() - unique.size()));
        Map<String, List<Slotted>> byQueue = new TreeMap<>();
        for (ContactRecord r : unique) {
            QueueSetup setup = setup(r.queue());
            byQueue.computeIfAbsent(r.queue(), q -> new ArrayList<>())
                    .add(new Slotted(r.arrival().atZone(setup.zone()), 1, r.abandoned() ? 0 : 1, r.abandoned() ? 0 : r.handleSeconds()));
        }
        return build(byQueue, warnings);
    }

    /** Aggregates interval counts; a start off the queue's grid, or two different counts for one interval, is an error. */
    public History fromCounts(List<IntervalCount> counts) {
        if (counts.isEmpty()) throw new IllegalArgumentException("history is empty: no interval counts");
        List<ForecastWarning> warnings = new ArrayList<>();
        Map<String, IntervalCount> byKey = new TreeMap<>();
        int duplicates = 0;
        for (IntervalCount c : counts) {
            QueueSetup setup = setup(c.queue());
            ZonedDateTime local = c.start().atZone(setup.zone());
            if (local.getMinute() % setup.intervalMinutes() != 0 || local.getSecond() != 0 || local.getNano() != 0) {
                throw new IllegalArgumentException("interval start " + local + " of queue " + c.queue()
                        + " is not on its " + setup.intervalMinutes() + "-minute grid");
            }
            IntervalCount previous = byKey.putIfAbsent(c.queue() + "|" + c.start(), c);
            if (previous != null && !previous.equals(c)) {
                throw new IllegalArgumentException("conflicting counts for queue " + c.queue() + " interval " + local + ": "
                        + previous.contacts() + " and " + c.contacts());
            }
            if (previous != null) duplicates++;
        }
        if (duplicates > 0) warnings.add(ForecastWarning.of(ForecastWarning.Code.DUPLICATE_INTERVALS, duplicates));
        Map<String, List<Slotted>> byQueue = byKey.values().stream().collect(Collectors.groupingBy(IntervalCount::queue, TreeMap::new,
                Collectors.mapping(c -> {
                    double handled = c.ahtSeconds() > 0 ? c.contacts() : 0;
                    return new Slotted(c.start().atZone(setup(c.queue()).zone()), c.contacts(), handled, handled * c.ahtSeconds());
                }, Collectors.toList())));
        return build(byQueue, warnings);
    }

    private QueueSetup setup(String queue) {
        QueueSetup setup = setups.apply(queue);
        if (setup == null) throw new IllegalArgumentException("unknown queue '" + queue + "' in history");
        return setup;
    }

    private History build(Map<String, List<Slotted>> byQueue, List<ForecastWarning> warnings) {
        Map<String, IntervalSeries> series = new TreeMap<>();
        byQueue.forEach((queue, rows) -> series.put(queue, toSeries(setup(queue), rows, warnings)));
        return new History(series, warnings);
    }

    private static IntervalSeries toSeries(QueueSetup setup, List<Slotted> rows, List<ForecastWarning> warnings) {
        rows.sort(Comparator.comparing(Slotted::at));
        LocalDate first = rows.getFirst().at().toLocalDate();
        int days = (int) ChronoUnit.DAYS.between(first, rows.getLast().at().toLocalDate()) + 1;
        int s = setup.slotsPerDay();
        double[] volume = new double[days * s], handled = new double[days * s], seconds = new double[days * s];
        boolean[] seen = new boolean[days];
        for (Slotted r : rows) {
            int day = (int) ChronoUnit.DAYS.between(first, r.at().toLocalDate());
            int index = day * s + (r.at().getHour() * 60 + r.at().getMinute()) / setup.intervalMinutes();
            volume[index] += r.contacts();
            handled[index] += r.handled();
            seconds[index] += r.handleSeconds();
            seen[day] = true;
        }
        fillGaps(setup.queue(), first, seen, s, warnings, volume, handled, seconds);
        return new IntervalSeries(setup, first, volume, handled, seconds);
    }

    private static void fillGaps(String queue, LocalDate first, boolean[] seen, int s, List<ForecastWarning> warnings, double[]... arrays) {
        for (int day = 0; day < seen.length; day++) {
            if (seen[day]) continue;
            int end = day;
            while (end + 1 < seen.length && !seen[end + 1]) end++;
            warnings.add(ForecastWarning.of(ForecastWarning.Code.GAP, queue, first.plusDays(day) + (end > day ? ".." + first.plusDays(end) : "")));
            for (int d = day; d <= end; d++) {
                int source = d >= 7 ? d - 7 : Math.min(d + 7, seen.length - 1);
                for (double[] a : arrays) System.arraycopy(Arrays.copyOfRange(a, source * s, source * s + s), 0, a, d * s, s);
            }
            day = end;
        }
    }

    private record Slotted(ZonedDateTime at, double contacts, double handled, double handleSeconds) {}
}
