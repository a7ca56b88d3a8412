package io.homeshore.scheduling;

import java.time.Instant;
import java.time.LocalDate;

/** One agent's shift on one day of a plan (or of the published schedule). */
public record ScheduledShift(long agentId, LocalDate day, Instant start, Instant end, String template, String skill,
                             boolean night, boolean pinned) {}
