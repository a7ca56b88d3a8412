package io.homeshore.staffing;

import io.homeshore.staffing.erlang.StaffingRequirement;
import java.time.Instant;

/** One stored requirement: a queue's interval, the demand it was computed from, and the answer. */
public record StaffingInterval(long queueId, Instant start, int intervalSeconds, double contacts, double ahtSeconds, StaffingRequirement.Status status,
                               int agents, int scheduled, Double serviceLevel, Double asaSeconds, Double abandonment, Double occupancy,
                               String source) {}
