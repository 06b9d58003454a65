package org.iwtraining.booking;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A JSON operation asked for another media type answers 406 as problem details: the lists used to answer
 * {@code Accept: text/csv} with 200 and a Java {@code toString()} ({@code Page[items=[SessionView[…}).
 */
@QuarkusTest
@QuarkusTestResource(ExternalServicesStub.class)
class MediaTypeTest {

    @Test
    void shouldRefuseAnAcceptItCannotAnswer() {
        for (String accept : new String[] { "text/csv", "application/xml", "text/plain" }) {
            for (String path : new String[] { "/sessions", "/people", "/agencies", "/audit" }) {
                given().accept(accept).get(path).then().statusCode(406)
                        .contentType("application/problem+json").body("status", equalTo(406))
                        .body(not(containsString("Page[")));
            }
        }
    }

    @Test
    void shouldStillAnswerJson() {
        given().accept("*/*").get("/sessions").then().statusCode(200).contentType("application/json");
        given().get("/agencies").then().statusCode(200).contentType("application/json");
    }
}
