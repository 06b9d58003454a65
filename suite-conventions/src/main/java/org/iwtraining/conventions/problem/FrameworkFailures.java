package org.iwtraining.conventions.problem;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Problem details for the refusals the HTTP layer makes before any resource runs, which Quarkus answers with an
 * empty body. A body whose {@code Content-Length} is over {@code quarkus.http.limits.max-body-size} is refused here
 * first (Quarkus's own check, at route order -2, would end it bare), with {@code Connection: close} as Quarkus does, since
 * the rest of the body is not read. Any other failure with a 4xx status (400 for a request whose query does not
 * decode, e.g. a malformed percent-encoding) gets its body from one failure handler on every route, ahead of Quarkus's
 * own; 5xx failures and answers already begun are left to it.
 */
@ApplicationScoped
public class FrameworkFailures {

    private final ObjectMapper json;
    private final long maxBodySize;

    public FrameworkFailures(ObjectMapper json,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize) {
        this.json = json;
        this.maxBodySize = maxBodySize.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::checkTarget).handler(this::limitBody).failureHandler(this::answer);
    }

    /**
     * A request target that is not a URI (a {@code %} without two hex digits) or whose escapes are not UTF-8 is 400
     * problem details before anything reads it. Quarkus's own check of the first kind answers with an empty 400
     * ahead of every route unless {@code -Dvertx.disableURIValidation=true} hands it to this one, which the suite
     * sets (surefire, compose); without it, this check still catches escapes that are not UTF-8.
     */
    void checkTarget(RoutingContext ctx) {
        if (wellFormed(ctx.request().uri())) {
            ctx.next();
            return;
        }
        ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
        write(ctx, 400);
    }

    static boolean wellFormed(String target) {
        if (target == null) {
            return false;
        }
        try {
            URI uri = new URI(target);
            return utf8(uri.getRawPath()) && utf8(uri.getRawQuery());
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Every percent-escape decodes to well-formed UTF-8 (a {@code +} or a literal character needs no check). */
    private static boolean utf8(String raw) {
        if (raw == null || raw.indexOf('%') < 0) {
            return true;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0 || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    return false;
                }
                bytes.write(Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16));
                i += 2;
            } else {
                byte[] literal = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(literal, 0, literal.length);
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    void limitBody(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long declared;
        try {
            declared = length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            declared = -1;
        }
        if (declared <= maxBodySize) {
            ctx.next();
            return;
        }
        ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
        ctx.response().endHandler(ignored -> ctx.request().connection().close());
        write(ctx, 413);
    }

    void answer(RoutingContext ctx) {
        int status = ctx.statusCode();
        if (status < 400 || status >= 500 || ctx.response().headWritten() || ctx.response().ended()) {
            ctx.next();
            return;
        }
        write(ctx, status);
    }

    private void write(RoutingContext ctx, int status) {
        Problem problem = Problem.of(status, HttpResponseStatus.valueOf(status).reasonPhrase(), detailFor(status));
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem could not be written as JSON", e);
        }
        ctx.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(body);
    }

    private static String detailFor(int status) {
        return switch (status) {
            case 400 -> "The request could not be read: its path, query or headers are malformed (e.g. a broken percent-encoding)";
            case 413 -> "The request body is too large";
            case 414 -> "The request line is too long";
            case 431 -> "The request headers are too large";
            default -> "The request was refused";
        };
    }
}
