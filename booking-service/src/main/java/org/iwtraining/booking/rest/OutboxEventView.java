package org.iwtraining.booking.rest;

import java.io.UncheckedIOException;
import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iwtraining.booking.OutboxEvent;
import org.iwtraining.booking.OutboxStatus;
import org.iwtraining.booking.notices.NoticePayload;
import org.iwtraining.booking.outbox.OutboxPayloads;
import org.iwtraining.booking.outbox.WebhookEnvelope;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** An outbox row as operators see it. */
@Schema(name = "OutboxEventView")
public record OutboxEventView(
        String id,
        @Schema(description = "completion.recorded, completion.revoked, followup.requested, cascade.started, person.left, person.updated, person.erased, notice.*, or webhook.delivery")
        String type,
        @Schema(description = "What the event is about: a person's hrId, a booking id") String key,
        @Schema(description = "The event delivered; for a webhook delivery, the event's id (its webhook-id header)") String eventId,
        @Schema(description = "The subscription, for a webhook delivery") String webhookId,
        OutboxStatus status,
        int attempts,
        String lastError,
        Instant createdAt,
        Instant nextAttemptAt,
        @Schema(description = "The event is FAILED when it is still undelivered then") Instant retryUntil,
        Instant deliveredAt,
        @Schema(description = "The event's payload, of the schema its type names (for a webhook delivery, the body "
                + "posted)", anyOf = {
                OutboxPayloads.CompletionRecorded.class, OutboxPayloads.CompletionRevoked.class,
                OutboxPayloads.FollowupRequested.class, OutboxPayloads.CascadeStarted.class, OutboxPayloads.PersonLeft.class,
                OutboxPayloads.PersonUpdated.class, OutboxPayloads.PersonErased.class, NoticePayload.class, WebhookEnvelope.class })
        Object payload) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static OutboxEventView from(OutboxEvent event) {
        try {
            return new OutboxEventView(event.id, event.type, event.key, event.eventId, event.webhookId, event.status,
                    event.attempts, event.lastError, event.createdAt, event.nextAttemptAt, event.retryUntil, event.deliveredAt,
                    JSON.readTree(event.payload));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
