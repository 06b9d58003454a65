package org.iwtraining.catalogue;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.iwtraining.conventions.testing.ConditionalGets;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class CourseResourceTest {

    private static Map<String, Object> course(String process, List<String> audiences, List<String> modules) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Course " + UUID.randomUUID());
        body.put("process", process);
        body.put("audiences", audiences);
        body.put("modules", modules);
        return body;
    }

    private static ValidatableResponse post(Object body) {
        return given().contentType(ContentType.JSON).body(body).post("/courses").then();
    }

    @Test
    void shouldCreateAValidCourseWithDurationAndEntryRequirements() {
        var response = post(course("CAF", List.of("PRACTITIONER"), List.of("IW01", "CAF01", "CAF02", "IS02")))
                .statusCode(201)
                .body("minMinutes", equalTo(30 + 30 + 300 + 300))
                .body("maxMinutes", equalTo(660))
                .body("modulesWithoutDuration", empty())
                .body("entryRequirements", equalTo("IS01"))
                .body("violations", empty())
                .body("version", equalTo(1))
                .body("createdAt", notNullValue())
                .extract();
        String id = response.path("id");
        assertTrue(response.header("Location").endsWith("/courses/" + id));
        given().get("/courses/" + id).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("modules", contains("IW01", "CAF01", "CAF02", "IS02"))
                .body("process", equalTo("CAF"));
        ConditionalGets.assertNotModifiedOnMatch("/courses/" + id);
    }

    @Test
    void shouldComputeEntryRequirementsLeftByEarlierModules() {
        post(course("IW", List.of("OPERATIONAL_MANAGER"), List.of("IW01", "IS01", "IW03")))
                .statusCode(201).body("entryRequirements", equalTo("IW02 OR (CAF01 AND LP01)"));
        post(course("ISI", List.of("PRACTITIONER"), List.of("IW01", "ISI01", "ISI02")))
                .statusCode(201).body("entryRequirements", nullValue())
                .body("modulesWithoutDuration", contains("ISI01", "ISI02")).body("minMinutes", equalTo(30));
    }

    @Test
    void shouldRefuseACourseWithoutIW01() {
        post(course("IS", List.of("PRACTITIONER"), List.of("IS01", "IS02")))
                .statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("COURSE_RULES_BROKEN"))
                .body("violations.rule", contains("IW01_REQUIRED"));
    }

    @Test
    void shouldRefuseACourseWithoutItsProcesssIntroduction() {
        post(course("CAF", List.of("PRACTITIONER"), List.of("IW01", "CAF02")))
                .statusCode(422).body("violations.rule", contains("INTRODUCTION_REQUIRED"));
    }

    @Test
    void shouldAcceptIW02AsTheIntroductionOnlyForAManagersOnlyCourse() {
        post(course("CAF", List.of("MIDDLE_MANAGER", "STRATEGIC_MANAGER"), List.of("IW01", "IW02", "CAF02")))
                .statusCode(201).body("entryRequirements", equalTo("CAF01"));
        post(course("CAF", List.of("MIDDLE_MANAGER", "PRACTITIONER"), List.of("IW01", "IW02", "CAF02")))
                .statusCode(422).body("violations.rule", contains("INTRODUCTION_REQUIRED"));
    }

    @Test
    void shouldRefuseAModuleBeforeOneItsPrerequisiteNames() {
        post(course("IW", List.of("TRAINER"), List.of("IW02", "IW01")))
                .statusCode(422).body("violations.rule", contains("PREREQUISITE_ORDER"));
    }

    @Test
    void shouldStoreAnOverriddenCourseWithTheRulesItBreaks() {
        Map<String, Object> body = course("IS", List.of("PRACTITIONER"), List.of("IS02", "IS01"));
        body.put("overrideReason", "Refresher for staff who did IW01 last year");
        String id = post(body).statusCode(201)
                .body("violations", contains("IW01_REQUIRED", "PREREQUISITE_ORDER"))
                .body("overrideReason", equalTo("Refresher for staff who did IW01 last year"))
                .extract().path("id");
        given().get("/courses/" + id).then().statusCode(200)
                .body("violations", hasSize(2)).body("entryRequirements", equalTo("IS01 AND IW01"));
    }

    @Test
    void shouldRefuseBadInputNamingTheField() {
        post(course("XX", List.of("PRACTITIONER"), List.of("IW01"))).statusCode(400)
                .body("errors[0].field", equalTo("process"));
        post(course("IW", List.of("PRACTITIONER", "NOBODY"), List.of("IW01"))).statusCode(400)
                .body("errors[0].field", equalTo("audiences[1]"));
        post(course("IW", List.of("PRACTITIONER"), List.of("IW01", "ZZ01"))).statusCode(400)
                .body("errors[0].field", equalTo("modules[1]"));
        post(course("IW", List.of("PRACTITIONER"), List.of("IW01", "IW01"))).statusCode(400)
                .body("errors[0].field", equalTo("modules[1]"));
        post(course("IW", List.of("PRACTITIONER"), List.of())).statusCode(400);
        Map<String, Object> untitled = course("IW", List.of("PRACTITIONER"), List.of("IW01"));
        untitled.put("title", "");
        post(untitled).statusCode(400).body("errors[0].field", equalTo("title"));
        Map<String, Object> blankReason = course("IW", List.of("PRACTITIONER"), List.of("IW01"));
        blankReason.put("overrideReason", "  ");
        post(blankReason).statusCode(400).body("errors[0].field", equalTo("overrideReason"));
        post("{\"title\": 5, \"modules\": \"IW01\"}").statusCode(400);
    }

    @Test
    void shouldAnswer404ForAnUnknownCourse() {
        given().get("/courses/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldPageCourses() {
        for (int i = 0; i < 3; i++) {
            post(course("IW", List.of("PRACTITIONER"), List.of("IW01"))).statusCode(201);
        }
        String next = given().queryParam("limit", 2).get("/courses").then().statusCode(200)
                .body("items", hasSize(2)).body("next", notNullValue()).extract().path("next");
        String firstOfSecondPage = given().queryParam("limit", 2).queryParam("cursor", next).get("/courses").then()
                .statusCode(200).extract().path("items[0].id");
        List<String> firstPage = given().queryParam("limit", 2).get("/courses").then().extract().path("items.id");
        assertFalse(firstPage.contains(firstOfSecondPage));
        given().queryParam("cursor", "garbage!").get("/courses").then().statusCode(400);
    }
}
