package io.homeshore.staffing.erlang;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Minimum agents per interval meeting service targets, by search over the agent count: every measure of
 * Erlang C and Erlang A is monotone in the number of agents (service level and occupancy-capped throughput rise,
 * waits and abandonment fall; Koole, <i>Call Center Optimization</i>, 2013), so the smallest feasible
 * count is found by galloping from a hint (the previous interval's answer, or square-root staffing
 * {@code A + √A}, Halfin &amp; Whitt 1981) and bisecting; consecutive intervals therefore cost a handful of
 * evaluations each.
 *
 * <p>Chat: an agent runs {@code concurrency} chats at once. Following the slot model of Tezcan &amp; Zhang,
 * "Routing and staffing in customer service chat systems with impatient customers", Operations Research 62(4),
 * 2014, each agent is {@code concurrency} servers ("slots") and {@code ahtSeconds} is the handle time of one chat
 * while the agent holds that many; the queue is M/M/(n·k)+M (or M/M/(n·k)) over slots and the agents needed are
 * ⌈slots / k⌉. Limits: a chat is assumed to take as long whether its agent holds one chat or k (the model
 * overstates need when agents are lightly loaded) and any free slot may take the next chat.
 */
public final class StaffingSolver {

    /** The largest agent count searched (the range: up to 150,000 agents). */
    public static final int MAX_AGENTS = 150_000;

    private StaffingSolver() {}

    /** Minimum agents for one voice interval (see class comment). */
    public static StaffingRequirement solve(Workload workload, ServiceTargets targets) {
        return solve(workload, targets, 1, 0);
    }

    /**
     * Minimum agents for one interval of a queue whose agents each handle {@code concurrency} contacts at once
     * (1 for voice), searching from {@code hint} agents (0: square-root staffing).
     */
    public static StaffingRequirement solve(Workload workload, ServiceTargets targets, int concurrency, int hint) {
        if (concurrency < 1) throw new IllegalArgumentException("concurrency must be >= 1, was " + concurrency);
        if (workload.contacts() == 0) return StaffingRequirement.noWorkload();
        double erlangs = workload.erlangs();
        if (targets.serviceLevel().orElse(0) == 1) {
            return StaffingRequirement.unreachable("a service level of 100 % is never met while calls arrive");
        }
        int maxSlots = MAX_AGENTS * concurrency;
        if (!workload.abandons() && erlangs >= maxSlots) {
            return StaffingRequirement.unreachable(String.format(
                    "load of %.1f Erlangs needs more than %d agents", erlangs, MAX_AGENTS));
        }
        Search search = new Search(workload, targets);
        int lowest = workload.abandons() ? 1 : (int) Math.floor(erlangs) + 1;
        int start = hint > 0 ? hint * concurrency : (int) Math.ceil(erlangs + Math.sqrt(erlangs));
        int slots = smallestMeeting(search, lowest, Math.min(maxSlots, Math.max(lowest, start)), maxSlots);
        if (slots < 0) {
            return StaffingRequirement.unreachable(String.format(
                    "targets not met even with %d agents (%.1f Erlangs offered)", MAX_AGENTS, erlangs));
        }
        int agents = (slots + concurrency - 1) / concurrency;
        QueueMeasures achieved = agents * concurrency == slots ? search.lastMet
                : workload.measures(agents * concurrency, targets.targetSeconds());
        return new StaffingRequirement(StaffingRequirement.Status.MET, agents, targets.scheduled(agents), achieved,
                "");
    }

    /** One queue over consecutive intervals, each search starting from the previous answer. */
    public static List<StaffingRequirement> solve(List<Workload> intervals, ServiceTargets targets, int concurrency) {
        List<StaffingRequirement> out = new ArrayList<>(intervals.size());
        int hint = 0;
        for (Workload w : intervals) {
            StaffingRequirement r = solve(w, targets, concurrency, hint);
            if (r.status() == StaffingRequirement.Status.MET) hint = r.agents();
            out.add(r);
        }
        return out;
    }

    /** Many queues at once, e.g. a week of 15-minute intervals for fifty queues: one list per queue, in order. */
    public static List<List<StaffingRequirement>> solveAll(List<QueueIntervals> queues) {
        List<List<StaffingRequirement>> out = new ArrayList<>(queues.size());
        for (QueueIntervals q : queues) out.add(solve(q.intervals(), q.targets(), q.concurrency()));
        return out;
    }

    /** The intervals and targets of one queue; {@code concurrency} contacts per agent at once (1 for voice). */
    public record QueueIntervals(String queue, List<Workload> intervals, ServiceTargets targets, int concurrency) {
        public QueueIntervals {
            intervals = List.copyOf(intervals);
            if (concurrency < 1) throw new IllegalArgumentException("concurrency must be >= 1, was " + concurrency);
        }
    }

    /** Evaluates agent counts for the search and keeps the measures of the last count that met the targets. */
    private static final class Search implements IntPredicate {
        final Workload workload;
        final ServiceTargets targets;
        QueueMeasures lastMet;
        int lastMetAgents = -1;

        Search(Workload workload, ServiceTargets targets) {
            this.workload = workload;
            this.targets = targets;
        }

        @Override
        public boolean test(int agents) {
            QueueMeasures m = workload.measures(agents, targets.targetSeconds());
            boolean met = targets.metBy(m);
            if (met && (lastMetAgents < 0 || agents < lastMetAgents)) {
                lastMet = m;
                lastMetAgents = agents;
            }
            return met;
        }
    }

    /** Smallest n in [lowest, highest] with meets(n), galloping from start; −1 if even highest fails. */
    static int smallestMeeting(IntPredicate meets, int lowest, int start, int highest) {
        int fail, ok;
        if (meets.test(start)) {
            ok = start;
            fail = lowest - 1;
            for (int step = 1; ok - step >= lowest; step *= 2) {
                if (!meets.test(ok - step)) {
                    fail = ok - step;
                    break;
                }
                ok -= step;
            }
        } else {
            fail = start;
            ok = -1;
            for (int step = 1; ok < 0; step *= 2) {
                int probe = (int) Math.min((long) fail + step, highest);
                if (meets.test(probe)) ok = probe;
                else if (probe == highest) return -1;
                else fail = probe;
            }
        }
        while (ok - fail > 1) {
            int mid = (fail + ok) >>> 1;
            if (meets.test(mid)) ok = mid;
            else fail = mid;
        }
        return ok;
    }
}
