package org.iwtraining.booking;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(ExternalServicesStub.class)
class AgencyAndPersonResourceTest {

    @Test
    void shouldCreateAgencyAndRefuseDuplicate() {
        String code = Fixtures.unique("AG");
        given().contentType(ContentType.JSON).body(Map.of("code", code, "name", "Northshire Police", "sector", "POLICE"))
                .post("/agencies").then().statusCode(201).header("Location", endsWith("/agencies/" + code))
                .body("sector", equalTo("POLICE"));
        given().contentType(ContentType.JSON).body(Map.of("code", code, "name", "Again", "sector", "POLICE"))
                .post("/agencies").then().statusCode(409).body("code", equalTo("AGENCY_EXISTS"));
        given().get("/agencies/" + code).then().statusCode(200).body("name", equalTo("Northshire Police"));
    }

    @Test
    void shouldUpsertAgencyByCode() {
        String code = Fixtures.unique("AG");
        given().contentType(ContentType.JSON).body(Map.of("name", "St Mary's School", "sector", "EDUCATION"))
                .put("/agencies/" + code).then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("name", "St Mary's Academy", "sector", "EDUCATION"))
                .put("/agencies/" + code).then().statusCode(200).body("name", equalTo("St Mary's Academy"));
        given().contentType(ContentType.JSON).header("If-Match", "\"99\"").body(Map.of("name", "X", "sector", "EDUCATION"))
                .put("/agencies/" + code).then().statusCode(412);
    }

    @Test
    void shouldRefuseUnknownSectorNamingTheField() {
        given().contentType(ContentType.JSON).body(Map.of("code", Fixtures.unique("AG"), "name", "X", "sector", "SPACE"))
                .post("/agencies").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("sector"));
    }

    @Test
    void shouldAnswerCreatedThenUpdatedThenUnchanged() {
        String agency = Fixtures.agency("HEALTH");
        String hrId = Fixtures.unique("HR");
        Map<String, Object> body = Fixtures.personBody(agency, "PRACTITIONER");
        long version = ((Number) given().contentType(ContentType.JSON).body(body).put("/people/" + hrId).then().statusCode(201)
                .header("Location", endsWith("/people/" + hrId)).extract().path("version")).longValue();
        given().contentType(ContentType.JSON).body(body).put("/people/" + hrId).then().statusCode(200)
                .body("version", equalTo((int) version));
        body.put("familyName", "Jones");
        given().contentType(ContentType.JSON).body(body).put("/people/" + hrId).then().statusCode(200)
                .body("familyName", equalTo("Jones")).body("version", equalTo((int) version + 1));
        given().get("/people/" + hrId).then().statusCode(200).body("agencyCode", equalTo(agency)).body("leftAt", nullValue());
    }

    @Test
    void shouldRefuseBadPersonData() {
        String agency = Fixtures.agency("HEALTH");
        Map<String, Object> body = Fixtures.personBody(agency, "ASTRONAUT");
        given().contentType(ContentType.JSON).body(body).put("/people/" + Fixtures.unique("HR")).then().statusCode(400)
                .body("errors.field", hasItem("audience"));
        body = Fixtures.personBody("NO-SUCH-AGENCY", "PRACTITIONER");
        given().contentType(ContentType.JSON).body(body).put("/people/" + Fixtures.unique("HR")).then().statusCode(422)
                .body("code", equalTo("UNKNOWN_AGENCY"));
        body = Fixtures.personBody(agency, "PRACTITIONER");
        body.put("email", "not-an-email");
        body.put("givenName", "");
        given().contentType(ContentType.JSON).body(body).put("/people/" + Fixtures.unique("HR")).then().statusCode(400)
                .body("errors.field", contains("email", "givenName"));
    }

    @Test
    void shouldListPeopleByAgencyAndName() {
        String agency = Fixtures.agency("YOUTH");
        String first = Fixtures.person(agency);
        Map<String, Object> body = Fixtures.personBody(agency, "TRAINER");
        body.put("familyName", "Okonkwo");
        String second = Fixtures.unique("HR");
        given().contentType(ContentType.JSON).body(body).put("/people/" + second).then().statusCode(201);
        given().queryParam("agency", agency).get("/people").then().statusCode(200).body("items", hasSize(2));
        given().queryParam("agency", agency).queryParam("q", "okonk").get("/people").then().statusCode(200)
                .body("items.hrId", contains(second));
        // the whole HR id finds its person (a console's search box takes a name or an HR id); part of one does not
        given().queryParam("agency", agency).queryParam("q", second.toLowerCase()).get("/people").then().statusCode(200)
                .body("items.hrId", contains(second));
        given().queryParam("agency", agency).queryParam("q", second.substring(0, second.length() - 1)).get("/people")
                .then().statusCode(200).body("items", hasSize(0));
        given().queryParam("agency", agency).queryParam("audience", "PRACTITIONER").get("/people").then()
                .body("items.hrId", contains(first));
        given().queryParam("agency", agency).queryParam("limit", 1).get("/people").then()
                .body("items", hasSize(1)).body("next", notNullValue());
        given().queryParam("audience", "NOPE").get("/people").then().statusCode(400).body("errors.field", hasItem("audience"));
        given().queryParam("limit", "many").get("/people").then().statusCode(400).body("errors.field", hasItem("limit"));
    }

    @Test
    void shouldRecordPriorLearningAndWaiversInTheTrainingRecord() {
        String hrId = Fixtures.person(Fixtures.agency("HEALTH"));
        Map<String, Object> completion = Map.of("moduleRef", "IS01", "completedOn", "2025-03-01", "source", "HR");
        given().contentType(ContentType.JSON).body(completion).post("/people/" + hrId + "/completions").then().statusCode(201)
                .body("moduleRef", equalTo("IS01")).body("sessionId", nullValue());
        given().contentType(ContentType.JSON).body(completion).post("/people/" + hrId + "/completions").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("moduleRef", "NOPE9", "completedOn", "2025-03-01", "source", "HR"))
                .post("/people/" + hrId + "/completions").then().statusCode(422).body("code", equalTo("UNKNOWN_MODULE"));
        given().contentType(ContentType.JSON).body(Map.of("moduleRef", "IS01", "completedOn", "2999-01-01", "source", "HR"))
                .post("/people/" + hrId + "/completions").then().statusCode(400).body("errors.field", hasItem("completedOn"));
        given().contentType(ContentType.JSON).body(Map.of("moduleRef", "IS05", "reason", "Very experienced", "recordedBy", "coord-1"))
                .post("/people/" + hrId + "/waivers").then().statusCode(201).body("recordedBy", equalTo("coord-1"));
        given().contentType(ContentType.JSON).body(Map.of("moduleRef", "IS01", "reason", "x", "recordedBy", "coord-1"))
                .post("/people/" + hrId + "/waivers").then().statusCode(422).body("code", equalTo("NOT_WAIVABLE"));
        given().get("/people/" + hrId + "/training-record").then().statusCode(200)
                .body("completions.moduleRef", contains("IS01")).body("completions[0].source", equalTo("HR"))
                .body("waivers.moduleRef", contains("IS05"));
    }

    @Test
    void shouldImportJsonRowByRowAndChangeNothingOnResend() {
        String agency = Fixtures.agency("POLICE");
        String a = Fixtures.unique("HR");
        String b = Fixtures.unique("HR");
        List<Map<String, Object>> rows = List.of(
                Map.of("hrId", a, "givenName", "Ann", "familyName", "Lee", "agencyCode", agency, "audience", "PRACTITIONER"),
                Map.of("hrId", b, "givenName", "Bo", "familyName", "Kim", "agencyCode", agency, "audience", "NOPE"),
                Map.of("hrId", a, "givenName", "Ann", "familyName", "Lee", "agencyCode", agency, "audience", "PRACTITIONER"),
                Map.of("givenName", "No", "familyName", "Id", "agencyCode", agency, "audience", "PRACTITIONER"));
        given().contentType(ContentType.JSON).body(rows).post("/people/import").then().statusCode(200)
                .body("created", equalTo(1)).body("rejected", equalTo(3))
                .body("rows.result", contains("CREATED", "REJECTED", "REJECTED", "REJECTED"))
                .body("rows.row", contains(1, 2, 3, 4))
                .body("rows[1].reason", equalTo("audience: must be one of PRACTITIONER, TRAINER, OPERATIONAL_MANAGER, STRATEGIC_MANAGER, MIDDLE_MANAGER, ADVISOR, ADMIN_STAFF"))
                .body("rows[2].reason", equalTo("hrId: appears more than once in this import"));
        given().contentType(ContentType.JSON).body(rows.subList(0, 1)).post("/people/import").then().statusCode(200)
                .body("unchanged", equalTo(1)).body("created", equalTo(0));
        given().get("/people/" + b).then().statusCode(404);
    }

    @Test
    void shouldImportCsvWithQuotedFields() {
        String agency = Fixtures.agency("HOUSING");
        String a = Fixtures.unique("HR");
        String csv = "hrId,givenName,familyName,email,agencyCode,audience,shareContactConsent\r\n"
                + a + ",\"Mary, Jane\",\"O\"\"Neil\",mj@example.org," + agency + ",ADVISOR,true\r\n"
                + Fixtures.unique("HR") + ",Bad,Row,,NO-AGENCY,ADVISOR,false\r\n"
                + Fixtures.unique("HR") + ",Worse,Row,not-an-address,NO-AGENCY,SOMEONE,maybe\r\n";
        given().contentType("text/csv").body(csv).post("/people/import").then().statusCode(200)
                .body("created", equalTo(1)).body("rejected", equalTo(2))
                .body("rows.row", contains(2, 3, 4))
                .body("rows[1].reason", equalTo("agencyCode: unknown agency"))
                .body("rows[2].problems", contains("audience: must be one of PRACTITIONER, TRAINER, OPERATIONAL_MANAGER, STRATEGIC_MANAGER, MIDDLE_MANAGER, ADVISOR, ADMIN_STAFF",
                        "email: must be a well-formed email address", "shareContactConsent: must be true or false",
                        "agencyCode: unknown agency"));
        given().get("/people/" + a).then().statusCode(200).body("givenName", equalTo("Mary, Jane"))
                .body("familyName", equalTo("O\"Neil")).body("shareContactConsent", equalTo(true));
    }

    @Test
    void shouldRefuseAnImportOfMoreThan10000Rows() {
        String rows = "[" + String.join(",", java.util.Collections.nCopies(10_001, "{}")) + "]";
        given().contentType(ContentType.JSON).body(rows).post("/people/import").then().statusCode(400)
                .body("errors.field", hasItem("body"));
        given().contentType(ContentType.JSON).queryParam("mode", "sometimes").body("[]").post("/people/import").then().statusCode(400)
                .body("errors.field", hasItem("mode"));
    }
}
