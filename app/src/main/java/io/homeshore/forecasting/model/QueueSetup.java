package io.homeshore.forecasting.model;

import java.time.ZoneId;
import java.util.Objects;

/**
 * The planning grid of one queue: its time zone and interval length (15, 30 or 60 minutes).
 *
 * @param queue            queue identifier
 * @param zone             the queue's time zone; intervals are wall-clock slots of this zone
 * @param intervalMinutes  15, 30 or 60
 */
public record QueueSetup(String queue, ZoneId zone, int intervalMinutes) {

    public QueueSetup {
        if (queue == null || queue.isBlank()) throw new IllegalArgumentException("queue must not be blank");
        Objects.requireNonNull(zone, "zone");
        if (intervalMinutes != 15 && intervalMinutes != 30 && intervalMinutes != 60) {
            throw new IllegalArgumentException("interval must be 15, 30 or 60 minutes, was " + intervalMinutes);
        }
    }

    /** Wall-clock slots per local day: 1440 / interval (96, 48 or 24), the same on 23- and 25-hour days. */
    public int slotsPerDay() {
        return 1440 / intervalMinutes;
    }
}
