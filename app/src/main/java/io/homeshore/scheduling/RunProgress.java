package io.homeshore.scheduling;

/** A new best score {@code millis} after the run started. */
public record RunProgress(long millis, long hardScore, long softScore) {}
