package io.homeshore.forecasting.model;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Aggregated history of every queue in an input, with what aggregation noticed (duplicates dropped, gaps filled).
 *
 * @param queues    series per queue id, sorted by queue id
 * @param warnings  one per finding (duplicates dropped, gaps filled)
 */
public record History(Map<String, IntervalSeries> queues, List<ForecastWarning> warnings) {

    public History {
        queues = java.util.Collections.unmodifiableMap(new TreeMap<>(queues));
        warnings = List.copyOf(warnings);
    }

    /** The series of one queue; an unknown queue is a clear error listing the known ones. */
    public IntervalSeries queue(String queue) {
        IntervalSeries series = queues.get(queue);
        if (series == null) {
            throw new IllegalArgumentException("unknown queue '" + queue + "'; the history has " + String.join(", ", queues.keySet()));
        }
        return series;
    }
}
