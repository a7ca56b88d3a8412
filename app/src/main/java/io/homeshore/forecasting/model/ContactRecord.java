package io.homeshore.forecasting.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One contact as it happened: when it arrived, on which queue, how long it was handled and whether the customer
 * abandoned before an answer. Volume counts every offered contact (abandoned ones too: they were demand);
 * handle time is averaged over handled contacts only.
 *
 * @param id             the source's contact id, or null when the source has none; two records with the same id
 *                       are one contact seen twice (without ids, only identical records are)
 * @param arrival        arrival instant (absolute; local time is derived from the queue's zone)
 * @param queue          queue identifier, non-blank
 * @param handleSeconds  talk + hold + after-contact work in seconds, 0 for abandoned contacts, never negative
 * @param abandoned      true when the customer hung up before being answered
 */
public record ContactRecord(String id, Instant arrival, String queue, double handleSeconds, boolean abandoned) {

    public ContactRecord {
        Objects.requireNonNull(arrival, "arrival");
        if (queue == null || queue.isBlank()) throw new IllegalArgumentException("queue must not be blank");
        if (id != null && id.isBlank()) id = null;
        if (!(handleSeconds >= 0)) throw new IllegalArgumentException("handle seconds must be >= 0, was " + handleSeconds);
    }

    /** What makes two records the same contact: the id when there is one, otherwise every field. */
    public Object identity() {
        return id != null ? queue + "\u0000" + id : this;
    }
}
