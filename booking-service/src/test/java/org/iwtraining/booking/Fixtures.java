package org.iwtraining.booking;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Test data made through the API, with unique ids so tests never share rows. */
public final class Fixtures {

    private Fixtures() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String agency(String sector) {
        String code = unique("AG");
        given().contentType(ContentType.JSON).body(Map.of("code", code, "name", "Agency " + code, "sector", sector))
                .post("/agencies").then().statusCode(201);
        return code;
    }

    public static String person(String agency) {
        return person(agency, "PRACTITIONER");
    }

    public static String person(String agency, String audience) {
        String hrId = unique("HR");
        given().contentType(ContentType.JSON).body(personBody(agency, audience)).put("/people/" + hrId).then().statusCode(201);
        return hrId;
    }

    public static Map<String, Object> personBody(String agency, String audience) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("givenName", "Alex");
        body.put("familyName", "Smith");
        body.put("email", "alex@example.org");
        body.put("phone", "01234 567890");
        body.put("agencyCode", agency);
        body.put("audience", audience);
        body.put("shareContactConsent", true);
        return body;
    }

    /** A one-part session of the given modules, starting {@code daysAhead} days from now (negative: in the past). */
    public static Map<String, Object> sessionBody(List<String> modules, int capacity, double daysAhead) {
        Instant start = Instant.now().plus((long) (daysAhead * 24 * 60), ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Session " + unique("S"));
        body.put("venue", "Town Hall");
        body.put("moduleRefs", modules);
        body.put("capacity", capacity);
        body.put("startsAt", start.toString());
        body.put("endsAt", start.plus(3, ChronoUnit.HOURS).toString());
        return body;
    }

    public static String session(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/sessions").then().statusCode(201).extract().path("id");
    }

    public static String session(List<String> modules, int capacity, double daysAhead) {
        return session(sessionBody(modules, capacity, daysAhead));
    }

    public static Response book(String sessionId, String personId) {
        return given().contentType(ContentType.JSON).body(Map.of("personId", personId)).post("/sessions/" + sessionId + "/bookings");
    }

    public static String bookConfirmed(String sessionId, String personId) {
        return book(sessionId, personId).then().statusCode(201).extract().path("id");
    }
}
