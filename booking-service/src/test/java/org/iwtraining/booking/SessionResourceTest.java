package org.iwtraining.booking;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(ExternalServicesStub.class)
class SessionResourceTest {

    @Inject
    EntityManager em;

    @Test
    void shouldTakeTheProcessOfTheModulesOtherThanIw01() {
        String id = Fixtures.session(List.of("IW01", "CAF01"), 12, 30);
        given().get("/sessions/" + id).then().statusCode(200)
                .body("process", equalTo("CAF")).body("moduleRefs", contains("IW01", "CAF01"))
                .body("capacity", equalTo(12)).body("agencyCap", equalTo(4)).body("confirmed", equalTo(0))
                .body("mixStatus", equalTo("AT_RISK")).body("mixPolicy.minAgencies", equalTo(3));
        String alone = Fixtures.session(List.of("IW01"), 5, 30);
        given().get("/sessions/" + alone).then().body("process", equalTo("IW")).body("agencyCap", equalTo(2));
    }

    @Test
    void shouldNeedAProcessWhenModulesSpanSeveral() {
        Map<String, Object> body = Fixtures.sessionBody(List.of("IW01", "IS01", "CAF01"), 10, 30);
        given().contentType(ContentType.JSON).body(body).post("/sessions").then().statusCode(422)
                .body("code", equalTo("PROCESS_REQUIRED"));
        body.put("process", "IS");
        given().contentType(ContentType.JSON).body(body).post("/sessions").then().statusCode(201).body("process", equalTo("IS"));
    }

    @Test
    void shouldRefuseUnknownAndRetiredModulesAndUnknownCourse() {
        given().contentType(ContentType.JSON).body(Fixtures.sessionBody(List.of("IW01", "XX99"), 10, 30)).post("/sessions")
                .then().statusCode(422).body("code", equalTo("UNKNOWN_MODULE")).body("errors.field", hasItem("moduleRefs[1]"));
        given().contentType(ContentType.JSON).body(Fixtures.sessionBody(List.of("OLD01"), 10, 30)).post("/sessions")
                .then().statusCode(422).body("code", equalTo("MODULE_RETIRED"));
        Map<String, Object> body = Fixtures.sessionBody(List.of(), 10, 30);
        body.remove("moduleRefs");
        body.put("courseId", "NO-COURSE");
        given().contentType(ContentType.JSON).body(body).post("/sessions").then().statusCode(422).body("code", equalTo("UNKNOWN_COURSE"));
    }

    @Test
    void shouldDeliverACourseWithItsProcessAndModules() {
        Map<String, Object> body = Fixtures.sessionBody(List.of(), 10, 30);
        body.remove("moduleRefs");
        body.put("courseId", "CAF-PRACT");
        String id = Fixtures.session(body);
        given().get("/sessions/" + id).then().body("courseId", equalTo("CAF-PRACT")).body("process", equalTo("CAF"))
                .body("moduleRefs", contains("IW01", "CAF01", "CAF02"));
    }

    @Test
    void shouldRequireAnAudienceWhereAModuleKeepsAudiencesApart() {
        Map<String, Object> body = Fixtures.sessionBody(List.of("IW01", "IW02"), 10, 30);
        given().contentType(ContentType.JSON).body(body).post("/sessions").then().statusCode(422)
                .body("code", equalTo("AUDIENCE_REQUIRED")).body("errors.field", hasItem("audience"));
        body.put("audience", "STRATEGIC_MANAGER");
        given().contentType(ContentType.JSON).body(body).post("/sessions").then().statusCode(201)
                .body("audience", equalTo("STRATEGIC_MANAGER"));
    }

    @Test
    void shouldAnswer503AndCreateNothingWhenTheCatalogueFails() {
        Map<String, Object> body = Fixtures.sessionBody(List.of("BROKEN1"), 10, 30);
        String title = (String) body.get("title");
        given().contentType(ContentType.JSON).body(body).post("/sessions").then().statusCode(503)
                .contentType("application/problem+json").body("code", equalTo("CATALOGUE_UNAVAILABLE"));
        long count = QuarkusTransaction.requiringNew().call(() -> TrainingSession.count("title", title));
        assertEquals(0, count);
    }

    @Test
    void shouldRefuseMalformedSessionsNamingTheField() {
        Map<String, Object> body = Fixtures.sessionBody(List.of("IW01"), 10, 30);
        body.put("capacity", "lots");
        given().contentType(ContentType.JSON).body(body).post("/sessions").then().statusCode(400).body("errors.field", hasItem("capacity"));
        body.put("capacity", 0);
        given().contentType(ContentType.JSON).body(body).post("/sessions").then().statusCode(400).body("errors.field", hasItem("capacity"));
        body.put("capacity", 99999999999L);
        given().contentType(ContentType.JSON).body(body).post("/sessions").then().statusCode(400).body("errors.field", hasItem("capacity"));
        body.put("capacity", 10);
        body.put("endsAt", body.get("startsAt"));
        given().contentType(ContentType.JSON).body(body).post("/sessions").then().statusCode(400).body("errors.field", hasItem("endsAt"));
        body.put("endsAt", "next tuesday");
        given().contentType(ContentType.JSON).body(body).post("/sessions").then().statusCode(400).body("errors.field", hasItem("endsAt"));
        body = Fixtures.sessionBody(List.of("IW01"), 10, 30);
        body.put("mixPolicy", Map.of("maxAgencyShare", 1.5));
        given().contentType(ContentType.JSON).body(body).post("/sessions").then().statusCode(400)
                .body("errors.field", hasItem("mixPolicy.maxAgencyShare"));
        body.put("mixPolicy", Map.of());
        body.put("audience", "");
        given().contentType(ContentType.JSON).body(body).post("/sessions").then().statusCode(400).body("errors.field", hasItem("audience"));
    }

    @Test
    void shouldHoldSeveralPartsInOrder() {
        Instant start = Instant.now().plus(40, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> body = Fixtures.sessionBody(List.of("IS01", "IS02"), 10, 30);
        body.remove("startsAt");
        body.remove("endsAt");
        body.put("parts", List.of(
                Map.of("startsAt", start.toString(), "endsAt", start.plus(150, ChronoUnit.MINUTES).toString()),
                Map.of("startsAt", start.plus(1, ChronoUnit.DAYS).toString(), "endsAt", start.plus(1, ChronoUnit.DAYS).plus(150, ChronoUnit.MINUTES).toString())));
        String id = Fixtures.session(body);
        given().get("/sessions/" + id).then().body("parts", hasSize(2)).body("parts[1].part", equalTo(2))
                .body("startsAt", equalTo(start.toString()))
                .body("mixPolicy.capsLiftAt", equalTo(start.minus(7, ChronoUnit.DAYS).toString()));
        body.put("parts", List.of(Map.of("startsAt", start.toString(), "endsAt", start.plus(2, ChronoUnit.HOURS).toString()),
                Map.of("startsAt", start.plus(1, ChronoUnit.HOURS).toString(), "endsAt", start.plus(3, ChronoUnit.HOURS).toString())));
        given().contentType(ContentType.JSON).body(body).post("/sessions").then().statusCode(400).body("errors.field", hasItem("parts[1].startsAt"));
    }

    @Test
    void shouldUpdateOnlyWithTheCurrentETagAndNeverBelowConfirmed() {
        String agency = Fixtures.agency("HEALTH");
        String id = Fixtures.session(List.of("IW01"), 10, 30);
        Fixtures.bookConfirmed(id, Fixtures.person(agency));
        Fixtures.bookConfirmed(id, Fixtures.person(Fixtures.agency("POLICE")));
        String etag = given().get("/sessions/" + id).then().extract().header("ETag");
        Map<String, Object> update = Fixtures.sessionBody(List.of(), 1, 31);
        update.remove("moduleRefs");
        update.put("title", "Renamed");
        given().contentType(ContentType.JSON).body(update).put("/sessions/" + id).then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "\"12345\"").body(update).put("/sessions/" + id).then().statusCode(412);
        given().contentType(ContentType.JSON).header("If-Match", etag).body(update).put("/sessions/" + id).then().statusCode(409)
                .body("code", equalTo("CAPACITY_BELOW_CONFIRMED"));
        update.put("capacity", 2);
        given().contentType(ContentType.JSON).header("If-Match", etag).body(update).put("/sessions/" + id).then().statusCode(200)
                .body("title", equalTo("Renamed")).body("capacity", equalTo(2)).body("confirmed", equalTo(2))
                .header("ETag", not(equalTo(etag)));
    }

    @Test
    void shouldCancelTheSessionAndEveryPlace() {
        String id = Fixtures.session(List.of("IW01"), 10, 30);
        String booking = Fixtures.bookConfirmed(id, Fixtures.person(Fixtures.agency("HEALTH")));
        given().contentType(ContentType.JSON).body(Map.of("reason", "TOO_FEW_BOOKINGS")).post("/sessions/" + id + "/cancel").then().statusCode(200).body("status", equalTo("CANCELLED")).body("confirmed", equalTo(0));
        given().get("/bookings/" + booking).then().body("status", equalTo("CANCELLED"));
        Fixtures.book(id, Fixtures.person(Fixtures.agency("HEALTH"))).then().statusCode(409).body("code", equalTo("SESSION_CLOSED"));
    }

    @Test
    void shouldListSessionsByModuleTrainerSpaceAndId() {
        String trainer = Fixtures.person(Fixtures.agency("OTHER"), "TRAINER");
        Map<String, Object> body = Fixtures.sessionBody(List.of("IW01", "LP01"), 1, 60);
        body.put("trainerHrIds", List.of(trainer));
        body.put("overrideReason", "LP03 not yet delivered locally");
        String full = Fixtures.session(body);
        body = Fixtures.sessionBody(List.of("IW01", "LP01"), 5, 61);
        body.put("trainerHrIds", List.of(trainer));
        body.put("overrideReason", "LP03 not yet delivered locally");
        String open = Fixtures.session(body);
        Fixtures.bookConfirmed(full, Fixtures.person(Fixtures.agency("HEALTH")));
        given().queryParam("trainer", trainer).get("/sessions").then().statusCode(200).body("items.id", contains(full, open));
        given().queryParam("trainer", trainer).queryParam("hasSpace", true).get("/sessions").then().body("items.id", contains(open));
        given().queryParam("trainer", trainer).queryParam("module", "LP01").queryParam("process", "LP").queryParam("limit", 1)
                .get("/sessions").then().body("items.id", contains(full));
        given().queryParam("from", "soon").get("/sessions").then().statusCode(400).body("errors.field", hasItem("from"));
        given().queryParam("id", open, full, "NO-SUCH-SESSION").get("/sessions").then().statusCode(200)
                .body("items.id", contains(full, open));
        given().queryParam("id", java.util.stream.IntStream.range(0, 501).mapToObj(i -> "s" + i).toList()).get("/sessions")
                .then().statusCode(400).body("errors.field", hasItem("id"));
        body.put("trainerHrIds", List.of("NOBODY-" + trainer));
        given().contentType(ContentType.JSON).body(body).post("/sessions").then().statusCode(422).body("code", equalTo("UNKNOWN_TRAINER"));
    }
}
