package org.iwtraining.booking.rest;

import java.io.UncheckedIOException;
import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iwtraining.booking.OutboxEvent;
import org.iwtraining.booking.OutboxStatus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One event delivered (or being delivered) to one subscription. */
public record WebhookDeliveryView(
        @Schema(description = "The outbox row; POST /outbox/{id}/retry retries a failed delivery") String id,
        @Schema(description = "The event's id, sent as webhook-id") String eventId,
        @Schema(description = "The event type") String eventType,
        OutboxStatus status, int attempts, String lastError, Instant createdAt, Instant nextAttemptAt, Instant deliveredAt) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static WebhookDeliveryView from(OutboxEvent delivery) {
        try {
            String eventType = JSON.readTree(delivery.payload).path("type").asText();
            return new WebhookDeliveryView(delivery.id, delivery.eventId, eventType, delivery.status, delivery.attempts,
                    delivery.lastError, delivery.createdAt, delivery.nextAttemptAt, delivery.deliveredAt);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
