package org.iwtraining.followup.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.iwtraining.followup.rest.Fixtures.followup;
import static org.iwtraining.followup.rest.Fixtures.open;
import static org.iwtraining.followup.rest.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.iwtraining.conventions.testing.MutableClock;
import org.iwtraining.conventions.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Cascades outside the suite, a trainer's reach, targets, and the figures (JSON and CSV). */
@QuarkusTest
class ReachAndStatsTest {

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

    private static Map<String, Object> cascade(String date, int attendees, Map<String, Integer> agencies,
            Map<String, Integer> sectors) {
        Map<String, Object> body = new HashMap<>();
        body.put("date", date);
        body.put("attendees", attendees);
        body.put("agencies", agencies);
        body.put("sectors", sectors);
        return body;
    }

    @Test
    void shouldCountATrainersReachOverSessionsInAndOutsideTheSuite() {
        String person = unique("person");
        String id = open(followup(person, "IW05", "IW", "2027-01-04")).getString("id");
        FollowupCycleTest.cascadeEvent(person, "IW", unique("session"), "2027-01-20", 4,
                Map.of("AG-A", 2, "AG-B", 1, "AG-C", 1));
        given().contentType(ContentType.JSON).body(cascade("2027-02-03", 5, Map.of("AG-A", 3, "AG-D", 2),
                Map.of("health", 5))).post("/followups/" + id + "/cascades").then().statusCode(201)
                .body("cascades.size()", equalTo(2)).body("cascades[1].attendees", equalTo(5))
                .body("cascades[1].byAgency.AG-D", equalTo(2)).body("colleaguesReached", equalTo(9));
        given().get("/trainers/" + person + "/reach").then().statusCode(200)
                .body("sessionsDelivered", equalTo(2)).body("sessionsInSuite", equalTo(1))
                .body("colleaguesTrained", equalTo(9))
                .body("byAgency.AG-A", equalTo(5)).body("byAgency.AG-B", equalTo(1)).body("byAgency.AG-D", equalTo(2))
                .body("bySector.health", equalTo(9))
                .body("byProcess.IW.sessions", equalTo(2)).body("byProcess.IW.colleagues", equalTo(9));
        given().get("/trainers/" + unique("nobody") + "/reach").then().statusCode(404);
        // a caller reaches only the trainers of their own cases
        given().header(Tokens.HEADER, Tokens.of("caller").subject(unique("someone")).bearer()).get("/trainers/" + person + "/reach").then()
                .statusCode(404);
    }

    @Test
    void shouldRefuseMalformedOutsideCascadesNamingTheField() {
        String id = open(followup(unique("person"), "IW05", "IW", "2027-01-04")).getString("id");
        given().contentType(ContentType.JSON).body(cascade("2027-02-03", 2, Map.of("AG-A", 3), Map.of()))
                .post("/followups/" + id + "/cascades").then().statusCode(400).body("errors[0].field", equalTo("agencies"));
        given().contentType(ContentType.JSON).body(cascade("2027-04-03", 2, Map.of(), Map.of()))
                .post("/followups/" + id + "/cascades").then().statusCode(400).body("errors[0].field", equalTo("date"));
        given().contentType(ContentType.JSON).body(cascade("2026-12-03", 2, Map.of(), Map.of()))
                .post("/followups/" + id + "/cascades").then().statusCode(400).body("errors[0].field", equalTo("date"));
        given().contentType(ContentType.JSON).body(cascade("2027-02-03", -1, Map.of(), Map.of()))
                .post("/followups/" + id + "/cascades").then().statusCode(400).body("errors[0].field", equalTo("attendees"));
        given().contentType(ContentType.JSON).body(Map.of("attendees", 3))
                .post("/followups/" + id + "/cascades").then().statusCode(400).body("errors[0].field", equalTo("date"));
        given().contentType(ContentType.JSON).body(cascade("2027-02-03", 2, Map.of(), Map.of()))
                .post("/followups/" + unique("case") + "/cascades").then().statusCode(404);
        given().get("/followups/" + id).then().body("cascades.size()", equalTo(0)).body("colleaguesReached", equalTo(0));
    }

    @Test
    void shouldFlagATrainerBehindTargetInTheCaseTheQueueAndTheFigures() {
        String caller = Fixtures.caller(null);
        Map<String, Object> body = followup(unique("person"), "IW05", "IW", "2027-01-04");
        body.put("callerId", caller);
        String id = open(body).getString("id");
        given().contentType(ContentType.JSON).body(Map.of("targetColleagues", 20))
                .put("/followups/" + id + "/target").then().statusCode(400).body("errors[0].field", equalTo("targetBy"));
        given().contentType(ContentType.JSON).body(Map.of("targetColleagues", 20, "targetBy", "2027-01-01"))
                .put("/followups/" + id + "/target").then().statusCode(400).body("errors[0].field", equalTo("targetBy"));
        // 20 by 4 July: on 10 March, 65 of 181 days have passed, so about 7 colleagues were due
        given().contentType(ContentType.JSON).body(Map.of("targetColleagues", 20, "targetBy", "2027-07-04"))
                .put("/followups/" + id + "/target").then().statusCode(200).body("behindTarget", equalTo(true))
                .body("targetColleagues", equalTo(20));
        given().queryParam("date", "2027-03-10").get("/callers/" + caller + "/queue").then()
                .body("items[0].behindTarget", equalTo(true));
        List<String> behind = given().get("/stats").then().statusCode(200).extract().path("behindTargetCaseIds");
        assertTrue(behind.contains(id));
        given().contentType(ContentType.JSON).body(cascade("2027-02-03", 8, Map.of(), Map.of()))
                .post("/followups/" + id + "/cascades").then().statusCode(201);
        // the cascade after the first call would close the case; before it, the case stays open and is on track
        given().get("/followups/" + id).then().body("status", equalTo("OPEN")).body("behindTarget", equalTo(false));
        behind = given().get("/stats").then().extract().path("behindTargetCaseIds");
        assertTrue(!behind.contains(id));
    }

    @Test
    void shouldSplitClosuresByReasonCountFirstCallsAndReach() {
        JsonPath before = given().get("/stats").then().statusCode(200).extract().jsonPath();
        String person = unique("person");
        String cascaded = open(followup(person, "CAF03", "CAF", "2027-01-04")).getString("id");
        String left = open(followup(unique("person"), "CAF03", "CAF", "2027-03-01")).getString("id");
        String admin = open(followup(unique("person"), "CAF03", "CAF", "2027-02-08")).getString("id");
        FollowupCycleTest.call(cascaded, FollowupCycleTest.outcome("NOT_STARTED", "2027-01-18T10:00:00Z")).statusCode(201);
        FollowupCycleTest.cascadeEvent(person, "CAF", unique("session"), "2027-01-27", 4,
                Map.of("AG-A", 2, "AG-B", 1, "AG-C", 1)).body("closedCases", equalTo(1));
        given().contentType(ContentType.JSON).body(Map.of("eventId", unique("event"), "personId",
                given().get("/followups/" + left).then().extract().path("personId"), "type", "LEFT"))
                .post("/person-events").then().statusCode(200);
        given().post("/followups/" + admin + "/close").then().statusCode(200);
        JsonPath after = given().get("/stats").then().statusCode(200).extract().jsonPath();
        assertEquals(1, after.getLong("closures.cascadeSession") - before.getLong("closures.cascadeSession"));
        assertEquals(1, after.getLong("closures.cascaded") - before.getLong("closures.cascaded"));
        assertEquals(1, after.getLong("closures.left") - before.getLong("closures.left"));
        assertEquals(1, after.getLong("closures.closedByAdmin") - before.getLong("closures.closedByAdmin"));
        assertEquals(1, after.getLong("firstCallMade") - before.getLong("firstCallMade"));
        assertEquals(4, after.getLong("reach.overall.colleagues") - before.getLong("reach.overall.colleagues"));
        assertEquals(1, after.getLong("reach.overall.sessions") - before.getLong("reach.overall.sessions"));
        assertEquals(4, after.getLong("reach.byProcess.CAF.colleagues")
                - (before.get("reach.byProcess.CAF") == null ? 0 : before.getLong("reach.byProcess.CAF.colleagues")));
        assertEquals(4, after.getLong("reach.byModule.CAF03.colleagues")
                - (before.get("reach.byModule.CAF03") == null ? 0 : before.getLong("reach.byModule.CAF03.colleagues")));
        assertTrue(after.getMap("openCasesByAgeWeeks").keySet().containsAll(List.of("0-2", "2-4", "4-8", "8+")));
    }

    @Test
    void shouldCountOpenCasesByAgeInWeeksSinceTheTraining() {
        JsonPath before = given().get("/stats").then().extract().jsonPath();
        open(followup(unique("person"), "IW05", "IW", "2027-03-01")); // 9 days: 0-2
        open(followup(unique("person"), "IW05", "IW", "2027-02-20")); // 18 days: 2-4
        open(followup(unique("person"), "IW05", "IW", "2027-02-01")); // 37 days: 4-8
        open(followup(unique("person"), "IW05", "IW", "2027-01-13")); // 56 days: 8+
        JsonPath after = given().get("/stats").then().extract().jsonPath();
        for (String bucket : List.of("0-2", "2-4", "4-8", "8+")) {
            assertEquals(1, after.getLong("openCasesByAgeWeeks.'" + bucket + "'")
                    - before.getLong("openCasesByAgeWeeks.'" + bucket + "'"), bucket);
        }
    }

    @Test
    void shouldGiveTheFiguresAsCsvWithAHeaderRowAndNeutralisedCells() {
        String person = unique("person");
        String id = open(followup(person, "ISI10", "ISI", "2027-01-04")).getString("id");
        given().contentType(ContentType.JSON).body(cascade("2027-02-03", 3, Map.of("=HYPERLINK(\"x\")", 2, "@SUM", 1),
                Map.of("-health", 3))).post("/followups/" + id + "/cascades").then().statusCode(201);
        String csv = given().queryParam("format", "csv").get("/stats").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        assertThat(csv, startsWith("section,key,metric,value\n"));
        assertThat(csv, containsString("closures,,cascaded,"));
        assertThat(csv, containsString("reachByAgency,\"'=HYPERLINK(\"\"x\"\")\",colleagues,"));
        assertThat(csv, containsString("reachByAgency,'@SUM,colleagues,"));
        assertThat(csv, containsString("reachBySector,'-health,colleagues,"));
        assertThat(csv, not(containsString("\n=")));
        String viaAccept = given().accept("text/csv").get("/stats").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        assertThat(viaAccept, startsWith("section,key,metric,value\n"));
        given().accept(ContentType.JSON).get("/stats").then().statusCode(200).contentType(startsWith("application/json"));
        given().queryParam("format", "xml").get("/stats").then().statusCode(400).body("errors[0].field", equalTo("format"));
    }
}
