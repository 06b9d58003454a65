package org.iwtraining.booking.service;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.iwtraining.booking.OutboxEvent;
import org.iwtraining.booking.OutboxStatus;
import org.iwtraining.booking.Webhook;
import org.iwtraining.booking.client.FollowupClient;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Delivers due outbox rows. Each batch is claimed with {@code FOR UPDATE SKIP LOCKED} and stays locked while
 * it is delivered, so several instances never deliver one row at the same time; the outcome is written in the
 * same transaction. A crash between delivery and commit delivers again (at least once): receivers are
 * idempotent by event id.
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
    private final ObjectMapper json;
    private final FollowupClient followup;
    private final WebhookSender webhooks;
    private final NoticeComposer composer;
    private final Mailer mailer;

    public OutboxDispatcher(EntityManager em, Clock clock, OutboxConfig config, ObjectMapper json, FollowupClient followup,
            WebhookSender webhooks, NoticeComposer composer, Mailer mailer) {
        this.em = em;
        this.clock = clock;
        this.config = config;
        this.json = json;
        this.followup = followup;
        this.webhooks = webhooks;
        this.composer = composer;
        this.mailer = mailer;
    }

    @Scheduled(identity = "outbox-dispatcher", every = "${booking.outbox.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        dispatchDue();
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
            return switch (type.receiver()) {
                case NONE -> OutboxOutcome.delivered();
                case FOLLOWUP -> toFollowup(type, event);
                case MAIL -> toMailbox(event);
                case WEBHOOK -> toWebhook(event);
            };
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OutboxOutcome.retry("interrupted");
        } catch (IOException | RuntimeException e) {
            LOG.debugf(e, "delivery of outbox event %s failed", event.id);
            return OutboxOutcome.retry(describe(e));
        }
    }

    private OutboxOutcome toFollowup(OutboxEventType type, OutboxEvent event) throws IOException {
        ObjectNode body = (ObjectNode) json.readTree(event.payload);
        int status = switch (type) {
            case FOLLOWUP_REQUESTED -> followup.openCase(body);
            case CASCADE_STARTED -> followup.cascadeStarted(body);
            case PERSON_LEFT -> followup.personEvent(personEvent(body, event, "LEFT"));
            case PERSON_UPDATED -> followup.personEvent(personEvent(body, event, "UPDATED"));
            case COMPLETION_REVOKED -> followup.personEvent(personEvent(body, event, "COMPLETION_REVOKED"));
            default -> throw new IllegalStateException(type + " is not for followup-service");
        };
        return OutboxOutcome.ofHttpStatus("followup-service", status);
    }

    /** followup-service deduplicates person events by their id, so a redelivery carries the same one. */
    private static JsonNode personEvent(ObjectNode payload, OutboxEvent event, String type) {
        return payload.put("eventId", event.eventId).put("type", type);
    }

    private OutboxOutcome toMailbox(OutboxEvent event) throws IOException {
        mailer.send(composer.compose(json.readValue(event.payload, NoticePayload.class)));
        return OutboxOutcome.delivered();
    }

    /** Standard Webhooks: any 2xx is received, 410 Gone ends the subscription, anything else is retried. */
    private OutboxOutcome toWebhook(OutboxEvent event) throws IOException, InterruptedException {
        Webhook webhook = Webhook.findById(event.webhookId);
        if (webhook == null) {
            return OutboxOutcome.failed("subscription deleted");
        }
        if (!webhook.active) {
            return OutboxOutcome.failed("subscription disabled: " + webhook.disabledReason);
        }
        int status = webhooks.send(webhook, event);
        if (status == 410) {
            webhook.active = false;
            webhook.disabledReason = "the receiver answered 410 Gone at " + clock.instant();
            return OutboxOutcome.failed("receiver answered HTTP 410 Gone; subscription disabled");
        }
        return status >= 200 && status < 300 ? OutboxOutcome.delivered() : OutboxOutcome.retry("receiver answered HTTP " + status);
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
