package org.iwtraining.conventions.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.ValidatableResponse;

/** Checks a GET that sends an ETag answers {@code If-None-Match} as RFC 9110 §13.1.2 says. */
public final class ConditionalGets {

    private ConditionalGets() {
    }

    /**
     * The path's strong ETag, asserting on the way that naming it (alone, weakly, in a list, or {@code *}) gives 304
     * without a body and with the same ETag, and that another tag gives the whole 200.
     */
    public static String assertNotModifiedOnMatch(String path) {
        String etag = given().get(path).then().statusCode(200).header("ETag", startsWith("\"")).extract().header("ETag");
        for (String ifNoneMatch : new String[] { etag, "W/" + etag, "\"other\", " + etag, "*" }) {
            notModified(given().header("If-None-Match", ifNoneMatch).get(path).then(), etag);
        }
        given().header("If-None-Match", "\"other\"").get(path).then().statusCode(200).header("ETag", equalTo(etag))
                .body(not(emptyString()));
        return etag;
    }

    public static ValidatableResponse notModified(ValidatableResponse response, String etag) {
        return response.statusCode(304).header("ETag", equalTo(etag)).body(emptyString());
    }
}
