package org.iwtraining.catalogue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class RouteResourceTest {

    @ParameterizedTest
    @ValueSource(strings = { "PRACTITIONER", "TRAINER", "OPERATIONAL_MANAGER", "STRATEGIC_MANAGER", "MIDDLE_MANAGER",
            "ADVISOR", "ADMIN_STAFF" })
    void shouldOrderEveryAudiencesRouteSoEachModuleIsOpenAfterThoseBefore(String audience) {
        JsonPath route = given().get("/routes/" + audience).then().statusCode(200).extract().jsonPath();
        List<String> refs = route.getList("modules.ref");
        Set<String> plan = new HashSet<>(given().get("/plan/" + audience).then().extract().jsonPath()
                .getList("cells.modules.flatten()"));
        assertTrue(refs.containsAll(plan), "the route holds the whole plan row");
        for (int i = 0; i < refs.size(); i++) {
            Map<String, Object> question = Map.of("modules", refs.subList(0, i + 1), "audience", audience);
            given().contentType(ContentType.JSON).body(question).post("/eligibility").then()
                    .statusCode(200).body("eligible", equalTo(true));
        }
    }

    @Test
    void shouldTakeThePlansBranchOfIW03ForOperationalManagers() {
        given().get("/routes/OPERATIONAL_MANAGER").then().statusCode(200)
                .body("modules.ref", contains("IW01", "IS01", "IS02", "IS03", "CAF01", "CAF02", "LP01", "IW03", "LP02",
                        "ISI01", "ISI06"))
                .body("modules.find { it.ref == 'IW03' }.requires", contains("IS01", "CAF01", "LP01"))
                .body("modules.inPlan.unique()", contains(true));
    }

    @Test
    void shouldFollowTheColumnOrderWhenPrerequisitesAllowIt() {
        given().get("/routes/PRACTITIONER").then().statusCode(200)
                .body("modules.ref", contains("IW01", "IS01", "IS02", "CAF01", "CAF02", "LP01", "LP02", "ISI01", "ISI02",
                        "ISI03", "ISI04"))
                .body("minMinutes", equalTo(30 + 30 + 300 + 30 + 300 + 30 + 120))
                .body("maxMinutes", equalTo(30 + 30 + 300 + 30 + 300 + 40 + 180))
                .body("modulesWithoutDuration", contains("ISI01", "ISI02", "ISI03", "ISI04"));
    }

    @Test
    void shouldAnswer404ForAnUnknownAudience() {
        given().get("/routes/ASTRONAUT").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldListTheRemainingStepsWithWhetherEachIsOpen() {
        given().contentType(ContentType.JSON)
                .body(Map.of("audience", "PRACTITIONER", "completed", List.of("IW01", "IS01")))
                .post("/next-steps").then().statusCode(200)
                .body("modules.ref", contains("IS02", "CAF01", "CAF02", "LP01", "LP02", "ISI01", "ISI02", "ISI03", "ISI04"))
                .body("modules.open", contains(true, true, false, true, false, true, true, true, true))
                .body("modules[2].missing", contains(List.of("CAF01")))
                .body("minMinutes", equalTo(300 + 30 + 300 + 30 + 120))
                .body("maxMinutes", equalTo(300 + 30 + 300 + 40 + 180))
                .body("modulesWithoutDuration", contains("ISI01", "ISI02", "ISI03", "ISI04"));
    }

    @Test
    void shouldCountAManagersIW02AsTheIntroductionsInNextSteps() {
        given().contentType(ContentType.JSON)
                .body(Map.of("audience", "OPERATIONAL_MANAGER", "completed", List.of("IW01", "IW02")))
                .post("/next-steps").then().statusCode(200)
                .body("modules.ref", contains("IS02", "IS03", "CAF02", "IW03", "LP02", "ISI06"))
                .body("modules.open", contains(true, false, true, true, true, true));
    }

    @Test
    void shouldRefuseNextStepsForUnknownRefsOrAudience() {
        given().contentType(ContentType.JSON).body(Map.of("audience", "PRACTITIONER", "completed", List.of("IW01", "XX")))
                .post("/next-steps").then().statusCode(400).body("errors[0].field", equalTo("completed[1]"));
        given().contentType(ContentType.JSON).body(Map.of("completed", List.of()))
                .post("/next-steps").then().statusCode(400).body("errors[0].field", equalTo("audience"));
    }
}
