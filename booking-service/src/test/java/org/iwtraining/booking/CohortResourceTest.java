package org.iwtraining.booking;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.iwtraining.conventions.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@QuarkusTestResource(ExternalServicesStub.class)
class CohortResourceTest {

    @Test
    void shouldProposeWithoutBookingAnything() {
        List<String> agencies = List.of(Fixtures.agency("HEALTH"), Fixtures.agency("POLICE"), Fixtures.agency("EDUCATION"));
        List<String> people = new ArrayList<>();
        agencies.forEach(a -> people.addAll(List.of(Fixtures.person(a), Fixtures.person(a))));
        String first = session(List.of("IW01"), 3, 30, 1.0);
        String second = session(List.of("IW01"), 3, 31, 1.0);

        ValidatableResponse created = given().contentType(ContentType.JSON)
                .body(Map.of("name", "Spring cohort", "nominees", people, "sessions", List.of(second, first)))
                .post("/cohorts").then().statusCode(201)
                .body("status", equalTo("PROPOSED"))
                .body("strategy", equalTo("PACK"))
                .body("placements", hasSize(6))
                .body("unplaced", hasSize(0))
                .body("objective.placed", equalTo(6))
                // Both sessions full, one of each agency in each: Σ² = 6.
                .body("objective.sumOfSquares", equalTo(6))
                .body("sessions.sessionId", equalTo(List.of(first, second)))
                .body("sessions.confirmedAfter", equalTo(List.of(3, 3)))
                .body("sessions.distinctAgencies", equalTo(List.of(3, 3)))
                .body("sessions.distinctSectors", equalTo(List.of(3, 3)))
                .body("sessions.mixStatus", everyItem(equalTo("OK")))
                .body("computeMillis", notNullValue());
        String id = created.extract().path("id");
        created.header("Location", endsWith("/cohorts/" + id));

        given().get("/sessions/" + first).then().statusCode(200).body("confirmed", equalTo(0));
        given().get("/cohorts/" + id).then().statusCode(200).body("placements", hasSize(6))
                .body("sessions[0].agencies." + agencies.get(0), equalTo(1));
    }

    @Test
    void packShouldFillTheEarliestSessionWhereSpreadBalancesTheMix() {
        String health = Fixtures.agency("HEALTH");
        String police = Fixtures.agency("POLICE");
        List<String> people = List.of(Fixtures.person(health), Fixtures.person(health), Fixtures.person(police),
                Fixtures.person(police));
        String first = session(List.of("IW01"), 4, 30, 1.0);
        String second = session(List.of("IW01"), 4, 31, 1.0);

        propose(people, List.of(first, second), "PACK").statusCode(201)
                .body("placements.sessionId", everyItem(equalTo(first)))
                .body("objective.sumOfSquares", equalTo(8))
                .body("sessions.confirmedAfter", equalTo(List.of(4, 0)));
        propose(people, List.of(first, second), "SPREAD").statusCode(201)
                .body("objective.placed", equalTo(4))
                .body("objective.sumOfSquares", equalTo(4))
                .body("sessions.confirmedAfter", equalTo(List.of(2, 2)))
                // Two agencies per session is below the default minAgencies of 3 even at the optimum.
                .body("sessions.mixStatus", everyItem(equalTo("AT_RISK")));
    }

    @Test
    void shouldLeaveNomineesUnplacedWithTheReasonTheRulesGive() {
        String agency = Fixtures.agency("HEALTH");
        String ready = Fixtures.person(agency);
        String alsoReady = Fixtures.person(agency);
        String lacking = Fixtures.person(agency);
        String leaver = Fixtures.person(agency);
        for (String person : List.of(ready, alsoReady)) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("moduleRef", "IS01", "completedOn", "2026-01-15", "source", "HR"))
                    .post("/people/" + person + "/completions").then().statusCode(201);
        }
        given().delete("/people/" + leaver).then().statusCode(204);
        String session = session(List.of("IS02"), 1, 30, 1.0);

        ValidatableResponse proposal = propose(List.of(ready, alsoReady, lacking, leaver, "HR-nobody-" + agency),
                List.of(session), "PACK").statusCode(201);

        proposal.body("placements.personId", equalTo(List.of(ready.compareTo(alsoReady) < 0 ? ready : alsoReady)));
        Map<String, String> reasons = new LinkedHashMap<>();
        List<Map<String, String>> unplaced = proposal.extract().path("unplaced");
        unplaced.forEach(u -> reasons.put(u.get("personId"), u.get("reason")));
        assertEquals("ELIGIBLE_SESSIONS_FULL", reasons.get(ready.compareTo(alsoReady) < 0 ? alsoReady : ready));
        assertEquals("PREREQUISITE_MISSING", reasons.get(lacking));
        assertEquals("PERSON_LEFT", reasons.get(leaver));
        assertEquals("UNKNOWN_PERSON", reasons.get("HR-nobody-" + agency));
    }

    @Test
    void shouldCountConfirmedPlacesAndKeepAgencyCaps() {
        String health = Fixtures.agency("HEALTH");
        String police = Fixtures.agency("POLICE");
        // Capacity 5 at share 0.4: a cap of 2 per agency while caps hold (30 days ahead).
        String session = session(List.of("IW01"), 5, 30, 0.4);
        Fixtures.bookConfirmed(session, Fixtures.person(health));
        List<String> nominees = List.of(Fixtures.person(health), Fixtures.person(health), Fixtures.person(health),
                Fixtures.person(police));

        ValidatableResponse proposal = propose(nominees, List.of(session), "PACK").statusCode(201)
                .body("objective.placed", equalTo(2))
                .body("sessions[0].agencies." + health, equalTo(2))
                .body("sessions[0].agencies." + police, equalTo(1))
                .body("sessions[0].confirmedAfter", equalTo(3))
                .body("objective.sumOfSquares", equalTo(5));
        List<String> reasons = proposal.extract().path("unplaced.reason");
        assertEquals(List.of("AGENCY_CAP", "AGENCY_CAP"), reasons);
    }

    @Test
    void shouldBookEveryPlacementOnConfirm() {
        String health = Fixtures.agency("HEALTH");
        String police = Fixtures.agency("POLICE");
        List<String> people = List.of(Fixtures.person(health), Fixtures.person(police), Fixtures.person(police));
        String session = session(List.of("IW01"), 10, 30, 1.0);
        String id = propose(people, List.of(session), "PACK").statusCode(201).extract().path("id");

        given().post("/cohorts/" + id + "/confirm").then().statusCode(200)
                .body("status", equalTo("CONFIRMED")).body("confirmedAt", notNullValue());

        given().get("/sessions/" + session).then().body("confirmed", equalTo(3))
                .body("agencies." + police, equalTo(2));
        given().get("/cohorts/" + id).then().body("status", equalTo("CONFIRMED"));
        given().post("/cohorts/" + id + "/confirm").then().statusCode(409).body("code", equalTo("COHORT_CONFIRMED"));
        given().delete("/cohorts/" + id).then().statusCode(409).body("code", equalTo("COHORT_CONFIRMED"));
        given().get("/sessions/" + session).then().body("confirmed", equalTo(3));
    }

    @Test
    void shouldBookNothingWhenTheProposalNoLongerFits() {
        String agency = Fixtures.agency("HEALTH");
        String other = Fixtures.agency("POLICE");
        String session = session(List.of("IW01"), 2, 30, 1.0);
        String id = propose(List.of(Fixtures.person(agency), Fixtures.person(agency)), List.of(session), "PACK")
                .statusCode(201).body("objective.placed", equalTo(2)).extract().path("id");
        Fixtures.bookConfirmed(session, Fixtures.person(other));

        given().post("/cohorts/" + id + "/confirm").then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("PLACEMENT_NO_LONGER_FITS"));

        given().get("/sessions/" + session).then().body("confirmed", equalTo(1));
        given().get("/cohorts/" + id).then().body("status", equalTo("PROPOSED"));
    }

    @Test
    void shouldGiveTheSameProposalWhateverTheOrderOfTheRequest() {
        List<String> agencies = List.of(Fixtures.agency("HEALTH"), Fixtures.agency("POLICE"), Fixtures.agency("YOUTH"));
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            people.add(Fixtures.person(agencies.get(i % 3)));
        }
        List<String> sessions = List.of(session(List.of("IW01"), 4, 30, 1.0), session(List.of("IW01"), 4, 30, 1.0),
                session(List.of("IW01"), 4, 32, 1.0));
        List<String> shuffledPeople = new ArrayList<>(people);
        Collections.reverse(shuffledPeople);
        List<String> shuffledSessions = new ArrayList<>(sessions);
        Collections.reverse(shuffledSessions);

        for (String strategy : List.of("PACK", "SPREAD")) {
            Object placements = propose(people, sessions, strategy).statusCode(201).extract().path("placements");
            propose(shuffledPeople, shuffledSessions, strategy).statusCode(201)
                    .body("placements", equalTo(placements));
        }
    }

    @Test
    void shouldDropAProposal() {
        String session = session(List.of("IW01"), 5, 30, 1.0);
        String id = propose(List.of(Fixtures.person(Fixtures.agency("HEALTH"))), List.of(session), "SPREAD")
                .statusCode(201).extract().path("id");

        given().delete("/cohorts/" + id).then().statusCode(204);

        given().get("/cohorts/" + id).then().statusCode(404).contentType("application/problem+json");
        given().delete("/cohorts/" + id).then().statusCode(404);
        given().post("/cohorts/" + id + "/confirm").then().statusCode(404);
    }

    @Test
    void shouldRefuseAnInvalidRequestNamingTheField() {
        String session = session(List.of("IW01"), 5, 30, 1.0);
        String person = Fixtures.person(Fixtures.agency("HEALTH"));

        given().contentType(ContentType.JSON).body(Map.of("nominees", List.of(person), "sessions", List.of(session)))
                .post("/cohorts").then().statusCode(400).body("errors.field", hasItem(startsWith("name")));
        given().contentType(ContentType.JSON).body(Map.of("name", "x", "nominees", List.of(), "sessions", List.of(session)))
                .post("/cohorts").then().statusCode(400).body("errors.field", hasItem(startsWith("nominees")));
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "x", "nominees", List.of(person), "sessions", List.of(session), "strategy", "BEST"))
                .post("/cohorts").then().statusCode(400).body("errors.field", hasItem(startsWith("strategy")));
        given().contentType(ContentType.JSON).body("{\"name\": \"x\", \"nominees\": 12, \"sessions\": []}")
                .post("/cohorts").then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "x", "nominees", List.of(person), "sessions", List.of(session, "no-such-session")))
                .post("/cohorts").then().statusCode(422).body("code", equalTo("UNKNOWN_SESSION"))
                .body("errors.field", hasItem("sessions[1]"));
        given().get("/sessions/" + session).then().body("confirmed", equalTo(0));
    }

    @Test
    void shouldListCohortsNewestFirstByStatusAndNameWithoutTheirPlacements() {
        String tag = Fixtures.unique("Autumn");
        String health = Fixtures.agency("HEALTH");
        String session = session(List.of("IW01"), 5, 30, 1.0);
        String older = proposeNamed(tag + " first", List.of(Fixtures.person(health)), List.of(session));
        String newer = proposeNamed(tag.toLowerCase() + " second", List.of(Fixtures.person(health)), List.of(session));
        given().post("/cohorts/" + older + "/confirm").then().statusCode(200);

        given().queryParam("name", tag.toUpperCase()).get("/cohorts").then().statusCode(200)
                .body("items.id", equalTo(List.of(newer, older)))
                .body("items.status", equalTo(List.of("PROPOSED", "CONFIRMED")))
                .body("items[0].placed", equalTo(1))
                .body("items[0].placements", org.hamcrest.Matchers.nullValue());
        given().queryParam("name", tag).queryParam("status", "CONFIRMED").get("/cohorts").then().statusCode(200)
                .body("items.id", equalTo(List.of(older)));
        String next = given().queryParam("name", tag).queryParam("limit", 1).get("/cohorts").then().statusCode(200)
                .body("items.id", equalTo(List.of(newer))).extract().path("next");
        given().queryParam("name", tag).queryParam("limit", 1).queryParam("cursor", next).get("/cohorts").then()
                .statusCode(200).body("items.id", equalTo(List.of(older)));
        given().queryParam("status", "MAYBE").get("/cohorts").then().statusCode(400)
                .body("errors[0].field", equalTo("status"))
                .body("errors[0].message", equalTo("must be one of PROPOSED, CONFIRMED"));
    }

    @Test
    void shouldShowAnAgencyLeadOnlyTheCohortsTheyProposed() {
        String agency = Fixtures.agency("HEALTH");
        String tag = Fixtures.unique("Lead");
        String session = session(List.of("IW01"), 5, 30, 1.0);
        String mine = given().header(Tokens.HEADER, Tokens.of("agency-lead").agency(agency).subject(tag + "-a").bearer())
                .contentType(ContentType.JSON)
                .body(Map.of("name", tag, "nominees", List.of(Fixtures.person(agency)), "sessions", List.of(session)))
                .post("/cohorts").then().statusCode(201).extract().path("id");
        proposeNamed(tag + " by a coordinator", List.of(Fixtures.person(agency)), List.of(session));

        given().header(Tokens.HEADER, Tokens.of("agency-lead").agency(agency).subject(tag + "-a").bearer())
                .queryParam("name", tag).get("/cohorts").then().statusCode(200).body("items.id", equalTo(List.of(mine)));
        given().header(Tokens.HEADER, Tokens.of("agency-lead").agency(agency).subject(tag + "-b").bearer())
                .queryParam("name", tag).get("/cohorts").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void shouldRefuseToConfirmAProposalThatPlacesNobody() {
        String person = Fixtures.person(Fixtures.agency("HEALTH"));
        String session = session(List.of("IW01"), 5, 30, 1.0);
        Fixtures.bookConfirmed(session, person);
        String id = proposeNamed(Fixtures.unique("Empty"), List.of(person), List.of(session));
        given().get("/cohorts/" + id).then().body("placements", hasSize(0)).body("unplaced[0].reason", equalTo("ALREADY_BOOKED"));

        given().post("/cohorts/" + id + "/confirm").then().statusCode(422).body("code", equalTo("COHORT_EMPTY"));
        given().get("/cohorts/" + id).then().body("status", equalTo("PROPOSED"));
    }

    @Test
    void shouldRefuseASessionNamedTwiceOrNoLongerOpen() {
        String person = Fixtures.person(Fixtures.agency("HEALTH"));
        String open = session(List.of("IW01"), 5, 30, 1.0);
        String started = session(List.of("IW01"), 5, -0.01, 1.0);
        String cancelled = session(List.of("IW01"), 5, 35, 1.0);
        given().contentType(ContentType.JSON).body(Map.of("reason", "TOO_FEW_BOOKINGS")).post("/sessions/" + cancelled + "/cancel").then().statusCode(200);

        proposeTo(List.of(person), List.of(open, open)).statusCode(422).body("code", equalTo("DUPLICATE_SESSION"))
                .body("errors.field", equalTo(List.of("sessions[1]")));
        proposeTo(List.of(person), List.of(open, started)).statusCode(422).body("code", equalTo("SESSION_CLOSED"))
                .body("errors.field", equalTo(List.of("sessions[1]")));
        proposeTo(List.of(person), List.of(cancelled, open)).statusCode(422).body("code", equalTo("SESSION_CLOSED"))
                .body("errors.field", equalTo(List.of("sessions[0]")));
    }

    private static String proposeNamed(String name, List<String> nominees, List<String> sessions) {
        return given().contentType(ContentType.JSON).body(Map.of("name", name, "nominees", nominees, "sessions", sessions))
                .post("/cohorts").then().statusCode(201).extract().path("id");
    }

    private static ValidatableResponse proposeTo(List<String> nominees, List<String> sessions) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("name", Fixtures.unique("C"), "nominees", nominees, "sessions", sessions))
                .post("/cohorts").then();
    }

    private static ValidatableResponse propose(List<String> nominees, List<String> sessions, String strategy) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("name", "Cohort " + Fixtures.unique("C"), "nominees", nominees, "sessions", sessions,
                        "strategy", strategy))
                .post("/cohorts").then();
    }

    private static String session(List<String> modules, int capacity, double daysAhead, double maxAgencyShare) {
        Map<String, Object> body = Fixtures.sessionBody(modules, capacity, daysAhead);
        body.put("mixPolicy", Map.of("maxAgencyShare", maxAgencyShare));
        return Fixtures.session(body);
    }
}
