package io.homeshore.staffing.erlang;

/** Argument checks that name the offending input, so the REST layer and the CLI can say which field is wrong. */
final class Checks {

    private Checks() {}

    static double positive(String field, double value) {
        if (!(value > 0) || Double.isInfinite(value)) throw new IllegalArgumentException(field + " must be a positive number, was " + value);
        return value;
    }

    static double nonNegative(String field, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) throw new IllegalArgumentException(field + " must be zero or more, was " + value);
        return value;
    }

    static int agents(String field, int value) {
        if (value < 0) throw new IllegalArgumentException(field + " must be zero or more, was " + value);
        return value;
    }

    static double fraction(String field, double value) {
        if (!(value > 0 && value <= 1)) throw new IllegalArgumentException(field + " must be in (0, 1], was " + value);
        return value;
    }

    static double belowOne(String field, double value) {
        if (!(value >= 0 && value < 1)) throw new IllegalArgumentException(field + " must be in [0, 1), was " + value);
        return value;
    }
}
