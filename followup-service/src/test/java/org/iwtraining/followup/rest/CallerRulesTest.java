package org.iwtraining.followup.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.iwtraining.followup.rest.Fixtures.followup;
import static org.iwtraining.followup.rest.Fixtures.open;
import static org.iwtraining.followup.rest.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;

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

/** New cases go to callers by rule (agencies, processes, fewest open cases); a reassignment keeps the history. */
@QuarkusTest
class CallerRulesTest {

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

    private static String coveringCaller(List<String> agencies, List<String> processes) {
        Map<String, Object> body = new HashMap<>();
        String name = unique("caller");
        body.put("subject", unique("subject"));
        body.put("name", name);
        body.put("email", name + "@example.org");
        body.put("agencies", agencies);
        body.put("processes", processes);
        return given().contentType(ContentType.JSON).body(body).post("/callers").then().statusCode(201)
                .body("agencies", equalTo(agencies)).body("processes", equalTo(processes)).extract().path("id");
    }

    private static String openFor(String agency, String module, String process) {
        Map<String, Object> body = followup(unique("person"), module, process, "2027-03-01");
        body.put("agencyCode", agency);
        return open(body).getString("callerId");
    }

    @Test
    void shouldGiveANewCaseToTheCoveringCallerWithTheFewestOpenCases() {
        String agency = unique("AG");
        String a = coveringCaller(List.of(agency), List.of());
        String b = coveringCaller(List.of(agency), List.of());
        String first = openFor(agency, "IW05", "IW");
        String second = openFor(agency, "IW05", "IW");
        assertEquals(List.of(a, b).stream().sorted().toList(), List.of(first, second).stream().sorted().toList(),
                "one case each");
        String third = openFor(agency, "IW05", "IW");
        assertEquals(a.compareTo(b) < 0 ? a : b, third, "a tie goes to the lowest id");
        // another agency: nobody covers it, the default caller takes it
        assertEquals("default", openFor(unique("AG"), "IW05", "IW"));
    }

    @Test
    void shouldMatchBothListsWhenACallerNamesAgenciesAndProcesses() {
        String agency = unique("AG");
        String cafOfAgency = coveringCaller(List.of(agency), List.of("CAF"));
        assertEquals(cafOfAgency, openFor(agency, "CAF03", "CAF"));
        assertEquals("default", openFor(agency, "LP03", "LP"));
        // a caller named in the request is kept
        Map<String, Object> named = followup(unique("person"), "CAF03", "CAF", "2027-03-01");
        named.put("agencyCode", agency);
        named.put("callerId", "default");
        assertEquals("default", open(named).getString("callerId"));
    }

    @Test
    void shouldKeepTheHistoryAndCancelTheMovedCaseInTheOldCallersFeed() {
        String from = Fixtures.caller(null);
        String to = Fixtures.caller(null);
        String id = Fixtures.openCase("2027-03-01", from).getString("id");
        String token = given().post("/callers/" + from + "/calendar-token").then().statusCode(200).extract().path("token");
        String before = Tokens.anonymous().queryParam("token", token).get("/callers/" + from + "/calendar.ics").then()
                .statusCode(200).extract().asString();
        assertThat(before, containsString("UID:" + id));
        assertThat(before, not(containsString("STATUS:CANCELLED")));

        given().contentType(ContentType.JSON).body(Map.of("callerId", to)).put("/followups/" + id + "/caller").then()
                .statusCode(200).body("callerId", equalTo(to))
                .body("assignments.callerId", equalTo(List.of(from, to)))
                .body("assignments[0].endedAt", org.hamcrest.Matchers.notNullValue())
                .body("assignments[1].endedAt", org.hamcrest.Matchers.nullValue());
        String after = Tokens.anonymous().queryParam("token", token).get("/callers/" + from + "/calendar.ics").then()
                .statusCode(200).extract().asString().replace("\r\n ", "");
        int event = after.indexOf("UID:" + id);
        assertThat("the moved case is still in the old feed", event >= 0, equalTo(true));
        String block = after.substring(after.lastIndexOf("BEGIN:VEVENT", event), after.indexOf("END:VEVENT", event));
        assertThat(block, containsString("STATUS:CANCELLED"));
        assertThat(block, not(containsString("SEQUENCE:0")));
    }
}
