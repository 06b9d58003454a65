package org.iwtraining.booking;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.iwtraining.conventions.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Issue 15: a coordinator gives a waiting person a place (POST /bookings/{id}/confirm). */
@QuarkusTest
@QuarkusTestResource(ExternalServicesStub.class)
class ConfirmFromWaitlistTest {

    /** Capacity 5 and the default share: an agency's cap is 2, so its third person waits with seats free. */
    private static String heldByTheCap(String session, String agency) {
        Fixtures.bookConfirmed(session, Fixtures.person(agency));
        Fixtures.bookConfirmed(session, Fixtures.person(agency));
        return Fixtures.book(session, Fixtures.person(agency)).then().statusCode(201)
                .body("status", equalTo("WAITLISTED")).body("reason", equalTo("AGENCY_CAP")).extract().path("id");
    }

    private static long promotedNotices(String bookingId) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("key = ?1 and type = ?2", bookingId, "notice.promoted"));
    }

    @Test
    void shouldConfirmOverTheAgencyCapWhenASeatIsFree() {
        String agency = Fixtures.agency("EDUCATION");
        String session = Fixtures.session(List.of("IW01"), 5, 30);
        String waiting = heldByTheCap(session, agency);

        given().post("/bookings/" + waiting + "/confirm").then().statusCode(200)
                .body("id", equalTo(waiting)).body("status", equalTo("CONFIRMED")).body("reason", nullValue())
                .body("position", nullValue());
        given().get("/sessions/" + session).then().body("confirmed", equalTo(3)).body("waitlisted", equalTo(0))
                .body("agencies." + agency, equalTo(3));
        assertEquals(1, promotedNotices(waiting));
    }

    @Test
    void shouldRefuseWhenTheSessionIsFullAndChangeNothing() {
        String session = Fixtures.session(List.of("IW01"), 1, 30);
        Fixtures.bookConfirmed(session, Fixtures.person(Fixtures.agency("HEALTH")));
        String waiting = Fixtures.book(session, Fixtures.person(Fixtures.agency("POLICE"))).then().statusCode(201)
                .body("reason", equalTo("FULL")).extract().path("id");

        given().post("/bookings/" + waiting + "/confirm").then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("SESSION_FULL"));
        given().get("/bookings/" + waiting).then().body("status", equalTo("WAITLISTED")).body("reason", equalTo("FULL"))
                .body("position", equalTo(1));
        given().get("/sessions/" + session).then().body("confirmed", equalTo(1)).body("waitlisted", equalTo(1));
        assertEquals(0, promotedNotices(waiting));
    }

    @Test
    void shouldRefuseAPlaceThatIsNotWaiting() {
        String session = Fixtures.session(List.of("IW01"), 5, 30);
        String confirmed = Fixtures.bookConfirmed(session, Fixtures.person(Fixtures.agency("HEALTH")));
        given().post("/bookings/" + confirmed + "/confirm").then().statusCode(409).body("code", equalTo("BOOKING_NOT_WAITLISTED"));
        given().delete("/bookings/" + confirmed).then().statusCode(204);
        given().post("/bookings/" + confirmed + "/confirm").then().statusCode(409).body("code", equalTo("BOOKING_NOT_WAITLISTED"));
        given().get("/bookings/" + confirmed).then().body("status", equalTo("CANCELLED"));
        given().get("/sessions/" + session).then().body("confirmed", equalTo(0));
        given().post("/bookings/no-such-booking/confirm").then().statusCode(404);
    }

    @Test
    void shouldRefuseWhileThePersonHoldsAnOverlappingConfirmedPlace() {
        String agency = Fixtures.agency("EDUCATION");
        String session = Fixtures.session(List.of("IW01"), 5, 30);
        Fixtures.bookConfirmed(session, Fixtures.person(agency));
        Fixtures.bookConfirmed(session, Fixtures.person(agency));
        String person = Fixtures.person(agency);
        String waiting = Fixtures.book(session, person).then().statusCode(201).body("reason", equalTo("AGENCY_CAP"))
                .extract().path("id");
        // the same module at the same time: booked over ALREADY_BOOKED_FOR_MODULE, as a coordinator may
        String sameTime = Fixtures.session(List.of("IW01"), 5, 30);
        given().contentType(ContentType.JSON).body(Map.of("personId", person, "overrideReason", "a second group the same day"))
                .post("/sessions/" + sameTime + "/bookings").then().statusCode(201).body("status", equalTo("CONFIRMED"));

        given().post("/bookings/" + waiting + "/confirm").then().statusCode(409).body("code", equalTo("OVERLAPPING_BOOKING"));
        given().get("/bookings/" + waiting).then().body("status", equalTo("WAITLISTED"));
        given().get("/sessions/" + session).then().body("confirmed", equalTo(2));
    }

    @Test
    void shouldRefuseAnyoneButACoordinator() {
        String agency = Fixtures.agency("EDUCATION");
        String session = Fixtures.session(List.of("IW01"), 5, 30);
        String waiting = heldByTheCap(session, agency);
        given().header(Tokens.HEADER, Tokens.of("agency-lead").agency(agency).bearer())
                .post("/bookings/" + waiting + "/confirm").then().statusCode(403);
        given().header(Tokens.HEADER, Tokens.bearer("auditor")).post("/bookings/" + waiting + "/confirm").then().statusCode(403);
        given().get("/bookings/" + waiting).then().body("status", equalTo("WAITLISTED"));
    }

    @Test
    void shouldReplayTheFirstAnswerForTheSameIdempotencyKey() {
        String agency = Fixtures.agency("EDUCATION");
        String session = Fixtures.session(List.of("IW01"), 5, 30);
        String waiting = heldByTheCap(session, agency);
        String key = Fixtures.unique("confirm");

        String first = given().header("Idempotency-Key", key).post("/bookings/" + waiting + "/confirm").then().statusCode(200)
                .header("Idempotent-Replayed", nullValue()).body("status", equalTo("CONFIRMED")).extract().asString();
        String replayed = given().header("Idempotency-Key", key).post("/bookings/" + waiting + "/confirm").then().statusCode(200)
                .header("Idempotent-Replayed", equalTo("true")).extract().asString();
        assertEquals(first, replayed);
        assertEquals(1, promotedNotices(waiting));
        given().get("/sessions/" + session).then().body("confirmed", equalTo(3));
        // without the key, a second confirm is a refusal: the place is no longer waiting
        given().post("/bookings/" + waiting + "/confirm").then().statusCode(409).body("code", equalTo("BOOKING_NOT_WAITLISTED"));
    }
}
