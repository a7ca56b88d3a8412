package io.homeshore.demo.internal;

import io.homeshore.people.Agent;
import io.homeshore.people.AgentDirectory;
import io.homeshore.scheduling.DayRequest;
import io.homeshore.scheduling.Preferences;
import io.homeshore.scheduling.ShiftTemplate;
import io.homeshore.scheduling.TimeOff;
import io.homeshore.scheduling.Wishes;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Gives the demo agents what real ones have: about a third a preferred start window (early birds, school-run
 * starters, late risers), a quarter a preferred weekday off, some wishes for single days and some approved leave
 * in the coming four weeks, so planning has wishes to weigh and the pages something to show. About a third of the day
 * wishes name a day-time shift template ("the early shift, please", "not the late shift").
 */
@Component
class DemoWishes {

    private static final List<LocalTime[]> WINDOWS = List.of(
            new LocalTime[] {LocalTime.of(6, 0), LocalTime.of(8, 0)},
            new LocalTime[] {LocalTime.of(9, 0), LocalTime.of(10, 0)},
            new LocalTime[] {LocalTime.of(12, 0), LocalTime.of(14, 0)});

    private final Wishes wishes;
    private final AgentDirectory agents;
    private final Clock clock;

    DemoWishes(Wishes wishes, AgentDirectory agents, Clock clock) {
        this.wishes = wishes;
        this.agents = agents;
        this.clock = clock;
    }

    void create() {
        var random = new Random(7);
        // its own stream, so the agents' other wishes stay as they were before shifts could be named
        var shiftChoice = new Random(11);
        List<String> dayShifts = wishes.shiftTemplates().stream().filter(t -> !t.night()).map(ShiftTemplate::code).toList();
        LocalDate monday = LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        for (Agent a : agents.all()) {
            LocalTime[] window = random.nextDouble() < 0.35 ? WINDOWS.get(random.nextInt(WINDOWS.size())) : null;
            Set<DayOfWeek> daysOff = random.nextDouble() < 0.25 ? Set.of(random.nextBoolean() ? DayOfWeek.WEDNESDAY : DayOfWeek.FRIDAY) : Set.of();
            if (window != null || !daysOff.isEmpty()) {
                wishes.savePreferencesOf(a.id(), new Preferences.Input(window == null ? null : window[0], window == null ? null : window[1], daysOff));
            }
            if (random.nextDouble() < 0.3) {
                var wish = random.nextBoolean() ? DayRequest.Wish.OFF : DayRequest.Wish.WORK;
                var priority = DayRequest.Priority.values()[random.nextInt(3)];
                String shift = !dayShifts.isEmpty() && shiftChoice.nextDouble() < 0.35 ? dayShifts.get(shiftChoice.nextInt(dayShifts.size())) : null;
                wishes.addDayRequestOf(a.id(), new DayRequest.Input(monday.plusDays(random.nextInt(28)), wish, priority, shift));
            }
            if (random.nextDouble() < 0.08) {
                LocalDate first = monday.plusDays(random.nextInt(24));
                wishes.recordTimeOff(a.id(), new TimeOff.Input(first, first.plusDays(random.nextInt(4)), ""));
            }
        }
    }
}
