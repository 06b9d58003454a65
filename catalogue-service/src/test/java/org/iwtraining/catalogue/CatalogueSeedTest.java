package org.iwtraining.catalogue;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;

/** The seed (iw-training-strategy.txt) is in the catalogue as data, field by field. */
@QuarkusTest
class CatalogueSeedTest {

    @Test
    void shouldHoldAll26ModulesInCatalogueOrder() {
        // Modules other tests add are named TST… and sit in the last column, after the seed's.
        given().get("/modules").then().statusCode(200)
                .header("ETag", notNullValue())
                // the last page: next is absent, not null (nulls are omitted everywhere)
                .body("$", not(hasKey("next")))
                .body("items.findAll { !it.ref.startsWith('TST') }.ref", contains("IW01", "IW02", "IW03", "IW04", "IW05", "IS01", "IS02", "IS03", "IS04",
                        "IS05", "CAF01", "CAF02", "CAF03", "LP01", "LP02", "LP03", "ISI01", "ISI02", "ISI03", "ISI04",
                        "ISI05", "ISI06", "ISI07", "ISI08", "ISI09", "ISI10"));
    }

    @Test
    void shouldCarryTheSeedsDurations() {
        given().get("/modules/IW01").then().statusCode(200)
                .body("minMinutes", equalTo(30)).body("maxMinutes", equalTo(30))
                .body("optionalExtra", equalTo(true)).body("parts", equalTo(1));
        given().get("/modules/IS02").then()
                .body("minMinutes", equalTo(300)).body("maxMinutes", equalTo(300)).body("parts", equalTo(2));
        given().get("/modules/CAF02").then().body("minMinutes", equalTo(300)).body("parts", equalTo(2));
        given().get("/modules/LP02").then().body("minMinutes", equalTo(120)).body("maxMinutes", equalTo(180));
        given().get("/modules/IS03").then().body("minMinutes", equalTo(240)).body("maxMinutes", equalTo(300));
        given().get("/modules/IS04").then().body("minMinutes", equalTo(30)).body("maxMinutes", equalTo(60));
        given().get("/modules/LP01").then().body("minMinutes", equalTo(30)).body("maxMinutes", equalTo(40))
                .body("optionalExtra", equalTo(false));
        given().get("/modules/CAF03").then().body("minMinutes", equalTo(330)).body("maxMinutes", equalTo(330));
        given().get("/modules/IW02").then().body("minMinutes", equalTo(60)).body("optionalExtra", equalTo(true));
    }

    /** Appendix 2, module by module: duration, parts, optional extra, prerequisite, waivable, flags. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            IW01  | 30  | 30  | 1 | true  | -                                 | false | false | false
            IW02  | 60  | 60  | 1 | true  | IW01                              | false | false | true
            IW03  | 120 | 180 | 1 | false | IW02 OR (IS01 AND CAF01 AND LP01) | false | false | false
            IW04  | 120 | 180 | 1 | false | IW01                              | false | false | true
            IW05  | 120 | 180 | 1 | false | IW02                              | false | true  | false
            IS01  | 30  | 30  | 1 | true  | IW01                              | false | false | false
            IS02  | 300 | 300 | 2 | false | IS01                              | false | false | false
            IS03  | 240 | 300 | 1 | false | IS01 AND IS02                     | false | false | false
            IS04  | 30  | 60  | 1 | false | IW01                              | false | false | false
            IS05  | 300 | 300 | 1 | false | IS01 AND IS02 AND IS03            | true  | true  | false
            CAF01 | 30  | 30  | 1 | true  | IW01                              | false | false | false
            CAF02 | 300 | 300 | 2 | false | CAF01                             | false | false | false
            CAF03 | 330 | 330 | 1 | false | -                                 | false | true  | false
            LP01  | 30  | 40  | 1 | false | IW01                              | false | false | false
            LP02  | 120 | 180 | 1 | false | LP01                              | false | false | false
            """)
    void shouldCarryEachDefinedModuleAsTheSeedDescribesIt(String ref, int min, int max, int parts, boolean optionalExtra,
            String prerequisite, boolean waivable, boolean trainTheTrainer, boolean keepAudiencesApart) {
        given().get("/modules/" + ref).then().statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("minMinutes", equalTo(min)).body("maxMinutes", equalTo(max)).body("parts", equalTo(parts))
                .body("optionalExtra", equalTo(optionalExtra))
                .body("prerequisite", equalTo(prerequisite))
                .body("waivable", equalTo(waivable))
                .body("trainTheTrainer", equalTo(trainTheTrainer))
                .body("keepAudiencesApart", equalTo(keepAudiencesApart))
                .body("learningObjectives", not(empty())).body("content", not(empty()))
                .body("deliveryMechanisms", not(empty())).body("developmentResponsibility", notNullValue())
                .body("description", notNullValue()).body("version", equalTo(1));
    }

    @Test
    void shouldCarryTheSeedsPrerequisitesAndRecommendations() {
        given().get("/modules/IW03").then().body("prerequisite", equalTo("IW02 OR (IS01 AND CAF01 AND LP01)"))
                .body("recommended", empty());
        given().get("/modules/IS05").then().body("prerequisite", equalTo("IS01 AND IS02 AND IS03"))
                .body("waivable", equalTo(true));
        given().get("/modules/IW04").then().body("prerequisite", equalTo("IW01")).body("recommended", contains("IW02"));
        given().get("/modules/IS04").then().body("prerequisite", equalTo("IW01")).body("recommended", contains("IS01"));
        given().get("/modules/CAF03").then().body("prerequisite", nullValue())
                .body("recommended", contains("CAF01", "CAF02"));
        given().get("/modules/IS03").then().body("prerequisite", equalTo("IS01 AND IS02"));
        given().get("/modules/IW05").then().body("prerequisite", equalTo("IW02"));
        given().get("/modules/CAF02").then().body("prerequisite", equalTo("CAF01"));
        given().get("/modules/IW01").then().body("prerequisite", nullValue()).body("waivable", equalTo(false));
    }

    @Test
    void shouldCarryTheSeedsAudiencesAndFlags() {
        given().get("/modules/IW01").then().body("audiences", hasSize(7));
        given().get("/modules/IS02").then()
                .body("audiences", containsInAnyOrder("PRACTITIONER", "ADVISOR", "TRAINER"))
                .body("optionalFor", contains("OPERATIONAL_MANAGER"));
        given().get("/modules/IS03").then().body("optionalFor", containsInAnyOrder("PRACTITIONER", "OPERATIONAL_MANAGER"));
        given().get("/modules/IW02").then()
                .body("keepAudiencesApart", equalTo(true))
                .body("standsInPlaceOf", contains("IS01", "CAF01", "LP01", "ISI01"))
                .body("audiences", containsInAnyOrder("OPERATIONAL_MANAGER", "MIDDLE_MANAGER", "STRATEGIC_MANAGER"));
        given().get("/modules/IW04").then().body("keepAudiencesApart", equalTo(true))
                .body("audiences", containsInAnyOrder("STRATEGIC_MANAGER", "MIDDLE_MANAGER"));
        given().get("/modules/IS04").then().body("audiences", contains("ADMIN_STAFF"))
                .body("developmentResponsibility", equalTo("LAs and practitioner organisations"));
        given().get("/modules/CAF01").then().body("learningObjectives", hasSize(3))
                .body("deliveryMechanisms", contains("Classroom (presentation and facilitated discussion)"))
                .body("developmentResponsibility", equalTo("CAF Policy Team"));
        given().get("/modules/IS02").then().body("content", hasSize(13));
    }

    @Test
    void shouldFlagTheFiveTrainTheTrainerModules() {
        given().queryParam("trainTheTrainer", true).get("/modules").then().statusCode(200)
                .body("items.ref", contains("IW05", "IS05", "CAF03", "LP03", "ISI10"));
    }

    @Test
    void shouldListPendingModulesWithNamesAndNullDurations() {
        given().queryParam("status", "DEFINITION_PENDING").get("/modules").then().statusCode(200)
                .body("items", hasSize(11))
                .body("items.minMinutes", everyItem(nullValue()))
                .body("items.find { it.ref == 'ISI05' }.name", equalTo("Providing Mediated Access to IS Index"))
                .body("items.find { it.ref == 'ISI06' }.name", equalTo("Managing the IS Index"));
    }

    @Test
    void shouldFilterByProcessAndAudience() {
        given().queryParam("process", "LP").get("/modules").then().body("items.ref", contains("LP01", "LP02", "LP03"));
        // intended audiences, and the admin staff's Appendix 1 plan row (IW02, ISI01, ISI08, ISI09)
        given().queryParam("audience", "ADMIN_STAFF").get("/modules").then()
                .body("items.ref", contains("IW01", "IW02", "IS01", "IS04", "CAF01", "LP01", "ISI01", "ISI08", "ISI09"));
    }

    @Test
    void shouldRefuseUnknownFilterValuesNamingTheField() {
        given().queryParam("process", "XX").get("/modules").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("process"));
        given().queryParam("audience", "NOBODY").get("/modules").then().statusCode(400)
                .body("errors[0].field", equalTo("audience"));
        given().queryParam("status", "GONE").get("/modules").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        given().queryParam("trainTheTrainer", "perhaps").get("/modules").then().statusCode(400);
        given().queryParam("limit", 0).get("/modules").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().queryParam("limit", "many").get("/modules").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().queryParam("limit", "99999999999").get("/courses").then().statusCode(400).body("errors[0].field", equalTo("limit"));
    }

    @Test
    void shouldPageModulesWithACursor() {
        String next = given().queryParam("limit", 10).get("/modules").then().statusCode(200)
                .body("items", hasSize(10)).body("items[9].ref", equalTo("IS05"))
                .extract().path("next");
        given().queryParam("limit", 10).queryParam("cursor", next).get("/modules").then().statusCode(200)
                .body("items[0].ref", equalTo("CAF01"));
    }

    @Test
    void shouldAnswerNotModifiedForTheCurrentRevision() {
        String etag = given().get("/modules").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get("/modules").then().statusCode(304);
        String revision = given().get("/revision").then().statusCode(200).extract().path("revision");
        assertEquals("\"" + revision + "\"", etag);
    }

    @Test
    void shouldAnswer404ProblemForUnknownModule() {
        given().get("/modules/XX99").then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void shouldHoldThePlanExactlyAsAppendix1() {
        given().get("/plan/PRACTITIONER").then().statusCode(200)
                .body("cells.process", contains("IW", "IS", "CAF", "LP", "ISI"))
                .body("cells[0].modules", contains("IW01"))
                .body("cells[4].modules", contains("ISI01", "ISI02", "ISI03", "ISI04"));
        given().get("/plan/ADMIN_STAFF").then()
                .body("cells[0].modules", contains("IW01", "IW02", "IS04"))
                .body("cells[1].modules", empty())
                .body("cells[4].modules", contains("ISI01", "ISI08", "ISI09"));
        given().get("/plan/MIDDLE_MANAGER").then()
                .body("planRow", equalTo("Strategic / Senior / Middle managers"))
                .body("cells[0].modules", contains("IW01", "IW02", "IW04"))
                .body("cells[2].modules", empty());
        given().get("/plan/TRAINER").then().body("cells[1].modules", contains("IS01", "IS02", "IS03", "IS05"));
        given().get("/plan/OPERATIONAL_MANAGER").then().body("cells[4].modules", contains("ISI01", "ISI06"));
        given().get("/plan").then().statusCode(200).body("rows", hasSize(7))
                .body("rows.audience", hasItem("STRATEGIC_MANAGER"));
        given().get("/plan/NOBODY").then().statusCode(404);
    }

    @Test
    void shouldServeTheReferenceLists() {
        given().get("/processes").then().statusCode(200).body("items.code", contains("IW", "IS", "CAF", "LP", "ISI"));
        given().get("/audiences").then().statusCode(200).body("items.code", contains("PRACTITIONER", "TRAINER",
                "OPERATIONAL_MANAGER", "STRATEGIC_MANAGER", "MIDDLE_MANAGER", "ADVISOR", "ADMIN_STAFF"));
        given().get("/common-messages").then().statusCode(200).body("items", hasSize(4))
                .body("items[2].points", hasSize(7));
        given().get("/course-template").then().statusCode(200).body("items", hasSize(8))
                .body("items[0].text", equalTo("Introduction to course (course content and objectives)"));
        given().get("/material-kinds").then().statusCode(200).body("items.code",
                contains("COURSE_OUTLINE", "COURSE_SPECIFICATION", "TRAINING_MATERIALS", "TRAINER_GUIDE"));
        given().get("/sources").then().statusCode(200).body("items", hasSize(6))
                .body("items[1].url", equalTo("http://www.ecm.gov.uk/informationsharing"));
    }
}
