package org.iwtraining.catalogue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A NUL byte reaches PostgreSQL as a server error unless it is refused first: the conventions refuse it in
 * the path, the query and every JSON string, before any resource runs.
 */
@QuarkusTest
class HostileInputTest {

    @Test
    void shouldRefuseANulByteInThePath() {
        given().urlEncodingEnabled(false).get("/modules/%00").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("path"));
        given().urlEncodingEnabled(false).get("/courses/IW%00x").then().statusCode(400)
                .body("errors[0].field", equalTo("path"));
    }

    @Test
    void shouldRefuseANulByteInAQueryParameterNamingIt() {
        given().urlEncodingEnabled(false).get("/modules?process=%00").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("process"));
    }

    @Test
    void shouldRefuseANulByteInAJsonStringNamingTheMember() {
        given().contentType(ContentType.JSON)
                .body("{\"modules\": [\"IW01\", \"CAF\\u000001\"], \"completed\": [], \"waived\": [], \"audience\": \"PRACTITIONER\"}")
                .post("/eligibility").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("modules[1]"))
                .body("errors[0].message", equalTo("must not contain a NUL character"));
    }
}
