package org.iwtraining.booking;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.iwtraining.conventions.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The invariants under contention: hundreds of simultaneous bookings at a small session, then capacity and
 * caps checked in the database itself, not through the service's own counts.
 */
@QuarkusTest
@QuarkusTestResource(ExternalServicesStub.class)
class BookingConcurrencyTest {

    @Inject
    EntityManager em;

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Test
    void shouldNeverExceedCapacityOrCapsUnder200ConcurrentBookingsFrom10Agencies() throws Exception {
        List<String> people = new ArrayList<>();
        for (int a = 0; a < 10; a++) {
            people.addAll(importPeople(Fixtures.agency(a % 2 == 0 ? "HEALTH" : "EDUCATION"), 20));
        }
        String session = Fixtures.session(List.of("IW01"), 20, 30);
        Collections.shuffle(people);

        List<Integer> statuses = fire(session, people);

        assertTrue(statuses.stream().allMatch(s -> s == 201), "every request answered 201: " + statuses);
        assertInvariants(session, 20, 8);
        assertEquals(20L, count("select count(*) from booking where session_id = ?1 and status = 'CONFIRMED'", session),
                "ten agencies capped at 8 can fill all 20 seats");
        assertEquals(180L, count("select count(*) from booking where session_id = ?1 and status = 'WAITLISTED'", session));
    }

    @Test
    void shouldHoldOneAgencyToItsCapUnderConcurrency() throws Exception {
        List<String> people = importPeople(Fixtures.agency("POLICE"), 60);
        String session = Fixtures.session(List.of("IW01"), 20, 30);

        List<Integer> statuses = fire(session, people);

        assertTrue(statuses.stream().allMatch(s -> s == 201), "every request answered 201: " + statuses);
        assertInvariants(session, 20, 8);
        assertEquals(8L, count("select count(*) from booking where session_id = ?1 and status = 'CONFIRMED'", session));
    }

    private static List<String> importPeople(String agency, int count) {
        List<String> people = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            String hrId = Fixtures.unique("HR");
            people.add(hrId);
            rows.add(Map.of("hrId", hrId, "givenName", "P", "familyName", "Q", "agencyCode", agency, "audience", "PRACTITIONER"));
        }
        given().contentType(ContentType.JSON).body(rows).post("/people/import").then().statusCode(200);
        return people;
    }

    /** All requests released at once from their own threads. */
    private List<Integer> fire(String session, List<String> people) throws Exception {
        HttpClient client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(16)).build();
        ExecutorService pool = Executors.newFixedThreadPool(people.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (String person : people) {
            answers.add(pool.submit(() -> {
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sessions/" + session + "/bookings"))
                        .header("Content-Type", "application/json")
                        .header(Tokens.HEADER, Tokens.bearer("coordinator"))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"personId\":\"" + person + "\"}")).build();
                start.await();
                return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();
        return statuses;
    }

    private void assertInvariants(String session, int capacity, int agencyCap) {
        long confirmed = count("select count(*) from booking where session_id = ?1 and status = 'CONFIRMED'", session);
        long worstAgency = count("select coalesce(max(n), 0) from (select count(*) as n from booking where session_id = ?1 "
                + "and status = 'CONFIRMED' group by agency_code) per_agency", session);
        assertTrue(confirmed <= capacity, "confirmed " + confirmed + " exceeds capacity " + capacity);
        assertTrue(worstAgency <= agencyCap, "an agency holds " + worstAgency + " places, over its cap of " + agencyCap);
    }

    private long count(String sql, String session) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).setParameter(1, session)
                .getSingleResult()).longValue());
    }
}
