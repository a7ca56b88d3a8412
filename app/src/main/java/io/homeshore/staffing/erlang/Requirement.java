package io.homeshore.staffing.erlang;

/**
 * The answer for one interval.
 *
 * @param status    {@link Status#MET}, {@link Status#NO_CONTACTS} (nothing to answer: zero agents) or
 *                  {@link Status#UNREACHABLE} (no agent count up to {@link StaffingSolver#MAX_AGENTS} meets every
 *                  target; {@code agents} is then that cap and {@code achieved} what it reaches)
 * @param agents    productive agents needed: the smallest count meeting every target
 * @param scheduled agents to schedule once shrinkage is added
 * @param achieved  what {@code agents} achieve; null for no contacts
 */
public record Requirement(Status status, int agents, int scheduled, Measures achieved) {

    public enum Status { MET, NO_CONTACTS, UNREACHABLE }
}
