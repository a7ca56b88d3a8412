package io.homeshore.scheduling.solver;

import io.homeshore.scheduling.solver.constraints.Names;

/**
 * What is shared fairly among the agents of a fairness group — nights, weekend days (Saturday and Sunday each count)
 * and holidays worked: who is judged, what counts and what was worked before the horizon. One definition for the
 * soft terms, the explanation's spread and the construction's fair shares.
 */
public enum FairnessTerm {
    NIGHTS(Names.NIGHT_FAIRNESS, "nights"),
    WEEKEND_DAYS(Names.WEEKEND_FAIRNESS, "weekendDays"),
    HOLIDAYS(Names.HOLIDAY_FAIRNESS, "holidays");

    private final String constraint;
    private final String key;

    FairnessTerm(String constraint, String key) {
        this.constraint = constraint;
        this.key = key;
    }

    /** The name of the soft term that scores it. */
    public String constraint() {
        return constraint;
    }

    /** Its key in the explanation's fairness spread. */
    public String key() {
        return key;
    }

    /** Whether the agent is judged: nights and weekends by contract, holidays everyone. */
    public boolean eligible(Agent a) {
        return switch (this) {
            case NIGHTS -> a.contract().nightEligible();
            case WEEKEND_DAYS -> a.contract().weekendEligible();
            case HOLIDAYS -> true;
        };
    }

    /** What the agent worked of it in earlier periods. */
    public int history(Agent a) {
        return switch (this) {
            case NIGHTS -> a.history().nights();
            case WEEKEND_DAYS -> a.history().weekends();
            case HOLIDAYS -> a.history().holidays();
        };
    }

    /** Whether working {@code shift} on this day ({@code null}: off) counts. */
    public boolean counts(AgentDay day, Shift shift) {
        return shift != null && switch (this) {
            case NIGHTS -> shift.type().night();
            case WEEKEND_DAYS -> day.getWeekend() >= 0;
            case HOLIDAYS -> day.isHoliday();
        };
    }

    /** Whether the day as planned counts. */
    public boolean counts(AgentDay day) {
        return counts(day, day.getShift());
    }
}
