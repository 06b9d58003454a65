package org.iwtraining.e2e;

import static io.restassured.RestAssured.given;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;

/** What the fault tests set up through booking-service's API, and the bookings they send under a fault. */
final class FaultFixtures {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** Three agencies of three sectors. */
    static final List<String> AGENCIES = List.of("NHS-NORTH", "ST-MARYS", "CSC");
    private static final List<String> SECTORS = List.of("HEALTH", "EDUCATION", "SOCIAL_CARE");

    /** One booking request under a fault and what it got. */
    record Outcome(String personId, String sessionId, long sentAtNanos, long millis, int status, String contentType,
            String retryAfter, JsonNode body) {

        String describe() {
            return status + " after " + millis + " ms for " + personId + " on " + sessionId + ": " + body;
        }

        boolean isProblem(int expectedStatus) {
            return status == expectedStatus && contentType != null && contentType.startsWith("application/problem+json")
                    && body.hasNonNull("type") && body.hasNonNull("title") && body.path("status").asInt() == expectedStatus;
        }
    }

    private FaultFixtures() {
    }

    static void agencies(String booking, String token) {
        for (int a = 0; a < AGENCIES.size(); a++) {
            given().baseUri(booking).auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("code", AGENCIES.get(a), "name", AGENCIES.get(a), "sector", SECTORS.get(a)))
                    .post("/agencies").then().statusCode(201);
        }
    }

    /** {@code count} people of the audience, ids {@code prefix-0…}, spread over the agencies, with e-mail addresses. */
    static List<String> importPeople(String booking, String token, String prefix, int count, String audience) {
        List<Map<String, Object>> rows = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            String id = prefix + "-" + p;
            ids.add(id);
            rows.add(Map.of("hrId", id, "givenName", "Given" + p, "familyName", prefix + p,
                    "email", id.toLowerCase(java.util.Locale.ROOT) + "@example.org",
                    "agencyCode", AGENCIES.get(p % AGENCIES.size()), "audience", audience));
        }
        given().baseUri(booking).auth().oauth2(token).contentType(ContentType.JSON).body(rows)
                .post("/people/import").then().statusCode(200);
        return ids;
    }

    /** A session of one module, {@code hours} long from {@code start} (long enough for its module's course rules). */
    static String session(String booking, String token, String title, String module, OffsetDateTime start, int hours,
            int capacity) {
        return session(booking, token, title, module, start, hours, capacity, Map.of());
    }

    /** As above, with the given members of its mix policy (the service's defaults for the others). */
    static String session(String booking, String token, String title, String module, OffsetDateTime start, int hours,
            int capacity, Map<String, Object> mixPolicy) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("venue", "Civic Centre");
        body.put("moduleRefs", List.of(module));
        body.put("capacity", capacity);
        body.put("startsAt", start.toString());
        body.put("endsAt", start.plusHours(hours).toString());
        if (!mixPolicy.isEmpty()) {
            body.put("mixPolicy", mixPolicy);
        }
        return given().baseUri(booking).auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/sessions").then().statusCode(201).extract().path("id");
    }

    /** {@code POST /sessions/{id}/bookings}, giving up after {@code timeout} (an {@code HttpTimeoutException}). */
    static Outcome book(String booking, String token, String person, String session, Duration timeout) throws Exception {
        return book(booking, token, person, session, timeout, null);
    }

    /** As above, with an {@code Idempotency-Key} when {@code idempotencyKey} is not null. */
    static Outcome book(String booking, String token, String person, String session, Duration timeout,
            String idempotencyKey) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(booking + "/sessions/" + session + "/bookings"))
                .timeout(timeout)
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"personId\":\"" + person + "\"}"));
        if (idempotencyKey != null) {
            builder.header("Idempotency-Key", idempotencyKey);
        }
        HttpRequest request = builder.build();
        long sent = System.nanoTime();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        long millis = (System.nanoTime() - sent) / 1_000_000;
        JsonNode body = response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
        return new Outcome(person, session, sent, millis, response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(null),
                response.headers().firstValue("Retry-After").orElse(null), body);
    }

    /** One number from booking-service's database on the given server. */
    static long count(String dbPort, String sql) throws Exception {
        try (Connection db = DriverManager.getConnection(Suite.jdbcUrl(dbPort, "booking" + Suite.DB_SUFFIX), Suite.DB_USER,
                Suite.DB_PASSWORD); Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The values of the first column of a query on booking-service's database on the given server. */
    static Set<String> ids(String dbPort, String sql) throws Exception {
        Set<String> ids = new HashSet<>();
        try (Connection db = DriverManager.getConnection(Suite.jdbcUrl(dbPort, "booking" + Suite.DB_SUFFIX), Suite.DB_USER,
                Suite.DB_PASSWORD); Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }
}
