package org.iwtraining.followup.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.iwtraining.followup.rest.Fixtures.unique;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.iwtraining.conventions.testing.MutableClock;
import org.iwtraining.conventions.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** What followup-service's audit trail records of a caller's work: changes and reads of people's data. */
@QuarkusTest
class AuditTrailTest {

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static RequestSpecification auditor() {
        return given().header(Tokens.HEADER, Tokens.of("auditor").subject("the-auditor").bearer());
    }

    @Test
    void shouldRecordACallersCallAgainstTheTrainer() {
        clock.set(Instant.parse("2027-03-10T12:00:00Z"));
        String subject = unique("caller-sub");
        String caller = Fixtures.caller(null, subject);
        String trainer = unique("trainer");
        Map<String, Object> body = Fixtures.followup(trainer, "IW05", "IW", "2027-02-01");
        body.put("callerId", caller);
        String caseId = Fixtures.open(body).getString("id");

        given().header(Tokens.HEADER, Tokens.of("caller").subject(subject).bearer()).contentType(ContentType.JSON)
                .body(Map.of("outcome", "NOT_STARTED", "calledAt", "2027-02-15T10:00:00Z", "notes", "secret notes"))
                .post("/followups/" + caseId + "/calls").then().statusCode(201);

        JsonPath trail = auditor().queryParam("personId", trainer).get("/audit").then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> calls = trail.getList("items.findAll { it.operation == 'POST /followups/{id}/calls' }");
        org.junit.jupiter.api.Assertions.assertEquals(1, calls.size(), "one row for the call: " + trail.prettify());
        Map<String, Object> row = calls.get(0);
        org.junit.jupiter.api.Assertions.assertEquals(subject, row.get("subject"));
        org.junit.jupiter.api.Assertions.assertEquals(201, row.get("outcome"));
        org.junit.jupiter.api.Assertions.assertEquals(true, row.get("change"));
        org.junit.jupiter.api.Assertions.assertEquals("case", row.get("recordKind"));
        org.junit.jupiter.api.Assertions.assertEquals(caseId, row.get("recordId"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of("caller"), row.get("roles"));
        org.junit.jupiter.api.Assertions.assertFalse(trail.prettify().contains("secret notes"), "no request body");
        // opening the case is on the trail too
        auditor().queryParam("personId", trainer).get("/audit").then()
                .body("items.operation", hasItem("POST /followups"));
    }

    @Test
    void shouldRecordTheTrainersAQueueReadListed() {
        clock.set(Instant.parse("2027-03-10T12:00:00Z"));
        String subject = unique("caller-sub");
        String caller = Fixtures.caller(null, subject);
        String first = unique("trainer");
        String second = unique("trainer");
        for (String trainer : List.of(first, second)) {
            Map<String, Object> body = Fixtures.followup(trainer, "IW05", "IW", "2027-02-01");
            body.put("callerId", caller);
            Fixtures.open(body);
        }
        given().header(Tokens.HEADER, Tokens.of("caller").subject(subject).bearer()).queryParam("date", "2027-03-10")
                .get("/callers/" + caller + "/queue").then().statusCode(200);

        String queueRead = "items.findAll { it.operation == 'GET /callers/{id}/queue' && it.subject == '" + subject + "' }";
        auditor().queryParam("personId", first).get("/audit").then().statusCode(200)
                .body(queueRead + ".size()", equalTo(1))
                .body(queueRead + "[0].personIds", hasItems(first, second))
                .body(queueRead + "[0].recordId", equalTo(caller))
                .body(queueRead + "[0].outcome", equalTo(200))
                .body(queueRead + "[0].change", equalTo(false));
        auditor().queryParam("subject", subject).get("/audit").then().body("items[0].at", notNullValue());
    }
}
