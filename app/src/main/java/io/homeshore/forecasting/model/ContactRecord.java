package io.homeshore.forecasting.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One contact as it happened: when it arrived, on which queue, how long it was handled and whether the customer
 * abandoned before an answer. Volume counts every offered contact (abandoned ones too: they were demand);
 * handle time is averaged over handled contacts only.
 *
 * @param arrival        arrival instant (absolute; local time is derived from the queue's zone)
 * @param queue          queue identifier, non-blank
 * @param handleSeconds  talk + hold + after-contact work in seconds, 0 for abandoned contacts, never negative
 * @param abandoned      true when the customer hung up before being answered
 */
public record ContactRecord(Instant arrival, String queue, double handleSeconds, boolean abandoned) {

    public ContactRecord {
        Objects.requireNonNull(arrival, "arrival");
        if (queue == null || queue.isBlank()) throw new IllegalArgumentException("queue must not be blank");
        if (!(handleSeconds >= 0)) throw new IllegalArgumentException("handle seconds must be >= 0, was " + handleSeconds);
    }
}
