package io.homeshore.platform;

/** The request clashes with existing data (a duplicate e-mail, a stale version, a thing still in use): a 409. */
public class ConflictException extends RuntimeException {

    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
