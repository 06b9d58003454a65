package org.iwtraining.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.iwtraining.e2e.FaultFixtures.Outcome;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.restassured.http.ContentType;

/**
 * Two instances of every service on the same databases, the booking load spread over both booking-services (and
 * each asking its own catalogue-service): more people than seats, so places are contended, agency caps bite and the
 * waitlists fill; then cancellations through both instances promote from the waitlists. No invariant breaks (seats,
 * each agency's cap, one live place a person), and every notice and reminder arrives exactly once although both
 * instances run the outbox dispatcher and the reminder job every second.
 */
class TwoInstancesUnderLoadTest {

    private static final int CLIENTS = 8;
    private static final int SESSIONS = 4;
    private static final int CAPACITY = 30;
    private static final int PEOPLE = 240;
    private static final int CANCELLATIONS = 24;
    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(20);

    @Test
    void shouldKeepEveryRuleAndSendEachNoticeOnceWithTwoInstancesOfEachService() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(ServiceProcess.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try (Suite suite = Suite.start(Map.of(
                "BOOKING_OUTBOX_EVERY", "1s",
                "BOOKING_OUTBOX_FIRST_RETRY", "1S",
                "BOOKING_OUTBOX_MAX_RETRY_DELAY", "2S",
                "BOOKING_REMINDERS_EVERY", "1s",
                "SMTP_HOST", "127.0.0.1",
                "SMTP_PORT", Integer.toString(smtp.getSmtp().getPort())), 2)) {
            String token = suite.token();
            List<String> instances = suite.bookings.stream().map(ServiceProcess::url).toList();
            FaultFixtures.agencies(instances.get(0), token);
            List<String> people = FaultFixtures.importPeople(instances.get(0), token, "LOAD", PEOPLE, "PRACTITIONER");
            List<String> sessions = sessionsTomorrow(instances.get(1), token);

            // each person asks for one session, in a shuffled order, alternately through the two instances
            List<String[]> requests = new ArrayList<>();
            for (int p = 0; p < people.size(); p++) {
                requests.add(new String[] { people.get(p), sessions.get(p % SESSIONS) });
            }
            Collections.shuffle(requests, new Random(14));
            List<Outcome> outcomes = concurrently(requests, (request, i) -> bookAsAClientWould(instances.get(i % 2), token,
                    request[0], request[1]));
            List<String> refused = outcomes.stream().filter(o -> o.status() != 201).map(Outcome::describe).toList();
            assertEquals(List.of(), refused, "every request booked or waitlisted");
            List<String> confirmed = withStatus(outcomes, "CONFIRMED");
            // three agencies, each capped at 12 of a session's 30 seats: the seats fill, and the rest wait
            assertEquals(SESSIONS * CAPACITY, confirmed.size(), "every seat taken: more people asked than there are seats");
            assertEquals(PEOPLE - SESSIONS * CAPACITY, withStatus(outcomes, "WAITLISTED").size(), "the rest waitlisted");

            // cancellations through both instances at once: each frees a seat the waitlist fills
            List<String> cancelled = confirmed.subList(0, CANCELLATIONS);
            concurrently(cancelled.stream().map(id -> new String[] { id }).toList(), (request, i) -> {
                given().baseUri(instances.get(i % 2)).auth().oauth2(token).contentType(ContentType.JSON)
                        .body(Map.of("reason", "WORK_PRESSURE")).post("/bookings/" + request[0] + "/cancel")
                        .then().statusCode(200);
                return null;
            });

            assertInvariantsHeld(suite.dbPort);
            Set<String> everConfirmed = new HashSet<>(confirmed);
            everConfirmed.addAll(FaultFixtures.ids(suite.dbPort, "select id from booking where status = 'CONFIRMED'"));
            assertEquals(SESSIONS * CAPACITY + CANCELLATIONS, everConfirmed.size(),
                    "each cancelled seat went to someone from the waitlist");
            Set<String> holdingPlaces = FaultFixtures.ids(suite.dbPort, "select id from booking where status = 'CONFIRMED'");

            await("a confirmation for every place ever confirmed").atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> placeConfirmedNotices(smtp).size() >= everConfirmed.size());
            await("a reminder for every place held").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> Mailbox.bookingReferences(smtp, Mailbox.REMINDER).size() >= holdingPlaces.size());
            // both instances go on dispatching and reminding every second: a duplicate has time to arrive
            await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(12)).pollInterval(Duration.ofMillis(500))
                    .untilAsserted(() -> {
                        List<String> confirmations = placeConfirmedNotices(smtp);
                        assertEquals(everConfirmed, Set.copyOf(confirmations), "a confirmation for each place ever confirmed");
                        assertEquals(everConfirmed.size(), confirmations.size(), "a confirmation sent twice");
                        List<String> reminders = Mailbox.bookingReferences(smtp, Mailbox.REMINDER);
                        assertTrue(Set.copyOf(reminders).containsAll(holdingPlaces), "a reminder for each place held");
                        assertEquals(Set.copyOf(reminders).size(), reminders.size(), "a reminder sent twice");
                    });
            await("every event delivered").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() ->
                    FaultFixtures.count(suite.dbPort, "select count(*) from outbox_event where status <> 'DELIVERED'") == 0);
            System.out.printf("two instances of each service: %d bookings (%d confirmed, %d waitlisted), %d cancelled and "
                    + "promoted, %d confirmations and %d reminders, none twice%n", outcomes.size(), confirmed.size(),
                    withStatus(outcomes, "WAITLISTED").size(), CANCELLATIONS, everConfirmed.size(),
                    Mailbox.bookingReferences(smtp, Mailbox.REMINDER).size());
        } finally {
            smtp.stop();
        }
    }

    /**
     * Introductions tomorrow, due their reminders at once (3 working days before), one after another that day; their
     * agency caps held until they start (by default caps lift a week before, and these would have none left).
     */
    private static List<String> sessionsTomorrow(String booking, String token) {
        OffsetDateTime first = OffsetDateTime.now(ZoneOffset.UTC).plusHours(26).truncatedTo(ChronoUnit.HOURS);
        List<String> ids = new ArrayList<>();
        for (int s = 0; s < SESSIONS; s++) {
            OffsetDateTime start = first.plusMinutes(5L * s);
            ids.add(FaultFixtures.session(booking, token, "IW introduction under load " + (s + 1), "IW01", start, 3,
                    CAPACITY, Map.of("capsLiftAt", start.toString())));
        }
        return ids;
    }

    /**
     * A booking as a well-behaved client sends it: with an {@code Idempotency-Key}, and again with the same key after
     * a 503's {@code Retry-After} (a freshly started service on a busy machine may miss its first catalogue calls'
     * timeout: a 503, as designed).
     */
    private static Outcome bookAsAClientWould(String booking, String token, String person, String session) throws Exception {
        String key = UUID.randomUUID().toString();
        Outcome outcome = FaultFixtures.book(booking, token, person, session, CLIENT_TIMEOUT, key);
        for (int retry = 0; retry < 5 && outcome.status() == 503; retry++) {
            Thread.sleep(1000L * Integer.parseInt(outcome.retryAfter()));
            outcome = FaultFixtures.book(booking, token, person, session, CLIENT_TIMEOUT, key);
        }
        return outcome;
    }

    /** The booking references of the notices saying a place is confirmed: at once, or from the waiting list. */
    private static List<String> placeConfirmedNotices(GreenMail smtp) {
        List<String> references = new ArrayList<>(Mailbox.bookingReferences(smtp, Mailbox.CONFIRMED));
        references.addAll(Mailbox.bookingReferences(smtp, Mailbox.PROMOTED));
        return references;
    }

    private static List<String> withStatus(List<Outcome> outcomes, String status) {
        return outcomes.stream().filter(o -> status.equals(o.body().path("status").asText()))
                .map(o -> o.body().path("id").asText()).toList();
    }

    /** One request, the i-th sent. */
    private interface Request<T> {
        T send(String[] request, int i) throws Exception;
    }

    /** The requests sent by {@link #CLIENTS} clients at once; their answers in the order they were sent. */
    private static <T> List<T> concurrently(List<String[]> requests, Request<T> request) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            ConcurrentLinkedQueue<Future<T>> answers = new ConcurrentLinkedQueue<>();
            for (int i = 0; i < requests.size(); i++) {
                int index = i;
                answers.add(clients.submit(() -> request.send(requests.get(index), index)));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> answer : answers) {
                results.add(answer.get(CLIENT_TIMEOUT.toSeconds() * 2, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            clients.shutdownNow();
        }
    }

    private static void assertInvariantsHeld(String port) throws Exception {
        assertEquals(0, FaultFixtures.count(port, "select count(*) from (select s.id from training_session s join booking b "
                + "on b.session_id = s.id and b.status = 'CONFIRMED' group by s.id, s.capacity having count(*) > s.capacity) o"),
                "no session holds more confirmed places than seats");
        assertEquals(0, FaultFixtures.count(port, "select count(*) from (select s.id, p.agency_code from training_session s "
                + "join booking b on b.session_id = s.id and b.status = 'CONFIRMED' join person p on p.hr_id = b.person_id "
                + "group by s.id, s.capacity, s.max_agency_share, p.agency_code "
                + "having count(*) > greatest(1, floor(s.capacity * s.max_agency_share))) o"),
                "no agency holds more than its cap of any session");
    }
}
