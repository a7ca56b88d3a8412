package io.homeshore.scheduling.solver.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.homeshore.scheduling.solver.Agent;
import io.homeshore.scheduling.solver.AgentDay;
import io.homeshore.scheduling.solver.Contract;
import io.homeshore.scheduling.solver.Shift;
import io.homeshore.scheduling.solver.ShiftType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The relaxed pricing's programme finds the roster of most worth that keeps the run rules, the resources priced by
 * their multipliers: checked against every roster of an eight-day horizon with four shift types, two of which may not
 * be followed by others (so the types fall into different classes of what may follow them). Each programme solves
 * twice, as the relaxed pricing's rounds do, so the tables it keeps between solves are checked too.
 */
class RunRuleProgrammeTest {

    private static final int DAYS = 8;
    private static final Set<Integer> ALL = Set.of(1, 2, 3, 4, 5, 6, 7);
    private static final ShiftType EARLY = type("E", 420, 480, Set.of());
    private static final ShiftType DAY = type("D", 540, 600, Set.of());
    private static final ShiftType LATE = type("L", 900, 480, Set.of("E"));
    private static final ShiftType NIGHT = type("N", 1320, 480, Set.of("E", "D", "L"));
    private static final List<ShiftType> TYPES = List.of(EARLY, DAY, LATE, NIGHT);
    /** Runs of 2–4 days, 2 days off at least; lates and nights limited, one weekend: priced, not counted. */
    private static final Contract CONTRACT = new Contract(0, Integer.MAX_VALUE, 0, Integer.MAX_VALUE, 7, 4, 2, 2, 0,
            1, true, true, Map.of("L", 3, "N", 2));
    /** The same run rules with no resource limits: what the brute force checks. */
    private static final Contract RUNS_ONLY = new Contract(0, Integer.MAX_VALUE, 0, Integer.MAX_VALUE, 7, 4, 2, 2, 0,
            Integer.MAX_VALUE, true, true, Map.of());

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void findsTheRosterOfMostPricedWorthThatKeepsTheRunRules(int seed) {
        SplittableRandom random = new SplittableRandom(seed);
        AgentDay[] row = row(random.nextInt(DAYS + 2));
        double[][] worth = new double[DAYS][TYPES.size() + 1];
        for (double[] day : worth) {
            for (int o = 0; o < day.length; o++) {
                day[o] = random.nextInt(-20, 60);
            }
        }
        RosterPricing.DayValue value = (d, s) -> worth[d][s == null ? TYPES.size() : TYPES.indexOf(s.type())];
        RunRuleProgramme programme = new RunRuleProgramme(row, CONTRACT, value, random);
        double perMinute = random.nextInt(-2, 3) / 60.0;
        double[] perType = new double[programme.types.size()];
        for (int t = 0; t < perType.length; t++) {
            perType[t] = random.nextInt(0, 30);
        }
        double perWeekend = random.nextInt(0, 40);
        Priced priced = new Priced(row, value, programme, perMinute, perType, perWeekend);

        // the programme keeps its tables from one solve to the next: solve once at other prices first
        double[] otherTypes = new double[perType.length];
        for (int t = 0; t < otherTypes.length; t++) {
            otherTypes[t] = random.nextInt(0, 30);
        }
        programme.solve(random.nextInt(-2, 3) / 60.0, otherTypes, random.nextInt(0, 40));
        Shift[] found = programme.solve(perMinute, perType, perWeekend);

        double best = Double.NEGATIVE_INFINITY;
        Shift[] roster = new Shift[DAYS];
        int choices = TYPES.size() + 1;
        for (int code = 0; code < Math.pow(choices, DAYS); code++) {
            int rest = code;
            boolean possible = true;
            for (int d = 0; d < DAYS; d++, rest /= choices) {
                int o = rest % choices;
                List<Shift> options = row[d].getOptions();
                possible &= o == TYPES.size() || o < options.size();
                roster[d] = o < options.size() ? options.get(o) : null;
            }
            if (possible && RosterBreaches.count(row, roster, RUNS_ONLY) == 0) {
                best = Math.max(best, priced.of(roster));
            }
        }
        assertThat(RosterBreaches.count(row, found, RUNS_ONLY)).isZero();
        assertThat(priced.of(found)).isEqualTo(best);
    }

    /** A roster's worth with each minute, limited shift and weekend priced as the programme prices them. */
    private record Priced(AgentDay[] row, RosterPricing.DayValue value, RunRuleProgramme programme, double perMinute,
            double[] perType, double perWeekend) {

        double of(Shift[] roster) {
            double sum = 0;
            Set<Integer> weekends = new HashSet<>();
            for (int d = 0; d < roster.length; d++) {
                sum += value.of(d, roster[d]);
                if (roster[d] != null) {
                    sum += perMinute * roster[d].length();
                    int t = programme.types.index(roster[d]);
                    sum -= t >= 0 ? perType[t] : 0;
                    if (row[d].getWeekend() >= 0) {
                        weekends.add(row[d].getWeekend());
                    }
                }
            }
            return sum - perWeekend * weekends.size();
        }
    }

    private static ShiftType type(String id, int start, int length, Set<String> forbiddenNext) {
        return new ShiftType(id, null, start, start, 1, length, length, 1, ALL, false, 0, forbiddenNext);
    }

    /** Eight days from a Monday, every type each day; {@code dayOff} (if within the horizon) is leave. */
    private static AgentDay[] row(int dayOff) {
        Agent agent = new Agent("A", CONTRACT, Set.of(), List.of(), Set.of(dayOff), -1, -1, 0, null,
                Agent.FairnessHistory.NONE);
        AgentDay[] row = new AgentDay[DAYS];
        for (int day = 0; day < DAYS; day++) {
            List<Shift> options = new ArrayList<>();
            for (ShiftType t : day == dayOff ? List.<ShiftType>of() : TYPES) {
                options.add(new Shift(t.id() + "@" + day, t, day, day * 1440 + t.startEarliest(), t.minLength(), null));
            }
            row[day] = new AgentDay(agent, day, DAYS, day / 7, day % 7 >= 5 ? day / 7 : -1, false, options);
        }
        return row;
    }
}
