package org.iwtraining.booking;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.iwtraining.conventions.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The object rules of an agency lead (docs/access-matrix.md, booking-service): two leads of two agencies, each
 * sees and changes their own agency's people, places and the cohorts they proposed, and nothing of the other's.
 * The requests without a lead's token carry the tests' all-roles token (a coordinator, among others).
 */
@QuarkusTest
@QuarkusTestResource(ExternalServicesStub.class)
class AgencyLeadAccessTest {

    private String agencyA;
    private String agencyB;
    private String personA;
    private String personB;
    private String subjectA;
    private String subjectB;

    @BeforeEach
    void twoAgenciesWithALeadAndAPersonEach() {
        agencyA = Fixtures.agency("HEALTH");
        agencyB = Fixtures.agency("POLICE");
        personA = Fixtures.person(agencyA);
        personB = Fixtures.person(agencyB);
        subjectA = Fixtures.unique("lead-a");
        subjectB = Fixtures.unique("lead-b");
    }

    private RequestSpecification leadA() {
        return lead(agencyA, subjectA);
    }

    private RequestSpecification leadB() {
        return lead(agencyB, subjectB);
    }

    private static RequestSpecification lead(String agency, String subject) {
        return given().header(Tokens.HEADER, Tokens.of("agency-lead").agency(agency).subject(subject).bearer());
    }

    @Test
    void shouldShowALeadTheirOwnAgencysPeopleAndNoOneElse() {
        leadA().get("/people/" + personA).then().statusCode(200).body("agencyCode", equalTo(agencyA));
        leadA().get("/people/" + personB).then().statusCode(404).body("status", equalTo(404));
        leadB().get("/people/" + personB).then().statusCode(200);
        leadB().get("/people/" + personA).then().statusCode(404);
        leadA().get("/people/" + personB + "/bookings").then().statusCode(404);
        leadA().get("/people/" + personB + "/training-record").then().statusCode(404);
        leadB().get("/people/" + personB + "/training-record").then().statusCode(200);
        // an unknown id is answered the same way
        leadA().get("/people/" + Fixtures.unique("HR")).then().statusCode(404);
    }

    @Test
    void shouldListOnlyTheLeadsOwnAgencyAndNothingForAnotherAgencyFilter() {
        leadA().queryParam("agency", agencyA).get("/people").then().statusCode(200)
                .body("items.hrId", equalTo(List.of(personA)));
        leadA().queryParam("limit", 500).get("/people").then().statusCode(200)
                .body("items.agencyCode", everyItem(equalTo(agencyA)))
                .body("items.hrId", hasItem(personA)).body("items.hrId", not(hasItem(personB)));
        leadA().queryParam("agency", agencyB).get("/people").then().statusCode(200).body("items", empty())
                .body("next", nullValue());
        leadB().queryParam("agency", agencyB).get("/people").then().statusCode(200)
                .body("items.hrId", equalTo(List.of(personB)));
        // a coordinator sees every agency
        given().queryParam("agency", agencyB).get("/people").then().body("items.hrId", equalTo(List.of(personB)));
    }

    @Test
    void shouldLetALeadUpsertOnlyTheirOwnAgencysPeopleIntoTheirOwnAgency() {
        String newcomer = "P-" + agencyA + "-" + Fixtures.unique("X");
        leadA().contentType(ContentType.JSON).body(Fixtures.personBody(agencyA, "PRACTITIONER"))
                .put("/people/" + newcomer).then().statusCode(201).body("source", equalTo("PARTNER"));

        String intoB = Fixtures.unique("HR");
        leadA().contentType(ContentType.JSON).body(Fixtures.personBody(agencyB, "PRACTITIONER"))
                .put("/people/" + intoB).then().statusCode(422)
                .body("code", equalTo("AGENCY_NOT_OWN")).body("errors[0].field", equalTo("agencyCode"));
        given().get("/people/" + intoB).then().statusCode(404);

        // another agency's person is unknown to the lead: neither changed nor moved into their agency
        Map<String, Object> moved = Fixtures.personBody(agencyA, "PRACTITIONER");
        moved.put("givenName", "Taken");
        leadA().contentType(ContentType.JSON).body(moved).put("/people/" + personB).then().statusCode(404);
        leadB().contentType(ContentType.JSON).body(Fixtures.personBody(agencyB, "PRACTITIONER"))
                .put("/people/" + personA).then().statusCode(404);
        given().get("/people/" + personB).then().statusCode(200).body("agencyCode", equalTo(agencyB))
                .body("givenName", equalTo("Alex"));

        Map<String, Object> renamed = Fixtures.personBody(agencyB, "PRACTITIONER");
        renamed.put("givenName", "Sam");
        leadB().contentType(ContentType.JSON).body(renamed).put("/people/" + personB).then().statusCode(200)
                .body("givenName", equalTo("Sam"));
    }

    @Test
    void shouldLetALeadBookReadAndCancelOnlyTheirOwnAgencysPlaces() {
        String session = Fixtures.session(List.of("IW01"), 10, 30);
        String placeA = leadA().contentType(ContentType.JSON).body(Map.of("personId", personA))
                .post("/sessions/" + session + "/bookings").then().statusCode(201).extract().path("id");
        leadA().contentType(ContentType.JSON).body(Map.of("personId", personB))
                .post("/sessions/" + session + "/bookings").then().statusCode(422).body("code", equalTo("UNKNOWN_PERSON"));
        given().get("/people/" + personB + "/bookings").then().body("items", empty());
        leadA().contentType(ContentType.JSON).body(Map.of("personId", personA, "overrideReason", "refresher"))
                .post("/sessions/" + Fixtures.session(List.of("IW01"), 10, 40) + "/bookings").then().statusCode(422)
                .body("code", equalTo("OVERRIDE_NOT_ALLOWED")).body("errors[0].field", equalTo("overrideReason"));

        String placeB = Fixtures.bookConfirmed(session, personB);
        leadA().get("/bookings/" + placeB).then().statusCode(404);
        leadA().delete("/bookings/" + placeB).then().statusCode(404);
        leadB().delete("/bookings/" + placeA).then().statusCode(404);
        given().get("/bookings/" + placeB).then().body("status", equalTo("CONFIRMED"));
        given().get("/bookings/" + placeA).then().body("status", equalTo("CONFIRMED"));

        leadB().get("/bookings/" + placeB).then().statusCode(200).body("personId", equalTo(personB));
        leadA().get("/bookings/" + placeA).then().statusCode(200);
        leadA().delete("/bookings/" + placeA).then().statusCode(204);
        given().get("/bookings/" + placeA).then().body("status", equalTo("CANCELLED"));
    }

    @Test
    void shouldShowALeadOnlyTheirAgencysPlacesOnASessionWithTrueWaitlistPositions() {
        String session = Fixtures.session(List.of("IW01"), 1, 30);
        String otherA = Fixtures.person(agencyA);
        Fixtures.bookConfirmed(session, otherA);
        Fixtures.book(session, personB).then().body("position", equalTo(1));
        Fixtures.book(session, personA).then().body("position", equalTo(2));

        leadA().get("/sessions/" + session + "/bookings").then().statusCode(200)
                .body("items.personId", equalTo(List.of(otherA, personA)))
                .body("items.position", equalTo(Arrays.asList(null, 2)));
        leadB().get("/sessions/" + session + "/bookings").then().statusCode(200)
                .body("items.personId", equalTo(List.of(personB))).body("items[0].position", equalTo(1));
        given().get("/sessions/" + session + "/bookings").then().body("items.personId", equalTo(List.of(otherA, personB, personA)));
    }

    @Test
    void shouldLetALeadNominateOnlyTheirOwnAgencyAndKeepTheirCohortToThemselves() {
        String session = Fixtures.session(List.of("IW01"), 10, 30);
        leadA().contentType(ContentType.JSON).body(Map.of("name", "Mixed", "nominees", List.of(personA, personB),
                "sessions", List.of(session))).post("/cohorts").then().statusCode(422)
                .body("code", equalTo("NOMINEE_NOT_OWN_AGENCY")).body("errors[0].field", equalTo("nominees[1]"));
        leadA().contentType(ContentType.JSON).body(Map.of("name", "Unknown", "nominees", List.of(Fixtures.unique("HR")),
                "sessions", List.of(session))).post("/cohorts").then().statusCode(422)
                .body("code", equalTo("NOMINEE_NOT_OWN_AGENCY")).body("errors[0].field", equalTo("nominees[0]"));

        String cohort = leadA().contentType(ContentType.JSON).body(Map.of("name", "Ours", "nominees", List.of(personA),
                "sessions", List.of(session))).post("/cohorts").then().statusCode(201).extract().path("id");
        leadA().get("/cohorts/" + cohort).then().statusCode(200).body("placements.personId", equalTo(List.of(personA)));
        leadB().get("/cohorts/" + cohort).then().statusCode(404);
        // another lead of the same agency did not propose it either
        RequestSpecification colleague = lead(agencyA, Fixtures.unique("lead-a2"));
        colleague.get("/cohorts/" + cohort).then().statusCode(404);
        leadB().post("/cohorts/" + cohort + "/confirm").then().statusCode(404);
        leadB().delete("/cohorts/" + cohort).then().statusCode(404);
        given().get("/cohorts/" + cohort).then().statusCode(200).body("status", equalTo("PROPOSED"));

        leadA().post("/cohorts/" + cohort + "/confirm").then().statusCode(200).body("status", equalTo("CONFIRMED"));
        given().get("/people/" + personA + "/bookings").then().body("items.sessionId", equalTo(List.of(session)));

        String dropped = leadB().contentType(ContentType.JSON).body(Map.of("name", "Theirs", "nominees", List.of(personB),
                "sessions", List.of(session))).post("/cohorts").then().statusCode(201).extract().path("id");
        leadA().delete("/cohorts/" + dropped).then().statusCode(404);
        leadB().delete("/cohorts/" + dropped).then().statusCode(204);
    }

    @Test
    void shouldNeverReplayAnotherAskersAnswerUnderTheSameIdempotencyKey() {
        String session = Fixtures.session(List.of("IW01"), 10, 30);
        String key = Fixtures.unique("key");
        leadA().contentType(ContentType.JSON).header("Idempotency-Key", key).body(Map.of("personId", personA))
                .post("/sessions/" + session + "/bookings").then().statusCode(201);
        lead(agencyA, Fixtures.unique("lead-a2")).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("personId", personA)).post("/sessions/" + session + "/bookings").then().statusCode(422)
                .body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        leadA().contentType(ContentType.JSON).header("Idempotency-Key", key).body(Map.of("personId", personA))
                .post("/sessions/" + session + "/bookings").then().statusCode(201);
    }
}
