package org.iwtraining.followup.rest;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Data each test makes for itself, through the API, with ids no other test uses. */
final class Fixtures {

    private Fixtures() {
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> followup(String personId, String moduleRef, String process, String trainingEndedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("personId", personId);
        body.put("name", "Trainer " + personId);
        body.put("email", personId + "@example.org");
        body.put("phone", "01632 960000");
        body.put("agencyCode", "AG-HEALTH");
        body.put("moduleRef", moduleRef);
        body.put("process", process);
        body.put("sessionId", unique("session"));
        body.put("trainingEndedOn", trainingEndedOn);
        return body;
    }

    static JsonPath open(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/followups")
                .then().statusCode(201).extract().jsonPath();
    }

    /** A fresh case of a fresh person on IW05 (the IW train-the-trainer module). */
    static JsonPath openCase(String trainingEndedOn) {
        return open(followup(unique("person"), "IW05", "IW", trainingEndedOn));
    }

    static JsonPath openCase(String trainingEndedOn, String callerId) {
        Map<String, Object> body = followup(unique("person"), "IW05", "IW", trainingEndedOn);
        body.put("callerId", callerId);
        return open(body);
    }

    static String caller(String managerEmail) {
        return caller(managerEmail, unique("subject"));
    }

    /** A caller whose token's {@code sub} is {@code subject}; its id. */
    static String caller(String managerEmail, String subject) {
        Map<String, Object> body = new HashMap<>();
        String name = unique("caller");
        body.put("subject", subject);
        body.put("name", name);
        body.put("email", name + "@example.org");
        if (managerEmail != null) {
            body.put("managerEmail", managerEmail);
        }
        return given().contentType(ContentType.JSON).body(body).post("/callers")
                .then().statusCode(201).extract().path("id");
    }

    static JsonPath call(String caseId, String outcome, String calledAt) {
        return given().contentType(ContentType.JSON).body(Map.of("outcome", outcome, "calledAt", calledAt,
                "notes", "spoke to the trainer", "materialsFeedback", "colleagues like the slides"))
                .post("/followups/" + caseId + "/calls").then().statusCode(201).extract().jsonPath();
    }
}
