package org.iwtraining.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

/**
 * The console's cohorts, calls and figures walked in a real browser against the three real services and the real
 * OIDC provider: a coordinator proposes a cohort of 30 nominees over 3 sessions and confirms it; a caller finds a
 * new case in "My calls", records NOT_STARTED and sees the next due date, and gets a calendar link; the figures page
 * draws the funnel. Every page stopped at is checked by axe-core and photographed ({@link ConsoleBrowser#check}).
 */
class ConsoleCohortsAndCallsWalkTest extends ConsoleWalk {

    static final String CALLER_SUBJECT = "cal.caller";
    /** Five agencies of five sectors: 30 nominees, 6 of each. */
    static final Map<String, String> AGENCIES = Map.of("NHS-SOUTH", "HEALTH", "ST-JOHNS", "EDUCATION", "CSC-WEST",
            "SOCIAL_CARE", "POLICE-WEST", "POLICE", "YOUTH-HUB", "YOUTH");
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    static final List<String> NOMINEES = new ArrayList<>();
    static final List<String> SESSIONS = new ArrayList<>();
    static String followup;
    /** A case of the same caller whose first call is due two weeks after the training: today, or the next working day. */
    static String dueNow;

    @BeforeAll
    static void setUpTheWalksData() {
        List<String> agencies = createAgencies(AGENCIES);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int p = 0; p < 30; p++) {
            String hrId = "HR-" + (6001 + p);
            NOMINEES.add(hrId);
            rows.add(Map.of("hrId", hrId, "givenName", "Nominee", "familyName", "Number " + (p + 1), "agencyCode",
                    agencies.get(p % agencies.size()), "audience", "PRACTITIONER", "email", hrId.toLowerCase() + "@example.org"));
        }
        importPeople(rows);
        // three IW01 sessions of 12 places (at most 4 for one agency): room for the 30, 6 of each agency
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).truncatedTo(ChronoUnit.DAYS).plusHours(9);
        for (int s = 0; s < 3; s++) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("title", "Cohort IW01, group " + (s + 1));
            body.put("venue", "Town Hall");
            body.put("moduleRefs", List.of("IW01"));
            body.put("capacity", 12);
            body.put("startsAt", start.plusDays(7L * s).toString());
            body.put("endsAt", start.plusDays(7L * s).plusHours(3).toString());
            SESSIONS.add(given().baseUri(booking).auth().oauth2(token).contentType(ContentType.JSON).body(body)
                    .post("/sessions").then().statusCode(201).extract().path("id"));
        }
        // a caller, and a new case of theirs whose first call is due (the training ended three weeks ago)
        String followups = suite.followups.get(0).url();
        String caller = given().baseUri(followups).auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("subject", CALLER_SUBJECT, "name", "Cal Caller", "email", "cal@la.example"))
                .post("/callers").then().statusCode(201).extract().path("id");
        Map<String, Object> followupCase = new LinkedHashMap<>();
        followupCase.put("personId", "HR-6001");
        followupCase.put("name", "Tara Trainer");
        followupCase.put("email", "tara@example.org");
        followupCase.put("phone", "01632 960555");
        followupCase.put("agencyCode", "NHS-SOUTH");
        followupCase.put("moduleRef", "CAF03");
        followupCase.put("process", "CAF");
        followupCase.put("sessionId", "walk-caf03");
        followupCase.put("trainingEndedOn", today().minusDays(21).toString());
        followupCase.put("callerId", caller);
        followup = given().baseUri(followups).auth().oauth2(token).contentType(ContentType.JSON).body(followupCase)
                .post("/followups").then().statusCode(201).extract().path("id");
        followupCase.putAll(Map.of("personId", "HR-6002", "name", "Tom Today", "phone", "01632 960777", "email",
                "tom@example.org", "sessionId", "walk-caf03-b", "trainingEndedOn", today().minusDays(14).toString()));
        dueNow = given().baseUri(followups).auth().oauth2(token).contentType(ContentType.JSON).body(followupCase)
                .post("/followups").then().statusCode(201).extract().path("id");
    }

    @Test
    void coordinatorProposesAndConfirmsACohortOf30OverThreeSessions() throws IOException {
        browser.signIn("cora.coordinator", COORDINATOR, "/cohorts").check("cohort-form");
        // proposing with nothing chosen: the GOV.UK error summary names each field
        browser.press("propose").check("cohort-form-errors");
        browser.assertTextContains(".govuk-error-summary", "Enter a name for the cohort");
        browser.assertTextContains(".govuk-error-summary", "Select at least one session");

        // 20 nominees pasted, the last 10 uploaded as a CSV: pressing a button adds the file's ids to the box
        Path csv = Files.createTempFile("nominees", ".csv");
        Files.writeString(csv, "name,hrId\n" + String.join("\n", NOMINEES.subList(20, 30).stream()
                .map(id -> "\"Nominee, " + id + "\"," + id).toList()) + "\n");
        browser.type("name", "Walk cohort").type("nominees", String.join("\n", NOMINEES.subList(0, 20)))
                .attach("csv", csv).type("module", "IW01");
        browser.press("filter-sessions");
        assertEquals(NOMINEES, List.of(browser.value("nominees").split("\n")), "pasted and uploaded, in order");
        SESSIONS.forEach(id -> browser.tick("session-" + id));
        browser.press("propose").check("cohort-proposal");
        browser.assertTextContains("#status", "Proposed");
        browser.assertTextContains("#placed", "30 of 30");
        for (String id : SESSIONS) {
            assertTrue(browser.has("svg[aria-labelledby='mix-" + id + "-title']"), "a mix bar for session " + id);
        }
        assertTrue(browser.has("#everyone-placed"), "no one is left unplaced");
        assertEquals(0, confirmedOnTheSessions(), "a proposal books no one");

        browser.press("confirm").check("cohort-confirmed");
        browser.assertTextContains("#banner-text", "30 people have confirmed places");
        browser.assertTextContains("#status", "Confirmed");
        assertEquals(30, confirmedOnTheSessions(), "every nominee has a place once confirmed");
        assertFalse(browser.has("#confirm"), "a confirmed cohort offers no second confirmation");
    }

    @Test
    void callerRecordsNotStartedAndSeesTheNextDueDate() {
        browser.signIn(CALLER_SUBJECT, "{\"roles\":\"caller\"}", "/calls").check("my-calls");
        assertTrue(browser.navigation().contains("My calls"), browser.navigation().toString());
        browser.assertTextContains("tr[data-case='" + followup + "']", "Tara Trainer");
        browser.assertTextContains("tr[data-case='" + followup + "']", "01632 960555");
        browser.assertTextContains("tr[data-case='" + followup + "']", "tara@example.org");
        browser.assertTextContains("tr[data-case='" + followup + "']", "Overdue");
        LocalDate dueNowOn = LocalDate.parse(given().baseUri(suite.followups.get(0).url()).auth().oauth2(token)
                .get("/followups/" + dueNow).then().statusCode(200).extract().path("nextCallDue"));
        if (dueNowOn.equals(today())) {
            browser.assertTextContains("tr[data-case='" + dueNow + "']", "Today");
        } else {
            // a training that ended on a weekend day two weeks ago: its first call is on the next working day
            assertFalse(browser.has("tr[data-case='" + dueNow + "']"), "a call due on " + dueNowOn + " is not listed yet");
        }

        browser.click("#case-" + followup);
        browser.check("call-case");
        browser.assertHeading("Tara Trainer");
        // a call without its outcome: refused on the form, nothing recorded
        browser.press("record-call").check("call-form-errors");
        browser.assertTextContains(".govuk-error-summary", "Select how the call went");

        browser.tick("outcome").type("notes", "Planning a first session with her team").tick("materialsReception")
                .tick("barriers");
        browser.press("record-call").check("call-recorded");
        LocalDate due = LocalDate.parse(given().baseUri(suite.followups.get(0).url()).auth().oauth2(token)
                .get("/followups/" + followup).then().statusCode(200).extract().path("nextCallDue"));
        assertTrue(!due.isBefore(today().plusDays(14)), "the next call is two weeks on (or the next working day): " + due);
        browser.assertTextContains("#banner-text", "The next call is due on " + DAY.format(due));
        browser.assertTextContains("#next-call-due", DAY.format(due));
        browser.assertTextContains("#calls", "Not started yet");
        assertTrue(browser.has("#no-cascades"), "no cascade is known yet, and the page says so");

        browser.open("/calls").check("my-calls-after");
        assertFalse(browser.has("tr[data-case='" + followup + "']"), "the case is no longer due");
        browser.press("new-calendar-link").check("calendar-link");
        browser.assertTextContains("#feed-url", "/calendar.ics?token=");
        String first = browser.text("#feed-url");
        given().get(first).then().statusCode(200).contentType(org.hamcrest.Matchers.containsString("text/calendar"));
        // "Get a new link" again: a new secret, and the old link stops working
        browser.open("/calls").press("new-calendar-link").check("calendar-link-again");
        String second = browser.text("#feed-url");
        assertFalse(first.equals(second), "a new link: " + second);
        given().get(second).then().statusCode(200);
        int old = given().get(first).then().extract().statusCode();
        assertTrue(old == 401 || old == 403 || old == 404, "the old link is refused: " + old);
    }

    @Test
    void figuresPageDrawsTheFunnel() {
        browser.signIn("cora.coordinator", COORDINATOR, "/figures").check("figures");
        browser.assertHeading("Figures");
        assertTrue(browser.has("svg[aria-labelledby='funnel-overall-title']"), "the funnel is drawn");
        assertTrue(Integer.parseInt(browser.text("#funnel-trained")) >= 1, "the case opened above is counted");
        assertTrue(browser.has("svg[aria-labelledby='funnel-module-title']"), "the funnel by module is drawn");
        assertTrue(browser.has("svg[aria-labelledby='funnel-agency-title']"), "the funnel by agency is drawn");
        browser.assertTextContains("#funnel-table", "CAF03");
        browser.assertTextContains("#funnel-agency-table", "NHS-SOUTH");
        assertTrue(browser.has("#downloads a[href^='/figures/reports/sessions.csv']"), "a CSV download link");
        for (String report : List.of("sessions", "agencies", "completions")) {
            List<String> download = List.of(browser.fetch("/figures/reports/" + report + ".csv").split("\n"));
            assertEquals("200", download.get(0), report + ": " + download);
            assertTrue(download.get(1).startsWith("text/csv"), report + ": " + download.get(1));
            assertTrue(download.size() > 2 && download.get(2).contains(","), report + " has a header row: " + download);
        }
        // a period that is not a date: the field says so
        browser.type("from", "last spring").press("show-reports").check("figures-errors");
        browser.assertTextContains(".govuk-error-summary", "The first day must be a date");
    }

    @Test
    void aProposalSaysWhoIsUnplacedAndWhy() {
        browser.signIn("cora.coordinator", COORDINATOR, "/cohorts");
        // a nominee found by a search and ticked, and an HR id no one has
        browser.type("name", "Walk cohort, a second").type("nominees", "HR-9999").type("module", "IW01")
                .press("filter-sessions");
        browser.tick("session-" + SESSIONS.get(0)).type("q", "Number 30").press("search").check("cohort-search");
        browser.tick("tick-" + NOMINEES.get(29));
        browser.press("propose").check("cohort-proposal-unplaced");
        browser.assertTextContains("#placed", "of 2");
        browser.assertTextContains("#unplaced", "HR-9999");
        browser.assertTextContains("#unplaced", "No one has this HR id");
        assertTrue(browser.text("#sum-of-squares").matches("\\d+.*"), "the objective: " + browser.text("#sum-of-squares"));
    }

    @Test
    void anAgencyLeadNominatesTheirOwnAgencyOnly() {
        // YOUTH-HUB is the fifth agency in order: nominees 5, 10, …; HR-6001 is of CSC-WEST
        browser.signIn("lead.youth", "{\"roles\":\"agency-lead\",\"agency\":\"YOUTH-HUB\"}", "/cohorts").check("cohort-form-agency-lead");
        browser.type("name", "Youth hub cohort").type("nominees", "HR-6005\nHR-6001").type("module", "IW01")
                .press("filter-sessions");
        browser.tick("session-" + SESSIONS.get(2));
        browser.press("propose").check("cohort-agency-lead-refused");
        // booking-service refuses the nominee of another agency; the form says so by the field, in words
        String summary = browser.text(".govuk-error-summary");
        assertTrue(summary.contains("HR-6001: not a person of your agency"), summary);
        assertEquals("#nominees", browser.all(".govuk-error-summary__list a").get(0).getAttribute("hash"));
        assertFalse(browser.has("#status"), "no proposal is made");
        browser.type("nominees", "HR-6005\nHR-6010").press("propose").check("cohort-proposal-agency-lead");
        browser.assertTextContains("#placed", "of 2");
    }

    @Test
    void coordinatorWhoIsNoCallerIsToldSo() {
        browser.signIn("cora.coordinator", COORDINATOR, "/calls").check("not-a-caller");
        browser.assertHeading("You are not set up as a caller");
    }

    /** Confirmed places on the walk's three sessions, as booking-service counts them. */
    private static int confirmedOnTheSessions() {
        int confirmed = 0;
        for (String id : SESSIONS) {
            confirmed += given().baseUri(booking).auth().oauth2(token).get("/sessions/" + id)
                    .then().statusCode(200).extract().<Integer>path("confirmed");
        }
        return confirmed;
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }
}
