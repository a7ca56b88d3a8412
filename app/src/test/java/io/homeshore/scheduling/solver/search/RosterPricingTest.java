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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/** The pricing's roster is the best one keeping every rule, checked against all rosters of a short horizon. */
class RosterPricingTest {

    static final int DAYS = 10;
    private static final Set<Integer> ALL = Set.of(1, 2, 3, 4, 5, 6, 7);
    private static final ShiftType EARLY = new ShiftType("E", null, 420, 420, 1, 480, 480, 1, ALL, false, 0, Set.of());
    /** A late shift may not be followed by an early one. */
    private static final ShiftType LATE = new ShiftType("L", null, 900, 900, 1, 480, 480, 1, ALL, false, 0,
            Set.of("E"));
    /** Runs of 2–4 days, 2 days off at least, one weekend, at most 3 lates, 4 to 6 shifts. */
    static final Contract CONTRACT = new Contract(0, Integer.MAX_VALUE, 4 * 480, 6 * 480, 7, 4, 2, 2, 0, 1,
            true, true, Map.of("L", 3));

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void findsTheMostValuableRosterThatKeepsEveryRule(int seed) {
        Problem p = problem(seed);

        Shift[] priced = p.exact();

        double best = Double.NEGATIVE_INFINITY;
        Shift[] roster = new Shift[DAYS];
        for (int code = 0; code < Math.pow(3, DAYS); code++) {
            int rest = code;
            for (int d = 0; d < DAYS; d++, rest /= 3) {
                roster[d] = rest % 3 == 2 || rest % 3 >= p.row()[d].getOptions().size() ? null
                        : p.row()[d].getOptions().get(rest % 3);
            }
            if (breaches(p.row(), roster) == 0) {
                best = Math.max(best, total(p.value(), roster));
            }
        }
        assertThat(breaches(p.row(), priced)).isZero();
        assertThat(total(p.value(), priced)).isEqualTo(best);
    }

    /**
     * With a beam too narrow to be exact, the pricing may lose the best roster's partial paths; it must then give back
     * the known roster rather than a worth-more one that breaks a rule.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void neverReturnsARosterOwingMoreThanTheKnownOne(int seed) {
        Problem p = problem(seed);
        Shift[] known = p.exact();

        for (int labels = 1; labels <= 16; labels++) {
            Shift[] priced = RosterPricing.best(p.row(), CONTRACT, p.value(), p.random(), known, labels);

            assertThat(breaches(p.row(), priced)).as("labels %d", labels).isZero();
            assertThat(total(p.value(), priced)).as("labels %d", labels).isEqualTo(total(p.value(), known));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void runnersUpKeepEveryRuleAndComeInOrderOfWorth(int seed) {
        Problem p = problem(seed);
        Shift[] best = p.exact();

        List<Shift[]> rosters = RosterPricing.best(p.row(), CONTRACT, p.value(), p.random(), null,
                RosterPricing.MAX_LABELS, 3);

        assertThat(rosters).hasSize(3);
        assertThat(total(p.value(), rosters.getFirst())).isEqualTo(total(p.value(), best));
        for (int i = 0; i < rosters.size(); i++) {
            assertThat(breaches(p.row(), rosters.get(i))).isZero();
            for (int j = 0; j < i; j++) {
                assertThat(rosters.get(i)).isNotEqualTo(rosters.get(j));
                assertThat(total(p.value(), rosters.get(i))).isLessThanOrEqualTo(total(p.value(), rosters.get(j)));
            }
        }
    }

    /** Each day's early, late and day off worth a random amount. */
    /** A random problem: the random source it was drawn from (to go on with), the agent's row and the day values. */
    record Problem(SplittableRandom random, AgentDay[] row, RosterPricing.DayValue value) {

        /** The exact pricing's best roster (all labels kept, nothing known). */
        Shift[] exact() {
            return RosterPricing.best(row, CONTRACT, value, random, null, RosterPricing.MAX_LABELS);
        }
    }

    static Problem problem(int seed) {
        SplittableRandom random = new SplittableRandom(seed);
        AgentDay[] row = row(random.nextInt(DAYS));
        return new Problem(random, row, randomWorth(random));
    }

    static RosterPricing.DayValue randomWorth(SplittableRandom random) {
        double[][] worth = new double[DAYS][3];
        for (double[] day : worth) {
            for (int o = 0; o < day.length; o++) {
                day[o] = random.nextInt(-20, 60);
            }
        }
        return (d, s) -> worth[d][s == null ? 2 : s.type() == EARLY ? 0 : 1];
    }

    static long breaches(AgentDay[] row, Shift[] roster) {
        return RosterDraft.hoursOwed(row, roster, CONTRACT) + RosterBreaches.count(row, roster, CONTRACT);
    }

    static double total(RosterPricing.DayValue value, Shift[] roster) {
        double sum = 0;
        for (int d = 0; d < roster.length; d++) {
            sum += value.of(d, roster[d]);
        }
        return sum;
    }

    /** Ten days from a Monday; {@code dayOff} is approved leave (no options). */
    static AgentDay[] row(int dayOff) {
        return row(DAYS, dayOff, true);
    }

    /** {@code days} days from a Monday, early shifts and (if {@code lates}) late ones; {@code dayOff} is leave. */
    static AgentDay[] row(int days, int dayOff, boolean lates) {
        Agent agent = new Agent("A", CONTRACT, Set.of(), List.of(), Set.of(dayOff), -1, -1, 0, null,
                Agent.FairnessHistory.NONE);
        AgentDay[] row = new AgentDay[days];
        for (int day = 0; day < days; day++) {
            List<Shift> options = new ArrayList<>();
            if (day != dayOff) {
                options.add(new Shift("E@" + day, EARLY, day, day * 1440 + 420, 480, null));
                if (lates) {
                    options.add(new Shift("L@" + day, LATE, day, day * 1440 + 900, 480, null));
                }
            }
            row[day] = new AgentDay(agent, day, days, day / 7, day % 7 >= 5 ? day / 7 : -1, false, options);
        }
        return row;
    }
}
