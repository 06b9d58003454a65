package org.iwtraining.booking;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.iwtraining.booking.attendance.PractitionerNetworks;
import org.iwtraining.booking.outbox.OutboxDispatcher;
import org.iwtraining.booking.privacy.Retention;
import org.iwtraining.conventions.testing.MutableClock;
import org.iwtraining.conventions.testing.OidcServer;
import org.iwtraining.conventions.testing.Tokens;
import org.iwtraining.conventions.time.Zones;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** A person's data exported and erased across the suite; leavers erased after the retention period; consent withdrawn. */
@QuarkusTest
@QuarkusTestResource(ExternalServicesStub.class)
class PersonalDataResourceTest {

    @Inject
    OutboxDispatcher dispatcher;
    @Inject
    Retention retention;
    @Inject
    MutableClock clock;
    @Inject
    PractitionerNetworks networks;

    private final WireMockServer stub = ExternalServicesStub.server();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private record Someone(String hrId, String givenName, String familyName, String email, String phone, String agency) {
    }

    /** A person whose name, e-mail and phone no other test uses. */
    private static Someone someone(boolean consent) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Someone s = new Someone(Fixtures.unique("HR"), "Given" + tag, "Family" + tag, "p" + tag + "@example.org",
                "07700 " + (100000 + Math.floorMod(tag.hashCode(), 900000)), Fixtures.agency("HEALTH"));
        upsert(s, consent).then().statusCode(201);
        return s;
    }

    private static io.restassured.response.Response upsert(Someone s, boolean consent) {
        Map<String, Object> body = Fixtures.personBody(s.agency(), "PRACTITIONER");
        body.put("givenName", s.givenName());
        body.put("familyName", s.familyName());
        body.put("email", s.email());
        body.put("phone", s.phone());
        body.put("shareContactConsent", consent);
        return given().contentType(ContentType.JSON).body(body).put("/people/" + s.hrId());
    }

    private static void attend(String session, String person) {
        given().contentType(ContentType.JSON).body(List.of(Map.of("personId", person, "status", "ATTENDED")))
                .post("/sessions/" + session + "/attendance").then().statusCode(200);
    }

    private static List<String> valuesOf(Someone s) {
        return List.of(s.givenName(), s.familyName(), s.email(), s.phone());
    }

    /** Every text this test's person may have left in booking's tables that hold copies of people's data. */
    private static String storedCopies(String hrId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            StringBuilder all = new StringBuilder();
            OutboxEvent.<OutboxEvent>listAll().forEach(e -> all.append(e.payload).append(e.lastError).append('\n'));
            Person.<Person>findByIdOptional(hrId).ifPresent(p -> all.append(p.givenName).append(p.familyName).append(p.email)
                    .append(p.phone));
            Waiver.<Waiver>list("personId", hrId).forEach(w -> all.append(w.reason));
            Booking.<Booking>list("personId", hrId).forEach(b -> all.append(b.overrideReason));
            IdempotencyRecord.<IdempotencyRecord>listAll().forEach(r -> all.append(r.body));
            return all.toString();
        });
    }

    @Test
    void shouldExportThePersonTheirTrainingAndFollowupsPart() {
        Someone s = someone(true);
        String future = Fixtures.session(List.of("IW01"), 10, 20);
        String booking = Fixtures.bookConfirmed(future, s.hrId());
        String past = Fixtures.session(List.of("IS05"), 10, -2);
        attend(past, s.hrId());
        given().contentType(ContentType.JSON).body(Map.of("moduleRef", "IS05", "reason", "very experienced", "recordedBy", "hr"))
                .post("/people/" + s.hrId() + "/waivers").then().statusCode(201);
        stub.stubFor(get(urlEqualTo("/people/" + s.hrId() + "/export")).atPriority(1).willReturn(okJson(
                "{\"personId\": \"" + s.hrId() + "\", \"cases\": [{\"id\": \"case-1\", \"name\": \"" + s.givenName() + "\"}], "
                        + "\"reminders\": [], \"audit\": []}")));

        JsonPath export = given().get("/people/" + s.hrId() + "/export").then().statusCode(200).extract().jsonPath();
        assertEquals(s.hrId(), export.getString("personId"));
        assertEquals(s.email(), export.getString("person.email"));
        assertEquals(s.phone(), export.getString("person.phone"));
        assertTrue(export.getList("bookings.id").contains(booking));
        assertEquals(List.of(past), export.getList("attendance.sessionId"));
        assertEquals(List.of("IS05"), export.getList("completions.moduleRef"));
        assertEquals(List.of("very experienced"), export.getList("waivers.reason"));
        assertThat(export.getList("messages.type"), hasItem("notice.confirmed"));
        assertThat(export.getList("messages.type"), hasItem("followup.requested"));
        assertEquals("case-1", export.getString("followup.cases[0].id"));
        // the first export is on the trail, so the second finds it among the rows about the person
        given().get("/people/" + s.hrId() + "/export").then().statusCode(200)
                .body("audit.operation", hasItem("GET /people/{hrId}/export"));
    }

    @Test
    void shouldAnswer404ForAnUnknownPersonAnd503WithoutFollowupsPart() {
        given().get("/people/" + Fixtures.unique("NOPE") + "/export").then().statusCode(404);
        given().post("/people/" + Fixtures.unique("NOPE") + "/erasure").then().statusCode(404);
        Someone s = someone(false);
        stub.stubFor(get(urlEqualTo("/people/" + s.hrId() + "/export")).atPriority(1).willReturn(aResponse().withStatus(500)));
        given().get("/people/" + s.hrId() + "/export").then().statusCode(503).body("code", org.hamcrest.Matchers.equalTo("FOLLOWUP_UNAVAILABLE"));
    }

    @Test
    void shouldEraseThePersonEverywhereKeepTheCountsAndTellFollowup() {
        Someone s = someone(true);
        String hooks = "/hooks/" + UUID.randomUUID();
        stub.stubFor(post(urlEqualTo(hooks)).willReturn(aResponse().withStatus(204)));
        String webhook = given().contentType(ContentType.JSON)
                .body(Map.of("url", stub.baseUrl() + hooks, "events", List.of("followup.requested", "person.updated")))
                .post("/webhooks").then().statusCode(201).extract().path("id");
        try {
            String future = Fixtures.session(List.of("IW01"), 10, 20);
            given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                    .body(Map.of("personId", s.hrId(), "overrideReason", "asked by " + s.givenName() + " " + s.familyName()))
                    .post("/sessions/" + future + "/bookings").then().statusCode(201);
            attend(Fixtures.session(List.of("IS05"), 10, -2), s.hrId());
            given().contentType(ContentType.JSON)
                    .body(Map.of("moduleRef", "IS05", "reason", s.givenName() + " is very experienced", "recordedBy", "hr"))
                    .post("/people/" + s.hrId() + "/waivers").then().statusCode(201);
            dispatcher.dispatchDue();
            // a change of phone after the deliveries: the older payloads hold the old number, the new one the new
            Someone renumbered = new Someone(s.hrId(), s.givenName(), s.familyName(), s.email(), s.phone() + "1", s.agency());
            upsert(renumbered, true).then().statusCode(200);
            String before = storedCopies(s.hrId());
            for (String value : valuesOf(s)) {
                assertThat(before, containsString(value));
            }

            JsonPath summary = given().post("/people/" + s.hrId() + "/erasure").then().statusCode(202).extract().jsonPath();
            assertTrue(summary.getBoolean("firstErasure"));
            assertEquals(1, summary.getInt("completionsKept"));
            assertEquals(1, summary.getInt("attendanceKept"));
            assertThat(summary.getInt("bookingsKept"), greaterThanOrEqualTo(1));
            assertEquals(1, summary.getInt("waiversErased"));
            assertEquals(1, summary.getInt("bookingNotesErased"));
            assertThat(summary.getInt("outboxRowsErased"), greaterThanOrEqualTo(5));

            String after = storedCopies(s.hrId());
            for (String value : List.of(s.givenName(), s.familyName(), s.email(), s.phone(), renumbered.phone())) {
                assertThat(after, not(containsString(value)));
            }
            given().get("/people/" + s.hrId()).then().statusCode(200)
                    .body("givenName", org.hamcrest.Matchers.equalTo("[erased]"))
                    .body("familyName", org.hamcrest.Matchers.equalTo("[erased]"))
                    .body("email", nullValue()).body("phone", nullValue())
                    .body("shareContactConsent", org.hamcrest.Matchers.equalTo(false));
            given().get("/people/" + s.hrId() + "/training-record").then().body("completions.moduleRef", hasItem("IS05"));
            String export = given().get("/people/" + s.hrId() + "/export").then().statusCode(200).extract().asString();
            for (String value : valuesOf(s)) {
                assertThat(export, not(containsString(value)));
            }

            dispatcher.dispatchDue();
            stub.verify(1, postRequestedFor(urlEqualTo("/erasures"))
                    .withRequestBody(matchingJsonPath("$.personId", equalTo(s.hrId())))
                    .withRequestBody(matchingJsonPath("$.eventId", equalTo(summary.getString("followupEventId")))));

            // again: nothing new to erase, still answered
            given().post("/people/" + s.hrId() + "/erasure").then().statusCode(202)
                    .body("firstErasure", org.hamcrest.Matchers.equalTo(false));

            // HR sends the person anew: only what it sends comes back
            Someone anew = new Someone(s.hrId(), "New" + s.givenName(), "New" + s.familyName(), null, null, s.agency());
            Map<String, Object> body = Fixtures.personBody(s.agency(), "PRACTITIONER");
            body.put("givenName", anew.givenName());
            body.put("familyName", anew.familyName());
            body.remove("email");
            body.remove("phone");
            given().contentType(ContentType.JSON).body(body).put("/people/" + s.hrId()).then().statusCode(200)
                    .body("givenName", org.hamcrest.Matchers.equalTo(anew.givenName()))
                    .body("email", nullValue()).body("phone", nullValue());
            given().get("/people/" + s.hrId() + "/training-record").then().body("waivers.reason", hasItem("[erased]"));
        } finally {
            given().delete("/webhooks/" + webhook).then().statusCode(204);
        }
    }

    @Test
    void shouldWithholdANoticeNotYetSentToAnErasedPerson() {
        Someone s = someone(false);
        Fixtures.bookConfirmed(Fixtures.session(List.of("IW01"), 10, 20), s.hrId());
        given().post("/people/" + s.hrId() + "/erasure").then().statusCode(202).body("noticesWithheld", org.hamcrest.Matchers.equalTo(1));
        List<OutboxEvent> notices = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>list("type = ?1 and payload like ?2",
                "notice.confirmed", "%" + s.hrId() + "%"));
        assertEquals(1, notices.size());
        assertEquals(OutboxStatus.FAILED, notices.get(0).status);
        // erased contact details are removed from the payload, not written as null
        assertThat(notices.get(0).payload, not(containsString("\"email\"")));
        assertThat(notices.get(0).payload, not(containsString(s.email())));
    }

    @Test
    void shouldDropAPersonWhoWithdrawsConsentFromTheContactListAtOnce() {
        Someone s = someone(true);
        Someone other = someone(true);
        String session = Fixtures.session(List.of("IW01"), 10, 20);
        Fixtures.bookConfirmed(session, s.hrId());
        Fixtures.bookConfirmed(session, other.hrId());
        given().get("/sessions/" + session + "/contacts").then().statusCode(200)
                .body("personId", hasItem(s.hrId())).body("email", hasItem(s.email()));

        upsert(s, false).then().statusCode(200);

        String contacts = given().get("/sessions/" + session + "/contacts").then().statusCode(200)
                .body("personId", hasItem(other.hrId())).body("personId", not(hasItem(s.hrId()))).extract().asString();
        for (String value : valuesOf(s)) {
            assertThat(contacts, not(containsString(value)));
        }
    }

    /** The network notices other attendees of a session were sent (keyed by their recipients, not by the person). */
    private static List<OutboxEvent> networkNoticesTo(String recipientHrId) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>list("type = ?1 and key = ?2",
                "notice.network", recipientHrId));
    }

    /** A session that has taken place, with the given people attending (booked before it, attendance after). */
    private String heldSession(String module, List<Someone> attendees) {
        Instant start = Instant.now().plus(40 + (long) (Math.random() * 3000), ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        clock.set(start.minus(20, ChronoUnit.DAYS));
        Map<String, Object> body = Fixtures.sessionBody(List.of(module), 10, 30);
        body.put("startsAt", start.toString());
        body.put("endsAt", start.plus(3, ChronoUnit.HOURS).toString());
        String session = Fixtures.session(body);
        attendees.forEach(a -> Fixtures.bookConfirmed(session, a.hrId()));
        clock.set(start.plus(4, ChronoUnit.HOURS));
        given().contentType(ContentType.JSON).body(attendees.stream().map(a -> Map.of("personId", a.hrId(), "status", "ATTENDED")).toList())
                .post("/sessions/" + session + "/attendance").then().statusCode(200);
        return session;
    }

    @Test
    void shouldTakeAnErasedPersonOutOfTheContactListsOtherAttendeesWereSent() {
        Someone erased = someone(true);
        Someone other = someone(true);
        Someone third = someone(true);
        heldSession("IW01", List.of(erased, other, third));
        networks.sendDue();
        dispatcher.dispatchDue();
        Someone alone = someone(true);
        heldSession("CAF01", List.of(erased, alone));
        networks.sendDue(); // not dispatched: the second list is still to be sent when the erasure comes
        String sent = networkNoticesTo(other.hrId()).get(0).payload;
        for (String value : List.of(erased.email(), erased.phone(), erased.givenName(), third.email())) {
            assertThat(sent, containsString(value));
        }

        given().post("/people/" + erased.hrId() + "/erasure").then().statusCode(202)
                .body("noticesWithheld", greaterThanOrEqualTo(1));

        for (Someone recipient : List.of(other, third, alone)) {
            for (OutboxEvent notice : networkNoticesTo(recipient.hrId())) {
                for (String value : valuesOf(erased)) {
                    assertThat(notice.payload, not(containsString(value)));
                }
                assertThat(notice.payload, not(containsString(erased.hrId())));
            }
        }
        // the others stay on each other's lists, and the list sent already stays sent
        OutboxEvent toOther = networkNoticesTo(other.hrId()).get(0);
        assertThat(toOther.payload, containsString(third.email()));
        assertThat(toOther.payload, containsString(third.givenName()));
        assertEquals(OutboxStatus.DELIVERED, toOther.status);
        assertThat(networkNoticesTo(third.hrId()).get(0).payload, containsString(other.phone()));
        // a list not yet sent that would name no one any longer is not sent
        OutboxEvent toAlone = networkNoticesTo(alone.hrId()).get(0);
        assertEquals(OutboxStatus.FAILED, toAlone.status);
        assertThat(toAlone.lastError, containsString("no one is left"));
        assertFalse(storedCopies(erased.hrId()).contains(erased.email()));
    }

    @Test
    void shouldEraseAManagerFromTheNoticesAndEventsAboutTheirReports() {
        Someone manager = someone(false);
        Someone report = someone(false);
        Map<String, Object> body = Fixtures.personBody(report.agency(), "PRACTITIONER");
        body.put("givenName", report.givenName());
        body.put("familyName", report.familyName());
        body.put("email", report.email());
        body.put("phone", report.phone());
        body.put("managerHrId", manager.hrId());
        given().contentType(ContentType.JSON).body(body).put("/people/" + report.hrId()).then().statusCode(200);
        heldSession("IW01", List.of(report)); // the manager is told of the completion (a notice keyed by the report's booking)
        String before = storedCopies(report.hrId());
        assertThat(before, containsString(manager.email()));
        assertThat(before, containsString(manager.givenName() + " " + manager.familyName()));

        given().post("/people/" + manager.hrId() + "/erasure").then().statusCode(202)
                .body("noticesWithheld", greaterThanOrEqualTo(1)); // the completion notice to them was not sent yet

        String after = storedCopies(report.hrId());
        for (String value : valuesOf(manager)) {
            assertThat(after, not(containsString(value)));
        }
        for (String value : valuesOf(report)) {
            assertThat("the report's own data stays", after, containsString(value));
        }
        List<OutboxEvent> toManager = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>list(
                "type = ?1 and payload like ?2", "notice.completed", "%" + report.hrId() + "%"));
        assertEquals(1, toManager.size());
        assertEquals(OutboxStatus.FAILED, toManager.get(0).status);
    }

    @Test
    void shouldEraseALeaverOnceTheRetentionPeriodHasPassedAndNotBefore() throws Exception {
        Instant leftAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(leftAt);
        Someone leaver = someone(true);
        Someone stays = someone(true);
        given().delete("/people/" + leaver.hrId()).then().statusCode(204);
        Instant due = leftAt.atZone(Zones.LONDON).plus(Period.ofYears(6)).toInstant();

        clock.set(due.minus(Duration.ofDays(1)));
        retention.eraseDueLeavers();
        given().get("/people/" + leaver.hrId()).then().body("givenName", org.hamcrest.Matchers.equalTo(leaver.givenName()));

        clock.set(due.plus(Duration.ofMinutes(1)));
        // two instances at once: the leaver is claimed, and erased, once
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(retention::eraseDueLeavers);
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(retention::eraseDueLeavers);
        one.get();
        two.get();
        given().get("/people/" + leaver.hrId()).then().body("givenName", org.hamcrest.Matchers.equalTo("[erased]"))
                .body("email", nullValue());
        given().get("/people/" + stays.hrId()).then().body("givenName", org.hamcrest.Matchers.equalTo(stays.givenName()));
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(
                () -> OutboxEvent.count("key = ?1 and type = ?2 and webhookId is null", leaver.hrId(), "person.erased")));
        retention.eraseDueLeavers();
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(
                () -> OutboxEvent.count("key = ?1 and type = ?2 and webhookId is null", leaver.hrId(), "person.erased")));
        assertFalse(storedCopies(leaver.hrId()).contains(leaver.email()));
        given().header(Tokens.HEADER, Tokens.bearer("auditor")).queryParam("personId", leaver.hrId())
                .queryParam("subject", "job:retention-of-leavers").get("/audit").then().statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.equalTo(1))
                .body("items[0].operation", org.hamcrest.Matchers.equalTo("JOB retention-of-leavers"))
                .body("items[0].recordId", org.hamcrest.Matchers.equalTo(leaver.hrId()));
    }

    @Test
    void shouldLetOnlyTheirRolesExportAndErase() {
        Someone s = someone(false);
        Tokens.anonymous().get("/people/" + s.hrId() + "/export").then().statusCode(401);
        Tokens.anonymous().post("/people/" + s.hrId() + "/erasure").then().statusCode(401);
        for (String role : OidcServer.EVERY_ROLE) {
            int export = List.of("hr-system", "auditor").contains(role) ? 200 : 403;
            Tokens.anonymous().header(Tokens.HEADER, Tokens.bearer(role)).get("/people/" + s.hrId() + "/export")
                    .then().statusCode(export);
            if (!role.equals("hr-system")) {
                Tokens.anonymous().header(Tokens.HEADER, Tokens.bearer(role)).post("/people/" + s.hrId() + "/erasure")
                        .then().statusCode(403);
            }
        }
        Tokens.anonymous().header(Tokens.HEADER, Tokens.bearer("hr-system")).post("/people/" + s.hrId() + "/erasure")
                .then().statusCode(202);
        given().get("/people/" + s.hrId()).then().body("givenName", org.hamcrest.Matchers.equalTo("[erased]"));
        // the erasure is on the trail, under the person's id
        given().get("/people/" + s.hrId() + "/export").then().body("audit.operation", hasItem("POST /people/{hrId}/erasure"))
                .body("audit", hasSize(greaterThanOrEqualTo(2)));
    }
}
