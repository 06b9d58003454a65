package org.iwtraining.booking.outbox;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;

import org.iwtraining.booking.OutboxEvent;
import org.iwtraining.booking.OutboxStatus;
import org.iwtraining.booking.config.OutboxConfig;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Delivers due outbox rows, each to the {@link Receiver} of its event type's destination. Each batch is claimed
 * with {@code FOR UPDATE SKIP LOCKED} and stays locked while it is delivered, so several instances never deliver
 * one row at the same time; the outcome is written in the same transaction. A crash between delivery and commit
 * delivers again (at least once): receivers are idempotent by event id.
 */
@ApplicationScoped
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class);
    /** Enough for a batch of receivers each taking their full timeout. */
    private static final int BATCH_TX_TIMEOUT_SECONDS = 300;
    /** A run drains what is due, but yields now and then to the next scheduled run. */
    private static final int MAX_BATCHES_PER_RUN = 500;
    private static final int MAX_ERROR_LENGTH = 1000;

    private final EntityManager em;
    private final Clock clock;
    private final OutboxConfig config;
    private final Map<OutboxEventType.Destination, Receiver> receivers = new EnumMap<>(OutboxEventType.Destination.class);

    public OutboxDispatcher(EntityManager em, Clock clock, OutboxConfig config, Instance<Receiver> receivers) {
        this.em = em;
        this.clock = clock;
        this.config = config;
        receivers.forEach(receiver -> this.receivers.put(receiver.destination(), receiver));
    }

    /** Delivers what is due now, batch after batch; tests call it instead of waiting for the scheduler. */
    public int dispatchDue() {
        int total = 0;
        for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
            int claimed = QuarkusTransaction.requiringNew().timeout(BATCH_TX_TIMEOUT_SECONDS).call(this::dispatchBatch);
            total += claimed;
            if (claimed < config.batchSize()) {
                break;
            }
        }
        return total;
    }

    private int dispatchBatch() {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<OutboxEvent> due = em.createNativeQuery("select * from outbox_event where status = 'PENDING' and next_attempt_at <= ?1 "
                + "order by next_attempt_at, id limit ?2 for update skip locked", OutboxEvent.class)
                .setParameter(1, now).setParameter(2, config.batchSize()).getResultList();
        for (OutboxEvent event : due) {
            record(event, attempt(event), clock.instant());
        }
        return due.size();
    }

    private OutboxOutcome attempt(OutboxEvent event) {
        try {
            OutboxEventType type = OutboxEventType.ofWireName(event.type)
                    .orElseThrow(() -> new IllegalStateException("unknown event type " + event.type));
            if (type.destination() == OutboxEventType.Destination.NONE) {
                return OutboxOutcome.delivered();
            }
            Receiver receiver = receivers.get(type.destination());
            if (receiver == null) {
                throw new IllegalStateException("no receiver for " + type.destination());
            }
            return receiver.deliver(type, event);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OutboxOutcome.retry("interrupted");
        } catch (IOException | RuntimeException e) {
            LOG.debugf(e, "delivery of outbox event %s failed", event.id);
            return OutboxOutcome.retry(describe(e));
        }
    }

    private void record(OutboxEvent event, OutboxOutcome outcome, Instant now) {
        event.attempts++;
        switch (outcome.kind()) {
            case DELIVERED -> {
                event.status = OutboxStatus.DELIVERED;
                event.deliveredAt = now;
            }
            case FAILED -> {
                event.status = OutboxStatus.FAILED;
                event.lastError = truncate(outcome.error());
            }
            case RETRY -> {
                Instant next = now.plus(backoff(event.attempts));
                if (next.isAfter(event.retryUntil)) {
                    event.status = OutboxStatus.FAILED;
                    event.lastError = truncate(outcome.error() + " (retry window ended after " + event.attempts + " attempts)");
                } else {
                    event.nextAttemptAt = next;
                    event.lastError = truncate(outcome.error());
                }
            }
        }
    }

    /** Doubles from the first retry delay up to the maximum. */
    Duration backoff(int attempts) {
        Duration delay = config.firstRetry();
        for (int i = 1; i < attempts && delay.compareTo(config.maxRetryDelay()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(config.maxRetryDelay()) > 0 ? config.maxRetryDelay() : delay;
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static String truncate(String error) {
        return error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
    }
}
