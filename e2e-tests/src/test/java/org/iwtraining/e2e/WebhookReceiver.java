package org.iwtraining.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The HR system's end of the webhooks: a small HTTP server that verifies each delivery's Standard Webhooks
 * signature the way a receiver library does, and counts deliveries by {@code webhook-id}.
 */
final class WebhookReceiver implements AutoCloseable {

    record Delivery(String id, String body, boolean signatureValid) {
    }

    private final HttpServer server;
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> countsById = new ConcurrentHashMap<>();
    private volatile byte[] key;

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
        key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
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
            String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
            String signatures = exchange.getRequestHeaders().getFirst("webhook-signature");
            boolean valid = id != null && timestamp != null && signatures != null && verify(id, timestamp, body, signatures);
            deliveries.add(new Delivery(id, body, valid));
            countsById.merge(String.valueOf(id), 1, Integer::sum);
            exchange.sendResponseHeaders(204, -1);
        } finally {
            exchange.close();
        }
    }

    private boolean verify(String id, String timestamp, String body, String signatures) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] expected = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            for (String signature : signatures.split(" ")) {
                if (signature.startsWith("v1,")
                        && MessageDigest.isEqual(expected, Base64.getDecoder().decode(signature.substring(3)))) {
                    return true;
                }
            }
            return false;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
