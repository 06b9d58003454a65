package org.iwtraining.catalogue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** JSON the suite refuses, whichever operation reads it: each a 400 problem naming the body or the field. */
@QuarkusTest
class StrictInputTest {

    private static final String MATERIAL = "{\"kind\": \"TRAINER_GUIDE\", \"title\": \"Guide\", \"url\": \"https://example.org/g\"}";

    @Test
    void shouldRefuseADuplicateKey() {
        given().contentType(ContentType.JSON).body("{\"materials\": [], \"materials\": [" + MATERIAL + "]}")
                .put("/modules/IW01/materials").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("materials"))
                .body("errors[0].message", equalTo("is given more than once"));
        given().contentType(ContentType.JSON)
                .body("{\"materials\": [{\"kind\": \"TRAINER_GUIDE\", \"kind\": \"OUTLINE\", \"title\": \"G\", \"url\": \"https://example.org/g\"}]}")
                .put("/modules/IW01/materials").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("materials[0].kind"));
    }

    /** An unknown member is skipped, so only the limit refuses this one. */
    @Test
    void shouldRefuseNestingDeeperThanTheLimit() {
        String deep = "[".repeat(65) + "]".repeat(65);
        given().contentType(ContentType.JSON).body("{\"materials\": [], \"note\": " + deep + "}")
                .put("/modules/IW01/materials").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].message", equalTo("nests deeper than 64 levels"));
    }

    /** Bean validation would refuse the title too, with another message: the parser stops it first. */
    @Test
    void shouldRefuseAStringLongerThanTheLimit() {
        String huge = "x".repeat(1_000_001);
        given().contentType(ContentType.JSON)
                .body("{\"materials\": [{\"kind\": \"TRAINER_GUIDE\", \"title\": \"" + huge + "\", \"url\": \"https://example.org/g\"}]}")
                .put("/modules/IW01/materials").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("materials[0].title"))
                .body("errors[0].message", equalTo("is longer than 1000000 characters"));
    }

    @Test
    void shouldAnswerATooLongRequestTargetWithAProblem() {
        given().get("/modules?process=" + "x".repeat(4100)).then().statusCode(414)
                .contentType("application/problem+json").body("status", equalTo(414));
        given().get("/modules/" + "x".repeat(4100)).then().statusCode(414)
                .contentType("application/problem+json");
        given().get("/modules?process=" + "x".repeat(4000)).then().statusCode(not(equalTo(414)));
    }
}
