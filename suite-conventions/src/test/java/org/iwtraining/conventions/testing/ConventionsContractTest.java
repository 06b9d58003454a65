package org.iwtraining.conventions.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

/**
 * The service speaks the suite's conventions even where no resource of its own answers. A service's test
 * extends it and adds {@code @QuarkusTest} (and the test resources it boots with).
 */
public abstract class ConventionsContractTest {

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
