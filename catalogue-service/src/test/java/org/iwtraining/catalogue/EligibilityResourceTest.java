package org.iwtraining.catalogue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class EligibilityResourceTest {

    private static ValidatableResponse post(String path, Object body) {
        return given().contentType(ContentType.JSON).body(body).post(path).then();
    }

    @Test
    void shouldOpenIW03AfterTheThreeIntroductions() {
        post("/eligibility", Map.of("modules", List.of("IW03"), "completed", List.of("IS01", "CAF01", "LP01"),
                "waived", List.of(), "audience", "PRACTITIONER"))
                .statusCode(200).body("eligible", equalTo(true)).body("missing", empty())
                .body("revision", notNullValue());
    }

    @Test
    void shouldListMinimalMissingSetsForASingleModule() {
        post("/eligibility", Map.of("module", "IW03", "audience", "PRACTITIONER"))
                .statusCode(200).body("eligible", equalTo(false))
                .body("missing", contains(List.of("IW02"), List.of("IS01", "CAF01", "LP01")));
    }

    @Test
    void shouldCountEarlierModulesOfASession() {
        post("/eligibility", Map.of("modules", List.of("IW01", "CAF01"), "audience", "PRACTITIONER"))
                .statusCode(200).body("eligible", equalTo(true));
        post("/eligibility", Map.of("modules", List.of("IS02", "LP02"), "completed", List.of("IW01"),
                "audience", "PRACTITIONER"))
                .statusCode(200).body("missing", contains(List.of("IS01", "LP01")));
    }

    @Test
    void shouldApplyTheManagersSubstitutionAndWaivers() {
        post("/eligibility", Map.of("module", "CAF02", "completed", List.of("IW01", "IW02"), "audience", "MIDDLE_MANAGER"))
                .statusCode(200).body("eligible", equalTo(true));
        post("/eligibility", Map.of("module", "CAF02", "completed", List.of("IW01", "IW02"), "audience", "ADMIN_STAFF"))
                .statusCode(200).body("eligible", equalTo(false)).body("missing", contains(List.of("CAF01")));
        post("/eligibility", Map.of("module", "IS05", "waived", List.of("IS05"), "audience", "TRAINER"))
                .statusCode(200).body("eligible", equalTo(true));
    }

    @Test
    void shouldRefuseUnknownRefsAndAudiencesNamingTheField() {
        post("/eligibility", Map.of("modules", List.of("IW01", "XX01"), "audience", "PRACTITIONER"))
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("modules[1]"));
        post("/eligibility", Map.of("module", "IW01", "completed", List.of("NOPE"), "audience", "PRACTITIONER"))
                .statusCode(400).body("errors[0].field", equalTo("completed[0]"));
        post("/eligibility", Map.of("module", "IW01", "waived", List.of(""), "audience", "PRACTITIONER"))
                .statusCode(400).body("errors[0].field", equalTo("waived[0]"));
        post("/eligibility", Map.of("module", "IW01", "audience", "ASTRONAUT"))
                .statusCode(400).body("errors[0].field", equalTo("audience"));
        post("/eligibility", Map.of("module", "IW01"))
                .statusCode(400).body("errors[0].field", equalTo("audience"));
        post("/eligibility", Map.of("audience", "PRACTITIONER"))
                .statusCode(400).body("errors[0].field", equalTo("modules"));
        post("/eligibility", Map.of("module", "IW01", "modules", List.of("IW01"), "audience", "PRACTITIONER"))
                .statusCode(400).body("errors[0].field", equalTo("module"));
    }

    @Test
    void shouldRefuseMalformedBodies() {
        post("/eligibility", "{\"module\": ").statusCode(400).contentType("application/problem+json");
        post("/eligibility", "{\"modules\": \"IW01\", \"audience\": \"PRACTITIONER\"}").statusCode(400);
        post("/eligibility", "{\"modules\": [1, {}], \"audience\": \"PRACTITIONER\"}").statusCode(400);
        given().contentType(ContentType.JSON).post("/eligibility").then().statusCode(400);
        post("/eligibility", "[]").statusCode(400);
        post("/eligibility/batch", "{\"checks\": [null]}").statusCode(400).body("errors[0].field", equalTo("checks[0]"));
    }

    @Test
    void shouldRefuseAHugePayloadWithoutReadingIt() {
        String huge = "{\"audience\": \"PRACTITIONER\", \"modules\": [\"" + "X".repeat(3 * 1024 * 1024) + "\"]}";
        post("/eligibility", huge).statusCode(413);
    }

    @Test
    void shouldAnswerABatchInOrder() {
        post("/eligibility/batch", Map.of("checks", List.of(
                Map.of("module", "IW03", "audience", "OPERATIONAL_MANAGER", "completed", List.of("IW01", "IW02")),
                Map.of("module", "IW03", "audience", "PRACTITIONER"),
                Map.of("modules", List.of("IW01", "IS01", "IS02"), "audience", "PRACTITIONER"))))
                .statusCode(200)
                .body("revision", notNullValue())
                .body("results", hasSize(3))
                .body("results[0].eligible", equalTo(true))
                .body("results[1].eligible", equalTo(false))
                .body("results[1].missing", contains(List.of("IW02"), List.of("IS01", "CAF01", "LP01")))
                .body("results[2].eligible", equalTo(true));
    }

    @Test
    void shouldNameTheFieldOfABadCheckInABatch() {
        post("/eligibility/batch", Map.of("checks", List.of(
                Map.of("module", "IW01", "audience", "PRACTITIONER"),
                Map.of("modules", List.of("IW01", "ZZ09"), "audience", "PRACTITIONER"))))
                .statusCode(400).body("errors[0].field", equalTo("checks[1].modules[1]"));
        post("/eligibility/batch", Map.of()).statusCode(400).body("errors[0].field", equalTo("checks"));
    }

    @Test
    void shouldRefuseABatchOfMoreThanAThousandChecks() {
        List<Map<String, Object>> checks = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            checks.add(Map.of("module", "IW01", "audience", "PRACTITIONER"));
        }
        post("/eligibility/batch", Map.of("checks", checks))
                .statusCode(422).body("code", equalTo("BATCH_TOO_LARGE"));
        post("/eligibility/batch", Map.of("checks", checks.subList(0, 1000)))
                .statusCode(200).body("results", hasSize(1000));
    }
}
