package org.iwtraining.e2e;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * The data the fuzzer's valid requests name, created through the three services' APIs as the HR system, a
 * coordinator and the follow-up team would: agencies, people, venues, sessions (ahead and past), bookings, a cohort,
 * a webhook, courses, callers, follow-up cases, calls and bank holidays. Each id lands in its service's {@link Pools}
 * under the path template it fills ({@code /sessions/{id}}) and the member names that refer to it
 * ({@code sessionId}, {@code sessions}).
 */
final class FuzzSeed {

    private static final List<List<String>> AGENCIES = List.of(List.of("NHS-NORTH", "HEALTH"), List.of("ST-MARYS", "EDUCATION"),
            List.of("CSC", "SOCIAL_CARE"), List.of("POLICE-E", "POLICE"));
    private static final List<String> EVENTS = List.of("completion.recorded", "completion.revoked", "followup.requested",
            "cascade.started", "person.left", "person.updated");

    final Pools catalogue = new Pools();
    final Pools booking = new Pools();
    final Pools followup = new Pools();
    private final Suite suite;
    private final String token;

    FuzzSeed(Suite suite, String token) {
        this.suite = suite;
        this.token = token;
    }

    private RequestSpecification as(String base) {
        return given().baseUri(base).auth().oauth2(token).contentType(ContentType.JSON);
    }

    FuzzSeed seed() {
        seedCatalogue();
        seedBooking();
        seedFollowup();
        meanings();
        return this;
    }

    /**
     * What the documents type as a plain string but the services read as a code, a date or a date-time (a query's
     * {@code from}, a report's {@code format}, a body's {@code audience} in catalogue-service): without these most
     * valid requests would be refused for a random word.
     */
    private void meanings() {
        String[] audiences = { "PRACTITIONER", "TRAINER", "OPERATIONAL_MANAGER", "STRATEGIC_MANAGER", "MIDDLE_MANAGER",
                "ADVISOR", "ADMIN_STAFF" };
        String[] processes = { "IW", "IS", "CAF", "LP", "ISI" };
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        LocalDate today = now.toLocalDate();
        String[] instants = { now.minusDays(30).toString(), now.minusHours(2).toString(), now.plusDays(40).toString() };
        String[] dates = { today.minusDays(60).toString(), today.toString(), today.plusDays(60).toString() };
        for (Pools pools : List.of(catalogue, booking, followup)) {
            pools.add("process", processes).add("audience", audiences).add("audiences", audiences).add("optionalFor", audiences)
                    .add("/audit?from", instants[0]).add("/audit?to", instants[2]).add("format", "json", "csv");
        }
        catalogue.add("/modules?status", "ACTIVE", "DEFINITION_PENDING", "RETIRED");
        for (int r = 10; r < 60; r++) {
            catalogue.add("ref", "FZ" + r);
        }
        booking.add("from", dates[0]).add("to", dates[2])
                .add("/trainers?from", instants[0]).add("/trainers?to", instants[2])
                .add("/venues/{id}/availability?from", instants[1]).add("/venues/{id}/availability?to", instants[2])
                .add("by", "agency", "sector", "audience", "module").add("mode", "upsert", "full").add("dryRun", "true", "false")
                .add("/people/import?source", "HR", "PARTNER").add("hasSpace", "true", "false")
                .add("/cohorts?status", "PROPOSED", "CONFIRMED").add("/outbox?status", "PENDING", "FAILED", "DELIVERED")
                .add("completedOn", today.minusDays(40).toString(), today.minusDays(3).toString());
        followup.add("/bank-holidays?year", Integer.toString(today.getYear()), Integer.toString(today.getYear() + 1))
                .add("date", today.minusDays(2).toString(), today.toString())
                .add("calledAt", now.minusHours(3).toString(), now.minusMinutes(5).toString())
                .add("targetBy", today.plusDays(30).toString(), today.plusDays(90).toString());
    }

    private void seedCatalogue() {
        String base = suite.catalogue.url();
        List<String> refs = as(base).get("/modules?limit=500").then().statusCode(200).extract().path("items.ref");
        List<String> kinds = as(base).get("/material-kinds?limit=500").then().statusCode(200).extract().path("items.code");
        // the modules most sessions and courses are made of: the introductions open to everyone
        List<String> common = List.of("IW01", "IS01", "CAF01", "LP01", "IW02");
        catalogue.add("/modules/{ref}", refs.toArray(String[]::new)).add("kind", kinds.toArray(String[]::new))
                .add("prerequisite", "IW01", "IW02 OR (IS01 AND CAF01)", "IS01 AND IS02")
                .add("url", "https://example.org/materials/guide.pdf");
        for (String name : List.of("modules", "module", "completed", "waived", "recommended", "standsInPlaceOf",
                "standsInPlaceFor")) {
            catalogue.add(name, common.toArray(String[]::new)).add(name, refs.get(0));
        }
        for (List<Object> course : List.of(List.<Object>of("IW", List.of("IW01")), List.<Object>of("CAF", List.of("IW01", "CAF01")),
                List.<Object>of("IS", List.of("IW01", "IS01")))) {
            String id = as(base).body(Map.of("title", "Fuzz course " + course.get(0), "process", course.get(0),
                    "audiences", List.of("PRACTITIONER", "TRAINER"), "modules", course.get(1)))
                    .post("/courses").then().statusCode(201).extract().path("id");
            catalogue.add("/courses/{id}", id).add("courseId", id);
        }
        booking.add("courseId", catalogue.all("courseId").toArray(String[]::new));
        booking.add("moduleRefs", common.toArray(String[]::new)).add("moduleRef", common.toArray(String[]::new))
                .add("module", common.toArray(String[]::new)).add("moduleRef", "CAF03");
    }

    private void seedBooking() {
        String base = suite.bookings.get(0).url();
        for (List<String> agency : AGENCIES) {
            as(base).body(Map.of("code", agency.get(0), "name", "Fuzz " + agency.get(0), "sector", agency.get(1)))
                    .post("/agencies").then().statusCode(201);
            booking.add("/agencies/{code}", agency.get(0)).add("agencyCode", agency.get(0)).add("agency", agency.get(0));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        List<String> practitioners = new ArrayList<>();
        List<String> trainers = new ArrayList<>();
        for (int p = 0; p < 30; p++) {
            String audience = p % 5 == 4 ? "TRAINER" : p % 10 == 3 ? "OPERATIONAL_MANAGER" : "PRACTITIONER";
            String id = "FZ-" + p;
            (audience.equals("TRAINER") ? trainers : practitioners).add(id);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("hrId", id);
            row.put("givenName", "Given" + p);
            row.put("familyName", "Fuzz" + p);
            row.put("email", "fz" + p + "@example.org");
            row.put("agencyCode", AGENCIES.get(p % AGENCIES.size()).get(0));
            row.put("audience", audience);
            row.put("shareContactConsent", p % 2 == 0);
            rows.add(row);
        }
        as(base).body(rows).post("/people/import").then().statusCode(200);
        for (String name : List.of("/people/{hrId}", "personId", "hrId", "nominees", "managerHrId", "recordedBy")) {
            booking.add(name, practitioners.toArray(String[]::new)).add(name, trainers.toArray(String[]::new));
        }
        booking.add("trainerHrIds", trainers.toArray(String[]::new)).add("trainer", trainers.toArray(String[]::new));
        JsonPath venue = as(base).body(Map.of("name", "Fuzz Civic Centre", "address", "1 High Street",
                "rooms", List.of(Map.of("name", "Room A", "seats", 40), Map.of("name", "Room B", "seats", 12))))
                .post("/venues").then().statusCode(201).extract().jsonPath();
        booking.add("/venues/{id}", venue.getString("id")).add("roomId", venue.getList("rooms.id", String.class).toArray(String[]::new));

        OffsetDateTime ahead = OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).truncatedTo(ChronoUnit.HOURS).withHour(9);
        OffsetDateTime past = OffsetDateTime.now(ZoneOffset.UTC).minusDays(20).truncatedTo(ChronoUnit.HOURS).withHour(9);
        List<String> sessions = new ArrayList<>();
        sessions.add(session(base, "IW01 ahead A", List.of("IW01"), ahead, 3, 30));
        sessions.add(session(base, "IW01 ahead B", List.of("IW01"), ahead.plusDays(1), 3, 30));
        sessions.add(session(base, "IW01 and CAF01 ahead", List.of("IW01", "CAF01"), ahead.plusDays(2), 6, 30));
        sessions.add(session(base, "IW01 past", List.of("IW01"), past, 3, 30));
        sessions.add(session(base, "CAF03 past", List.of("CAF03"), past.plusDays(1), 6, 20));
        for (String name : List.of("/sessions/{id}", "sessionId", "sessions")) {
            booking.add(name, sessions.toArray(String[]::new));
        }
        List<String> bookings = new ArrayList<>();
        for (int p = 0; p < 16; p++) {
            String person = p % 2 == 0 ? practitioners.get(p % practitioners.size()) : trainers.get(p % trainers.size());
            String session = sessions.get(p % sessions.size());
            io.restassured.response.Response answer = as(base).body(Map.of("personId", person, "overrideReason", "fuzz seed"))
                    .post("/sessions/" + session + "/bookings");
            if (answer.statusCode() == 201) {
                bookings.add(answer.path("id"));
            }
        }
        if (bookings.size() < 4) {
            throw new IllegalStateException("the seed booked only " + bookings.size() + " places");
        }
        booking.add("/bookings/{id}", bookings.toArray(String[]::new));
        String cohort = as(base).body(Map.of("name", "Fuzz cohort", "nominees", practitioners.subList(10, 20),
                "sessions", sessions.subList(0, 3))).post("/cohorts").then().statusCode(201).extract().path("id");
        booking.add("/cohorts/{id}", cohort);
        String webhook = as(base).body(Map.of("url", "http://127.0.0.1:9/fuzz-hooks", "events", List.of("completion.recorded")))
                .post("/webhooks").then().statusCode(201).extract().path("id");
        booking.add("/webhooks/{id}", webhook).add("url", "http://127.0.0.1:9/fuzz-hooks").add("events", EVENTS.toArray(String[]::new));
        List<String> outbox = as(base).get("/outbox?limit=50").then().statusCode(200).extract().path("items.id");
        booking.add("/outbox/{id}", outbox.toArray(String[]::new));
        booking.add("source", "HR", "a previous employer");

        followup.add("personId", trainers.toArray(String[]::new)).add("agencyCode", booking.all("agencyCode").toArray(String[]::new))
                .add("sessionId", sessions.toArray(String[]::new)).add("moduleRef", "CAF03", "IS05", "IW05");
    }

    private String session(String base, String title, List<String> modules, OffsetDateTime start, int hours, int capacity) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("venue", "Fuzz Civic Centre");
        body.put("moduleRefs", modules);
        body.put("capacity", capacity);
        body.put("startsAt", start.toString());
        body.put("endsAt", start.plusHours(hours).toString());
        return as(base).body(body).post("/sessions").then().statusCode(201).extract().path("id");
    }

    private void seedFollowup() {
        String base = suite.followups.get(0).url();
        for (int c = 0; c < 2; c++) {
            String subject = "fuzz-caller-" + c;
            String id = as(base).body(Map.of("subject", subject, "name", "Caller " + c, "email", subject + "@example.org"))
                    .post("/callers").then().statusCode(201).extract().path("id");
            followup.add("/callers/{id}", id).add("callerId", id).add("subject", subject);
            String calendarToken = as(base).post("/callers/" + id + "/calendar-token").then().statusCode(200).extract().path("token");
            followup.add("token", calendarToken);
        }
        List<String> trainers = followup.all("personId");
        for (int t = 0; t < trainers.size(); t++) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("personId", trainers.get(t));
            body.put("name", "Trainer " + t);
            body.put("email", "trainer" + t + "@example.org");
            body.put("agencyCode", followup.all("agencyCode").get(t % followup.all("agencyCode").size()));
            body.put("moduleRef", "CAF03");
            body.put("process", "CAF");
            body.put("sessionId", "fuzz-session-" + t);
            body.put("trainingEndedOn", LocalDate.now(ZoneOffset.UTC).minusDays(15).toString());
            String id = as(base).body(body).post("/followups").then().statusCode(201).extract().path("id");
            followup.add("/followups/{id}", id).add("/people/{personId}", trainers.get(t)).add("/trainers/{personId}", trainers.get(t));
            if (t % 2 == 0) {
                String call = as(base).body(Map.of("outcome", "NOT_STARTED", "notes", "fuzz seed",
                        "calledAt", OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).truncatedTo(ChronoUnit.SECONDS).toString()))
                        .post("/followups/" + id + "/calls").then().statusCode(201).extract().path("id");
                followup.add("/followups/{id}/calls/{callId}", call);
            }
        }
        int year = LocalDate.now(ZoneOffset.UTC).getYear();
        followup.add("/bank-holidays/{date}", year + "-12-25", year + "-12-26", (year + 1) + "-01-01", year + "-05-04");
        as(base).body(Map.of("kind", "ADDED", "name", "Fuzz day")).put("/bank-holidays/" + year + "-11-30").then()
                .statusCode(org.hamcrest.Matchers.lessThan(300));
        followup.add("/bank-holidays/{date}", year + "-11-30").add("year", Integer.toString(year));
    }
}
