package org.iwtraining.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

/**
 * The console walked in a real browser against the three real services and the real OIDC provider, each person
 * signing in through the provider's login form: a coordinator books a person and sees the mix bar change, and takes
 * the attendance of a train-the-trainer session; an agency lead sees only their agency's people; a person with no
 * role is refused in words; sign-out ends the session. Every page stopped at is checked by axe-core and
 * photographed ({@link ConsoleBrowser#check}). The suite's data is set up through the services' APIs.
 */
class ConsoleWalkTest extends ConsoleWalk {

    /** Four agencies of four sectors; an IW01 session of 10 places allows 4 to each. */
    static final Map<String, String> AGENCIES = Map.of("NHS-NORTH", "HEALTH", "ST-MARYS", "EDUCATION", "CSC",
            "SOCIAL_CARE", "POLICE-EAST", "POLICE");
    static final List<String> GIVEN = List.of("Amira", "Ben", "Chloe", "Dev", "Ella", "Femi", "Grace", "Hugo", "Isla",
            "Jamal", "Kate", "Leo");
    static final List<String> FAMILY = List.of("Khan", "Okafor", "Price", "Patel", "Jones", "Adeyemi", "Lewis", "Brown",
            "Murray", "Hussain", "Walsh", "Evans");

    /** HR id → agency, in the order imported. */
    static final Map<String, String> PEOPLE = new LinkedHashMap<>();
    static String introduction;
    static String trainTheTrainer;
    static List<String> trainers;
    /** A session of 2 places, full, with one person waiting. */
    static String full;

    @BeforeAll
    static void setUpTheWalksData() {
        List<String> agencies = createAgencies(AGENCIES);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int p = 0; p < GIVEN.size(); p++) {
            String hrId = "HR-" + (5001 + p);
            String agency = agencies.get(p % agencies.size());
            PEOPLE.put(hrId, agency);
            rows.add(Map.of("hrId", hrId, "givenName", GIVEN.get(p), "familyName", FAMILY.get(p), "agencyCode", agency,
                    "audience", p < 9 ? "PRACTITIONER" : "TRAINER", "email", hrId.toLowerCase() + "@example.org",
                    "shareContactConsent", p % 2 == 0));
        }
        importPeople(rows);
        OffsetDateTime soon = OffsetDateTime.now(ZoneOffset.UTC).plusDays(20).truncatedTo(ChronoUnit.DAYS).plusHours(9);
        introduction = session("Introduction to Integrated Working", "IW01", soon, 1, 10);
        // two places already taken, of two agencies
        book(introduction, "HR-5001");
        book(introduction, "HR-5002");
        OffsetDateTime past = OffsetDateTime.now(ZoneOffset.UTC).minusDays(10).truncatedTo(ChronoUnit.DAYS).plusHours(9);
        trainTheTrainer = session("Train-the-trainer: CAF", "CAF03", past, 6, 12);
        // a session that has taken place takes no bookings: its trainers are recorded as walk-ins
        trainers = List.of("HR-5010", "HR-5011", "HR-5012");
        // two places taken by CSC and POLICE-EAST (too few agencies: at risk), ST-MARYS waiting because it is full
        full = session("Introduction, small group", "IW01", soon.plusDays(7), 1, 2, List.of("HR-5012"));
        book(full, "HR-5005");
        book(full, "HR-5007");
        book(full, "HR-5008");
    }

    @Test
    void coordinatorBooksAPersonAndSeesTheMixBarChange() {
        browser.signIn("cora.coordinator", COORDINATOR, "/catalogue").check("catalogue");
        browser.assertTextContains("#module-IW03", "needs IW02, or IS01, CAF01 and LP01");
        browser.assertTextContains("#module-IW01", "30 minutes plus optional discussion");
        assertFalse(browser.text("#module-IW01 td:last-child").isBlank() || browser.text("#module-IW01 td:last-child")
                .equals("Not stated"), "who IW01 is for");
        browser.open("/catalogue/plan").check("plan");
        browser.assertHeading("Training plan");
        browser.assertTextContains("main table", "IW01");
        browser.open("/catalogue/routes/PRACTITIONER").check("route");
        browser.assertTextContains("main", "IW01");

        String agency = PEOPLE.get("HR-5003");
        String other = PEOPLE.get("HR-5002");
        browser.open("/sessions").check("sessions");
        int before = browser.mixBarCount(introduction, agency);
        int others = browser.mixBarCount(introduction, other);

        browser.open("/sessions/" + introduction).check("session");
        browser.book("Chloe", "HR-5003").check("session-booked");
        browser.assertTextContains("#banner-text", "Chloe Price has a confirmed place");
        assertEquals(before + 1, browser.mixBarCount(introduction, agency), "the session page's bar for " + agency);
        assertTrue(browser.mixBarLength(introduction, agency) > 0, "a bar is drawn for " + agency);

        browser.open("/sessions").check("sessions-after-booking");
        assertEquals(before + 1, browser.mixBarCount(introduction, agency), "the list's bar for " + agency + ", which got the place");
        assertEquals(others, browser.mixBarCount(introduction, other), "another agency's bar is unchanged");
        // the drawing's text alternative (its <title>, which a screen reader reads) names the agency and its places
        String alternative = browser.all("#mix-" + introduction + "-title").get(0).getAttribute("textContent");
        assertTrue(alternative.contains(agency), "the mix bar's text alternative: " + alternative);

        // a form sent without what it needs: the GOV.UK error summary, linking to the field
        browser.open("/sessions/" + introduction);
        // the contact list: attendees who agreed to share their details (Amira did, Ben did not)
        browser.assertTextContains("#contacts", "Amira Khan");
        browser.assertTextContains("#contacts", "hr-5001@example.org");
        assertFalse(browser.text("#contacts").contains("Ben Okafor"), browser.text("#contacts"));
        browser.assertTextContains("#mix-table", agency);
        browser.click("#confirmed tr[data-person='HR-5003'] a.iw-cancel");
        browser.check("cancel-place");
        browser.click("#confirm-cancel");
        browser.check("cancel-place-error");
        browser.assertTextContains(".govuk-error-summary", "Select why the place is cancelled");
        assertEquals("#reason", browser.all(".govuk-error-summary__list a").get(0).getAttribute("hash"));

        browser.open("/people/HR-5003").check("person");
        browser.assertHeading("Chloe Price");
        browser.assertTextContains("#next-steps", "IW01");
    }

    @Test
    void coordinatorFiltersSessionsAndCancelsAPlaceTheWaitlistFills() {
        String month = java.time.YearMonth.from(OffsetDateTime.now(ZoneOffset.UTC).plusDays(27)).toString();
        browser.signIn("cora.coordinator", COORDINATOR, "/sessions?process=IW&module=IW01").check("sessions-filtered");
        assertTrue(browser.has("#session-" + introduction) && browser.has("#session-" + full), "both IW01 sessions");
        browser.assertTextContains("#session-" + full, "At risk");
        browser.assertTextContains("#session-" + full, "1 waiting");
        browser.open("/sessions?process=CAF");
        assertFalse(browser.has("#session-" + introduction) || browser.has("#session-" + full), "no IW session under CAF");
        browser.open("/sessions?module=IW01&hasSpace=true");
        assertTrue(browser.has("#session-" + introduction), "the introduction has space");
        assertFalse(browser.has("#session-" + full), "a full session is left out when asking for space");
        browser.open("/sessions?month=" + month.substring(0, 4) + "-13").check("sessions-month-error");
        assertEquals("#month", browser.all(".govuk-error-summary__list a").get(0).getAttribute("hash"));
        browser.open("/sessions?month=" + month);
        assertTrue(browser.has("#session-" + full), "the small group is in " + month);

        browser.open("/sessions/" + full).check("session-full");
        browser.assertTextContains(".govuk-warning-text", "At risk");
        browser.assertTextContains("#places", "2 confirmed of 2");
        browser.assertTextContains(".govuk-summary-list", "Civic Centre");
        browser.assertTextContains(".govuk-summary-list", "HR-5012");
        browser.assertTextContains("#waitlist tr[data-person='HR-5008']", "Session full");
        assertEquals("1", browser.text("#waitlist tr[data-person='HR-5008'] td"), "first in line");

        // a cancelled confirmed place moves the first in line up
        browser.click("#confirmed tr[data-person='HR-5005'] a.iw-cancel");
        browser.tick("reason").type("note", "Moved to another date");
        browser.press("confirm-cancel").check("session-place-cancelled");
        browser.assertTextContains("#banner-text", "Anyone who can move up from the waitlist has been given it");
        assertTrue(browser.has("#confirmed tr[data-person='HR-5008']"), "HR-5008 moved up from the waitlist");
        assertFalse(browser.has("#confirmed tr[data-person='HR-5005']"), "HR-5005's place is cancelled");
        assertFalse(browser.has("#waitlist"), "no one waits now");
        Map<String, Object> cancelled = given().baseUri(booking).auth().oauth2(token)
                .get("/people/HR-5005/bookings").then().statusCode(200).extract().jsonPath()
                .getMap("items.find { it.sessionId == '" + full + "' }");
        assertEquals("CANCELLED", cancelled.get("status"), cancelled.toString());
        assertTrue(String.valueOf(cancelled.get("cancellation")).contains("Moved to another date"),
                "the reason and note are recorded: " + cancelled);

        // issue 15: a person held back by the agency cap while a seat is free is given it by the coordinator; 2 places,
        // at most 1 an agency: Jamal (NHS-NORTH) confirmed, Femi (NHS-NORTH) waits with a seat free (people whom no
        // other test of the walk books onto an IW01 session, whatever order the tests run in)
        OffsetDateTime day = OffsetDateTime.now(ZoneOffset.UTC).plusDays(23).truncatedTo(ChronoUnit.DAYS).plusHours(9);
        String capped = session("Introduction, one place an agency", "IW01", day, 1, 2, List.of(),
                Map.of("maxAgencyShare", 0.5));
        book(capped, "HR-5010");
        book(capped, "HR-5006");
        browser.open("/sessions/" + capped).check("session-capped");
        browser.assertTextContains("#waitlist tr[data-person='HR-5006']", "Femi Adeyemi");
        assertTrue(browser.has("#give-HR-5006"), "a coordinator may give the free seat to Femi");
        // someone else takes the seat before the button is pressed: refused in words, nothing changed
        String kate = given().baseUri(booking).auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("personId", "HR-5011"))
                .post("/sessions/" + capped + "/bookings").then().statusCode(201).extract().path("id");
        browser.press("give-HR-5006").check("session-give-a-place-refused");
        browser.assertTextContains(".govuk-error-summary", "Femi Adeyemi could not be given a place: Every seat of the session is taken");
        assertEquals("#waitlist", browser.all(".govuk-error-summary__list a").get(0).getAttribute("hash"));
        assertFalse(browser.has("#give-HR-5006"), "no seat is free: no button");
        assertTrue(browser.has("#waitlist tr[data-person='HR-5006']"), "Femi still waits");
        // the seat freed again: the waitlist does not move Femi by itself (his agency is at its cap), the coordinator does
        given().baseUri(booking).auth().oauth2(token).delete("/bookings/" + kate).then().statusCode(204);
        browser.open("/sessions/" + capped);
        assertTrue(browser.has("#waitlist tr[data-person='HR-5006']"), "the cap still holds Femi back");
        browser.press("give-HR-5006").check("session-given-a-place");
        browser.assertTextContains("#banner-text", "Femi Adeyemi has a confirmed place");
        assertTrue(browser.has("#confirmed tr[data-person='HR-5006']"), "Femi is among the confirmed");
        assertFalse(browser.has("#waitlist"), "no one waits now");
        browser.assertTextContains("#places", "2 confirmed of 2");
    }

    @Test
    void aBookingAndACancellationWithoutJavaScript() {
        try (ConsoleBrowser plain = new ConsoleBrowser(console.url(), false)) {
            plain.signIn("cora.coordinator", COORDINATOR, "/sessions/" + introduction);
            // with no script the search is an ordinary GET of the whole page (htmx only spares that page load)
            plain.book("Isla", "HR-5009");
            plain.screenshot("session-booked-without-javascript");
            plain.assertTextContains("#banner-text", "Isla Murray has a confirmed place");
            plain.click("#confirmed tr[data-person='HR-5009'] a.iw-cancel");
            plain.tick("reason");
            plain.press("confirm-cancel");
            plain.screenshot("session-cancelled-without-javascript");
            plain.assertTextContains("#banner-text", "The place has been cancelled");
            assertFalse(plain.has("#confirmed tr[data-person='HR-5009']"), "Isla's place is cancelled");
        }
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() {
        browser.signIn("cora.coordinator", COORDINATOR, "/sessions/" + introduction + "?q=HR-5006").check("session-search");
        browser.dropCsrfTokens().press("book-HR-5006").check("csrf-refused");
        browser.assertHeading("Sorry, this form could not be sent");
        List<String> booked = given().baseUri(booking).auth().oauth2(token)
                .get("/people/HR-5006/bookings").then().statusCode(200).extract().jsonPath().getList("items.sessionId");
        assertFalse(booked.contains(introduction), "nothing booked without the token: " + booked);
    }

    @Test
    void coordinatorTakesAttendanceOfATrainTheTrainerSession() {
        browser.signIn("cora.coordinator", COORDINATOR, "/sessions/" + trainTheTrainer).check("train-the-trainer-session");
        browser.click("#take-attendance");
        browser.check("attendance");
        browser.assertHeading("Take attendance");
        browser.recordEveryoneAttended(trainers).check("attendance-recorded");
        browser.assertTextContains("#banner-text", "Attendance has been recorded");
        for (String trainer : trainers) {
            List<String> completed = given().baseUri(booking).auth().oauth2(token)
                    .get("/people/" + trainer + "/training-record").then().statusCode(200).extract().jsonPath()
                    .getList("completions.moduleRef");
            assertTrue(completed.contains("CAF03"), trainer + " completed CAF03: " + completed);
        }
        // booking-service's outbox tells followup-service, which opens a case: the trainer's page shows it
        org.awaitility.Awaitility.await("the follow-up case of " + trainers.get(0)).atMost(java.time.Duration.ofSeconds(90))
                .pollInterval(java.time.Duration.ofSeconds(2))
                .until(() -> browser.open("/people/" + trainers.get(0)).has("#follow-ups"));
        browser.assertTextContains("#follow-ups", "CAF03");
        browser.assertTextContains("#follow-ups", "Waiting for the first call");
        browser.check("trainer-with-follow-up");
    }

    @Test
    void agencyLeadSeesOnlyTheirAgencysPeople() {
        browser.signIn("lead.csc", "{\"roles\":\"agency-lead\",\"agency\":\"CSC\"}", "/people").check("people-agency-lead");
        List<String> agencies = browser.all("#people tr[data-agency]").stream().map(row -> row.getAttribute("data-agency")).toList();
        long csc = PEOPLE.values().stream().filter("CSC"::equals).count();
        assertEquals(csc, agencies.size(), "every CSC person, and only them: " + agencies);
        assertTrue(agencies.stream().allMatch("CSC"::equals), agencies.toString());
        assertTrue(browser.navigation().contains("Sessions"), browser.navigation().toString());
    }

    @Test
    void personWithNoRoleSeesNoCoordinatorPage() {
        browser.signIn("no.role", "{}", "/").check("no-role-start");
        // no role of the suite: nothing in the navigation but signing out
        assertEquals(List.of(), browser.navigation().stream().filter(label -> !label.startsWith("Sign out")).toList());
        browser.open("/sessions").check("no-access");
        browser.assertHeading("You do not have access to this page");
        assertFalse(browser.has("#sessions"), "no session is listed");
    }

    @Test
    void aBookingByKeyboardAlone() {
        browser.signIn("cora.coordinator", COORDINATOR, "/sessions/" + introduction);
        browser.bookByKeyboard("HR-5004", "HR-5004").check("session-booked-by-keyboard");
        browser.assertTextContains("#banner-text", "Dev Patel");
    }

    @Test
    void signingOutEndsTheSession() {
        browser.signIn("cora.coordinator", COORDINATOR, "/sessions");
        browser.signOut().check("signed-out");
        browser.assertHeading("You have signed out");
        assertTrue(browser.asksToSignIn("/sessions"), "after sign-out the console asks for a sign-in again");
    }

    private static String session(String title, String module, OffsetDateTime start,
            int hours, int capacity) {
        return session(title, module, start, hours, capacity, List.of());
    }

    private static String session(String title, String module, OffsetDateTime start,
            int hours, int capacity, List<String> trainerHrIds) {
        return session(title, module, start, hours, capacity, trainerHrIds, Map.of());
    }

    private static String session(String title, String module, OffsetDateTime start,
            int hours, int capacity, List<String> trainerHrIds, Map<String, Object> mixPolicy) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (!mixPolicy.isEmpty()) {
            body.put("mixPolicy", mixPolicy);
        }
        if (!trainerHrIds.isEmpty()) {
            body.put("trainerHrIds", trainerHrIds);
            body.put("overrideReason", "The walk's trainer holds no accreditation");
        }
        body.put("title", title);
        body.put("venue", "Civic Centre");
        body.put("moduleRefs", List.of(module));
        body.put("capacity", capacity);
        body.put("startsAt", start.toString());
        body.put("endsAt", start.plusHours(hours).toString());
        return given().baseUri(booking).auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/sessions")
                .then().statusCode(201).extract().path("id");
    }

    private static void book(String session, String person) {
        given().baseUri(booking).auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("personId", person))
                .post("/sessions/" + session + "/bookings").then().statusCode(201);
    }
}
