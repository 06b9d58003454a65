package org.iwtraining.followup.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.iwtraining.followup.rest.Fixtures.call;
import static org.iwtraining.followup.rest.Fixtures.followup;
import static org.iwtraining.followup.rest.Fixtures.open;
import static org.iwtraining.followup.rest.Fixtures.unique;

import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;

import org.iwtraining.conventions.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class StatsResourceTest {

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldCountCasesCallsAndDaysToCascadeByModuleAndAgency() {
        clock.set(Instant.parse("2027-04-01T12:00:00Z"));
        String module = "T" + unique("m").substring(2, 10);
        String agency = unique("AG");
        Map<String, Object> calledTwice = followup(unique("person"), module, "IW", "2027-01-04");
        calledTwice.put("agencyCode", agency);
        String a = open(calledTwice).getString("id");
        call(a, "NOT_STARTED", "2027-01-18T10:00:00Z");
        call(a, "NO_CONTACT", "2027-02-01T10:00:00Z");
        given().contentType(ContentType.JSON).body(Map.of("outcome", "CASCADE_STARTED", "calledAt", "2027-02-03T10:00:00Z",
                "cascadeStartedOn", "2027-01-24")).post("/followups/" + a + "/calls").then().statusCode(201);
        Map<String, Object> cascaded = followup(unique("person"), module, "IW", "2027-01-04");
        cascaded.put("agencyCode", agency);
        // the first call is always made; the delivered session after it closes the case
        call(open(cascaded).getString("id"), "NOT_STARTED", "2027-01-18T10:00:00Z");
        given().contentType(ContentType.JSON).body(Map.of("personId", cascaded.get("personId"), "process", "IW",
                "sessionId", unique("session"), "startsOn", "2027-02-13")).post("/cascade-events").then().statusCode(200);
        Map<String, Object> stillOpen = followup(unique("person"), module, "IW", "2027-03-01");
        stillOpen.put("agencyCode", agency);
        open(stillOpen);

        // calls per closed case: (2 + 1) / 2; days to cascade: 20 and 40, median 30
        String moduleEntry = "byModule.find { it.moduleRef == '" + module + "' }.figures";
        String agencyEntry = "byAgency.find { it.agencyCode == '" + agency + "' }.figures";
        given().get("/stats").then().statusCode(200)
                .body(moduleEntry + ".openCases", equalTo(1))
                .body(moduleEntry + ".closedCases", equalTo(2))
                .body(moduleEntry + ".callsPerClosedCase", equalTo(1.5f))
                .body(moduleEntry + ".medianDaysToCascade", equalTo(30.0f))
                .body(agencyEntry + ".openCases", equalTo(1))
                .body(agencyEntry + ".medianDaysToCascade", equalTo(30.0f))
                .body("overall.closedCases", greaterThanOrEqualTo(2));
    }

    @Test
    void shouldCountTheFunnelStepsByModuleAndAgency() {
        clock.set(Instant.parse("2027-04-01T12:00:00Z"));
        String module = "F" + unique("m").substring(2, 10);
        String agency = unique("AG");
        String[] cases = new String[4];
        for (int i = 0; i < cases.length; i++) {
            Map<String, Object> body = followup(unique("person"), module, "IW", "2027-01-04");
            body.put("agencyCode", agency);
            cases[i] = open(body).getString("id");
        }
        // trained 4 (one withdrawn more: left out); first call made on 3; 2 of them cascading, reaching 7 + 5
        Map<String, Object> withdrawn = followup(unique("person"), module, "IW", "2027-01-04");
        withdrawn.put("agencyCode", agency);
        open(withdrawn);
        given().contentType(ContentType.JSON).body(Map.of("eventId", unique("event"), "type", "COMPLETION_REVOKED",
                "personId", withdrawn.get("personId"), "moduleRef", module, "sessionId", withdrawn.get("sessionId"))).post("/person-events").then().statusCode(200);
        call(cases[0], "NOT_STARTED", "2027-01-18T10:00:00Z");
        call(cases[1], "NOT_STARTED", "2027-01-18T10:00:00Z");
        call(cases[2], "NOT_STARTED", "2027-01-18T10:00:00Z");
        given().contentType(ContentType.JSON).body(Map.of("date", "2027-02-01", "attendees", 7))
                .post("/followups/" + cases[0] + "/cascades").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("date", "2027-02-02", "attendees", 5))
                .post("/followups/" + cases[1] + "/cascades").then().statusCode(201);

        String moduleEntry = "byModule.find { it.moduleRef == '" + module + "' }.steps";
        String agencyEntry = "byAgency.find { it.agencyCode == '" + agency + "' }.steps";
        given().get("/stats/funnel").then().statusCode(200)
                .body(moduleEntry + ".trained", equalTo(4))
                .body(moduleEntry + ".firstCallMade", equalTo(3))
                .body(moduleEntry + ".cascading", equalTo(2))
                .body(moduleEntry + ".reach", equalTo(12))
                .body(agencyEntry + ".trained", equalTo(4))
                .body(agencyEntry + ".reach", equalTo(12))
                .body("overall.trained", greaterThanOrEqualTo(4));
    }
}
