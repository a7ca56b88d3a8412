package io.homeshore.forecasting.internal;

import io.homeshore.forecasting.HistoryFileRefused;
import io.homeshore.forecasting.HistoryImported;
import io.homeshore.forecasting.model.ContactRecord;
import io.homeshore.forecasting.model.HistoryCsv;
import io.homeshore.forecasting.model.HistoryCsvException;
import io.homeshore.forecasting.model.HistoryProblem;
import io.homeshore.forecasting.model.IntervalCount;
import io.homeshore.platform.AuditLog;
import io.homeshore.platform.InvalidInputException;
import io.homeshore.platform.InvalidInputException.FieldError;
import io.homeshore.queues.ContactQueue;
import io.homeshore.queues.IntervalVolume;
import io.homeshore.queues.Queues;
import java.io.Reader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * A queue's contact history in and out as the history CSV (docs/cli.md, "History CSV"): import all or nothing into
 * 15-minute intervals, reporting duplicates and the open days without data; export in the per-interval form.
 */
@Component
public class HistoryFiles {

    private final Queues queues;
    private final AuditLog audit;

    HistoryFiles(Queues queues, AuditLog audit) {
        this.queues = queues;
        this.audit = audit;
    }

    /**
     * Reads the whole file first; any problem refuses it as a whole. Per-contact rows give offered, answered,
     * abandoned and handle time (a repeated contact_id counts once); per-interval rows count every contact as
     * answered (an identical repeated row counts once, two different counts for one interval are a problem).
     */
    public HistoryImported importCsv(ContactQueue queue, Reader csv) {
        ZoneId zone = ZoneId.of(queue.timeZone());
        HistoryCsv.Rows rows;
        try {
            rows = HistoryCsv.read(csv, zone);
        } catch (HistoryCsvException e) {
            throw new HistoryFileRefused(e.problems());
        }
        var tally = new Tally();
        rows.contacts().stream().filter(c -> c.queue().equals(queue.name())).forEach(tally::add);
        rows.counts().stream().filter(c -> c.queue().equals(queue.name())).forEach(tally::add);
        if (!tally.conflicts.isEmpty()) throw new HistoryFileRefused(tally.conflicts);
        if (tally.byStart.isEmpty()) {
            throw new InvalidInputException(FieldError.coded("file", "error.forecast.noRows", "no rows for queue " + queue.name(), queue.name()));
        }
        var volumes = tally.byStart.entrySet().stream()
                .map(e -> new IntervalVolume(e.getKey(), (int) e.getValue()[0], (int) e.getValue()[1], (int) e.getValue()[2], e.getValue()[3])).toList();
        queues.recordHistory(queue.id(), volumes);
        audit.record("history.imported", "queue " + queue.name(), volumes.size() + " intervals");
        Set<LocalDate> days = tally.byStart.keySet().stream().map(t -> t.atZone(zone).toLocalDate()).collect(Collectors.toCollection(TreeSet::new));
        int all = rows.contacts().size() + rows.counts().size();
        return new HistoryImported(queue.id(), queue.name(), tally.rows, volumes.size(), ((TreeSet<LocalDate>) days).first(),
                ((TreeSet<LocalDate>) days).last(), days.size(), tally.duplicates, all - tally.rows - tally.duplicates, openDaysWithout(queue, days));
    }

    /** Days between the first and last imported day on which the queue is open (opening hours, no holiday) but the file has nothing. */
    private static List<LocalDate> openDaysWithout(ContactQueue queue, Set<LocalDate> days) {
        var open = queue.openingHours().stream().map(ContactQueue.OpeningHours::day).collect(Collectors.toSet());
        var holidays = queue.holidays().stream().map(ContactQueue.Holiday::date).collect(Collectors.toSet());
        TreeSet<LocalDate> sorted = new TreeSet<>(days);
        return sorted.first().datesUntil(sorted.last()).filter(d -> !days.contains(d) && open.contains(d.getDayOfWeek()) && !holidays.contains(d)).toList();
    }

    /** The queue's history in {@code [from, to)} (local dates) as a per-interval history CSV with UTC offsets. */
    public String exportCsv(ContactQueue queue, LocalDate from, LocalDate to) {
        ZoneId zone = ZoneId.of(queue.timeZone());
        var out = new StringBuilder("queue,interval_start,contacts,aht_seconds\n");
        for (IntervalVolume v : queues.history(queue.id(), from.atStartOfDay(zone).toInstant(), to.atStartOfDay(zone).toInstant())) {
            out.append(queue.name()).append(',').append(v.start().atZone(zone).toOffsetDateTime()).append(',').append(v.offered()).append(',')
                    .append(String.format(Locale.ROOT, "%.1f", v.averageHandleSeconds())).append('\n');
        }
        return out.toString();
    }

    /** Per 15-minute start: offered, answered, abandoned, handle seconds; with the duplicates and conflicts seen. */
    private static final class Tally {
        final Map<Instant, long[]> byStart = new TreeMap<>();
        final Set<Object> contacts = new HashSet<>();
        final Map<Instant, IntervalCount> counts = new HashMap<>();
        final List<HistoryProblem> conflicts = new java.util.ArrayList<>();
        int rows;
        int duplicates;

        void add(ContactRecord c) {
            if (!contacts.add(c.identity())) { duplicates++; return; }
            rows++;
            long[] v = byStart.computeIfAbsent(quarter(c.arrival()), k -> new long[4]);
            v[0]++;
            if (c.abandoned()) v[2]++;
            else { v[1]++; v[3] += Math.round(c.handleSeconds()); }
        }

        void add(IntervalCount c) {
            IntervalCount previous = counts.putIfAbsent(c.start(), c);
            if (previous != null) {
                if (previous.equals(c)) duplicates++;
                else conflicts.add(new HistoryProblem(0, 0, null, HistoryProblem.Code.CONFLICT,
                        List.of(c.start().toString(), fmt(previous.contacts()), fmt(c.contacts()))));
                return;
            }
            rows++;
            long[] v = byStart.computeIfAbsent(quarter(c.start()), k -> new long[4]);
            long n = Math.round(c.contacts());
            v[0] += n;
            v[1] += n;
            v[3] += Math.round(n * c.ahtSeconds());
        }

        private static String fmt(double x) {
            return x == Math.rint(x) ? String.valueOf((long) x) : String.valueOf(x);
        }

        private static Instant quarter(Instant t) {
            return Instant.ofEpochSecond(Math.floorDiv(t.getEpochSecond(), 900) * 900);
        }
    }
}
