package io.homeshore.cli;

/** Option and column checks that name what is wrong, for one-line CLI errors. */
final class Fields {

    private Fields() {}

    static double positive(String name, double v) {
        if (!(v > 0) || Double.isInfinite(v)) throw new CliException(name + " must be a positive number, was " + v);
        return v;
    }

    static double nonNegative(String name, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) throw new CliException(name + " must be zero or more, was " + v);
        return v;
    }
}
