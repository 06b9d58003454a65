package org.iwtraining.booking;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.iwtraining.conventions.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** People from many sources: partner people survive an HR full import, partner imports stay within their agencies. */
@QuarkusTest
@QuarkusTestResource(ExternalServicesStub.class)
class PeopleSourcesTest {

    private static RequestSpecification as(String role, String agency) {
        Tokens token = Tokens.of(role).subject(Fixtures.unique(role));
        return given().header(Tokens.HEADER, (agency == null ? token : token.agency(agency)).bearer());
    }

    private static String partner(String agency) {
        String id = "P-" + agency + "-" + Fixtures.unique("N");
        as("coordinator", null).contentType(ContentType.JSON).body(Fixtures.personBody(agency, "PRACTITIONER"))
                .put("/people/" + id).then().statusCode(201).body("source", equalTo("PARTNER"));
        return id;
    }

    /**
     * A full HR import makes a leaver of every HR person of the test database that the file does not name (each
     * test class makes its own): on a busy machine that takes longer than the default 30 s of a test request.
     */
    private static RequestSpecification fullImport() {
        return given().config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.socket.timeout", 600_000))).contentType(ContentType.JSON).queryParam("mode", "full");
    }

    private static Map<String, Object> row(String hrId, String agency) {
        return Map.of("hrId", hrId, "givenName", "P", "familyName", "Q", "agencyCode", agency, "audience", "PRACTITIONER");
    }

    @Test
    void shouldLeavePartnerPeopleAndTheirPlacesUntouchedByAFullHrImport() {
        String health = Fixtures.agency("HEALTH");
        String police = Fixtures.agency("POLICE");
        String stays = Fixtures.person(health);
        String goes = Fixtures.person(health);
        String partner = partner(police);
        String session = Fixtures.session(List.of("IW01"), 10, 30);
        String place = Fixtures.bookConfirmed(session, partner);
        String goesPlace = Fixtures.bookConfirmed(session, goes);

        // a dry run lists every leaver it would make, and applies nothing
        fullImport().queryParam("dryRun", true).body(List.of(row(stays, health))).post("/people/import").then().statusCode(200)
                .body("dryRun", equalTo(true)).body("source", equalTo("HR"))
                .body("leavers", hasItem(goes)).body("leavers", not(hasItem(partner))).body("leavers", not(hasItem(stays)))
                .body("updated", equalTo(1));
        given().get("/people/" + goes).then().body("leftAt", nullValue());
        given().get("/people/" + stays).then().body("familyName", equalTo("Smith"));
        given().get("/bookings/" + goesPlace).then().body("status", equalTo("CONFIRMED"));

        fullImport().body(List.of(row(stays, health))).post("/people/import").then().statusCode(200)
                .body("dryRun", equalTo(false)).body("leavers", hasItem(goes)).body("leavers", not(hasItem(partner)));
        given().get("/people/" + goes).then().body("leftAt", notNullValue());
        given().get("/bookings/" + goesPlace).then().body("status", equalTo("CANCELLED"));
        given().get("/people/" + partner).then().body("leftAt", nullValue()).body("source", equalTo("PARTNER"));
        given().get("/bookings/" + place).then().body("status", equalTo("CONFIRMED"));
    }

    @Test
    void shouldLimitAFullPartnerImportToTheAgenciesItNames() {
        String police = Fixtures.agency("POLICE");
        String school = Fixtures.agency("EDUCATION");
        String kept = partner(police);
        String dropped = partner(police);
        String otherAgency = partner(school);
        String hrPerson = Fixtures.person(police);
        String newcomer = "P-" + police + "-" + Fixtures.unique("N");

        given().contentType(ContentType.JSON).queryParam("mode", "full").queryParam("source", "PARTNER")
                .body(List.of(row(kept, police), row(newcomer, police), row("P-" + school + "-wrong", police),
                        row(Fixtures.unique("HR"), police)))
                .post("/people/import").then().statusCode(200)
                .body("source", equalTo("PARTNER"))
                .body("created", equalTo(1)).body("updated", equalTo(1)).body("rejected", equalTo(2))
                .body("rows[2].reason", containsString("P-" + police + "-"))
                .body("leavers", contains(dropped));
        given().get("/people/" + otherAgency).then().body("leftAt", nullValue());
        given().get("/people/" + hrPerson).then().body("leftAt", nullValue());
        given().get("/people/" + newcomer).then().statusCode(200).body("source", equalTo("PARTNER"));
    }

    @Test
    void shouldRejectPartnerIdsInAnHrImport() {
        String police = Fixtures.agency("POLICE");
        given().contentType(ContentType.JSON).body(List.of(row("P-" + police + "-1", police))).post("/people/import").then()
                .statusCode(200).body("rejected", equalTo(1)).body("rows[0].reason", containsString("never begins with P-"));
        given().contentType(ContentType.JSON).queryParam("source", "OTHER").body(List.of()).post("/people/import").then()
                .statusCode(400).body("errors[0].field", equalTo("source"));
    }

    @Test
    void shouldKeepPartnerIdsOutOfTheHrNamespaceAndLeadsToTheirOwnAgency() {
        String police = Fixtures.agency("POLICE");
        String health = Fixtures.agency("HEALTH");
        // the HR system may not take a partner id
        as("hr-system", null).contentType(ContentType.JSON).body(Fixtures.personBody(police, "PRACTITIONER"))
                .put("/people/P-" + police + "-7").then().statusCode(422)
                .body("code", equalTo("PARTNER_ID")).body("errors[0].field", equalTo("hrId"));
        // a partner id names the body's agency
        as("coordinator", null).contentType(ContentType.JSON).body(Fixtures.personBody(police, "PRACTITIONER"))
                .put("/people/P-" + health + "-7").then().statusCode(422)
                .body("code", equalTo("PARTNER_ID")).body("errors[0].field", equalTo("hrId"));
        given().get("/people/P-" + health + "-7").then().statusCode(404);
        // an agency lead registers partner people of their own agency only
        as("agency-lead", police).contentType(ContentType.JSON).body(Fixtures.personBody(police, "PRACTITIONER"))
                .put("/people/" + Fixtures.unique("HR")).then().statusCode(422)
                .body("code", equalTo("PARTNER_ID_REQUIRED")).body("errors[0].field", equalTo("hrId"));
        String id = "P-" + police + "-" + Fixtures.unique("L");
        as("agency-lead", police).contentType(ContentType.JSON).body(Fixtures.personBody(police, "PRACTITIONER"))
                .put("/people/" + id).then().statusCode(201).body("source", equalTo("PARTNER"));
        as("agency-lead", police).contentType(ContentType.JSON).body(Fixtures.personBody(health, "PRACTITIONER"))
                .put("/people/P-" + health + "-" + Fixtures.unique("L")).then().statusCode(422).body("code", equalTo("AGENCY_NOT_OWN"));
    }

    @Test
    void shouldRecordAccessNeedsAndKeepThemWhenHrSendsNone() {
        String health = Fixtures.agency("HEALTH");
        String person = Fixtures.person(health);
        Map<String, Object> body = Fixtures.personBody(health, "PRACTITIONER");
        body.put("accessNeeds", List.of("STEP_FREE_ACCESS", "OTHER"));
        body.put("accessNotes", "needs a BSL interpreter");
        given().contentType(ContentType.JSON).body(body).put("/people/" + person).then().statusCode(200)
                .body("accessNeeds", contains("STEP_FREE_ACCESS", "OTHER")).body("accessNotes", equalTo("needs a BSL interpreter"));
        given().contentType(ContentType.JSON).body(List.of(row(person, health))).post("/people/import").then()
                .statusCode(200).body("updated", equalTo(1));
        given().get("/people/" + person).then().body("accessNeeds", contains("STEP_FREE_ACCESS", "OTHER"))
                .body("familyName", equalTo("Q"));
        body.put("accessNeeds", List.of("NOT_A_NEED"));
        given().contentType(ContentType.JSON).body(body).put("/people/" + person).then().statusCode(400);
    }
}
