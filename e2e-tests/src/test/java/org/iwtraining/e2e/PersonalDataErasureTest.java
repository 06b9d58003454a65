package org.iwtraining.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;

/**
 * A person's data erased across the suite, over real HTTP between the packaged services: a person with a name,
 * e-mail and phone no one else has is let flow everywhere (a booking with its notice, made by an idempotent POST;
 * a train-the-trainer completion that opens a follow-up case in followup-service, with a digest reminder and a
 * call whose notes name them; webhook deliveries to the HR system), exported, erased, and then every text,
 * varchar, json, jsonb and text-array column of every table of the suite's databases is searched for those
 * values: none may remain. The export before the erasure holds them; the one after does not.
 */
class PersonalDataErasureTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void shouldLeaveNoTraceOfAnErasedPersonInAnyColumnOfAnyDatabase() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(ServiceProcess.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Suite suite = null;
        try (WebhookReceiver hr = new WebhookReceiver()) {
            suite = Suite.start(Map.of(
                    "BOOKING_OUTBOX_EVERY", "1s",
                    "BOOKING_OUTBOX_FIRST_RETRY", "1S",
                    "BOOKING_OUTBOX_MAX_RETRY_DELAY", "2S",
                    // the digest every two seconds instead of once a working day at 08:00
                    "FOLLOWUP_REMINDERS_CRON", "*/2 * * * * ?",
                    "SMTP_HOST", "127.0.0.1",
                    "SMTP_PORT", Integer.toString(smtp.getSmtp().getPort())), 1);
            RestAssured.requestSpecification = new RequestSpecBuilder()
                    .addHeader("Authorization", "Bearer " + suite.token()).build();
            eraseAndScan(suite, hr);
        } finally {
            RestAssured.requestSpecification = null;
            if (suite != null) {
                suite.close();
            }
            smtp.stop();
        }
    }

    private void eraseAndScan(Suite suite, WebhookReceiver hr) throws SQLException {
        String booking = suite.bookings.get(0).url();
        String followup = suite.followups.get(0).url();
        String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String hrId = "HR-ERASE-" + tag;
        String givenName = "Zephyrine" + tag;
        String familyName = "Quillfeather" + tag;
        String email = "z.quillfeather." + tag + "@example.org";
        String phone = "01632 " + tag.substring(0, 6).chars().map(c -> '0' + c % 10)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        List<String> secrets = List.of(givenName, familyName, email, phone);

        // the HR system: an agency, the person (consenting to share contact details), a webhook subscription
        given().baseUri(booking).contentType(ContentType.JSON)
                .body(Map.of("code", "ERASE-AG", "name", "Erasure Test Trust", "sector", "HEALTH"))
                .post("/agencies").then().statusCode(201);
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("givenName", givenName);
        person.put("familyName", familyName);
        person.put("email", email);
        person.put("phone", phone);
        person.put("agencyCode", "ERASE-AG");
        person.put("audience", "TRAINER");
        person.put("shareContactConsent", true);
        given().baseUri(booking).contentType(ContentType.JSON).body(person).put("/people/" + hrId).then().statusCode(201);
        String secret = given().baseUri(booking).contentType(ContentType.JSON)
                .body(Map.of("url", hr.url(), "events", List.of("completion.recorded", "followup.requested", "person.updated")))
                .post("/webhooks").then().statusCode(201).extract().path("secret");
        hr.useSecret(secret);

        // a place on a future session by an idempotent POST (replayed once), with its notice
        OffsetDateTime soon = OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).truncatedTo(ChronoUnit.HOURS);
        String future = session(booking, "IW introduction", List.of("IW01"), soon);
        String key = UUID.randomUUID().toString();
        String placed = given().baseUri(booking).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("personId", hrId)).post("/sessions/" + future + "/bookings").then().statusCode(201).extract().asString();
        String replayed = given().baseUri(booking).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("personId", hrId)).post("/sessions/" + future + "/bookings").then().statusCode(201).extract().asString();
        assertEquals(placed, replayed);
        given().baseUri(booking).get("/sessions/" + future + "/contacts").then().statusCode(200)
                .body("find { it.personId == '" + hrId + "' }.email", equalTo(email));

        // a train-the-trainer session that took place: the completion opens a follow-up case
        OffsetDateTime past = OffsetDateTime.now(ZoneOffset.UTC).minusDays(15).truncatedTo(ChronoUnit.HOURS);
        String caf03 = session(booking, "Train-the-trainer: CAF", List.of("CAF03"), past);
        given().baseUri(booking).contentType(ContentType.JSON).body(List.of(Map.of("personId", hrId, "status", "ATTENDED")))
                .post("/sessions/" + caf03 + "/attendance").then().statusCode(200);
        awaitUntil("the follow-up case", () -> given().baseUri(followup).queryParam("personId", hrId).get("/followups")
                .then().statusCode(200).extract().jsonPath().getList("items").size() == 1);
        String caseId = given().baseUri(followup).queryParam("personId", hrId).get("/followups").then().extract().path("items[0].id");
        // its first call is due 14 days after the training (moved to a working day): today's digest lists it
        LocalDate due = LocalDate.parse(given().baseUri(followup).get("/followups/" + caseId).then().extract().path("nextCallDue"));
        LocalDate today = LocalDate.now(LONDON);
        boolean digest = !due.isAfter(today) && workingDay(followup, today);
        if (digest) {
            awaitUntil("a digest naming the trainer", () -> given().baseUri(followup).get("/followups/" + caseId + "/reminders")
                    .then().statusCode(200).extract().asString().contains(phone));
        }
        given().baseUri(followup).contentType(ContentType.JSON).body(Map.of("outcome", "NOT_STARTED",
                "calledAt", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5).toString(),
                "notes", "spoke to " + givenName + " " + familyName + " on " + phone,
                "materialsFeedback", "send the slides to " + email))
                .post("/followups/" + caseId + "/calls").then().statusCode(201);
        awaitUntil("the webhook deliveries", () -> hr.deliveries().stream().anyMatch(d -> d.body().contains(email)));

        // before: the export holds every value, and so do the databases
        String before = given().baseUri(booking).get("/people/" + hrId + "/export").then().statusCode(200).extract().asString();
        for (String value : secrets) {
            assertTrue(before.contains(value), "the export before the erasure should hold " + value);
        }
        // the scan sees the copies the erasure must reach
        List<String> seen = traces(secrets);
        List<String> places = new ArrayList<>(List.of("booking" + Suite.DB_SUFFIX + ".person.email",
                "booking" + Suite.DB_SUFFIX + ".outbox_event.payload", "followup" + Suite.DB_SUFFIX + ".followup_case.phone",
                "followup" + Suite.DB_SUFFIX + ".followup_call.notes", "followup" + Suite.DB_SUFFIX + ".followup_call.materials_feedback"));
        if (digest) {
            places.add("followup" + Suite.DB_SUFFIX + ".reminder.body");
        }
        for (String place : places) {
            assertTrue(seen.stream().anyMatch(f -> f.startsWith(place + " ")), place + " should hold the person before: " + seen);
        }

        given().baseUri(booking).post("/people/" + hrId + "/erasure").then().statusCode(202)
                .body("personId", equalTo(hrId)).body("firstErasure", equalTo(true));
        awaitUntil("followup-service to apply the erasure", () -> {
            var c = given().baseUri(followup).get("/followups/" + caseId).then().statusCode(200).extract().jsonPath();
            return "[erased]".equals(c.getString("name")) && "ERASED".equals(c.getString("closedReason"));
        });
        awaitUntil("the outbox to deliver everything", () -> given().baseUri(booking).queryParam("status", "PENDING")
                .get("/outbox").then().statusCode(200).extract().jsonPath().getList("items").isEmpty());

        List<String> found = traces(secrets);
        assertEquals(List.of(), found, "personal data left after the erasure");
        String after = given().baseUri(booking).get("/people/" + hrId + "/export").then().statusCode(200).extract().asString();
        for (String value : secrets) {
            assertFalse(after.contains(value), "the export after the erasure still holds " + value);
        }
        assertTrue(after.contains("[erased]"));
        // the counts stay, under the person's id; the person is off the contact list
        given().baseUri(booking).get("/people/" + hrId + "/training-record").then().statusCode(200)
                .body("completions.size()", equalTo(1));
        given().baseUri(booking).get("/sessions/" + future + "/contacts").then().statusCode(200)
                .body("findAll { it.personId == '" + hrId + "' }.size()", equalTo(0));
    }

    /** Columns scanned by the last call of {@link #traces}, by database. */
    static final Map<String, Integer> COLUMNS_SCANNED = new LinkedHashMap<>();

    /**
     * Every column of a text type (text, varchar, char, json, jsonb, and arrays of them) of every table and view
     * in every schema but PostgreSQL's own, in the booking, followup and catalogue databases: {@code db.table.column}
     * for each that holds one of the values.
     */
    private static List<String> traces(List<String> values) throws SQLException {
        List<String> found = new ArrayList<>();
        COLUMNS_SCANNED.clear();
        for (String database : List.of("booking", "followup", "catalogue")) {
            String name = database + Suite.DB_SUFFIX;
            try (Connection db = DriverManager.getConnection(Suite.jdbcUrl(name), Suite.DB_USER, Suite.DB_PASSWORD)) {
                List<String[]> columns = new ArrayList<>();
                try (PreparedStatement query = db.prepareStatement("""
                        select c.table_schema, c.table_name, c.column_name from information_schema.columns c
                        join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                        where c.table_schema not in ('pg_catalog', 'information_schema')
                          and (c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb')
                               or (c.data_type = 'ARRAY' and c.udt_name in ('_text', '_varchar', '_bpchar', '_json', '_jsonb')))
                        order by 1, 2, 3""");
                        ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        columns.add(new String[] { rows.getString(1), rows.getString(2), rows.getString(3) });
                    }
                }
                COLUMNS_SCANNED.put(name, columns.size());
                for (String[] column : columns) {
                    String sql = "select count(*) from \"" + column[0] + "\".\"" + column[1] + "\" where strpos(\"" + column[2]
                            + "\"::text, ?) > 0";
                    for (String value : values) {
                        try (PreparedStatement count = db.prepareStatement(sql)) {
                            count.setString(1, value);
                            try (ResultSet result = count.executeQuery()) {
                                result.next();
                                if (result.getLong(1) > 0) {
                                    found.add(name + "." + column[1] + "." + column[2] + " holds " + value);
                                }
                            }
                        }
                    }
                }
            }
        }
        assertTrue(COLUMNS_SCANNED.get("booking" + Suite.DB_SUFFIX) > 40 && COLUMNS_SCANNED.get("followup" + Suite.DB_SUFFIX) > 30,
                "too few columns found to scan: " + COLUMNS_SCANNED);
        System.out.println("Personal data scan: text columns scanned " + COLUMNS_SCANNED);
        return found;
    }

    private static boolean workingDay(String followup, LocalDate day) {
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return false;
        }
        return !given().baseUri(followup).queryParam("year", day.getYear()).get("/bank-holidays").then().statusCode(200)
                .extract().jsonPath().getList("items.date").contains(day.toString());
    }

    private static String session(String booking, String title, List<String> modules, OffsetDateTime start) {
        Map<String, Object> session = new LinkedHashMap<>();
        session.put("title", title);
        session.put("venue", "Civic Centre, Room 4");
        session.put("moduleRefs", modules);
        session.put("capacity", 12);
        // RFC 3339 (the document's date-time) has seconds; OffsetDateTime.toString() leaves out zero ones
        session.put("startsAt", start.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        session.put("endsAt", start.plusHours(6).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        return given().baseUri(booking).contentType(ContentType.JSON).body(session).post("/sessions")
                .then().statusCode(201).extract().path("id");
    }

    private static void awaitUntil(String what, Callable<Boolean> condition) {
        await(what).atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(condition);
    }
}
