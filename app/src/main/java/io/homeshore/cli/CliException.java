package io.homeshore.cli;

/** A failure the user can fix (bad file, bad value); printed as one line, exit code 2 unless told otherwise. */
public class CliException extends RuntimeException {

    private final int exitCode;

    public CliException(String message) {
        this(message, 2);
    }

    public CliException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
