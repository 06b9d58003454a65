package org.iwtraining.booking.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.iwtraining.booking.IdempotencyRecord;
import org.iwtraining.conventions.problem.DomainException;

/**
 * Idempotency-Key records. A key is claimed by inserting its row (the primary key makes one claimant win,
 * across instances); the response is stored in the same transaction as the work, so a replay never books
 * twice. Keys are kept 24 hours; a claim left unfinished for a minute (a crashed instance) may be taken over.
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

    /**
     * Claims the key for this request, or answers the response to replay. Same key with another body: 422;
     * the first request still running: 409.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Stored> claim(String key, String scope, String requestHash) {
        Instant now = clock.instant();
        int inserted = em.createNativeQuery("insert into idempotency_record (idem_key, scope, request_hash, created_at) "
                + "values (?1, ?2, ?3, ?4) on conflict do nothing")
                .setParameter(1, key).setParameter(2, scope).setParameter(3, requestHash).setParameter(4, now).executeUpdate();
        if (inserted == 1) {
            return Optional.empty();
        }
        IdempotencyRecord.Key id = new IdempotencyRecord.Key();
        id.idemKey = key;
        id.scope = scope;
        IdempotencyRecord existing = em.find(IdempotencyRecord.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (existing == null) {
            throw inProgress();
        }
        boolean expired = existing.createdAt.plus(KEPT).isBefore(now);
        boolean abandoned = existing.status == null && existing.createdAt.plus(ABANDONED_AFTER).isBefore(now);
        if (expired || abandoned) {
            existing.requestHash = requestHash;
            existing.status = null;
            existing.body = null;
            existing.location = null;
            existing.contentType = null;
            existing.etag = null;
            existing.createdAt = now;
            return Optional.empty();
        }
        if (existing.status == null) {
            throw inProgress();
        }
        if (!existing.requestHash.equals(requestHash)) {
            throw DomainException.refused("IDEMPOTENCY_KEY_REUSED", "Idempotency key reused",
                    "This Idempotency-Key was first used with a different request body");
        }
        return Optional.of(new Stored(existing.status, existing.body, existing.contentType, existing.location, existing.etag));
    }

    /** Does the work and stores its response in one transaction: either both happen or neither. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T runAndStore(String key, String scope, Supplier<T> work, Function<T, Stored> response) {
        T result = work.get();
        store(key, scope, response.apply(result));
        return result;
    }

    /** Stores a refusal, after the work's transaction rolled back. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void completeRefused(String key, String scope, Stored response) {
        store(key, scope, response);
    }

    /** Forgets a claim whose request failed for a reason a retry may not meet (the service's own fault). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String key, String scope) {
        em.createNativeQuery("delete from idempotency_record where idem_key = ?1 and scope = ?2 and status is null")
                .setParameter(1, key).setParameter(2, scope).executeUpdate();
    }

    /** Drops keys older than 24 hours; answers how many. */
    @Transactional
    public int purgeExpired() {
        return em.createNativeQuery("delete from idempotency_record where created_at < ?1")
                .setParameter(1, clock.instant().minus(KEPT)).executeUpdate();
    }

    private void store(String key, String scope, Stored response) {
        em.createNativeQuery("update idempotency_record set status = ?3, body = ?4, location = ?5, content_type = ?6, etag = ?7 "
                + "where idem_key = ?1 and scope = ?2")
                .setParameter(1, key).setParameter(2, scope).setParameter(3, response.status())
                .setParameter(4, response.body()).setParameter(5, response.location())
                .setParameter(6, response.contentType()).setParameter(7, response.etag()).executeUpdate();
    }

    private static DomainException inProgress() {
        return DomainException.conflict("IDEMPOTENCY_KEY_IN_USE", "Request in progress",
                "A request with this Idempotency-Key is still being processed; retry shortly");
    }
}
