package io.homeshore.staffing.internal;

import io.homeshore.forecasting.ForecastPublished;
import io.homeshore.forecasting.ForecastVersion.Interval;
import io.homeshore.forecasting.Forecasts;
import io.homeshore.platform.SystemUser;
import io.homeshore.queues.ContactQueue;
import io.homeshore.queues.Queues;
import io.homeshore.shared.Channel;
import io.homeshore.staffing.Staffing;
import io.homeshore.staffing.erlang.BacklogStaffing;
import io.homeshore.staffing.erlang.ServiceTargets;
import io.homeshore.staffing.erlang.Workload;
import java.time.Instant;
import java.util.Arrays;
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
                double[] volumes = intervals.stream().mapToDouble(i -> Math.max(0, i.volume())).toArray();
                double total = Arrays.stream(volumes).sum();
                // one handle time for the backlog: the forecast's volume-weighted mean
                double aht = total == 0 ? 1 : intervals.stream().mapToDouble(i -> Math.max(0, i.volume()) * i.ahtSeconds()).sum() / total;
                int[] agents = BacklogStaffing.agents(volumes, 900, Math.max(1, aht), queue.targetHours().doubleValue(), settings.maxOccupancy());
                staffing.storeWorkload(queue.id(), starts, Arrays.stream(agents).asDoubleStream().boxed().toList(),
                        Arrays.stream(volumes).boxed().toList(), intervals.stream().map(Interval::ahtSeconds).toList(), settings.shrinkage(), source);
                return;
            }
            var targets = ServiceTargets.serviceLevel(queue.targetPercent().doubleValue() / 100, queue.targetSeconds())
                    .withMaxOccupancy(settings.maxOccupancy()).withShrinkage(settings.shrinkage());
            List<Workload> demands = intervals.stream()
                    .map(i -> Workload.withoutAbandonment(Math.max(0, i.volume()), 900, i.ahtSeconds() > 0 ? i.ahtSeconds() : 1)).toList();
            staffing.store(queue.id(), starts, demands, targets, source);
        });
    }
}
