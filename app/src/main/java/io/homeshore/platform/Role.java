package io.homeshore.platform;

/** What a signed-in person may do. Checked with {@code hasRole(...)} on every page and endpoint. */
public enum Role {
    /** A home-based agent: their own schedule, profile and availability. */
    AGENT,
    /** A team lead: the teams they lead, as aggregates and live state. */
    LEAD,
    /** A workforce planner: all planning data. */
    PLANNER,
    /** An administrator: people, teams, queues, imports and integrations. */
    ADMIN
}
