package io.homeshore.cli;

/** Option and cell checks whose message names the option or column the user typed. */
final class CliChecks {

    private CliChecks() {}

    static double positive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) throw new CliException(name + " must be a positive number, was " + value);
        return value;
    }

    static double nonNegative(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) throw new CliException(name + " must be a number >= 0, was " + value);
        return value;
    }

    static double fraction(String name, double value) {
        if (!(value > 0 && value <= 1)) throw new CliException(name + " must be in (0, 1], was " + value);
        return value;
    }
}
