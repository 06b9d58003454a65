package org.iwtraining.followup.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.iwtraining.conventions.testing.ConditionalGets;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class BankHolidayResourceTest {

    @Test
    void shouldListComputedHolidaysWithTheRecordedOneOffs() {
        given().queryParam("year", 2022).get("/bank-holidays").then().statusCode(200)
                .body("items.date", hasItem("2022-01-03"))
                .body("items.date", hasItem("2022-06-02"))
                .body("items.date", hasItem("2022-06-03"))
                .body("items.date", hasItem("2022-09-19"))
                .body("items.date", not(hasItem("2022-05-30")))
                .body("items.find { it.date == '2022-09-19' }.source", equalTo("ONE_OFF"))
                .body("items.find { it.date == '2022-12-27' }.name", equalTo("Christmas Day (substitute day)"))
                .body("items.find { it.date == '2022-12-27' }.source", equalTo("STATUTORY"))
                .body("next", nullValue());
        given().queryParam("year", 2023).get("/bank-holidays").then()
                .body("items.find { it.date == '2023-05-08' }.source", equalTo("ONE_OFF"));
    }

    @Test
    void shouldRefuseAMissingOrImpossibleYear() {
        given().get("/bank-holidays").then().statusCode(400).body("errors[0].field", equalTo("year"));
        given().queryParam("year", 99999).get("/bank-holidays").then().statusCode(400).body("errors[0].field", equalTo("year"));
        given().queryParam("year", "soon").get("/bank-holidays").then().statusCode(400);
    }

    @Test
    void shouldAddReplaceAndDeleteAOneOffDay() {
        LocalDate day = freeWednesday();
        String path = "/bank-holidays/" + day;
        String etag = given().contentType(ContentType.JSON).body(Map.of("kind", "ADDED", "name", "State funeral"))
                .put(path).then().statusCode(201).extract().header("ETag");
        given().queryParam("year", day.getYear()).get("/bank-holidays").then()
                .body("items.find { it.date == '" + day + "' }.name", equalTo("State funeral"));
        given().contentType(ContentType.JSON).header("If-Match", "\"41\"").body(Map.of("kind", "ADDED", "name", "Other"))
                .put(path).then().statusCode(412);
        given().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("kind", "ADDED", "name", "Coronation"))
                .put(path).then().statusCode(200).body("name", equalTo("Coronation"));
        String changed = ConditionalGets.assertNotModifiedOnMatch(path);
        given().contentType(ContentType.JSON).header("If-Match", "W/" + changed).body(Map.of("kind", "ADDED", "name", "Other"))
                .put(path).then().statusCode(412);
        given().delete(path).then().statusCode(204);
        given().get(path).then().statusCode(404);
        given().queryParam("year", day.getYear()).get("/bank-holidays").then()
                .body("items.date", not(hasItem(day.toString())));
    }

    @Test
    void shouldRemoveAStatutoryDayOnlyWhereThereIsOne() {
        int year = ThreadLocalRandom.current().nextInt(2100, 2999);
        LocalDate christmas = LocalDate.of(year, 12, 25);
        LocalDate observed = given().queryParam("year", year).get("/bank-holidays").then().extract()
                .jsonPath().getList("items.date", String.class).stream().map(LocalDate::parse)
                .filter(d -> !d.isBefore(christmas)).findFirst().orElseThrow();
        given().contentType(ContentType.JSON).body(Map.of("kind", "REMOVED", "name", "moved"))
                .put("/bank-holidays/" + observed).then().statusCode(201);
        given().queryParam("year", year).get("/bank-holidays").then().body("items.date", not(hasItem(observed.toString())));
        given().contentType(ContentType.JSON).body(Map.of("kind", "REMOVED", "name", "nothing there"))
                .put("/bank-holidays/" + year + "-07-15").then().statusCode(422).body("code", equalTo("NOT_A_STATUTORY_HOLIDAY"));
        given().contentType(ContentType.JSON).body(Map.of("kind", "SOMETIMES", "name", "x"))
                .put("/bank-holidays/" + year + "-07-15").then().statusCode(400).body("errors[0].field", equalTo("kind"));
        given().contentType(ContentType.JSON).body(Map.of("kind", "ADDED", "name", "x"))
                .put("/bank-holidays/" + year + "-13-01").then().statusCode(404);
        given().delete("/bank-holidays/" + observed).then().statusCode(204);
    }

    @Test
    void shouldMoveADueDateOverAOneOffDay() {
        LocalDate due = freeWednesday();
        given().contentType(ContentType.JSON).body(Map.of("kind", "ADDED", "name", "Jubilee"))
                .put("/bank-holidays/" + due).then().statusCode(201);
        given().contentType(ContentType.JSON)
                .body(Fixtures.followup(Fixtures.unique("person"), "IW05", "IW", due.minusDays(14).toString()))
                .post("/followups").then().statusCode(201).body("nextCallDue", equalTo(due.plusDays(1).toString()));
    }

    /** A Wednesday in June of a far year no other test uses, so the override touches nothing else. */
    private static LocalDate freeWednesday() {
        LocalDate day = LocalDate.of(ThreadLocalRandom.current().nextInt(2100, 2999), 6, 10);
        while (day.getDayOfWeek() != java.time.DayOfWeek.WEDNESDAY) {
            day = day.plusDays(1);
        }
        return day;
    }
}
