package org.iwtraining.followup.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.iwtraining.followup.rest.Fixtures.openCase;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.inject.Vetoed;
import jakarta.inject.Inject;

import org.iwtraining.conventions.testing.MutableClock;
import org.iwtraining.followup.reminders.MailGateway;
import org.iwtraining.followup.reminders.ReminderService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.mailer.Mailer;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;

/** Digests, escalations, their claims under concurrency, and retries of failed sends. */
@QuarkusTest
class ReminderTest {

    @Inject
    MutableClock clock;
    @Inject
    ReminderService reminders;
    @Inject
    MockMailbox mailbox;
    @Inject
    Mailer mailer;

    @BeforeEach
    void clearMailbox() {
        mailbox.clear();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldSendOneDigestAndOneEscalationEvenWhenTwoSchedulersRunAtOnce() throws Exception {
        String manager = Fixtures.unique("manager") + "@example.org";
        String caller = Fixtures.caller(manager);
        String callerEmail = given().get("/callers/" + caller).then().extract().path("email");
        // Wednesday 10 March 2027: one call due today, one due Friday 5 March (3 working days late)
        String dueToday = openCase("2027-02-24", caller).getString("id");
        String late = openCase("2027-02-19", caller).getString("id");
        openCase("2027-03-01", caller); // due 15 March: not in the digest
        clock.set(Instant.parse("2027-03-10T08:00:00Z"));

        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<ReminderService.RunSummary>> runs = List.of(1, 2).stream()
                .map(i -> CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return reminders.sendDue();
                })).toList();
        start.countDown();
        runs.forEach(CompletableFuture::join);
        reminders.sendDue();

        assertEquals(1, mailbox.getMailsSentTo(callerEmail).size(), "one digest for the caller");
        assertEquals(1, mailbox.getMailsSentTo(manager).size(), "one escalation to the manager");
        String digest = mailbox.getMailsSentTo(callerEmail).get(0).getText();
        assertThat(digest, containsString("OVERDUE since 2027-03-05"));
        assertThat(digest, containsString("due 2027-03-10"));
        assertThat(mailbox.getMailsSentTo(manager).get(0).getSubject(), containsString("due 2027-03-05"));

        given().get("/callers/" + caller + "/reminders").then().statusCode(200)
                .body("items", hasSize(2))
                .body("items.status", equalTo(List.of("SENT", "SENT")))
                .body("items.kind", hasItem("ESCALATION"))
                .body("items.kind", hasItem("DIGEST"));
        given().get("/followups/" + late + "/reminders").then().body("items", hasSize(2));
        given().get("/followups/" + dueToday + "/reminders").then().body("items.kind", equalTo(List.of("DIGEST")));
    }

    @Test
    void shouldNotEscalateACallOnlyOneWorkingDayLate() {
        String manager = Fixtures.unique("manager") + "@example.org";
        String caller = Fixtures.caller(manager);
        openCase("2027-02-22", caller); // due Monday 8 March; on Tuesday 9 March one working day late
        clock.set(Instant.parse("2027-03-09T08:00:00Z"));
        reminders.sendDue();
        assertEquals(0, mailbox.getMailsSentTo(manager).size());
        clock.set(Instant.parse("2027-03-10T08:00:00Z"));
        reminders.sendDue();
        assertEquals(1, mailbox.getMailsSentTo(manager).size());
    }

    @Test
    void shouldSendNothingOnABankHoliday() {
        String caller = Fixtures.caller(null);
        String callerEmail = given().get("/callers/" + caller).then().extract().path("email");
        openCase("2027-12-01", caller); // due 15 December
        clock.set(Instant.parse("2027-12-27T08:00:00Z")); // Christmas Day's substitute
        assertEquals(new ReminderService.RunSummary(0, 0, 0), reminders.sendDue());
        assertEquals(0, mailbox.getMailsSentTo(callerEmail).size());
    }

    @Test
    void shouldRecordAFailedSendAndRetryItOnce() {
        String caller = Fixtures.caller(null);
        String callerEmail = given().get("/callers/" + caller).then().extract().path("email");
        openCase("2027-02-24", caller);
        clock.set(Instant.parse("2027-03-10T08:00:00Z"));
        FailingGateway gateway = new FailingGateway(mailer, callerEmail);
        QuarkusMock.installMockForType(gateway, MailGateway.class);

        reminders.sendDue();
        given().get("/callers/" + caller + "/reminders").then()
                .body("items", hasSize(1))
                .body("items[0].status", equalTo("FAILED"))
                .body("items[0].attempts", equalTo(1))
                .body("items[0].lastError", equalTo("SMTP server unavailable"));
        reminders.sendDue();
        assertEquals(0, mailbox.getMailsSentTo(callerEmail).size(), "a failed digest is retried, not claimed again");

        gateway.failing.clear();
        reminders.retryUnsent();
        reminders.retryUnsent();
        assertEquals(1, mailbox.getMailsSentTo(callerEmail).size());
        given().get("/callers/" + caller + "/reminders").then()
                .body("items[0].status", equalTo("SENT"))
                .body("items[0].attempts", equalTo(2));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The real gateway, except that sends to the listed addresses fail as an unreachable SMTP server would. */
    @Vetoed
    static class FailingGateway extends MailGateway {
        final Set<String> failing = ConcurrentHashMap.newKeySet();

        FailingGateway(Mailer mailer, String failFor) {
            super(mailer);
            failing.add(failFor);
        }

        @Override
        public void send(String to, String subject, String text) {
            if (failing.contains(to)) {
                throw new IllegalStateException("SMTP server unavailable");
            }
            super.send(to, subject, text);
        }
    }
}
