package org.iwtraining.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.iwtraining.e2e.FaultFixtures.Outcome;
import org.junit.jupiter.api.Test;



/**
 * PostgreSQL stopped and started again in the middle of a booking load, on a server of the test's own: the services
 * recover by themselves; the requests during the outage get 503 problems with {@code Retry-After} — never a false
 * success, never a 500, never a hang past the client's timeout — and the sessions' capacities hold. Each client sends
 * an {@code Idempotency-Key} and retries its 503s with the same key after the time asked: every booking that got a 201
 * is in the database, and nothing is stored without a 201 — a booking committed while its answer was lost (the server
 * stopped between the commit and the answer) is answered 201 to the retry, which replays it (the key's record is
 * written in the booking's own transaction, so an outage rolls both back or keeps both).
 */
class DatabaseRestartTest {

    private static final int CLIENTS = 8;
    private static final int SESSIONS = 5;
    private static final int PEOPLE = 600;
    private static final int CAPACITY = 1000;
    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration OUTAGE = Duration.ofSeconds(3);
    private static final Duration LOAD_AFTER_RETURN = Duration.ofSeconds(8);
    /** How long a client goes on retrying one booking's 503s (the outage is 3 s; each retry waits its Retry-After). */
    private static final Duration RETRYING = Duration.ofSeconds(30);

    @Test
    void shouldAnswer503DuringADatabaseRestartAndKeepEveryBookingItConfirmed() throws Exception {
        try (PrivatePostgres postgres = PrivatePostgres.start();
                Suite suite = Suite.start(Map.of(), 1, postgres.port())) {
            String token = suite.token();
            String booking = suite.bookings.get(0).url();
            FaultFixtures.agencies(booking, token);
            List<String> people = FaultFixtures.importPeople(booking, token, "HR", PEOPLE, "PRACTITIONER");
            List<String> sessions = createSessions(booking, token);
            ConcurrentLinkedQueue<String[]> pairs = new ConcurrentLinkedQueue<>();
            for (String session : sessions) {
                people.forEach(person -> pairs.add(new String[] { person, session }));
            }

            ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
            AtomicBoolean loading = new AtomicBoolean(true);
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<String> failures = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                clients.submit(() -> {
                    String[] pair;
                    while (loading.get() && (pair = pairs.poll()) != null) {
                        try {
                            outcomes.addAll(bookRetrying(booking, token, pair[0], pair[1]));
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
            assertTrue(clients.awaitTermination(CLIENT_TIMEOUT.plus(RETRYING).toSeconds() + 10, TimeUnit.SECONDS), "the clients finished");

            assertEquals(List.of(), failures, "every request answered within the client's timeout");
            List<Outcome> all = List.copyOf(outcomes);
            List<Outcome> unexpected = all.stream().filter(o -> o.status() != 201 && o.status() != 503).toList();
            assertEquals(List.of(), unexpected.stream().map(Outcome::describe).toList(),
                    "every answer a 201 or a 503, never a 500 or another refusal");
            List<Outcome> unavailable = all.stream().filter(o -> o.status() == 503).toList();
            assertTrue(!unavailable.isEmpty(), "the restart was felt: some requests got 503 (" + all.size() + " sent)");
            for (Outcome o : unavailable) {
                assertTrue(o.isProblem(503), "a problem body: " + o.describe());
                assertTrue(o.retryAfter() != null && Integer.parseInt(o.retryAfter()) > 0, "Retry-After on " + o.describe());
            }
            long confirmedAfterReturn = all.stream().filter(o -> o.status() == 201 && o.sentAtNanos() > backAt).count();
            assertTrue(confirmedAfterReturn > 0, "bookings succeed again once the database is back");
            long firstSuccessAfter = all.stream().filter(o -> o.status() == 201 && o.sentAtNanos() > backAt)
                    .mapToLong(Outcome::sentAtNanos).min().orElseThrow();
            long recoveryMillis = (firstSuccessAfter - backAt) / 1_000_000;
            assertTrue(recoveryMillis < 5_000, "recovered " + recoveryMillis + " ms after the database returned");

            Set<String> confirmed = all.stream().filter(o -> o.status() == 201).map(o -> o.body().path("id").asText())
                    .collect(Collectors.toSet());
            Map<String, String> stored = storedBookings(postgres.port());
            assertTrue(stored.keySet().containsAll(confirmed), "every 201 is in the database");
            List<String> without201 = stored.entrySet().stream().filter(e -> !confirmed.contains(e.getKey()))
                    .map(Map.Entry::getValue).toList();
            assertEquals(List.of(), without201, "nothing stored without a 201 (person|session): each 503 was retried with its key");
            Set<String> retried = unavailable.stream().map(o -> o.personId() + "|" + o.sessionId()).collect(Collectors.toSet());
            long confirmedOnRetry = all.stream().filter(o -> o.status() == 201 && retried.contains(o.personId() + "|" + o.sessionId()))
                    .count();
            assertCapacitiesHeld(postgres.port());
            System.out.printf("database restart under load: %d requests, %d × 201 (%d of them to a retry of a 503), %d × 503; "
                    + "outage %d ms; first 201 %d ms after the database returned; slowest answer %d ms%n", all.size(),
                    confirmed.size(), confirmedOnRetry, unavailable.size(), (backAt - stoppedAt) / 1_000_000, recoveryMillis,
                    all.stream().mapToLong(Outcome::millis).max().orElse(0));
        }
    }

    /**
     * One booking as a careful client makes it: a key of its own, and each 503 sent again with the same key after its
     * {@code Retry-After}, until another answer or {@link #RETRYING} has passed. Every answer is returned.
     */
    private static List<Outcome> bookRetrying(String booking, String token, String person, String session) throws Exception {
        String key = UUID.randomUUID().toString();
        long giveUp = System.nanoTime() + RETRYING.toNanos();
        List<Outcome> answers = new ArrayList<>();
        while (true) {
            Outcome outcome = FaultFixtures.book(booking, token, person, session, CLIENT_TIMEOUT, key);
            answers.add(outcome);
            if (outcome.status() != 503 || System.nanoTime() > giveUp) {
                return answers;
            }
            Thread.sleep(TimeUnit.SECONDS.toMillis(outcome.retryAfter() == null ? 1 : Integer.parseInt(outcome.retryAfter())));
        }
    }

    /** Introductions on different days (a person may hold a place on each), room enough for everyone. */
    private static List<String> createSessions(String booking, String token) {
        List<String> ids = new ArrayList<>();
        OffsetDateTime first = OffsetDateTime.now(ZoneOffset.UTC).plusDays(20).truncatedTo(ChronoUnit.DAYS).plusHours(9);
        for (int s = 0; s < SESSIONS; s++) {
            ids.add(FaultFixtures.session(booking, token, "IW introduction " + (s + 1), "IW01", first.plusDays(s), 3, CAPACITY));
        }
        return ids;
    }

    /** Every booking's id, with its person and session ({@code person|session}). */
    private static Map<String, String> storedBookings(String port) throws Exception {
        Map<String, String> bookings = new HashMap<>();
        try (Connection db = DriverManager.getConnection(Suite.jdbcUrl(port, "booking" + Suite.DB_SUFFIX), Suite.DB_USER,
                Suite.DB_PASSWORD); Statement sql = db.createStatement();
                ResultSet rows = sql.executeQuery("select id, person_id, session_id from booking")) {
            while (rows.next()) {
                bookings.put(rows.getString(1), rows.getString(2) + "|" + rows.getString(3));
            }
        }
        return bookings;
    }

    private static void assertCapacitiesHeld(String port) throws Exception {
        assertEquals(0, FaultFixtures.count(port, "select count(*) from (select s.id from training_session s join booking b "
                + "on b.session_id = s.id and b.status = 'CONFIRMED' group by s.id, s.capacity having count(*) > s.capacity) over"),
                "no session holds more confirmed places than seats");
    }
}
