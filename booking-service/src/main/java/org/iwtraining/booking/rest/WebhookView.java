package org.iwtraining.booking.rest;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iwtraining.booking.Webhook;

/** A subscription as listed: never its secret. */
public record WebhookView(String id, String url, List<String> events,
        @Schema(description = "false once the receiver answered 410 Gone") boolean active, String disabledReason,
        Instant createdAt) {

    public static WebhookView from(Webhook webhook) {
        return new WebhookView(webhook.id, webhook.url, webhook.eventTypes(), webhook.active, webhook.disabledReason,
                webhook.createdAt);
    }
}
