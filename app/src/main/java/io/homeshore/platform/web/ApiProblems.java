package io.homeshore.platform.web;

import io.homeshore.platform.ConflictException;
import io.homeshore.platform.InvalidInputException;
import io.homeshore.platform.InvalidInputException.FieldError;
import io.homeshore.platform.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every REST error as an RFC 9457 problem detail. Field problems are listed under {@code errors} as
 * {@code {field, message}} so a client can show each next to its input. Never a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        var errors = e.errors().stream().map(f -> new FieldError(f.field(), localised(f.code(), f.args(), f.message()))).toList();
        return problem(HttpStatus.BAD_REQUEST, "Invalid input", summary(errors), errors);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), List.of());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        String message = localised(e.code(), e.args(), e.getMessage());
        return problem(HttpStatus.CONFLICT, "Conflict", message, List.of(new FieldError(e.field(), message)));
    }

    /** Coded module errors in the caller's language (Accept-Language), English otherwise. */
    private String localised(String code, Object[] args, String fallback) {
        return code == null ? fallback : messages.getMessage(code, args, fallback, LocaleContextHolder.getLocale());
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException e) {
        return problem(HttpStatus.CONFLICT, "Conflict", "The change conflicts with existing data (a duplicate or a reference in use).", List.of());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", "Your role may not use this endpoint.", List.of());
    }

    @ExceptionHandler(RuntimeException.class)
    ProblemDetail unexpected(RuntimeException e) {
        log.error("Unexpected error in an API call", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", "Something went wrong on our side; it has been logged.", List.of());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        var errors = new ArrayList<FieldError>();
        e.getBindingResult().getFieldErrors().forEach(f -> errors.add(new FieldError(f.getField(), f.getDefaultMessage())));
        e.getBindingResult().getGlobalErrors().forEach(g -> errors.add(new FieldError(g.getObjectName(), g.getDefaultMessage())));
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Invalid input", summary(errors), errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e, HttpHeaders headers,
                                                                            HttpStatusCode status, WebRequest request) {
        var errors = new ArrayList<FieldError>();
        e.getParameterValidationResults().forEach(r -> r.getResolvableErrors().forEach(err ->
                errors.add(new FieldError(r.getMethodParameter().getParameterName(), err.getDefaultMessage()))));
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Invalid input", summary(errors), errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        FieldError error = readError(e);
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Unreadable request body", error.message(),
                error.field() == null ? List.of() : List.of(error)));
    }

    private static FieldError readError(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof UnrecognizedPropertyException u) {
            return new FieldError(path(u), "unknown field '" + u.getPropertyName() + "'");
        }
        if (cause instanceof InvalidFormatException f) {
            return new FieldError(path(f), "'" + f.getValue() + "' is not a valid " + f.getTargetType().getSimpleName());
        }
        if (cause instanceof JacksonException j && !j.getPath().isEmpty()) {
            return new FieldError(path(j), "has the wrong type or format");
        }
        return new FieldError(null, "The body is not valid JSON.");
    }

    private static String path(JacksonException e) {
        var sb = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getPropertyName() != null) sb.append(sb.isEmpty() ? "" : ".").append(ref.getPropertyName());
            else if (ref.getIndex() >= 0) sb.append('[').append(ref.getIndex()).append(']');
        }
        return sb.toString();
    }

    private static String summary(List<FieldError> errors) {
        return errors.isEmpty() ? "The request is invalid." : errors.size() + " field(s) are invalid: "
                + String.join(", ", errors.stream().map(FieldError::field).distinct().toList());
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail, List<FieldError> errors) {
        var p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(title);
        if (!errors.isEmpty()) {
            p.setProperty("errors", errors.stream().map(f -> Map.of("field", String.valueOf(f.field()), "message", f.message())).toList());
        }
        return p;
    }
}
