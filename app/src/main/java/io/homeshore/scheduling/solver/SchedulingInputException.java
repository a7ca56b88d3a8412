package io.homeshore.scheduling.solver;

/** A scheduling problem that cannot be built: the message names the offending item in one line. */
public class SchedulingInputException extends RuntimeException {

    public SchedulingInputException(String message) {
        super(message);
    }
}
