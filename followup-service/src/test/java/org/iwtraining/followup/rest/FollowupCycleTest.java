package org.iwtraining.followup.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.iwtraining.followup.rest.Fixtures.followup;
import static org.iwtraining.followup.rest.Fixtures.open;
import static org.iwtraining.followup.rest.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import jakarta.inject.Inject;

import org.iwtraining.conventions.problem.DomainException;
import org.iwtraining.conventions.testing.MutableClock;
import org.iwtraining.followup.cases.CaseService;
import org.iwtraining.followup.cases.SelfReport;
import org.iwtraining.followup.reminders.ReminderService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * The follow-up cycle of issue 12 through the API with the injectable clock: the first call always made, cascades
 * detected before and after it, the ordering race both ways, stalls and their one escalation, structured calls.
 * Training ends Monday 4 January 2027: the first call is due Monday 18 January.
 */
@QuarkusTest
class FollowupCycleTest {

    private static final String TRAINING = "2027-01-04";

    @Inject
    MutableClock clock;
    @Inject
    ReminderService reminders;
    @Inject
    CaseService cases;
    @Inject
    MockMailbox mailbox;

    @BeforeEach
    void setClock() {
        clock.set(Instant.parse("2027-03-10T12:00:00Z"));
        mailbox.clear();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static ValidatableResponse cascadeEvent(String person, String process, String session, String date, int attendees,
            Map<String, Integer> byAgency) {
        Map<String, Object> event = new HashMap<>(Map.of("personId", person, "process", process, "sessionId", session,
                "startsOn", date, "sessionDate", date, "attendees", attendees, "byAgency", byAgency,
                "bySector", Map.of("health", attendees)));
        return given().contentType(ContentType.JSON).body(event).post("/cascade-events").then().statusCode(200);
    }

    static ValidatableResponse call(String caseId, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/followups/" + caseId + "/calls").then();
    }

    static Map<String, Object> outcome(String outcome, String calledAt) {
        return new HashMap<>(Map.of("outcome", outcome, "calledAt", calledAt));
    }

    static JsonPath get(String caseId) {
        return given().get("/followups/" + caseId).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void shouldRecordACascadeDetectedBeforeTheFirstCallAndCloseOnlyWhenTheCallIsMade() {
        String person = unique("person");
        String id = open(followup(person, "CAF03", "CAF", TRAINING)).getString("id");
        cascadeEvent(person, "CAF", unique("session"), "2027-01-08", 4, Map.of("AG-A", 2, "AG-B", 1, "AG-C", 1))
                .body("closedCases", equalTo(0)).body("updatedCases", equalTo(1));
        JsonPath c = get(id);
        assertEquals("OPEN", c.getString("status"));
        assertEquals("AWAITING_FIRST_CALL", c.getString("phase"));
        assertEquals("2027-01-08", c.getString("cascadeDetectedOn"));
        assertEquals("2027-01-18", c.getString("nextCallDue"), "the 2-week call is still due");
        assertEquals(4, c.getInt("cascades[0].attendees"));
        assertEquals("BOOKING", c.getString("cascades[0].source"));
        assertEquals(4, c.getInt("colleaguesReached"));

        // an unanswered attempt does not count as the first call
        call(id, outcome("NO_CONTACT", "2027-01-18T10:00:00Z")).statusCode(201).body("status", equalTo("OPEN"))
                .body("nextCallDue", equalTo("2027-01-20"));
        Map<String, Object> first = outcome("NOT_STARTED", "2027-01-20T10:00:00Z");
        first.put("materialsReception", "WORKING_WELL");
        call(id, first).statusCode(201).body("status", equalTo("CLOSED"))
                .body("closedReason", equalTo("CASCADE_STARTED")).body("cascadeStartedOn", equalTo("2027-01-08"))
                .body("firstCallMade", equalTo(true)).body("phase", nullValue())
                .body("calls[1].materialsReception", equalTo("WORKING_WELL"));
    }

    @Test
    void shouldCloseOnADeliveredSessionAfterTheFirstCall() {
        String person = unique("person");
        String id = open(followup(person, "IW05", "IW", TRAINING)).getString("id");
        call(id, outcome("NOT_STARTED", "2027-01-18T10:00:00Z")).statusCode(201).body("phase", equalTo("NOT_STARTED"));
        cascadeEvent(person, "IW", unique("session"), "2027-01-25", 3, Map.of("AG-A", 3))
                .body("closedCases", equalTo(1)).body("updatedCases", equalTo(0));
        JsonPath c = get(id);
        assertEquals("CLOSED", c.getString("status"));
        assertEquals("CASCADE_SESSION", c.getString("closedReason"));
        assertEquals("2027-01-25", c.getString("cascadeStartedOn"));
    }

    @Test
    void shouldApplyACascadeThatArrivedBeforeTheCaseOnceTheCaseOpens() {
        String person = unique("person");
        String session = unique("session");
        cascadeEvent(person, "LP", session, "2027-01-11", 5, Map.of("AG-A", 5)).body("closedCases", equalTo(0))
                .body("updatedCases", equalTo(0)).body("replay", equalTo(false));
        // a session before this training is not its cascade
        cascadeEvent(person, "LP", unique("session"), "2026-12-01", 6, Map.of()).body("updatedCases", equalTo(0));
        Map<String, Object> completion = followup(person, "LP03", "LP", TRAINING);
        String id = open(completion).getString("id");
        JsonPath c = get(id);
        assertEquals("OPEN", c.getString("status"));
        assertEquals("AWAITING_FIRST_CALL", c.getString("phase"));
        assertEquals("2027-01-11", c.getString("cascadeDetectedOn"));
        assertEquals("2027-01-18", c.getString("nextCallDue"));
        assertEquals(1, c.getList("cascades").size());
        assertEquals(5, c.getInt("colleaguesReached"));

        // the same event again, and the same completion again, apply nothing twice
        cascadeEvent(person, "LP", session, "2027-01-11", 5, Map.of("AG-A", 5)).body("replay", equalTo(true))
                .body("updatedCases", equalTo(0));
        given().contentType(ContentType.JSON).body(completion).post("/followups").then().statusCode(200);
        assertEquals(1, get(id).getList("cascades").size());
        given().get("/trainers/" + person + "/reach").then().statusCode(200).body("sessionsDelivered", equalTo(2))
                .body("colleaguesTrained", equalTo(11));

        call(id, outcome("NOT_STARTED", "2027-01-18T10:00:00Z")).statusCode(201)
                .body("closedReason", equalTo("CASCADE_STARTED"));
    }

    @Test
    void shouldApplyTheSameCascadeEventOnceWhenItArrivesTwiceAtOnce() {
        String person = unique("person");
        String id = open(followup(person, "IS05", "IS", TRAINING)).getString("id");
        String session = unique("session");
        List<CompletableFuture<Void>> both = List.of(1, 2).stream().map(i -> CompletableFuture.runAsync(
                () -> cascadeEvent(person, "IS", session, "2027-01-12", 3, Map.of("AG-A", 3)))).toList();
        both.forEach(CompletableFuture::join);
        JsonPath c = get(id);
        assertEquals(1, c.getList("cascades").size());
        assertEquals(3, c.getInt("colleaguesReached"));
    }

    @Test
    void shouldStallAfterThreeNotStartedCallsAndEscalateOnceAcrossTwoInstances() throws Exception {
        String manager = unique("manager") + "@example.org";
        String caller = Fixtures.caller(null);
        Map<String, Object> completion = followup(unique("person"), "IW05", "IW", TRAINING);
        completion.put("callerId", caller);
        completion.put("managerName", "Pat Manager");
        completion.put("managerEmail", manager);
        String id = open(completion).getString("id");
        assertEquals(manager, get(id).getString("managerEmail"));

        call(id, outcome("NOT_STARTED", "2027-01-18T10:00:00Z")).statusCode(201).body("phase", equalTo("NOT_STARTED"))
                .body("nextCallDue", equalTo("2027-02-01"));
        call(id, outcome("NOT_STARTED", "2027-02-01T10:00:00Z")).statusCode(201).body("phase", equalTo("NOT_STARTED"));
        reminders.sendDue();
        assertEquals(0, mailbox.getMailsSentTo(manager).size(), "two NOT_STARTED calls do not stall");
        call(id, outcome("NOT_STARTED", "2027-02-15T10:00:00Z")).statusCode(201).body("phase", equalTo("STALLED"))
                .body("stalledOn", equalTo("2027-02-15")).body("status", equalTo("OPEN"))
                .body("nextCallDue", equalTo("2027-03-01"));

        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<ReminderService.RunSummary>> runs = List.of(1, 2).stream()
                .map(i -> CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return reminders.sendDue();
                })).toList();
        start.countDown();
        runs.forEach(CompletableFuture::join);
        reminders.sendDue();
        assertEquals(1, mailbox.getMailsSentTo(manager).size(), "one escalation to the trainer's line manager");
        String text = mailbox.getMailsSentTo(manager).get(0).getText();
        org.hamcrest.MatcherAssert.assertThat(text, org.hamcrest.Matchers.containsString("Dear Pat Manager"));
        org.hamcrest.MatcherAssert.assertThat(text, org.hamcrest.Matchers.containsString("after 3 follow-up calls"));
        given().get("/followups/" + id + "/reminders").then().body("items.kind", org.hamcrest.Matchers.hasItem("ESCALATION"));

        // still in the caller's queue, flagged
        given().queryParam("date", "2027-03-01").get("/callers/" + caller + "/queue").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].caseId", equalTo(id)).body("items[0].stalled", equalTo(true))
                .body("items[0].phase", equalTo("STALLED"));

        // a stalled case that later cascades closes normally
        given().contentType(ContentType.JSON).body(Map.of("date", "2027-03-05", "attendees", 6,
                "agencies", Map.of("AG-A", 6), "sectors", Map.of("health", 6)))
                .post("/followups/" + id + "/cascades").then().statusCode(201).body("status", equalTo("CLOSED"))
                .body("closedReason", equalTo("CASCADE_STARTED")).body("cascades[0].source", equalTo("CALLER"));
    }

    @Test
    void shouldStallAfterFourNoContactAttemptsInARowButNeverWithADetectedCascade() {
        String id = open(followup(unique("person"), "IW05", "IW", TRAINING)).getString("id");
        call(id, outcome("NO_CONTACT", "2027-01-18T10:00:00Z")).statusCode(201);
        call(id, outcome("NO_CONTACT", "2027-01-20T10:00:00Z")).statusCode(201);
        call(id, outcome("NOT_STARTED", "2027-01-22T10:00:00Z")).statusCode(201).body("phase", equalTo("NOT_STARTED"));
        for (String day : List.of("2027-02-05", "2027-02-09", "2027-02-11")) {
            call(id, outcome("NO_CONTACT", day + "T10:00:00Z")).statusCode(201).body("phase", equalTo("NOT_STARTED"));
        }
        call(id, outcome("NO_CONTACT", "2027-02-15T10:00:00Z")).statusCode(201).body("phase", equalTo("STALLED"));

        String person = unique("person");
        String detected = open(followup(person, "IW05", "IW", TRAINING)).getString("id");
        cascadeEvent(person, "IW", unique("session"), "2027-01-06", 3, Map.of("AG-A", 3));
        for (String day : List.of("2027-01-18", "2027-01-20", "2027-01-22", "2027-01-26", "2027-01-28")) {
            call(detected, outcome("NO_CONTACT", day + "T10:00:00Z")).statusCode(201)
                    .body("phase", equalTo("AWAITING_FIRST_CALL"));
        }
    }

    @Test
    void shouldBringTheNextCallForwardToTheWorkingDayAfterAPlannedCascade() {
        String id = open(followup(unique("person"), "IW05", "IW", TRAINING)).getString("id");
        Map<String, Object> planned = outcome("NOT_STARTED", "2027-01-18T10:00:00Z");
        planned.put("plannedCascadeOn", "2027-01-22"); // a Friday: the working day after is Monday 25th
        planned.put("barriers", List.of("NO_VENUE", "NO_TIME", "NO_VENUE"));
        planned.put("supportRequested", "a room for 10");
        planned.put("materialsReception", "NEEDS_CHANGES");
        call(id, planned).statusCode(201).body("nextCallDue", equalTo("2027-01-25"))
                .body("calls[0].barriers", equalTo(List.of("NO_VENUE", "NO_TIME")))
                .body("calls[0].supportRequested", equalTo("a room for 10"))
                .body("calls[0].plannedCascadeOn", equalTo("2027-01-22"));
        Map<String, Object> far = outcome("NOT_STARTED", "2027-01-25T10:00:00Z");
        far.put("plannedCascadeOn", "2027-03-01");
        call(id, far).statusCode(201).body("nextCallDue", equalTo("2027-02-08"));
    }

    @Test
    void shouldRefuseMalformedStructuredCallsNamingTheFieldAndChangeNothing() {
        String id = open(followup(unique("person"), "IW05", "IW", TRAINING)).getString("id");
        Map<String, Object> plannedOnCascade = outcome("CASCADE_STARTED", "2027-01-18T10:00:00Z");
        plannedOnCascade.put("plannedCascadeOn", "2027-01-22");
        call(id, plannedOnCascade).statusCode(400).body("errors[0].field", equalTo("plannedCascadeOn"));
        Map<String, Object> before = outcome("NOT_STARTED", "2027-01-18T10:00:00Z");
        before.put("plannedCascadeOn", "2027-01-15");
        call(id, before).statusCode(400).body("errors[0].field", equalTo("plannedCascadeOn"));
        Map<String, Object> unreached = outcome("NO_CONTACT", "2027-01-18T10:00:00Z");
        unreached.put("materialsReception", "WORKING_WELL");
        call(id, unreached).statusCode(400).body("errors[0].field", equalTo("materialsReception"));
        Map<String, Object> badBarrier = outcome("NOT_STARTED", "2027-01-18T10:00:00Z");
        badBarrier.put("barriers", List.of("NO_BISCUITS"));
        call(id, badBarrier).statusCode(400).body("errors[0].field", org.hamcrest.Matchers.startsWith("barriers"));
        Map<String, Object> badReception = outcome("NOT_STARTED", "2027-01-18T10:00:00Z");
        badReception.put("materialsReception", "LOVED");
        call(id, badReception).statusCode(400).body("errors[0].field", equalTo("materialsReception"));
        JsonPath c = get(id);
        assertEquals(0, c.getList("calls").size());
        assertEquals("2027-01-18", c.getString("nextCallDue"));
    }

    @Test
    void shouldRecordASelfReportAsACallLessUpdateAndStillRequireTheFirstCall() {
        String person = unique("person");
        String id = open(followup(person, "IW05", "IW", TRAINING)).getString("id");
        cases.recordSelfReport(id, new SelfReport(false, null, null, null, "planning one in February"));
        // a later report: updates are listed in the order they were recorded
        clock.set(clock.instant().plusSeconds(60));
        cases.recordSelfReport(id, new SelfReport(true, java.time.LocalDate.parse("2027-01-14"), 7,
                Map.of("AG-A", 4, "AG-B", 3), "went well"));
        JsonPath c = get(id);
        assertEquals("OPEN", c.getString("status"));
        assertEquals(List.of("SELF_REPORTED", "SELF_REPORTED"), c.getList("updates.kind"));
        assertEquals(List.of(false, true), c.getList("updates.started"));
        assertEquals("SELF_REPORT", c.getString("cascades[0].source"));
        assertEquals("2027-01-14", c.getString("cascadeDetectedOn"));
        assertEquals("2027-01-18", c.getString("nextCallDue"));
        org.junit.jupiter.api.Assertions.assertThrows(DomainException.class, () -> cases.recordSelfReport(id,
                new SelfReport(true, null, 3, null, null)));
        call(id, outcome("NOT_STARTED", "2027-01-18T10:00:00Z")).statusCode(201)
                .body("closedReason", equalTo("CASCADE_STARTED")).body("cascadeStartedOn", equalTo("2027-01-14"));
        DomainException closed = org.junit.jupiter.api.Assertions.assertThrows(DomainException.class,
                () -> cases.recordSelfReport(id, new SelfReport(false, null, null, null, null)));
        assertEquals("CASE_CLOSED", closed.code());
    }
}
