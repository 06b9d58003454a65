package org.iwtraining.booking.outbox;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.DiscriminatorMapping;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of a webhook delivery, in the Standard Webhooks shape. The {@code webhook-id} header carries the
 * event id, the same on every retry and for every subscription, so receivers deduplicate by it. Its schema is
 * one delivery shape per event type, told apart by {@code type} (the nested records describe them; they are
 * never written).
 */
@Schema(name = "WebhookDeliveryBody", description = "One delivery: its type says which payload data holds",
        oneOf = { WebhookEnvelope.CompletionRecordedDelivery.class, WebhookEnvelope.CompletionRevokedDelivery.class,
                WebhookEnvelope.FollowupRequestedDelivery.class, WebhookEnvelope.CascadeStartedDelivery.class,
                WebhookEnvelope.PersonLeftDelivery.class, WebhookEnvelope.PersonUpdatedDelivery.class,
                WebhookEnvelope.PersonErasedDelivery.class },
        discriminatorProperty = "type", discriminatorMapping = {
                @DiscriminatorMapping(value = "completion.recorded", schema = WebhookEnvelope.CompletionRecordedDelivery.class),
                @DiscriminatorMapping(value = "completion.revoked", schema = WebhookEnvelope.CompletionRevokedDelivery.class),
                @DiscriminatorMapping(value = "followup.requested", schema = WebhookEnvelope.FollowupRequestedDelivery.class),
                @DiscriminatorMapping(value = "cascade.started", schema = WebhookEnvelope.CascadeStartedDelivery.class),
                @DiscriminatorMapping(value = "person.left", schema = WebhookEnvelope.PersonLeftDelivery.class),
                @DiscriminatorMapping(value = "person.updated", schema = WebhookEnvelope.PersonUpdatedDelivery.class),
                @DiscriminatorMapping(value = "person.erased", schema = WebhookEnvelope.PersonErasedDelivery.class) })
public record WebhookEnvelope(
        @Schema(required = true, description = "The event type, e.g. completion.recorded") String type,
        @Schema(required = true, description = "When the event happened") Instant timestamp,
        @Schema(required = true, description = "The event's payload, of the schema its type names") Object data) {

    @Schema(name = "CompletionRecordedDelivery", description = "A completion.recorded delivery")
    public record CompletionRecordedDelivery(@Schema(required = true, enumeration = "completion.recorded") String type,
            @Schema(required = true) Instant timestamp, @Schema(required = true) OutboxPayloads.CompletionRecorded data) {
    }

    @Schema(name = "CompletionRevokedDelivery", description = "A completion.revoked delivery")
    public record CompletionRevokedDelivery(@Schema(required = true, enumeration = "completion.revoked") String type,
            @Schema(required = true) Instant timestamp, @Schema(required = true) OutboxPayloads.CompletionRevoked data) {
    }

    @Schema(name = "FollowupRequestedDelivery", description = "A followup.requested delivery")
    public record FollowupRequestedDelivery(@Schema(required = true, enumeration = "followup.requested") String type,
            @Schema(required = true) Instant timestamp, @Schema(required = true) OutboxPayloads.FollowupRequested data) {
    }

    @Schema(name = "CascadeStartedDelivery", description = "A cascade.started delivery")
    public record CascadeStartedDelivery(@Schema(required = true, enumeration = "cascade.started") String type,
            @Schema(required = true) Instant timestamp, @Schema(required = true) OutboxPayloads.CascadeStarted data) {
    }

    @Schema(name = "PersonLeftDelivery", description = "A person.left delivery")
    public record PersonLeftDelivery(@Schema(required = true, enumeration = "person.left") String type,
            @Schema(required = true) Instant timestamp, @Schema(required = true) OutboxPayloads.PersonLeft data) {
    }

    @Schema(name = "PersonUpdatedDelivery", description = "A person.updated delivery")
    public record PersonUpdatedDelivery(@Schema(required = true, enumeration = "person.updated") String type,
            @Schema(required = true) Instant timestamp, @Schema(required = true) OutboxPayloads.PersonUpdated data) {
    }

    @Schema(name = "PersonErasedDelivery", description = "A person.erased delivery")
    public record PersonErasedDelivery(@Schema(required = true, enumeration = "person.erased") String type,
            @Schema(required = true) Instant timestamp, @Schema(required = true) OutboxPayloads.PersonErased data) {
    }
}
