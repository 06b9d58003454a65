package org.iwtraining.booking.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.iwtraining.booking.idempotency.IdempotencyStore;
import org.iwtraining.booking.idempotency.IdempotencyStore.KeyTaken;
import org.iwtraining.booking.idempotency.IdempotencyStore.Stored;
import org.iwtraining.conventions.audit.AuditContext;
import org.iwtraining.conventions.audit.ConcernsPeople;
import org.iwtraining.conventions.problem.ApiException;
import org.iwtraining.conventions.problem.DomainException;
import org.iwtraining.conventions.problem.Problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code Idempotency-Key} for POSTs: the same key with the same body replays the first response (its status,
 * the very bytes of its body, its {@code Content-Type} with the charset, {@code Location} and {@code ETag}, plus
 * {@code Idempotent-Replayed: true}) and keeps nothing new (a replay's work is rolled back); a different body is 422; a
 * retry while the first runs is
 * answered once the first is done (its answer replayed). Refusals (4xx) are replayed too; a failure of our own (5xx)
 * stores nothing, with the work rolled back, so a retry can succeed ({@link IdempotencyStore}: the record is written in
 * the work's own transaction). The first response is sent from the stored record as well, so the two cannot differ by
 * a byte.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    /** On a replayed answer only (draft-ietf-httpapi-idempotency-key-header names no header; this one is common). */
    public static final String REPLAYED = "Idempotent-Replayed";
    static final String JSON_UTF8 = MediaType.APPLICATION_JSON + ";charset=UTF-8";
    static final String PROBLEM_UTF8 = Problem.MEDIA_TYPE + ";charset=UTF-8";
    private static final int MAX_KEY_LENGTH = 200;

    private final IdempotencyStore store;
    private final ObjectMapper json;
    private final Requesters requesters;
    private final AuditContext audit;

    public Idempotency(IdempotencyStore store, ObjectMapper json, Requesters requesters, AuditContext audit) {
        this.store = store;
        this.json = json;
        this.requesters = requesters;
        this.audit = audit;
    }

    public Response run(String key, String scope, Object request, Supplier<Response> work) {
        if (key == null) {
            return work.get();
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw ApiException.invalidField(HEADER, "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        // a key is its asker's own: the same key and body from another subject is a reused key (422), never a replay
        // of the first asker's answer
        String requestHash = hash(requesters.current().subject(), request);
        try {
            return respond(store.runAndStore(key, scope, requestHash, () -> stored(work.get()), stored -> stored), false);
        } catch (KeyTaken e) {
            return respond(store.replay(key, scope, requestHash), true);
        } catch (ApiException e) {
            return refused(key, scope, requestHash, e.toProblem()).orElseThrow(() -> e);
        } catch (DomainException e) {
            return refused(key, scope, requestHash, e.toProblem()).orElseThrow(() -> e);
        }
    }

    /**
     * A refusal (4xx) is the answer to replay, sent from its record as the replays will be — unless the key holds an
     * answer already (this request a retry, refused now because the first one was done): that one is replayed. A
     * failure of our own (5xx) stores nothing, so a retry runs again, and is left to the problem mappers.
     */
    private Optional<Response> refused(String key, String scope, String requestHash, Problem problem) {
        if (problem.getStatus() >= 500) {
            return Optional.empty();
        }
        Stored refusal = new Stored(problem.getStatus(), write(problem), PROBLEM_UTF8, null, null);
        audit.answeredWith(refusal.status());
        try {
            store.storeRefused(key, scope, requestHash, refusal);
        } catch (KeyTaken e) {
            return Optional.of(respond(store.replay(key, scope, requestHash), true));
        }
        return Optional.of(respond(refusal, false));
    }

    private Stored stored(Response response) {
        Object entity = response.getEntity();
        if (entity instanceof ConcernsPeople view) {
            // the answer leaves as text: the audit learns here whom it concerned
            view.personIds().forEach(audit::concerns);
        }
        // the answer is this one unless the key holds another: the audit row commits with its status
        audit.answeredWith(response.getStatus());
        Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        EntityTag tag = response.getEntityTag();
        MediaType type = response.getMediaType();
        String contentType = type == null ? JSON_UTF8
                : type.getParameters().containsKey(MediaType.CHARSET_PARAMETER) ? type.toString()
                : type.withCharset("UTF-8").toString();
        return new Stored(response.getStatus(), write(entity), contentType, location == null ? null : location.toString(),
                tag == null ? null : (tag.isWeak() ? "W/" : "") + "\"" + tag.getValue() + "\"");
    }

    /** The stored answer, as first sent or replayed. */
    private static Response respond(Stored stored, boolean replayed) {
        String contentType = stored.contentType() != null ? stored.contentType() : stored.status() >= 400 ? PROBLEM_UTF8 : JSON_UTF8;
        Response.ResponseBuilder builder = Response.status(stored.status())
                .entity(stored.body().getBytes(StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_TYPE, contentType);
        if (stored.location() != null) {
            builder.header(HttpHeaders.LOCATION, stored.location());
        }
        if (stored.etag() != null) {
            builder.header(HttpHeaders.ETAG, stored.etag());
        }
        if (replayed) {
            builder.header(REPLAYED, "true");
        }
        return builder.build();
    }

    private String hash(String subject, Object request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((subject == null ? "" : subject).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            byte[] digest = sha.digest(write(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a response could not be written as JSON", e);
        }
    }
}
