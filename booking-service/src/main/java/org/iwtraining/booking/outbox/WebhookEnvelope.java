package org.iwtraining.booking.outbox;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of a webhook delivery, in the Standard Webhooks shape. The {@code webhook-id} header carries the
 * event id, the same on every retry and for every subscription, so receivers deduplicate by it.
 */
@Schema(name = "WebhookDeliveryBody")
public record WebhookEnvelope(
        @Schema(description = "The event type, e.g. completion.recorded") String type,
        @Schema(description = "When the event happened") Instant timestamp,
        @Schema(description = "The event's payload", oneOf = { OutboxPayloads.CompletionRecorded.class,
                OutboxPayloads.CompletionRevoked.class, OutboxPayloads.FollowupRequested.class,
                OutboxPayloads.CascadeStarted.class, OutboxPayloads.PersonLeft.class,
                OutboxPayloads.PersonUpdated.class }) Object data) {
}
