package org.iwtraining.booking;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.iwtraining.conventions.testing.ContractValidation;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Every event booking-service publishes is what its OpenAPI document says: after a story of its own (a booking,
 * prior learning, a change of details, a leaver, an erasure), every outbox row in the database, those of the
 * module's other tests included, is checked against the event schema its type names.
 */
@QuarkusTest
@QuarkusTestResource(ExternalServicesStub.class)
class OutboxPayloadContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static String schemaOf(String type) {
        return switch (type) {
            case "completion.recorded" -> "CompletionRecordedEvent";
            case "completion.revoked" -> "CompletionRevokedEvent";
            case "followup.requested" -> "FollowupRequestedEvent";
            case "cascade.started" -> "CascadeStartedEvent";
            case "person.left" -> "PersonLeftEvent";
            case "person.updated" -> "PersonUpdatedEvent";
            case "person.erased" -> "PersonErasedEvent";
            case "webhook.delivery" -> "WebhookDeliveryBody";
            default -> type.startsWith("notice.") ? "NoticeEvent" : "no schema for " + type;
        };
    }

    @Test
    void shouldPublishOnlyPayloadsOfTheDocumentedEventSchemas() throws Exception {
        String agency = Fixtures.agency("HEALTH");
        String hrId = Fixtures.person(agency);
        String session = Fixtures.session(List.of("IW01"), 10, 20);
        Fixtures.bookConfirmed(session, hrId);
        given().contentType(ContentType.JSON)
                .body(Map.of("moduleRef", "IS01", "completedOn", LocalDate.of(2026, 1, 5).toString(), "source", "HR"))
                .post("/people/" + hrId + "/completions").then().statusCode(201);
        Map<String, Object> changed = Fixtures.personBody(agency, "PRACTITIONER");
        changed.put("email", "alex.smith@example.org");
        changed.remove("phone");
        given().contentType(ContentType.JSON).body(changed).put("/people/" + hrId).then().statusCode(200);
        given().delete("/people/" + hrId).then().statusCode(204);
        given().post("/people/" + hrId + "/erasure").then().statusCode(202);

        ContractValidation.Contract contract = ContractValidation.Contract.of("booking-service",
                JSON.readTree(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString()));
        List<String> violations = new ArrayList<>();
        Set<String> types = new HashSet<>();
        String cursor = null;
        int rows = 0;
        do {
            var request = given().queryParam("limit", 500).queryParam("status", "PENDING", "DELIVERED", "FAILED");
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonNode page = JSON.readTree(request.get("/outbox").then().statusCode(200).extract().asString());
            for (JsonNode row : page.path("items")) {
                String type = row.path("type").asText();
                types.add(type);
                rows++;
                contract.checkSchema(schemaOf(type), row.path("payload"))
                        .forEach(v -> violations.add(type + " " + row.path("id").asText() + ": " + v));
            }
            cursor = page.hasNonNull("next") ? page.path("next").asText() : null;
        } while (cursor != null);

        assertTrue(types.containsAll(Set.of("completion.recorded", "person.updated", "person.left", "person.erased",
                "notice.confirmed")), "the story published " + types);
        assertFalse(rows == 0);
        assertEquals(List.of(), violations, "outbox payloads off their event schemas");
    }
}
