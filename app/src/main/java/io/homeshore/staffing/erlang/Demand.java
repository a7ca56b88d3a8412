package io.homeshore.staffing.erlang;

/**
 * The work arriving in one interval.
 *
 * @param contacts        contacts offered in the interval (may be fractional: a forecast)
 * @param intervalSeconds length of the interval
 * @param ahtSeconds      mean handle time
 * @param patienceSeconds mean patience before hanging up; null or absent means nobody hangs up (Erlang C)
 */
public record Demand(double contacts, double intervalSeconds, double ahtSeconds, Double patienceSeconds) {

    public Demand {
        Checks.nonNegative("contacts", contacts);
        Checks.positive("intervalSeconds", intervalSeconds);
        Checks.positive("ahtSeconds", ahtSeconds);
        if (patienceSeconds != null) Checks.positive("patienceSeconds", patienceSeconds);
    }

    /** Offered load in Erlangs: a = λ·AHT = contacts·AHT / interval. */
    public double traffic() {
        return contacts * ahtSeconds / intervalSeconds;
    }

    public double arrivalRate() {
        return contacts / intervalSeconds;
    }
}
