package org.iwtraining.booking;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.iwtraining.booking.service.BookingRules;
import org.iwtraining.booking.service.BookingService;
import org.iwtraining.booking.service.Candidate;
import org.iwtraining.booking.service.Refusal;
import org.iwtraining.booking.service.Verdict;
import org.iwtraining.conventions.problem.ApiException;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The two entry points the cohort allocator builds on: the batch rules and the all-or-nothing confirm. */
@QuarkusTest
@QuarkusTestResource(ExternalServicesStub.class)
class BookingRulesAndConfirmAllTest {

    @Inject
    BookingRules rules;
    @Inject
    BookingService bookings;

    @Test
    void shouldJudgeEveryPairInOneBatch() {
        String agency = Fixtures.agency("HEALTH");
        String newcomer = Fixtures.person(agency);
        String booked = Fixtures.person(agency);
        String open = Fixtures.session(List.of("IW01"), 10, 30);
        String needsIw02 = Fixtures.session(List.of("IW03"), 10, 31);
        Fixtures.bookConfirmed(open, booked);
        Map<Candidate, Verdict> verdicts = QuarkusTransaction.requiringNew()
                .call(() -> rules.checkAll(List.of(newcomer, booked, "NOBODY-" + newcomer), List.of(open, needsIw02)));
        assertTrue(verdicts.get(new Candidate(newcomer, open)).bookable());
        assertEquals(Refusal.ALREADY_BOOKED, verdicts.get(new Candidate(booked, open)).refusal());
        assertEquals(Refusal.PREREQUISITE_MISSING, verdicts.get(new Candidate(newcomer, needsIw02)).refusal());
        assertEquals(List.of(List.of("IW02"), List.of("IS01", "CAF01", "LP01")), verdicts.get(new Candidate(newcomer, needsIw02)).missing());
        assertEquals(Refusal.UNKNOWN_PERSON, verdicts.get(new Candidate("NOBODY-" + newcomer, open)).refusal());
    }

    @Test
    void shouldConfirmAllPlacementsOrNone() {
        String agency = Fixtures.agency("HEALTH");
        String first = Fixtures.session(List.of("IW01"), 2, 30);
        String second = Fixtures.session(List.of("IW01"), 2, 31);
        String a = Fixtures.person(agency);
        String b = Fixtures.person(Fixtures.agency("POLICE"));
        String c = Fixtures.person(agency);
        List<Booking> placed = QuarkusTransaction.requiringNew().call(() -> bookings.confirmAll(
                List.of(new Candidate(a, first), new Candidate(b, second), new Candidate(c, second))));
        assertEquals(3, placed.size());
        given().get("/sessions/" + second).then().body("confirmed", equalTo(2));

        String d = Fixtures.person(agency);
        String e = Fixtures.person(agency);
        ApiException refused = assertThrows(ApiException.class, () -> QuarkusTransaction.requiringNew().run(() -> bookings.confirmAll(
                List.of(new Candidate(d, first), new Candidate(e, second)))));
        assertEquals("PLACEMENT_NO_LONGER_FITS", refused.code());
        given().get("/sessions/" + first).then().body("confirmed", equalTo(1));
        given().get("/people/" + d + "/bookings").then().body("items.size()", equalTo(0));
    }
}
