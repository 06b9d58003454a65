package org.iwtraining.followup.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.iwtraining.followup.rest.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.URI;
import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.iwtraining.conventions.security.SecretTokens;
import org.iwtraining.conventions.testing.ConditionalGets;
import org.iwtraining.conventions.testing.MutableClock;
import org.iwtraining.conventions.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The calendar feed takes no bearer token but the caller's secret calendar token (192 bits, kept only hashed,
 * replaced by rotation); a missing, wrong or replaced one is 404. It carries no contact details.
 */
@QuarkusTest
class CalendarFeedTest {

    @Inject
    MutableClock clock;

    @Inject
    EntityManager em;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String feed(String caller, String token) {
        return Tokens.anonymous().queryParam("token", token).get("/callers/" + caller + "/calendar.ics").then()
                .statusCode(200).extract().asString();
    }

    private static int feedStatus(String caller, String token) {
        var request = Tokens.anonymous();
        if (token != null) {
            request.queryParam("token", token);
        }
        return request.get("/callers/" + caller + "/calendar.ics").then().extract().statusCode();
    }

    @Test
    void shouldServeTheFeedOnlyWithTheCurrentToken() {
        String caller = Fixtures.caller(null);
        assertEquals(404, feedStatus(caller, null), "no token issued yet");
        assertEquals(404, feedStatus(caller, "guess"), "no token issued yet");

        JsonPath issued = given().post("/callers/" + caller + "/calendar-token").then().statusCode(200)
                .header("Cache-Control", containsString("no-store")).extract().jsonPath();
        String first = issued.getString("token");
        assertThat(first, matchesPattern("[A-Za-z0-9_-]{32}")); // 24 random bytes, base64url
        assertThat(issued.getString("feedUrl"), startsWith("http"));
        assertThat(issued.getString("feedUrl"), endsWith("/callers/" + caller + "/calendar.ics?token=" + first));
        URI url = URI.create(issued.getString("feedUrl"));
        Tokens.anonymous().get(url.getRawPath() + "?" + url.getRawQuery()).then().statusCode(200)
                .header("Cache-Control", containsString("no-store"));
        assertThat(feed(caller, first), containsString("BEGIN:VCALENDAR"));

        assertEquals(404, feedStatus(caller, null), "no token");
        assertEquals(404, feedStatus(caller, first.substring(1) + "x"), "a wrong token");
        assertEquals(404, feedStatus(Fixtures.caller(null), first), "another caller's token");

        String second = given().post("/callers/" + caller + "/calendar-token").then().statusCode(200)
                .extract().path("token");
        assertNotEquals(first, second);
        assertEquals(404, feedStatus(caller, first), "the replaced token stops at once");
        assertEquals(200, feedStatus(caller, second));
        // a bearer token is no substitute for the secret
        given().header(Tokens.HEADER, Tokens.bearer("coordinator")).get("/callers/" + caller + "/calendar.ics").then()
                .statusCode(404);
    }

    @Test
    void shouldKeepOnlyTheTokensHash() {
        String caller = Fixtures.caller(null);
        String token = given().post("/callers/" + caller + "/calendar-token").then().extract().path("token");
        String stored = QuarkusTransaction.requiringNew().call(() -> (String) em
                .createNativeQuery("SELECT calendar_token_hash FROM caller WHERE id = :id").setParameter("id", caller)
                .getSingleResult());
        assertEquals(SecretTokens.hash(token), stored);
        assertThat(stored, not(containsString(token)));
        given().get("/callers/" + caller).then().body("$", not(org.hamcrest.Matchers.hasKey("calendarTokenHash")))
                .body(not(containsString(stored)));
    }

    @Test
    void shouldLetACallerRotateTheirOwnTokenOnly() {
        String subject = unique("sub");
        String own = Fixtures.caller(null, subject);
        String other = Fixtures.caller(null);
        String asCaller = Tokens.of("caller").subject(subject).bearer();
        String token = given().header(Tokens.HEADER, asCaller).post("/callers/" + own + "/calendar-token").then()
                .statusCode(200).extract().path("token");
        assertEquals(200, feedStatus(own, token));
        given().header(Tokens.HEADER, asCaller).post("/callers/" + other + "/calendar-token").then().statusCode(404);
        given().header(Tokens.HEADER, Tokens.of("coordinator").bearer()).post("/callers/" + other + "/calendar-token")
                .then().statusCode(200);
        given().header(Tokens.HEADER, Tokens.of("auditor").bearer()).post("/callers/" + other + "/calendar-token")
                .then().statusCode(403);
    }

    @Test
    void shouldCarryNameModuleAndLinkButNoContactDetails() {
        clock.set(Instant.parse("2027-03-10T12:00:00Z"));
        String caller = Fixtures.caller(null);
        Map<String, Object> body = Fixtures.followup(unique("person"), "IW05", "IW", "2027-02-01");
        body.put("callerId", caller);
        body.put("name", "Robin Feedwright");
        body.put("email", "robin.feedwright@example.org");
        body.put("phone", "07700 900123");
        String caseId = Fixtures.open(body).getString("id");
        String closed = Fixtures.openCase("2027-02-01", caller).getString("id");
        given().post("/followups/" + closed + "/close").then().statusCode(200);
        String token = given().post("/callers/" + caller + "/calendar-token").then().extract().path("token");

        String ics = feed(caller, token).replace("\r\n ", ""); // unfold folded lines
        assertThat(ics, containsString("Robin Feedwright"));
        assertThat(ics, containsString("IW05"));
        assertThat(ics, matchesPattern("(?s).*URL:http[^\\r\\n]*/followups/" + caseId + "\\r?\\n.*"));
        assertThat(ics, containsString("STATUS:CANCELLED"));
        assertThat(ics, not(containsString("robin.feedwright")));
        assertThat(ics, not(containsString("example.org")));
        assertThat(ics, not(containsString("07700")));
        assertThat(ics, not(containsString("01632"))); // the closed case's phone, from the fixtures
        assertThat(ics.toLowerCase(), not(containsString("phone")));
        assertThat(ics.toLowerCase(), not(containsString("e-mail")));
        given().get("/followups/" + caseId).then().body("phone", equalTo("07700 900123")); // still held, only not fed
    }

    @Test
    void shouldFoldEveryLineAt75OctetsWithoutSplittingACharacter() {
        clock.set(Instant.parse("2027-03-10T12:00:00Z"));
        String caller = Fixtures.caller(null);
        String name = "Zoë Åsa Þórdís Ñúñez-Żółćęśąńź Łukasiewicz-Ōtsuka 山田太郎 Ærøskøbing 𝔄𝔅";
        Map<String, Object> body = Fixtures.followup(unique("person"), "IW05", "IW", "2027-02-01");
        body.put("callerId", caller);
        body.put("name", name);
        Fixtures.open(body);
        String token = given().post("/callers/" + caller + "/calendar-token").then().extract().path("token");

        var response = Tokens.anonymous().queryParam("token", token).get("/callers/" + caller + "/calendar.ics").then()
                .statusCode(200).extract();
        byte[] bytes = response.asByteArray();
        String ics = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        // well-formed UTF-8 throughout: no character was cut between two lines
        assertEquals(ics, new String(ics.getBytes(java.nio.charset.StandardCharsets.UTF_8), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(ics.replace("\r\n", ""), not(containsString("\uFFFD")));
        for (String line : ics.split("\r\n")) {
            org.junit.jupiter.api.Assertions.assertTrue(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75,
                    () -> line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + " octets: " + line);
        }
        assertThat(ics, endsWith("END:VCALENDAR\r\n"));
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded, containsString("SUMMARY:Follow-up call 1: " + name + " (IW05)"));
        assertThat(unfolded, containsString("DESCRIPTION:Trainer " + name));
    }

    @Test
    void shouldAnswerAnUnchangedFeedWith304() {
        clock.set(Instant.parse("2027-03-10T12:00:00Z"));
        String caller = Fixtures.caller(null);
        Map<String, Object> body = Fixtures.followup(unique("person"), "IW05", "IW", "2027-02-01");
        body.put("callerId", caller);
        Fixtures.open(body);
        String token = given().post("/callers/" + caller + "/calendar-token").then().extract().path("token");
        String path = "/callers/" + caller + "/calendar.ics";
        String etag = Tokens.anonymous().queryParam("token", token).get(path).then().statusCode(200)
                .header("ETag", startsWith("\"")).extract().header("ETag");
        ConditionalGets.notModified(Tokens.anonymous().queryParam("token", token).header("If-None-Match", etag).get(path).then(), etag);
        // the token is checked first: a tag is no substitute for it
        Tokens.anonymous().queryParam("token", "guess").header("If-None-Match", etag).get(path).then().statusCode(404);

        Map<String, Object> another = Fixtures.followup(unique("person"), "IS05", "IS", "2027-02-02");
        another.put("callerId", caller);
        Fixtures.open(another);
        String changed = Tokens.anonymous().queryParam("token", token).header("If-None-Match", etag).get(path).then()
                .statusCode(200).body(containsString("IS05")).extract().header("ETag");
        assertNotEquals(etag, changed);
    }
}
