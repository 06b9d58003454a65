package org.iwtraining.booking;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.iwtraining.booking.attendance.CascadeDetection;
import org.iwtraining.booking.outbox.OutboxDispatcher;
import org.iwtraining.conventions.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vertx.ext.mail.MailMessage;

/** booking's flows publish their events and notices in the same transaction as the change. */
@QuarkusTest
@QuarkusTestResource(ExternalServicesStub.class)
class EventsWiringTest {

    @Inject
    OutboxDispatcher dispatcher;
    @Inject
    CascadeDetection cascades;
    @Inject
    MockMailbox mailbox;
    @Inject
    MutableClock clock;

    private final WireMockServer followup = ExternalServicesStub.server();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String personWithEmail(String agency) {
        String hrId = Fixtures.unique("HR");
        Map<String, Object> body = Fixtures.personBody(agency, "PRACTITIONER");
        body.put("email", hrId.toLowerCase() + "@example.org");
        given().contentType(ContentType.JSON).body(body).put("/people/" + hrId).then().statusCode(201);
        return hrId;
    }

    private static String emailOf(String hrId) {
        return hrId.toLowerCase() + "@example.org";
    }

    private static void attend(String session, String person, String status) {
        given().contentType(ContentType.JSON).body(List.of(Map.of("personId", person, "status", status)))
                .post("/sessions/" + session + "/attendance").then().statusCode(200);
    }

    private static List<OutboxEvent> events(String key, String type) {
        return QuarkusTransaction.requiringNew()
                .call(() -> OutboxEvent.<OutboxEvent>list("key = ?1 and type = ?2 and webhookId is null order by createdAt, id", key, type));
    }

    /** A trainer who completed IS05 (train-the-trainer, process IS) on a session two days ago. */
    private static String trainedTrainer() {
        String trainer = personWithEmail(Fixtures.agency("HEALTH"));
        attend(Fixtures.session(List.of("IS05"), 10, -2), trainer, "ATTENDED");
        return trainer;
    }

    @Test
    void shouldRequestAFollowupWhenASessionCompletesATrainTheTrainerModule() {
        String person = personWithEmail(Fixtures.agency("HEALTH"));
        String session = Fixtures.session(List.of("IS05"), 10, -2);

        attend(session, person, "ATTENDED");

        assertEquals(1, events(person, "completion.recorded").size());
        assertEquals(1, events(person, "followup.requested").size());
        dispatcher.dispatchDue();
        followup.verify(1, postRequestedFor(urlEqualTo("/followups"))
                .withRequestBody(matchingJsonPath("$.personId", equalTo(person)))
                .withRequestBody(matchingJsonPath("$.moduleRef", equalTo("IS05")))
                .withRequestBody(matchingJsonPath("$.process", equalTo("IS")))
                .withRequestBody(matchingJsonPath("$.sessionId", equalTo(session)))
                .withRequestBody(matchingJsonPath("$.name", equalTo("Alex Smith")))
                .withRequestBody(matchingJsonPath("$.email", equalTo(emailOf(person)))));
    }

    @Test
    void shouldRecordACompletionWithoutFollowupForOtherModulesAndPriorLearning() {
        String person = personWithEmail(Fixtures.agency("HEALTH"));
        attend(Fixtures.session(List.of("IS01"), 10, -2), person, "ATTENDED");
        given().contentType(ContentType.JSON).body(Map.of("moduleRef", "IW05", "completedOn", "2025-01-10", "source", "HR"))
                .post("/people/" + person + "/completions").then().statusCode(201);

        assertEquals(2, events(person, "completion.recorded").size());
        assertEquals(0, events(person, "followup.requested").size());
    }

    @Test
    void shouldRevokeCompletionsWhenAttendanceIsCorrected() {
        String person = personWithEmail(Fixtures.agency("HEALTH"));
        String session = Fixtures.session(List.of("IS05"), 10, -2);
        attend(session, person, "ATTENDED");

        attend(session, person, "NO_SHOW");

        List<OutboxEvent> revoked = events(person, "completion.revoked");
        assertEquals(1, revoked.size());
        dispatcher.dispatchDue();
        followup.verify(1, postRequestedFor(urlEqualTo("/person-events"))
                .withRequestBody(matchingJsonPath("$.personId", equalTo(person)))
                .withRequestBody(matchingJsonPath("$.type", equalTo("COMPLETION_REVOKED")))
                .withRequestBody(matchingJsonPath("$.moduleRef", equalTo("IS05")))
                .withRequestBody(matchingJsonPath("$.sessionId", equalTo(session)))
                .withRequestBody(matchingJsonPath("$.eventId", equalTo(revoked.get(0).eventId))));
    }

    /** A past session of the modules with the trainer on it. */
    private static String pastSessionTrainedBy(String trainer, List<String> modules) {
        Map<String, Object> body = Fixtures.sessionBody(modules, 10, -1);
        body.put("trainerHrIds", List.of(trainer));
        // a trainer of another process is not qualified for it: accepted with a reason, as a coordinator may
        body.put("overrideReason", "trains outside their own process");
        return Fixtures.session(body);
    }

    @Test
    void shouldNotStartACascadeForAnEmptyPastSessionOfTheTrainer() {
        String trainer = trainedTrainer();
        pastSessionTrainedBy(trainer, List.of("IS01"));

        cascades.uncheckedSessions();

        assertEquals(0, events(trainer, "cascade.started").size(), "a session nobody attended proves no cascade");
    }

    @Test
    void shouldStartACascadeOnceThreeAttendeesBesidesTheTrainerAttendedAndOnlyOnce() {
        String trainer = trainedTrainer();
        String session = pastSessionTrainedBy(trainer, List.of("IS01"));
        String health = Fixtures.agency("HEALTH");
        String police = Fixtures.agency("POLICE");
        attend(session, trainer, "ATTENDED");
        attend(session, personWithEmail(health), "ATTENDED");
        attend(session, personWithEmail(police), "PARTIAL");
        attend(session, personWithEmail(police), "NO_SHOW");
        cascades.uncheckedSessions();
        assertEquals(0, events(trainer, "cascade.started").size(), "2 attendees besides the trainer are not enough");

        attend(session, personWithEmail(health), "ATTENDED");
        attend(session, personWithEmail(police), "ATTENDED");
        cascades.uncheckedSessions();

        List<OutboxEvent> started = events(trainer, "cascade.started");
        assertEquals(1, started.size());
        JsonPath payload = JsonPath.from(started.get(0).payload);
        assertEquals(session, payload.getString("sessionId"));
        assertEquals("IS", payload.getString("process"));
        assertEquals(3, payload.getInt("attendees"));
        assertEquals(Map.of(health, 2, police, 1), payload.getMap("byAgency"));
        assertEquals(Map.of("HEALTH", 2, "POLICE", 1), payload.getMap("bySector"));
        String day = payload.getString("sessionDate");
        assertEquals(day, payload.getString("startsOn"));
        dispatcher.dispatchDue();
        followup.verify(1, postRequestedFor(urlEqualTo("/cascade-events"))
                .withRequestBody(matchingJsonPath("$.personId", equalTo(trainer)))
                .withRequestBody(matchingJsonPath("$.sessionId", equalTo(session)))
                .withRequestBody(matchingJsonPath("$.sessionDate", equalTo(day)))
                .withRequestBody(matchingJsonPath("$.attendees", equalTo("3")))
                .withRequestBody(matchingJsonPath("$.byAgency['" + health + "']", equalTo("2")))
                .withRequestBody(matchingJsonPath("$.bySector.POLICE", equalTo("1"))));
    }

    @Test
    void shouldNotStartACascadeWhenASessionIsPlannedStartsIsCancelledOrIsOfAnotherProcess() {
        String trainer = trainedTrainer();
        Map<String, Object> planned = Fixtures.sessionBody(List.of("IS02"), 10, 2);
        planned.put("trainerHrIds", List.of(trainer));
        String session = Fixtures.session(planned);
        Map<String, Object> cancelledBody = Fixtures.sessionBody(List.of("IS01"), 10, 1);
        cancelledBody.put("trainerHrIds", List.of(trainer));
        String cancelled = Fixtures.session(cancelledBody);
        given().contentType(ContentType.JSON).body(Map.of("reason", "TOO_FEW_BOOKINGS")).post("/sessions/" + cancelled + "/cancel").then().statusCode(200);
        String otherProcess = pastSessionTrainedBy(trainer, List.of("IW01", "CAF01"));
        for (int i = 0; i < 3; i++) {
            attend(otherProcess, personWithEmail(Fixtures.agency("YOUTH")), "ATTENDED");
        }
        assertEquals(0, events(trainer, "cascade.started").size(), "planning is not cascading, nor is a CAF session for IS");

        clock.set(Instant.parse((String) planned.get("startsAt")).plus(1, ChronoUnit.MINUTES));
        cascades.uncheckedSessions();
        assertEquals(0, events(trainer, "cascade.started").size(), "a session that merely started proves nothing");

        for (int i = 0; i < 3; i++) {
            attend(session, personWithEmail(Fixtures.agency("EDUCATION")), "ATTENDED");
        }
        cascades.uncheckedSessions();
        List<OutboxEvent> started = events(trainer, "cascade.started");
        assertEquals(1, started.size());
        assertTrue(started.get(0).payload.contains(session), started.get(0).payload);
    }

    @Test
    void shouldStartAnIwCascadeFromASessionOfIw01Alone() {
        String trainer = personWithEmail(Fixtures.agency("HEALTH"));
        attend(Fixtures.session(List.of("IW05"), 10, -2), trainer, "ATTENDED");
        String session = pastSessionTrainedBy(trainer, List.of("IW01"));
        for (int i = 0; i < 3; i++) {
            attend(session, personWithEmail(Fixtures.agency("HOUSING")), "ATTENDED");
        }

        List<OutboxEvent> started = events(trainer, "cascade.started");
        assertEquals(1, started.size());
        assertEquals("IW", JsonPath.from(started.get(0).payload).getString("process"));
    }

    @Test
    void shouldSendTheLineManagerWithTheFollowupRequestAndPersonUpdates() {
        String agency = Fixtures.agency("HEALTH");
        String manager = personWithEmail(agency);
        String trainer = Fixtures.unique("HR");
        Map<String, Object> body = Fixtures.personBody(agency, "PRACTITIONER");
        body.put("managerHrId", manager);
        given().contentType(ContentType.JSON).body(body).put("/people/" + trainer).then().statusCode(201);
        attend(Fixtures.session(List.of("CAF03"), 10, -2), trainer, "ATTENDED");
        String newManager = personWithEmail(agency);
        body.put("managerHrId", newManager);
        given().contentType(ContentType.JSON).body(body).put("/people/" + trainer).then().statusCode(200);

        dispatcher.dispatchDue();
        followup.verify(1, postRequestedFor(urlEqualTo("/followups"))
                .withRequestBody(matchingJsonPath("$.personId", equalTo(trainer)))
                .withRequestBody(matchingJsonPath("$.managerName", equalTo("Alex Smith")))
                .withRequestBody(matchingJsonPath("$.managerEmail", equalTo(emailOf(manager)))));
        followup.verify(1, postRequestedFor(urlEqualTo("/person-events"))
                .withRequestBody(matchingJsonPath("$.personId", equalTo(trainer)))
                .withRequestBody(matchingJsonPath("$.type", equalTo("UPDATED")))
                .withRequestBody(matchingJsonPath("$.managerEmail", equalTo(emailOf(newManager)))));
    }

    @Test
    void shouldTellFollowupAboutContactChangesAndLeavers() {
        String agency = Fixtures.agency("HEALTH");
        String person = personWithEmail(agency);
        Map<String, Object> body = Fixtures.personBody(agency, "PRACTITIONER");
        body.put("email", emailOf(person));
        body.put("phone", "07700 900123");
        given().contentType(ContentType.JSON).body(body).put("/people/" + person).then().statusCode(200);
        given().contentType(ContentType.JSON).body(body).put("/people/" + person).then().statusCode(200);
        body.put("shareContactConsent", false);
        given().contentType(ContentType.JSON).body(body).put("/people/" + person).then().statusCode(200);
        assertEquals(1, events(person, "person.updated").size(), "only a change of contact details is news");

        given().delete("/people/" + person).then().statusCode(204);
        given().delete("/people/" + person).then().statusCode(204);

        assertEquals(1, events(person, "person.left").size());
        dispatcher.dispatchDue();
        followup.verify(1, postRequestedFor(urlEqualTo("/person-events"))
                .withRequestBody(matchingJsonPath("$.personId", equalTo(person)))
                .withRequestBody(matchingJsonPath("$.type", equalTo("UPDATED")))
                .withRequestBody(matchingJsonPath("$.phone", equalTo("07700 900123"))));
        followup.verify(1, postRequestedFor(urlEqualTo("/person-events"))
                .withRequestBody(matchingJsonPath("$.personId", equalTo(person)))
                .withRequestBody(matchingJsonPath("$.type", equalTo("LEFT"))));
    }

    @Test
    void shouldNoticeAttendeesOfEveryChangeToTheirPlace() {
        String first = personWithEmail(Fixtures.agency("HEALTH"));
        String second = personWithEmail(Fixtures.agency("POLICE"));
        String session = Fixtures.session(List.of("IW01"), 1, 20);
        String firstBooking = Fixtures.bookConfirmed(session, first);
        Fixtures.book(session, second).then().statusCode(201);

        String etag = given().get("/sessions/" + session).then().extract().header("ETag");
        Map<String, Object> change = Fixtures.sessionBody(List.of("IW01"), 1, 20);
        change.remove("moduleRefs");
        change.put("startsAt", given().get("/sessions/" + session).then().extract().path("startsAt"));
        change.put("endsAt", given().get("/sessions/" + session).then().extract().path("endsAt"));
        change.put("venue", "Library, Room 4");
        given().contentType(ContentType.JSON).header("If-Match", etag).body(change).put("/sessions/" + session).then().statusCode(200);
        given().delete("/bookings/" + firstBooking).then().statusCode(204);
        dispatcher.dispatchDue();

        List<MailMessage> toFirst = mailbox.getMailMessagesSentTo(emailOf(first));
        assertEquals(List.of("Place confirmed: ", "Session changed: ", "Place cancelled: "), subjects(toFirst));
        assertTrue(invitation(toFirst.get(0)).contains("METHOD:REQUEST"));
        assertTrue(invitation(toFirst.get(1)).contains("SEQUENCE:1") && invitation(toFirst.get(1)).contains("Library\\, Room 4"));
        assertTrue(invitation(toFirst.get(2)).contains("METHOD:CANCEL") && invitation(toFirst.get(2)).contains("SEQUENCE:2"));
        List<MailMessage> toSecond = mailbox.getMailMessagesSentTo(emailOf(second));
        assertEquals(List.of("On the waiting list: ", "Session changed: ", "Place confirmed from the waiting list: "), subjects(toSecond));
        assertTrue(invitation(toSecond.get(2)).contains("SEQUENCE:0"));
    }

    /** Subjects without the session title, in the order the notices were published. */
    private static List<String> subjects(List<MailMessage> messages) {
        return messages.stream().map(m -> m.getSubject().substring(0, m.getSubject().indexOf(':') + 2)).toList();
    }

    private static String invitation(MailMessage message) {
        return message.getAttachment().get(0).getData().toString(StandardCharsets.UTF_8);
    }
}
