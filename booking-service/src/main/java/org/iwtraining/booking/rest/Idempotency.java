package org.iwtraining.booking.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.iwtraining.booking.idempotency.IdempotencyStore;
import org.iwtraining.booking.idempotency.IdempotencyStore.Stored;
import org.iwtraining.conventions.problem.ApiException;
import org.iwtraining.conventions.problem.DomainException;
import org.iwtraining.conventions.problem.Problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code Idempotency-Key} for POSTs: the same key with the same body replays the first response (its status,
 * body and Location) and does nothing new; a different body is 422; a retry while the first runs is 409.
 * Refusals (4xx) are replayed too; a failure of our own (5xx) forgets the key so a retry can succeed.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 200;

    private final IdempotencyStore store;
    private final ObjectMapper json;
    private final Requesters requesters;

    public Idempotency(IdempotencyStore store, ObjectMapper json, Requesters requesters) {
        this.store = store;
        this.json = json;
        this.requesters = requesters;
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
        Optional<Stored> first = store.claim(key, scope, hash(requesters.current().subject(), request));
        if (first.isPresent()) {
            return replay(first.get());
        }
        try {
            return store.runAndStore(key, scope, work, this::stored);
        } catch (ApiException e) {
            refused(key, scope, e.toProblem());
            throw e;
        } catch (DomainException e) {
            refused(key, scope, e.toProblem());
            throw e;
        } catch (RuntimeException e) {
            store.release(key, scope);
            throw e;
        }
    }

    /** A refusal (4xx) is the answer to replay; a failure of our own (5xx) forgets the key. */
    private void refused(String key, String scope, Problem problem) {
        if (problem.getStatus() < 500) {
            store.completeRefused(key, scope, new Stored(problem.getStatus(), write(problem), null));
        } else {
            store.release(key, scope);
        }
    }

    private Stored stored(Response response) {
        Object location = response.getHeaders().getFirst("Location");
        return new Stored(response.getStatus(), write(response.getEntity()), location == null ? null : location.toString());
    }

    private static Response replay(Stored stored) {
        Response.ResponseBuilder builder = Response.status(stored.status()).entity(stored.body())
                .type(stored.status() >= 400 ? Problem.MEDIA_TYPE : MediaType.APPLICATION_JSON);
        if (stored.location() != null) {
            builder.header("Location", stored.location());
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
