package org.iwtraining.booking;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.inject.Inject;

import org.iwtraining.booking.outbox.OutboxDispatcher;
import org.iwtraining.booking.outbox.OutboxEventType;
import org.iwtraining.booking.outbox.OutboxPayloads;
import org.iwtraining.booking.outbox.OutboxService;
import org.iwtraining.booking.webhooks.HostResolver;
import org.iwtraining.conventions.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.standardwebhooks.exceptions.WebhookVerificationException;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@QuarkusTestResource(ExternalServicesStub.class)
class WebhookResourceTest {

    @Inject
    OutboxService outbox;
    @Inject
    OutboxDispatcher dispatcher;
    @Inject
    MutableClock clock;

    private final WireMockServer receiver = ExternalServicesStub.server();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A receiver path of its own, answering the given status. */
    private String receiverPath(int status) {
        String path = "/hooks/" + UUID.randomUUID();
        receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(status)));
        return path;
    }

    private JsonPath subscribe(String path, String... events) {
        return given().contentType(ContentType.JSON).body(Map.of("url", receiver.baseUrl() + path, "events", List.of(events)))
                .post("/webhooks").then().statusCode(201).extract().jsonPath();
    }

    private String completion(String person) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.publish(OutboxEventType.COMPLETION_RECORDED, person,
                new OutboxPayloads.CompletionRecorded(person, "CAF01", LocalDate.of(2027, 3, 1), "s-1", "SESSION")));
    }

    private List<LoggedRequest> received(String path) {
        return receiver.findAll(postRequestedFor(urlEqualTo(path)));
    }

    private static String independentSignature(String secret, String id, String timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        return "v1," + Base64.getEncoder().encodeToString(mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void shouldReturnTheSigningSecretOnceOnCreation() {
        String path = receiverPath(204);
        String location = given().contentType(ContentType.JSON)
                .body(Map.of("url", receiver.baseUrl() + path, "events", List.of("completion.recorded", "person.left")))
                .post("/webhooks").then().statusCode(201)
                .body("secret", matchesPattern("whsec_[A-Za-z0-9+/]{32}"))
                .body("events", is(List.of("completion.recorded", "person.left")))
                .body("active", is(true))
                .extract().header("Location");
        given().get(location).then().statusCode(200).body("$", not(hasKey("secret"))).body("url", is(receiver.baseUrl() + path));
        given().get("/webhooks?limit=500").then().statusCode(200).body("items[0]", not(hasKey("secret")));
    }

    @Test
    void shouldDeliverSubscribedEventsSignedTheStandardWebhooksWay() throws Exception {
        String path = receiverPath(204);
        JsonPath webhook = subscribe(path, "completion.recorded");
        String person = "hr-" + UUID.randomUUID();
        String eventId = completion(person);
        QuarkusTransaction.requiringNew().run(() -> outbox.publish(OutboxEventType.PERSON_LEFT, person,
                new OutboxPayloads.PersonLeft(person, "SCH-1")));

        dispatcher.dispatchDue();

        List<LoggedRequest> requests = received(path);
        assertEquals(1, requests.size(), "only the subscribed event type");
        LoggedRequest request = requests.get(0);
        String body = request.getBodyAsString();
        assertEquals(eventId, request.getHeader("webhook-id"));
        String timestamp = request.getHeader("webhook-timestamp");
        assertEquals(independentSignature(webhook.getString("secret"), eventId, timestamp, body), request.getHeader("webhook-signature"));
        // and as an HR system checks it: the Standard Webhooks reference library (signature and timestamp tolerance)
        com.standardwebhooks.Webhook receiverSide = new com.standardwebhooks.Webhook(webhook.getString("secret"));
        Map<String, List<String>> headers = Map.of("webhook-id", List.of(eventId), "webhook-timestamp", List.of(timestamp),
                "webhook-signature", List.of(request.getHeader("webhook-signature")));
        assertDoesNotThrow(() -> receiverSide.verify(body, headers));
        assertThrows(WebhookVerificationException.class, () -> receiverSide.verify(body.replace(person, person + "x"), headers));
        JsonPath json = JsonPath.from(body);
        assertEquals("completion.recorded", json.getString("type"));
        assertEquals(person, json.getString("data.personId"));
        assertEquals("2027-03-01", json.getString("data.completedOn"));
        given().get("/webhooks/{id}/deliveries", webhook.getString("id")).then().statusCode(200)
                .body("items.size()", is(1))
                .body("items[0].eventId", is(eventId))
                .body("items[0].eventType", is("completion.recorded"))
                .body("items[0].status", is("DELIVERED"))
                .body("items[0].attempts", is(1));
    }

    @Test
    void shouldRetryAFailedDeliveryWithTheSameWebhookId() {
        String path = receiverPath(500);
        String webhookId = subscribe(path, "completion.recorded").getString("id");
        Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        clock.set(start);
        String eventId = completion("hr-" + UUID.randomUUID());

        dispatcher.dispatchDue();
        clock.set(start.plusSeconds(11));
        dispatcher.dispatchDue();

        List<LoggedRequest> requests = received(path);
        assertEquals(2, requests.size());
        assertEquals(List.of(eventId, eventId), requests.stream().map(r -> r.getHeader("webhook-id")).toList());
        assertEquals(List.of(Long.toString(start.getEpochSecond()), Long.toString(start.getEpochSecond() + 11)),
                requests.stream().map(r -> r.getHeader("webhook-timestamp")).toList());
        given().get("/webhooks/{id}/deliveries", webhookId).then()
                .body("items[0].status", is("PENDING"))
                .body("items[0].attempts", is(2))
                .body("items[0].lastError", is("receiver answered HTTP 500"));
    }

    @Test
    void shouldDisableTheSubscriptionWhenTheReceiverAnswersGone() {
        String path = receiverPath(410);
        String webhookId = subscribe(path, "completion.recorded").getString("id");
        completion("hr-" + UUID.randomUUID());

        dispatcher.dispatchDue();

        given().get("/webhooks/{id}", webhookId).then().statusCode(200).body("active", is(false))
                .body("disabledReason", startsWith("the receiver answered 410 Gone"));
        given().get("/webhooks/{id}/deliveries", webhookId).then().body("items[0].status", is("FAILED"));
        completion("hr-" + UUID.randomUUID());
        dispatcher.dispatchDue();
        assertEquals(1, received(path).size(), "a disabled subscription gets nothing new");
        given().get("/webhooks/{id}/deliveries", webhookId).then().body("items.size()", is(1));
    }

    @Test
    void shouldFailPendingDeliveriesOfADeletedSubscription() {
        String path = receiverPath(503);
        String webhookId = subscribe(path, "completion.recorded").getString("id");
        String person = "hr-" + UUID.randomUUID();
        completion(person);

        given().delete("/webhooks/{id}", webhookId).then().statusCode(204);

        given().get("/webhooks/{id}", webhookId).then().statusCode(404).contentType("application/problem+json");
        given().get("/webhooks/{id}/deliveries", webhookId).then().statusCode(404);
        given().delete("/webhooks/{id}", webhookId).then().statusCode(404);
        OutboxEvent delivery = QuarkusTransaction.requiringNew()
                .call(() -> OutboxEvent.<OutboxEvent>find("webhookId", webhookId).firstResult());
        assertEquals(OutboxStatus.FAILED, delivery.status);
        assertEquals("subscription deleted", delivery.lastError);
        dispatcher.dispatchDue();
        assertFalse(received(path).stream().anyMatch(r -> r.getBodyAsString().contains(person)));
    }

    @Test
    void shouldListSubscriptionsAndDeliveriesInPages() {
        String path = receiverPath(204);
        String webhookId = subscribe(path, "completion.recorded").getString("id");
        subscribe(receiverPath(204), "person.left");
        completion("hr-" + UUID.randomUUID());
        completion("hr-" + UUID.randomUUID());

        JsonPath first = given().get("/webhooks?limit=1").then().statusCode(200).body("items.size()", is(1)).extract().jsonPath();
        given().queryParam("limit", 1).queryParam("cursor", first.getString("next")).get("/webhooks").then().statusCode(200)
                .body("items.size()", is(1)).body("items[0].id", not(is(first.getString("items[0].id"))));
        JsonPath deliveries = given().get("/webhooks/{id}/deliveries?limit=1", webhookId).then().statusCode(200)
                .body("items.size()", is(1)).extract().jsonPath();
        given().queryParam("limit", 1).queryParam("cursor", deliveries.getString("next")).get("/webhooks/{id}/deliveries", webhookId)
                .then().statusCode(200).body("items.size()", is(1)).body("next", nullValue())
                .body("items[0].eventId", not(is(deliveries.getString("items[0].eventId"))));
        given().get("/webhooks?cursor=bogus").then().statusCode(400).body("errors[0].field", is("cursor"));
    }

    @Test
    void shouldRefuseBadSubscriptionsNamingTheField() {
        given().contentType(ContentType.JSON).body(Map.of("url", "ftp://hr.example.org/x", "events", List.of("completion.recorded")))
                .post("/webhooks").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("url"));
        given().contentType(ContentType.JSON).body(Map.of("url", "not a url", "events", List.of("completion.recorded")))
                .post("/webhooks").then().statusCode(400).body("errors[0].field", is("url"));
        given().contentType(ContentType.JSON).body(Map.of("url", "https://hr.example.org/x", "events", List.of("person.left", "booking.eaten")))
                .post("/webhooks").then().statusCode(400).body("errors[0].field", is("events[1]"));
        given().contentType(ContentType.JSON).body(Map.of("url", "https://hr.example.org/x", "events", List.of("notice.confirmed")))
                .post("/webhooks").then().statusCode(400).body("errors[0].field", is("events[0]"));
        given().contentType(ContentType.JSON).body(Map.of("url", "https://hr.example.org/x", "events", List.of()))
                .post("/webhooks").then().statusCode(400).body("errors[0].field", is("events"));
        given().contentType(ContentType.JSON).body("{\"events\": [\"person.left\"]}")
                .post("/webhooks").then().statusCode(400).body("errors[0].field", is("url"));
        given().contentType(ContentType.JSON).body("{\"url\": \"https://hr.example.org/x\", \"events\": \"person.left\"}")
                .post("/webhooks").then().statusCode(400);
    }

    /**
     * Request forgery: a target inside the authority's network (or plain http anywhere) is refused unless
     * booking.webhooks.allow-hosts lists its host; the tests' list is 127.0.0.1 and localhost, so none of these
     * is listed. Nothing is connected to: the URL alone is judged, and nothing is stored.
     */
    @Test
    void shouldRefuseTargetsInsideTheNetworkThatAreNotListed() {
        int port = receiver.port();
        List<String> refused = List.of(
                "https://10.0.0.1/hooks",
                "https://169.254.169.254/latest/meta-data/",
                "https://192.168.1.1/hooks",
                "https://172.16.0.1/hooks",
                "https://[::1]:" + port + "/hooks",
                "https://[::ffff:127.0.0.1]:" + port + "/hooks",
                "https://[fe80::1]/hooks",
                "https://[fd00::1]/hooks",
                "https://2130706433:" + port + "/hooks",
                "https://0x7f000001:" + port + "/hooks",
                "https://good.example@127.0.0.2:" + port + "/hooks",
                "https://localhost.localhost/hooks",
                "https://0.0.0.0:" + port + "/hooks",
                "https://224.0.0.1/hooks",
                "http://example.org/hooks");
        for (String url : refused) {
            given().contentType(ContentType.JSON).body(Map.of("url", url, "events", List.of("completion.recorded")))
                    .post("/webhooks").then().statusCode(422).contentType("application/problem+json")
                    .body("code", is("WEBHOOK_TARGET_REFUSED"))
                    .body("errors[0].field", is("url"));
        }
        long stored = QuarkusTransaction.requiringNew().call(() -> Webhook.count("url in ?1", refused));
        assertEquals(0, stored, "nothing stored");
    }

    @Test
    void shouldAcceptAListedHostEvenOverPlainHttp() {
        String path = receiverPath(204);
        String url = "http://127.0.0.1:" + receiver.port() + path;
        given().contentType(ContentType.JSON).body(Map.of("url", url, "events", List.of("completion.recorded")))
                .post("/webhooks").then().statusCode(201).body("url", is(url));
    }

    /**
     * DNS rebinding: a name accepted when subscribing that resolves inward by the time of delivery. The delivery
     * fails as a recorded attempt and nothing is sent (the test's DNS answers; no lookup leaves the machine).
     */
    @Test
    void shouldFailADeliveryWhoseHostNowResolvesInsideTheNetwork() {
        QuarkusMock.installMockForType(new HostResolver() {
            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                if (!host.equals("hr-rebound.example.org")) {
                    throw new UnknownHostException(host);
                }
                return new InetAddress[] { InetAddress.getByAddress(host, new byte[] { 93, (byte) 184, (byte) 216, 34 }),
                        InetAddress.getByAddress(host, new byte[] { (byte) 169, (byte) 254, (byte) 169, (byte) 254 }) };
            }
        }, HostResolver.class);
        String webhookId = given().contentType(ContentType.JSON)
                .body(Map.of("url", "https://hr-rebound.example.org/hooks", "events", List.of("completion.recorded")))
                .post("/webhooks").then().statusCode(201).extract().jsonPath().getString("id");
        try {
            String eventId = completion("hr-" + UUID.randomUUID());

            dispatcher.dispatchDue();

            given().get("/webhooks/{id}/deliveries", webhookId).then().statusCode(200)
                    .body("items.size()", is(1))
                    .body("items[0].eventId", is(eventId))
                    .body("items[0].status", is("FAILED"))
                    .body("items[0].attempts", is(1))
                    .body("items[0].lastError", startsWith("webhook target refused: the host hr-rebound.example.org resolves to "
                            + "169.254.169.254, link-local (169.254.0.0/16)"));
        } finally {
            given().delete("/webhooks/{id}", webhookId).then().statusCode(204);
        }
    }
}
