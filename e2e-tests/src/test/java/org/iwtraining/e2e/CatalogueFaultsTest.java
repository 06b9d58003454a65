package org.iwtraining.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.iwtraining.e2e.FaultFixtures.Outcome;
import org.junit.jupiter.api.Test;

/**
 * catalogue-service hung (SIGSTOP) and then stopped while people are booked. booking-service answers from what it
 * has cached (an eligibility answer is cached per audience, modules and completions: practitioners' answer for IW01
 * is, advisers' and admin staff's are not): a cached question books (201) without waiting on anyone's catalogue
 * call; an uncached one is 503 {@code CATALOGUE_UNAVAILABLE} within the client timeout, with nothing written; the
 * service's health answers in under a second throughout; once the catalogue is back, bookings succeed again within
 * the circuit breaker's delay.
 */
class CatalogueFaultsTest {

    private static final int EACH = 20;
    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(30);
    /** A booking's catalogue call times out after 5 s; one that queued behind other requests' calls would take far longer. */
    private static final long ANSWER_WITHIN_MILLIS = 8_000;
    /** The circuit breaker's delay is 5 s. */
    private static final long BACK_WITHIN_MILLIS = 15_000;

    @Test
    void shouldBookFromTheCacheAndRefuseTheRestQuicklyWhileTheCatalogueIsHungOrDown() throws Exception {
        try (Suite suite = Suite.start(Map.of(), 1)) {
            String token = suite.token();
            String booking = suite.bookings.get(0).url();
            ServiceProcess catalogue = suite.catalogue;
            FaultFixtures.agencies(booking, token);
            List<String> practitioners = FaultFixtures.importPeople(booking, token, "HR-P", 2 * EACH + 1, "PRACTITIONER");
            List<String> advisers = FaultFixtures.importPeople(booking, token, "HR-A", EACH, "ADVISOR");
            List<String> adminStaff = FaultFixtures.importPeople(booking, token, "HR-S", EACH, "ADMIN_STAFF");
            OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(20).truncatedTo(ChronoUnit.DAYS).plusHours(9);
            String hungDay = FaultFixtures.session(booking, token, "IW introduction 1", "IW01", start, 3, 100);
            String downDay = FaultFixtures.session(booking, token, "IW introduction 2", "IW01", start.plusDays(1), 3, 100);
            // the practitioners' question asked once: cached from now on
            assertEquals(201, FaultFixtures.book(booking, token, practitioners.get(0), hungDay, CLIENT_TIMEOUT).status());

            // hung: 20 cached and 20 uncached bookings of one session at once, health asked all along
            HealthWatch health = HealthWatch.start(booking);
            catalogue.pause();
            List<Outcome> hung;
            try {
                hung = concurrently(booking, token, hungDay, practitioners.subList(1, EACH + 1), advisers);
            } finally {
                catalogue.resume();
            }
            long resumedAt = System.nanoTime();
            long slowestHealth = health.stop();
            assertAnsweredFromTheCacheOrRefused(hung, advisers, "hung");
            assertTrue(slowestHealth < 1_000, "health answered within a second while the catalogue hung: " + slowestHealth + " ms");
            long backAfterHung = firstBookedAfter(booking, token, hungDay, advisers, resumedAt);

            // stopped: the same, with the connection refused at once
            catalogue.stop();
            List<Outcome> down;
            try {
                down = concurrently(booking, token, downDay, practitioners.subList(EACH + 1, 2 * EACH + 1), adminStaff);
            } finally {
                catalogue.start();
            }
            long startedAt = System.nanoTime();
            assertAnsweredFromTheCacheOrRefused(down, adminStaff, "stopped");
            long backAfterDown = firstBookedAfter(booking, token, downDay, adminStaff, startedAt);

            System.out.printf("catalogue hung: %d cached bookings 201 (slowest %d ms), %d uncached 503 (slowest %d ms), "
                    + "health slowest %d ms, booking again %d ms after it resumed; stopped: slowest 201 %d ms, slowest 503 "
                    + "%d ms, booking again %d ms after it started%n", EACH, slowest(hung, 201), EACH, slowest(hung, 503),
                    slowestHealth, backAfterHung, slowest(down, 201), slowest(down, 503), backAfterDown);
        }
    }

    /** Cached and uncached bookings of one session, all sent at once. */
    private static List<Outcome> concurrently(String booking, String token, String session, List<String> cached,
            List<String> uncached) throws Exception {
        List<String> people = new ArrayList<>(cached);
        people.addAll(uncached);
        ExecutorService pool = Executors.newFixedThreadPool(people.size());
        try {
            List<Future<Outcome>> answers = new ArrayList<>();
            for (String person : people) {
                answers.add(pool.submit(() -> FaultFixtures.book(booking, token, person, session, CLIENT_TIMEOUT)));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> answer : answers) {
                outcomes.add(answer.get(CLIENT_TIMEOUT.toSeconds() + 10, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertAnsweredFromTheCacheOrRefused(List<Outcome> outcomes, List<String> uncached, String state)
            throws Exception {
        for (Outcome o : outcomes) {
            assertTrue(o.millis() < ANSWER_WITHIN_MILLIS, "answered within " + ANSWER_WITHIN_MILLIS + " ms while the "
                    + "catalogue was " + state + ": " + o.describe());
            if (uncached.contains(o.personId())) {
                assertTrue(o.isProblem(503) && "CATALOGUE_UNAVAILABLE".equals(o.body().path("code").asText())
                        && o.retryAfter() != null, "an uncached question refused while the catalogue was " + state + ": "
                        + o.describe());
            } else {
                assertEquals(201, o.status(), "a cached question books while the catalogue was " + state + ": " + o.describe());
            }
        }
        String ids = String.join("','", uncached);
        assertEquals(0, FaultFixtures.count(Suite.DB_PORT, "select count(*) from booking where person_id in ('" + ids + "')"),
                "nothing written for a refused booking");
    }

    /** Books the uncached people one after another until one is booked: milliseconds since {@code since}. */
    private static long firstBookedAfter(String booking, String token, String session, List<String> people, long since)
            throws Exception {
        for (int attempt = 0; ; attempt++) {
            Outcome o = FaultFixtures.book(booking, token, people.get(attempt % people.size()), session, CLIENT_TIMEOUT);
            long millis = (System.nanoTime() - since) / 1_000_000;
            if (o.status() == 201) {
                assertTrue(millis < BACK_WITHIN_MILLIS, "booking again " + millis + " ms after the catalogue returned");
                return millis;
            }
            assertTrue(o.status() == 503 && millis < BACK_WITHIN_MILLIS, "still refused " + millis + " ms after the "
                    + "catalogue returned: " + o.describe());
            Thread.sleep(250);
        }
    }

    private static long slowest(List<Outcome> outcomes, int status) {
        return outcomes.stream().filter(o -> o.status() == status).mapToLong(Outcome::millis).max().orElse(0);
    }

    /** Asks booking-service's readiness every 200 ms from its own thread; keeps the slowest answer. */
    private static final class HealthWatch {
        private final AtomicBoolean watching = new AtomicBoolean(true);
        private final AtomicLong slowest = new AtomicLong();
        private final Thread thread;

        private HealthWatch(String booking) {
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest ready = HttpRequest.newBuilder(URI.create(booking + "/q/health/ready")).timeout(Duration.ofSeconds(10)).build();
            thread = new Thread(() -> {
                while (watching.get()) {
                    long sent = System.nanoTime();
                    try {
                        http.send(ready, HttpResponse.BodyHandlers.discarding());
                        slowest.accumulateAndGet((System.nanoTime() - sent) / 1_000_000, Math::max);
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        return;
                    } catch (Exception e) {
                        slowest.set(Long.MAX_VALUE);
                    }
                }
            }, "health-watch");
            thread.start();
        }

        static HealthWatch start(String booking) {
            return new HealthWatch(booking);
        }

        long stop() throws InterruptedException {
            watching.set(false);
            thread.join(15_000);
            return slowest.get();
        }
    }
}
