package io.homeshore.platform;

/**
 * The request clashes with existing data (a duplicate e-mail, a thing still in use): a 409. {@code code} names the
 * message shown to people, with {@code args}; the English message is the fallback.
 */
public class ConflictException extends RuntimeException {

    private final String field;
    private final String code;
    private final Object[] args;

    public ConflictException(String field, String message) {
        this(field, message, null);
    }

    public ConflictException(String field, String message, String code, Object... args) {
        super(message);
        this.field = field;
        this.code = code;
        this.args = args;
    }

    public String field() {
        return field;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args;
    }

    public static ConflictException duplicate(String field, String what, Object value) {
        return new ConflictException(field, "a " + what + " with " + field + " " + value + " already exists", "error.duplicate", value);
    }

    public static ConflictException inUse(String what) {
        return new ConflictException("id", "this " + what + " is still in use", "error.inUse." + what);
    }
}
