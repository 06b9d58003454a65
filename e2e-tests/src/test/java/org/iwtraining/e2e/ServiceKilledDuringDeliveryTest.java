package org.iwtraining.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

/**
 * A service killed with SIGKILL in the middle of event delivery, then started again: booking-service while its
 * outbox delivers completions to a webhook receiver and follow-up requests to followup-service, then
 * followup-service while it receives them. Every event arrives; none is applied twice (one case per trainer and
 * module; every webhook-id of the receiver is one completion, a redelivery carries the same id).
 */
class ServiceKilledDuringDeliveryTest {

    private static final int TRAINERS = 40;

    @Test
    void shouldDeliverEveryEventOnceAppliedAfterAKillOfTheSenderAndOfTheReceiver() throws Exception {
        try (WebhookReceiver hr = new WebhookReceiver();
                Suite suite = Suite.start(Map.of("BOOKING_OUTBOX_EVERY", "1s", "BOOKING_OUTBOX_FIRST_RETRY", "1S",
                        "BOOKING_OUTBOX_MAX_RETRY_DELAY", "2S",
                        // a few events a second, so that a kill lands between the first delivery and the last
                        "BOOKING_OUTBOX_BATCH_SIZE", "5"), 1)) {
            String token = suite.token();
            ServiceProcess booking = suite.bookings.get(0);
            ServiceProcess followup = suite.followups.get(0);
            FaultFixtures.agencies(booking.url(), token);
            List<String> trainers = FaultFixtures.importPeople(booking.url(), token, "HR-T", TRAINERS, "TRAINER");
            String secret = given().baseUri(booking.url()).auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("url", hr.url(), "events", List.of("completion.recorded")))
                    .post("/webhooks").then().statusCode(201).extract().path("secret");
            hr.useSecret(secret);

            // the sender killed: after the first completions reached the receiver, before the last
            String caf03 = pastSession(booking.url(), token, "Train-the-trainer: CAF", "CAF03");
            recordAttendance(booking.url(), token, caf03, trainers);
            await("a first completion delivered").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                    .until(() -> !hr.countsById().isEmpty());
            booking.kill();
            int deliveredBeforeKill = hr.countsById().size();
            assertTrue(deliveredBeforeKill < TRAINERS, "the kill came in the middle of the deliveries");
            booking.start();
            await(TRAINERS + " completions delivered").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> hr.countsById().size() >= TRAINERS);
            awaitCases(followup, "CAF03");

            // the receiver killed: after it opened the first IS05 cases, before the last
            String is05 = pastSession(booking.url(), token, "Train-the-trainer: information sharing", "IS05");
            recordAttendance(booking.url(), token, is05, trainers);
            await("a first IS05 case opened").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                    .until(() -> !casesPerTrainer("IS05").isEmpty());
            followup.kill();
            int openedBeforeKill = casesPerTrainer("IS05").size();
            assertTrue(openedBeforeKill < TRAINERS, "the kill came in the middle of the deliveries");
            followup.start();
            awaitCases(followup, "IS05");

            // time enough for a duplicate to arrive, if there were one
            Thread.sleep(3_000);
            // CAF03 and IS05: a completion each for every trainer
            assertEquals(2 * TRAINERS, hr.countsById().size(), "one webhook-id per completion");
            assertTrue(hr.deliveries().stream().allMatch(WebhookReceiver.Delivery::signatureValid), "a signature did not verify");
            for (String module : List.of("CAF03", "IS05")) {
                Map<String, Integer> cases = casesPerTrainer(module);
                assertEquals(TRAINERS, cases.size(), module + " cases: " + cases);
                assertTrue(cases.values().stream().allMatch(n -> n == 1), "a trainer has two " + module + " cases: " + cases);
            }
            assertEquals(0, undelivered(), "nothing left in booking-service's outbox");
            int redelivered = hr.countsById().values().stream().mapToInt(n -> n - 1).sum();
            System.out.printf("killed during delivery: booking-service after %d of %d completions (%d redelivered with their "
                    + "webhook-id); followup-service after %d of %d cases; every event applied once%n", deliveredBeforeKill,
                    TRAINERS, redelivered, openedBeforeKill, TRAINERS);
        }
    }

    private static void awaitCases(ServiceProcess followup, String module) {
        await(TRAINERS + " " + module + " cases").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .until(() -> casesPerTrainer(module).size() >= TRAINERS);
    }

    private static String pastSession(String booking, String token, String title, String module) {
        return FaultFixtures.session(booking, token, title, module,
                OffsetDateTime.now(ZoneOffset.UTC).minusDays(3).truncatedTo(ChronoUnit.HOURS), 6, TRAINERS);
    }

    private static void recordAttendance(String booking, String token, String session, List<String> people) {
        List<Map<String, Object>> attendance = people.stream()
                .map(id -> Map.<String, Object>of("personId", id, "status", "ATTENDED")).toList();
        given().baseUri(booking).auth().oauth2(token).contentType(ContentType.JSON).body(attendance)
                .post("/sessions/" + session + "/attendance").then().statusCode(200);
    }

    /** The follow-up cases of the module, counted per trainer in followup-service's own database. */
    private static Map<String, Integer> casesPerTrainer(String module) throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection db = DriverManager.getConnection(Suite.jdbcUrl("followup" + Suite.DB_SUFFIX), Suite.DB_USER,
                Suite.DB_PASSWORD); Statement sql = db.createStatement();
                ResultSet rows = sql.executeQuery("select person_id, count(*) from followup_case where module_ref = '"
                        + module + "' group by person_id")) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getInt(2));
            }
        }
        return counts;
    }

    private static long undelivered() throws Exception {
        try (Connection db = DriverManager.getConnection(Suite.jdbcUrl("booking" + Suite.DB_SUFFIX), Suite.DB_USER,
                Suite.DB_PASSWORD); Statement sql = db.createStatement();
                ResultSet rows = sql.executeQuery("select count(*) from outbox_event where status <> 'DELIVERED' "
                        + "and type in ('completion.recorded', 'followup.requested')")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
