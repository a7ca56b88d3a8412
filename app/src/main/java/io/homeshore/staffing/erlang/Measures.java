package io.homeshore.staffing.erlang;

/**
 * What a queue with {@code agents} agents achieves, per arriving contact.
 *
 * @param agents            agents answering (after shrinkage)
 * @param traffic           offered load a = λ·AHT in Erlangs
 * @param probabilityWait   P(an arrival waits at all)
 * @param probabilityAbandon P(an arrival hangs up before being answered); 0 in Erlang C
 * @param serviceLevel      P(answered within the target time), over <em>all</em> arrivals: abandoners count as not
 *                          answered in time (the stricter, common definition)
 * @param serviceLevelOfAnswered the same count of contacts answered in time, divided by the contacts answered
 *                          (offered − abandoned); equals {@code serviceLevel} in Erlang C
 * @param asa               average speed of answer over all arrivals, seconds (for Erlang A: mean time spent
 *                          waiting, abandoners included, = E[Lq]/λ)
 * @param asaOfAnswered     mean wait of the contacts that were answered, seconds
 * @param occupancy         share of agent time spent handling contacts (answered contacts only)
 * @param queueLength       expected number waiting, E[Lq]
 * @param stable            false when the queue grows without bound (Erlang C with a ≥ n); the measures are then
 *                          the limits: everyone waits forever
 */
public record Measures(int agents, double traffic, double probabilityWait, double probabilityAbandon, double serviceLevel,
                       double serviceLevelOfAnswered, double asa, double asaOfAnswered, double occupancy, double queueLength,
                       boolean stable) {}
