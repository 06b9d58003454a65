package org.iwtraining.booking;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;

import org.iwtraining.conventions.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** What booking-service's operations leave on the audit trail (GET /audit, auditor). */
@QuarkusTest
@QuarkusTestResource(ExternalServicesStub.class)
class AuditTrailTest {

    private static RequestSpecification as(String role, String subject) {
        return given().header(Tokens.HEADER, Tokens.of(role).subject(subject).bearer());
    }

    private static RequestSpecification auditor() {
        return as("auditor", "auditor-1");
    }

    @Test
    void shouldRecordAnHrUpsertWithWhoWhatAndTheOutcomeButNoPersonalField() {
        String agency = Fixtures.agency("HEALTH");
        String hrId = Fixtures.unique("HR");
        String subject = Fixtures.unique("hr-system");
        String name = Fixtures.unique("Zephyrine");
        Map<String, Object> body = Fixtures.personBody(agency, "PRACTITIONER");
        body.put("givenName", name);
        body.put("email", name + "@example.org");
        as("hr-system", subject).contentType(ContentType.JSON).body(body).put("/people/" + hrId).then().statusCode(201);

        String trail = auditor().queryParam("personId", hrId).get("/audit").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].subject", equalTo(subject))
                .body("items[0].roles", equalTo(List.of("hr-system")))
                .body("items[0].operation", equalTo("PUT /people/{hrId}"))
                .body("items[0].change", equalTo(true))
                .body("items[0].recordKind", equalTo("person"))
                .body("items[0].recordId", equalTo(hrId))
                .body("items[0].personIds", equalTo(List.of(hrId)))
                .body("items[0].outcome", equalTo(201))
                .extract().asString();
        assertFalse(trail.contains(name), "the audit trail holds no request body: " + trail);
        assertFalse(trail.contains("Smith"), trail);
        assertFalse(trail.contains("01234"), trail);
    }

    @Test
    void shouldRecordOneRowForAListReadConcerningEveryoneListed() {
        String agency = Fixtures.agency("EDUCATION");
        String first = Fixtures.person(agency);
        String second = Fixtures.person(agency);
        String subject = Fixtures.unique("coordinator");
        as("coordinator", subject).queryParam("agency", agency).get("/people").then().statusCode(200).body("items", hasSize(2));

        auditor().queryParam("subject", subject).get("/audit").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].operation", equalTo("GET /people"))
                .body("items[0].change", equalTo(false))
                .body("items[0].outcome", equalTo(200))
                .body("items[0].personIds", containsInAnyOrder(first, second));
        auditor().queryParam("personId", second).get("/audit").then()
                .body("items.operation", hasItem("GET /people"));
    }

    @Test
    void shouldRecordARefusedReadAndABookingWithThePersonItConcerned() {
        String agency = Fixtures.agency("POLICE");
        String person = Fixtures.person(agency);
        String session = Fixtures.session(List.of("IW01"), 10, 30);
        String lead = Fixtures.unique("lead");
        RequestSpecification other = given().header(Tokens.HEADER,
                Tokens.of("agency-lead").agency(Fixtures.agency("YOUTH")).subject(lead).bearer());
        other.get("/people/" + person).then().statusCode(404);
        Fixtures.bookConfirmed(session, person);

        auditor().queryParam("subject", lead).get("/audit").then()
                .body("items", hasSize(1)).body("items[0].operation", equalTo("GET /people/{hrId}"))
                .body("items[0].outcome", equalTo(404)).body("items[0].personIds", equalTo(List.of(person)));
        auditor().queryParam("personId", person).get("/audit").then()
                .body("items.operation", hasItem("POST /sessions/{id}/bookings"))
                .body("items.find { it.operation == 'POST /sessions/{id}/bookings' }.outcome", equalTo(201))
                .body("items.find { it.operation == 'POST /sessions/{id}/bookings' }.recordId", equalTo(session));
    }

    @Test
    void shouldRecordAnIdempotentBookingItsReplayAndItsRefusalEachWithItsOutcome() {
        // with an Idempotency-Key the row commits with the booking, outcome and all (no second write): it must
        // still carry the person and the status the request was answered with
        String person = Fixtures.person(Fixtures.agency("PROBATION"));
        String session = Fixtures.session(List.of("IW01"), 10, 30);
        String subject = Fixtures.unique("coordinator");
        String key = Fixtures.unique("key");
        Map<String, Object> body = Map.of("personId", person);
        as("coordinator", subject).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/sessions/" + session + "/bookings").then().statusCode(201);
        as("coordinator", subject).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/sessions/" + session + "/bookings").then().statusCode(201).header("Idempotent-Replayed", "true");
        as("coordinator", subject).header("Idempotency-Key", Fixtures.unique("key")).contentType(ContentType.JSON).body(body)
                .post("/sessions/" + session + "/bookings").then().statusCode(409);

        auditor().queryParam("subject", subject).get("/audit").then().statusCode(200)
                .body("items", hasSize(3))
                .body("items.operation", equalTo(List.of("POST /sessions/{id}/bookings", "POST /sessions/{id}/bookings",
                        "POST /sessions/{id}/bookings")))
                .body("items.outcome", equalTo(List.of(201, 201, 409)))
                .body("items.recordId", equalTo(List.of(session, session, session)))
                .body("items[0].personIds", equalTo(List.of(person)))
                .body("items[2].personIds", equalTo(List.of(person)));
    }

    @Test
    void shouldRecordACoordinatorsReadOfAttendeesAccessNeedsOncePerReadAndNoOtherSessionRead() {
        String agency = Fixtures.agency("HEALTH");
        String needing = Fixtures.unique("HR");
        Map<String, Object> person = Fixtures.personBody(agency, "PRACTITIONER");
        person.put("accessNeeds", List.of("HEARING_LOOP"));
        person.put("accessNotes", "Uses a hearing aid with a T-coil");
        given().contentType(ContentType.JSON).body(person).put("/people/" + needing).then().statusCode(201);
        String session = Fixtures.session(List.of("IW01"), 10, 30);
        Fixtures.bookConfirmed(session, needing);
        String withoutNeeds = Fixtures.session(List.of("IW01"), 10, 30);
        Fixtures.bookConfirmed(withoutNeeds, Fixtures.person(agency));

        String coordinator = Fixtures.unique("coordinator");
        as("coordinator", coordinator).get("/sessions/" + session).then().statusCode(200)
                .body("accessMismatches.hrId", equalTo(List.of(needing)));
        as("coordinator", coordinator).get("/sessions/" + session).then().statusCode(200);
        as("coordinator", coordinator).get("/sessions/" + withoutNeeds).then().statusCode(200)
                .body("accessMismatches", hasSize(0));
        as("coordinator", coordinator).get("/sessions/" + Fixtures.unique("NOPE")).then().statusCode(404);

        String trail = auditor().queryParam("subject", coordinator).get("/audit").then().statusCode(200)
                .body("items", hasSize(2))
                .body("items.operation", equalTo(List.of("GET /sessions/{id}", "GET /sessions/{id}")))
                .body("items.recordId", equalTo(List.of(session, session)))
                .body("items.change", equalTo(List.of(false, false)))
                .body("items.outcome", equalTo(List.of(200, 200)))
                .body("items[0].personIds", equalTo(List.of(needing)))
                .extract().asString();
        assertFalse(trail.contains("T-coil"), "the trail holds whose needs were read, never the needs: " + trail);
        auditor().queryParam("personId", needing).get("/audit").then()
                .body("items.operation", hasItem("GET /sessions/{id}"));

        // a viewer's answer shows no one's needs: their read writes nothing
        String viewer = Fixtures.unique("viewer");
        as("viewer", viewer).get("/sessions/" + session).then().statusCode(200).body("accessMismatches", nullValue());
        auditor().queryParam("subject", viewer).get("/audit").then().statusCode(200).body("items", hasSize(0));
    }
}
