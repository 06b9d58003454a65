package org.iwtraining.followup.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.iwtraining.followup.rest.Fixtures.openCase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.iwtraining.conventions.testing.MutableClock;
import org.iwtraining.conventions.testing.Tokens;
import org.iwtraining.followup.selfreport.TrainerNotices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Trainer notices two working days before a call, and the self-report link they carry. */
@QuarkusTest
class SelfReportTest {

    private static final Pattern LINK = Pattern.compile("(/followups/[^/\\s]+/self-report)\\?token=([A-Za-z0-9_-]+)");

    @Inject
    MutableClock clock;
    @Inject
    TrainerNotices notices;
    @Inject
    MockMailbox mailbox;

    @BeforeEach
    void clearMailbox() {
        mailbox.clear();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A case trained on Wednesday 24 February 2027: its first call is due Wednesday 10 March. */
    private static JsonPath caseDueOnTenthOfMarch() {
        return openCase("2027-02-24");
    }

    /** The notice's link, sent on Monday 8 March (two working days before the call): [path, token]. */
    private String[] noticeLink(String email) {
        clock.set(Instant.parse("2027-03-08T08:00:00Z"));
        notices.sendDue();
        List<Mail> mails = mailbox.getMailsSentTo(email);
        assertEquals(1, mails.size(), "one notice to the trainer");
        Matcher link = LINK.matcher(mails.get(0).getText());
        assertTrue(link.find(), mails.get(0).getText());
        return new String[] { link.group(1), link.group(2) };
    }

    private static Response postForm(String path, Map<String, String> fields) {
        var request = Tokens.anonymous().contentType(ContentType.URLENC);
        fields.forEach(request::formParam);
        return request.post(path);
    }

    @Test
    void shouldSendOneNoticeTwoWorkingDaysBeforeTheCallEvenWithTwoInstances() throws Exception {
        JsonPath opened = caseDueOnTenthOfMarch();
        String id = opened.getString("id");
        String email = opened.getString("email");
        clock.set(Instant.parse("2027-03-05T08:00:00Z")); // Friday: the call is 3 working days away
        notices.sendDue();
        assertEquals(0, mailbox.getMailsSentTo(email).size(), "too early");

        clock.set(Instant.parse("2027-03-08T08:00:00Z"));
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> runs = List.of(1, 2).stream().map(i -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return notices.sendDue();
        })).toList();
        start.countDown();
        runs.forEach(CompletableFuture::join);
        clock.set(Instant.parse("2027-03-09T08:00:00Z"));
        notices.sendDue();

        List<Mail> mails = mailbox.getMailsSentTo(email);
        assertEquals(1, mails.size(), "one notice for the call, across instances and days");
        String text = mails.get(0).getText();
        assertTrue(text.contains("2027-03-10") && text.contains("IW05"), text);
        Matcher link = LINK.matcher(text);
        assertTrue(link.find(), text);
        assertEquals("/followups/" + id + "/self-report", link.group(1));
        String token = link.group(2);
        assertTrue(java.util.Base64.getUrlDecoder().decode(token).length * 8 >= 128, "a secret of at least 128 bits");
        given().get("/followups/" + id + "/reminders").then().statusCode(200)
                .body("items.findAll { it.kind == 'TRAINER_NOTICE' }", hasSize(1))
                .body("items.find { it.kind == 'TRAINER_NOTICE' }.recipient", equalTo(email))
                .body("items.find { it.kind == 'TRAINER_NOTICE' }.body", not(containsString(token)));
    }

    @Test
    void shouldShowAnAccessibleFormWithoutSignInAndChangeNothingByShowingIt() {
        JsonPath opened = caseDueOnTenthOfMarch();
        String id = opened.getString("id");
        String[] link = noticeLink(opened.getString("email"));
        String before = given().get("/followups/" + id).then().statusCode(200).extract().asString();

        for (int i = 0; i < 2; i++) {
            Tokens.anonymous().queryParam("token", link[1]).get(link[0]).then().statusCode(200)
                    .contentType(containsString("text/html"))
                    .header("Cache-Control", containsString("no-store"))
                    .header("Referrer-Policy", "no-referrer")
                    .body(containsString("<html lang=\"en\">"), containsString("<fieldset>"), containsString("<legend>"),
                            containsString("<label for=\"startedOn\">"), containsString("id=\"startedOn\""),
                            containsString("IW05"), containsString("2027-03-10"), not(containsString("<script")),
                            not(containsString(opened.getString("name"))));
        }

        assertEquals(before, given().get("/followups/" + id).then().statusCode(200).extract().asString(),
                "showing the form changed the case");
        given().get("/followups/" + id + "/self-reports").then().statusCode(200).body("", hasSize(0));
        postForm(link[0], Map.of("token", link[1], "started", "no")).then().statusCode(200);
    }

    @Test
    void shouldRecordASelfReportTheCallerSeesWhileTheFirstCallStillStands() {
        String callerSubject = Fixtures.unique("subject");
        String caller = Fixtures.caller(null, callerSubject);
        JsonPath opened = openCase("2027-02-24", caller);
        String id = opened.getString("id");
        String[] link = noticeLink(opened.getString("email"));

        postForm(link[0], Map.of("token", link[1], "started", "yes", "startedOn", "2027-03-05", "attendees", "6",
                "agencies", "Northshire Health Trust\r\nSt Mary's School\r\n")).then().statusCode(200)
                .contentType(containsString("text/html")).body(containsString("Thank you"), containsString("6 colleagues"));

        given().header(Tokens.HEADER, Tokens.of("caller").subject(callerSubject).bearer())
                .get("/followups/" + id + "/self-reports").then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].source", equalTo("SELF_REPORTED"))
                .body("[0].started", equalTo(true))
                .body("[0].startedOn", equalTo("2027-03-05"))
                .body("[0].attendees", equalTo(6))
                .body("[0].agencies", equalTo(List.of("Northshire Health Trust", "St Mary's School")));
        given().header(Tokens.HEADER, Tokens.of("caller").subject(Fixtures.unique("other")).bearer())
                .get("/followups/" + id + "/self-reports").then().statusCode(404);
        given().get("/followups/" + id).then().statusCode(200).body("status", equalTo("OPEN"))
                .body("nextCallDue", equalTo("2027-03-10"));
    }

    @Test
    void shouldAnswer404ForAWrongOrMissingTokenOrAClosedCaseAnd400ForABadForm() {
        JsonPath opened = caseDueOnTenthOfMarch();
        String id = opened.getString("id");
        String[] link = noticeLink(opened.getString("email"));
        JsonPath other = caseDueOnTenthOfMarch();
        String otherEmail = other.getString("email");
        mailbox.clear();
        String[] otherLink = noticeLink(otherEmail);

        Tokens.anonymous().get(link[0]).then().statusCode(404);
        Tokens.anonymous().queryParam("token", link[1] + "x").get(link[0]).then().statusCode(404);
        Tokens.anonymous().queryParam("token", otherLink[1]).get(link[0]).then().statusCode(404);
        postForm(link[0], Map.of("token", otherLink[1], "started", "no")).then().statusCode(404);
        postForm(link[0], Map.of("token", link[1], "started", "yes", "startedOn", "2027-03-09")).then().statusCode(400)
                .contentType(containsString("application/problem+json")).body("errors[0].field", equalTo("startedOn"));
        postForm(link[0], Map.of("token", link[1], "started", "maybe")).then().statusCode(400)
                .body("errors[0].field", equalTo("started"));
        postForm(link[0], Map.of("token", link[1], "started", "yes", "startedOn", "2027-03-01", "attendees", "many"))
                .then().statusCode(400).body("errors[0].field", equalTo("attendees"));
        given().get("/followups/" + id + "/self-reports").then().statusCode(200).body("", hasSize(0));

        given().post("/followups/" + id + "/close").then().statusCode(200);
        Tokens.anonymous().queryParam("token", link[1]).get(link[0]).then().statusCode(404);
        postForm(link[0], Map.of("token", link[1], "started", "no")).then().statusCode(404);
    }

    @Test
    void shouldSendNoNoticeOnAWeekendNorToATrainerWithoutEmail() {
        Map<String, Object> body = Fixtures.followup(Fixtures.unique("person"), "IW05", "IW", "2027-02-24");
        body.remove("email");
        String id = Fixtures.open(body).getString("id");
        JsonPath withEmail = caseDueOnTenthOfMarch();
        clock.set(Instant.parse("2027-03-06T08:00:00Z")); // Saturday
        notices.sendDue();
        assertEquals(0, mailbox.getMailsSentTo(withEmail.getString("email")).size());

        clock.set(Instant.parse("2027-03-08T08:00:00Z"));
        notices.sendDue();
        assertEquals(1, mailbox.getMailsSentTo(withEmail.getString("email")).size());
        given().get("/followups/" + id + "/reminders").then().statusCode(200)
                .body("items.findAll { it.kind == 'TRAINER_NOTICE' }", hasSize(0));
    }
}
