package org.iwtraining.followup.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.iwtraining.followup.rest.Fixtures.call;
import static org.iwtraining.followup.rest.Fixtures.followup;
import static org.iwtraining.followup.rest.Fixtures.open;
import static org.iwtraining.followup.rest.Fixtures.openCase;
import static org.iwtraining.followup.rest.Fixtures.unique;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.iwtraining.conventions.testing.ConditionalGets;
import org.iwtraining.conventions.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class FollowupResourceTest {

    @Inject
    MutableClock clock;

    @BeforeEach
    void setClock() {
        clock.set(Instant.parse("2027-03-10T12:00:00Z"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldOpenCaseWithFirstCallDueOnTheNextWorkingDayAfterFourteenDays() {
        Map<String, Object> body = followup(unique("person"), "IW05", "IW", "2026-12-11");
        var created = given().contentType(ContentType.JSON).body(body).post("/followups")
                .then().statusCode(201).extract();
        String id = created.path("id");
        org.hamcrest.MatcherAssert.assertThat(created.header("Location"), endsWith("/followups/" + id));
        // 25 December 2026 is a Friday: Christmas, then the weekend, then Boxing Day's substitute on Monday 28
        given().get("/followups/" + id).then().statusCode(200)
                .header("ETag", notNullValue())
                .body("status", equalTo("OPEN"))
                .body("callerId", equalTo("default"))
                .body("nextCallDue", equalTo("2026-12-29"))
                .body("calls", empty())
                .body("closedReason", nullValue())
                .body("personId", equalTo(body.get("personId")))
                .body("trainingEndedOn", equalTo("2026-12-11"));
    }

    @Test
    void shouldAnswerARepeatWithTheSameCase() {
        Map<String, Object> body = followup(unique("person"), "IS05", "IS", "2027-01-04");
        String id = open(body).getString("id");
        given().contentType(ContentType.JSON).body(body).post("/followups")
                .then().statusCode(200).body("id", equalTo(id)).body("nextCallDue", equalTo("2027-01-18"));
        given().queryParam("personId", body.get("personId")).get("/followups")
                .then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void shouldOpenOneCaseWhenTheSameCompletionArrivesTwiceAtOnce() {
        Map<String, Object> body = followup(unique("person"), "IW05", "IW", "2027-01-04");
        List<CompletableFuture<io.restassured.response.Response>> posts = List.of(1, 2, 3).stream()
                .map(i -> CompletableFuture.supplyAsync(() -> given().contentType(ContentType.JSON).body(body).post("/followups")))
                .toList();
        List<io.restassured.response.Response> answers = posts.stream().map(CompletableFuture::join).toList();
        assertEquals(List.of(200, 200, 201), answers.stream().map(r -> r.statusCode()).sorted().toList());
        assertEquals(1, answers.stream().map(r -> r.jsonPath().getString("id")).distinct().count());
    }

    @Test
    void shouldReopenARevokedCaseDueFromTodayWhenTheFirstDueDateHasPassed() {
        Map<String, Object> body = followup(unique("person"), "CAF03", "CAF", "2027-01-04");
        String id = open(body).getString("id");
        given().contentType(ContentType.JSON).body(Map.of("eventId", unique("event"), "personId", body.get("personId"),
                "type", "COMPLETION_REVOKED", "moduleRef", "CAF03", "sessionId", body.get("sessionId")))
                .post("/person-events").then().statusCode(200).body("closedCases", equalTo(1));
        given().get("/followups/" + id).then().body("status", equalTo("CLOSED")).body("closedReason", equalTo("REVOKED"));

        given().contentType(ContentType.JSON).body(body).post("/followups")
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("status", equalTo("OPEN"))
                .body("closedReason", nullValue())
                .body("nextCallDue", equalTo("2027-03-10"));
    }

    @Test
    void shouldReopenARevokedCaseDueFourteenDaysAfterTrainingWhenThatIsStillAhead() {
        Map<String, Object> body = followup(unique("person"), "IW05", "IW", "2027-03-09");
        String id = open(body).getString("id");
        given().contentType(ContentType.JSON).body(Map.of("eventId", unique("event"), "personId", body.get("personId"),
                "type", "COMPLETION_REVOKED", "moduleRef", "IW05", "sessionId", body.get("sessionId")))
                .post("/person-events").then().statusCode(200);
        given().contentType(ContentType.JSON).body(body).post("/followups")
                .then().statusCode(200).body("id", equalTo(id)).body("nextCallDue", equalTo("2027-03-23"));
    }

    @Test
    void shouldNotReopenACaseClosedForAnotherReason() {
        Map<String, Object> body = followup(unique("person"), "IW05", "IW", "2027-01-04");
        String id = open(body).getString("id");
        given().post("/followups/" + id + "/close").then().statusCode(200);
        given().contentType(ContentType.JSON).body(body).post("/followups")
                .then().statusCode(200).body("status", equalTo("CLOSED")).body("closedReason", equalTo("CLOSED_BY_ADMIN"));
    }

    @Test
    void shouldRefuseMalformedCases() {
        Map<String, Object> body = followup(unique("person"), "IW05", "IW", "2027-01-04");
        body.remove("personId");
        given().contentType(ContentType.JSON).body(body).post("/followups").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("personId"));
        Map<String, Object> badProcess = followup(unique("person"), "IW05", "XX", "2027-01-04");
        given().contentType(ContentType.JSON).body(badProcess).post("/followups").then().statusCode(400)
                .body("errors[0].field", equalTo("process"));
        Map<String, Object> badDate = followup(unique("person"), "IW05", "IW", "2027-02-30");
        given().contentType(ContentType.JSON).body(badDate).post("/followups").then().statusCode(400)
                .body("errors[0].field", equalTo("trainingEndedOn"));
        Map<String, Object> unknownCaller = followup(unique("person"), "IW05", "IW", "2027-01-04");
        unknownCaller.put("callerId", "nobody");
        given().contentType(ContentType.JSON).body(unknownCaller).post("/followups").then().statusCode(422)
                .body("code", equalTo("UNKNOWN_CALLER"));
        given().queryParam("personId", unknownCaller.get("personId")).get("/followups")
                .then().body("items", empty());
    }

    @Test
    void shouldScheduleTheNextCallFourteenDaysAfterANotStartedCall() {
        String id = openCase("2027-01-04").getString("id");
        // Tuesday 19 January + 14 days = Tuesday 2 February
        call(id, "NOT_STARTED", "2027-01-19T10:00:00Z");
        given().get("/followups/" + id).then()
                .body("nextCallDue", equalTo("2027-02-02"))
                .body("calls", hasSize(1))
                .body("calls[0].number", equalTo(1))
                .body("calls[0].outcome", equalTo("NOT_STARTED"))
                .body("calls[0].materialsFeedback", equalTo("colleagues like the slides"));
        // the second call is number 2; Wednesday 10 March + 14 days is a working day
        call(id, "NOT_STARTED", "2027-03-10T09:00:00Z");
        given().get("/followups/" + id).then().body("nextCallDue", equalTo("2027-03-24")).body("calls[1].number", equalTo(2));
    }

    @Test
    void shouldMoveANotStartedDueDateOverEaster() {
        clock.set(Instant.parse("2027-04-01T12:00:00Z"));
        String id = openCase("2027-03-01").getString("id");
        // Friday 12 March + 14 days = Friday 26 March, Good Friday; Easter Monday 29 March; so Tuesday 30 March
        call(id, "NOT_STARTED", "2027-03-12T15:00:00Z");
        given().get("/followups/" + id).then().body("nextCallDue", equalTo("2027-03-30"));
    }

    @Test
    void shouldRetryTwoWorkingDaysAfterNoContactKeepingTheCallNumber() {
        String id = openCase("2027-01-04").getString("id");
        // Friday 22 January: the retry is Tuesday 26 January
        call(id, "NO_CONTACT", "2027-01-22T16:00:00Z");
        given().get("/followups/" + id).then().body("nextCallDue", equalTo("2027-01-26"))
                .body("calls[0].number", equalTo(1));
        call(id, "NOT_STARTED", "2027-01-26T10:00:00Z");
        call(id, "NO_CONTACT", "2027-02-09T10:00:00Z");
        given().get("/followups/" + id).then()
                .body("calls.number", equalTo(List.of(1, 1, 2)))
                .body("nextCallDue", equalTo("2027-02-11"));
    }

    @Test
    void shouldCloseTheCaseWhenTheCascadeHasStarted() {
        String id = openCase("2027-01-04").getString("id");
        given().contentType(ContentType.JSON).body(Map.of("outcome", "CASCADE_STARTED", "calledAt", "2027-01-18T10:00:00Z",
                "notes", "first session run", "cascadeStartedOn", "2027-01-12"))
                .post("/followups/" + id + "/calls").then().statusCode(201)
                .header("Location", notNullValue())
                .body("status", equalTo("CLOSED"))
                .body("closedReason", equalTo("CASCADE_STARTED"))
                .body("cascadeStartedOn", equalTo("2027-01-12"))
                .body("nextCallDue", nullValue());
        given().contentType(ContentType.JSON).body(Map.of("outcome", "NOT_STARTED", "calledAt", "2027-01-19T10:00:00Z"))
                .post("/followups/" + id + "/calls").then().statusCode(409).body("code", equalTo("CASE_CLOSED"));
        given().get("/followups/" + id).then().body("calls", hasSize(1));
    }

    @Test
    void shouldRefuseACallInTheFutureAndChangeNothing() {
        String id = openCase("2027-01-04").getString("id");
        given().contentType(ContentType.JSON).body(Map.of("outcome", "NOT_STARTED", "calledAt", "2027-03-10T12:00:01Z"))
                .post("/followups/" + id + "/calls").then().statusCode(400).body("errors[0].field", equalTo("calledAt"));
        given().contentType(ContentType.JSON).body(Map.of("outcome", "MAYBE", "calledAt", "2027-03-01T12:00:00Z"))
                .post("/followups/" + id + "/calls").then().statusCode(400).body("errors[0].field", equalTo("outcome"));
        given().contentType(ContentType.JSON).body(Map.of("outcome", "NOT_STARTED", "calledAt", "yesterday"))
                .post("/followups/" + id + "/calls").then().statusCode(400).body("errors[0].field", equalTo("calledAt"));
        given().contentType(ContentType.JSON).body(Map.of("outcome", "NOT_STARTED", "calledAt", "2027-03-01T12:00:00Z",
                "cascadeStartedOn", "2027-02-01")).post("/followups/" + id + "/calls").then().statusCode(400)
                .body("errors[0].field", equalTo("cascadeStartedOn"));
        given().get("/followups/" + id).then().body("calls", empty()).body("nextCallDue", equalTo("2027-01-18"));
        given().contentType(ContentType.JSON).body(Map.of("outcome", "NOT_STARTED", "calledAt", "2027-03-01T12:00:00Z"))
                .post("/followups/no-such-case/calls").then().statusCode(404);
    }

    @Test
    void shouldLetAnAdministratorCloseACaseOnce() {
        String id = openCase("2027-01-04").getString("id");
        given().post("/followups/" + id + "/close").then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("closedReason", equalTo("CLOSED_BY_ADMIN"));
        given().post("/followups/" + id + "/close").then().statusCode(409).body("code", equalTo("CASE_CLOSED"));
    }

    @Test
    void shouldFilterAndPageTheList() {
        String person = unique("person");
        String first = open(followup(person, "IW05", "IW", "2027-01-04")).getString("id");
        String second = open(followup(person, "IS05", "IS", "2027-02-01")).getString("id");
        given().post("/followups/" + second + "/close").then().statusCode(200);
        given().queryParam("personId", person).queryParam("status", "OPEN").get("/followups")
                .then().statusCode(200).body("items.id", equalTo(List.of(first))).body("next", nullValue());
        given().queryParam("personId", person).queryParam("dueBefore", "2027-01-19").get("/followups")
                .then().body("items.id", equalTo(List.of(first)));
        String next = given().queryParam("personId", person).queryParam("limit", 1).get("/followups")
                .then().body("items", hasSize(1)).body("next", notNullValue()).extract().path("next");
        given().queryParam("personId", person).queryParam("limit", 1).queryParam("cursor", next).get("/followups")
                .then().body("items", hasSize(1)).body("next", nullValue());
        given().queryParam("status", "MAYBE").get("/followups").then().statusCode(400);
        given().queryParam("limit", 0).get("/followups").then().statusCode(400).body("errors[0].field", equalTo("limit"));
    }

    @Test
    void shouldAssignACallerHonouringIfMatch() {
        String id = openCase("2027-01-04").getString("id");
        String caller = Fixtures.caller(null);
        String etag = ConditionalGets.assertNotModifiedOnMatch("/followups/" + id);
        given().contentType(ContentType.JSON).header("If-Match", "W/" + etag).body(Map.of("callerId", caller))
                .put("/followups/" + id + "/caller").then().statusCode(412);
        given().contentType(ContentType.JSON).body(Map.of("callerId", "nobody")).put("/followups/" + id + "/caller")
                .then().statusCode(422).body("code", equalTo("UNKNOWN_CALLER"));
        given().contentType(ContentType.JSON).header("If-Match", "\"999\"").body(Map.of("callerId", caller))
                .put("/followups/" + id + "/caller").then().statusCode(412);
        given().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("callerId", caller))
                .put("/followups/" + id + "/caller").then().statusCode(200).body("callerId", equalTo(caller));
        String assigned = given().header("If-None-Match", etag).get("/followups/" + id).then().statusCode(200)
                .body("callerId", equalTo(caller)).extract().header("ETag");
        org.junit.jupiter.api.Assertions.assertNotEquals(etag, assigned);
        given().contentType(ContentType.JSON).body(Map.of("callerId", "default"))
                .put("/followups/" + id + "/caller").then().statusCode(200).body("callerId", equalTo("default"));
    }
}
