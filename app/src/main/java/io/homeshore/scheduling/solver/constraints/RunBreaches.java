package io.homeshore.scheduling.solver.constraints;

import ai.timefold.solver.core.api.score.stream.uni.UniConstraintCollector;
import io.homeshore.scheduling.solver.AgentDay;
import io.homeshore.scheduling.solver.Contract;

import java.util.BitSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How far one agent's runs break the run rules of the contract (Curtois &amp; Qu 2014: maximum and minimum
 * consecutive shifts, minimum consecutive days off), in days. Runs touching the horizon's first or last day are not
 * judged for the minimum (they continue outside it); days off before the first or after the last run are not judged.
 *
 * @param tooLong   Σ over runs of (length − maximum), where positive
 * @param tooShort  Σ over inner runs of (minimum − length), where positive
 * @param restShort Σ over rests between two runs of (minimum days off − rest), where positive
 */
record RunBreaches(int tooLong, int tooShort, int restShort) {

    static final RunBreaches NONE = new RunBreaches(0, 0, 0);

    /**
     * Groups an agent's working days into a bit set and judges its runs on every change: one pass over the set
     * (O(days / 64 + runs)), instead of keeping a sorted chain of sequences and flattening it into tuples. The
     * result is a value, so an update that leaves the breaches as they were propagates no further.
     */
    static final UniConstraintCollector<AgentDay, Days, RunBreaches> COLLECTOR = new UniConstraintCollector<>() {
        @Override
        public Supplier<Days> supplier() {
            return Days::new;
        }

        @Override
        public BiFunction<Days, AgentDay, Runnable> accumulator() {
            return (days, a) -> {
                days.contract = a.getAgent().contract();
                days.horizon = a.getHorizonDays();
                int day = a.getDay();
                days.worked.set(day);
                return () -> days.worked.clear(day);
            };
        }

        @Override
        public Function<Days, RunBreaches> finisher() {
            return Days::judge;
        }
    };

    /** The working days of one agent. */
    static final class Days {
        private final BitSet worked = new BitSet();
        private Contract contract;
        private int horizon;

        RunBreaches judge() {
            int tooLong = 0;
            int tooShort = 0;
            int restShort = 0;
            int previousEnd = -1;
            for (int start = worked.nextSetBit(0); start >= 0; start = worked.nextSetBit(previousEnd + 1)) {
                int end = worked.nextClearBit(start) - 1;
                int length = end - start + 1;
                tooLong += Math.max(0, length - contract.maxConsecutiveDays());
                if (start > 0 && end < horizon - 1) {
                    tooShort += Math.max(0, contract.minConsecutiveDays() - length);
                }
                if (previousEnd >= 0) {
                    restShort += Math.max(0, contract.minConsecutiveDaysOff() - (start - previousEnd - 1));
                }
                previousEnd = end;
            }
            return tooLong == 0 && tooShort == 0 && restShort == 0 ? NONE
                    : new RunBreaches(tooLong, tooShort, restShort);
        }
    }
}
