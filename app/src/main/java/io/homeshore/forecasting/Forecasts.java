package io.homeshore.forecasting;

import io.homeshore.forecasting.ForecastVersion.Interval;
import io.homeshore.forecasting.ForecastVersion.Override;
import io.homeshore.forecasting.ForecastVersion.Score;
import io.homeshore.forecasting.internal.ForecastStore;
import io.homeshore.forecasting.internal.HistoryFiles;
import io.homeshore.forecasting.internal.WarningTexts;
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
    private final HistoryFiles files;
    private final WarningTexts texts;
    private final Queues queues;
    private final Accounts accounts;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Forecasts(ForecastStore store, HistoryFiles files, WarningTexts texts, Queues queues, Accounts accounts, AuditLog audit,
              ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.files = files;
        this.texts = texts;
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
        return version(store.insert(draft(queueId, forecast, horizonDays), intervals(forecast)));
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
                f.firstDay(), chosen == null ? null : chosen.mase(), chosen == null ? null : chosen.wmape(), WarningTexts.of(f.warnings()), null, null, scores, List.of());
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

    /**
     * Imports a queue's contact history from a history CSV (per contact or per interval, docs/cli.md "History CSV"):
     * all or nothing, local times read in the queue's zone, rows of other queues ignored.
     *
     * @throws HistoryFileRefused every problem of the file, by line and column; nothing is imported
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    public HistoryImported importHistory(long queueId, java.io.Reader csv) {
        return files.importCsv(queues.get(queueId), csv);
    }

    /** The queue's history from {@code from} to {@code to} (local dates, end exclusive) as a per-interval history CSV. */
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    @Transactional(readOnly = true)
    public String exportHistory(long queueId, LocalDate from, LocalDate to) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidInputException(FieldError.coded("to", "error.forecast.historyRange", "must be after from", from));
        }
        ContactQueue queue = queues.get(queueId);
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(queue.timeZone())));
        return files.exportCsv(queue, from == null ? today.minusDays(HISTORY_DAYS) : from, to == null ? today.plusDays(1) : to);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    @Transactional(readOnly = true)
    public ForecastVersion version(long versionId) {
        return texts.localise(store.find(versionId).orElseThrow(() -> new NotFoundException("forecast", versionId)));
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    @Transactional(readOnly = true)
    public List<ForecastVersion> versions(long queueId) {
        queues.get(queueId);
        return store.ofQueue(queueId).stream().map(texts::localise).toList();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    @Transactional(readOnly = true)
    public List<Interval> intervals(long versionId) {
        version(versionId);
        return store.intervals(versionId);
    }
}
