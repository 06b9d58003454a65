package org.iwtraining.booking;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.iwtraining.booking.bookings.Waitlist;
import org.iwtraining.conventions.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(ExternalServicesStub.class)
class BookingResourceTest {

    @Inject
    MutableClock clock;
    @Inject
    Waitlist bookings;
    @Inject
    EntityManager em;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldConfirmThenWaitlistWhenFull() {
        String session = Fixtures.session(List.of("IW01"), 1, 30);
        Fixtures.book(session, Fixtures.person(Fixtures.agency("HEALTH"))).then().statusCode(201)
                .body("status", equalTo("CONFIRMED")).body("reason", nullValue()).body("position", nullValue());
        Fixtures.book(session, Fixtures.person(Fixtures.agency("POLICE"))).then().statusCode(201)
                .body("status", equalTo("WAITLISTED")).body("reason", equalTo("FULL")).body("position", equalTo(1));
        Fixtures.book(session, Fixtures.person(Fixtures.agency("YOUTH"))).then().statusCode(201).body("position", equalTo(2));
        given().get("/sessions/" + session).then().body("confirmed", equalTo(1)).body("waitlisted", equalTo(2));
    }

    @Test
    void shouldWaitlistWhenAgencyAtCapEvenWithSeatsFree() {
        String agency = Fixtures.agency("EDUCATION");
        String session = Fixtures.session(List.of("IW01"), 5, 30);
        Fixtures.bookConfirmed(session, Fixtures.person(agency));
        Fixtures.bookConfirmed(session, Fixtures.person(agency));
        Fixtures.book(session, Fixtures.person(agency)).then().statusCode(201)
                .body("status", equalTo("WAITLISTED")).body("reason", equalTo("AGENCY_CAP")).body("position", equalTo(1));
        given().get("/sessions/" + session).then().body("agencyCap", equalTo(2)).body("agencies." + agency, equalTo(2))
                .body("confirmed", equalTo(2));
    }

    @Test
    void shouldSayFullWhenBothFullAndAtCap() {
        String agency = Fixtures.agency("EDUCATION");
        String session = Fixtures.session(List.of("IW01"), 2, 30);
        Fixtures.bookConfirmed(session, Fixtures.person(agency));
        Fixtures.bookConfirmed(session, Fixtures.person(Fixtures.agency("HEALTH")));
        Fixtures.book(session, Fixtures.person(agency)).then().body("status", equalTo("WAITLISTED")).body("reason", equalTo("FULL"));
    }

    @Test
    void shouldRefuseWithTheRightCodes() {
        String agency = Fixtures.agency("HEALTH");
        String session = Fixtures.session(List.of("IW01"), 10, 30);
        Fixtures.book(session, "NOBODY-" + Fixtures.unique("X")).then().statusCode(422).body("code", equalTo("UNKNOWN_PERSON"));
        String person = Fixtures.person(agency);
        Fixtures.bookConfirmed(session, person);
        Fixtures.book(session, person).then().statusCode(409).body("code", equalTo("ALREADY_BOOKED"));
        Map<String, Object> overlapping = Fixtures.sessionBody(List.of("IS01"), 10, 30);
        String other = Fixtures.session(overlapping);
        Fixtures.book(other, person).then().statusCode(409).body("code", equalTo("OVERLAPPING_BOOKING"));
        String past = Fixtures.session(List.of("IW01"), 10, -2);
        Fixtures.book(past, person).then().statusCode(409).body("code", equalTo("SESSION_CLOSED"));
        Map<String, Object> managersOnly = Fixtures.sessionBody(List.of("IW01"), 10, 40);
        managersOnly.put("audience", "STRATEGIC_MANAGER");
        Fixtures.book(Fixtures.session(managersOnly), person).then().statusCode(422).body("code", equalTo("AUDIENCE_MISMATCH"));
        given().delete("/people/" + person).then().statusCode(204);
        Fixtures.book(Fixtures.session(List.of("IW01"), 10, 50), person).then().statusCode(422).body("code", equalTo("PERSON_LEFT"));
        given().post("/sessions/" + Fixtures.unique("S") + "/bookings").then().statusCode(415);
        given().contentType(ContentType.JSON).body(Map.of("personId", person)).post("/sessions/" + Fixtures.unique("S") + "/bookings")
                .then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("personId", "")).post("/sessions/" + session + "/bookings")
                .then().statusCode(400).body("errors[0].field", equalTo("personId"));
    }

    @Test
    void shouldRefuseWhenPrerequisiteMissingWithTheMissingSets() {
        String person = Fixtures.person(Fixtures.agency("HEALTH"));
        String session = Fixtures.session(List.of("IW03"), 10, 30);
        Fixtures.book(session, person).then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("PREREQUISITE_MISSING"))
                .body("missing", equalTo(List.of(List.of("IW02"), List.of("IS01", "CAF01", "LP01"))));
    }

    @Test
    void shouldCountEarlierModulesOfTheSameSession() {
        String person = Fixtures.person(Fixtures.agency("HEALTH"));
        Fixtures.book(Fixtures.session(List.of("IS01", "IS02"), 10, 30), person).then().statusCode(201).body("status", equalTo("CONFIRMED"));
    }

    @Test
    void shouldRefuseASecondLivePlaceForTheSameModuleUnlessACoordinatorGivesAReason() {
        String person = Fixtures.person(Fixtures.agency("HEALTH"));
        String first = Fixtures.session(List.of("IW01", "IS01"), 10, 30);
        Fixtures.bookConfirmed(first, person);

        String again = Fixtures.session(List.of("IW01", "IS01", "IS02"), 10, 40);
        Fixtures.book(again, person).then().statusCode(422).body("code", equalTo("ALREADY_BOOKED_FOR_MODULE"))
                .body("module", equalTo("IS01")).body("otherSessionId", equalTo(first));
        Fixtures.bookConfirmed(Fixtures.session(List.of("IW01"), 10, 45), person);
        given().contentType(ContentType.JSON).body(Map.of("personId", person, "overrideReason", "Repeating IS01 on request"))
                .post("/sessions/" + again + "/bookings").then().statusCode(201).body("overrideReason", equalTo("Repeating IS01 on request"));

        String waitedFor = Fixtures.session(List.of("IW01", "CAF01"), 1, 50);
        Fixtures.bookConfirmed(waitedFor, Fixtures.person(Fixtures.agency("POLICE")));
        String other = Fixtures.person(Fixtures.agency("HEALTH"));
        Fixtures.book(waitedFor, other).then().statusCode(201).body("status", equalTo("WAITLISTED"));
        Fixtures.book(Fixtures.session(List.of("IW01", "CAF01"), 10, 55), other).then().statusCode(422)
                .body("code", equalTo("ALREADY_BOOKED_FOR_MODULE")).body("module", equalTo("CAF01"));
    }

    @Test
    void shouldRefuseAlreadyTrainedAndBookOverItWithAReason() {
        String person = Fixtures.person(Fixtures.agency("HEALTH"));
        given().contentType(ContentType.JSON).body(Map.of("moduleRef", "IW01", "completedOn", "2024-05-01", "source", "HR"))
                .post("/people/" + person + "/completions").then().statusCode(201);
        String session = Fixtures.session(List.of("IW01"), 10, 30);
        Fixtures.book(session, person).then().statusCode(422).body("code", equalTo("ALREADY_TRAINED"));
        given().contentType(ContentType.JSON).body(Map.of("personId", person, "overrideReason", "Refresher after 3 years"))
                .post("/sessions/" + session + "/bookings").then().statusCode(201)
                .body("status", equalTo("CONFIRMED")).body("overrideReason", equalTo("Refresher after 3 years"));
    }

    @Test
    void shouldHonourAWaiver() {
        String person = Fixtures.person(Fixtures.agency("HEALTH"));
        String session = Fixtures.session(List.of("IS05"), 10, 30);
        Fixtures.book(session, person).then().statusCode(422).body("code", equalTo("PREREQUISITE_MISSING"));
        given().contentType(ContentType.JSON).body(Map.of("moduleRef", "IS05", "reason", "Very experienced", "recordedBy", "coord"))
                .post("/people/" + person + "/waivers").then().statusCode(201);
        Fixtures.book(session, person).then().statusCode(201).body("status", equalTo("CONFIRMED"));
    }

    @Test
    void shouldCountAnEarlierConfirmedPlaceAndFlagTheLaterOneWhenItIsCancelled() {
        String person = Fixtures.person(Fixtures.agency("HEALTH"));
        String first = Fixtures.bookConfirmed(Fixtures.session(List.of("CAF01"), 10, 20), person);
        String later = Fixtures.bookConfirmed(Fixtures.session(List.of("CAF02"), 10, 25), person);
        given().get("/bookings/" + later).then().body("prerequisiteAtRisk", equalTo(false));
        given().delete("/bookings/" + first).then().statusCode(204);
        given().get("/bookings/" + first).then().body("status", equalTo("CANCELLED"));
        given().get("/bookings/" + later).then().body("status", equalTo("CONFIRMED")).body("prerequisiteAtRisk", equalTo(true));
    }

    @Test
    void shouldPromoteTheFewestPlacedAgencyUnderItsCapWhileCapsHold() {
        String a = Fixtures.agency("HEALTH");
        String b = Fixtures.agency("POLICE");
        String c = Fixtures.agency("YOUTH");
        String d = Fixtures.agency("HOUSING");
        String session = Fixtures.session(List.of("IW01"), 5, 30);
        String leavingA = Fixtures.bookConfirmed(session, Fixtures.person(a));
        Fixtures.bookConfirmed(session, Fixtures.person(a));
        Fixtures.bookConfirmed(session, Fixtures.person(b));
        Fixtures.bookConfirmed(session, Fixtures.person(b));
        Fixtures.bookConfirmed(session, Fixtures.person(c));
        String waitingB = Fixtures.book(session, Fixtures.person(b)).then().body("reason", equalTo("FULL")).extract().path("id");
        String waitingA = Fixtures.book(session, Fixtures.person(a)).then().extract().path("id");
        String waitingD = Fixtures.book(session, Fixtures.person(d)).then().extract().path("id");
        given().delete("/bookings/" + leavingA).then().statusCode(204);
        // B is at its cap of 2; A holds 1, D none: D's person goes first although the last to ask
        given().get("/bookings/" + waitingD).then().body("status", equalTo("CONFIRMED"));
        given().get("/bookings/" + waitingB).then().body("status", equalTo("WAITLISTED")).body("position", equalTo(1));
        given().get("/bookings/" + waitingA).then().body("status", equalTo("WAITLISTED")).body("position", equalTo(2));
        given().get("/sessions/" + session + "/bookings").then().statusCode(200)
                .body("items.status", contains("CONFIRMED", "CONFIRMED", "CONFIRMED", "CONFIRMED", "CONFIRMED", "WAITLISTED", "WAITLISTED"))
                .body("items[6].id", equalTo(waitingA)).body("items[6].position", equalTo(2));
    }

    @Test
    void shouldPromoteFirstComeFirstServedAfterCapsLift() {
        String a = Fixtures.agency("HEALTH");
        Map<String, Object> body = Fixtures.sessionBody(List.of("IW01"), 2, 30);
        body.put("mixPolicy", Map.of("capsLiftAt", Instant.now().minus(1, ChronoUnit.HOURS).toString()));
        String session = Fixtures.session(body);
        Fixtures.bookConfirmed(session, Fixtures.person(a));
        String second = Fixtures.bookConfirmed(session, Fixtures.person(a));
        String waitingA = Fixtures.book(session, Fixtures.person(a)).then().body("reason", equalTo("FULL")).extract().path("id");
        Fixtures.book(session, Fixtures.person(Fixtures.agency("POLICE"))).then().body("status", equalTo("WAITLISTED"));
        given().get("/sessions/" + session).then().body("capsLifted", equalTo(true)).body("agencies." + a, equalTo(2));
        given().delete("/bookings/" + second).then().statusCode(204);
        given().get("/bookings/" + waitingA).then().body("status", equalTo("CONFIRMED"));
    }

    @Test
    void shouldFillFreeSeatsFromTheWaitlistWhenCapsLift() {
        String a = Fixtures.agency("HEALTH");
        Map<String, Object> body = Fixtures.sessionBody(List.of("IW01"), 5, 30);
        Instant lift = Instant.now().plus(1, ChronoUnit.DAYS);
        body.put("mixPolicy", Map.of("capsLiftAt", lift.toString()));
        String session = Fixtures.session(body);
        Fixtures.bookConfirmed(session, Fixtures.person(a));
        Fixtures.bookConfirmed(session, Fixtures.person(a));
        String third = Fixtures.book(session, Fixtures.person(a)).then().body("reason", equalTo("AGENCY_CAP")).extract().path("id");
        String fourth = Fixtures.book(session, Fixtures.person(a)).then().body("reason", equalTo("AGENCY_CAP")).extract().path("id");
        bookings.liftDueCaps();
        given().get("/bookings/" + third).then().body("status", equalTo("WAITLISTED"));
        clock.set(lift.plus(Duration.ofMinutes(1)));
        QuarkusTransaction.requiringNew().run(() -> bookings.liftDueCaps());
        given().get("/bookings/" + third).then().body("status", equalTo("CONFIRMED"));
        given().get("/bookings/" + fourth).then().body("status", equalTo("CONFIRMED"));
        given().get("/sessions/" + session).then().body("confirmed", equalTo(4)).body("capsLifted", equalTo(true));
    }

    @Test
    void shouldReplayTheFirstResponseForTheSameIdempotencyKey() {
        String session = Fixtures.session(List.of("IW01"), 10, 30);
        String person = Fixtures.person(Fixtures.agency("HEALTH"));
        String key = Fixtures.unique("key");
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(Map.of("personId", person))
                .post("/sessions/" + session + "/bookings").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(Map.of("personId", person))
                .post("/sessions/" + session + "/bookings").then().statusCode(201).body("id", equalTo(first))
                .header("Location", endsWith("/bookings/" + first));
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(Map.of("personId", Fixtures.person(Fixtures.agency("HEALTH"))))
                .post("/sessions/" + session + "/bookings").then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        given().get("/sessions/" + session).then().body("confirmed", equalTo(1));
    }

    @Test
    void shouldReplayStatusBodyBytesContentTypeLocationAndETag() {
        Map<String, Object> body = Fixtures.sessionBody(List.of("IW01"), 10, 30);
        String key = Fixtures.unique("key");
        io.restassured.response.Response first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/sessions");
        io.restassured.response.Response replay = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/sessions");
        assertEquals(201, first.statusCode());
        assertEquals(201, replay.statusCode());
        org.junit.jupiter.api.Assertions.assertArrayEquals(first.asByteArray(), replay.asByteArray());
        assertEquals("application/json;charset=UTF-8", first.header("Content-Type").replace(" ", ""));
        assertEquals(first.header("Content-Type"), replay.header("Content-Type"));
        assertEquals(first.header("Location"), replay.header("Location"));
        org.hamcrest.MatcherAssert.assertThat(first.header("ETag"), org.hamcrest.Matchers.startsWith("\""));
        assertEquals(first.header("ETag"), replay.header("ETag"));
        assertEquals(null, first.header("Idempotent-Replayed"));
        assertEquals("true", replay.header("Idempotent-Replayed"));
        // the tag is the session's: a GET names the same one while nothing has changed
        given().get(first.header("Location")).then().header("ETag", equalTo(first.header("ETag")));

        String refused = Fixtures.unique("key");
        Map<String, Object> unknown = Fixtures.sessionBody(List.of("IW01", "XX99"), 10, 30);
        io.restassured.response.Response no = given().contentType(ContentType.JSON).header("Idempotency-Key", refused)
                .body(unknown).post("/sessions");
        io.restassured.response.Response noAgain = given().contentType(ContentType.JSON).header("Idempotency-Key", refused)
                .body(unknown).post("/sessions");
        assertEquals(422, no.statusCode());
        assertEquals(422, noAgain.statusCode());
        org.junit.jupiter.api.Assertions.assertArrayEquals(no.asByteArray(), noAgain.asByteArray());
        org.hamcrest.MatcherAssert.assertThat(no.header("Content-Type"), org.hamcrest.Matchers.startsWith("application/problem+json"));
        assertEquals(no.header("Content-Type"), noAgain.header("Content-Type"));
        assertEquals("true", noAgain.header("Idempotent-Replayed"));
    }

    @Test
    void shouldReplayARefusalAndAnswer409WhileTheFirstRequestRuns() {
        String session = Fixtures.session(List.of("IW03"), 10, 30);
        String person = Fixtures.person(Fixtures.agency("HEALTH"));
        String key = Fixtures.unique("key");
        for (int i = 0; i < 2; i++) {
            given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(Map.of("personId", person))
                    .post("/sessions/" + session + "/bookings").then().statusCode(422).body("code", equalTo("PREREQUISITE_MISSING"));
        }
        String running = Fixtures.unique("key");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "insert into idempotency_record (idem_key, scope, request_hash, created_at) values (?1, ?2, 'x', now())")
                .setParameter(1, running).setParameter(2, "POST /sessions/" + session + "/bookings").executeUpdate());
        given().contentType(ContentType.JSON).header("Idempotency-Key", running).body(Map.of("personId", person))
                .post("/sessions/" + session + "/bookings").then().statusCode(409).body("code", equalTo("IDEMPOTENCY_KEY_IN_USE"));
    }

    @Test
    void shouldReleaseALeaversFuturePlacesToTheWaitlist() {
        String leaver = Fixtures.person(Fixtures.agency("HEALTH"));
        String session = Fixtures.session(List.of("IW01"), 1, 30);
        String place = Fixtures.bookConfirmed(session, leaver);
        String waiting = Fixtures.book(session, Fixtures.person(Fixtures.agency("POLICE"))).then().extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("moduleRef", "IS01", "completedOn", "2024-05-01", "source", "HR"))
                .post("/people/" + leaver + "/completions").then().statusCode(201);
        given().delete("/people/" + leaver).then().statusCode(204);
        given().delete("/people/" + leaver).then().statusCode(204);
        given().get("/bookings/" + place).then().body("status", equalTo("CANCELLED"));
        given().get("/bookings/" + waiting).then().body("status", equalTo("CONFIRMED"));
        given().get("/people/" + leaver + "/training-record").then().body("completions.moduleRef", contains("IS01"));
        given().get("/people/" + leaver + "/bookings").then().body("items.status", contains("CANCELLED"));
        given().delete("/people/NOBODY-" + leaver).then().statusCode(404);
    }

    @Test
    void shouldMarkPeopleAbsentFromAFullImportAsLeavers() {
        String agency = Fixtures.agency("PROBATION");
        String stays = Fixtures.person(agency);
        String goes = Fixtures.person(agency);
        String session = Fixtures.session(List.of("IW01"), 5, 30);
        String place = Fixtures.bookConfirmed(session, goes);
        // a full file naming only one person: everyone else in this test database becomes a leaver, which the
        // other tests, each making its own people, do not notice
        List<Map<String, Object>> rows = List.of(Map.of("hrId", stays, "givenName", "Alex", "familyName", "Smith", "agencyCode", agency,
                "audience", "PRACTITIONER", "email", "alex@example.org", "phone", "01234 567890", "shareContactConsent", true));
        given().contentType(ContentType.JSON).queryParam("mode", "full").body(rows).post("/people/import").then().statusCode(200)
                .body("leavers", hasItem(goes)).body("rows[0].result", equalTo("UNCHANGED"));
        given().get("/people/" + goes).then().body("leftAt", notNullValue());
        given().get("/bookings/" + place).then().body("status", equalTo("CANCELLED"));
        given().get("/people/" + stays).then().body("leftAt", nullValue());
    }
}
