package org.iwtraining.booking;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.iwtraining.conventions.testing.Tokens;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Trainers qualified and never double-booked, venues' rooms sized and never double-booked, sessions held to the course rules. */
@QuarkusTest
@QuarkusTestResource(ExternalServicesStub.class)
class TrainersVenuesAndRulesTest {

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    private static String qualifiedIsTrainer() {
        String trainer = Fixtures.person(Fixtures.agency("OTHER"), "TRAINER");
        given().contentType(ContentType.JSON).body(Map.of("moduleRef", "IS05", "completedOn", "2025-03-01", "source", "HR"))
                .post("/people/" + trainer + "/completions").then().statusCode(201);
        return trainer;
    }

    private static Map<String, Object> sessionAt(Instant start, List<String> modules, int capacity) {
        Map<String, Object> body = Fixtures.sessionBody(modules, capacity, 30);
        body.put("startsAt", start.toString());
        body.put("endsAt", start.plus(3, ChronoUnit.HOURS).toString());
        return body;
    }

    private static Instant someDay() {
        return Instant.now().plus(200 + (long) (Math.random() * 5000), ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    }

    private static Map<String, Object> room(String name, int seats, boolean stepFree, boolean hearingLoop) {
        Map<String, Object> room = new HashMap<>();
        room.put("name", name);
        room.put("seats", seats);
        room.put("stepFree", stepFree);
        room.put("hearingLoop", hearingLoop);
        return room;
    }

    private static io.restassured.response.ExtractableResponse<io.restassured.response.Response> venue(List<Map<String, Object>> rooms) {
        return given().contentType(ContentType.JSON).body(Map.of("name", "Civic Centre", "address", "1 High St", "rooms", rooms))
                .post("/venues").then().statusCode(201).extract();
    }

    @Test
    void shouldRefuseAnUnqualifiedTrainerUnlessOverriddenAndNeverQualifyByWaiver() {
        String waived = Fixtures.person(Fixtures.agency("OTHER"), "TRAINER");
        given().contentType(ContentType.JSON).body(Map.of("moduleRef", "IS05", "reason", "Very experienced", "recordedBy", "c"))
                .post("/people/" + waived + "/waivers").then().statusCode(201);
        Map<String, Object> body = sessionAt(someDay(), List.of("IS01"), 10);
        body.put("trainerHrIds", List.of(waived));
        given().contentType(ContentType.JSON).body(body).post("/sessions").then().statusCode(422)
                .body("code", equalTo("TRAINER_NOT_QUALIFIED")).body("errors[0].field", equalTo("trainerHrIds[0]"));

        body.put("overrideReason", "IS05 booked for next month");
        given().contentType(ContentType.JSON).body(body).post("/sessions").then().statusCode(201)
                .body("trainerOverrideReason", equalTo("IS05 booked for next month"));

        // an accreditation qualifies (for its process only)
        given().contentType(ContentType.JSON).body(Map.of("process", "IS", "reason", "Delivered IS training for years"))
                .post("/people/" + waived + "/accreditations").then().statusCode(201).body("process", equalTo("IS"));
        given().contentType(ContentType.JSON).body(Map.of("process", "IS", "reason", "again"))
                .post("/people/" + waived + "/accreditations").then().statusCode(200).body("reason", equalTo("Delivered IS training for years"));
        Map<String, Object> accredited = sessionAt(someDay(), List.of("IS01"), 10);
        accredited.put("trainerHrIds", List.of(waived));
        given().contentType(ContentType.JSON).body(accredited).post("/sessions").then().statusCode(201)
                .body("trainerOverrideReason", nullValue());
        Map<String, Object> caf = sessionAt(someDay(), List.of("CAF01"), 10);
        caf.put("trainerHrIds", List.of(waived));
        given().contentType(ContentType.JSON).body(caf).post("/sessions").then().statusCode(422).body("code", equalTo("TRAINER_NOT_QUALIFIED"));
        given().contentType(ContentType.JSON).body(Map.of("process", "XX", "reason", "r"))
                .post("/people/" + waived + "/accreditations").then().statusCode(400);
    }

    @Test
    void shouldRefuseATrainerOnAnOverlappingSessionButNotOnACancelledOne() {
        String trainer = qualifiedIsTrainer();
        Instant day = someDay();
        Map<String, Object> first = sessionAt(day, List.of("IS01"), 10);
        first.put("trainerHrIds", List.of(trainer));
        String firstId = Fixtures.session(first);
        Map<String, Object> overlapping = sessionAt(day.plus(2, ChronoUnit.HOURS), List.of("IS01"), 10);
        overlapping.put("endsAt", day.plus(3, ChronoUnit.HOURS).toString());
        overlapping.put("trainerHrIds", List.of(trainer));
        given().contentType(ContentType.JSON).body(overlapping).post("/sessions").then().statusCode(409)
                .body("code", equalTo("TRAINER_CLASH")).body("errors[0].field", equalTo("trainerHrIds[0]"));
        Map<String, Object> after = sessionAt(day.plus(3, ChronoUnit.HOURS), List.of("IS01"), 10);
        after.put("trainerHrIds", List.of(trainer));
        Fixtures.session(after);

        given().queryParam("process", "IS").queryParam("from", day.minus(1, ChronoUnit.HOURS).toString())
                .queryParam("to", day.plus(1, ChronoUnit.HOURS).toString()).queryParam("limit", 500).get("/trainers").then()
                .statusCode(200).body("items.find { it.hrId == '" + trainer + "' }.free", equalTo(false))
                .body("items.find { it.hrId == '" + trainer + "' }.sessions.id", contains(firstId));
        given().queryParam("process", "IS").queryParam("from", day.plus(10, ChronoUnit.HOURS).toString())
                .queryParam("to", day.plus(20, ChronoUnit.HOURS).toString()).queryParam("limit", 500).get("/trainers").then()
                .statusCode(200).body("items.find { it.hrId == '" + trainer + "' }.free", equalTo(true));
        given().queryParam("process", "CAF").queryParam("from", day.toString()).queryParam("to", day.plus(1, ChronoUnit.HOURS).toString())
                .queryParam("limit", 500).get("/trainers").then().statusCode(200).body("items.hrId", not(hasItem(trainer)));
        given().queryParam("process", "IS").get("/trainers").then().statusCode(400).body("errors[0].field", equalTo("from"));

        given().contentType(ContentType.JSON).body(Map.of("reason", "TOO_FEW_BOOKINGS")).post("/sessions/" + firstId + "/cancel").then().statusCode(200);
        Fixtures.session(overlapping);
    }

    @Test
    void shouldSizeRoomsRefuseDoubleBookingAndListFreeTimes() {
        var created = venue(List.of(room("Room 1", 12, true, false), room("Room 2", 30, false, true)));
        String venueId = created.path("id");
        String room1 = created.path("rooms[0].id");
        Instant day = someDay();
        Map<String, Object> tooBig = sessionAt(day, List.of("IW01"), 20);
        tooBig.put("roomId", room1);
        given().contentType(ContentType.JSON).body(tooBig).post("/sessions").then().statusCode(422)
                .body("code", equalTo("ROOM_TOO_SMALL")).body("errors[0].field", equalTo("capacity"));
        Map<String, Object> fits = sessionAt(day, List.of("IW01"), 12);
        fits.put("roomId", room1);
        String held = given().contentType(ContentType.JSON).body(fits).post("/sessions").then().statusCode(201)
                .body("roomId", equalTo(room1)).extract().path("id");
        Map<String, Object> clash = sessionAt(day.plus(1, ChronoUnit.HOURS), List.of("IW01"), 5);
        clash.put("roomId", room1);
        given().contentType(ContentType.JSON).body(clash).post("/sessions").then().statusCode(409).body("code", equalTo("ROOM_CLASH"))
                .body("errors[0].field", equalTo("roomId"));
        clash.put("roomId", "no-such-room");
        given().contentType(ContentType.JSON).body(clash).post("/sessions").then().statusCode(422).body("code", equalTo("UNKNOWN_ROOM"));

        given().queryParam("from", day.minus(1, ChronoUnit.HOURS).toString()).queryParam("to", day.plus(5, ChronoUnit.HOURS).toString())
                .get("/venues/" + venueId + "/availability").then().statusCode(200)
                .body("rooms", hasSize(2))
                .body("rooms[0].busy[0].sessionId", equalTo(held))
                .body("rooms[0].free.startsAt", contains(day.minus(1, ChronoUnit.HOURS).toString(), day.plus(3, ChronoUnit.HOURS).toString()))
                .body("rooms[1].busy", empty())
                .body("rooms[1].free", hasSize(1));
        given().queryParam("from", "tomorrow").get("/venues/" + venueId + "/availability").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));

        // a change keeps a room by its id, adds one without, retires one left out; If-Match is required
        String etag = given().get("/venues/" + venueId).then().statusCode(200).extract().header("ETag");
        Map<String, Object> kept = room("Room 1 (renamed)", 14, true, true);
        kept.put("id", room1);
        Map<String, Object> change = Map.of("name", "Civic Centre", "rooms", List.of(kept, room("Annex", 8, false, false)));
        given().contentType(ContentType.JSON).body(change).put("/venues/" + venueId).then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", etag).body(change).put("/venues/" + venueId).then().statusCode(200)
                .body("rooms.name", contains("Room 1 (renamed)", "Annex")).body("rooms[0].id", equalTo(room1));
        given().contentType(ContentType.JSON).header("If-Match", etag).body(change).put("/venues/" + venueId).then().statusCode(412);
        given().queryParam("limit", 500).get("/venues").then().statusCode(200).body("items.id", hasItem(venueId));
        given().get("/venues/nope").then().statusCode(404);
    }

    @Test
    void shouldShowACoordinatorTheAttendeesWhoseNeedsTheRoomDoesNotMeet() {
        String room = venue(List.of(room("Upstairs", 20, false, true))).path("rooms[0].id");
        String agency = Fixtures.agency("HEALTH");
        String wheelchair = Fixtures.person(agency);
        Map<String, Object> needs = Fixtures.personBody(agency, "PRACTITIONER");
        needs.put("accessNeeds", List.of("STEP_FREE_ACCESS", "HEARING_LOOP"));
        given().contentType(ContentType.JSON).body(needs).put("/people/" + wheelchair).then().statusCode(200);
        Map<String, Object> body = sessionAt(someDay(), List.of("IW01"), 10);
        body.put("roomId", room);
        String session = Fixtures.session(body);
        Fixtures.bookConfirmed(session, wheelchair);
        Fixtures.bookConfirmed(session, Fixtures.person(Fixtures.agency("POLICE")));

        given().get("/sessions/" + session).then().statusCode(200)
                .body("accessMismatches", hasSize(1))
                .body("accessMismatches[0].hrId", equalTo(wheelchair))
                .body("accessMismatches[0].need", equalTo("STEP_FREE_ACCESS"));
        given().header(Tokens.HEADER, Tokens.bearer("viewer")).get("/sessions/" + session).then().statusCode(200)
                .body("accessMismatches", nullValue());
    }

    @Test
    void shouldRefuseASessionBreakingTheCourseRulesListingEachUnlessOverridden() {
        ExternalServicesStub.server().stubFor(post(urlEqualTo("/courses/check")).atPriority(1).willReturn(okJson("""
                {"ok": false, "violations": [
                  {"rule": "PREREQUISITE_ORDER", "message": "IS02 comes before IS01, which its prerequisite (IS01) names"},
                  {"rule": "DURATION_EXCEEDS_PARTS", "message": "The modules need at least 330 minutes; the parts give 60"}],
                 "minMinutes": 330, "maxMinutes": 330, "modulesWithoutDuration": [], "availableMinutes": 60}""")));
        Instant day = someDay();
        Map<String, Object> body = sessionAt(day, List.of("IS02", "IS01"), 10);
        body.put("endsAt", day.plus(1, ChronoUnit.HOURS).toString());
        given().contentType(ContentType.JSON).body(body).post("/sessions").then().statusCode(422)
                .body("code", equalTo("SESSION_RULES_BROKEN"))
                .body("violations.rule", contains("PREREQUISITE_ORDER", "DURATION_EXCEEDS_PARTS"))
                .body("errors.field", contains("moduleRefs", "parts"));
        ExternalServicesStub.server().verify(postRequestedFor(urlEqualTo("/courses/check")).withRequestBody(equalToJson("""
                {"modules": ["IS02", "IS01"], "wholeCourse": false, "process": "IS", "partMinutes": [60]}""", true, true)));

        body.put("overrideReason", "pilot of a condensed format");
        given().contentType(ContentType.JSON).body(body).post("/sessions").then().statusCode(201)
                .body("rulesOverrideReason", equalTo("pilot of a condensed format"));
    }

    @Test
    void shouldStoreAndShowTheEntryRequirementsTheCatalogueComputes() {
        ExternalServicesStub.server().stubFor(post(urlEqualTo("/courses/check")).atPriority(1).willReturn(okJson("""
                {"ok": true, "violations": [], "entryRequirements": "IS01", "minMinutes": 300, "maxMinutes": 300, "modulesWithoutDuration": []}""")));
        String session = Fixtures.session(sessionAt(someDay(), List.of("IS02"), 10));
        given().get("/sessions/" + session).then().statusCode(200).body("entryRequirements", equalTo("IS01"));
    }

    @Test
    void shouldAcceptARunOfACoursesModules() {
        Map<String, Object> body = sessionAt(someDay(), List.of("CAF01", "CAF02"), 10);
        body.put("courseId", "CAF-PRACT");
        given().contentType(ContentType.JSON).body(body).post("/sessions").then().statusCode(201)
                .body("courseId", equalTo("CAF-PRACT")).body("moduleRefs", contains("CAF01", "CAF02"));
        ExternalServicesStub.server().verify(postRequestedFor(urlEqualTo("/courses/check")).withRequestBody(equalToJson("""
                {"modules": ["CAF01", "CAF02"], "wholeCourse": false, "courseId": "CAF-PRACT"}""", true, true)));
    }

    @Test
    void shouldLetOnlyOneOfTwoSimultaneousSessionsHaveOneTrainerOrOneRoom() throws Exception {
        String trainer = qualifiedIsTrainer();
        Instant day = someDay();
        Map<String, Object> a = sessionAt(day, List.of("IS01"), 10);
        a.put("trainerHrIds", List.of(trainer));
        Map<String, Object> b = sessionAt(day.plus(1, ChronoUnit.HOURS), List.of("IS01"), 10);
        b.put("trainerHrIds", List.of(trainer));
        assertOneCreatedOneClash(List.of(a, b), "TRAINER_CLASH");

        String room = venue(List.of(room("Hall", 50, true, true))).path("rooms[0].id");
        Instant other = someDay();
        Map<String, Object> c = sessionAt(other, List.of("IW01"), 10);
        c.put("roomId", room);
        Map<String, Object> d = sessionAt(other.plus(2, ChronoUnit.HOURS), List.of("IW01"), 10);
        d.put("roomId", room);
        assertOneCreatedOneClash(List.of(c, d), "ROOM_CLASH");
    }

    private void assertOneCreatedOneClash(List<Map<String, Object>> bodies, String code) throws Exception {
        for (int round = 0; round < 3; round++) {
            List<Map<String, Object>> fresh = new ArrayList<>();
            Instant shift = Instant.EPOCH.plus(round * 10L, ChronoUnit.DAYS);
            for (Map<String, Object> body : bodies) {
                Map<String, Object> copy = new HashMap<>(body);
                copy.put("startsAt", Instant.parse((String) body.get("startsAt")).plusSeconds(shift.getEpochSecond()).toString());
                copy.put("endsAt", Instant.parse((String) body.get("endsAt")).plusSeconds(shift.getEpochSecond()).toString());
                fresh.add(copy);
            }
            List<HttpResponse<String>> answers = fire(fresh);
            List<Integer> statuses = answers.stream().map(HttpResponse::statusCode).sorted().toList();
            assertEquals(List.of(201, 409), statuses, "one created, one refused: " + answers.stream().map(HttpResponse::body).toList());
            assertTrue(answers.stream().anyMatch(r -> r.statusCode() == 409 && r.body().contains(code)), code);
        }
    }

    private List<HttpResponse<String>> fire(List<Map<String, Object>> bodies) throws Exception {
        ObjectMapper json = new ObjectMapper();
        HttpClient client = HttpClient.newHttpClient();
        ExecutorService pool = Executors.newFixedThreadPool(bodies.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (Map<String, Object> body : bodies) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sessions"))
                    .header("Content-Type", "application/json").header(Tokens.HEADER, Tokens.bearer("coordinator"))
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build();
            answers.add(pool.submit(() -> {
                start.await();
                return client.send(request, HttpResponse.BodyHandlers.ofString());
            }));
        }
        start.countDown();
        List<HttpResponse<String>> result = new ArrayList<>();
        for (Future<HttpResponse<String>> answer : answers) {
            result.add(answer.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        return result;
    }
}
