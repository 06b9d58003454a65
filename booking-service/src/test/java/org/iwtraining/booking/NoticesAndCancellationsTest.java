package org.iwtraining.booking;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import jakarta.inject.Inject;

import org.iwtraining.booking.attendance.PractitionerNetworks;
import org.iwtraining.booking.notices.Reminders;
import org.iwtraining.booking.outbox.OutboxDispatcher;
import org.iwtraining.conventions.security.Roles;
import org.iwtraining.conventions.testing.MutableClock;
import org.iwtraining.conventions.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.ext.mail.MailMessage;

/** Issue 13's notices: reminders, wait reasons, cancellations with reasons, managers' notices, practitioner networks. */
@QuarkusTest
@QuarkusTestResource(ExternalServicesStub.class)
class NoticesAndCancellationsTest {

    @Inject
    MutableClock clock;
    @Inject
    Reminders reminders;
    @Inject
    PractitionerNetworks networks;
    @Inject
    OutboxDispatcher dispatcher;
    @Inject
    MockMailbox mailbox;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String person(String agency, String email, String managerHrId, boolean consent) {
        String hrId = Fixtures.unique("HR");
        Map<String, Object> body = Fixtures.personBody(agency, "PRACTITIONER");
        body.put("email", email);
        body.put("shareContactConsent", consent);
        if (managerHrId != null) {
            body.put("managerHrId", managerHrId);
        }
        given().contentType(ContentType.JSON).body(body).put("/people/" + hrId).then().statusCode(201);
        return hrId;
    }

    private static String email(String who) {
        return Fixtures.unique(who).toLowerCase() + "@example.org";
    }

    private static Map<String, Object> sessionAt(Instant start, int capacity) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Session " + Fixtures.unique("S"));
        body.put("venue", "Civic Centre, Room 2");
        body.put("moduleRefs", List.of("IW01"));
        body.put("capacity", capacity);
        body.put("startsAt", start.toString());
        body.put("endsAt", start.plus(3, ChronoUnit.HOURS).toString());
        return body;
    }

    private List<MailMessage> mailTo(String email) {
        dispatcher.dispatchDue();
        return mailbox.getMailMessagesSentTo(email);
    }

    private static String invitation(MailMessage message) {
        assertEquals(1, message.getAttachment().size(), "one invitation");
        return message.getAttachment().get(0).getData().toString(StandardCharsets.UTF_8);
    }

    private static List<MailMessage> subjects(List<MailMessage> mails, String prefix) {
        return mails.stream().filter(m -> m.getSubject().startsWith(prefix)).toList();
    }

    @Test
    void shouldRemindEachConfirmedAttendeeOnceThreeWorkingDaysBeforeWithJoiningInstructionsAndCopyTheManager() throws Exception {
        // Thursday 6 March 2031: three working days before is Monday 3 March
        Instant start = Instant.parse("2031-03-06T10:00:00Z");
        clock.set(Instant.parse("2031-02-20T09:00:00Z"));
        String agency = Fixtures.agency("HEALTH");
        String managerEmail = email("manager");
        String manager = person(agency, managerEmail, null, false);
        String attendeeEmail = email("attendee");
        String attendee = person(agency, attendeeEmail, manager, false);
        String cancelledEmail = email("cancelled");
        String cancelled = person(Fixtures.agency("POLICE"), cancelledEmail, manager, false);
        Map<String, Object> body = sessionAt(start, 10);
        body.put("joiningInstructions", "Sign in at reception; bring your CAF form.");
        String session = Fixtures.session(body);
        Fixtures.bookConfirmed(session, attendee);
        String gone = Fixtures.bookConfirmed(session, cancelled);
        given().delete("/bookings/" + gone).then().statusCode(204);

        clock.set(Instant.parse("2031-02-28T17:00:00Z")); // Friday: four working days before
        reminders.sendDue();
        assertTrue(subjects(mailTo(attendeeEmail), "Reminder").isEmpty(), "not due on the Friday before");

        clock.set(Instant.parse("2031-03-03T07:00:00Z"));
        CountDownLatch go = new CountDownLatch(1);
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> await(go, reminders::sendDue));
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> await(go, reminders::sendDue));
        go.countDown();
        first.get();
        second.get();
        reminders.sendDue();

        List<MailMessage> reminded = subjects(mailTo(attendeeEmail), "Reminder and joining instructions: ");
        assertEquals(1, reminded.size(), "one reminder however many runs");
        String text = reminded.get(0).getText();
        assertTrue(text.contains("Sign in at reception; bring your CAF form.") && text.contains("Venue: Civic Centre, Room 2"), text);
        String ics = invitation(reminded.get(0));
        assertTrue(ics.contains("METHOD:REQUEST") && ics.contains("SEQUENCE:0"), ics);
        List<MailMessage> copies = subjects(mailTo(managerEmail), "Copy of a reminder for Alex Smith");
        assertEquals(1, copies.size(), "the manager's copy, once (not for the cancelled place)");
        assertTrue(copies.get(0).getText().contains("Sign in at reception"), copies.get(0).getText());
        assertTrue(subjects(mailTo(cancelledEmail), "Reminder").isEmpty(), "a cancelled place is never reminded");
    }

    @Test
    void shouldNotSendAQueuedReminderForAPlaceCancelledBeforeItGoesOut() {
        Instant start = Instant.parse("2031-05-08T10:00:00Z");
        clock.set(Instant.parse("2031-05-05T08:00:00Z"));
        String attendeeEmail = email("late-cancel");
        String attendee = person(Fixtures.agency("HEALTH"), attendeeEmail, null, false);
        String session = Fixtures.session(sessionAt(start, 10));
        String booking = Fixtures.bookConfirmed(session, attendee);
        reminders.sendDue();
        given().delete("/bookings/" + booking).then().statusCode(204);
        assertTrue(subjects(mailTo(attendeeEmail), "Reminder").isEmpty());
        assertEquals(1, subjects(mailTo(attendeeEmail), "Place cancelled").size());
    }

    private static int await(CountDownLatch go, java.util.function.IntSupplier run) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return run.getAsInt();
    }

    @Test
    void shouldSayWhetherAPlaceWaitsForAFullSessionOrForTheAgencyShare() {
        String agency = Fixtures.agency("EDUCATION");
        // capacity 5, share 0.4: two places per agency while caps hold
        String session = Fixtures.session(List.of("IW01"), 5, 30);
        Fixtures.bookConfirmed(session, Fixtures.person(agency));
        Fixtures.bookConfirmed(session, Fixtures.person(agency));
        String thirdEmail = email("capped");
        String third = person(agency, thirdEmail, null, false);
        Fixtures.book(session, third).then().statusCode(201).body("status", equalTo("WAITLISTED")).body("reason", equalTo("AGENCY_CAP"));
        MailMessage capped = subjects(mailTo(thirdEmail), "On the waiting list").get(0);
        assertTrue(capped.getText().contains("seats remain on this session, but your agency already holds its share"), capped.getText());
        assertFalse(capped.getText().contains("full"), capped.getText());

        String full = Fixtures.session(List.of("IW01"), 1, 30);
        Fixtures.bookConfirmed(full, Fixtures.person(Fixtures.agency("POLICE")));
        String waitingEmail = email("full");
        String waiting = person(Fixtures.agency("HOUSING"), waitingEmail, null, false);
        Fixtures.book(full, waiting).then().statusCode(201).body("reason", equalTo("FULL"));
        MailMessage fullNotice = subjects(mailTo(waitingEmail), "On the waiting list").get(0);
        assertTrue(fullNotice.getText().contains("the session is full for now"), fullNotice.getText());
    }

    @Test
    void shouldRecordTheReasonWhoCancelledAndWhetherItWasLate() {
        clock.set(Instant.parse("2031-03-03T09:00:00Z")); // a Monday
        String agency = Fixtures.agency("HEALTH");
        String soon = Fixtures.session(sessionAt(Instant.parse("2031-03-07T10:00:00Z"), 10)); // Friday: 4 working days
        String later = Fixtures.session(sessionAt(Instant.parse("2031-03-10T10:00:00Z"), 10)); // next Monday: exactly 5
        String first = Fixtures.bookConfirmed(soon, Fixtures.person(agency));
        String second = Fixtures.bookConfirmed(later, Fixtures.person(agency));
        String third = Fixtures.bookConfirmed(later, Fixtures.person(agency));
        String coordinator = Tokens.of(Roles.COORDINATOR).subject("coordinator-jo").bearer();

        given().header(Tokens.HEADER, coordinator).contentType(ContentType.JSON)
                .body(Map.of("reason", "ILLNESS", "note", "flu")).post("/bookings/" + first + "/cancel")
                .then().statusCode(200).body("status", equalTo("CANCELLED"))
                .body("cancellation.reason", equalTo("ILLNESS")).body("cancellation.note", equalTo("flu"))
                .body("cancellation.by", equalTo("coordinator-jo")).body("cancellation.late", equalTo(true));
        given().header(Tokens.HEADER, coordinator).contentType(ContentType.JSON)
                .body(Map.of("reason", "WORK_PRESSURE")).post("/bookings/" + second + "/cancel")
                .then().statusCode(200).body("cancellation.late", equalTo(false)).body("cancellation.note", nullValue());
        given().header(Tokens.HEADER, coordinator).delete("/bookings/" + third).then().statusCode(204);
        given().get("/bookings/" + third).then().body("cancellation.reason", equalTo("NOT_GIVEN"))
                .body("cancellation.by", equalTo("coordinator-jo"));
        // cancelling again keeps the first reason
        given().contentType(ContentType.JSON).body(Map.of("reason", "OTHER", "note", "changed my mind"))
                .post("/bookings/" + first + "/cancel").then().statusCode(200).body("cancellation.reason", equalTo("ILLNESS"));
    }

    @Test
    void shouldRefuseAReasonTheServiceKeepsOrOtherWithoutANoteChangingNothing() {
        String session = Fixtures.session(List.of("IW01"), 5, 30);
        String booking = Fixtures.bookConfirmed(session, Fixtures.person(Fixtures.agency("HEALTH")));
        given().contentType(ContentType.JSON).body(Map.of("reason", "SESSION_CANCELLED")).post("/bookings/" + booking + "/cancel")
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        given().contentType(ContentType.JSON).body(Map.of("reason", "OTHER")).post("/bookings/" + booking + "/cancel")
                .then().statusCode(400).body("errors[0].field", equalTo("note"));
        given().contentType(ContentType.JSON).body(Map.of("note", "no reason")).post("/bookings/" + booking + "/cancel")
                .then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("reason", "BORED")).post("/bookings/" + booking + "/cancel")
                .then().statusCode(400);
        given().get("/bookings/" + booking).then().body("status", equalTo("CONFIRMED")).body("cancellation", nullValue());
    }

    @Test
    void shouldTellEveryAttendeeAndTrainerWhyTheSessionIsCancelledWithACancellingInvitation() {
        String agency = Fixtures.agency("HEALTH");
        String trainerEmail = email("trainer");
        String trainer = person(agency, trainerEmail, null, false);
        given().contentType(ContentType.JSON).body(Map.of("moduleRef", "IW05", "completedOn", "2024-01-10", "source", "HR"))
                .post("/people/" + trainer + "/completions").then().statusCode(201);
        String attendeeEmail = email("attendee");
        String attendee = person(agency, attendeeEmail, null, false);
        Map<String, Object> body = Fixtures.sessionBody(List.of("IW01"), 5, 30);
        body.put("trainerHrIds", List.of(trainer));
        String session = Fixtures.session(body);
        String booking = Fixtures.bookConfirmed(session, attendee);

        given().header(Tokens.HEADER, Tokens.of(Roles.COORDINATOR).subject("coordinator-sam").bearer()).contentType(ContentType.JSON)
                .body(Map.of("reason", "TRAINER_UNAVAILABLE", "note", "trainer off sick")).post("/sessions/" + session + "/cancel")
                .then().statusCode(200).body("status", equalTo("CANCELLED"))
                .body("cancellation.reason", equalTo("TRAINER_UNAVAILABLE")).body("cancellation.by", equalTo("coordinator-sam"));
        given().get("/bookings/" + booking).then().body("cancellation.reason", equalTo("SESSION_CANCELLED"))
                .body("cancellation.note", equalTo("trainer unavailable: trainer off sick"));

        MailMessage toAttendee = subjects(mailTo(attendeeEmail), "Session cancelled").get(0);
        assertTrue(toAttendee.getText().contains("trainer unavailable: trainer off sick"), toAttendee.getText());
        assertTrue(invitation(toAttendee).contains("METHOD:CANCEL"));
        MailMessage toTrainer = subjects(mailTo(trainerEmail), "Session cancelled").get(0);
        assertTrue(toTrainer.getText().contains("on which you were to train") && toTrainer.getText().contains("trainer off sick"),
                toTrainer.getText());
        String ics = invitation(toTrainer);
        assertTrue(ics.contains("METHOD:CANCEL") && ics.contains("STATUS:CANCELLED"), ics);
    }

    @Test
    void shouldTellTheManagerOfANoShowOnceAndOfACompletion() {
        Instant start = Instant.parse("2031-06-02T09:00:00Z");
        clock.set(start.minus(20, ChronoUnit.DAYS));
        String agency = Fixtures.agency("YOUTH");
        String managerEmail = email("manager");
        String manager = person(agency, managerEmail, null, false);
        String came = person(agency, email("came"), manager, false);
        String missed = person(Fixtures.agency("POLICE"), email("missed"), manager, false);
        String session = Fixtures.session(sessionAt(start, 10));
        Fixtures.bookConfirmed(session, came);
        Fixtures.bookConfirmed(session, missed);
        clock.set(start.plus(1, ChronoUnit.DAYS));
        List<Map<String, Object>> entries = List.of(Map.of("personId", came, "status", "ATTENDED"),
                Map.of("personId", missed, "status", "NO_SHOW"));
        given().contentType(ContentType.JSON).body(entries).post("/sessions/" + session + "/attendance").then().statusCode(200);
        given().contentType(ContentType.JSON).body(entries).post("/sessions/" + session + "/attendance").then().statusCode(200);

        List<MailMessage> toManager = mailTo(managerEmail);
        assertEquals(1, subjects(toManager, "Did not attend: Alex Smith").size(), "told once of the no-show");
        assertEquals(1, subjects(toManager, "Training completed: Alex Smith").size(), "told once of the completion");
        given().get("/sessions/" + session + "/bookings").then().statusCode(200);
    }

    @Test
    void shouldSendEachConsentingAttendeeTheOtherConsentingAttendeesContactsOnce() {
        Instant start = Instant.parse("2031-07-07T09:00:00Z");
        clock.set(start.minus(20, ChronoUnit.DAYS));
        String oneEmail = email("one");
        String one = person(Fixtures.agency("HEALTH"), oneEmail, null, true);
        String twoEmail = email("two");
        String two = person(Fixtures.agency("SOCIAL_CARE"), twoEmail, null, true);
        String privateEmail = email("private");
        String quiet = person(Fixtures.agency("POLICE"), privateEmail, null, false);
        String session = Fixtures.session(sessionAt(start, 10));
        List.of(one, two, quiet).forEach(p -> Fixtures.bookConfirmed(session, p));
        clock.set(start.plus(4, ChronoUnit.HOURS));
        given().contentType(ContentType.JSON).body(List.of(Map.of("personId", one, "status", "ATTENDED"),
                Map.of("personId", two, "status", "ATTENDED"), Map.of("personId", quiet, "status", "ATTENDED")))
                .post("/sessions/" + session + "/attendance").then().statusCode(200);

        networks.sendDue();
        networks.sendDue();

        List<MailMessage> toOne = subjects(mailTo(oneEmail), "Your fellow attendees' contacts");
        assertEquals(1, toOne.size(), "once");
        assertTrue(toOne.get(0).getText().contains(twoEmail), toOne.get(0).getText());
        assertFalse(toOne.get(0).getText().contains(privateEmail), "only those who consented");
        assertFalse(toOne.get(0).getText().contains(oneEmail), "not themselves");
        assertEquals(1, subjects(mailTo(twoEmail), "Your fellow attendees' contacts").size());
        assertTrue(subjects(mailTo(privateEmail), "Your fellow attendees' contacts").isEmpty());
    }
}
