package org.iwtraining.booking;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.iwtraining.conventions.security.Roles;
import org.iwtraining.conventions.testing.MutableClock;
import org.iwtraining.conventions.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** The figures: completions and coverage, sessions, agencies; JSON and CSV; an agency lead's own agency only. */
@QuarkusTest
@QuarkusTestResource(ExternalServicesStub.class)
class ReportResourceTest {

    private static final String PERIOD = "from=2032-01-01&to=2032-01-31";

    @Inject
    MutableClock clock;

    private String healthAgency;
    private String policeAgency;
    private String session;
    private String title;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /**
     * Thursday 8 January 2032: four places booked on a session of capacity 4 (three of one agency, one of another),
     * one cancelled late; afterwards one attended and one no-show of the first agency, one attended of the second.
     */
    @BeforeEach
    void deliverASession() {
        clock.set(Instant.parse("2032-01-05T09:00:00Z"));
        healthAgency = Fixtures.agency("HEALTH");
        policeAgency = Fixtures.agency("POLICE");
        String came = Fixtures.person(healthAgency);
        String missed = Fixtures.person(healthAgency);
        String cancelled = Fixtures.person(healthAgency);
        String police = Fixtures.person(policeAgency);
        Instant start = Instant.parse("2032-01-08T10:00:00Z");
        title = "=HYPERLINK(\"http://evil.example\") " + Fixtures.unique("S");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("moduleRefs", List.of("IW01"));
        body.put("capacity", 4);
        body.put("startsAt", start.toString());
        body.put("endsAt", start.plus(3, ChronoUnit.HOURS).toString());
        session = Fixtures.session(body);
        List.of(came, missed, police).forEach(p -> Fixtures.bookConfirmed(session, p));
        String late = Fixtures.bookConfirmed(session, cancelled);
        given().contentType(ContentType.JSON).body(Map.of("reason", "ILLNESS")).post("/bookings/" + late + "/cancel")
                .then().statusCode(200).body("cancellation.late", equalTo(true));
        clock.set(start.plus(4, ChronoUnit.HOURS));
        given().contentType(ContentType.JSON).body(List.of(Map.of("personId", came, "status", "ATTENDED"),
                Map.of("personId", missed, "status", "NO_SHOW"), Map.of("personId", police, "status", "ATTENDED")))
                .post("/sessions/" + session + "/attendance").then().statusCode(200);
    }

    private static Map<String, Object> row(List<Map<String, Object>> rows, String key, String value) {
        return rows.stream().filter(r -> value.equals(r.get(key))).findFirst().orElseThrow(() -> new AssertionError(value + " in " + rows));
    }

    private static JsonPath json(String path) {
        return given().get(path).then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
    }

    @Test
    void shouldCountPeopleTrainedPerModuleAndCoverageOfEachAgency() {
        List<Map<String, Object>> rows = json("/reports/completions?by=agency&" + PERIOD).getList("$");
        Map<String, Object> health = row(rows, "group", healthAgency);
        assertEquals("IW01", health.get("moduleRef"));
        assertEquals(1, health.get("trained"));
        assertEquals(3, health.get("people"));
        assertEquals(0.3333, ((Number) health.get("coverage")).doubleValue(), 1e-6);
        Map<String, Object> police = row(rows, "group", policeAgency);
        assertEquals(1, police.get("trained"));
        assertEquals(1.0, ((Number) police.get("coverage")).doubleValue(), 1e-6);

        List<Map<String, Object>> bySector = json("/reports/completions?by=sector&" + PERIOD).getList("$");
        assertTrue(bySector.stream().anyMatch(r -> "HEALTH".equals(r.get("group")) && "IW01".equals(r.get("moduleRef"))), bySector.toString());
        List<Map<String, Object>> outside = json("/reports/completions?by=agency&from=2032-02-01&to=2032-02-28").getList("$");
        assertTrue(outside.stream().noneMatch(r -> healthAgency.equals(r.get("group"))), "nothing completed in that period");
    }

    @Test
    void shouldGiveEachSessionsCountsFillRateAndMix() {
        Map<String, Object> figures = row(json("/reports/sessions?" + PERIOD).getList("$"), "sessionId", session);
        assertEquals(4, figures.get("capacity"));
        assertEquals(3, figures.get("confirmed"));
        assertEquals(2, figures.get("attended"));
        assertEquals(1, figures.get("noShows"));
        assertEquals(1, figures.get("lateCancellations"));
        assertEquals(0.75, ((Number) figures.get("fillRate")).doubleValue(), 1e-6);
        assertEquals(2, figures.get("distinctAgencies"));
        assertEquals(2, figures.get("distinctSectors"));
        assertEquals("AT_RISK", figures.get("mixStatus"), "fewer than the 3 agencies asked for");
    }

    @Test
    void shouldGiveEachAgencysPlacesAttendanceNoShowsAndLateCancellations() {
        List<Map<String, Object>> rows = json("/reports/agencies?" + PERIOD).getList("$");
        Map<String, Object> health = row(rows, "agencyCode", healthAgency);
        assertEquals(2, health.get("booked"));
        assertEquals(1, health.get("attended"));
        assertEquals(1, health.get("noShows"));
        assertEquals(1, health.get("lateCancellations"));
        assertEquals(1, health.get("cancellations"));
        Map<String, Object> police = row(rows, "agencyCode", policeAgency);
        assertEquals(1, police.get("booked"));
        assertEquals(0, police.get("noShows"));
    }

    @Test
    void shouldLimitAnAgencyLeadToTheirOwnAgency() {
        String lead = Tokens.of(Roles.AGENCY_LEAD).agency(policeAgency).bearer();
        List<Map<String, Object>> agencies = given().header(Tokens.HEADER, lead).get("/reports/agencies?" + PERIOD)
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertEquals(1, agencies.size(), agencies.toString());
        assertEquals(policeAgency, agencies.get(0).get("agencyCode"));
        Map<String, Object> figures = row(given().header(Tokens.HEADER, lead).get("/reports/sessions?" + PERIOD)
                .then().statusCode(200).extract().jsonPath().getList("$"), "sessionId", session);
        assertEquals(1, figures.get("confirmed"));
        assertEquals(1, figures.get("attended"));
        assertEquals(0, figures.get("noShows"));
        List<Map<String, Object>> completions = given().header(Tokens.HEADER, lead).get("/reports/completions?by=module&" + PERIOD)
                .then().statusCode(200).extract().jsonPath().getList("$");
        Map<String, Object> all = row(completions, "moduleRef", "IW01");
        assertEquals(1, all.get("trained"));
        assertEquals(1, all.get("people"), "only the lead's agency counts");
    }

    @Test
    void shouldAnswerCsvWithAHeaderRowAndNeutralisedCells() {
        String csv = given().accept("text/csv").get("/reports/sessions?" + PERIOD).then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        assertTrue(csv.startsWith("sessionId,title,startsAt,status,capacity,confirmed,attended,partial,noShows,lateCancellations,"
                + "fillRate,distinctAgencies,distinctSectors,mixStatus\n"), csv);
        String line = csv.lines().filter(l -> l.startsWith(session)).findFirst()
                .orElseThrow(() -> new AssertionError(session + " not in " + csv));
        assertTrue(line.contains("\"'=HYPERLINK(\"\"http://evil.example\"\") "), line);
        assertTrue(line.endsWith(",4,3,2,0,1,1,0.7500,2,2,AT_RISK"), line);

        given().get("/reports/agencies?format=csv&" + PERIOD).then().statusCode(200).contentType(startsWith("text/csv"))
                .body(startsWith("agencyCode,name,sector,booked,attended,partial,noShows,lateCancellations,cancellations\n"))
                .body(containsString(healthAgency + ",Agency " + healthAgency + ",HEALTH,2,1,0,1,1,1"));
        given().get("/reports/completions?format=json&" + PERIOD).then().statusCode(200).contentType(ContentType.JSON);
    }

    @Test
    void shouldRefuseABadGroupingFormatOrPeriodNamingTheField() {
        given().get("/reports/completions?by=colour").then().statusCode(400).body("errors[0].field", equalTo("by"));
        given().get("/reports/sessions?format=xlsx").then().statusCode(400).body("errors[0].field", equalTo("format"));
        given().get("/reports/agencies?from=2032-02-01&to=2032-01-01").then().statusCode(400).body("errors[0].field", equalTo("to"));
        given().get("/reports/agencies?from=yesterday").then().statusCode(400).body("errors[0].field", equalTo("from"));
    }
}
