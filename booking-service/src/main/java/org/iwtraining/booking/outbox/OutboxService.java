package org.iwtraining.booking.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.iwtraining.booking.OutboxEvent;
import org.iwtraining.booking.OutboxStatus;
import org.iwtraining.booking.config.OutboxConfig;
import org.iwtraining.conventions.paging.Page;
import org.iwtraining.conventions.paging.PageRequest;
import org.iwtraining.conventions.problem.DomainException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes events into the outbox in the caller's transaction, so an event commits or rolls back with the change
 * it reports, and lets operators see and retry what could not be delivered.
 */
@ApplicationScoped
@Transactional
public class OutboxService {

    private final ObjectMapper json;
    private final Clock clock;
    private final OutboxConfig config;
    private final Subscriptions subscriptions;
    private final EntityManager em;

    public OutboxService(ObjectMapper json, Clock clock, OutboxConfig config, Subscriptions subscriptions, EntityManager em) {
        this.json = json;
        this.em = em;
        this.clock = clock;
        this.config = config;
        this.subscriptions = subscriptions;
    }

    /**
     * Records an event, plus one delivery per webhook subscribed to its type. Must run inside the transaction of
     * the change (there is no outbox without one).
     *
     * @param key what the event is about (a person's hrId, a booking id), for operators
     * @return the event id: the {@code webhook-id} of its webhook deliveries and the {@code eventId} followup-service sees
     */
    @Transactional(TxType.MANDATORY)
    public String publish(OutboxEventType type, String key, Object payload) {
        if (type == OutboxEventType.WEBHOOK_DELIVERY) {
            throw new IllegalArgumentException("webhook deliveries are derived from events, not published");
        }
        Instant now = clock.instant();
        String eventId = UUID.randomUUID().toString();
        OutboxEvent event = row(eventId, type, key, eventId, null, write(payload), now);
        if (type.destination() == OutboxEventType.Destination.NONE) {
            // Nothing inside the suite consumes it: it exists for the webhooks (and the record).
            event.status = OutboxStatus.DELIVERED;
            event.deliveredAt = now;
        }
        event.persist();
        if (type.subscribable()) {
            String body = write(new WebhookEnvelope(type.wireName(), now, payload));
            for (String webhookId : subscriptions.subscribersOf(type)) {
                row(UUID.randomUUID().toString(), OutboxEventType.WEBHOOK_DELIVERY, key, eventId, webhookId, body, now).persist();
            }
        }
        return eventId;
    }

    public Page<OutboxEvent> list(List<OutboxStatus> statuses, PageRequest page) {
        return OutboxPages.byCreation(em, OutboxEvent.class, "e.status in ?1", List.<Object>of(statuses), page, e -> e.createdAt, e -> e.id);
    }

    public Optional<OutboxEvent> find(String id) {
        return OutboxEvent.findByIdOptional(id);
    }

    /** Makes a row due now with a fresh retry window; a delivered row stays delivered (a notice is never sent twice). */
    public OutboxEvent retry(String id) {
        OutboxEvent event = OutboxEvent.<OutboxEvent>findByIdOptional(id).orElseThrow(() -> DomainException.notFound("Outbox event", id));
        if (event.status == OutboxStatus.DELIVERED) {
            throw DomainException.conflict("ALREADY_DELIVERED", "Already delivered", "Outbox event '" + id + "' was delivered at "
                    + event.deliveredAt + "; it is never delivered twice");
        }
        Instant now = clock.instant();
        event.status = OutboxStatus.PENDING;
        event.nextAttemptAt = now;
        event.retryUntil = now.plus(config.retryWindow());
        return event;
    }

    private OutboxEvent row(String id, OutboxEventType type, String key, String eventId, String webhookId, String payload,
            Instant now) {
        OutboxEvent event = new OutboxEvent();
        event.id = id;
        event.type = type.wireName();
        event.key = key;
        event.eventId = eventId;
        event.webhookId = webhookId;
        event.payload = payload;
        event.status = OutboxStatus.PENDING;
        event.createdAt = now;
        event.nextAttemptAt = now;
        event.retryUntil = now.plus(config.retryWindow());
        return event;
    }

    private String write(Object payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event payload is not serialisable", e);
        }
    }
}
