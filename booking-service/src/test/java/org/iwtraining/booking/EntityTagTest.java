package org.iwtraining.booking;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;

import org.iwtraining.conventions.testing.ConditionalGets;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Strong ETags that follow the representation, conditional GETs, and If-Match's strong comparison. */
@QuarkusTest
@QuarkusTestResource(ExternalServicesStub.class)
class EntityTagTest {

    @Test
    void shouldChangeTheSessionsETagWhenItsConfirmedCountChanges() {
        String id = Fixtures.session(List.of("IW01"), 10, 30);
        String before = ConditionalGets.assertNotModifiedOnMatch("/sessions/" + id);
        Fixtures.bookConfirmed(id, Fixtures.person(Fixtures.agency("HEALTH")));
        String one = given().get("/sessions/" + id).then().body("confirmed", equalTo(1)).extract().header("ETag");
        assertNotEquals(before, one);
        // the old tag no longer answers 304: the client gets the new counts
        given().header("If-None-Match", before).get("/sessions/" + id).then().statusCode(200)
                .header("ETag", equalTo(one)).body("confirmed", equalTo(1));
        Fixtures.bookConfirmed(id, Fixtures.person(Fixtures.agency("POLICE")));
        String two = given().get("/sessions/" + id).then().body("confirmed", equalTo(2))
                .extract().header("ETag");
        assertNotEquals(one, two);
        ConditionalGets.assertNotModifiedOnMatch("/sessions/" + id);
    }

    @Test
    void shouldRefuseAStaleOrWeakIfMatchOnASession() {
        String id = Fixtures.session(List.of("IW01"), 10, 30);
        String etag = given().get("/sessions/" + id).then().extract().header("ETag");
        Map<String, Object> update = Fixtures.sessionBody(List.of(), 10, 31);
        update.remove("moduleRefs");
        update.put("title", "Renamed");
        given().contentType(ContentType.JSON).header("If-Match", "W/\"0\"").body(update).put("/sessions/" + id).then()
                .statusCode(412).contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("If-Match", "W/" + etag).body(update).put("/sessions/" + id).then()
                .statusCode(412);
        // a place booked since the client read the session makes its tag stale
        Fixtures.bookConfirmed(id, Fixtures.person(Fixtures.agency("HEALTH")));
        given().contentType(ContentType.JSON).header("If-Match", etag).body(update).put("/sessions/" + id).then()
                .statusCode(412);
        String current = given().get("/sessions/" + id).then().extract().header("ETag");
        String changed = given().contentType(ContentType.JSON).header("If-Match", current).body(update).put("/sessions/" + id)
                .then().statusCode(200).body("title", equalTo("Renamed")).header("ETag", not(equalTo(current)))
                .extract().header("ETag");
        // the PUT's answer carries the tag a GET gives
        given().get("/sessions/" + id).then().header("ETag", equalTo(changed));
    }

    @Test
    void shouldAnswerConditionalGetsOfAgenciesAndPeople() {
        String agency = Fixtures.agency("HEALTH");
        String tag = ConditionalGets.assertNotModifiedOnMatch("/agencies/" + agency);
        given().contentType(ContentType.JSON).header("If-Match", "W/" + tag).body(Map.of("name", "Renamed", "sector", "HEALTH"))
                .put("/agencies/" + agency).then().statusCode(412);
        given().contentType(ContentType.JSON).header("If-Match", tag).body(Map.of("name", "Renamed", "sector", "HEALTH"))
                .put("/agencies/" + agency).then().statusCode(200).header("ETag", not(equalTo(tag)));
        given().header("If-None-Match", tag).get("/agencies/" + agency).then().statusCode(200).body("name", equalTo("Renamed"));
        String person = Fixtures.person(agency);
        ConditionalGets.assertNotModifiedOnMatch("/people/" + person);
    }
}
