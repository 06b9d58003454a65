package org.iwtraining.catalogue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** A JSON operation asked for another media type answers 406 as problem details, never a text rendering. */
@QuarkusTest
class MediaTypeTest {

    @Test
    void shouldRefuseAnAcceptItCannotAnswer() {
        for (String accept : new String[] { "text/csv", "application/xml", "text/plain" }) {
            for (String path : new String[] { "/modules", "/audit" }) {
                given().accept(accept).get(path).then().statusCode(406)
                        .contentType("application/problem+json").body("status", equalTo(406));
            }
        }
    }

    @Test
    void shouldStillAnswerJsonToAWildcardOrJson() {
        given().accept("*/*").get("/audit").then().statusCode(200).contentType("application/json");
        given().accept("application/json").get("/modules").then().statusCode(200).contentType("application/json");
    }
}
