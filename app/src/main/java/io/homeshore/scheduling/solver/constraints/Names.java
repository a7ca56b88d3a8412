package io.homeshore.scheduling.solver.constraints;

/** Constraint names: the words explanations, tests and weight overrides use. */
public final class Names {

    public static final String SHIFTS_OVERLAP = "Shifts overlap";
    public static final String MINIMUM_REST = "Minimum rest";
    public static final String MINIMUM_REST_AFTER_PREVIOUS_PERIOD = "Minimum rest after previous period";
    public static final String FORBIDDEN_SUCCESSION = "Forbidden succession";
    public static final String WEEKLY_MINUTES_ABOVE_MAXIMUM = "Weekly minutes above maximum";
    public static final String WEEKLY_MINUTES_BELOW_MINIMUM = "Weekly minutes below minimum";
    public static final String HORIZON_MINUTES_ABOVE_MAXIMUM = "Horizon minutes above maximum";
    public static final String HORIZON_MINUTES_BELOW_MINIMUM = "Horizon minutes below minimum";
    public static final String DAYS_PER_WEEK_ABOVE_MAXIMUM = "Days per week above maximum";
    public static final String SHIFTS_OF_TYPE_ABOVE_MAXIMUM = "Shifts of type above maximum";
    public static final String CONSECUTIVE_DAYS_ABOVE_MAXIMUM = "Consecutive days above maximum";
    public static final String CONSECUTIVE_DAYS_BELOW_MINIMUM = "Consecutive days below minimum";
    public static final String CONSECUTIVE_DAYS_OFF_BELOW_MINIMUM = "Consecutive days off below minimum";
    public static final String WEEKENDS_ABOVE_MAXIMUM = "Weekends above maximum";
    public static final String NIGHT_NOT_ELIGIBLE = "Night not eligible";
    public static final String WEEKEND_NOT_ELIGIBLE = "Weekend not eligible";
    public static final String PROTECTED_WINDOW = "Protected availability window";
    public static final String APPROVED_TIME_OFF = "Approved time off";
    public static final String SKILL_MISSING = "Skill missing";

    public static final String SHIFT_DEMAND_UNDER = "Shift demand under";
    public static final String SHIFT_DEMAND_OVER = "Shift demand over";
    public static final String COVERAGE_UNDER = "Coverage under";
    public static final String COVERAGE_OVER = "Coverage over";
    public static final String SHIFT_ON_REQUEST_MISSED = "Shift-on request missed";
    public static final String SHIFT_OFF_REQUEST_MISSED = "Shift-off request missed";
    public static final String PREFERRED_START_MISSED = "Preferred start missed";
    public static final String NIGHT_FAIRNESS = "Night fairness";
    public static final String WEEKEND_FAIRNESS = "Weekend fairness";
    public static final String HOLIDAY_FAIRNESS = "Holiday fairness";
    public static final String UNSTABLE_START_TIMES = "Unstable start times";
    public static final String TEMPLATE_COST = "Template cost";

    /** Every constraint, hard rules first, in the order of {@link ScheduleConstraints#defineConstraints}. */
    public static final java.util.List<String> ALL = java.util.List.of(SHIFTS_OVERLAP, MINIMUM_REST,
            MINIMUM_REST_AFTER_PREVIOUS_PERIOD, FORBIDDEN_SUCCESSION, WEEKLY_MINUTES_ABOVE_MAXIMUM,
            WEEKLY_MINUTES_BELOW_MINIMUM, HORIZON_MINUTES_ABOVE_MAXIMUM, HORIZON_MINUTES_BELOW_MINIMUM,
            DAYS_PER_WEEK_ABOVE_MAXIMUM, SHIFTS_OF_TYPE_ABOVE_MAXIMUM, CONSECUTIVE_DAYS_ABOVE_MAXIMUM,
            CONSECUTIVE_DAYS_BELOW_MINIMUM, CONSECUTIVE_DAYS_OFF_BELOW_MINIMUM, WEEKENDS_ABOVE_MAXIMUM,
            NIGHT_NOT_ELIGIBLE, WEEKEND_NOT_ELIGIBLE, PROTECTED_WINDOW, APPROVED_TIME_OFF, SKILL_MISSING,
            SHIFT_DEMAND_UNDER, SHIFT_DEMAND_OVER, COVERAGE_UNDER, COVERAGE_OVER, SHIFT_ON_REQUEST_MISSED,
            SHIFT_OFF_REQUEST_MISSED, PREFERRED_START_MISSED, NIGHT_FAIRNESS, WEEKEND_FAIRNESS, HOLIDAY_FAIRNESS,
            UNSTABLE_START_TIMES, TEMPLATE_COST);

    private Names() {
    }
}
