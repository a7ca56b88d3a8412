package io.homeshore.staffing.erlang;

/** Argument checks shared by the pure core; each failure names the offending field. */
final class Inputs {

    private Inputs() {}

    static double positive(String field, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + " must be a positive finite number, was " + value);
        }
        return value;
    }

    static double nonNegative(String field, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + " must be a finite number >= 0, was " + value);
        }
        return value;
    }

    static int nonNegative(String field, int value) {
        if (value < 0) throw new IllegalArgumentException(field + " must be >= 0, was " + value);
        return value;
    }

    /** A fraction in (0, 1], e.g. a service-level or occupancy target. */
    static double fraction(String field, double value) {
        if (!(value > 0 && value <= 1)) {
            throw new IllegalArgumentException(field + " must be in (0, 1], was " + value);
        }
        return value;
    }

    /** A fraction in [0, 1), e.g. shrinkage. */
    static double shrinkage(String field, double value) {
        if (!(value >= 0 && value < 1)) {
            throw new IllegalArgumentException(field + " must be in [0, 1), was " + value);
        }
        return value;
    }

    static void atMost(String field, double value, double limit) {
        if (value > limit) throw new IllegalArgumentException(field + " must be at most " + limit + ", was " + value);
    }
}
