package org.iwtraining.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;

/**
 * PostgreSQL stopped and started again in the middle of a booking load, on a server of the test's own: the services
 * recover by themselves; every booking that got a 201 is in the database and nothing is there without one; the
 * requests during the outage get 503 problems with {@code Retry-After} — never a false success, never a 500, never a
 * hang past the client's timeout — and the sessions' capacities hold.
 */
class DatabaseRestartTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CLIENTS = 8;
    private static final int SESSIONS = 5;
    private static final int PEOPLE = 600;
    private static final int CAPACITY = 1000;
    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration OUTAGE = Duration.ofSeconds(3);
    private static final Duration LOAD_AFTER_RETURN = Duration.ofSeconds(8);

    /** One request of the load and what it got. */
    private record Outcome(String personId, String sessionId, long sentAtNanos, long millis, int status,
            String contentType, String retryAfter, JsonNode body) {
    }

    @Test
    void shouldAnswer503DuringADatabaseRestartAndKeepEveryBookingItConfirmed() throws Exception {
        try (PrivatePostgres postgres = PrivatePostgres.start();
                Suite suite = Suite.start(Map.of(), 1, postgres.port())) {
            String token = suite.token();
            String booking = suite.bookings.get(0).url();
            List<String> people = importPeople(booking, token);
            List<String> sessions = createSessions(booking, token);
            ConcurrentLinkedQueue<String[]> pairs = new ConcurrentLinkedQueue<>();
            for (String session : sessions) {
                people.forEach(person -> pairs.add(new String[] { person, session }));
            }

            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
            AtomicBoolean loading = new AtomicBoolean(true);
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<String> failures = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                clients.submit(() -> {
                    String[] pair;
                    while (loading.get() && (pair = pairs.poll()) != null) {
                        try {
                            outcomes.add(book(http, booking, token, pair[0], pair[1]));
                        } catch (HttpTimeoutException e) {
                            synchronized (failures) {
                                failures.add("no answer within " + CLIENT_TIMEOUT + " for " + pair[0] + " on " + pair[1]);
                            }
                        } catch (Exception e) {
                            synchronized (failures) {
                                failures.add(e + " for " + pair[0] + " on " + pair[1]);
                            }
                        }
                    }
                    return null;
                });
            }

            Thread.sleep(2_000);
            long stoppedAt = System.nanoTime();
            postgres.stopServer();
            Thread.sleep(OUTAGE.toMillis());
            postgres.startServer();
            long backAt = System.nanoTime();
            Thread.sleep(LOAD_AFTER_RETURN.toMillis());
            loading.set(false);
            clients.shutdown();
            assertTrue(clients.awaitTermination(CLIENT_TIMEOUT.toSeconds() + 10, TimeUnit.SECONDS), "the clients finished");

            assertEquals(List.of(), failures, "every request answered within the client's timeout");
            List<Outcome> all = List.copyOf(outcomes);
            List<Outcome> unexpected = all.stream().filter(o -> o.status() != 201 && o.status() != 503).toList();
            assertEquals(List.of(), unexpected.stream().map(DatabaseRestartTest::describe).toList(),
                    "every answer a 201 or a 503, never a 500 or another refusal");
            List<Outcome> unavailable = all.stream().filter(o -> o.status() == 503).toList();
            assertTrue(!unavailable.isEmpty(), "the restart was felt: some requests got 503 (" + all.size() + " sent)");
            for (Outcome o : unavailable) {
                assertTrue(o.contentType() != null && o.contentType().startsWith("application/problem+json"), describe(o));
                assertTrue(o.retryAfter() != null && Integer.parseInt(o.retryAfter()) > 0, "Retry-After on " + describe(o));
                assertTrue(o.body().hasNonNull("type") && o.body().hasNonNull("title") && o.body().path("status").asInt() == 503,
                        "a problem body: " + describe(o));
            }
            long confirmedAfterReturn = all.stream().filter(o -> o.status() == 201 && o.sentAtNanos() > backAt).count();
            assertTrue(confirmedAfterReturn > 0, "bookings succeed again once the database is back");
            long firstSuccessAfter = all.stream().filter(o -> o.status() == 201 && o.sentAtNanos() > backAt)
                    .mapToLong(Outcome::sentAtNanos).min().orElseThrow();
            long recoveryMillis = (firstSuccessAfter - backAt) / 1_000_000;
            assertTrue(recoveryMillis < 5_000, "recovered " + recoveryMillis + " ms after the database returned");

            Set<String> confirmed = all.stream().filter(o -> o.status() == 201).map(o -> o.body().path("id").asText())
                    .collect(Collectors.toSet());
            Set<String> stored = storedBookings(postgres.port());
            assertEquals(confirmed, stored, "every 201 is in the database and nothing is there without one");
            assertCapacitiesHeld(postgres.port());
            System.out.printf("database restart under load: %d requests, %d × 201, %d × 503; outage %d ms; "
                    + "first 201 %d ms after the database returned; slowest answer %d ms%n", all.size(), confirmed.size(),
                    unavailable.size(), (backAt - stoppedAt) / 1_000_000, recoveryMillis,
                    all.stream().mapToLong(Outcome::millis).max().orElse(0));
        }
    }

    private static Outcome book(HttpClient http, String booking, String token, String person, String session) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(booking + "/sessions/" + session + "/bookings"))
                .timeout(CLIENT_TIMEOUT)
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"personId\":\"" + person + "\"}")).build();
        long sent = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        long millis = (System.nanoTime() - sent) / 1_000_000;
        JsonNode body = response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
        return new Outcome(person, session, sent, millis, response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(null),
                response.headers().firstValue("Retry-After").orElse(null), body);
    }

    private static String describe(Outcome o) {
        return o.status() + " after " + o.millis() + " ms for " + o.personId() + " on " + o.sessionId() + ": " + o.body();
    }

    private static List<String> importPeople(String booking, String token) {
        List<String> agencies = List.of("NHS-NORTH", "ST-MARYS", "CSC");
        List<String> sectors = List.of("HEALTH", "EDUCATION", "SOCIAL_CARE");
        for (int a = 0; a < agencies.size(); a++) {
            given().baseUri(booking).auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("code", agencies.get(a), "name", agencies.get(a), "sector", sectors.get(a)))
                    .post("/agencies").then().statusCode(201);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int p = 0; p < PEOPLE; p++) {
            String id = "HR-" + (10_000 + p);
            ids.add(id);
            rows.add(Map.of("hrId", id, "givenName", "Given" + p, "familyName", "Family" + p,
                    "agencyCode", agencies.get(p % agencies.size()), "audience", "PRACTITIONER"));
        }
        given().baseUri(booking).auth().oauth2(token).contentType(ContentType.JSON).body(rows)
                .post("/people/import").then().statusCode(200);
        return ids;
    }

    /** Introductions on different days (a person may hold a place on each), room enough for everyone. */
    private static List<String> createSessions(String booking, String token) {
        List<String> ids = new ArrayList<>();
        OffsetDateTime first = OffsetDateTime.now(ZoneOffset.UTC).plusDays(20).truncatedTo(ChronoUnit.DAYS).plusHours(9);
        for (int s = 0; s < SESSIONS; s++) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("title", "IW introduction " + (s + 1));
            body.put("venue", "Civic Centre");
            body.put("moduleRefs", List.of("IW01"));
            body.put("capacity", CAPACITY);
            body.put("startsAt", first.plusDays(s).toString());
            body.put("endsAt", first.plusDays(s).plusHours(3).toString());
            ids.add(given().baseUri(booking).auth().oauth2(token).contentType(ContentType.JSON).body(body)
                    .post("/sessions").then().statusCode(201).extract().path("id"));
        }
        return ids;
    }

    private static Set<String> storedBookings(String port) throws Exception {
        Set<String> ids = new HashSet<>();
        try (Connection db = DriverManager.getConnection(Suite.jdbcUrl(port, "booking" + Suite.DB_SUFFIX), Suite.DB_USER,
                Suite.DB_PASSWORD); Statement sql = db.createStatement();
                ResultSet rows = sql.executeQuery("select id from booking")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    private static void assertCapacitiesHeld(String port) throws Exception {
        try (Connection db = DriverManager.getConnection(Suite.jdbcUrl(port, "booking" + Suite.DB_SUFFIX), Suite.DB_USER,
                Suite.DB_PASSWORD); Statement sql = db.createStatement();
                ResultSet rows = sql.executeQuery("select s.id, s.capacity, count(b.id) from training_session s "
                        + "left join booking b on b.session_id = s.id and b.status = 'CONFIRMED' group by s.id, s.capacity")) {
            while (rows.next()) {
                assertTrue(rows.getLong(3) <= rows.getLong(2), "session " + rows.getString(1) + " holds " + rows.getLong(3)
                        + " confirmed places for " + rows.getLong(2) + " seats");
            }
        }
    }
}
