package org.iwtraining.booking;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.iwtraining.booking.attendance.AttendanceService;
import org.iwtraining.conventions.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(ExternalServicesStub.class)
class AttendanceResourceTest {

    @Inject
    MutableClock clock;
    @Inject
    AttendanceService attendance;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A two-part session booked by the given people, then the clock moved to after its end. */
    private String twoPartSessionAttendedBy(List<String> people) {
        Instant start = Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> body = Fixtures.sessionBody(List.of("IS01", "IS02"), 10, 10);
        body.remove("startsAt");
        body.remove("endsAt");
        body.put("parts", List.of(Map.of("startsAt", start.toString(), "endsAt", start.plus(150, ChronoUnit.MINUTES).toString()),
                Map.of("startsAt", start.plus(1, ChronoUnit.DAYS).toString(),
                        "endsAt", start.plus(1, ChronoUnit.DAYS).plus(150, ChronoUnit.MINUTES).toString())));
        String session = Fixtures.session(body);
        people.forEach(p -> Fixtures.bookConfirmed(session, p));
        clock.set(start.plus(2, ChronoUnit.DAYS));
        return session;
    }

    private static io.restassured.response.Response attend(String session, Object entries) {
        return given().contentType(ContentType.JSON).body(entries).post("/sessions/" + session + "/attendance");
    }

    @Test
    void shouldRefuseAttendanceBeforeTheSessionStarts() {
        String session = Fixtures.session(List.of("IW01"), 5, 3);
        attend(session, List.of(Map.of("personId", Fixtures.person(Fixtures.agency("HEALTH")), "status", "ATTENDED")))
                .then().statusCode(409).body("code", equalTo("SESSION_NOT_STARTED"));
    }

    @Test
    void shouldCompleteEveryModuleWhenEveryPartAttendedAndNoneWhenPartial() {
        String full = Fixtures.person(Fixtures.agency("HEALTH"));
        String partial = Fixtures.person(Fixtures.agency("POLICE"));
        String session = twoPartSessionAttendedBy(List.of(full, partial));
        attend(session, List.of(Map.of("personId", full, "status", "ATTENDED", "parts", List.of(1, 2)),
                Map.of("personId", partial, "status", "PARTIAL", "parts", List.of(1))))
                .then().statusCode(200).body("completed", contains(true, false)).body("[1].parts", contains(1));
        String lastDay = given().get("/sessions/" + session).then().extract().path("endsAt");
        String expected = Instant.parse(lastDay).atZone(ZoneId.of("Europe/London")).toLocalDate().toString();
        given().get("/people/" + full + "/training-record").then()
                .body("completions.moduleRef", contains("IS01", "IS02"))
                .body("completions[0].completedOn", equalTo(expected)).body("completions[0].sessionId", equalTo(session));
        given().get("/people/" + partial + "/training-record").then().body("completions", empty());
    }

    @Test
    void shouldWithdrawCompletionsWhenAttendanceIsCorrected() {
        String person = Fixtures.person(Fixtures.agency("HEALTH"));
        String session = twoPartSessionAttendedBy(List.of(person));
        attend(session, List.of(Map.of("personId", person, "status", "ATTENDED"))).then().statusCode(200);
        attend(session, List.of(Map.of("personId", person, "status", "ATTENDED"))).then().statusCode(200);
        given().get("/people/" + person + "/training-record").then().body("completions.moduleRef", contains("IS01", "IS02"));
        attend(session, List.of(Map.of("personId", person, "status", "NO_SHOW"))).then().statusCode(200).body("[0].completed", equalTo(false));
        given().get("/people/" + person + "/training-record").then().body("completions", empty());
    }

    @Test
    void shouldRecordAWalkInAndRefuseUnknownPeople() {
        String walkIn = Fixtures.person(Fixtures.agency("YOUTH"));
        String session = twoPartSessionAttendedBy(List.of());
        attend(session, List.of(Map.of("personId", walkIn, "status", "ATTENDED"))).then().statusCode(200).body("[0].completed", equalTo(true));
        given().get("/people/" + walkIn + "/training-record").then().body("completions.moduleRef", contains("IS01", "IS02"));
        attend(session, List.of(Map.of("personId", "NOBODY-" + walkIn, "status", "ATTENDED"))).then().statusCode(422)
                .body("code", equalTo("UNKNOWN_PERSON"));
        attend(session, List.of(Map.of("personId", walkIn, "status", "ATTENDED", "parts", List.of(3)))).then().statusCode(400)
                .body("errors.field", hasItem("[0].parts[0]"));
        attend(session, List.of(Map.of("personId", walkIn, "status", "SLEPT"))).then().statusCode(400);
    }

    @Test
    void shouldListOnlyConsentingAttendeesAndHonourWithdrawnConsentAtOnce() {
        String agency = Fixtures.agency("HEALTH");
        String consenting = Fixtures.person(agency);
        String other = Fixtures.person(agency);
        Map<String, Object> noConsent = Fixtures.personBody(agency, "PRACTITIONER");
        noConsent.put("shareContactConsent", false);
        String private1 = Fixtures.unique("HR");
        given().contentType(ContentType.JSON).body(noConsent).put("/people/" + private1).then().statusCode(201);
        String absent = Fixtures.person(agency);
        String session = twoPartSessionAttendedBy(List.of(consenting, other, private1, absent));
        given().get("/sessions/" + session + "/contacts").then().statusCode(200)
                .body("personId", containsInAnyOrder(consenting, other, absent));
        attend(session, List.of(Map.of("personId", consenting, "status", "ATTENDED"), Map.of("personId", other, "status", "ATTENDED"),
                Map.of("personId", private1, "status", "ATTENDED"), Map.of("personId", absent, "status", "NO_SHOW"))).then().statusCode(200);
        given().get("/sessions/" + session + "/contacts").then().body("personId", containsInAnyOrder(consenting, other))
                .body("[0].email", equalTo("alex@example.org"));
        Map<String, Object> withdrawn = Fixtures.personBody(agency, "PRACTITIONER");
        withdrawn.put("shareContactConsent", false);
        given().contentType(ContentType.JSON).body(withdrawn).put("/people/" + other).then().statusCode(200);
        given().get("/sessions/" + session + "/contacts").then().body("personId", contains(consenting));
    }

    @Test
    void shouldFlagALaterPlaceAtRiskWhenAnEarlierOneIsMissed() {
        String person = Fixtures.person(Fixtures.agency("HEALTH"));
        Map<String, Object> earlierBody = Fixtures.sessionBody(List.of("CAF01"), 10, 10);
        String earlier = Fixtures.session(earlierBody);
        String later = Fixtures.session(List.of("CAF02"), 10, 20);
        Fixtures.bookConfirmed(earlier, person);
        String laterPlace = Fixtures.bookConfirmed(later, person);
        clock.set(Instant.parse((String) earlierBody.get("endsAt")).plus(1, ChronoUnit.HOURS));
        attend(earlier, List.of(Map.of("personId", person, "status", "NO_SHOW"))).then().statusCode(200);
        given().get("/bookings/" + laterPlace).then().body("status", equalTo("CONFIRMED")).body("prerequisiteAtRisk", equalTo(true));
    }

    @Test
    void shouldCompleteOnceTheLastPartHasEndedWhenAttendanceCameEarly() {
        String person = Fixtures.person(Fixtures.agency("HEALTH"));
        String session = twoPartSessionAttendedBy(List.of(person));
        String lastEnd = given().get("/sessions/" + session).then().extract().path("endsAt");
        clock.set(Instant.parse(lastEnd).minus(1, ChronoUnit.HOURS));
        attend(session, List.of(Map.of("personId", person, "status", "ATTENDED"))).then().statusCode(200).body("[0].completed", equalTo(false));
        given().get("/people/" + person + "/training-record").then().body("completions", empty());
        clock.set(Instant.parse(lastEnd).plus(1, ChronoUnit.MINUTES));
        QuarkusTransaction.requiringNew().run(() -> attendance.completeEndedSessions());
        given().get("/people/" + person + "/training-record").then().body("completions.moduleRef", contains("IS01", "IS02"));
    }
}
