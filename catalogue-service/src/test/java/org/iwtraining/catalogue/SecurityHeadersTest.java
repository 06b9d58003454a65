package org.iwtraining.catalogue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.iwtraining.conventions.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class SecurityHeadersTest {

    @Test
    void shouldSayNosniffOnEveryResponse() {
        given().get("/modules").then().statusCode(200).header("X-Content-Type-Options", "nosniff");
        given().get("/modules/NO-SUCH").then().statusCode(404).header("X-Content-Type-Options", "nosniff");
        Tokens.anonymous().get("/modules").then().statusCode(401).header("X-Content-Type-Options", "nosniff");
        Tokens.anonymous().get("/q/health").then().statusCode(200).header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void shouldForbidStoringWhatAnAuditedOperationAnswers() {
        given().get("/audit").then().statusCode(200).header("Cache-Control", "no-store");
        // refused before any change, still no-store
        given().contentType(ContentType.JSON).body("{\"materials\": [{\"kind\": \"NO-SUCH-KIND\"}]}")
                .put("/modules/IW01/materials").then().statusCode(400).header("Cache-Control", "no-store");
        given().get("/modules").then().statusCode(200).header("Cache-Control", not(equalTo("no-store")));
    }

    @Test
    void shouldAllowNoCrossOriginCaller() {
        Tokens.anonymous().header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "GET")
                .options("/modules").then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://elsewhere.example").get("/modules").then()
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
