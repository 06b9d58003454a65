package org.iwtraining.booking;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * HR ids are letters, digits and {@code -_.:@}, at most 100: anything else is a 400 naming {@code hrId} before a
 * row is written (these ids used to be stored and then answered 500 when the Location was built).
 */
@QuarkusTest
@QuarkusTestResource(ExternalServicesStub.class)
class HostileIdTest {

    @Inject
    EntityManager em;

    private long rowsFor(String table, String column, String id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from " + table + " where " + column + " = ?1")
                .setParameter(1, id).getSingleResult()).longValue());
    }

    @ParameterizedTest
    @ValueSource(strings = { " ", "'", "<", ">", "|" })
    void shouldRefuseAnHrIdOutsideTheFormatAndStoreNothing(String hostile) {
        String agency = Fixtures.agency("HEALTH");
        String hrId = "HR" + hostile + Fixtures.unique("x");
        given().contentType(ContentType.JSON).body(Fixtures.personBody(agency, "PRACTITIONER"))
                .put("/people/{hrId}", hrId).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("hrId"));
        given().contentType(ContentType.JSON).body(Map.of("moduleRef", "IW01", "completedOn", "2024-01-10", "source", "HR"))
                .post("/people/{hrId}/completions", hrId).then().statusCode(400).body("errors[0].field", equalTo("hrId"));
        given().contentType(ContentType.JSON).body(Map.of("moduleRef", "IS05", "reason", "very experienced", "recordedBy", "HR"))
                .post("/people/{hrId}/waivers", hrId).then().statusCode(400).body("errors[0].field", equalTo("hrId"));
        assertNothingStored(hrId);
    }

    @Test
    void shouldRefuseAnHrIdOfMoreThan100Characters() {
        String hrId = "H".repeat(101);
        given().contentType(ContentType.JSON).body(Fixtures.personBody(Fixtures.agency("HEALTH"), "PRACTITIONER"))
                .put("/people/{hrId}", hrId).then().statusCode(400).body("errors[0].field", equalTo("hrId"));
        assertNothingStored(hrId);
    }

    private void assertNothingStored(String hrId) {
        assertEquals(0, rowsFor("person", "hr_id", hrId));
        assertEquals(0, rowsFor("completion", "person_id", hrId));
        assertEquals(0, rowsFor("waiver", "person_id", hrId));
    }

    @Test
    void shouldAcceptEveryCharacterOfTheFormatAndLocateIt() {
        String hrId = "HR-1_a.b:c@" + Fixtures.unique("d");
        given().contentType(ContentType.JSON).body(Fixtures.personBody(Fixtures.agency("HEALTH"), "PRACTITIONER"))
                .put("/people/{hrId}", hrId).then().statusCode(201).header("Location", endsWith("/people/" + hrId));
        given().contentType(ContentType.JSON).body(Map.of("moduleRef", "IW01", "completedOn", "2024-01-10", "source", "HR"))
                .post("/people/{hrId}/completions", hrId).then().statusCode(201)
                .header("Location", endsWith("/people/" + hrId + "/training-record"));
        given().get("/people/{hrId}", hrId).then().statusCode(200).body("hrId", equalTo(hrId));
    }

    @Test
    void shouldRejectAnImportRowWithAnHrIdOutsideTheFormat() {
        String agency = Fixtures.agency("HEALTH");
        Map<String, Object> bad = new LinkedHashMap<>(Fixtures.personBody(agency, "PRACTITIONER"));
        bad.put("hrId", "HR<" + Fixtures.unique("x"));
        Map<String, Object> good = new LinkedHashMap<>(Fixtures.personBody(agency, "PRACTITIONER"));
        good.put("hrId", Fixtures.unique("HR"));
        given().contentType(ContentType.JSON).body(List.of(bad, good)).post("/people/import").then().statusCode(200)
                .body("rejected", equalTo(1)).body("created", equalTo(1))
                .body("rows[0].result", equalTo("REJECTED")).body("rows[0].reason", startsWith("hrId:"));
        assertNothingStored((String) bad.get("hrId"));
    }
}
