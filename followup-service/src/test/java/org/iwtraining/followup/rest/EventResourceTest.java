package org.iwtraining.followup.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.iwtraining.followup.rest.Fixtures.followup;
import static org.iwtraining.followup.rest.Fixtures.open;
import static org.iwtraining.followup.rest.Fixtures.unique;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.iwtraining.conventions.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class EventResourceTest {

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldCloseEveryOpenCaseOfThePersonAndProcessWhoseFirstCallIsMadeOnACascadeSession() {
        String person = unique("person");
        String iw1 = open(followup(person, "IW05", "IW", "2027-01-04")).getString("id");
        String iw2 = open(followup(person, "IW05", "IW", "2027-01-11")).getString("id");
        String awaiting = open(followup(person, "IW05", "IW", "2027-02-01")).getString("id");
        String is = open(followup(person, "IS05", "IS", "2027-01-04")).getString("id");
        clock.set(Instant.parse("2027-03-10T12:00:00Z"));
        Fixtures.call(iw1, "NOT_STARTED", "2027-01-18T10:00:00Z");
        Fixtures.call(iw2, "NOT_STARTED", "2027-01-25T10:00:00Z");
        Map<String, Object> event = Map.of("personId", person, "process", "IW", "sessionId", unique("session"),
                "startsOn", "2027-02-15");
        given().contentType(ContentType.JSON).body(event).post("/cascade-events").then().statusCode(200)
                .body("closedCases", equalTo(2)).body("updatedCases", equalTo(1)).body("replay", equalTo(false));
        for (String id : new String[] { iw1, iw2 }) {
            given().get("/followups/" + id).then().body("status", equalTo("CLOSED"))
                    .body("closedReason", equalTo("CASCADE_SESSION")).body("cascadeStartedOn", equalTo("2027-02-15"));
        }
        // the first call is always made: a cascade before it is recorded, the case stays open
        given().get("/followups/" + awaiting).then().body("status", equalTo("OPEN"))
                .body("phase", equalTo("AWAITING_FIRST_CALL")).body("cascadeDetectedOn", equalTo("2027-02-15"))
                .body("nextCallDue", equalTo("2027-02-15")).body("cascades[0].attendees", nullValue());
        given().get("/followups/" + is).then().body("status", equalTo("OPEN")).body("cascadeDetectedOn", nullValue());
        given().contentType(ContentType.JSON).body(event).post("/cascade-events").then().statusCode(200)
                .body("closedCases", equalTo(2)).body("updatedCases", equalTo(1)).body("replay", equalTo(true));
    }

    @Test
    void shouldRefuseACascadeEventWhoseCountsExceedItsAttendees() {
        given().contentType(ContentType.JSON).body(Map.of("personId", unique("person"), "process", "IW",
                "sessionId", unique("session"), "startsOn", "2027-02-15", "attendees", 3,
                "byAgency", Map.of("AG-A", 4))).post("/cascade-events").then().statusCode(400)
                .body("errors[0].field", equalTo("byAgency"));
        given().contentType(ContentType.JSON).body(Map.of("personId", unique("person"), "process", "IW",
                "sessionId", unique("session"), "startsOn", "2027-02-15", "attendees", -1))
                .post("/cascade-events").then().statusCode(400).body("errors[0].field", equalTo("attendees"));
    }

    @Test
    void shouldKeepTheLineManagerFromTheCaseRequestAndPersonUpdates() {
        String person = unique("person");
        Map<String, Object> completion = followup(person, "IW05", "IW", "2027-01-04");
        completion.put("managerName", "Pat Lead");
        completion.put("managerEmail", "pat@example.org");
        String id = open(completion).getString("id");
        given().get("/followups/" + id).then().body("managerName", equalTo("Pat Lead"))
                .body("managerEmail", equalTo("pat@example.org"));
        given().contentType(ContentType.JSON).body(Map.of("eventId", unique("event"), "personId", person,
                "type", "UPDATED", "managerName", "Sam Head", "managerEmail", "sam@example.org"))
                .post("/person-events").then().statusCode(200).body("updatedCases", equalTo(1));
        given().get("/followups/" + id).then().body("managerName", equalTo("Sam Head"))
                .body("managerEmail", equalTo("sam@example.org")).body("name", equalTo("Trainer " + person));
        given().contentType(ContentType.JSON).body(Map.of("eventId", unique("event"), "personId", person,
                "type", "UPDATED", "managerEmail", "not-an-address")).post("/person-events").then().statusCode(400)
                .body("errors[0].field", equalTo("managerEmail"));
    }

    @Test
    void shouldAcceptACascadeEventThatMatchesNoCase() {
        given().contentType(ContentType.JSON).body(Map.of("personId", unique("person"), "process", "CAF",
                "sessionId", unique("session"), "startsOn", "2027-02-15"))
                .post("/cascade-events").then().statusCode(200).body("closedCases", equalTo(0));
    }

    @Test
    void shouldRefuseMalformedCascadeEvents() {
        given().contentType(ContentType.JSON).body(Map.of("personId", unique("person"), "process", "NOPE",
                "sessionId", "s", "startsOn", "2027-02-15")).post("/cascade-events").then().statusCode(400)
                .body("errors[0].field", equalTo("process"));
        given().contentType(ContentType.JSON).body(Map.of("personId", unique("person"), "process", "IW",
                "sessionId", "s")).post("/cascade-events").then().statusCode(400)
                .body("errors[0].field", equalTo("startsOn"));
    }

    @Test
    void shouldCloseTheOpenCasesOfAPersonWhoLeftOnce() {
        String person = unique("person");
        String a = open(followup(person, "IW05", "IW", "2027-01-04")).getString("id");
        String b = open(followup(person, "LP03", "LP", "2027-01-04")).getString("id");
        given().post("/followups/" + b + "/close").then().statusCode(200);
        Map<String, Object> left = Map.of("eventId", unique("event"), "personId", person, "type", "LEFT");
        given().contentType(ContentType.JSON).body(left).post("/person-events").then().statusCode(200)
                .body("closedCases", equalTo(1)).body("replay", equalTo(false));
        given().get("/followups/" + a).then().body("closedReason", equalTo("LEFT"));
        given().get("/followups/" + b).then().body("closedReason", equalTo("CLOSED_BY_ADMIN"));
        given().contentType(ContentType.JSON).body(left).post("/person-events").then().statusCode(200)
                .body("closedCases", equalTo(1)).body("replay", equalTo(true));
    }

    @Test
    void shouldRefreshContactDetailsOnUpdate() {
        String person = unique("person");
        String id = open(followup(person, "IW05", "IW", "2027-01-04")).getString("id");
        Map<String, Object> updated = new HashMap<>(Map.of("eventId", unique("event"), "personId", person,
                "type", "UPDATED", "email", "new@example.org", "phone", "07700 900000"));
        given().contentType(ContentType.JSON).body(updated).post("/person-events").then().statusCode(200)
                .body("updatedCases", equalTo(1)).body("closedCases", equalTo(0));
        given().get("/followups/" + id).then().body("email", equalTo("new@example.org"))
                .body("phone", equalTo("07700 900000")).body("name", equalTo("Trainer " + person))
                .body("status", equalTo("OPEN"));
        updated.put("email", "not-an-address");
        updated.put("eventId", unique("event"));
        given().contentType(ContentType.JSON).body(updated).post("/person-events").then().statusCode(400)
                .body("errors[0].field", equalTo("email"));
    }

    @Test
    void shouldCloseOnlyTheRevokedCompletionsCase() {
        String person = unique("person");
        Map<String, Object> first = followup(person, "IW05", "IW", "2027-01-04");
        String revoked = open(first).getString("id");
        String kept = open(followup(person, "IW05", "IW", "2027-02-01")).getString("id");
        given().contentType(ContentType.JSON).body(Map.of("eventId", unique("event"), "personId", person,
                "type", "COMPLETION_REVOKED", "moduleRef", "IW05", "sessionId", first.get("sessionId")))
                .post("/person-events").then().statusCode(200).body("closedCases", equalTo(1));
        given().get("/followups/" + revoked).then().body("closedReason", equalTo("REVOKED"));
        given().get("/followups/" + kept).then().body("status", equalTo("OPEN"));
    }

    @Test
    void shouldRefuseMalformedPersonEvents() {
        given().contentType(ContentType.JSON).body(Map.of("eventId", unique("event"), "personId", "p",
                "type", "COMPLETION_REVOKED", "sessionId", "s")).post("/person-events").then().statusCode(400)
                .body("errors[0].field", equalTo("moduleRef"));
        given().contentType(ContentType.JSON).body(Map.of("eventId", unique("event"), "personId", "p",
                "type", "RETIRED")).post("/person-events").then().statusCode(400)
                .body("errors[0].field", equalTo("type"));
        given().contentType(ContentType.JSON).body(Map.of("personId", "p", "type", "LEFT"))
                .post("/person-events").then().statusCode(400).body("errors[0].field", equalTo("eventId"));
        given().contentType(ContentType.JSON).body("{\"eventId\": 12, ").post("/person-events").then().statusCode(400);
    }

    @Test
    void shouldAcceptAPersonEventThatMatchesNoCase() {
        given().contentType(ContentType.JSON).body(Map.of("eventId", unique("event"), "personId", unique("person"),
                "type", "LEFT")).post("/person-events").then().statusCode(200).body("closedCases", equalTo(0));
    }
}
