package org.iwtraining.conventions.problem;

import java.util.List;
import java.util.Map;

/**
 * A refusal the client can act on. Services throw it (or a small named subclass) from their rules;
 * {@link ProblemMappers} turns it into problem details. Nothing of it but what the constructor was given
 * reaches the client.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final String title;
    private final List<FieldError> errors;
    private final Map<String, Object> extensions;

    public ApiException(int status, String code, String title, String detail) {
        this(status, code, title, detail, List.of(), Map.of());
    }

    public ApiException(int status, String code, String title, String detail, List<FieldError> errors,
            Map<String, Object> extensions) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.extensions = Map.copyOf(extensions);
    }

    /** 400 for one offending field. */
    public static ApiException invalidField(String field, String message) {
        return new ApiException(400, "VALIDATION_FAILED", "Invalid request", field + ": " + message,
                List.of(new FieldError(field, message)), Map.of());
    }

    /** 404 for an unknown resource. */
    public static ApiException notFound(String what, String id) {
        return new ApiException(404, "NOT_FOUND", what + " not found", what + " '" + id + "' does not exist");
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Problem toProblem() {
        return Problem.refusal(status, code, title, getMessage(), errors, extensions);
    }
}
