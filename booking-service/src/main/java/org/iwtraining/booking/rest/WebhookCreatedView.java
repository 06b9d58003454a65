package org.iwtraining.booking.rest;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iwtraining.booking.Webhook;

/** The answer to a new subscription: the only response that carries its signing secret. */
public record WebhookCreatedView(String id, String url, List<String> events, boolean active, Instant createdAt,
        @Schema(description = "Standard Webhooks signing secret (whsec_ + base64 of the key); shown once, never again",
                examples = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret) {

    public static WebhookCreatedView from(Webhook webhook) {
        return new WebhookCreatedView(webhook.id, webhook.url, webhook.eventTypes(), webhook.active, webhook.createdAt,
                webhook.secret);
    }
}
