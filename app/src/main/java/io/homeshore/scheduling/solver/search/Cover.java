package io.homeshore.scheduling.solver.search;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.HardSoftScore;
import io.homeshore.scheduling.solver.Agent;
import io.homeshore.scheduling.solver.AgentDay;
import io.homeshore.scheduling.solver.Schedule;
import io.homeshore.scheduling.solver.CoverageInterval;
import io.homeshore.scheduling.solver.Shift;
import io.homeshore.scheduling.solver.ShiftDemand;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Cover still missing while rosters are built agent by agent: the greedy's view of the demand terms, both day shift
 * demands (Curtois style) and interval coverage (a shift counts for every interval of its skill it overlaps).
 */
final class Cover {

    private final Layout layout;
    private final Map<ShiftDemand, int[]> assigned = new IdentityHashMap<>();
    private final int[] covered;
    private final FairShares shares;

    Cover(Layout layout) {
        this.layout = layout;
        this.covered = new int[layout.intervals.size()];
        this.shares = new FairShares(layout.agents, layout.weights);
    }

    private Cover(Cover of) {
        this.layout = of.layout;
        of.assigned.forEach((d, n) -> assigned.put(d, n.clone()));
        this.covered = of.covered.clone();
        this.shares = of.shares.copy();
    }

    /** A copy that changes independently of this cover (the layout is shared), for a redraw on another thread. */
    Cover copy() {
        return new Cover(this);
    }

    /**
     * Whether the cover is per day and shift type (some day demands, no interval coverage): the case
     * {@link RosterPricing} prices exactly.
     */
    boolean byDay() {
        return layout.byDay;
    }

    /** Whether a problem's cover is per day and shift type: some day demands and no interval coverage. */
    static boolean byDay(Schedule schedule) {
        return schedule.getDemands() != null && !schedule.getDemands().isEmpty()
                && (schedule.getCoverage() == null || schedule.getCoverage().isEmpty());
    }

    /** Records an agent's roster as it now stands, for the fairness of the next roster drawn for anyone. */
    void roster(AgentDay[] row, Shift[] shifts) {
        shares.set(row, shifts);
    }

    /** What this roster for its agent costs in fairness, everyone else as recorded ({@link FairShares}). */
    long fairnessCost(AgentDay[] row, Shift[] shifts) {
        return shares.cost(row, shifts);
    }

    /**
     * Soft value of one more agent on this shift: for its day demand and each interval it overlaps, the under-cover
     * weight if short, minus the over-cover weight if not (exact, as one agent adds at most one to each).
     */
    long value(Shift s) {
        if (s == null) {
            return 0;
        }
        long value = 0;
        ShiftDemand d = s.demand();
        if (d != null) {
            int have = assigned.computeIfAbsent(d, k -> new int[1])[0];
            value += have < d.required() ? d.underWeight() : -d.overWeight();
        }
        for (int i : layout.overlaps(s)) {
            CoverageInterval c = layout.intervals.get(i);
            value += covered[i] < c.required() ? c.underWeight() : -c.overWeight();
        }
        return value;
    }

    /** The cover every agent but {@code agent} gives in the grid's current plan, and everyone's fair shares. */
    static Cover ofOthers(Layout layout, AgentDay[][] grid, int agent) {
        Cover cover = new Cover(layout);
        for (int a = 0; a < grid.length; a++) {
            if (a != agent) {
                for (AgentDay d : grid[a]) {
                    cover.add(d.getShift(), 1);
                }
            }
            if (cover.shares.weighs()) {
                cover.roster(grid[a], AgentDays.shifts(grid[a]));
            }
        }
        return cover;
    }

    /**
     * Adds ({@code delta} 1) or takes out (−1) the unpinned days of an agent's roster; an added roster is also
     * recorded for fairness ({@link #roster}).
     */
    void addRoster(AgentDay[] row, Shift[] shifts, int delta) {
        for (int day = 0; day < row.length; day++) {
            if (!row[day].isPinned()) {
                add(shifts[day], delta);
            }
        }
        if (delta > 0) {
            roster(row, shifts);
        }
    }

    void add(Shift s, int delta) {
        if (s == null) {
            return;
        }
        if (s.demand() != null) {
            assigned.computeIfAbsent(s.demand(), k -> new int[1])[0] += delta;
        }
        for (int i : layout.overlaps(s)) {
            covered[i] += delta;
        }
    }

    /**
     * The coverage intervals of a problem and, per shift, the ones it overlaps (worked out once per shift); its agents
     * and fairness weights.
     */
    static final class Layout {
        private final List<CoverageInterval> intervals;
        /** Shifts are equal by identity; concurrent, as redraws on two threads share the layout. */
        private final Map<Shift, int[]> overlaps = new ConcurrentHashMap<>();
        private final List<Agent> agents;
        private final ConstraintWeightOverrides<HardSoftScore> weights;
        private final boolean byDay;

        Layout(Schedule schedule) {
            List<CoverageInterval> coverage = schedule.getCoverage();
            this.intervals = coverage == null ? List.of() : List.copyOf(coverage);
            this.agents = List.copyOf(schedule.getAgents());
            this.weights = schedule.getWeightOverrides();
            this.byDay = byDay(schedule);
        }

        /** No cover and nobody: a placeholder until the working solution is known. */
        Layout() {
            this.intervals = List.of();
            this.agents = List.of();
            this.weights = null;
            this.byDay = false;
        }

        int[] overlaps(Shift s) {
            if (intervals.isEmpty()) {
                return new int[0];
            }
            return overlaps.computeIfAbsent(s, k -> {
                List<Integer> hit = new ArrayList<>();
                for (int i = 0; i < intervals.size(); i++) {
                    CoverageInterval c = intervals.get(i);
                    if (c.start() < k.end() && k.start() < c.end() && Objects.equals(c.skill(), k.type().skill())) {
                        hit.add(i);
                    }
                }
                return hit.stream().mapToInt(Integer::intValue).toArray();
            });
        }
    }
}
