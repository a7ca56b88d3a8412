package io.homeshore.forecasting;

import java.time.Instant;

/** A queue's forecast was published: staffing turns its intervals into requirements. */
public record ForecastPublished(long versionId, long queueId, Instant from, Instant to) {}
