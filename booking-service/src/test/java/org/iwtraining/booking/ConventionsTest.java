package org.iwtraining.booking;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The service speaks the suite's conventions even where no resource of its own answers. */
@QuarkusTest
@QuarkusTestResource(ExternalServicesStub.class)
class ConventionsTest {

    @Test
    void shouldBeHealthyWithItsDatabase() {
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void shouldExposeMetrics() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_"));
    }

    @Test
    void shouldAnswerUnknownPathWithProblemDetails() {
        given().get("/no-such-thing").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", not(containsString("Exception")));
    }
}
