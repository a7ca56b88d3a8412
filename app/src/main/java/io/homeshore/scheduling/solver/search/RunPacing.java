package io.homeshore.scheduling.solver.search;

import io.homeshore.scheduling.solver.AgentDay;
import io.homeshore.scheduling.solver.Contract;

import java.util.random.RandomGenerator;

/**
 * How a draft ({@link RosterDraft}) paces its runs and rests so that the roster works about the minutes it aims at:
 * the share of the remaining days to work sets the rest after each run, and, for dense drafts, the shortest run.
 */
final class RunPacing {

    private RunPacing() {
    }

    /** Rest after a run: the days off that keep the pace of the minutes owed, jittered by a day either way. */
    static int rest(Contract c, int worked, int owed, int remainingDays, int average, RandomGenerator random) {
        double fraction = remainingDays <= 0 ? 0 : Math.max(0.05, owed / (double) (remainingDays * average));
        int rest = worked == 0 ? 1 : (int) Math.round(worked * (1 - Math.min(1, fraction)) / Math.max(fraction, 0.05));
        return Math.max(c.minConsecutiveDaysOff(), rest + random.nextInt(3) - 1);
    }

    /** As {@link #rest}, counting only workable days and rounding at random instead of jittering. */
    static int denseRest(Contract c, int worked, int owed, int workableDays, int average,
            RandomGenerator random) {
        double fraction = Math.max(0.05, fraction(owed, workableDays, average));
        return worked == 0 ? 1
                : Math.max(c.minConsecutiveDaysOff(), (int) (worked * (1 - fraction) / fraction + random.nextDouble()));
    }

    /** Share of the workable days left that must be worked to owe nothing (capped at 1). */
    static double fraction(int minutesOwed, int workableDays, int averageLength) {
        return workableDays <= 0 ? 1 : Math.min(1, Math.max(0, minutesOwed) / (double) (workableDays * averageLength));
    }

    /**
     * A run length between the contract's minimum and maximum, uniform above the shortest run that, followed by the
     * shortest rest, still works the {@code fraction} of days owed (less one day, for variety): dense rosters need long
     * runs, and a uniform draw leaves tight contracts short of their minimum total.
     */
    static int runLength(Contract c, int days, double fraction, RandomGenerator random) {
        int shortest = c.minConsecutiveDays();
        int longest = Math.max(shortest, Math.min(c.maxConsecutiveDays(), days));
        int rest = Math.max(1, c.minConsecutiveDaysOff());
        int dense = fraction >= 1 ? longest : (int) Math.ceil(fraction * rest / (1 - fraction)) - 1;
        int from = Math.clamp(dense, shortest, longest);
        return from + random.nextInt(longest - from + 1);
    }

    /** {@code out[i]}: days from {@code i} on that can be worked (a pinned shift or an option). */
    static int[] workableFrom(AgentDay[] days) {
        int[] out = new int[days.length + 1];
        for (int i = days.length - 1; i >= 0; i--) {
            boolean workable = days[i].isPinned() ? days[i].getShift() != null : !days[i].getOptions().isEmpty();
            out[i] = out[i + 1] + (workable ? 1 : 0);
        }
        return out;
    }
}
