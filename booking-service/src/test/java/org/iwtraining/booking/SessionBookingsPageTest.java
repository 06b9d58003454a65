package org.iwtraining.booking;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** A session's places page by a keyset (confirmed first, then the waitlist), the same list as one page holds. */
@QuarkusTest
@QuarkusTestResource(ExternalServicesStub.class)
class SessionBookingsPageTest {

    @Test
    void shouldPageConfirmedThenWaitlistedWithTheirPositions() {
        String session = Fixtures.session(List.of("IW01"), 2, 30);
        List<String> booked = new ArrayList<>();
        for (String sector : List.of("HEALTH", "POLICE", "EDUCATION", "HEALTH", "POLICE")) {
            booked.add(Fixtures.book(session, Fixtures.person(Fixtures.agency(sector))).then().statusCode(201)
                    .extract().path("id"));
        }
        List<String> ids = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/sessions/{id}/bookings", session).then().statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("items.id"));
            positions.addAll(page.getList("items.position"));
            cursor = page.getString("next");
            pages++;
        } while (cursor != null);
        assertEquals(3, pages);
        assertEquals(booked, ids, "first come first served: the two confirmed, then the waitlist");
        assertEquals(Arrays.asList(null, null, 1, 2, 3), positions);

        JsonPath whole = given().get("/sessions/{id}/bookings", session).then().statusCode(200).extract().jsonPath();
        assertEquals(booked, whole.getList("items.id"));
        assertNull(whole.getString("next"));
        given().queryParam("cursor", "bogus").get("/sessions/{id}/bookings", session).then().statusCode(400);
    }

    @Test
    void shouldNameThePeopleInASessionsListAndTheSessionsInAPersonsList() {
        java.util.Map<String, Object> body = Fixtures.sessionBody(List.of("IW01"), 5, 30);
        body.put("title", "Introduction for newcomers");
        String session = Fixtures.session(body);
        String person = Fixtures.person(Fixtures.agency("HEALTH"));
        Fixtures.book(session, person).then().statusCode(201).body("givenName", nullValue());
        given().get("/sessions/{id}/bookings", session).then().statusCode(200)
                .body("items[0].personId", equalTo(person)).body("items[0].givenName", equalTo("Alex"))
                .body("items[0].familyName", equalTo("Smith")).body("items[0].sessionTitle", nullValue());
        String startsAt = given().get("/sessions/{id}", session).then().statusCode(200).extract().path("startsAt");
        given().get("/people/{hrId}/bookings", person).then().statusCode(200)
                .body("items[0].sessionId", equalTo(session)).body("items[0].sessionStartsAt", equalTo(startsAt))
                .body("items[0].sessionTitle", equalTo("Introduction for newcomers")).body("items[0].givenName", nullValue());
    }
}
