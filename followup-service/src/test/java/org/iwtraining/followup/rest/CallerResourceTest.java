package org.iwtraining.followup.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.iwtraining.followup.rest.Fixtures.call;
import static org.iwtraining.followup.rest.Fixtures.openCase;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.iwtraining.conventions.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class CallerResourceTest {

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldAddAndReadACaller() {
        var created = given().contentType(ContentType.JSON)
                .body(Map.of("subject", Fixtures.unique("sam"), "name", "Sam Caller", "email", "sam@example.org",
                        "managerEmail", "boss@example.org"))
                .post("/callers").then().statusCode(201).extract();
        String id = created.path("id");
        assertThat(created.header("Location"), endsWith("/callers/" + id));
        given().get("/callers/" + id).then().statusCode(200).body("name", equalTo("Sam Caller"))
                .body("managerEmail", equalTo("boss@example.org"));
        given().get("/callers/no-such-caller").then().statusCode(404);
        given().get("/callers/default").then().statusCode(200).body("email", notNullValue());
        given().queryParam("limit", 500).get("/callers").then().statusCode(200).body("items.id", org.hamcrest.Matchers.hasItem(id));
    }

    @Test
    void shouldRefuseACallerWithoutAValidEmail() {
        given().contentType(ContentType.JSON).body(Map.of("subject", Fixtures.unique("s"), "name", "No Mail",
                        "email", "not-an-address"))
                .post("/callers").then().statusCode(400).body("errors[0].field", equalTo("email"));
        given().contentType(ContentType.JSON).body(Map.of("subject", Fixtures.unique("s"), "email", "x@example.org"))
                .post("/callers").then().statusCode(400).body("errors[0].field", equalTo("name"));
        given().contentType(ContentType.JSON).body(Map.of("name", "No Subject", "email", "x@example.org"))
                .post("/callers").then().statusCode(400).body("errors[0].field", equalTo("subject"));
    }

    @Test
    void shouldQueueTheCallsDueAndOverdueOldestFirst() {
        clock.set(Instant.parse("2027-03-10T12:00:00Z"));
        String caller = Fixtures.caller(null);
        String overdue = openCase("2027-02-01", caller).getString("id"); // due 2027-02-15
        String due = openCase("2027-02-24", caller).getString("id"); // due 2027-03-10
        openCase("2027-02-25", caller); // due 2027-03-11: not yet
        String withCall = openCase("2027-01-04", caller).getString("id"); // due 2027-01-18, then a call
        call(withCall, "NOT_STARTED", "2027-01-20T10:00:00Z"); // next (call 2) due 2027-02-03

        given().queryParam("date", "2027-03-10").get("/callers/" + caller + "/queue").then().statusCode(200)
                .body("items.caseId", equalTo(List.of(withCall, overdue, due)))
                .body("items.due", equalTo(List.of("2027-02-03", "2027-02-15", "2027-03-10")))
                .body("items.overdue", equalTo(List.of(true, true, false)))
                .body("items.callNumber", equalTo(List.of(2, 1, 1)))
                .body("items[2].trainingEndedOn", equalTo("2027-02-24"))
                .body("items[2].phone", notNullValue())
                .body("items[2].moduleRef", equalTo("IW05"))
                .body("next", nullValue());
        String next = given().queryParam("limit", 2).get("/callers/" + caller + "/queue")
                .then().body("items", hasSize(2)).body("next", notNullValue()).extract().path("next");
        given().queryParam("limit", 2).queryParam("cursor", next).get("/callers/" + caller + "/queue")
                .then().body("items.caseId", equalTo(List.of(due))).body("next", nullValue());
        given().queryParam("date", "2027-02-30").get("/callers/" + caller + "/queue").then().statusCode(400);
        given().queryParam("cursor", "bogus").get("/callers/" + caller + "/queue").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        given().get("/callers/no-such-caller/queue").then().statusCode(404);
    }

    @Test
    void shouldPublishACalendarWhoseEventsMoveAndCancel() {
        clock.set(Instant.parse("2027-03-10T12:00:00Z"));
        String caller = Fixtures.caller(null);
        String id = openCase("2027-02-01", caller).getString("id");
        String uid = "UID:" + id + "@followup.iw-training-suite";
        String token = given().post("/callers/" + caller + "/calendar-token").then().statusCode(200)
                .extract().path("token");

        String first = given().queryParam("token", token).get("/callers/" + caller + "/calendar.ics").then().statusCode(200)
                .contentType(containsString("text/calendar")).extract().asString();
        assertThat(first, containsString("BEGIN:VCALENDAR"));
        assertThat(first, containsString(uid));
        assertThat(first, containsString("DTSTART;VALUE=DATE:20270215"));
        assertThat(first, containsString("SEQUENCE:0"));
        assertThat(first, containsString("STATUS:CONFIRMED"));

        call(id, "NO_CONTACT", "2027-02-15T10:00:00Z");
        String moved = given().queryParam("token", token).get("/callers/" + caller + "/calendar.ics").then().extract().asString();
        assertThat(moved, containsString("DTSTART;VALUE=DATE:20270217"));
        assertThat(moved, containsString("SEQUENCE:1"));
        assertThat(moved, containsString(uid));

        given().post("/followups/" + id + "/close").then().statusCode(200);
        String cancelled = given().queryParam("token", token).get("/callers/" + caller + "/calendar.ics").then().extract().asString();
        assertThat(cancelled, containsString(uid));
        assertThat(cancelled, containsString("STATUS:CANCELLED"));
        assertThat(cancelled, containsString("SEQUENCE:2"));
        assertThat(cancelled, not(containsString("STATUS:CONFIRMED")));
        given().queryParam("token", token).get("/callers/no-such-caller/calendar.ics").then().statusCode(404);
    }
}
