package io.homeshore.forecasting;

import io.homeshore.forecasting.ForecastVersion.Interval;
import io.homeshore.forecasting.ForecastVersion.Override;
import io.homeshore.forecasting.ForecastVersion.Score;
import io.homeshore.forecasting.internal.ForecastStore;
import io.homeshore.forecasting.model.BacktestResult;
import io.homeshore.forecasting.model.Forecaster;
import io.homeshore.forecasting.model.HistoryAggregator;
import io.homeshore.forecasting.model.IntervalCount;
import io.homeshore.forecasting.model.IntervalSeries;
import io.homeshore.forecasting.model.ModelScore;
import io.homeshore.forecasting.model.QueueForecast;
import io.homeshore.forecasting.model.QueueSetup;
import io.homeshore.forecasting.model.SpecialDay;
import io.homeshore.forecasting.model.SpecialDayCalendar;
import io.homeshore.platform.Accounts;
import io.homeshore.platform.AuditLog;
import io.homeshore.platform.ConflictException;
import io.homeshore.platform.InvalidInputException;
import io.homeshore.platform.InvalidInputException.FieldError;
import io.homeshore.platform.NotFoundException;
import io.homeshore.queues.ContactQueue;
import io.homeshore.queues.IntervalVolume;
import io.homeshore.queues.Queues;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forecasts per queue: run the backtested models on the queue's contact history, adjust days with a reason, and
 * publish — which keeps the version for good and raises {@link ForecastPublished} for staffing. Planners and admins.
 */
@Service
@Transactional
public class Forecasts {

    /** History used for a run: up to a year before the last complete day. */
    static final int HISTORY_DAYS = 364;

    private final ForecastStore store;
    private final Queues queues;
    private final Accounts accounts;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Forecasts(ForecastStore store, Queues queues, Accounts accounts, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.queues = queues;
        this.accounts = accounts;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Backtests every model on the queue's history, forecasts with the best, and keeps the result as a draft version. */
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    public ForecastVersion run(long queueId, int horizonDays) {
        if (horizonDays < 1 || horizonDays > 91) throw new InvalidInputException(FieldError.coded("horizonDays", "error.forecast.horizon", "must be 1 to 91 days"));
        ContactQueue queue = queues.get(queueId);
        ZoneId zone = ZoneId.of(queue.timeZone());
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Instant from = today.minusDays(HISTORY_DAYS).atStartOfDay(zone).toInstant();
        Instant to = today.atStartOfDay(zone).toInstant();
        List<IntervalVolume> history = queues.history(queueId, from, to);
        if (history.isEmpty()) {
            throw new InvalidInputException(FieldError.coded("queueId", "error.forecast.noHistory", "the queue has no contact history to forecast from", queue.name()));
        }
        QueueForecast forecast = forecast(queue, history, horizonDays);
        return store.find(store.insert(draft(queueId, forecast, horizonDays), intervals(forecast))).orElseThrow();
    }

    private static QueueForecast forecast(ContactQueue queue, List<IntervalVolume> history, int horizonDays) {
        var setup = new QueueSetup(queue.name(), ZoneId.of(queue.timeZone()), 15);
        var counts = history.stream().map(v -> new IntervalCount(v.start(), queue.name(), v.offered(), v.averageHandleSeconds())).toList();
        IntervalSeries series = new HistoryAggregator(name -> setup).fromCounts(counts).queue(queue.name());
        var calendar = SpecialDayCalendar.of(queue.holidays().stream().map(h -> SpecialDay.learned(h.date(), h.name())).toList());
        try {
            return Forecaster.standard().forecast(series, calendar, horizonDays);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(new FieldError("queueId", e.getMessage()));
        }
    }

    private ForecastVersion draft(long queueId, QueueForecast f, int horizonDays) {
        BacktestResult b = f.backtest();
        List<Score> scores = b == null ? List.of() : b.scores().stream().map(Forecasts::score).toList();
        ModelScore chosen = b == null ? null : b.scores().stream().filter(s -> s.model().equals(f.model())).findFirst().orElse(null);
        return new ForecastVersion(0, queueId, clock.instant(), accounts.require().username(), f.model(), horizonDays, f.setup().intervalMinutes(),
                f.firstDay(), chosen == null ? null : chosen.mase(), chosen == null ? null : chosen.wmape(), f.warnings(), null, null, scores, List.of());
    }

    private static Score score(ModelScore s) {
        return new Score(s.model(), s.mase(), s.wmape(), s.folds());
    }

    private static List<Interval> intervals(QueueForecast f) {
        var out = new ArrayList<Interval>();
        f.rows().forEach(r -> out.add(new Interval(r.start().toInstant(), r.volume(), r.lower(), r.upper(), r.ahtSeconds())));
        return out;
    }

    /** Multiplies one day's forecast by {@code factor} (e.g. 1.3 for a sale), with a reason; drafts only. */
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    public ForecastVersion override(long versionId, LocalDate day, double factor, String reason) {
        ForecastVersion v = version(versionId);
        if (v.published()) throw new ConflictException("versionId", "a published forecast cannot change; run a new one", "error.forecast.published");
        var errors = new ArrayList<FieldError>();
        if (!(factor >= 0 && factor <= 10)) errors.add(FieldError.coded("factor", "error.forecast.factor", "must be between 0 and 10"));
        if (reason == null || reason.isBlank()) errors.add(FieldError.coded("reason", "error.required", "is required"));
        if (day == null || day.isBefore(v.firstDay()) || !day.isBefore(v.firstDay().plusDays(v.horizonDays()))) {
            errors.add(FieldError.coded("day", "error.forecast.day", "must be within the forecast", v.firstDay(), v.firstDay().plusDays(v.horizonDays() - 1)));
        }
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
        ZoneId zone = ZoneId.of(queues.get(v.queueId()).timeZone());
        store.scale(versionId, day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant(), factor);
        store.addOverride(versionId, new Override(day, factor, reason.strip(), accounts.require().username(), clock.instant()));
        audit.record("forecast.override", "forecast " + versionId, day + " ×" + factor + ": " + reason);
        return version(versionId);
    }

    /** Publishes a draft: it becomes the queue's forecast and staffing computes requirements from it. */
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    public ForecastVersion publish(long versionId) {
        ForecastVersion v = version(versionId);
        if (v.published()) throw new ConflictException("versionId", "this forecast is already published", "error.forecast.published");
        store.publish(versionId, accounts.require().username(), clock.instant());
        List<Interval> intervals = store.intervals(versionId);
        audit.record("forecast.published", "forecast " + versionId, "queue " + v.queueId() + ", model " + v.model());
        events.publishEvent(new ForecastPublished(versionId, v.queueId(), intervals.getFirst().start(), intervals.getLast().start().plusSeconds(60L * v.intervalMinutes())));
        return version(versionId);
    }

    /** What an imported history file added: 15-minute intervals stored, and rows outside this queue ignored. */
    public record Imported(int intervals, int otherQueueRows) {}

    /**
     * Imports a queue's contact history from a history CSV (per contact or per interval, docs/cli.md "History CSV"):
     * all or nothing, local times read in the queue's zone, rows of other queues ignored. Per-contact rows give
     * offered, answered, abandoned and handle time; per-interval rows count every contact as answered.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    public Imported importHistory(long queueId, java.io.Reader csv) {
        ContactQueue queue = queues.get(queueId);
        io.homeshore.forecasting.model.HistoryCsv.Rows rows;
        try {
            rows = io.homeshore.forecasting.model.HistoryCsv.read(csv, ZoneId.of(queue.timeZone()));
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            int colon = message.indexOf(": ");
            throw new InvalidInputException(new FieldError(colon > 0 && message.startsWith("line") ? message.substring(0, colon) : "file",
                    colon > 0 && message.startsWith("line") ? message.substring(colon + 2) : message));
        }
        var byStart = new java.util.TreeMap<Instant, long[]>();
        int other = 0;
        for (var c : rows.contacts()) {
            if (!c.queue().equals(queue.name())) { other++; continue; }
            long[] v = byStart.computeIfAbsent(quarter(c.arrival()), k -> new long[4]);
            v[0]++;
            if (c.abandoned()) v[2]++;
            else { v[1]++; v[3] += Math.round(c.handleSeconds()); }
        }
        for (var c : rows.counts()) {
            if (!c.queue().equals(queue.name())) { other++; continue; }
            long[] v = byStart.computeIfAbsent(quarter(c.start()), k -> new long[4]);
            long n = Math.round(c.contacts());
            v[0] += n;
            v[1] += n;
            v[3] += Math.round(n * c.ahtSeconds());
        }
        if (byStart.isEmpty()) {
            throw new InvalidInputException(FieldError.coded("file", "error.forecast.noRows", "no rows for queue " + queue.name(), queue.name()));
        }
        var volumes = byStart.entrySet().stream()
                .map(e -> new IntervalVolume(e.getKey(), (int) e.getValue()[0], (int) e.getValue()[1], (int) e.getValue()[2], e.getValue()[3])).toList();
        queues.recordHistory(queueId, volumes);
        audit.record("history.imported", "queue " + queue.name(), volumes.size() + " intervals");
        return new Imported(volumes.size(), other);
    }

    private static Instant quarter(Instant t) {
        return Instant.ofEpochSecond(Math.floorDiv(t.getEpochSecond(), 900) * 900);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    @Transactional(readOnly = true)
    public ForecastVersion version(long versionId) {
        return store.find(versionId).orElseThrow(() -> new NotFoundException("forecast", versionId));
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    @Transactional(readOnly = true)
    public List<ForecastVersion> versions(long queueId) {
        queues.get(queueId);
        return store.ofQueue(queueId);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    @Transactional(readOnly = true)
    public List<Interval> intervals(long versionId) {
        version(versionId);
        return store.intervals(versionId);
    }
}
