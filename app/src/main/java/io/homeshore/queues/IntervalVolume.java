package io.homeshore.queues;

import java.time.Instant;

/** Contacts of one queue in one 15-minute interval starting at {@code start} (UTC). */
public record IntervalVolume(Instant start, int offered, int answered, int abandoned, long handleSecondsTotal) {

    public IntervalVolume {
        if (offered < 0 || answered < 0 || abandoned < 0 || handleSecondsTotal < 0) {
            throw new IllegalArgumentException("contact counts and handle time must not be negative");
        }
    }

    /** Average handle time of the answered contacts in seconds, or 0 when none were answered. */
    public double averageHandleSeconds() {
        return answered == 0 ? 0 : (double) handleSecondsTotal / answered;
    }
}
