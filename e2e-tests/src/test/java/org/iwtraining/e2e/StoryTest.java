package org.iwtraining.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.awaitility.core.ThrowingRunnable;
import org.iwtraining.conventions.testing.ContractValidation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The suite's story told through the public APIs of the three services running as real processes: the
 * HR system loads people, a coordinator plans multi-agency sessions and books people onto them, with
 * every prerequisite answered over HTTP by catalogue-service; a train-the-trainer session that took place
 * is recorded, booking-service's outbox opens the follow-up cases (also across a followup-service outage),
 * and cascading (a session of the trainer attended by colleagues; an empty one proves nothing) or leaving closes them.
 */
class StoryTest {

    /** Six agencies of four sectors, ten people each; the first of each of eight agencies' lists is a trainer. */
    private static final List<List<String>> AGENCIES = List.of(
            List.of("NHS-NORTH", "North Community Health Trust", "HEALTH"),
            List.of("GP-FED", "City GP Federation", "HEALTH"),
            List.of("ST-MARYS", "St Mary's Primary School", "EDUCATION"),
            List.of("HILL-ACAD", "Hillside Academy", "EDUCATION"),
            List.of("CSC", "Children's Social Care", "SOCIAL_CARE"),
            List.of("POLICE-E", "Police East Division", "POLICE"));

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Suite suite;
    private int calls;

    /**
     * The whole story, once with one instance of booking-service and of followup-service, once with two of
     * each on the same databases and the calls spread across them: nothing doubles, nothing is lost.
     */
    @ParameterizedTest(name = "{0} instance(s) of booking and followup")
    @ValueSource(ints = { 1, 2 })
    void shouldTellTheStoryThroughThePublicApis(int instances) throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(ServiceProcess.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try (WebhookReceiver hr = new WebhookReceiver()) {
            // events are retried within seconds here, not with the production back-off, so the story does not wait minutes
            suite = Suite.start(Map.of(
                    "BOOKING_OUTBOX_EVERY", "1s",
                    "BOOKING_OUTBOX_FIRST_RETRY", "1S",
                    "BOOKING_OUTBOX_MAX_RETRY_DELAY", "2S",
                    "BOOKING_CASCADE_JOB_EVERY", "2s",
                    "BOOKING_REMINDERS_EVERY", "1s",
                    "SMTP_HOST", "127.0.0.1",
                    "SMTP_PORT", Integer.toString(smtp.getSmtp().getPort())), instances);
            // every request of the story carries a bearer token from the suite's OIDC provider, and every request
            // and response is held to the OpenAPI document the service it goes to serves
            RequestSpecBuilder spec = new RequestSpecBuilder().addHeader("Authorization", "Bearer " + suite.token());
            if (ContractValidation.enabled()) {
                spec.addFilter(ContractValidation.withRequests());
            }
            RestAssured.requestSpecification = spec.build();
            tellTheStory(hr, smtp);
        } finally {
            RestAssured.requestSpecification = null;
            if (suite != null) {
                suite.close();
            }
            smtp.stop();
        }
    }

    private void tellTheStory(WebhookReceiver hr, GreenMail smtp) {
        warmUp();
        List<Map<String, Object>> people = hrImportsSixtyPeople();
        partnerPeopleSurviveAFullHrImport(people);
        hrSubscribesToCompletions(hr);
        List<String> practitioners = people.stream().filter(p -> p.get("audience").equals("PRACTITIONER"))
                .map(p -> (String) p.get("hrId")).toList();
        List<String> trainers = people.stream().filter(p -> p.get("audience").equals("TRAINER"))
                .map(p -> (String) p.get("hrId")).toList();
        assertEquals(52, practitioners.size());
        assertEquals(8, trainers.size());

        List<String> sessions = new ArrayList<>(coordinatorAllocatesAMixedCohort(practitioners.subList(1, practitioners.size())));
        sessions.add(bookingAsksTheRealCatalogueForPrerequisites(practitioners.get(0)));
        LocalDate trainingEnded = trainTheTrainerSessionThatTookPlaceIsRecorded(trainers);
        followupOpensOneCasePerTrainer(trainers, trainingEnded);
        followupDownLosesNothing(trainers.subList(0, 2));
        // four colleagues of three agencies (NHS-NORTH twice, GP-FED, ST-MARYS), walk-ins on the cascade session
        List<String> colleagues = List.of(practitioners.get(0), practitioners.get(6), practitioners.get(1), practitioners.get(2));
        casesCloseByCascadeAndByLeaving(trainers.get(2), colleagues, trainers.get(3));
        // 8 CAF03 and 2 IS05 completions, and IW01 + CAF01 for each of the four colleagues
        hrGotEveryCompletionOnceSigned(hr, 8 + 2 + 2 * colleagues.size());
        everyAttendeeGotOneConfirmation(smtp, sessions);
        aReminderArrivesOnce(smtp, practitioners.get(0));
    }

    /**
     * Step 8: a place on a session tomorrow is due its reminder (3 working days before) at once; every instance
     * of booking-service runs the reminder job every second, and the attendee still gets exactly one.
     */
    private void aReminderArrivesOnce(GreenMail smtp, String practitioner) {
        String title = "IW introduction tomorrow";
        String session = createSession(title, List.of("IW01"), OffsetDateTime.now(ZoneOffset.UTC).plusHours(26)
                .truncatedTo(ChronoUnit.HOURS), 10);
        // the practitioner completed IW01 on the cascade session: a refresher, booked over ALREADY_TRAINED with a reason
        given().baseUri(booking()).contentType(ContentType.JSON)
                .body(Map.of("personId", practitioner, "overrideReason", "IW01 refresher"))
                .post("/sessions/" + session + "/bookings").then().statusCode(201).body("status", equalTo("CONFIRMED"));
        awaitUntil("a reminder", () -> reminders(smtp, title) >= 1);
        holdsFor3Seconds(() -> assertEquals(1, reminders(smtp, title), "a reminder was sent twice"));
    }

    private static long reminders(GreenMail smtp, String title) {
        return Mailbox.withSubject(smtp, Mailbox.REMINDER + title);
    }

    /**
     * Freshly started JVMs on a busy machine can miss booking-service's 2 s timeout on its first catalogue
     * calls (a 503, as designed); a client retries a 503, and so does this warm-up, once per instance, so the
     * story itself runs on warm services.
     */
    private void warmUp() {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(300).truncatedTo(ChronoUnit.HOURS);
        for (ServiceProcess booking : suite.bookings) {
            String[] id = new String[1];
            awaitUntil("booking-service to answer a session creation", () -> {
                var response = given().baseUri(booking.url()).contentType(ContentType.JSON)
                        .body(sessionBody("Warm-up", List.of("IW01", "CAF01"), start, 10)).post("/sessions");
                id[0] = response.statusCode() == 201 ? response.path("id") : null;
                return id[0] != null;
            });
            given().baseUri(booking.url()).contentType(ContentType.JSON).body(Map.of("reason", "TOO_FEW_BOOKINGS")).post("/sessions/" + id[0] + "/cancel").then().statusCode(200);
        }
    }

    /** Round robin over the instances: the story's calls are spread across them. */
    private String booking() {
        return suite.bookings.get(calls++ % suite.bookings.size()).url();
    }

    private String followup() {
        return suite.followups.get(calls++ % suite.followups.size()).url();
    }

    /** Step 1: the HR system creates the agencies and imports 60 people in one request. */
    private List<Map<String, Object>> hrImportsSixtyPeople() {
        for (List<String> agency : AGENCIES) {
            given().baseUri(booking()).contentType(ContentType.JSON)
                    .body(Map.of("code", agency.get(0), "name", agency.get(1), "sector", agency.get(2)))
                    .post("/agencies").then().statusCode(201);
        }
        List<Map<String, Object>> people = new ArrayList<>();
        int trainersLeft = 8;
        for (int i = 0; i < 60; i++) {
            String agency = AGENCIES.get(i % AGENCIES.size()).get(0);
            boolean trainer = i >= 48 && trainersLeft-- > 0;
            Map<String, Object> person = new LinkedHashMap<>();
            person.put("hrId", "HR-" + (1000 + i));
            person.put("givenName", "Given" + i);
            person.put("familyName", "Family" + i);
            person.put("email", "person" + i + "@example.org");
            person.put("phone", "0161 496 " + (1000 + i));
            person.put("agencyCode", agency);
            person.put("audience", trainer ? "TRAINER" : "PRACTITIONER");
            person.put("shareContactConsent", i % 2 == 0);
            people.add(person);
        }
        JsonPath result = given().baseUri(booking()).contentType(ContentType.JSON).body(people)
                .post("/people/import").then().statusCode(200).extract().jsonPath();
        assertEquals(60, result.getInt("created"));
        assertEquals(0, result.getInt("rejected"));
        assertEquals(List.of("CREATED"), result.getList("rows.result").stream().distinct().toList());
        return people;
    }

    /**
     * Step 1b: a coordinator registers a police officer as a partner person (not the authority's staff, so not in
     * the HR file); the HR system's full import of its own 60 people makes no leaver of them (a dry run first says
     * so, then the import itself).
     */
    private void partnerPeopleSurviveAFullHrImport(List<Map<String, Object>> people) {
        String partner = "P-POLICE-E-0001";
        given().baseUri(booking()).contentType(ContentType.JSON)
                .body(Map.of("givenName", "Jo", "familyName", "Reid", "agencyCode", "POLICE-E", "audience", "PRACTITIONER"))
                .put("/people/" + partner).then().statusCode(201).body("source", equalTo("PARTNER"));
        for (boolean dryRun : List.of(true, false)) {
            JsonPath result = given().baseUri(booking()).contentType(ContentType.JSON).queryParam("mode", "full")
                    .queryParam("dryRun", dryRun).body(people).post("/people/import").then().statusCode(200).extract().jsonPath();
            assertEquals(60, result.getInt("unchanged"));
            assertEquals(List.of(), result.getList("leavers"), "a full HR import leaves partner people alone");
        }
        given().baseUri(booking()).get("/people/" + partner).then().statusCode(200)
                .body("source", equalTo("PARTNER")).body("leftAt", equalTo(null));
    }

    /**
     * Step 2: three 20-seat introductory sessions and a cohort of 51 practitioners from six agencies: the
     * proposal places everyone, keeps every agency within its cap (8 of 20) and every session mixed;
     * confirming it books exactly the proposal.
     */
    private List<String> coordinatorAllocatesAMixedCohort(List<String> nominees) {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).truncatedTo(ChronoUnit.HOURS);
        List<String> sessions = List.of(
                createSession("IW and CAF introduction A", List.of("IW01", "CAF01"), start, 20),
                createSession("IW and CAF introduction B", List.of("IW01", "CAF01"), start.plusDays(1), 20),
                createSession("IW and CAF introduction C", List.of("IW01", "CAF01"), start.plusDays(2), 20));
        JsonPath proposal = given().baseUri(booking()).contentType(ContentType.JSON)
                .body(Map.of("name", "Spring introductions", "nominees", nominees, "sessions", sessions, "strategy", "SPREAD"))
                .post("/cohorts").then().statusCode(201).body("status", equalTo("PROPOSED")).extract().jsonPath();
        assertEquals(51, proposal.getInt("objective.placed"));
        assertEquals(List.of(), proposal.getList("unplaced"));
        for (int i = 0; i < 3; i++) {
            Map<String, Integer> agencies = proposal.getMap("sessions[" + i + "].agencies");
            assertTrue(agencies.values().stream().allMatch(n -> n <= 8), "agency over its cap: " + agencies);
            assertTrue(proposal.getInt("sessions[" + i + "].distinctAgencies") >= 3, "too few agencies: " + agencies);
            assertEquals("OK", proposal.getString("sessions[" + i + "].mixStatus"));
        }

        given().baseUri(booking()).post("/cohorts/" + proposal.getString("id") + "/confirm")
                .then().statusCode(200).body("status", equalTo("CONFIRMED"));
        int confirmed = 0;
        for (String session : sessions) {
            JsonPath view = given().baseUri(booking()).get("/sessions/" + session).then().statusCode(200)
                    .extract().jsonPath();
            Map<String, Integer> agencies = view.getMap("agencies");
            assertTrue(agencies.values().stream().allMatch(n -> n <= view.getInt("agencyCap")), "cap broken: " + agencies);
            assertEquals(view.getInt("confirmed"), agencies.values().stream().mapToInt(Integer::intValue).sum());
            confirmed += view.getInt("confirmed");
        }
        assertEquals(51, confirmed);
        return sessions;
    }

    /**
     * booking-service checks a session's prerequisites with catalogue-service over HTTP: CAF02 alone is
     * refused for a newcomer with the missing module named by the catalogue, IW01 + CAF01 + CAF02 in one
     * session is open to them.
     */
    private String bookingAsksTheRealCatalogueForPrerequisites(String newcomer) {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(40).truncatedTo(ChronoUnit.HOURS);
        String caf02Alone = createSession("CAF in practice", List.of("CAF02"), start, 20);
        given().baseUri(booking()).contentType(ContentType.JSON).body(Map.of("personId", newcomer))
                .post("/sessions/" + caf02Alone + "/bookings")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("PREREQUISITE_MISSING"))
                .body("missing", hasItem(List.of("CAF01")));

        String wholeDay = createSession("CAF from the start", List.of("IW01", "CAF01", "CAF02"), start.plusDays(7), 20);
        given().baseUri(booking()).contentType(ContentType.JSON).body(Map.of("personId", newcomer))
                .post("/sessions/" + wholeDay + "/bookings")
                .then().statusCode(201).body("status", equalTo("CONFIRMED"));
        return wholeDay;
    }

    /** Step 3: a CAF03 session that took place two weeks ago, recorded with its attendance. */
    private LocalDate trainTheTrainerSessionThatTookPlaceIsRecorded(List<String> trainers) {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).minusDays(15).truncatedTo(ChronoUnit.HOURS);
        String caf03 = createSession("Train-the-trainer: CAF", List.of("CAF03"), start, 12);
        recordAttendance(caf03, trainers);
        for (String trainer : trainers) {
            List<String> modules = given().baseUri(booking()).get("/people/" + trainer + "/training-record")
                    .then().statusCode(200).extract().jsonPath().getList("completions.moduleRef");
            assertTrue(modules.contains("CAF03"), trainer + " should have completed CAF03: " + modules);
        }
        return start.plusHours(6).atZoneSameInstant(LONDON).toLocalDate();
    }

    /**
     * Step 4: booking-service's outbox told followup-service of each completion: one open CAF03 case per
     * trainer, its first call due 14 days after the training on a working day; a NOT_STARTED call moves
     * it 14 days on.
     */
    private void followupOpensOneCasePerTrainer(List<String> trainers, LocalDate trainingEnded) {
        LocalDate firstDue = nextWorkingDay(trainingEnded.plusDays(14));
        for (String trainer : trainers) {
            JsonPath cases = awaitCases(trainer, "CAF03", 1);
            assertEquals("OPEN", cases.getString("items[0].status"));
            assertEquals(firstDue.toString(), cases.getString("items[0].nextCallDue"), trainer);
        }
        String caseId = awaitCases(trainers.get(4), "CAF03", 1).getString("items[0].id");
        OffsetDateTime calledAt = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5);
        given().baseUri(followup()).contentType(ContentType.JSON)
                .body(Map.of("outcome", "NOT_STARTED", "calledAt", calledAt.toString(), "notes", "colleagues booked for March"))
                .post("/followups/" + caseId + "/calls").then().statusCode(201);
        LocalDate nextDue = nextWorkingDay(calledAt.atZoneSameInstant(LONDON).toLocalDate().plusDays(14));
        given().baseUri(followup()).get("/followups/" + caseId).then().statusCode(200)
                .body("nextCallDue", equalTo(nextDue.toString()));
    }

    /**
     * Step 5: followup-service is stopped while another train-the-trainer attendance (IS05) is recorded;
     * booking-service keeps the events and retries; once followup-service is back each case appears, once.
     */
    private void followupDownLosesNothing(List<String> trainers) {
        suite.followups.forEach(ServiceProcess::stop);
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).minusDays(3).truncatedTo(ChronoUnit.HOURS);
        String is05 = createSession("Train-the-trainer: information sharing", List.of("IS05"), start, 12);
        recordAttendance(is05, trainers);
        awaitUntil("an IS05 delivery to fail while followup-service is down", () -> given().baseUri(booking())
                .queryParam("status", "PENDING").queryParam("limit", 500).get("/outbox").then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.type == 'followup.requested' && it.attempts > 0 }").size() >= trainers.size());
        suite.followups.forEach(ServiceProcess::start);
        for (String trainer : trainers) {
            awaitCases(trainer, "IS05", 1);
        }
        // and no duplicate comes while the dispatcher has time to deliver one, if it were going to
        holdsFor3Seconds(() -> {
            for (String trainer : trainers) {
                assertEquals(1, cases(trainer, "IS05").getList("items").size(), trainer + " has one IS05 case");
            }
        });
    }

    /**
     * Step 6: a trainer's CAF session in the past with nobody attending proves nothing: their CAF03 case stays
     * open. Its attendance recorded — four colleagues of three agencies — booking-service tells followup-service
     * the cascade (attendees by agency and sector): it is recorded on the case and counted in the trainer's reach,
     * and the case closes with its first call, which is always made; a trainer who leaves has their cases closed LEFT.
     */
    private void casesCloseByCascadeAndByLeaving(String deliverer, List<String> colleagues, String leaver) {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).minusDays(1).truncatedTo(ChronoUnit.HOURS);
        Map<String, Object> session = sessionBody("CAF introduction, delivered by a cascade trainer", List.of("IW01", "CAF01"), start, 20);
        session.put("trainerHrIds", List.of(deliverer));
        String cascade = given().baseUri(booking()).contentType(ContentType.JSON).body(session).post("/sessions")
                .then().statusCode(201).extract().path("id");
        // the cascade job runs every 2 s here: an empty session would have been told by now, if it were going to be
        holdsFor3Seconds(() -> assertEquals("OPEN", cases(deliverer, "CAF03").getString("items[0].status"),
                "an empty session of the trainer closed their case"));

        recordAttendance(cascade, colleagues);
        // the cascade is recorded on the case, which stays open for its first call: that call is always made
        String caseId = cases(deliverer, "CAF03").getString("items[0].id");
        awaitUntil(deliverer + "'s cascade to reach the case", () -> given().baseUri(followup()).get("/followups/" + caseId)
                .then().statusCode(200).extract().path("cascadeDetectedOn") != null);
        assertEquals("OPEN", cases(deliverer, "CAF03").getString("items[0].status"), "a cascade before the first call closed the case");
        // what booking-service told followup-service: 4 colleagues over 3 agencies and 2 sectors
        JsonPath told = JsonPath.from(toJson(given().baseUri(booking()).queryParam("status", "DELIVERED").queryParam("limit", 500)
                .get("/outbox").then().statusCode(200).extract().jsonPath()
                .getMap("items.find { it.type == 'cascade.started' && it.key == '" + deliverer + "' }.payload")));
        assertEquals(cascade, told.getString("sessionId"));
        assertEquals(4, told.getInt("attendees"));
        assertEquals(Map.of("NHS-NORTH", 2, "GP-FED", 1, "ST-MARYS", 1), told.getMap("byAgency"));
        assertEquals(Map.of("HEALTH", 3, "EDUCATION", 1), told.getMap("bySector"));
        // followup-service's own count of the trainer's reach: 4 colleagues over 3 agencies
        JsonPath reach = given().baseUri(followup()).get("/trainers/" + deliverer + "/reach").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(4, reach.getInt("colleaguesTrained"));
        assertEquals(3, reach.getMap("byAgency").size(), reach.prettify());
        // the first call asks how the materials are received, and closes the case: the cascade has begun
        given().baseUri(followup()).contentType(ContentType.JSON)
                .body(Map.of("outcome", "CASCADE_STARTED", "calledAt", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1).toString(),
                        "materialsReception", "WORKING_WELL", "notes", "ran CAF01 for four colleagues"))
                .post("/followups/" + caseId + "/calls").then().statusCode(201);
        assertEquals("CLOSED", cases(deliverer, "CAF03").getString("items[0].status"));
        assertEquals("CASCADE_STARTED", cases(deliverer, "CAF03").getString("items[0].closedReason"));

        given().baseUri(booking()).delete("/people/" + leaver).then().statusCode(204);
        awaitUntil(leaver + "'s CAF03 case to close", () -> "CLOSED".equals(cases(leaver, "CAF03").getString("items[0].status")));
        assertEquals("LEFT", cases(leaver, "CAF03").getString("items[0].closedReason"));
    }

    /** The HR system subscribes to completions and keeps the signing secret it is shown once. */
    private void hrSubscribesToCompletions(WebhookReceiver hr) {
        String secret = given().baseUri(booking()).contentType(ContentType.JSON)
                .body(Map.of("url", hr.url(), "events", List.of("completion.recorded")))
                .post("/webhooks").then().statusCode(201).extract().path("secret");
        hr.useSecret(secret);
    }

    /** Step 7: every completion reached the HR system with a valid signature; by webhook-id, none twice. */
    private void hrGotEveryCompletionOnceSigned(WebhookReceiver hr, int completions) {
        awaitUntil(completions + " completion webhooks", () -> hr.countsById().size() >= completions);
        // time enough for a duplicate delivery to arrive, if there were one
        holdsFor3Seconds(() -> {
            assertEquals(completions, hr.countsById().size(), "distinct webhook-ids: " + hr.countsById());
            assertTrue(hr.countsById().values().stream().allMatch(n -> n == 1), "a delivery came twice: " + hr.countsById());
        });
        assertTrue(hr.deliveries().stream().allMatch(WebhookReceiver.Delivery::signatureValid), "a signature did not verify");
        assertTrue(hr.deliveries().stream().allMatch(d -> d.body().contains("\"completion.recorded\"")));
        // each body is what booking-service's document publishes for a delivery
        if (!ContractValidation.enabled()) {
            return;
        }
        ContractValidation.Contract contract = ContractValidation.Contract.of("booking-service", readJson(
                given().baseUri(booking()).queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                        .extract().asString()));
        List<String> violations = new ArrayList<>();
        hr.deliveries().forEach(d -> violations.addAll(contract.checkSchema("WebhookDeliveryBody", readJson(d.body()))));
        assertEquals(List.of(), violations, "webhook bodies off the WebhookDeliveryBody schema");
    }

    private static JsonNode readJson(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Step 7: the SMTP server every service mails through got one "place confirmed" notice for each
     * confirmed booking, and no booking's twice.
     */
    private void everyAttendeeGotOneConfirmation(GreenMail smtp, List<String> sessions) {
        List<String> confirmedBookings = new ArrayList<>();
        for (String session : sessions) {
            confirmedBookings.addAll(given().baseUri(booking()).queryParam("limit", 500).get("/sessions/" + session + "/bookings")
                    .then().statusCode(200).extract().jsonPath().getList("items.findAll { it.status == 'CONFIRMED' }.id"));
        }
        assertEquals(52, confirmedBookings.size());
        awaitUntil("52 confirmation notices", () -> confirmations(smtp).size() >= confirmedBookings.size());
        holdsFor3Seconds(() -> {
            List<String> references = confirmations(smtp);
            assertEquals(Set.copyOf(confirmedBookings), Set.copyOf(references));
            assertEquals(confirmedBookings.size(), references.size(), "a notice was sent twice");
        });
    }

    /** The booking references of the "place confirmed" mails received so far. */
    private static List<String> confirmations(GreenMail smtp) {
        return Mailbox.bookingReferences(smtp, Mailbox.CONFIRMED);
    }

    private void recordAttendance(String sessionId, List<String> people) {
        List<Map<String, Object>> attendance = people.stream()
                .map(id -> Map.<String, Object>of("personId", id, "status", "ATTENDED")).toList();
        given().baseUri(booking()).contentType(ContentType.JSON).body(attendance)
                .post("/sessions/" + sessionId + "/attendance").then().statusCode(200).body("$", hasSize(people.size()));
    }

    private JsonPath cases(String personId, String moduleRef) {
        JsonPath all = given().baseUri(followup()).queryParam("personId", personId).get("/followups")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> matching = all.<Map<String, Object>>getList("items").stream()
                .filter(c -> moduleRef.equals(c.get("moduleRef"))).toList();
        return JsonPath.from(toJson(Map.of("items", matching)));
    }

    private JsonPath awaitCases(String personId, String moduleRef, int count) {
        awaitUntil(count + " " + moduleRef + " case(s) of " + personId, () -> cases(personId, moduleRef).getList("items").size() >= count);
        JsonPath found = cases(personId, moduleRef);
        assertEquals(count, found.getList("items").size(), personId + " " + moduleRef);
        return found;
    }

    /** The working-day rule, with the bank holidays followup-service itself publishes. */
    private LocalDate nextWorkingDay(LocalDate date) {
        Set<String> holidays = new HashSet<>();
        for (int year = date.getYear(); year <= date.getYear() + 1; year++) {
            holidays.addAll(given().baseUri(followup()).queryParam("year", year).get("/bank-holidays")
                    .then().statusCode(200).extract().jsonPath().getList("items.date"));
        }
        LocalDate day = date;
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
                || holidays.contains(day.toString())) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static void awaitUntil(String what, Callable<Boolean> condition) {
        await(what).atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(condition);
    }

    /** The assertions hold now and go on holding for 3 s: a duplicate would have had time to arrive. */
    private static void holdsFor3Seconds(ThrowingRunnable assertions) {
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(assertions);
    }

    private static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String createSession(String title, List<String> modules, OffsetDateTime start, int capacity) {
        return given().baseUri(booking()).contentType(ContentType.JSON).body(sessionBody(title, modules, start, capacity))
                .post("/sessions").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> sessionBody(String title, List<String> modules, OffsetDateTime start, int capacity) {
        Map<String, Object> session = new LinkedHashMap<>();
        session.put("title", title);
        session.put("venue", "Civic Centre, Room 2");
        session.put("moduleRefs", modules);
        session.put("capacity", capacity);
        // RFC 3339 (the document's date-time) has seconds; OffsetDateTime.toString() leaves out zero ones
        session.put("startsAt", start.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        session.put("endsAt", start.plusHours(6).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        return session;
    }
}
