package io.homeshore.scheduling.solver.search;

import io.homeshore.scheduling.solver.AgentDay;
import io.homeshore.scheduling.solver.Contract;
import io.homeshore.scheduling.solver.Shift;
import io.homeshore.scheduling.solver.ShiftRequest;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * The best roster for one agent against the cover the others leave: the best of several random run-based drafts
 * ({@link RosterDraft}) and, on day cover, the agent's priced roster ({@link RosterPricing} or {@link RelaxedPricing}).
 * Used by the construction's redraws ({@link RosterConstruction}) and by local search's ruin and recreate.
 */
final class RosterDrafts {

    static final int DRAWS = Integer.getInteger("homeshore.scheduling.draws", 40);
    /**
     * Whether, on day-cover problems, each redraw also prices the agent exactly ({@link RosterPricing}) beside the
     * random drafts, and the construction's stalled passes go on repricing groups of agents ({@link GroupRepricing})
     * until the budget ends.
     */
    static final boolean PRICING = !Boolean.getBoolean("homeshore.scheduling.noPricing");

    /**
     * Where the relaxed pricing prices the redraw (horizons of a year), a quarter of the drafts: there the priced
     * roster beat the best of 40 drafts in 297 of 300 redraws (Curtois 24), and the 40 drafts took two fifths of each
     * redraw's time (394 of 1,021 profile samples).
     */
    private static final int RELAXED_FEWER = 4;

    private RosterDrafts() {
    }

    /**
     * The best of {@code draws} random run-based rosters for one agent; when none of them keeps every rule, as many
     * again paced densely (tight contracts). Dense drafts are drawn only then: they vary less, and on loose contracts
     * they cost quality (Curtois Instance 1: 609 -> 713 in 20 s with every other draft dense).
     */
    static RosterDraft bestOf(AgentDay[] row, Map<Integer, List<ShiftRequest>> requests, Cover cover,
            SplittableRandom random, int draws, boolean price) {
        Contract c = row.length == 0 ? null : row[0].getAgent().contract();
        int labels = !price || !PRICING || !cover.byDay() || row.length == 0 ? 0 : RosterPricing.redrawLabels(row, c);
        // beyond the narrow beam's horizon, the relaxed pricing (ADR 0053)
        boolean relaxed = price && PRICING && cover.byDay() && row.length > 0 && labels == 0
                && RelaxedPricing.applies(row, c);
        RosterDraft best = drafts(row, requests, cover, random, relaxed ? Math.max(1, draws / RELAXED_FEWER) : draws,
                false);
        Shift[] priced = relaxed
                ? RelaxedPricing.best(row, c, RosterPricing.worth(row, cover, requests), random,
                        AgentDays.shifts(row), new RelaxedPricing.Multipliers(), 1).getFirst()
                : labels > 0 ? RosterPricing.best(row, c, cover, requests, random, labels) : null;
        if (priced != null) {
            RosterDraft draft = RosterDraft.evaluate(row, priced, c, cover, requests);
            best = draft.betterThan(best) ? draft : best;
        }
        if (best != null && best.hardPenalty > 0) {
            RosterDraft dense = drafts(row, requests, cover, random, draws, true);
            best = dense.betterThan(best) ? dense : best;
        }
        return best;
    }

    /**
     * A fresh roster for the agent against the others' cover (ruin and recreate of one roster): the best of
     * {@link #DRAWS} drafts, pinned days kept as they are.
     */
    static Shift[] redrawn(AgentDay[] row, Map<Integer, List<ShiftRequest>> requests, Cover cover,
            RandomGenerator random) {
        Shift[] shifts = bestOf(row, requests, cover, new SplittableRandom(random.nextLong()), DRAWS, true).shifts;
        for (int d = 0; d < row.length; d++) {
            if (row[d].isPinned()) {
                shifts[d] = row[d].getShift();
            }
        }
        return shifts;
    }

    private static RosterDraft drafts(AgentDay[] row, Map<Integer, List<ShiftRequest>> requests, Cover cover,
            SplittableRandom random, int draws, boolean dense) {
        Contract c = row[0].getAgent().contract();
        RosterDraft best = null;
        for (int i = 0; i < draws; i++) {
            RosterDraft draft = RosterDraft.draw(row, c, target(c, row.length, random), cover, requests, random, dense);
            if (draft.betterThan(best)) {
                best = draft;
            }
        }
        return best;
    }

    /**
     * Somewhere between the least and the most minutes the contract allows over {@code days} days: the horizon
     * bounds or the weekly bounds times the weeks, whichever is tighter (an open maximum counts as twice the
     * minimum).
     */
    private static int target(Contract c, int days, SplittableRandom random) {
        long weeks = (days + 6) / 7;
        long min = Math.max(c.minMinutesTotal(), c.minMinutesPerWeek() * weeks);
        long max = Math.min(c.maxMinutesTotal(), Math.min(c.maxMinutesPerWeek() * weeks, min * 2 + 1));
        long span = Math.max(0, max - min);
        return (int) (min + (span == 0 ? 0 : random.nextLong(span + 1)));
    }
}
