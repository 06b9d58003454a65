package org.iwtraining.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The HR system's end of the webhooks: a small HTTP server that verifies each delivery with the Standard Webhooks
 * reference library (signature and timestamp tolerance, as an HR system would receive them), and counts
 * deliveries by {@code webhook-id}.
 */
final class WebhookReceiver implements AutoCloseable {

    record Delivery(String id, String body, boolean signatureValid) {
    }

    private final HttpServer server;
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> countsById = new ConcurrentHashMap<>();
    private volatile Webhook verifier;

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hooks/hr", this::receive);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/hr";
    }

    /** The secret the subscription returned once: {@code whsec_} + base64 of the key. */
    void useSecret(String secret) {
        verifier = new Webhook(secret);
    }

    List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    Map<String, Integer> countsById() {
        return Map.copyOf(countsById);
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            deliveries.add(new Delivery(id, body, verified(body, exchange.getRequestHeaders())));
            countsById.merge(String.valueOf(id), 1, Integer::sum);
            exchange.sendResponseHeaders(204, -1);
        } finally {
            exchange.close();
        }
    }

    private boolean verified(String body, Map<String, List<String>> headers) {
        try {
            verifier.verify(body, headers);
            return true;
        } catch (WebhookVerificationException e) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
