package io.homeshore.staffing.erlang;

/**
 * Steady-state measures of one queue served by {@code agents} agents, for Erlang C (no abandonment) or Erlang A.
 * Times are in seconds; probabilities and fractions in [0, 1]. For an unstable Erlang C queue
 * ({@code agents ≤ erlangs}) waiting times and queue length are {@link Double#POSITIVE_INFINITY}.
 *
 * @param agents                  productive agents n
 * @param erlangs                 offered load A = λ·AHT
 * @param waitProbability         P(an arrival finds all agents busy) = P(W &gt; 0)
 * @param serviceLevel            fraction of ALL arrivals answered within the target time; abandoners (Erlang A)
 *                                count as not answered: P(served and W ≤ t)
 * @param serviceLevelOfAnswered  fraction of ANSWERED arrivals answered within the target time, i.e. over
 *                                offered minus abandoned: P(W ≤ t | served); equals serviceLevel for Erlang C
 * @param asa                     mean wait over all arrivals (abandoners counted up to the moment they hang up)
 * @param asaOfAnswered           mean wait of answered arrivals (the usual "average speed of answer")
 * @param abandonProbability      P(an arrival hangs up before being answered); 0 for Erlang C
 * @param occupancy               fraction of agent time spent handling: answered load / n
 * @param meanQueueLength         E[number waiting], Lq
 */
public record QueueMeasures(int agents, double erlangs, double waitProbability, double serviceLevel,
        double serviceLevelOfAnswered, double asa, double asaOfAnswered, double abandonProbability,
        double occupancy, double meanQueueLength) {

    /** Rounding (an ulp, or 1e-11 in extreme overload) must not push a probability out of [0, 1]. */
    public QueueMeasures {
        waitProbability = unit(waitProbability);
        serviceLevel = unit(serviceLevel);
        serviceLevelOfAnswered = unit(serviceLevelOfAnswered);
        abandonProbability = unit(abandonProbability);
        occupancy = unit(occupancy);
    }

    private static double unit(double p) {
        return Math.max(0, Math.min(1, p));
    }

    /** True when waits are finite: always for Erlang A, and for Erlang C when agents exceed the load. */
    public boolean stable() {
        return Double.isFinite(asa);
    }

    static QueueMeasures idle(int agents) {
        return new QueueMeasures(agents, 0, 0, 1, 1, 0, 0, 0, 0, 0);
    }
}
