package org.iwtraining.conventions.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An RFC 9457 problem details body. {@code code} is the machine-readable reason of a business refusal,
 * {@code errors} the offending fields of a validation failure; {@code extensions} are written as
 * top-level members (RFC 9457 section 3.2), e.g. the missing module sets of a prerequisite refusal.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "type", "title", "status", "detail", "code", "errors" })
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";

    private final String type;
    private final String title;
    private final int status;
    private final String detail;
    private final String code;
    private final List<FieldError> errors;
    private final Map<String, Object> extensions;

    public Problem(String type, String title, int status, String detail, String code, List<FieldError> errors,
            Map<String, Object> extensions) {
        this.type = type;
        this.title = title;
        this.status = status;
        this.detail = detail;
        this.code = code;
        this.errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
        this.extensions = extensions == null ? Map.of() : new LinkedHashMap<>(extensions);
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem(null, title, status, detail, null, null, null);
    }

    /** A refusal with a machine code: its {@code type} is derived from the code. */
    static Problem refusal(int status, String code, String title, String detail, List<FieldError> errors,
            Map<String, Object> extensions) {
        String type = code == null ? null
                : "VALIDATION_FAILED".equals(code) ? ProblemTypes.VALIDATION : ProblemTypes.forCode(code);
        return new Problem(type, title, status, detail, code, errors, extensions);
    }

    public static Problem invalid(String detail, List<FieldError> errors) {
        return new Problem(ProblemTypes.VALIDATION, "Invalid request", 400, detail, "VALIDATION_FAILED", errors, null);
    }

    public String getType() {
        return type == null ? ProblemTypes.forStatus(status) : type;
    }

    public String getTitle() {
        return title;
    }

    public int getStatus() {
        return status;
    }

    public String getDetail() {
        return detail;
    }

    public String getCode() {
        return code;
    }

    public List<FieldError> getErrors() {
        return errors;
    }

    @JsonAnyGetter
    public Map<String, Object> getExtensions() {
        return extensions;
    }
}
