package org.iwtraining.conventions.problem;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.iwtraining.conventions.input.FieldMessages;
import org.iwtraining.conventions.input.NulCharacterException;
import org.iwtraining.conventions.input.StrictJson;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Turns every failure into RFC 9457 problem details. Client mistakes get a 4xx naming the offending
 * field; an unexpected failure is logged here and answered with a bare 500 that names no class.
 */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private ProblemMappers() {
    }

    static Response respond(Problem problem) {
        Response.ResponseBuilder response = Response.status(problem.getStatus()).type(Problem.MEDIA_TYPE).entity(problem);
        if (problem.getStatus() == 503) {
            // every 503 is a moment's unavailability (the catalogue, the database): say when to try again
            response.header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS);
        }
        return response.build();
    }

    @Provider
    public static class ApiExceptionMapper implements ExceptionMapper<ApiException> {
        @Override
        public Response toResponse(ApiException e) {
            return respond(e.toProblem());
        }
    }

    @Provider
    public static class DomainExceptionMapper implements ExceptionMapper<DomainException> {
        @Override
        public Response toResponse(DomainException e) {
            return respond(e.toProblem());
        }
    }

    /**
     * No bearer token where one is needed. The services check tokens lazily ({@code quarkus.http.auth.proactive=false})
     * and their path permissions apply to the REST endpoints ({@code applies-to=JAXRS}), so the refusal reaches
     * this mapper instead of ending with Quarkus's empty challenge; the challenge header stays (RFC 6750).
     */
    @Provider
    public static class UnauthorizedMapper implements ExceptionMapper<UnauthorizedException> {
        @Override
        public Response toResponse(UnauthorizedException e) {
            return unauthorized("Bearer", "A bearer token from the identity provider is required");
        }
    }

    /** A bearer token that is not valid: expired, not signed by the provider, unsigned, or for another audience. */
    @Provider
    public static class AuthenticationFailedMapper implements ExceptionMapper<AuthenticationFailedException> {
        @Override
        public Response toResponse(AuthenticationFailedException e) {
            // which check failed stays in the server's debug log: telling a caller helps only a forger
            return unauthorized("Bearer error=\"invalid_token\"", "The bearer token is not valid");
        }
    }

    /** A valid token without the role (or the relation to the record) the operation needs. */
    @Provider
    public static class ForbiddenMapper implements ExceptionMapper<ForbiddenException> {
        @Override
        public Response toResponse(ForbiddenException e) {
            return respond(Problem.of(403, "Forbidden", "The token does not allow this operation"));
        }
    }

    private static Response unauthorized(String challenge, String detail) {
        return Response.status(401).header("WWW-Authenticate", challenge).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(401, "Unauthorized", detail)).build();
    }

    @Provider
    public static class ViolationMapper implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            return violations(e);
        }
    }

    /** The validator extension's own subtype has a built-in mapper; this one takes precedence over it. */
    @Provider
    public static class ResteasyViolationMapper implements ExceptionMapper<ResteasyReactiveViolationException> {
        @Override
        public Response toResponse(ResteasyReactiveViolationException e) {
            return violations(e);
        }
    }

    @Provider
    public static class JsonMapper implements ExceptionMapper<JsonProcessingException> {
        @Override
        public Response toResponse(JsonProcessingException e) {
            return respond(malformed(e));
        }
    }

    /**
     * A wrong type or an unknown enum value: Quarkus REST has a built-in mapper for this subtype that
     * answers in its own shape; this one takes precedence so the field is named in problem details.
     */
    @Provider
    public static class MismatchedInputMapper implements ExceptionMapper<MismatchedInputException> {
        @Override
        public Response toResponse(MismatchedInputException e) {
            return respond(malformed(e));
        }
    }

    /**
     * Framework exceptions (unknown path, wrong method, unsupported media type, unreadable body) keep
     * their status but speak problem details.
     */
    @Provider
    public static class WebApplicationMapper implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            if (e.getCause() instanceof JsonProcessingException json) {
                return respond(malformed(json));
            }
            int status = e.getResponse().getStatus();
            if (status >= 500) {
                LOG.error("Request failed", e);
                return respond(Problem.of(status, "Internal error", "The server could not complete the request"));
            }
            Response.StatusType type = e.getResponse().getStatusInfo();
            String title = type.getReasonPhrase() == null ? "Request refused" : type.getReasonPhrase();
            Response.ResponseBuilder builder = Response.fromResponse(e.getResponse())
                    .type(Problem.MEDIA_TYPE)
                    .entity(Problem.of(status, title, detailFor(status)));
            return builder.build();
        }

        private static String detailFor(int status) {
            return switch (status) {
                case 404 -> "No resource at this address";
                case 405 -> "This resource does not accept that method";
                case 406 -> "This resource cannot answer in the requested media type";
                case 413 -> "The request body is too large";
                case 415 -> "This resource does not accept that content type";
                default -> "The request was refused";
            };
        }
    }

    @Provider
    public static class UnexpectedMapper implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            if (DatabaseUnavailable.causes(e)) {
                // expected while the database restarts or the pool is exhausted: one line, not a stack trace
                LOG.warnf("Database unavailable, answered 503: %s", rootMessage(e));
                return respond(DatabaseUnavailable.problem());
            }
            if (ConcurrentChange.causes(e)) {
                LOG.infof("Concurrent change, answered 409: %s", rootMessage(e));
                return respond(ConcurrentChange.problem());
            }
            LOG.error("Unexpected failure", e);
            return respond(Problem.of(500, "Internal error", "The server could not complete the request"));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static Response violations(ConstraintViolationException e) {
        if (e.getConstraintViolations().stream().anyMatch(ProblemMappers::isReturnValue)) {
            LOG.error("A response failed its own constraints", e);
            return respond(Problem.of(500, "Internal error", "The server could not complete the request"));
        }
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .collect(Collectors.toList());
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return respond(Problem.invalid(detail, errors));
    }

    private static boolean isReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /**
     * A violation's property path without the method name: {@code create.request.name} → {@code name} for a
     * body's property, {@code list.limit} → {@code limit} for a query parameter.
     */
    static String fieldOf(ConstraintViolation<?> violation) {
        String parameter = null;
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> {
                }
                case PARAMETER -> parameter = node.getName();
                default -> {
                    if (node.getIndex() != null) {
                        field.append('[').append(node.getIndex()).append(']');
                    } else if (node.getKey() != null) {
                        field.append('[').append(node.getKey()).append(']');
                    }
                    if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                        field.append(field.length() > 0 ? "." : "").append(node.getName());
                    }
                }
            }
        }
        if (field.length() > 0) {
            return field.toString();
        }
        return parameter == null ? "body" : parameter;
    }

    static Problem malformed(JsonProcessingException e) {
        // the parser's own refusals (a member named twice, nesting too deep, a string too long) reach here
        // bare or wrapped by data binding with the path of the member that held them
        JsonProcessingException root = e;
        while (root.getCause() instanceof JsonProcessingException cause && cause != root) {
            root = cause;
        }
        String rootMessage = root.getOriginalMessage() == null ? "" : root.getOriginalMessage();
        if (root instanceof StreamConstraintsException) {
            String message = rootMessage.contains("nesting depth") ? "nests deeper than " + StrictJson.MAX_DEPTH + " levels"
                    : rootMessage.contains("String value length") ? "is longer than " + StrictJson.MAX_STRING + " characters"
                    : "exceeds the limits of the request body";
            return refused(e instanceof JsonMappingException mapping ? pathOf(mapping) : "body", message);
        }
        if (root instanceof JsonParseException && rootMessage.startsWith("Duplicate field '")) {
            String name = rootMessage.substring("Duplicate field '".length(), rootMessage.indexOf('\'', "Duplicate field '".length()));
            String parent = e instanceof JsonMappingException mapping ? pathOf(mapping) : "body";
            return refused("body".equals(parent) ? name : parent + "." + name, "is given more than once");
        }
        // a body cut short surfaces from data binding, not from the parser, but it is malformed all the same
        boolean truncated = e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Unexpected end-of-input");
        if (truncated || e instanceof JsonParseException || !(e instanceof JsonMappingException mapping)) {
            return new Problem(ProblemTypes.MALFORMED, "Malformed request body", 400,
                    "The body is not well-formed JSON", "MALFORMED_JSON", List.of(new FieldError("body", "not well-formed JSON")), null);
        }
        String field = pathOf(mapping);
        String message = mapping instanceof NulCharacterException text ? text.fieldMessage()
                : mapping.getPath().isEmpty() ? "has the wrong shape"
                : mapping instanceof MismatchedInputException mismatch ? FieldMessages.forMismatch(mismatch)
                : "has the wrong type or format";
        return refused(field, message);
    }

    private static Problem refused(String field, String message) {
        return new Problem(ProblemTypes.VALIDATION, "Invalid request", 400, field + ": " + message, "VALIDATION_FAILED",
                List.of(new FieldError(field, message)), null);
    }

    static String pathOf(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.length() == 0 ? "body" : field.toString();
    }
}
