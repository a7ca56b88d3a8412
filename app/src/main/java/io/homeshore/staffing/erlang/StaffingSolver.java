package io.homeshore.staffing.erlang;

import java.util.ArrayList;
import java.util.List;

/**
 * The minimum number of agents meeting every target, per interval, with Erlang C (no patience given) or Erlang A.
 * Every measure is monotone in the number of agents, so the search walks up or down one agent at a time from a
 * starting guess — the previous interval's answer in {@link #solveAll}, otherwise square-root staffing
 * n ≈ a + √a (Halfin &amp; Whitt 1981) — updating Erlang B in O(1) per step (B(n+1) = a·B(n)/(n+1+a·B(n)) and its
 * inverse). The result is minimal: one agent fewer misses a target.
 */
public final class StaffingSolver {

    /** Beyond this many agents a target is called unreachable. */
    public static final int MAX_AGENTS = 2_000_000;

    private StaffingSolver() {}

    public static Requirement solve(Demand demand, Targets targets) {
        return solve(demand, targets, -1);
    }

    /** Solves a run of intervals (a day, a week, for one queue), each search starting from the previous answer. */
    public static List<Requirement> solveAll(List<Demand> demands, Targets targets) {
        var out = new ArrayList<Requirement>(demands.size());
        int hint = -1;
        for (Demand d : demands) {
            Requirement r = solve(d, targets, hint);
            out.add(r);
            if (r.status() == Requirement.Status.MET) hint = r.agents();
        }
        return out;
    }

    static Requirement solve(Demand demand, Targets targets, int hint) {
        if (demand.contacts() == 0) return new Requirement(Requirement.Status.NO_CONTACTS, 0, 0, null);
        double a = demand.traffic();
        boolean erlangC = demand.patienceSeconds() == null;
        int lowest = erlangC ? (int) Math.floor(a) + 1 : 1;
        if (lowest > MAX_AGENTS) return unreachable(demand, targets);
        double guess = a + Math.sqrt(a);
        int n = hint > 0 && Math.abs(hint - guess) < 3 * Math.sqrt(a) + 10 ? hint : (int) Math.ceil(guess);
        n = Math.max(lowest, Math.min(n, MAX_AGENTS));
        double b = ErlangB.blocking(n, a);
        if (b == 0) {
            // far above the requirement (B underflows): restart where B is representable
            n = Math.max(lowest, (int) Math.ceil(guess));
            b = ErlangB.blocking(n, a);
        }
        Measures m = evaluate(demand, targets, n, b);
        if (targets.metBy(m)) {
            while (n > lowest) {
                double down = (n * b) / (a * (1 - b));
                Measures fewer = evaluate(demand, targets, n - 1, down);
                if (!targets.metBy(fewer)) break;
                n--;
                b = down;
                m = fewer;
            }
        } else {
            while (!targets.metBy(m)) {
                if (n >= MAX_AGENTS) return new Requirement(Requirement.Status.UNREACHABLE, n, targets.scheduled(n), evaluate(demand, targets, n, b, true));
                n++;
                b = ErlangB.next(b, n, a);
                m = evaluate(demand, targets, n, b);
            }
        }
        if (demand.patienceSeconds() != null) m = evaluate(demand, targets, n, b, true);
        return new Requirement(Requirement.Status.MET, n, targets.scheduled(n), m);
    }

    private static Measures evaluate(Demand d, Targets targets, int n, double erlangB) {
        return evaluate(d, targets, n, erlangB, false);
    }

    private static Measures evaluate(Demand d, Targets targets, int n, double erlangB, boolean full) {
        double logB = erlangB > 0 ? Math.log(erlangB) : ErlangB.logBlocking(n, d.traffic());
        if (d.patienceSeconds() == null) return ErlangC.measures(n, d.traffic(), d.ahtSeconds(), targets.targetSeconds(), Math.exp(logB));
        return ErlangA.measures(n, d.arrivalRate(), d.ahtSeconds(), d.patienceSeconds(), targets.targetSeconds(), logB, full);
    }

    private static Requirement unreachable(Demand demand, Targets targets) {
        return new Requirement(Requirement.Status.UNREACHABLE, MAX_AGENTS, targets.scheduled(MAX_AGENTS), null);
    }
}
