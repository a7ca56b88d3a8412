package io.homeshore.forecasting.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Pre-aggregated history: the contacts offered in one interval and their average handle time.
 *
 * @param start       start instant of the interval (must fall on the queue's interval grid in its zone)
 * @param queue       queue identifier, non-blank
 * @param contacts    offered contacts in the interval, never negative
 * @param ahtSeconds  average handle time of the handled contacts in seconds (0 when none), never negative
 */
public record IntervalCount(Instant start, String queue, double contacts, double ahtSeconds) {

    public IntervalCount {
        Objects.requireNonNull(start, "start");
        if (queue == null || queue.isBlank()) throw new IllegalArgumentException("queue must not be blank");
        if (!(contacts >= 0)) throw new IllegalArgumentException("contacts must be >= 0, was " + contacts);
        if (!(ahtSeconds >= 0)) throw new IllegalArgumentException("aht seconds must be >= 0, was " + ahtSeconds);
    }
}
