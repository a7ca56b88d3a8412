package io.homeshore.scheduling.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The solver's time axis: minutes of local wall-clock time in the plan's zone from {@code firstDay} 00:00, so a
 * shift planned at 08:00 starts at 08:00 on both sides of a daylight-saving change (the solver counts 1,440
 * minutes per day). Instants are converted through the zone; in the repeated autumn hour two instants share a
 * minute, in the skipped spring hour a minute has no instant and is moved forward as {@link ZoneId} does.
 */
record Horizon(ZoneId zone, LocalDate firstDay, int days) {

    static final int SLOT_MINUTES = 15;

    int minutes(Instant instant) {
        return (int) ChronoUnit.MINUTES.between(firstDay.atStartOfDay(), LocalDateTime.ofInstant(instant, zone));
    }

    Instant instant(int minutes) {
        return firstDay.atStartOfDay().plusMinutes(minutes).atZone(zone).toInstant();
    }

    int slots() {
        return days * 1440 / SLOT_MINUTES;
    }

    Instant start() {
        return instant(0);
    }

    Instant end() {
        return instant(days * 1440);
    }

    LocalDate lastDay() {
        return firstDay.plusDays(days - 1L);
    }
}
