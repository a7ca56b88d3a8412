package io.homeshore.staffing.internal;

import io.homeshore.forecasting.ForecastPublished;
import io.homeshore.forecasting.ForecastVersion.Interval;
import io.homeshore.forecasting.Forecasts;
import io.homeshore.platform.SystemUser;
import io.homeshore.queues.ContactQueue;
import io.homeshore.queues.Queues;
import io.homeshore.shared.Channel;
import io.homeshore.staffing.Staffing;
import io.homeshore.staffing.erlang.Demand;
import io.homeshore.staffing.erlang.Targets;
import io.homeshore.staffing.erlang.Workload;
import java.time.Instant;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns a published forecast into the queue's staffing requirements: voice and chat with Erlang C against the
 * queue's service target (the forecast gives no patience), e-mail with the workload requirement against its
 * response time.
 */
@Component
class ForecastRequirements {

    private final Forecasts forecasts;
    private final Queues queues;
    private final Staffing staffing;
    private final StaffingSettings settings;

    ForecastRequirements(Forecasts forecasts, Queues queues, Staffing staffing, StaffingSettings settings) {
        this.forecasts = forecasts;
        this.queues = queues;
        this.staffing = staffing;
        this.settings = settings;
    }

    @ApplicationModuleListener
    void on(ForecastPublished event) {
        SystemUser.run(() -> {
            ContactQueue queue = queues.get(event.queueId());
            List<Interval> intervals = forecasts.intervals(event.versionId());
            List<Instant> starts = intervals.stream().map(Interval::start).toList();
            String source = "forecast " + event.versionId();
            if (queue.channel() == Channel.EMAIL) {
                staffing.storeWorkload(queue.id(), starts, intervals.stream().map(i -> Math.ceil(
                        Workload.agents(i.volume(), i.ahtSeconds() > 0 ? i.ahtSeconds() : 1, 900, queue.targetHours().doubleValue(), settings.maxOccupancy())))
                        .toList(), intervals.stream().map(Interval::volume).toList(), intervals.stream().map(Interval::ahtSeconds).toList(),
                        settings.shrinkage(), source);
                return;
            }
            var targets = new Targets(queue.targetPercent().doubleValue() / 100, queue.targetSeconds(), Targets.Basis.ALL_ARRIVALS, null, null,
                    settings.maxOccupancy(), settings.shrinkage());
            List<Demand> demands = intervals.stream().map(i -> new Demand(Math.max(0, i.volume()), 900, i.ahtSeconds() > 0 ? i.ahtSeconds() : 1, null)).toList();
            staffing.store(queue.id(), starts, demands, targets, source);
        });
    }
}
