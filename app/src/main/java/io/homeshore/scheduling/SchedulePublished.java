package io.homeshore.scheduling;

import java.time.LocalDate;
import java.util.List;

/** A planning run's schedule became what these agents work from {@code firstDay} to {@code lastDay}. */
public record SchedulePublished(long runId, List<Long> agentIds, LocalDate firstDay, LocalDate lastDay) {}
