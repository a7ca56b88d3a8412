package io.homeshore.forecasting.model;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The special days of one queue, past (to learn from) and future (to forecast), at most one per date. */
public record SpecialDayCalendar(Map<LocalDate, SpecialDay> byDate) {

    public static final SpecialDayCalendar NONE = new SpecialDayCalendar(Map.of());

    public SpecialDayCalendar {
        byDate = Map.copyOf(byDate);
    }

    public static SpecialDayCalendar of(Collection<SpecialDay> days) {
        return new SpecialDayCalendar(days.stream().collect(Collectors.toMap(SpecialDay::date, Function.identity(), (a, b) -> {
            throw new IllegalArgumentException("two special days on " + a.date() + ": " + a.name() + " and " + b.name());
        })));
    }

    public Optional<SpecialDay> on(LocalDate date) {
        return Optional.ofNullable(byDate.get(date));
    }

    public boolean isEmpty() {
        return byDate.isEmpty();
    }
}
