package org.iwtraining.booking.webhooks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.iwtraining.booking.OutboxEvent;
import org.iwtraining.booking.Webhook;

/** Posts one signed webhook delivery; a fresh timestamp and signature on every attempt, the same id. */
@ApplicationScoped
public class WebhookSender {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Clock clock;

    public WebhookSender(Clock clock) {
        this.clock = clock;
    }

    /** @return the receiver's HTTP status */
    public int send(Webhook webhook, OutboxEvent delivery) throws IOException, InterruptedException {
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(webhook.url)).timeout(TIMEOUT)
                .header("content-type", "application/json")
                .header("user-agent", "iw-training-booking-service")
                .header("webhook-id", delivery.eventId)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.sign(webhook.secret, delivery.eventId, timestamp, delivery.payload))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.payload, StandardCharsets.UTF_8)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
