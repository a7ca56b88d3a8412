package io.homeshore.staffing.erlang;

/**
 * The contacts offered to one queue in one interval. {@code patienceSeconds} is the mean time a caller waits
 * before hanging up (exponential patience, Erlang A); {@link Double#POSITIVE_INFINITY} means nobody hangs up
 * (Erlang C).
 */
public record Workload(double contacts, double intervalSeconds, double ahtSeconds, double patienceSeconds) {

    public Workload {
        Inputs.nonNegative("contacts", contacts);
        Inputs.positive("intervalSeconds", intervalSeconds);
        Inputs.positive("ahtSeconds", ahtSeconds);
        if (!(patienceSeconds > 0)) {
            throw new IllegalArgumentException("patienceSeconds must be > 0 (or infinite for Erlang C), was "
                    + patienceSeconds);
        }
    }

    /** Erlang C workload: callers never hang up. */
    public static Workload withoutAbandonment(double contacts, double intervalSeconds, double ahtSeconds) {
        return new Workload(contacts, intervalSeconds, ahtSeconds, Double.POSITIVE_INFINITY);
    }

    /** Offered load A = λ·AHT = contacts × AHT / interval length, in Erlangs (Cooper 1981). */
    public double erlangs() {
        return contacts * ahtSeconds / intervalSeconds;
    }

    /** True for Erlang A (finite mean patience), false for Erlang C. */
    public boolean abandons() {
        return Double.isFinite(patienceSeconds);
    }

    /**
     * Erlang A measures ({@link ErlangA}) when callers abandon, Erlang C ({@link ErlangC}) otherwise, for
     * {@code agents} productive agents.
     */
    public QueueMeasures measures(int agents, double targetSeconds) {
        return abandons()
                ? ErlangA.evaluate(agents, erlangs(), ahtSeconds, patienceSeconds, targetSeconds)
                : ErlangC.evaluate(agents, erlangs(), ahtSeconds, targetSeconds);
    }
}
