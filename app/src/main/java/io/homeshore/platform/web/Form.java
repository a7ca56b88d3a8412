package io.homeshore.platform.web;

import io.homeshore.platform.ConflictException;
import io.homeshore.platform.InvalidInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * What a page form sent and what is wrong with it, field by field, in the reader's language. Pages bind form
 * parameters into the module's input records themselves, validate them with bean validation, and turn the
 * modules' {@link InvalidInputException} and {@link ConflictException} into field errors, so every page answers
 * bad input the same way and re-shows what the user typed.
 */
public final class Form {

    private final MultiValueMap<String, String> values;
    private final Map<String, String> errors = new LinkedHashMap<>();

    private Form(MultiValueMap<String, String> values) {
        this.values = values;
    }

    public static Form of(MultiValueMap<String, String> params) {
        return new Form(new LinkedMultiValueMap<>(params));
    }

    public static Form empty() {
        return new Form(new LinkedMultiValueMap<>());
    }

    public Form set(String name, Object value) {
        values.put(name, value == null ? List.of() : List.of(String.valueOf(value)));
        return this;
    }

    public Form setAll(String name, List<String> all) {
        values.put(name, List.copyOf(all));
        return this;
    }

    public String value(String name) {
        String v = values.getFirst(name);
        return v == null ? "" : v;
    }

    public List<String> values(String name) {
        return values.getOrDefault(name, List.of());
    }

    public boolean has(String name, String value) {
        return values(name).contains(value);
    }

    /** The trimmed value, or null when blank. */
    public String text(String name) {
        String v = value(name).strip();
        return v.isEmpty() ? null : v;
    }

    /** Parses a value, recording a field error (and returning null) when it cannot be read. */
    public <T> T parse(String name, Function<String, T> parser, MessageSource messages) {
        String v = text(name);
        if (v == null) return null;
        try {
            return parser.apply(v);
        } catch (RuntimeException e) {
            error(name, messages.getMessage("error.format", new Object[] {v}, "cannot be read: " + v, LocaleContextHolder.getLocale()));
            return null;
        }
    }

    public void error(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public String errorOf(String field) {
        return errors.get(field);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public Map<String, String> errors() {
        return errors;
    }

    /** Bean-validates an input record; violations become field errors (messages already localised by the validator). */
    public <T> boolean validate(T input, Validator validator) {
        for (ConstraintViolation<T> v : validator.validate(input)) error(v.getPropertyPath().toString().replaceAll("\\[\\]|<.*?>", ""), v.getMessage());
        return !hasErrors();
    }

    /** Each problem of a refusal as "field: message" in the reader's language, for lists such as import reports. */
    public static java.util.List<String> describe(InvalidInputException e, MessageSource messages) {
        var locale = LocaleContextHolder.getLocale();
        return e.errors().stream()
                .map(f -> f.field() + ": " + (f.code() == null ? f.message() : messages.getMessage(f.code(), f.args(), f.message(), locale))).toList();
    }

    /** Records a module's refusal as field errors; other exceptions are not the user's to fix and are re-thrown. */
    public void reject(RuntimeException e, MessageSource messages) {
        var locale = LocaleContextHolder.getLocale();
        if (e instanceof InvalidInputException invalid) {
            for (var f : invalid.errors()) {
                error(f.field(), f.code() == null ? f.message() : messages.getMessage(f.code(), f.args(), f.message(), locale));
            }
        } else if (e instanceof ConflictException c) {
            error(c.field(), c.code() == null ? c.getMessage() : messages.getMessage(c.code(), c.args(), c.getMessage(), locale));
        } else {
            throw e;
        }
    }
}
