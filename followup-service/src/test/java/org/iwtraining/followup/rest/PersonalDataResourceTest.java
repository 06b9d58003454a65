package org.iwtraining.followup.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.iwtraining.followup.rest.Fixtures.followup;
import static org.iwtraining.followup.rest.Fixtures.open;
import static org.iwtraining.followup.rest.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.iwtraining.conventions.testing.OidcServer;
import org.iwtraining.conventions.testing.MutableClock;
import org.iwtraining.conventions.testing.Tokens;
import org.iwtraining.followup.reminders.ReminderService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** A person's data exported and erased on booking-service's request. */
@QuarkusTest
class PersonalDataResourceTest {

    @Inject
    MutableClock clock;
    @Inject
    ReminderService reminders;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** An open case with a caller of its own, a call with notes and a digest that listed the case. */
    private record Seeded(String person, String caseId, String name, String email, String phone) {
    }

    private Seeded seed() {
        String person = unique("person");
        Map<String, Object> body = followup(person, "IW05", "IW", "2027-02-24");
        String name = "Trainer " + unique("Name");
        String email = unique("mail") + "@example.org";
        String phone = "01632 " + (100000 + (int) (Math.random() * 800000));
        body.put("name", name);
        body.put("email", email);
        body.put("phone", phone);
        body.put("callerId", Fixtures.caller(null));
        String caseId = open(body).getString("id");
        clock.set(Instant.parse("2027-03-01T10:00:00Z"));
        given().contentType(ContentType.JSON).body(Map.of("outcome", "NO_CONTACT", "calledAt", "2027-03-01T09:00:00Z",
                "notes", "left a message for " + name, "materialsFeedback", "none yet"))
                .post("/followups/" + caseId + "/calls").then().statusCode(201);
        // the NO_CONTACT retry is due two working days later: Wednesday 3 March 2027, in that day's digest
        clock.set(Instant.parse("2027-03-03T08:00:00Z"));
        reminders.sendDue();
        return new Seeded(person, caseId, name, email, phone);
    }

    @Test
    void shouldExportTheCasesCallsRemindersAndAuditRowsOfAPerson() {
        Seeded s = seed();
        JsonPath export = given().get("/people/" + s.person() + "/export").then().statusCode(200).extract().jsonPath();
        assertEquals(s.person(), export.getString("personId"));
        assertEquals(List.of(s.caseId()), export.getList("cases.id"));
        assertEquals(s.email(), export.getString("cases[0].email"));
        assertEquals("left a message for " + s.name(), export.getString("cases[0].calls[0].notes"));
        assertEquals("DIGEST", export.getString("reminders[0].kind"));
        assertThat(export.getString("reminders[0].lines[0]"), containsString(s.phone()));
        // the export itself is on the trail of the person's data
        given().get("/people/" + s.person() + "/export").then().body("audit.operation", hasItem("GET /people/{personId}/export"));
    }

    @Test
    void shouldAnswerEmptyListsForAPersonItKnowsNothingOf() {
        given().get("/people/" + unique("nobody") + "/export").then().statusCode(200)
                .body("cases", hasSize(0)).body("reminders", hasSize(0));
    }

    @Test
    void shouldEraseNamesContactsNotesAndRemindersOnceAndCloseOpenCases() {
        Seeded s = seed();
        String eventId = unique("event");
        Map<String, Object> erasure = Map.of("eventId", eventId, "personId", s.person());
        given().contentType(ContentType.JSON).body(erasure).post("/erasures").then().statusCode(200)
                .body("erasedCases", equalTo(1)).body("erasedCalls", equalTo(1)).body("erasedReminders", equalTo(1))
                .body("closedCases", equalTo(1)).body("replay", equalTo(false));

        given().get("/followups/" + s.caseId()).then().statusCode(200)
                .body("name", equalTo("[erased]")).body("email", nullValue()).body("phone", nullValue())
                .body("status", equalTo("CLOSED")).body("closedReason", equalTo("ERASED"))
                .body("personId", equalTo(s.person()))
                .body("calls[0].notes", equalTo("[erased]")).body("calls[0].materialsFeedback", equalTo("[erased]"))
                .body("calls[0].outcome", equalTo("NO_CONTACT"));
        String reminderBodies = given().get("/followups/" + s.caseId() + "/reminders").then().statusCode(200)
                .body("items", hasSize(1)).extract().body().asString();
        for (String value : List.of(s.name(), s.email(), s.phone())) {
            assertThat(reminderBodies, not(containsString(value)));
        }
        assertThat(reminderBodies, containsString("[erased]"));
        String exported = given().get("/people/" + s.person() + "/export").then().statusCode(200)
                .body("cases", hasSize(1)).extract().body().asString();
        for (String value : List.of(s.name(), s.email(), s.phone())) {
            assertThat(exported, not(containsString(value)));
        }

        // a redelivery answers the first summary; a later person.updated leaves the erased case erased
        given().contentType(ContentType.JSON).body(erasure).post("/erasures").then().statusCode(200)
                .body("erasedCases", equalTo(1)).body("replay", equalTo(true));
        given().contentType(ContentType.JSON).body(Map.of("eventId", unique("event"), "personId", s.person(), "type", "UPDATED",
                "name", "Someone New", "email", "new@example.org")).post("/person-events").then().statusCode(200)
                .body("updatedCases", equalTo(0));
        given().get("/followups/" + s.caseId()).then().body("name", equalTo("[erased]")).body("email", nullValue());
    }

    @Test
    void shouldLeaveTheCasesOfOtherPeopleAlone() {
        Seeded erased = seed();
        Seeded other = seed();
        given().contentType(ContentType.JSON).body(Map.of("eventId", unique("event"), "personId", erased.person()))
                .post("/erasures").then().statusCode(200);
        given().get("/followups/" + other.caseId()).then().body("name", equalTo(other.name()))
                .body("email", equalTo(other.email())).body("status", equalTo("OPEN"))
                .body("calls[0].notes", notNullValue());
    }

    @Test
    void shouldRefuseAMalformedErasure() {
        given().contentType(ContentType.JSON).body(Map.of("personId", unique("person"))).post("/erasures")
                .then().statusCode(400).body("errors.field", hasItem("eventId"));
    }

    @Test
    void shouldLetOnlyTheirRolesExportAndErase() {
        String person = unique("person");
        Map<String, Object> erasure = Map.of("eventId", unique("event"), "personId", person);
        Tokens.anonymous().get("/people/" + person + "/export").then().statusCode(401);
        Tokens.anonymous().contentType(ContentType.JSON).body(erasure).post("/erasures").then().statusCode(401);
        for (String role : OidcServer.EVERY_ROLE) {
            int export = List.of("service", "auditor").contains(role) ? 200 : 403;
            int erase = role.equals("service") ? 200 : 403;
            Tokens.anonymous().header(Tokens.HEADER, Tokens.bearer(role)).get("/people/" + person + "/export")
                    .then().statusCode(export);
            Tokens.anonymous().header(Tokens.HEADER, Tokens.bearer(role)).contentType(ContentType.JSON).body(erasure)
                    .post("/erasures").then().statusCode(erase);
        }
        given().get("/people/" + person + "/export").then().body("audit.operation", everyItem(notNullValue()));
    }
}
