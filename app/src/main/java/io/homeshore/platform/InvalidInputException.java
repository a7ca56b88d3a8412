package io.homeshore.platform;

import java.util.List;

/**
 * Input that breaks a rule bean validation cannot express (min above max, an unknown time zone): a 400 naming each
 * field. Each error carries a message code so pages and problem details can show it in the reader's language; the
 * English text is the fallback.
 */
public class InvalidInputException extends RuntimeException {

    public record FieldError(String field, String message, String code, Object[] args) {

        public FieldError(String field, String message) {
            this(field, message, null, new Object[0]);
        }

        /** An error whose text is the message {@code code} with {@code args}; {@code message} is the English fallback. */
        public static FieldError coded(String field, String code, String message, Object... args) {
            return new FieldError(field, message, code, args);
        }
    }

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse("invalid input"));
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public InvalidInputException(FieldError error) {
        this(List.of(error));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
