package org.iwtraining.booking.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.iwtraining.booking.IdempotencyRecord;
import org.iwtraining.conventions.problem.DomainException;

/**
 * Idempotency-Key records. A key is claimed by inserting its row with the response, in the transaction of the
 * work itself (the primary key makes one claimant win, across instances): the work and its record commit together
 * or not at all, so a request that fails — the database going away included — leaves no claim behind and its retry
 * runs again, and a retry after a commit whose answer was lost replays it. A second request with the key while the
 * first runs waits for the first's commit at the insert, then replays its answer. Keys are kept 24 hours; a claim
 * row without a response (written by a version of the service that claimed before the work) is taken over after a
 * minute, and answered 409 before.
 */
@ApplicationScoped
public class IdempotencyStore {

    static final Duration KEPT = Duration.ofHours(24);
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(1);

    private final EntityManager em;
    private final Clock clock;

    public IdempotencyStore(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** The stored first response: status, body, Content-Type (with its charset), Location and ETag. */
    public record Stored(int status, String body, String contentType, String location, String etag) {
    }

    /** The key was answered already (or, by an older version, is being worked on): the work was rolled back. */
    public static final class KeyTaken extends RuntimeException {
        private KeyTaken() {
            super("Idempotency-Key taken", null, false, false);
        }
    }

    /**
     * Does the work and stores its response under the key in one transaction. When the key holds an answer already,
     * nothing the work did is kept: {@link KeyTaken}, and {@link #replay} answers.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T runAndStore(String key, String scope, String requestHash, Supplier<T> work, Function<T, Stored> response) {
        T result = work.get();
        if (!store(key, scope, requestHash, response.apply(result))) {
            throw new KeyTaken();
        }
        return result;
    }

    /** Stores a refusal, after the work's transaction rolled back; {@link KeyTaken} when the key holds an answer. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void storeRefused(String key, String scope, String requestHash, Stored response) {
        if (!store(key, scope, requestHash, response)) {
            throw new KeyTaken();
        }
    }

    /**
     * The answer the key holds, to replay. Same key with another body: 422; a claim without an answer yet (an older
     * version's, under a minute old): 409.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Stored replay(String key, String scope, String requestHash) {
        IdempotencyRecord.Key id = new IdempotencyRecord.Key();
        id.idemKey = key;
        id.scope = scope;
        IdempotencyRecord existing = em.find(IdempotencyRecord.class, id);
        if (existing == null || existing.status == null) {
            throw DomainException.conflict("IDEMPOTENCY_KEY_IN_USE", "Request in progress",
                    "A request with this Idempotency-Key is still being processed; retry shortly");
        }
        if (!existing.requestHash.equals(requestHash)) {
            throw DomainException.refused("IDEMPOTENCY_KEY_REUSED", "Idempotency key reused",
                    "This Idempotency-Key was first used with a different request body");
        }
        return new Stored(existing.status, existing.body, existing.contentType, existing.location, existing.etag);
    }

    /** Drops keys older than 24 hours; answers how many. */
    @Transactional
    public int purgeExpired() {
        return em.createNativeQuery("delete from idempotency_record where created_at < ?1")
                .setParameter(1, clock.instant().minus(KEPT)).executeUpdate();
    }

    /**
     * Inserts the key with its answer, or takes over an expired key or an abandoned claim; false when the key holds
     * a live one (committed, or waited for at the insert until its transaction committed).
     */
    private boolean store(String key, String scope, String requestHash, Stored response) {
        Instant now = clock.instant();
        return em.createNativeQuery("insert into idempotency_record (idem_key, scope, request_hash, created_at, status, body, "
                + "location, content_type, etag) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) on conflict (idem_key, scope) do update "
                + "set request_hash = excluded.request_hash, created_at = excluded.created_at, status = excluded.status, "
                + "body = excluded.body, location = excluded.location, content_type = excluded.content_type, etag = excluded.etag "
                + "where idempotency_record.created_at < ?10 "
                + "or (idempotency_record.status is null and idempotency_record.created_at < ?11)")
                .setParameter(1, key).setParameter(2, scope).setParameter(3, requestHash).setParameter(4, now)
                .setParameter(5, response.status()).setParameter(6, response.body()).setParameter(7, response.location())
                .setParameter(8, response.contentType()).setParameter(9, response.etag())
                .setParameter(10, now.minus(KEPT)).setParameter(11, now.minus(ABANDONED_AFTER)).executeUpdate() == 1;
    }
}
