package org.iwtraining.followup.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.iwtraining.followup.rest.Fixtures.openCase;
import static org.iwtraining.followup.rest.Fixtures.unique;

import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;

import org.iwtraining.conventions.testing.MutableClock;
import org.iwtraining.conventions.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The object rules of the matrix's followup-service section, with two callers: a caller's token finds its caller
 * record by its subject and reaches only that record, its queue, reminders and the cases assigned to it; anything
 * of the other caller's is 404, as if it did not exist.
 */
@QuarkusTest
class CallerAccessTest {

    @Inject
    MutableClock clock;

    String subjectA;
    String subjectB;
    String callerA;
    String callerB;
    String caseA;
    String caseB;
    String callOnB;

    @BeforeEach
    void twoCallersWithACaseEach() {
        clock.set(Instant.parse("2027-03-10T12:00:00Z"));
        subjectA = unique("sub-a");
        subjectB = unique("sub-b");
        callerA = Fixtures.caller(null, subjectA);
        callerB = Fixtures.caller(null, subjectB);
        caseA = openCase("2027-02-01", callerA).getString("id");
        caseB = openCase("2027-02-01", callerB).getString("id");
        callOnB = given().contentType(ContentType.JSON)
                .body(Map.of("outcome", "NO_CONTACT", "calledAt", "2027-02-15T10:00:00Z"))
                .post("/followups/" + caseB + "/calls").then().statusCode(201).extract().header("Location")
                .replaceAll(".*/calls/", "");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static RequestSpecification as(String role, String subject) {
        return given().header(Tokens.HEADER, Tokens.of(role).subject(subject).bearer());
    }

    private RequestSpecification callerA() {
        return as("caller", subjectA);
    }

    @Test
    void shouldFindTheCallerRecordOfTheTokensSubject() {
        callerA().get("/callers/me").then().statusCode(200).body("id", equalTo(callerA)).body("subject", equalTo(subjectA));
        as("caller", subjectB).get("/callers/me").then().statusCode(200).body("id", equalTo(callerB));
        as("caller", unique("nobody")).get("/callers/me").then().statusCode(404);
    }

    @Test
    void shouldShowACallerTheirOwnRecordAndNoOneElses() {
        callerA().get("/callers/" + callerA).then().statusCode(200).body("subject", equalTo(subjectA));
        callerA().get("/callers/" + callerB).then().statusCode(404);
        as("caller", subjectB).get("/callers/" + callerB).then().statusCode(200);
        as("caller", subjectB).get("/callers/" + callerA).then().statusCode(404);
    }

    @Test
    void shouldShowACallerTheirOwnQueueAndRemindersOnly() {
        callerA().queryParam("date", "2027-03-10").get("/callers/" + callerA + "/queue").then().statusCode(200)
                .body("items.caseId", hasItem(caseA)).body("items.caseId", not(hasItem(caseB)));
        callerA().get("/callers/" + callerB + "/queue").then().statusCode(404);
        callerA().get("/callers/" + callerA + "/reminders").then().statusCode(200);
        callerA().get("/callers/" + callerB + "/reminders").then().statusCode(404);
    }

    @Test
    void shouldListACallersOwnCasesOnly() {
        callerA().queryParam("limit", 500).get("/followups").then().statusCode(200)
                .body("items.id", hasItem(caseA)).body("items.id", not(hasItem(caseB)))
                .body("items.callerId", everyItem(equalTo(callerA)));
        callerA().queryParam("callerId", callerB).get("/followups").then().statusCode(200).body("items", empty());
        // a coordinator, and an auditor, see both
        as("coordinator", "coord").queryParam("limit", 500).queryParam("status", "OPEN").get("/followups").then()
                .statusCode(200).body("items.id", hasItems(caseA, caseB));
        as("auditor", "aud").get("/followups/" + caseB).then().statusCode(200);
        as("auditor", "aud").get("/followups/" + caseB + "/calls/" + callOnB).then().statusCode(200);
    }

    @Test
    void shouldHideAnotherCallersCaseCallsAndReminders() {
        callerA().get("/followups/" + caseA).then().statusCode(200);
        callerA().get("/followups/" + caseB).then().statusCode(404);
        callerA().get("/followups/" + caseB + "/calls/" + callOnB).then().statusCode(404);
        callerA().get("/followups/" + caseA + "/reminders").then().statusCode(200);
        callerA().get("/followups/" + caseB + "/reminders").then().statusCode(404);
        as("caller", subjectB).get("/followups/" + caseB + "/calls/" + callOnB).then().statusCode(200);
    }

    @Test
    void shouldLetACallerRecordCallsOnTheirOwnCaseOnly() {
        String location = callerA().contentType(ContentType.JSON)
                .body(Map.of("outcome", "NOT_STARTED", "calledAt", "2027-02-15T10:00:00Z"))
                .post("/followups/" + caseA + "/calls").then().statusCode(201).extract().header("Location");
        callerA().get(location.replaceAll(".*(/followups/)", "$1")).then().statusCode(200);
        callerA().contentType(ContentType.JSON)
                .body(Map.of("outcome", "NOT_STARTED", "calledAt", "2027-02-15T10:00:00Z"))
                .post("/followups/" + caseB + "/calls").then().statusCode(404);
        // nothing was recorded on the other caller's case
        given().get("/followups/" + caseB).then().statusCode(200).body("calls", hasSize(1));
        // a coordinator records on any case
        as("coordinator", "coord").contentType(ContentType.JSON)
                .body(Map.of("outcome", "NO_CONTACT", "calledAt", "2027-02-16T10:00:00Z"))
                .post("/followups/" + caseB + "/calls").then().statusCode(201);
    }

    @Test
    void shouldReachNothingForACallerTokenWithoutACallerRecord() {
        RequestSpecification stranger = as("caller", unique("nobody"));
        stranger.get("/followups").then().statusCode(200).body("items", empty());
        as("caller", unique("nobody")).get("/callers/" + callerA).then().statusCode(404);
        as("caller", unique("nobody")).get("/callers/" + callerA + "/queue").then().statusCode(404);
        as("caller", unique("nobody")).get("/callers/" + callerA + "/reminders").then().statusCode(404);
        as("caller", unique("nobody")).get("/followups/" + caseA).then().statusCode(404);
        as("caller", unique("nobody")).contentType(ContentType.JSON)
                .body(Map.of("outcome", "NOT_STARTED", "calledAt", "2027-02-15T10:00:00Z"))
                .post("/followups/" + caseA + "/calls").then().statusCode(404);
    }

    @Test
    void shouldRefuseASecondCallerWithTheSameSubject() {
        given().contentType(ContentType.JSON).body(Map.of("subject", subjectA, "name", "Twin", "email", "twin@example.org"))
                .post("/callers").then().statusCode(409).body("code", equalTo("SUBJECT_TAKEN"));
    }

    @Test
    void shouldGiveTheDefaultCallerTheConfiguredSubject() {
        given().get("/callers/default").then().statusCode(200).body("subject", equalTo("followup-team"));
        as("caller", "followup-team").get("/callers/default").then().statusCode(200);
        callerA().get("/callers/default").then().statusCode(404);
    }
}
