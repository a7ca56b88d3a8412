package io.homeshore.platform;

import java.util.List;

/** Input that breaks a rule bean validation cannot express (min above max, an unknown time zone): a 400 naming each field. */
public class InvalidInputException extends RuntimeException {

    public record FieldError(String field, String message) {}

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse("invalid input"));
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
