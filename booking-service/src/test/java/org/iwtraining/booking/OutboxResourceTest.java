package org.iwtraining.booking;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;

import org.iwtraining.booking.outbox.OutboxDispatcher;
import org.iwtraining.booking.outbox.OutboxEventType;
import org.iwtraining.booking.outbox.OutboxPayloads;
import org.iwtraining.booking.outbox.OutboxService;
import org.iwtraining.conventions.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(ExternalServicesStub.class)
class OutboxResourceTest {

    @Inject
    OutboxService outbox;
    @Inject
    OutboxDispatcher dispatcher;
    @Inject
    MutableClock clock;

    private final WireMockServer followup = ExternalServicesStub.server();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String publish(OutboxEventType type, String key, Object payload) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.publish(type, key, payload));
    }

    private static OutboxPayloads.FollowupRequested followupOf(String personId) {
        return new OutboxPayloads.FollowupRequested(personId, "Grace Hopper", "SCH-1", "grace@example.org", null, "CAF03", "CAF",
                "session-" + personId, LocalDate.of(2027, 3, 1), "Ada Lovelace", "ada@example.org");
    }

    private static OutboxEvent row(String id) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>findById(id));
    }

    private int followupsFor(String personId) {
        return followup.findAll(postRequestedFor(urlEqualTo("/followups")).withRequestBody(matchingJsonPath("$.personId", equalTo(personId))))
                .size();
    }

    @Test
    void shouldDeliverAFollowupRequestOnceWithTheDocumentedBody() {
        String person = "hr-" + UUID.randomUUID();
        String id = publish(OutboxEventType.FOLLOWUP_REQUESTED, person, followupOf(person));

        dispatcher.dispatchDue();
        dispatcher.dispatchDue();

        assertEquals(1, followupsFor(person));
        followup.verify(postRequestedFor(urlEqualTo("/followups"))
                .withRequestBody(matchingJsonPath("$.personId", equalTo(person)))
                .withRequestBody(matchingJsonPath("$.process", equalTo("CAF")))
                .withRequestBody(matchingJsonPath("$.trainingEndedOn", equalTo("2027-03-01"))));
        OutboxEvent delivered = row(id);
        assertEquals(OutboxStatus.DELIVERED, delivered.status);
        assertEquals(1, delivered.attempts);
    }

    @Test
    void shouldWriteNothingWhenTheCallersTransactionRollsBack() {
        String person = "hr-" + UUID.randomUUID();
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.publish(OutboxEventType.PERSON_LEFT, person, new OutboxPayloads.PersonLeft(person, "SCH-1"));
            throw new IllegalStateException("the change failed");
        }));
        long rows = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("key", person));
        assertEquals(0, rows);
    }

    @Test
    void shouldRefuseToPublishOutsideATransaction() {
        String person = "hr-" + UUID.randomUUID();
        assertThrows(TransactionalException.class,
                () -> outbox.publish(OutboxEventType.PERSON_LEFT, person, new OutboxPayloads.PersonLeft(person, "SCH-1")));
    }

    @Test
    void shouldRetryWithBackOffUntilTheReceiverIsBackAndKeepTheEventId() {
        String person = "hr-" + UUID.randomUUID();
        followup.stubFor(post(urlEqualTo("/person-events")).withRequestBody(containing(person)).inScenario(person)
                .whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        followup.stubFor(post(urlEqualTo("/person-events")).withRequestBody(containing(person)).inScenario(person)
                .whenScenarioStateIs("up").willReturn(aResponse().withStatus(200).withBody("{}")));
        Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        clock.set(start);
        String id = publish(OutboxEventType.PERSON_LEFT, person, new OutboxPayloads.PersonLeft(person, "SCH-1"));

        dispatcher.dispatchDue();
        OutboxEvent waiting = row(id);
        assertEquals(OutboxStatus.PENDING, waiting.status);
        assertEquals(1, waiting.attempts);
        assertTrue(waiting.lastError.contains("503"), waiting.lastError);
        assertEquals(start.plusSeconds(10), waiting.nextAttemptAt);

        dispatcher.dispatchDue();
        assertEquals(1, row(id).attempts, "not due before its back-off");

        clock.set(start.plusSeconds(11));
        dispatcher.dispatchDue();
        OutboxEvent delivered = row(id);
        assertEquals(OutboxStatus.DELIVERED, delivered.status);
        assertEquals(2, delivered.attempts);
        followup.verify(2, postRequestedFor(urlEqualTo("/person-events"))
                .withRequestBody(matchingJsonPath("$.personId", equalTo(person)))
                .withRequestBody(matchingJsonPath("$.eventId", equalTo(id)))
                .withRequestBody(matchingJsonPath("$.type", equalTo("LEFT"))));
    }

    @Test
    void shouldDoubleTheDelayAfterEachFailedAttempt() {
        String person = "hr-" + UUID.randomUUID();
        followup.stubFor(post(urlEqualTo("/cascade-events")).withRequestBody(containing(person))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        clock.set(start);
        String id = publish(OutboxEventType.CASCADE_STARTED, person,
                new OutboxPayloads.CascadeStarted(person, "CAF", "s-" + person, LocalDate.of(2027, 3, 1),
                        LocalDate.of(2027, 3, 1), 3, Map.of("SCH-1", 3), Map.of("EDUCATION", 3)));
        List<Duration> delays = new ArrayList<>();
        Instant now = start;
        for (int i = 0; i < 4; i++) {
            dispatcher.dispatchDue();
            OutboxEvent event = row(id);
            delays.add(Duration.between(now, event.nextAttemptAt));
            now = event.nextAttemptAt;
            clock.set(now);
        }
        assertEquals(List.of(Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(40), Duration.ofSeconds(80)), delays);
        assertEquals(OutboxStatus.PENDING, row(id).status);
    }

    @Test
    void shouldFailAtOnceWhenTheReceiverRefusesTheEvent() {
        String person = "hr-" + UUID.randomUUID();
        followup.stubFor(post(urlEqualTo("/followups")).withRequestBody(containing(person))
                .willReturn(aResponse().withStatus(422).withBody("{\"code\": \"UNKNOWN_CALLER\"}")));
        String id = publish(OutboxEventType.FOLLOWUP_REQUESTED, person, followupOf(person));

        dispatcher.dispatchDue();

        OutboxEvent failed = row(id);
        assertEquals(OutboxStatus.FAILED, failed.status);
        assertEquals(1, failed.attempts);
        assertTrue(failed.lastError.contains("422"), failed.lastError);
        given().queryParam("status", "FAILED").queryParam("limit", 500).get("/outbox").then().statusCode(200)
                .body("items.id", hasItem(id));
    }

    @Test
    void shouldRetryTooManyRequestsAndTimeoutsRatherThanFail() {
        String person = "hr-" + UUID.randomUUID();
        followup.stubFor(post(urlEqualTo("/followups")).withRequestBody(containing(person)).willReturn(aResponse().withStatus(429)));
        String id = publish(OutboxEventType.FOLLOWUP_REQUESTED, person, followupOf(person));

        dispatcher.dispatchDue();

        assertEquals(OutboxStatus.PENDING, row(id).status);
    }

    @Test
    void shouldFailAfterTheRetryWindowAndDeliverWhenAnOperatorRetries() {
        String person = "hr-" + UUID.randomUUID();
        followup.stubFor(post(urlEqualTo("/followups")).withRequestBody(containing(person)).inScenario(person)
                .whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(500)));
        Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        clock.set(start);
        String id = publish(OutboxEventType.FOLLOWUP_REQUESTED, person, followupOf(person));
        dispatcher.dispatchDue();
        clock.set(start.plus(Duration.ofHours(72)).minusSeconds(5));
        dispatcher.dispatchDue();

        OutboxEvent failed = row(id);
        assertEquals(OutboxStatus.FAILED, failed.status);
        assertEquals(2, failed.attempts);
        assertTrue(failed.lastError.contains("retry window ended"), failed.lastError);
        given().get("/outbox?limit=500").then().statusCode(200).body("items.id", hasItem(id));

        followup.stubFor(post(urlEqualTo("/followups")).withRequestBody(containing(person)).inScenario(person)
                .whenScenarioStateIs("back").willReturn(aResponse().withStatus(201).withBody("{}")));
        followup.setScenarioState(person, "back");
        given().post("/outbox/{id}/retry", id).then().statusCode(200)
                .body("status", is("PENDING"))
                .body("attempts", is(2))
                .body("payload.personId", is(person));
        dispatcher.dispatchDue();

        assertEquals(OutboxStatus.DELIVERED, row(id).status);
        given().get("/outbox?status=PENDING&status=FAILED&limit=500").then().body("items.id", not(hasItem(id)));
        given().post("/outbox/{id}/retry", id).then().statusCode(409).body("code", is("ALREADY_DELIVERED"));
    }

    @Test
    void shouldDeliverEachEventOnceWhenDispatchersRunConcurrently() throws Exception {
        String batch = "hr-" + UUID.randomUUID();
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            people.add(batch + "-" + i);
        }
        QuarkusTransaction.requiringNew().run(() -> people.forEach(p -> outbox.publish(OutboxEventType.FOLLOWUP_REQUESTED, p, followupOf(p))));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> runs = List.of(dispatcher::dispatchDue, dispatcher::dispatchDue, dispatcher::dispatchDue,
                    dispatcher::dispatchDue);
            for (Future<Integer> run : pool.invokeAll(runs)) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
        for (String person : people) {
            assertEquals(1, followupsFor(person), person);
        }
    }

    @Test
    void shouldListOutboxRowsInPages() {
        String person = "hr-" + UUID.randomUUID();
        followup.stubFor(post(urlEqualTo("/person-events")).withRequestBody(containing(person)).willReturn(aResponse().withStatus(503)));
        for (int i = 0; i < 3; i++) {
            publish(OutboxEventType.PERSON_UPDATED, person, new OutboxPayloads.PersonUpdated(person, "N " + i, null, null, "SCH-1", null, null));
        }
        String next = given().get("/outbox?status=PENDING&limit=1").then().statusCode(200)
                .body("items.size()", is(1)).extract().path("next");
        given().queryParam("status", "PENDING").queryParam("limit", 1).queryParam("cursor", next).get("/outbox").then()
                .statusCode(200).body("items.size()", is(1));
    }

    @Test
    void shouldRefuseAnUnknownStatusNamingTheParameter() {
        given().get("/outbox?status=LOST").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("status"));
        given().get("/outbox?cursor=bogus").then().statusCode(400).body("errors[0].field", is("cursor"));
        given().post("/outbox/{id}/retry", "no-such-row").then().statusCode(404).body("detail", containsString("no-such-row"));
    }
}
