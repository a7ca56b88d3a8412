package io.homeshore.demo.internal;

import io.homeshore.forecasting.Forecasts;
import io.homeshore.queues.ContactQueue;
import io.homeshore.queues.Queues;
import org.springframework.stereotype.Component;

/**
 * Publishes a six-week forecast for every demo queue, as a planner would on day one, so staffing turns it into
 * requirements and the schedule pages have something to plan against from the first start.
 */
@Component
class DemoForecasts {

    static final int HORIZON_DAYS = 42;

    private final Forecasts forecasts;
    private final Queues queues;

    DemoForecasts(Forecasts forecasts, Queues queues) {
        this.forecasts = forecasts;
        this.queues = queues;
    }

    void publish() {
        for (ContactQueue q : queues.all()) forecasts.publish(forecasts.run(q.id(), HORIZON_DAYS).id());
    }
}
