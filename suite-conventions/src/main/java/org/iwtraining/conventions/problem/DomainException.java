package org.iwtraining.conventions.problem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A business refusal as the services say it: a machine {@code code} and a {@link Kind}, never an HTTP status.
 * The one mapping from kind to status is {@link Kind#status}, used by {@link ProblemMappers}; the body is the
 * same problem details an {@link ApiException} of that status gives. Subclass it where a name reads better
 * ({@code SessionFullException}).
 */
public class DomainException extends RuntimeException {

    /** What kind of refusal it is; the status it answers with is decided here and nowhere else. */
    public enum Kind {
        /** The request names something malformed (a field, a parameter). */
        INVALID(400),
        /** The thing asked for does not exist (or may not be known to the asker). */
        NOT_FOUND(404),
        /** The request clashes with the thing's current state. */
        CONFLICT(409),
        /** The caller's version of the thing is stale. */
        PRECONDITION_FAILED(412),
        /** Well-formed, but a business rule refuses it. */
        REFUSED(422),
        /** A change needs the caller to say which version it changes. */
        PRECONDITION_REQUIRED(428),
        /** Something the service depends on does not answer; nothing was changed. */
        UNAVAILABLE(503);

        final int status;

        Kind(int status) {
            this.status = status;
        }
    }

    private final Kind kind;
    private final String code;
    private final String title;
    private final List<FieldError> errors;
    private final Map<String, Object> extensions;

    public DomainException(Kind kind, String code, String title, String detail) {
        this(kind, code, title, detail, List.of(), Map.of());
    }

    public DomainException(Kind kind, String code, String title, String detail, List<FieldError> errors,
            Map<String, Object> extensions) {
        super(detail, null, false, false);
        this.kind = kind;
        this.code = code;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.extensions = Map.copyOf(extensions);
    }

    /** Copies another refusal, so a named subclass can wrap a factory's result. */
    protected DomainException(DomainException other) {
        this(other.kind, other.code, other.title, other.getMessage(), other.errors, other.extensions);
    }

    /** One offending field of a command (or a parameter). */
    public static DomainException invalid(String field, String message) {
        return new DomainException(Kind.INVALID, "VALIDATION_FAILED", "Invalid request", field + ": " + message,
                List.of(new FieldError(field, message)), Map.of());
    }

    public static DomainException notFound(String what, String id) {
        return new DomainException(Kind.NOT_FOUND, "NOT_FOUND", what + " not found", what + " '" + id + "' does not exist");
    }

    public static DomainException conflict(String code, String title, String detail) {
        return new DomainException(Kind.CONFLICT, code, title, detail);
    }

    public static DomainException refused(String code, String title, String detail) {
        return new DomainException(Kind.REFUSED, code, title, detail);
    }

    public static DomainException unavailable(String code, String title, String detail) {
        return new DomainException(Kind.UNAVAILABLE, code, title, detail);
    }

    public static DomainException preconditionFailed(String code, String title, String detail) {
        return new DomainException(Kind.PRECONDITION_FAILED, code, title, detail);
    }

    public static DomainException preconditionRequired(String code, String title, String detail) {
        return new DomainException(Kind.PRECONDITION_REQUIRED, code, title, detail);
    }

    /** The same refusal with one more problem member (RFC 9457 extension), e.g. the {@code missing} sets. */
    public DomainException with(String member, Object value) {
        Map<String, Object> more = new HashMap<>(extensions);
        more.put(member, value);
        return new DomainException(kind, code, title, getMessage(), errors, more);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }

    public Problem toProblem() {
        return Problem.refusal(kind.status, code, title, getMessage(), errors, extensions);
    }
}
