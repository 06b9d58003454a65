package org.iwtraining.booking.webhooks;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.iwtraining.booking.OutboxEvent;
import org.iwtraining.booking.Webhook;
import org.iwtraining.booking.outbox.OutboxEventType;
import org.iwtraining.booking.outbox.OutboxOutcome;
import org.iwtraining.booking.outbox.Receiver;

/** Webhook delivery rows, Standard Webhooks: any 2xx is received, 410 Gone ends the subscription, anything else is retried. */
@ApplicationScoped
public class WebhookReceiver implements Receiver {

    private final WebhookSender sender;
    private final WebhookTargets targets;
    private final Clock clock;

    public WebhookReceiver(WebhookSender sender, WebhookTargets targets, Clock clock) {
        this.sender = sender;
        this.targets = targets;
        this.clock = clock;
    }

    @Override
    public OutboxEventType.Destination destination() {
        return OutboxEventType.Destination.WEBHOOK;
    }

    @Override
    public OutboxOutcome deliver(OutboxEventType type, OutboxEvent event) throws IOException, InterruptedException {
        Webhook webhook = Webhook.findById(event.webhookId);
        if (webhook == null) {
            return OutboxOutcome.failed("subscription deleted");
        }
        if (!webhook.active) {
            return OutboxOutcome.failed("subscription disabled: " + webhook.disabledReason);
        }
        // judged on what the host resolves to now, before any connection: nothing is sent to a refused address
        Optional<String> refusal = targets.refusalAtDelivery(webhook.url);
        if (refusal.isPresent()) {
            return OutboxOutcome.failed("webhook target refused: " + refusal.get());
        }
        int status = sender.send(webhook, event);
        if (status == 410) {
            webhook.active = false;
            webhook.disabledReason = "the receiver answered 410 Gone at " + clock.instant();
            return OutboxOutcome.failed("receiver answered HTTP 410 Gone; subscription disabled");
        }
        return status >= 200 && status < 300 ? OutboxOutcome.delivered() : OutboxOutcome.retry("receiver answered HTTP " + status);
    }
}
