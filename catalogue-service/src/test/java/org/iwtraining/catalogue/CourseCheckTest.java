package org.iwtraining.catalogue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** POST /courses/check (the course rules on a module list, nothing stored) and the plan-aware audience filter. */
@QuarkusTest
class CourseCheckTest {

    private static ValidatableResponse check(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/courses/check").then();
    }

    private static Map<String, Object> modules(String... refs) {
        Map<String, Object> body = new HashMap<>();
        body.put("modules", List.of(refs));
        return body;
    }

    @Test
    void shouldFlagAPrerequisiteDeliveredLaterAndAOneHourSlotForFiveAndAHalfHours() {
        Map<String, Object> body = modules("IS02", "IS01");
        body.put("partMinutes", List.of(60));
        check(body).statusCode(200)
                .body("ok", equalTo(false))
                .body("violations.rule", hasItems("PREREQUISITE_ORDER", "DURATION_EXCEEDS_PARTS"))
                .body("violations.rule", not(hasItem("IW01_REQUIRED")))
                .body("minMinutes", equalTo(330))
                .body("availableMinutes", equalTo(60));
    }

    @Test
    void shouldListUnmetPrerequisitesAsEntryRequirementsWithoutIntroductionRulesForAPart() {
        Map<String, Object> body = modules("IS02");
        body.put("partMinutes", List.of(150, 150));
        check(body).statusCode(200)
                .body("ok", equalTo(true))
                .body("violations", empty())
                .body("entryRequirements", equalTo("IS01"))
                .body("availableMinutes", equalTo(300));
    }

    @Test
    void shouldApplyIw01AndIntroductionRulesOnlyToAWholeCourse() {
        Map<String, Object> body = modules("CAF02");
        body.put("wholeCourse", true);
        body.put("process", "CAF");
        check(body).statusCode(200)
                .body("violations.rule", contains("IW01_REQUIRED", "INTRODUCTION_REQUIRED"));
        body.remove("wholeCourse");
        check(body).statusCode(200).body("violations", empty()).body("entryRequirements", equalTo("CAF01"));
    }

    @Test
    void shouldNameModulesWithoutDurationAndCountThemZero() {
        check(modules("ISI02")).statusCode(200)
                .body("modulesWithoutDuration", contains("ISI02"))
                .body("minMinutes", equalTo(0));
    }

    @Test
    void shouldAcceptAConsecutiveRunOfACourseAndRefuseOneOutOfOrder() {
        Map<String, Object> course = new HashMap<>();
        course.put("title", "CAF " + UUID.randomUUID());
        course.put("process", "CAF");
        course.put("audiences", List.of("PRACTITIONER"));
        course.put("modules", List.of("IW01", "CAF01", "CAF02"));
        String id = given().contentType(ContentType.JSON).body(course).post("/courses").then().statusCode(201)
                .extract().path("id");
        Map<String, Object> run = modules("CAF01", "CAF02");
        run.put("courseId", id);
        check(run).statusCode(200).body("violations", empty());
        Map<String, Object> gap = modules("IW01", "CAF02");
        gap.put("courseId", id);
        check(gap).statusCode(200).body("violations.rule", contains("COURSE_SEQUENCE"));
        Map<String, Object> unknown = modules("IW01");
        unknown.put("courseId", "no-such-course");
        check(unknown).statusCode(400).body("errors[0].field", equalTo("courseId"));
    }

    @Test
    void shouldRefuseAnUnknownModuleNamingItsPlace() {
        check(modules("IW01", "XX99")).statusCode(400).body("errors[0].field", equalTo("modules[1]"));
        Map<String, Object> whole = modules("IW01");
        whole.put("wholeCourse", true);
        check(whole).statusCode(400).body("errors[0].field", equalTo("process"));
    }

    @Test
    void shouldListPlannedModulesUnderTheAudienceFilterLeavingModuleAudiencesAlone() {
        given().queryParam("audience", "TRAINER").queryParam("limit", 500).get("/modules").then().statusCode(200)
                .body("items.ref", hasItems("IW02", "IW05", "CAF03"));
        given().queryParam("audience", "ADVISOR").queryParam("limit", 500).get("/modules").then().statusCode(200)
                .body("items.ref", hasItems("CAF02", "LP02"));
        given().queryParam("audience", "ADMIN_STAFF").queryParam("limit", 500).get("/modules").then().statusCode(200)
                .body("items.ref", hasItem("IW02"));
        given().get("/modules/IW02").then().statusCode(200)
                .body("audiences", not(hasItem("TRAINER")))
                .body("description", containsString("shorter alternative"));
        given().queryParam("audience", "PRACTITIONER").queryParam("limit", 500).get("/modules").then().statusCode(200)
                .body("items.ref", not(hasItem("IW02")));
        check(modules("IW01")).statusCode(200).body("entryRequirements", nullValue());
    }
}
