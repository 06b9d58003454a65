package org.iwtraining.booking;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * A proposal that outlasts {@code booking.cohorts.compute-limit} is a clear 422, not the 500 the transaction timeout
 * gave after a minute: the limit is set to nothing here, so any proposal outlasts it without a minute's wait.
 */
@QuarkusTest
@TestProfile(CohortComputeLimitTest.NoComputeTime.class)
@QuarkusTestResource(ExternalServicesStub.class)
class CohortComputeLimitTest {

    public static class NoComputeTime implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("booking.cohorts.compute-limit", "0s");
        }
    }

    @Test
    void shouldRefuseAProposalThatOutlastsTheComputeLimitAndStoreNothing() {
        String agency = Fixtures.agency("HEALTH");
        String name = "Too large " + Fixtures.unique("C");
        given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "nominees", List.of(Fixtures.person(agency), Fixtures.person(agency)),
                        "sessions", List.of(Fixtures.session(List.of("IW01"), 4, 30))))
                .post("/cohorts").then().statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("COHORT_TOO_LARGE"))
                .body("status", equalTo(422));
        given().queryParam("name", name).get("/cohorts").then().statusCode(200).body("items", hasSize(0));
    }
}
